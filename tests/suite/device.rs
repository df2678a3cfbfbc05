//! The device side: waiting for a config, watching it, and `doctor`.

use std::time::Duration;

use serde_json::Value;

use crate::harness::{CRYPTO_KEY, Cmd, Run, Sandbox, TOKEN, fake_server, raw_reply};

/// A device command: its key in the environment, no user token.
fn device(sb: &Sandbox, key: &str) -> Cmd {
    let mut c = sb.cmd();
    c.env_remove("SMQ_TOKEN")
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", key);
    c
}

#[test]
fn a_device_waits_until_its_config_is_served() {
    // The service comes up late; the config is uploaded disabled, then
    // enabled (Magistrala v0.30 serves enabled configs only).
    let sb = Sandbox::start_with("profiles", &["--unavailable-for", "4"]);
    let child = device(&sb, "key-w")
        .args(["bootstrap", "dev-w", "--wait", "--wait-timeout", "60s"])
        .spawn();
    std::thread::sleep(Duration::from_millis(5500));
    let id = sb
        .cmd()
        .args([
            "config",
            "create",
            "--external-id",
            "dev-w",
            "--external-key",
            "key-w",
        ])
        .args(["--status", "disabled", "--content", "ready"])
        .run();
    id.ok();
    std::thread::sleep(Duration::from_millis(2500));
    sb.cmd()
        .args(["state", "enable", id.stdout.trim()])
        .run()
        .ok();
    let r = Run::finish(child);
    r.ok();
    assert_eq!(r.json()["content"], "ready", "{}", r.stdout);
    // One line a try, naming why it waited: the service down, then the
    // config missing (or disabled, as the timing falls).
    assert!(r.stderr.contains("503"), "{}", r.stderr);
    assert!(
        r.stderr.contains("no config for it yet") || r.stderr.contains("the config is disabled"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("served on try"), "{}", r.stderr);
    // A config that stays disabled: waited on, then its code when time is up.
    sb.cmd()
        .args([
            "config",
            "create",
            "--external-id",
            "dev-off",
            "--external-key",
            "k",
        ])
        .args(["--status", "disabled"])
        .run()
        .ok();
    let r = device(&sb, "k")
        .args(["bootstrap", "dev-off", "--wait", "--wait-timeout", "2s"])
        .run();
    r.code(5);
    assert!(
        r.stderr.contains("the config is disabled") && r.stderr.contains("gave up"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_wait_gives_up_with_the_last_failure_and_stops_at_a_wrong_key() {
    let sb = Sandbox::start();
    // Nothing ever uploaded: the last failure's code when the time is up.
    let r = device(&sb, "k")
        .args(["bootstrap", "never", "--wait", "--wait-timeout", "2s"])
        .run();
    r.code(4);
    assert!(r.stderr.contains("gave up"), "{}", r.stderr);
    // A wrong key cannot be waited out: one try.
    let id = sb.seed("dev-k", "right-key", "");
    sb.cmd().args(["state", "enable", &id]).run().ok();
    let r = device(&sb, "wrong-key")
        .args(["bootstrap", "dev-k", "--wait", "--wait-timeout", "60s"])
        .run();
    r.code(3);
    assert!(!r.stderr.contains("again in"), "{}", r.stderr);
    // A wrong crypto key: the service cannot read the key it encrypted, and
    // says so as it says a wrong key (403), so the wait stops at once, exit 3.
    let r = device(&sb, "right-key")
        .args(["bootstrap", "secure", "dev-k", "--wait"])
        .env(
            "SMQ_BOOTSTRAP_ENCRYPT_KEY",
            "0123456789abcdef0123456789abcdef",
        )
        .run();
    r.code(3);
    assert!(
        r.stderr.contains("crypto key") && !r.stderr.contains("again in"),
        "{}",
        r.stderr
    );
    // A reply that will not decrypt stops the wait with exit 7.
    let (url, hits) = fake_server(Some(raw_reply(
        "200 OK",
        "application/octet-stream",
        &[7u8; 48],
    )));
    let r = Cmd::new()
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "k")
        .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY)
        .args([
            "--api",
            "v1",
            "--url",
            &url,
            "bootstrap",
            "secure",
            "d",
            "--wait",
        ])
        .run();
    r.code(7);
    assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 1);
}

#[cfg(unix)]
#[test]
fn a_watch_rewrites_on_change_runs_the_hook_and_stops_on_sigterm() {
    let sb = Sandbox::start();
    let id = sb.seed(
        "dev-x",
        "key-x",
        r#","content":"one","client_cert":"CERT-1","client_key":"KEY-1""#,
    );
    let dir = tempfile::tempdir().unwrap();
    let save = dir.path().join("device");
    let hook_log = dir.path().join("hook.log");
    // The set as it is now, before the watch: not a change.
    device(&sb, "key-x")
        .args(["bootstrap", "dev-x", "--save-dir"])
        .arg(&save)
        .run()
        .ok();
    let hook = format!(
        "echo \"$SMQ_BOOTSTRAP_EXTERNAL_ID $SMQ_BOOTSTRAP_CONFIG_FILE ${{SMQ_BOOTSTRAP_CLIENT_KEY:-none}}\" >> {}; exit 3",
        hook_log.display()
    );
    let child = device(&sb, "key-x")
        .args([
            "bootstrap",
            "dev-x",
            "--watch",
            "--interval",
            "200ms",
            "--save-dir",
        ])
        .arg(&save)
        .args(["--exec", &hook])
        .spawn();
    std::thread::sleep(Duration::from_millis(800));
    sb.cmd()
        .args(["config", "update", &id, "--content", "two"])
        .run()
        .ok();
    std::thread::sleep(Duration::from_millis(800));
    // The certificates cleared: the key file goes with them.
    sb.cmd()
        .args(["config", "certs", &id, "--ca-cert", "CA-2"])
        .run()
        .ok();
    std::thread::sleep(Duration::from_millis(800));
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let r = Run::finish(child);
    r.ok();
    assert!(
        r.stderr.contains("--exec failed") && r.stderr.contains("watch stopped"),
        "{}",
        r.stderr
    );
    let log = std::fs::read_to_string(&hook_log).unwrap();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 2, "{log}");
    assert!(
        lines[0].starts_with("dev-x ") && lines[0].ends_with("client.key"),
        "{log}"
    );
    assert!(lines[1].ends_with(" none"), "{log}");
    let config: Value =
        serde_json::from_slice(&std::fs::read(save.join("config.json")).unwrap()).unwrap();
    assert_eq!(config["ca_cert"], "CA-2");
    assert!(!save.join("client.key").exists());
    assert!(save.join("ca.crt").exists());
    let leftovers: Vec<String> = std::fs::read_dir(&save)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn a_watch_exits_0_on_sigterm() {
    let sb = Sandbox::start();
    sb.seed("dev-s", "k", "");
    let dir = tempfile::tempdir().unwrap();
    let mut child = device(&sb, "k")
        .args([
            "bootstrap",
            "dev-s",
            "--watch",
            "--interval",
            "100ms",
            "--save-dir",
        ])
        .arg(dir.path())
        .spawn();
    std::thread::sleep(Duration::from_millis(500));
    std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(dir.path().join("config.json").exists());
}

/// `doctor -o json ARGS`: its checks by name, and whether each passed.
fn doctor(c: &mut Cmd, args: &[&str]) -> (Run, Vec<(String, Option<bool>)>) {
    let r = c.args(["-o", "json", "doctor"]).args(args).run();
    let v = r.json();
    let checks = v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["check"].as_str().unwrap().to_string(), c["ok"].as_bool()))
        .collect();
    (r, checks)
}

fn failed(checks: &[(String, Option<bool>)]) -> Vec<&str> {
    checks
        .iter()
        .filter(|(_, ok)| *ok == Some(false))
        .map(|(n, _)| n.as_str())
        .collect()
}

#[test]
fn doctor_checks_each_thing_a_device_needs() {
    let sb = Sandbox::start();
    let id = sb.seed("dev-d", "key-d", "");
    sb.cmd().args(["state", "enable", &id]).run().ok();
    // Healthy: every check passes, the device's keys included.
    let (r, checks) = doctor(
        sb.cmd()
            .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "key-d")
            .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY),
        &["--external-id", "dev-d"],
    );
    r.ok();
    assert!(failed(&checks).is_empty(), "{}", r.stdout);
    for name in [
        "dns",
        "tcp",
        "health",
        "clock",
        "generation",
        "external key",
        "secure",
        "token",
    ] {
        assert!(
            checks.iter().any(|(n, ok)| n == name && *ok == Some(true)),
            "{name}: {}",
            r.stdout
        );
    }
    assert!(!r.stdout.contains("key-d") && !r.stdout.contains(TOKEN));
    // A wrong token: that line fails, exit 3.
    let (r, checks) = doctor(sb.cmd().env("SMQ_TOKEN", "wrong"), &[]);
    r.code(3);
    assert_eq!(failed(&checks), vec!["token"], "{}", r.stdout);
    // A stopped service: TCP fails, exit 6.
    let url = sb.url.clone();
    drop(sb);
    let (r, checks) = doctor(Cmd::new().args(["--url", &url]), &[]);
    r.code(6);
    assert_eq!(failed(&checks), vec!["tcp"], "{}", r.stdout);
}

#[test]
fn doctor_names_an_untrusted_ca() {
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    let ca_arg = ca.to_string_lossy().into_owned();
    let sb = Sandbox::start_with("v1", &["--tls-self-signed", "--write-ca", &ca_arg]);
    let (r, checks) = doctor(Cmd::new().args(["--url", &sb.url]), &[]);
    r.code(6);
    assert_eq!(failed(&checks), vec!["tls"], "{}", r.stdout);
    assert!(r.stdout.contains("--tls-ca"), "{}", r.stdout);
    // With its CA: the chain, the name and the expiry check out.
    let (r, checks) = doctor(
        Cmd::new().args(["--url", &sb.url, "--tls-ca", &ca_arg]),
        &[],
    );
    r.ok();
    assert!(
        checks.iter().any(|(n, ok)| n == "tls" && *ok == Some(true)),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("--tls-ca"), "{}", r.stdout);
}
