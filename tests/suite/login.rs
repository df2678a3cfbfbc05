//! `login`, `logout` and the session they keep: in each of the five
//! generations, against the sandbox's own users service.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;

use crate::harness::{Cmd, Run, Sandbox, TOKEN};

const PASSWORD: &str = "alice-pw-83c1";

/// A sandbox with the account `alice`, and a profile file and cache of
/// the test's own, shared by its commands.
struct World {
    sb: Sandbox,
    dir: tempfile::TempDir,
}

impl World {
    fn new(api: &'static str, ttl: &[&str]) -> World {
        let mut extra = vec!["--user", "alice:alice-pw-83c1"];
        extra.extend_from_slice(ttl);
        World {
            sb: Sandbox::start_with(api, &extra),
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn profiles(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// A command with no token but the session's.
    fn cmd(&self) -> Cmd {
        let mut c = self.sb.cmd();
        c.env_remove("SMQ_TOKEN")
            .env("SMQ_BOOTSTRAP_CONFIG", self.profiles())
            .env("SMQ_BOOTSTRAP_CACHE", self.dir.path().join("cache.toml"));
        if self.sb.cli_api() == "v1" {
            // v1 paths name no domain, but its tokens carry one.
            c.env("SMQ_DOMAIN_ID", &self.sb.domain);
        }
        c
    }

    fn login(&self) -> Run {
        let r = self
            .cmd()
            .args(["login", "--username", "alice", "--password-stdin"])
            .stdin(format!("{PASSWORD}\n"))
            .run();
        r.ok();
        r
    }

    /// The stored session.
    fn session(&self) -> Value {
        let text = std::fs::read_to_string(self.profiles()).unwrap_or_default();
        let v: toml::Value = toml::from_str(&text).unwrap();
        let s = v
            .get("profiles")
            .and_then(|p| p.get("default"))
            .and_then(|p| p.get("login"));
        serde_json::to_value(s).unwrap()
    }

    fn refreshes(&self) -> usize {
        self.sb
            .requests()
            .iter()
            .filter(|l| l.starts_with("POST /users/tokens/refresh"))
            .count()
    }

    /// Every output so far must hold neither the password nor a token.
    fn assert_no_secrets(&self, runs: &[&Run]) {
        let s = self.session();
        let mut secrets = vec![PASSWORD.to_string()];
        for k in ["access_token", "refresh_token"] {
            if let Some(t) = s.get(k).and_then(Value::as_str) {
                secrets.push(t.to_string());
                // Any third of a JWT would do as a leak.
                secrets.extend(t.split('.').filter(|p| p.len() > 20).map(String::from));
            }
        }
        for r in runs {
            for secret in &secrets {
                assert!(
                    !r.stdout.contains(secret.as_str()) && !r.stderr.contains(secret.as_str()),
                    "a secret in the output: {r:?}"
                );
            }
        }
    }
}

macro_rules! in_all_five {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[test]
                fn v1() { super::$name("v1") }
                #[test]
                fn domain() { super::$name("domain") }
                #[test]
                fn clients() { super::$name("clients") }
                #[test]
                fn clients_typed() { super::$name("clients-typed") }
                #[test]
                fn profiles() { super::$name("profiles") }
            }
        )*
    };
}

in_all_five!(
    log_in_from_stdin_a_file_and_a_prompt,
    an_expired_access_token_is_renewed_and_stored,
    an_expired_session_asks_for_the_password_again,
    logout_ends_the_session,
);

fn log_in_from_stdin_a_file_and_a_prompt(api: &'static str) {
    let w = World::new(api, &[]);
    let from_stdin = w.login();
    let s = w.session();
    assert_eq!(s["user"], "alice");
    assert_eq!(s["api"], w.sb.cli_api());
    // v1 and domain tokens carry the domain.
    if matches!(api, "v1" | "domain") {
        assert_eq!(s["domain"], w.sb.domain.as_str());
    }
    let listed = w.cmd().args(["-o", "json", "config", "list"]).run();
    listed.ok();
    // From a file (0600), then from a prompt on a terminal.
    let pw = w.dir.path().join("pw");
    std::fs::write(&pw, format!("{PASSWORD}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pw, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let from_file = w
        .cmd()
        .args(["login", "--username", "alice", "--password-file"])
        .arg(&pw)
        .run();
    from_file.ok();
    if let Some(t) = w.cmd().args(["login", "--username", "alice"]).on_terminal(
        &[
            "expect:password",
            "echo",
            "send:616c6963652d70772d383363310a",
        ],
        "log_in_from_stdin_a_file_and_a_prompt",
    ) {
        assert_eq!(t["code"], 0, "{t}");
        assert_eq!(t["echo_during"], false, "{t}");
        assert!(!t["output"].as_str().unwrap().contains(PASSWORD));
    }
    let status = w.cmd().args(["-o", "json", "login", "--status"]).run();
    status.ok();
    assert_eq!(status.json()["user"], "alice");
    // A wrong password is refused (exit 3), whatever the generation's status.
    let wrong = w
        .cmd()
        .args(["login", "--username", "alice", "--password-stdin"])
        .stdin("nope\n")
        .run();
    wrong.code(3);
    // -v and --curl show neither the password nor the tokens.
    let traced = w
        .cmd()
        .args([
            "-v",
            "--curl",
            "login",
            "--username",
            "alice",
            "--password-stdin",
        ])
        .stdin(format!("{PASSWORD}\n"))
        .run();
    traced.ok();
    let used = w.cmd().args(["-v", "--curl", "config", "list"]).run();
    used.ok();
    w.assert_no_secrets(&[
        &from_stdin,
        &listed,
        &from_file,
        &status,
        &wrong,
        &traced,
        &used,
    ]);
}

fn an_expired_access_token_is_renewed_and_stored(api: &'static str) {
    // Access tokens of a second: renewed before every use.
    let w = World::new(api, &["--token-ttl", "1"]);
    w.login();
    let first = w.session()["access_token"].clone();
    std::thread::sleep(Duration::from_millis(1100));
    let r = w.cmd().args(["config", "list"]).run();
    r.ok();
    assert_eq!(w.refreshes(), 1);
    let second = w.session()["access_token"].clone();
    assert_ne!(first, second, "the renewed pair is stored");
    // A token the service refuses (401) is renewed once, and the request
    // sent again; concurrent commands share one renewal.
    let w = World::new(api, &["--token-ttl", "600"]);
    w.login();
    let text = std::fs::read_to_string(w.profiles()).unwrap();
    let stale = w.session()["access_token"].as_str().unwrap().to_string();
    std::fs::write(w.profiles(), text.replace(&stale, "refused-token")).unwrap();
    let children: Vec<_> = (0..6)
        .map(|_| w.cmd().args(["config", "list"]).spawn())
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(w.refreshes(), 1, "{:?}", w.sb.requests());
    assert_ne!(w.session()["access_token"], "refused-token");
    // A token given by the environment wins, and is neither renewed nor stored.
    let before = std::fs::read_to_string(w.profiles()).unwrap();
    w.cmd()
        .env("SMQ_TOKEN", TOKEN)
        .args(["config", "list"])
        .run()
        .ok();
    assert_eq!(std::fs::read_to_string(w.profiles()).unwrap(), before);
}

fn an_expired_session_asks_for_the_password_again(api: &'static str) {
    let w = World::new(api, &["--token-ttl", "1", "--refresh-ttl", "1"]);
    w.login();
    std::thread::sleep(Duration::from_millis(1200));
    // A script: exit 3, saying to log in again.
    let r = w.cmd().args(["config", "list"]).run();
    r.code(3);
    assert!(r.stderr.contains("login"), "{}", r.stderr);
    // A person: asked for the password, and the command goes on.
    if let Some(t) = w.cmd().args(["-o", "json", "config", "list"]).on_terminal(
        &["expect:password", "send:616c6963652d70772d383363310a"],
        "an_expired_session_asks_for_the_password_again",
    ) {
        assert_eq!(t["code"], 0, "{t}");
        assert!(t["output"].as_str().unwrap().contains("[]"), "{t}");
    }
}

fn logout_ends_the_session(api: &'static str) {
    let w = World::new(api, &[]);
    w.login();
    let refresh = w.session()["refresh_token"].as_str().unwrap().to_string();
    let r = w.cmd().arg("logout").run();
    r.ok();
    // Magistrala ends the session on the service; the older ones cannot.
    let magistrala = matches!(api, "clients-typed" | "profiles");
    assert_eq!(r.stderr.contains("revoked"), magistrala, "{}", r.stderr);
    assert!(w.session().is_null());
    w.cmd().args(["login", "--status"]).run().code(3);
    w.cmd().args(["config", "list"]).run().code(2);
    let reuse = w.sb.http(
        "POST",
        "/users/tokens/refresh",
        &[
            ("Authorization", &format!("Bearer {refresh}")),
            ("Content-Type", "application/json"),
        ],
        b"{}",
    );
    assert_eq!(reuse.status == 401, magistrala, "{}", reuse.text());
}

#[test]
fn the_users_service_is_found_and_checked_before_a_password_goes() {
    let w = World::new("clients", &[]);
    // Derived: the root of a bootstrap URL not on 9013 (the sandbox's own).
    w.login();
    // Something that is not a users service: refused before the password.
    let (url, hits) = crate::harness::fake_server(Some(crate::harness::raw_reply(
        "404 Not Found",
        "text/plain",
        b"404 page not found\n",
    )));
    let r = w
        .cmd()
        .args([
            "login",
            "--username",
            "alice",
            "--password-stdin",
            "--users-url",
            &url,
        ])
        .stdin(format!("{PASSWORD}\n"))
        .run();
    r.code(6).error_line("does not answer as a users service");
    assert_eq!(
        hits.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "the probe alone"
    );
    // Plain http to another machine: refused before anything is sent.
    let r = w
        .cmd()
        .args(["login", "--username", "alice", "--password-stdin"])
        .args(["--users-url", "http://users.invalid:9002"])
        .stdin(format!("{PASSWORD}\n"))
        .run();
    r.code(2).error_line("plain http");
    // Not on a terminal, no password source: refused before any request.
    let before = w.sb.requests().len();
    w.cmd()
        .args(["login", "--username", "alice"])
        .run()
        .code(2)
        .error_line("no password");
    // v1 without a domain, not on a terminal: refused before the password.
    let v1 = World::new("v1", &[]);
    let r = v1
        .cmd()
        .env_remove("SMQ_DOMAIN_ID")
        .args(["login", "--username", "alice", "--password-stdin"])
        .stdin(format!("{PASSWORD}\n"))
        .run();
    r.code(2).error_line("token of one domain");
    assert!(
        !v1.sb
            .requests()
            .iter()
            .any(|l| l.contains("/users/tokens/issue")),
        "{:?}",
        v1.sb.requests()
    );
    assert_eq!(w.sb.requests().len(), before);
}

#[test]
fn a_domain_is_chosen_on_a_terminal() {
    let sb = Sandbox::start_with(
        "v1",
        &[
            "--user",
            "alice:alice-pw-83c1",
            "--user-domain",
            "alice:dom-other",
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let Some(t) = sb
        .cmd()
        .env_remove("SMQ_TOKEN")
        .env("SMQ_BOOTSTRAP_CONFIG", dir.path().join("config.toml"))
        .args(["login", "--username", "alice"])
        .on_terminal(
            &[
                "expect:password",
                "send:616c6963652d70772d383363310a",
                "expect:domain (1-2)",
                "send:320a",
            ],
            "a_domain_is_chosen_on_a_terminal",
        )
    else {
        return;
    };
    assert_eq!(t["code"], 0, "{t}");
    let text = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(text.contains("domain = \"dom-other\""), "{text}");
}
