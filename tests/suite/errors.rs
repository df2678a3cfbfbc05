//! Exit codes and error lines: each documented code, and invalid local input
//! that must send nothing.

use std::time::{Duration, Instant};

use smq_bootstrap::crypto;

use crate::harness::{CRYPTO_KEY, Cmd, Sandbox, fake_server, raw_reply};

#[test]
fn invalid_local_input_sends_nothing() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let missing = format!("@{}", dir.path().join("missing.json").display());
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["config", "create", "--external-key", "k", "--channel", "c"],
            "missing external id",
        ),
        (
            vec!["config", "create", "--external-id", "e", "--channel", "c"],
            "missing external key",
        ),
        (
            vec![
                "config",
                "create",
                "--external-id",
                "e",
                "--external-key",
                "k",
            ],
            "no channels",
        ),
        (
            vec![
                "config",
                "create",
                "--external-id",
                "e",
                "--external-key",
                "k",
                "--channel",
                "",
            ],
            "channel id is empty",
        ),
        (
            vec![
                "config",
                "create",
                "--external-id",
                "e",
                "--external-key",
                "k",
                "--channel",
                "a",
                "--channel",
                "a",
            ],
            "listed twice",
        ),
        (
            vec!["config", "create", "--json", "{\"external_id\":"],
            "invalid JSON",
        ),
        (
            vec!["config", "create", "--json", "[1]"],
            "expected a JSON object",
        ),
        (
            vec![
                "config",
                "create",
                "--json",
                r#"{"external_id":5,"external_key":"k","channels":["c"]}"#,
            ],
            "external_id must be a string",
        ),
        (
            vec![
                "config",
                "create",
                "--json",
                r#"{"external_id":"e","external_key":"k","channels":"c"}"#,
            ],
            "channels must be an array",
        ),
        (
            vec![
                "config",
                "create",
                "--json",
                r#"{"external_id":"e","external_key":"k","channels":[1]}"#,
            ],
            "ids must be strings",
        ),
        (vec!["config", "create", "--json", &missing], "cannot read"),
        (
            vec!["config", "create", "--json", "@"],
            "must be followed by a file name",
        ),
        (vec!["config", "list", "--limit", "101"], "maximum of 100"),
        (vec!["config", "update", "id"], "nothing to update"),
        (vec!["config", "certs", "id"], "no certificate given"),
        (vec!["config", "remove", "id"], "--yes"),
        (
            vec!["bootstrap", "secure", "e", "k", "short"],
            "5 bytes long",
        ),
        (
            vec!["bootstrap", "secure", "e", "k", "0123456789abcdef0"],
            "17 bytes long",
        ),
        (vec!["--timeout", "0", "health"], "invalid timeout"),
        (vec!["--url", "ftp://x", "health"], "invalid URL"),
    ];
    for (args, needle) in cases {
        let r = sb.cmd().args(&args).run();
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        r.error_line(needle);
    }
    // Missing token for a management command.
    sb.cmd()
        .env_remove("SMQ_TOKEN")
        .args(["config", "list"])
        .run()
        .code(2)
        .error_line("no user token");
    // Usage errors from the parser are exit 2 too.
    assert_eq!(sb.cmd().args(["config", "frobnicate"]).run().code, 2);
    assert_eq!(sb.cmd().args(["bootstrap"]).run().code, 2);
    assert!(
        sb.requests().is_empty(),
        "requests were sent: {:?}",
        sb.requests()
    );
}

#[test]
fn service_answers_map_to_exit_codes() {
    let sb = Sandbox::start();
    let id = sb.seed("e-1", "k-1", "");
    // 401 → 3, with a hint on passing a token.
    let r = sb
        .cmd()
        .env("SMQ_TOKEN", "wrong")
        .args(["config", "list"])
        .run();
    r.code(3)
        .error_line("401 Unauthorized: failed to perform authentication over the entity");
    assert!(r.stderr.contains("hint:") && r.stderr.contains("--token-file"));
    // 403 → 3.
    sb.cmd()
        .args(["config", "view", "never-a-thing"])
        .run()
        .code(3)
        .error_line("403 Forbidden");
    sb.cmd()
        .args(["bootstrap", "e-1", "wrong"])
        .run()
        .code(3)
        .error_line("for given external key");
    // 404 → 4.
    sb.cmd()
        .args(["bootstrap", "nope", "k"])
        .run()
        .code(4)
        .error_line("failed to read bootstrap configuration");
    sb.cmd().args(["state", "enable", "nope"]).run().code(4);
    // 400/422 → 5.
    sb.cmd()
        .args([
            "config",
            "create",
            "--external-id",
            "e-1",
            "--external-key",
            "k",
            "--channel",
            "c",
        ])
        .run()
        .code(5)
        .error_line("failed to add bootstrap configuration");
    sb.seed("e-2", "k", r#","name":"taken""#);
    sb.cmd()
        .args(["config", "update", &id, "--name", "taken", "--content", "x"])
        .run()
        .code(5)
        .error_line("422");
    sb.cmd().args(["config", "remove", "-y", &id]).run().ok();
    sb.cmd()
        .args(["config", "view", &id])
        .run()
        .code(5)
        .error_line("view entity failed");
    // A path the service does not serve (wrong --api): 404 with a hint.
    let r = sb
        .cmd()
        .args(["--api", "domain", "--domain", "d", "config", "list"])
        .run();
    r.code(4);
    assert!(r.stderr.contains("--api"), "{}", r.stderr);
}

#[test]
fn unavailable_timeouts_and_hostile_replies() {
    // Connection refused → 6.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let r = Cmd::new()
        .args(["--url", &format!("http://127.0.0.1:{port}"), "health"])
        .run();
    r.code(6).error_line("cannot connect");
    // 5xx → 6; an HTML page from a proxy says so.
    let (url, _) = fake_server(Some(raw_reply(
        "502 Bad Gateway",
        "text/html",
        b"<html><body>Bad gateway</body></html>",
    )));
    Cmd::new()
        .args(["--url", &url, "health"])
        .run()
        .code(6)
        .error_line("HTML page");
    // A server that never answers: exit 6 within the timeout.
    let (url, _) = fake_server(None);
    let t = Instant::now();
    Cmd::new()
        .args(["--url", &url, "--timeout", "1", "health"])
        .run()
        .code(6)
        .error_line("within 1 s");
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "took {:?}",
        t.elapsed()
    );
    // A 200 that is not JSON: a clear failure, exit 1.
    let (url, _) = fake_server(Some(raw_reply("200 OK", "application/json", b"")));
    Cmd::new()
        .args(["--url", &url, "health"])
        .run()
        .code(1)
        .error_line("not what the bootstrap API sends");
    // A huge Content-Length claim is refused without reading it.
    let claim =
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 3000000000\r\n\r\n{"
            .to_vec();
    let (url, _) = fake_server(Some(claim));
    Cmd::new()
        .args(["--url", &url, "health"])
        .run()
        .code(6)
        .error_line("larger than");
    // A connection closed mid-body.
    let cut = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"status\":".to_vec();
    let (url, _) = fake_server(Some(cut));
    assert_eq!(Cmd::new().args(["--url", &url, "health"]).run().code, 6);
}

#[test]
fn secure_reply_that_does_not_decrypt_is_exit_7() {
    let env = |c: &mut Cmd| {
        c.env("SMQ_API", "v1")
            .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "k")
            .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY);
    };
    // Shorter than an IV.
    let (url, _) = fake_server(Some(raw_reply(
        "200 OK",
        "application/octet-stream",
        b"short",
    )));
    let mut c = Cmd::new();
    env(&mut c);
    let r = c.args(["--url", &url, "bootstrap", "secure", "dev"]).run();
    r.code(7).error_line("shorter than the 16-byte IV");
    assert!(r.stderr.contains("check the crypto key"));
    // Encrypted with another key: decrypts to garbage, not JSON.
    let other = crypto::seal(
        b"another-key-0123",
        br#"{"thing_id":"t","thing_key":"k","channels":null}"#,
    )
    .unwrap();
    let (url, _) = fake_server(Some(raw_reply(
        "200 OK",
        "application/octet-stream",
        &other,
    )));
    let mut c = Cmd::new();
    env(&mut c);
    c.args(["--url", &url, "bootstrap", "secure", "dev"])
        .run()
        .code(7)
        .error_line("not JSON");
    // The right key, but the plaintext is not an object.
    let arr = crypto::seal(CRYPTO_KEY.as_bytes(), b"[1,2]").unwrap();
    let (url, _) = fake_server(Some(raw_reply("200 OK", "application/octet-stream", &arr)));
    let mut c = Cmd::new();
    env(&mut c);
    c.args(["--url", &url, "bootstrap", "secure", "dev"])
        .run()
        .code(7);
}

#[cfg(unix)]
#[test]
fn interrupt_exits_130() {
    let (url, _) = fake_server(None);
    let child = Cmd::new().args(["--url", &url, "health"]).spawn();
    std::thread::sleep(Duration::from_millis(400));
    let pid = child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .unwrap()
            .success()
    );
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
