//! Every command, through the real binary, against a real sandbox, in each
//! generation of the API.

use serde_json::{Value, json};

use crate::harness::{CRYPTO_KEY, Cmd, Sandbox, TOKEN};

fn create(sb: &Sandbox, ext: &str) -> String {
    let r = sb
        .cmd()
        .args([
            "config",
            "create",
            "--external-id",
            ext,
            "--external-key",
            &format!("key-{ext}"),
            "--channel",
            "c1",
            "--channel",
            "c2",
        ])
        .run();
    r.ok();
    let id = r.stdout.trim().to_string();
    assert!(
        !id.is_empty() && !id.contains('\n'),
        "bare id on stdout: {:?}",
        r.stdout
    );
    id
}

fn quick_start_flow_create_enable_bootstrap_secure(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let id = create(&sb, "dev-1");
    sb.cmd().args(["state", "enable", &id]).run().ok();
    let plain = sb.bootstrap("dev-1", "key-dev-1");
    plain.ok();
    let doc = plain.json();
    assert_eq!(doc[sb.id_field()], id);
    let secure = sb
        .cmd()
        .args(["bootstrap", "secure", "dev-1"])
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "key-dev-1")
        .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY)
        .run();
    secure.ok();
    assert_eq!(
        secure.stdout, plain.stdout,
        "secure output equals the plain document"
    );
    let listed = sb
        .cmd()
        .args(["config", "list", "--state", "enabled"])
        .run();
    listed.ok();
    assert_eq!(listed.json().as_array().unwrap().len(), 1);
}

fn create_from_json_file_stdin_and_flags(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("body.json");
    std::fs::write(&f, r#"{"external_id":"from-file","external_key":"k","channels":["a"],"name":"n1","content":"c"}"#).unwrap();
    let cert = dir.path().join("c.pem");
    std::fs::write(&cert, "-----BEGIN CERTIFICATE-----\nabc\n").unwrap();
    let id = sb
        .cmd()
        .args(["config", "create", "--json"])
        .arg(format!("@{}", f.display()))
        .args(["--name", "override"])
        .run();
    id.ok();
    let v = sb
        .cmd()
        .args(["config", "view", id.stdout.trim(), "--show-secrets"])
        .run();
    let v = v.json();
    assert_eq!(
        (
            v["name"].as_str(),
            v["content"].as_str(),
            v["external_key"].as_str()
        ),
        (Some("override"), Some("c"), Some("k"))
    );
    // From stdin, with -o json giving the config created; cert from @file.
    let r = sb
        .cmd()
        .args(["-o", "json", "config", "create", "--json", "-", "--client-cert"])
        .arg(format!("@{}", cert.display()))
        .stdin(format!(r#"{{"external_id":"from-stdin","external_key":"k","channels":["a","b"],"{}":"chosen-id"}}"#, sb.id_field()))
        .run();
    r.ok();
    let created = r.json();
    assert_eq!(created[sb.id_field()], "chosen-id");
    assert_eq!(created["external_id"], "from-stdin");
    assert_eq!(created["external_key"], "********", "masked");
    // The other generation's id spelling is accepted.
    let r = sb
        .cmd()
        .args([
            "config",
            "create",
            "--json",
            r#"{"external_id":"x3","external_key":"k","channels":["a"],"client_id":"cid-3"}"#,
        ])
        .run();
    r.ok();
    assert_eq!(r.stdout.trim(), "cid-3");
    // A state in --json (the services ignore it on create) or --status is
    // made after the create; the flag wins.
    let started = |json: &str, flags: &[&str]| -> i64 {
        let r = sb
            .cmd()
            .args(["config", "create", "--json", json])
            .args(flags)
            .run();
        r.ok();
        let id = r.stdout.trim().to_string();
        let v = sb.cmd().args(["config", "view", &id]).run();
        v.ok();
        v.json()["state"].as_i64().unwrap()
    };
    assert_eq!(
        started(
            r#"{"external_id":"s1","external_key":"k","channels":["a"],"state":1}"#,
            &[]
        ),
        1
    );
    assert_eq!(
        started(
            r#"{"external_id":"s2","external_key":"k","channels":["a"],"state":1}"#,
            &["--status", "disabled"]
        ),
        0
    );
    assert_eq!(
        started(
            r#"{"external_id":"s3","external_key":"k","channels":["a"]}"#,
            &["--status", "enabled"]
        ),
        1
    );
    let before = sb.requests().len();
    sb.cmd()
        .args([
            "config",
            "create",
            "--json",
            r#"{"external_id":"s4","external_key":"k","channels":["a"],"state":7}"#,
        ])
        .run()
        .code(2)
        .error_line("state must be 0 or 1");
    assert_eq!(sb.requests().len(), before);
}

fn list_all_pages_formats_and_filters(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    for i in 0..230 {
        sb.seed(
            &format!("bulk-{i:03}"),
            "k",
            &format!(r#","name":"Unit-{i:03}""#),
        );
    }
    let r = sb
        .cmd()
        .args(["config", "list", "--all", "-o", "json"])
        .run();
    r.ok();
    let all = r.json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 230);
    let mut ext: Vec<&str> = all
        .iter()
        .map(|c| c["external_id"].as_str().unwrap())
        .collect();
    ext.sort();
    ext.dedup();
    assert_eq!(ext.len(), 230, "no duplicates across pages");
    // Three list requests of 100.
    let list_path = format!("GET {}/configs?", sb.mgmt());
    let lists: Vec<String> = sb
        .requests()
        .into_iter()
        .filter(|l| l.starts_with(&list_path))
        .collect();
    assert_eq!(lists.len(), 3, "{lists:?}");
    assert!(lists.iter().all(|l| l.contains("limit=100")));
    let r = sb
        .cmd()
        .args(["config", "list", "--all", "-o", "jsonl"])
        .run();
    assert_eq!(r.stdout.lines().count(), 230);
    for line in r.stdout.lines() {
        serde_json::from_str::<Value>(line).unwrap();
    }
    let r = sb
        .cmd()
        .args([
            "config", "list", "-o", "table", "--limit", "5", "--offset", "10",
        ])
        .run();
    r.ok();
    assert!(r.stdout.contains("EXTERNAL ID"), "{}", r.stdout);
    assert_eq!(r.stdout.lines().filter(|l| l.contains("bulk-")).count(), 5);
    assert_eq!(r.stdout.lines().last(), Some("5 of 230"));
    let r = sb
        .cmd()
        .args(["config", "list", "--name", "unit-00", "-o", "json"])
        .run();
    assert_eq!(r.json().as_array().unwrap().len(), 10);
    let r = sb
        .cmd()
        .args(["config", "list", "--external-id", "bulk-100", "-o", "json"])
        .run();
    assert_eq!(r.json()[0]["external_id"], "bulk-100");
    // Keys masked unless asked.
    assert_eq!(r.json()[0]["external_key"], "********");
    assert_eq!(r.json()[0][sb.key_field()], "********");
    let r = sb
        .cmd()
        .args([
            "config",
            "list",
            "--external-id",
            "bulk-100",
            "--show-secrets",
        ])
        .run();
    assert_eq!(r.json()[0]["external_key"], "k");
    // An empty list.
    let r = sb
        .cmd()
        .args(["config", "list", "--state", "enabled"])
        .run();
    assert_eq!(r.json(), json!([]));
    let r = sb
        .cmd()
        .args(["config", "list", "--state", "enabled", "-o", "table"])
        .run();
    assert_eq!(r.stdout.trim(), "0 of 0");
}

fn view_update_certs_connections(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let id = sb.seed("dev-u", "k", r#","name":"before","content":"old-content""#);
    // Update one field: the other keeps its value (read, merge, write).
    sb.cmd()
        .args(["config", "update", &id, "--name", "after"])
        .run()
        .ok();
    let v = sb.cmd().args(["config", "view", &id]).run().json();
    assert_eq!(
        (v["name"].as_str(), v["content"].as_str()),
        (Some("after"), Some("old-content"))
    );
    let dir = tempfile::tempdir().unwrap();
    let cf = dir.path().join("content.txt");
    std::fs::write(&cf, "from a file").unwrap();
    sb.cmd()
        .args(["config", "update", &id, "--content"])
        .arg(format!("@{}", cf.display()))
        .run()
        .ok();
    let v = sb.cmd().args(["config", "view", &id]).run().json();
    assert_eq!(
        (v["name"].as_str(), v["content"].as_str()),
        (Some("after"), Some("from a file"))
    );
    // Table view.
    let t = sb.cmd().args(["-o", "table", "config", "view", &id]).run();
    t.ok();
    assert!(
        t.stdout.contains("ch-1, ch-2") && t.stdout.contains("disabled"),
        "{}",
        t.stdout
    );
    // Certs: prints what was stored.
    let r = sb
        .cmd()
        .args([
            "config",
            "certs",
            &id,
            "--client-cert",
            "CRT",
            "--ca-cert",
            "CA",
        ])
        .run();
    r.ok();
    assert_eq!(
        r.json(),
        json!({sb.id_field(): id, "client_cert": "CRT", "ca_cert": "CA"})
    );
    let r = sb
        .cmd()
        .args(["config", "certs", &id, "--client-key", "KEY"])
        .run();
    assert_eq!(
        r.json(),
        json!({sb.id_field(): id, "client_key": "********"}),
        "the private key is masked"
    );
    let r = sb
        .cmd()
        .args([
            "config",
            "certs",
            &id,
            "--client-key",
            "KEY",
            "--show-secrets",
        ])
        .run();
    assert_eq!(r.json(), json!({sb.id_field(): id, "client_key": "KEY"}));
    // Connections replace the list.
    sb.cmd()
        .args(["config", "connections", &id, "n1", "n2", "n3"])
        .run()
        .ok();
    let v = sb.cmd().args(["config", "view", &id]).run().json();
    // A set: the service lists channels in its table's order, not the request's.
    let mut chs: Vec<&str> = v["channels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    chs.sort_unstable();
    assert_eq!(chs, ["n1", "n2", "n3"]);
}

fn state_and_remove_many(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let a = create(&sb, "s-a");
    let b = create(&sb, "s-b");
    let r = sb.cmd().args(["state", "enable", &a, &b]).run();
    r.ok();
    assert!(r.stderr.contains(&format!("enabled {a}")));
    assert_eq!(
        sb.cmd()
            .args(["config", "list", "--state", "enabled"])
            .run()
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
    sb.cmd().args(["state", "disable", &b]).run().ok();
    assert_eq!(
        sb.cmd()
            .args(["config", "list", "--state", "disabled"])
            .run()
            .json()[0][sb.id_field()],
        b
    );
    // One missing id among several: the others are done, exit code of the failure.
    let r = sb.cmd().args(["state", "disable", &a, "missing-id"]).run();
    r.code(4);
    assert!(r.stderr.contains("1 of 2 failed"), "{}", r.stderr);
    // Removal needs --yes when not interactive, and sends nothing without it.
    let before = sb.requests().len();
    sb.cmd()
        .args(["config", "remove", &a, &b])
        .run()
        .code(2)
        .error_line("--yes");
    assert_eq!(sb.requests().len(), before);
    sb.cmd()
        .args(["config", "remove", "--yes", &a, &b])
        .run()
        .ok();
    assert_eq!(sb.cmd().args(["config", "list"]).run().json(), json!([]));
}

fn bootstrap_keys_from_env_file_and_save_dir(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let id = sb.seed(
        "dev-s",
        "the-key",
        r#","client_cert":"CERT","client_key":"PRIVATE","ca_cert":"CA""#,
    );
    let dir = tempfile::tempdir().unwrap();
    let kf = dir.path().join("ext.key");
    std::fs::write(&kf, "the-key\n").unwrap();
    let ck = dir.path().join("crypto.key");
    std::fs::write(&ck, CRYPTO_KEY).unwrap();
    let save = dir.path().join("out/device");
    let r = sb
        .cmd()
        .args(["bootstrap", "secure", "dev-s", "--external-key-file"])
        .arg(&kf)
        .arg("--crypto-key-file")
        .arg(&ck)
        .arg("--save-dir")
        .arg(&save)
        .run();
    r.ok();
    assert_eq!(r.json()[sb.id_field()], id);
    assert!(
        !r.stderr.contains("warning"),
        "no argv-secret warning: {}",
        r.stderr
    );
    let read = |n: &str| std::fs::read_to_string(save.join(n)).unwrap();
    assert_eq!(read("client.crt"), "CERT");
    assert_eq!(read("client.key"), "PRIVATE");
    assert_eq!(read("ca.crt"), "CA");
    assert_eq!(
        serde_json::from_str::<Value>(&read("config.json")).unwrap()[sb.id_field()],
        id
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |n: &str| {
            std::fs::metadata(save.join(n))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode("client.key"), 0o600);
        assert_eq!(mode("config.json"), 0o600);
    }
    // Keys on the command line work, with a warning.
    let r = sb.cmd().args(["bootstrap", "dev-s", "the-key"]).run();
    r.ok();
    assert!(r.stderr.contains("warning") && r.stderr.contains("external key"));
    // No key and no terminal: a clear usage error, nothing sent.
    let before = sb.requests().len();
    sb.cmd()
        .args(["bootstrap", "dev-s"])
        .run()
        .code(2)
        .error_line("no external key");
    assert_eq!(sb.requests().len(), before);
}

#[test]
fn health_and_completions() {
    let sb = Sandbox::start();
    let r = sb.cmd().args(["health"]).run();
    r.ok();
    assert_eq!(r.json()["status"], "pass");
    let t = sb.cmd().args(["-o", "table", "health"]).run();
    assert!(t.stdout.contains("bootstrap service"));
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let r = Cmd::new().args(["completions", shell]).run();
        r.ok();
        assert!(r.stdout.contains("smq-bootstrap"), "{shell}");
    }
}

fn dry_run_sends_nothing_and_prints_curl(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let r = sb
        .cmd()
        .args([
            "--dry-run",
            "config",
            "create",
            "--external-id",
            "d",
            "--external-key",
            "secret-k",
            "--channel",
            "c",
        ])
        .run();
    r.ok();
    assert!(r.stdout.starts_with("curl -X POST"), "{}", r.stdout);
    assert!(!r.stdout.contains("secret-k") && !r.stdout.contains(TOKEN));
    sb.cmd()
        .args(["--dry-run", "state", "enable", "x", "y"])
        .run()
        .ok();
    sb.cmd()
        .args(["--dry-run", "config", "remove", "x"])
        .run()
        .ok();
    assert!(sb.requests().is_empty(), "{:?}", sb.requests());
}

#[test]
fn profiles_resolve_and_are_private() {
    let sb = Sandbox::start();
    let pdir = tempfile::tempdir().unwrap();
    let profiles = pdir.path().join("profiles.toml");
    let mut c = Cmd::new();
    c.args(["profile", "set", "lab", "url", &sb.url]);
    let env = |c: &mut Cmd| {
        c.env("SMQ_BOOTSTRAP_CONFIG", &profiles);
    };
    env(&mut c);
    c.run().ok();
    let mut c = Cmd::new();
    env(&mut c);
    c.args(["profile", "set", "lab", "token", "-"])
        .stdin(format!("{TOKEN}\n"))
        .run()
        .ok();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&profiles).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // The profile supplies url and token.
    let mut c = Cmd::new();
    env(&mut c);
    let r = c.args(["--profile", "lab", "config", "list"]).run();
    r.ok();
    assert_eq!(r.json(), json!([]));
    // A flag beats the profile: a bad token is refused.
    let mut c = Cmd::new();
    env(&mut c);
    c.args([
        "--profile",
        "lab",
        "--token-file",
        "/nonexistent/token",
        "config",
        "list",
    ])
    .run()
    .code(2)
    .error_line("cannot read token file");
    // show redacts the token.
    let mut c = Cmd::new();
    env(&mut c);
    let r = c.args(["profile", "show", "lab"]).run();
    r.ok();
    assert!(
        !r.stdout.contains(TOKEN) && r.stdout.contains("********"),
        "{}",
        r.stdout
    );
    // A group-readable profile holding a token is refused.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&profiles, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mut c = Cmd::new();
        env(&mut c);
        c.args(["--profile", "lab", "config", "list"])
            .run()
            .code(2)
            .error_line("readable by others");
    }
    // An unknown profile.
    let mut c = Cmd::new();
    env(&mut c);
    c.args(["--profile", "nope", "health"]).run().code(2);
}

/// Ids as operators have them: MAC addresses (the documentation's own
/// example), e-mail-like ids, reserved and non-ASCII characters. Each goes out
/// escaped as Go escapes a path, so the sandbox (routing as chi does, on the
/// raw path when the escaping is not Go's) hands the handler the id itself.
fn ids_with_reserved_and_non_ascii_characters(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let odd_ids = [
        ("09:6:0:sb:sa", "09:6:0:sb:sa"),
        ("aa:bb:cc:dd:ee:ff", "aa:bb:cc:dd:ee:ff"),
        ("dev@site+1=a,b;c$d&e", "dev@site+1=a,b;c$d&e"),
        ("it's (x)*!", "it%27s%20%28x%29%2A%21"),
        ("sp ace", "sp%20ace"),
        ("ünï-çødé", "%C3%BCn%C3%AF-%C3%A7%C3%B8d%C3%A9"),
        ("q?x=1#frag", "q%3Fx=1%23frag"),
        ("per%25cent", "per%2525cent"),
        ("...", "..."),
        ("a..b", "a..b"),
    ];
    let mgmt = sb.mgmt();
    let device = if sb.cli_api() == "clients" {
        "/clients"
    } else {
        "/things"
    };
    for (i, (odd, wire)) in odd_ids.iter().enumerate() {
        // The same odd characters in the external id the device uses.
        let ext = format!("{odd} {i}");
        let ext_wire = format!("{wire}%20{i}");
        let r = sb
            .cmd()
            .args([
                "config",
                "create",
                "--thing-id",
                odd,
                "--external-id",
                &ext,
                "--external-key",
                "k",
                "--channel",
                "c",
            ])
            .run();
        r.ok();
        assert_eq!(
            r.stdout.trim_end_matches('\n'),
            *odd,
            "id read back from Location"
        );
        assert_eq!(
            sb.cmd().args(["config", "view", odd]).run().json()["external_id"],
            ext.as_str()
        );
        sb.cmd()
            .args(["config", "update", odd, "--name", &format!("n{i}")])
            .run()
            .ok();
        sb.cmd().args(["state", "enable", odd]).run().ok();
        let plain = sb.bootstrap(&ext, "k");
        plain.ok();
        assert_eq!(plain.json()[sb.id_field()], *odd);
        let secure = sb
            .cmd()
            .args(["bootstrap", "secure", &ext])
            .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "k")
            .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY)
            .run();
        assert_eq!(secure.stdout, plain.stdout);
        sb.cmd().args(["config", "remove", "-y", odd]).run().ok();
        // On the wire: Go's escaping, byte for byte.
        let log = sb.requests();
        for want in [
            format!("GET {mgmt}/configs/{wire} 200"),
            format!("GET {device}/bootstrap/{ext_wire} 200"),
            format!("GET {device}/bootstrap/secure/{ext_wire} 200"),
            format!("DELETE {mgmt}/configs/{wire} 204"),
        ] {
            assert!(log.contains(&want), "{want:?} not in {log:#?}");
        }
    }
    // --dry-run and --curl render the same escaping, secrets left out.
    let dry = sb
        .cmd()
        .args(["--dry-run", "bootstrap", "aa:bb:cc ü", "k"])
        .run();
    dry.ok();
    assert!(
        dry.stdout
            .contains(&format!("{device}/bootstrap/aa:bb:cc%20%C3%BC'")),
        "{}",
        dry.stdout
    );
    let curl = sb
        .cmd()
        .args(["--curl", "config", "view", "it's (x)*!"])
        .run();
    assert!(
        curl.stderr
            .contains(&format!("{mgmt}/configs/it%27s%20%28x%29%2A%21'")),
        "{}",
        curl.stderr
    );
    // Ids that cannot reach the service are refused locally, saying why.
    let before = sb.requests().len();
    for args in [
        &["config", "view", "a/b"][..],
        &["config", "update", "a/b", "--name", "x"],
        &["config", "certs", "a/b", "--ca-cert", "x"],
        &["config", "connections", "a/b", "c"],
        &["config", "remove", "-y", "a/b"],
        &["state", "enable", "ok", "a/b"],
        &["bootstrap", "mac/1", "k"],
        &["bootstrap", "secure", "mac/1", "k", CRYPTO_KEY],
        &[
            "config",
            "create",
            "--thing-id",
            "t/1",
            "--external-id",
            "e",
            "--external-key",
            "k",
            "--channel",
            "c",
        ],
    ] {
        sb.cmd().args(args).run().code(2).error_line("contains '/'");
    }
    let r = sb.cmd().args(["--domain", "d/1", "config", "list"]).run();
    r.code(2).error_line("contains '/'");
    // An empty id would address the list endpoint: refused locally.
    sb.cmd()
        .args(["config", "view", ""])
        .run()
        .code(2)
        .error_line("id is empty");
    sb.cmd().args(["state", "enable", ""]).run().code(2);
    sb.cmd().args(["bootstrap", "", "k"]).run().code(2);
    sb.cmd()
        .args(["config", "view", ".."])
        .run()
        .code(2)
        .error_line("cannot be sent in a URL path");
    sb.cmd().args(["bootstrap", ".", "k"]).run().code(2);
    assert_eq!(sb.requests().len(), before);
}

/// With `--api auto`, an invalid id is refused before the probe too.
#[test]
fn invalid_ids_are_refused_before_probing() {
    let sb = Sandbox::start();
    for args in [
        &["config", "view", "a/b"][..],
        &["bootstrap", "aa/bb", "k"],
        &["state", "disable", "x/y"],
    ] {
        sb.cmd()
            .env("SMQ_API", "auto")
            .args(args)
            .run()
            .code(2)
            .error_line("contains '/'");
    }
    assert_eq!(sb.requests(), Vec::<String>::new(), "no probe, no request");
}

in_every_generation!(
    quick_start_flow_create_enable_bootstrap_secure,
    create_from_json_file_stdin_and_flags,
    list_all_pages_formats_and_filters,
    view_update_certs_connections,
    state_and_remove_many,
    bootstrap_keys_from_env_file_and_save_dir,
    dry_run_sends_nothing_and_prints_curl,
    ids_with_reserved_and_non_ascii_characters,
);
