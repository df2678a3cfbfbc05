//! Exit codes for the service's answers and for Ctrl-C. Invalid local input
//! and hostile replies are in `matrix.rs`.

use std::time::Duration;

use crate::harness::{Cmd, Sandbox, fake_server};

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

#[cfg(unix)]
#[test]
fn interrupt_exits_130() {
    let (url, _) = fake_server(None);
    let child = Cmd::new().args(["--url", &url, "health"]).spawn();
    crate::harness::interrupt(child, Duration::from_millis(400));
}
