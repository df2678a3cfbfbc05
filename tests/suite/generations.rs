//! `--api auto`: the generation is found by probing, remembered per URL, and
//! forgotten when it no longer fits.

use crate::harness::{CRYPTO_KEY, Cmd, Sandbox, TOKEN};

/// A command with `--api auto`; the generations found are cached in
/// `cache`, beside the (untouched) profile file.
fn auto_cmd(sb: &Sandbox, cache: &std::path::Path) -> Cmd {
    let mut c = Cmd::new();
    c.env("SMQ_BOOTSTRAP_URL", &sb.url)
        .env("SMQ_TOKEN", TOKEN)
        .env("SMQ_DOMAIN_ID", &sb.domain)
        .env(
            "SMQ_BOOTSTRAP_CONFIG",
            cache.with_file_name("profiles.toml"),
        )
        .env("SMQ_BOOTSTRAP_CACHE", cache);
    c
}

#[test]
fn auto_finds_each_generation_and_remembers_it() {
    for api in ["v1", "domain", "clients", "clients-typed"] {
        let sb = Sandbox::start_with(api, &[]);
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("detected.toml");
        let r = auto_cmd(&sb, &cache)
            .args([
                "-v",
                "config",
                "create",
                "--external-id",
                "e",
                "--external-key",
                "k",
                "--channel",
                "c",
            ])
            .run();
        r.ok();
        assert!(
            r.stderr
                .contains(&format!("API generation {} found", sb.cli_api())),
            "{api}: {}",
            r.stderr
        );
        let probes = sb
            .requests()
            .iter()
            .filter(|l| l.contains("/bootstrap/probe") || l.starts_with("GET /things/configs "))
            .count();
        assert!((1..=3).contains(&probes), "{api}: {:?}", sb.requests());
        // Remembered: the next command does not probe.
        let before = sb.requests().len();
        let r = auto_cmd(&sb, &cache).args(["-v", "config", "list"]).run();
        r.ok();
        assert!(r.stderr.contains("remembered"), "{}", r.stderr);
        assert_eq!(
            sb.requests().len(),
            before + 1,
            "one request, no probe: {:?}",
            sb.requests()
        );
        // The device side works under auto too.
        let r = auto_cmd(&sb, &cache)
            .args(["bootstrap", "secure", "e"])
            .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "k")
            .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY)
            .run();
        r.ok();
        assert!(r.json().get(sb.id_field()).is_some(), "{api}: {}", r.stdout);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&cache).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        // The settings file is not the cache: nothing was written there.
        assert!(!dir.path().join("profiles.toml").exists());
    }
}

#[test]
fn a_stale_remembered_generation_is_forgotten() {
    let sb = Sandbox::start_with("clients", &[]);
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("detected.toml");
    std::fs::write(&cache, format!("[detected]\n\"{}\" = \"v1\"\n", sb.url)).unwrap();
    let r = auto_cmd(&sb, &cache).args(["config", "list"]).run();
    r.code(4);
    assert!(r.stderr.contains("forgotten"), "{}", r.stderr);
    auto_cmd(&sb, &cache).args(["config", "list"]).run().ok();
    assert!(std::fs::read_to_string(&cache).unwrap().contains("clients"));
}

#[test]
fn a_domain_scoped_generation_needs_a_domain() {
    let sb = Sandbox::start_with("clients", &[]);
    let r = sb
        .cmd()
        .env_remove("SMQ_DOMAIN_ID")
        .args(["config", "list"])
        .run();
    r.code(2).error_line("needs a domain id");
    assert!(r.stderr.contains("--domain"));
    assert!(sb.requests().is_empty());
}

#[test]
fn something_else_is_not_mistaken_for_the_service() {
    let (url, _) = crate::harness::fake_server(Some(crate::harness::raw_reply(
        "404 Not Found",
        "text/html",
        b"<html>nope</html>",
    )));
    let dir = tempfile::tempdir().unwrap();
    let r = Cmd::new()
        .env("SMQ_BOOTSTRAP_CONFIG", dir.path().join("p.toml"))
        .env("SMQ_TOKEN", "t")
        .args(["--url", &url, "config", "list"])
        .run();
    r.code(6).error_line("does not answer like any generation");
}
