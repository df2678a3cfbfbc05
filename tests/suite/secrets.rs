//! Secrets never appear in output, traces or errors unless asked for.

use crate::harness::{CRYPTO_KEY, Sandbox, TOKEN};

fn curl_and_verbose_never_show_secrets(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let ext_key = "ext-secret-93b1";
    let id = sb.seed("dev-x", ext_key, r#","client_key":"PRIVATE-KEY-77""#);
    let runs: Vec<Vec<&str>> = vec![
        vec!["config", "list"],
        vec!["config", "view", &id],
        vec!["config", "update", &id, "--name", "n"],
        vec!["config", "certs", &id, "--client-key", "PRIVATE-KEY-88"],
        vec!["config", "connections", &id, "c9"],
        vec!["state", "enable", &id],
        vec![
            "config",
            "create",
            "--external-id",
            "dev-y",
            "--external-key",
            "ext-secret-2nd",
            "--channel",
            "c",
        ],
        vec!["health"],
    ];
    let secrets = [
        TOKEN,
        ext_key,
        "ext-secret-2nd",
        "PRIVATE-KEY-88",
        CRYPTO_KEY,
    ];
    for args in &runs {
        let r = sb.cmd().args(["-v", "--curl"]).args(args).run();
        r.ok();
        assert!(r.stderr.contains("curl"), "{args:?}: {}", r.stderr);
        for s in secrets {
            assert!(
                !r.stderr.contains(s),
                "{args:?} leaked {s} on stderr: {}",
                r.stderr
            );
            assert!(
                !r.stdout.contains(s),
                "{args:?} leaked {s} on stdout: {}",
                r.stdout
            );
        }
    }
    // Device commands: keys from the environment, traces redacted.
    for args in [
        vec!["bootstrap", "dev-x"],
        vec!["bootstrap", "secure", "dev-x"],
    ] {
        let r = sb
            .cmd()
            .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", ext_key)
            .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY)
            .args(["-v", "--curl"])
            .args(&args)
            .run();
        r.ok();
        assert!(
            !r.stderr.contains(ext_key)
                && !r.stderr.contains(CRYPTO_KEY)
                && !r.stderr.contains(TOKEN),
            "{}",
            r.stderr
        );
        // The encrypted key is replayable, so it is hidden too.
        let word = if sb.cli_api() == "clients" {
            "Client"
        } else {
            "Thing"
        };
        assert!(
            r.stderr.contains(word)
                && !r.stderr.lines().any(|l| l.contains(&format!("{word} "))
                    && l.chars().filter(char::is_ascii_hexdigit).count() > 60),
            "{}",
            r.stderr
        );
    }
    // Errors do not echo secrets either.
    let r = sb
        .cmd()
        .env("SMQ_TOKEN", "bad-token-secret")
        .args(["-v", "config", "list"])
        .run();
    r.code(3);
    assert!(!r.stderr.contains("bad-token-secret"));
    // --show-secrets shows them.
    let r = sb
        .cmd()
        .args(["--curl", "--show-secrets", "config", "list"])
        .run();
    assert!(r.stderr.contains(TOKEN));
}

in_every_generation!(curl_and_verbose_never_show_secrets);

#[test]
fn bulk_profile_and_crypto_commands_keep_secrets_out_of_logs() {
    let sb = Sandbox::start();
    let key = "bulk-secret-key-77";
    let record =
        format!("{{\"external_id\":\"b-1\",\"external_key\":\"{key}\",\"channels\":[\"c\"]}}\n");
    let r = sb
        .cmd()
        .args(["-v", "--curl", "config", "import", "-"])
        .stdin(record)
        .run();
    r.ok();
    assert!(
        !r.stderr.contains(key) && !r.stderr.contains(TOKEN),
        "{}",
        r.stderr
    );
    // Export carries keys on stdout by design; never in the log.
    let r = sb.cmd().args(["-v", "--curl", "config", "export"]).run();
    r.ok();
    assert!(r.stdout.contains(key));
    assert!(
        !r.stderr.contains(key) && !r.stderr.contains(TOKEN),
        "{}",
        r.stderr
    );
    let id = sb.all_configs()[0]["thing_id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = sb
        .cmd()
        .args(["-v", "--curl", "state", "enable", "--from", "-"])
        .stdin(id.clone())
        .run();
    r.ok();
    assert!(!r.stderr.contains(TOKEN));
    // A profile holding the token shows it masked.
    let dir = tempfile::tempdir().unwrap();
    let profiles = dir.path().join("p.toml");
    let mut c = crate::harness::Cmd::new();
    c.env("SMQ_BOOTSTRAP_CONFIG", &profiles)
        .args(["profile", "set", "x", "token", "-"])
        .stdin(TOKEN)
        .run()
        .ok();
    let mut c = crate::harness::Cmd::new();
    let r = c
        .env("SMQ_BOOTSTRAP_CONFIG", &profiles)
        .args(["-v", "profile", "show", "x"])
        .run();
    assert!(!r.stdout.contains(TOKEN) && !r.stderr.contains(TOKEN));
    // The crypto key never shows; on the command line it draws one warning.
    let r = crate::harness::Cmd::new()
        .args([
            "-v",
            "crypto",
            "encrypt",
            "--key",
            CRYPTO_KEY,
            "secret-text",
        ])
        .run();
    r.ok();
    assert!(!r.stdout.contains(CRYPTO_KEY) && !r.stderr.contains(CRYPTO_KEY));
    assert_eq!(r.stderr.matches("warning").count(), 1, "{}", r.stderr);
    // config create has no other way to take the key than --json: no warning there.
    let r = sb
        .cmd()
        .args([
            "config",
            "create",
            "--external-id",
            "w",
            "--external-key",
            "k",
            "--channel",
            "c",
        ])
        .run();
    r.ok();
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}
