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
        let word = if api == "clients" { "Client" } else { "Thing" };
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
