//! HTTPS: verified by default, a private CA with --tls-ca, --insecure warns;
//! and no token in the clear to another machine.

use crate::harness::{Cmd, Sandbox, TOKEN};

fn https_sandbox(dir: &std::path::Path) -> (Sandbox, std::path::PathBuf) {
    let ca = dir.join("ca.pem");
    let sb = Sandbox::start_with(
        "v1",
        &["--tls-self-signed", "--write-ca", ca.to_str().unwrap()],
    );
    assert!(sb.url.starts_with("https://127.0.0.1:"), "{}", sb.url);
    (sb, ca)
}

#[test]
fn verified_by_default_private_ca_and_insecure() {
    let dir = tempfile::tempdir().unwrap();
    let (sb, ca) = https_sandbox(dir.path());
    // An unknown CA is refused, clearly, with exit 6 and a hint.
    let r = sb.cmd().args(["health"]).run();
    r.code(6).error_line("TLS failure");
    assert!(r.stderr.contains("--tls-ca"), "{}", r.stderr);
    let before = sb.requests().len();
    sb.cmd().args(["config", "list"]).run().code(6);
    assert_eq!(
        sb.requests().len(),
        before,
        "no request got through the failed handshake"
    );
    // With the CA: the whole flow works.
    let id = sb
        .cmd()
        .args(["--tls-ca"])
        .arg(&ca)
        .args([
            "config",
            "create",
            "--external-id",
            "tls-1",
            "--external-key",
            "k",
            "--channel",
            "c",
        ])
        .run();
    id.ok();
    let r = sb
        .cmd()
        .arg("--tls-ca")
        .arg(&ca)
        .args([
            "bootstrap",
            "secure",
            "tls-1",
            "k",
            crate::harness::CRYPTO_KEY,
        ])
        .run();
    r.ok();
    assert_eq!(r.json()["thing_id"], id.stdout.trim());
    // --insecure works and says so.
    let r = sb.cmd().args(["-k", "health"]).run();
    r.ok();
    assert!(
        r.stderr.contains("warning") && r.stderr.contains("--insecure"),
        "{}",
        r.stderr
    );
    // A CA file that is not PEM: a local error, nothing sent.
    let junk = dir.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate").unwrap();
    sb.cmd()
        .arg("--tls-ca")
        .arg(&junk)
        .args(["health"])
        .run()
        .code(2)
        .error_line("--tls-ca");
}

#[test]
fn certificate_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let g = smq_bootstrap::sandbox::tls::generate().unwrap();
    let (ca, cert, key) = (
        dir.path().join("ca.pem"),
        dir.path().join("cert.pem"),
        dir.path().join("key.pem"),
    );
    std::fs::write(&ca, &g.ca_pem).unwrap();
    std::fs::write(&cert, &g.cert_pem).unwrap();
    std::fs::write(&key, &g.key_pem).unwrap();
    let sb = Sandbox::start_with(
        "v1",
        &[
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
    );
    sb.cmd()
        .arg("--tls-ca")
        .arg(&ca)
        .args(["health"])
        .run()
        .ok();
    // A key that does not belong to the certificate is refused at start.
    let other = dir.path().join("other.pem");
    std::fs::write(
        &other,
        smq_bootstrap::sandbox::tls::generate().unwrap().key_pem,
    )
    .unwrap();
    let r = Cmd::new()
        .args(["sandbox", "--listen", "127.0.0.1:0", "--tls-cert"])
        .arg(&cert)
        .arg("--tls-key")
        .arg(&other)
        .run();
    r.code(2).error_line("do not fit together");
}

#[test]
fn no_token_in_the_clear_to_another_host() {
    // 192.0.2.0/24 is reserved for documentation: nothing is ever there, and the
    // refusal happens before any connection is tried.
    let r = Cmd::new()
        .env("SMQ_TOKEN", TOKEN)
        .args([
            "--api",
            "v1",
            "--url",
            "http://192.0.2.10:9013",
            "config",
            "list",
        ])
        .run();
    r.code(2)
        .error_line("refusing to send the user token over plain http to 192.0.2.10");
    assert!(r.stderr.contains("--allow-insecure-http"));
    // Device commands carry no user token: not affected.
    let r = Cmd::new()
        .args([
            "--api",
            "v1",
            "--url",
            "http://192.0.2.10:9013",
            "--dry-run",
            "bootstrap",
            "d",
        ])
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "k")
        .run();
    r.ok();
}
