//! Magistrala v0.30 (`--api profiles`): every command against the sandbox,
//! and the typed `{"message"}` errors of v0.20 and v0.30 as exit codes.

use serde_json::{Value, json};

use crate::harness::{CRYPTO_KEY, Cmd, Sandbox, TOKEN};

/// A v0.30 sandbox whose Clients and Channels services hold one client
/// and one channel of the test domain, for bindings.
fn v030() -> Sandbox {
    Sandbox::start_with(
        "profiles",
        &[
            "--client",
            r#"{"id":"cl-1","name":"dev one","secret":"cl-secret-9"}"#,
            "--channel",
            r#"{"id":"ch-9","name":"telemetry","route":"tele"}"#,
        ],
    )
}

/// Requests the sandbox has seen whose line starts with `prefix`.
fn seen(sb: &Sandbox, prefix: &str) -> usize {
    sb.requests()
        .iter()
        .filter(|l| l.starts_with(prefix))
        .count()
}

/// A config read over raw HTTP, with the sandbox's own view endpoint.
fn raw_view(sb: &Sandbox, id: &str) -> Value {
    let r = sb.http(
        "GET",
        &format!("{}/configs/{id}", sb.mgmt()),
        &[("Authorization", &format!("Bearer {TOKEN}"))],
        b"",
    );
    assert_eq!(r.status, 200, "{}", r.text());
    serde_json::from_slice(&r.body).unwrap()
}

/// A device profile "p" whose template renders the render context's site.
fn site_profile(sb: &Sandbox) -> String {
    let r = sb
        .cmd()
        .args(["-o", "json", "device-profile", "create", "--name", "p"])
        .args(["--template", "{{ .Vars.site }}", "--format", "go-template"])
        .run();
    r.ok();
    r.json()["id"].as_str().unwrap().to_string()
}

fn create(sb: &Sandbox, ext: &str, extra: &[&str]) -> String {
    let r = sb
        .cmd()
        .args(["config", "create", "--external-id", ext, "--external-key"])
        .arg(format!("key-{ext}"))
        .args(extra)
        .run();
    r.ok();
    let id = r.stdout.trim().to_string();
    assert_eq!(id.len(), 36, "a config id: {}", r.stdout);
    id
}

#[test]
fn v030_config_commands() {
    let sb = v030();
    // create: the id alone; -o json: the created config (enabled, no key).
    let id = create(
        &sb,
        "dev-1",
        &[
            "--name",
            "first",
            "--content",
            "static",
            "--render-context",
            r#"{"site":"north","n":1.50}"#,
        ],
    );
    let r = sb
        .cmd()
        .args(["-o", "json", "config", "create", "--external-id", "dev-2"])
        .args(["--external-key", "key-dev-2"])
        .run();
    r.ok();
    let created = r.json();
    let id2 = created["id"].as_str().unwrap().to_string();
    assert_eq!(created["status"], "enabled");
    assert!(created.get("external_key").is_none(), "{created}");
    // Created disabled: the create, then the disable endpoint.
    let r = sb
        .cmd()
        .args(["-o", "json", "config", "create", "--external-id", "dev-3"])
        .args(["--external-key", "key-dev-3", "--status", "disabled"])
        .run();
    r.ok();
    assert_eq!(r.json()["status"], "disabled");
    let id3 = r.json()["id"].as_str().unwrap().to_string();
    assert_eq!(raw_view(&sb, &id3)["status"], "disabled");
    sb.cmd().args(["config", "remove", "-y", &id3]).run().ok();
    assert_eq!(
        raw_view(&sb, &id)["render_context"],
        json!({"n": 1.5, "site": "north"})
    );

    // What v0.30 has no place for is refused before anything is sent.
    let before = sb.requests().len();
    for extra in [
        &["--channel", "c"][..],
        &["--thing-id", "t"][..],
        &["--render-context", "[1]"][..],
    ] {
        let r = sb
            .cmd()
            .args([
                "config",
                "create",
                "--external-id",
                "x",
                "--external-key",
                "k",
            ])
            .args(extra)
            .run();
        r.code(2);
    }
    let long_key = "k".repeat(73);
    sb.cmd()
        .args(["config", "create", "--external-id", "x", "--external-key"])
        .arg(&long_key)
        .run()
        .code(2)
        .error_line("72 bytes");
    assert_eq!(sb.requests().len(), before, "{:?}", sb.requests());

    // The service's refusals, as exit codes.
    sb.cmd()
        .args([
            "config",
            "create",
            "--external-id",
            "dev-1",
            "--external-key",
            "k",
        ])
        .run()
        .code(5)
        .error_line("entity already exists");
    sb.cmd()
        .env("SMQ_TOKEN", "not-a-user")
        .args(["config", "list"])
        .run()
        .code(3);
    sb.cmd()
        .args(["config", "view", "no-such-config"])
        .run()
        .code(4)
        .error_line("entity not found");

    // view: the config as the service shows it.
    let v = sb.cmd().args(["config", "view", &id]).run();
    v.ok();
    let v = v.json();
    assert_eq!(
        (v["id"].as_str(), v["name"].as_str(), v["status"].as_str()),
        (Some(id.as_str()), Some("first"), Some("enabled"))
    );

    // update: PATCH replaces name, content and render_context together; the
    // tool reads, merges and writes, so what is not given stays.
    sb.cmd()
        .args(["config", "update", &id, "--content", "changed"])
        .run()
        .ok();
    let v = raw_view(&sb, &id);
    assert_eq!(
        (&v["name"], &v["content"], &v["render_context"]),
        (
            &json!("first"),
            &json!("changed"),
            &json!({"n": 1.5, "site": "north"})
        )
    );
    sb.cmd()
        .args([
            "config",
            "update",
            &id,
            "--render-context",
            r#"{"site":"south"}"#,
        ])
        .run()
        .ok();
    let v = raw_view(&sb, &id);
    assert_eq!(
        (&v["content"], &v["render_context"]),
        (&json!("changed"), &json!({"site": "south"}))
    );
    assert_eq!(
        seen(&sb, &format!("PATCH {}/configs/{id} 200", sb.mgmt())),
        2
    );
    assert_eq!(seen(&sb, "PUT "), 0);

    // certs: what the service stored, the key masked.
    let r = sb
        .cmd()
        .args([
            "config",
            "certs",
            &id,
            "--client-cert",
            "CERT",
            "--client-key",
        ])
        .arg("KEY-PRIVATE-1")
        .args(["--ca-cert", "CA"])
        .run();
    r.ok();
    assert!(r.stdout.contains("CERT") && !r.stdout.contains("KEY-PRIVATE-1"));

    // state: the enable/disable endpoints; list shows enabled configs unless
    // told otherwise.
    sb.cmd().args(["state", "disable", &id2]).run().ok();
    assert_eq!(
        seen(
            &sb,
            &format!("POST {}/configs/{id2}/disable 200", sb.mgmt())
        ),
        1
    );
    let ids = |status: Option<&str>| -> Vec<String> {
        let mut c = sb.cmd();
        c.args(["-o", "json", "config", "list"]);
        if let Some(s) = status {
            c.args(["--status", s]);
        }
        let r = c.run();
        r.ok();
        let mut v: Vec<String> = r
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    let mut both = vec![id.clone(), id2.clone()];
    both.sort();
    assert_eq!(ids(None), vec![id.clone()]);
    assert_eq!(ids(Some("disabled")), vec![id2.clone()]);
    assert_eq!(ids(Some("all")), both);
    let t = sb.cmd().args(["-o", "table", "config", "list"]).run();
    t.ok();
    assert!(t.stderr.contains("--status all"), "{}", t.stderr);
    assert!(t.stdout.contains("PROFILE") && t.stdout.contains("STATUS"));

    // A disabled device's bootstrap is a bodyless 500: said as such.
    let r = sb.bootstrap("dev-2", "key-dev-2");
    r.code(5);
    assert!(r.stderr.contains("disabled"), "{}", r.stderr);
    sb.cmd().args(["state", "enable", &id2]).run().ok();
    sb.bootstrap("dev-2", "key-dev-2").ok();

    // connections: none in this generation, said before anything is sent.
    let before = sb.requests().len();
    let r = sb.cmd().args(["config", "connections", &id, "ch-1"]).run();
    r.code(2);
    assert!(r.stderr.contains("enrollment bind"), "{}", r.stderr);
    assert_eq!(sb.requests().len(), before);

    // health names the service; --dry-run sends nothing; --curl hides keys.
    let r = sb.cmd().args(["-o", "json", "health"]).run();
    r.ok();
    assert_eq!(r.json()["description"], "bootstrap service");
    // A dry run reads what the change is planned from, and prints the
    // write a real run would send: the fields not given kept.
    let before = sb.requests().len();
    let r = sb
        .cmd()
        .args(["--dry-run", "config", "update", &id, "--name", "n"])
        .run();
    r.ok();
    assert!(
        r.stdout.contains("curl -X PATCH")
            && r.stdout.contains(r#""content":"changed""#)
            && r.stdout.contains(r#""render_context":{"site":"south"}"#)
            && r.stderr.contains("# read to plan the change"),
        "{r:?}"
    );
    assert_eq!(sb.requests().len(), before + 1, "{:?}", sb.requests());
    assert!(sb.requests().last().unwrap().starts_with("GET "));
    let before = sb.requests().len();
    let r = sb.cmd().args(["--dry-run", "state", "enable", &id]).run();
    r.ok();
    assert!(
        r.stdout.contains(&format!("/configs/{id}/enable")),
        "{}",
        r.stdout
    );
    assert_eq!(sb.requests().len(), before, "{:?}", sb.requests());
    let r = sb
        .cmd()
        .args(["--curl", "bootstrap", "secure", "dev-2"])
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "key-dev-2")
        .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY)
        .run();
    r.ok();
    assert!(
        r.stderr.contains("/clients/bootstrap/secure/dev-2")
            && !r.stderr.contains("key-dev-2")
            && !r.stderr.contains(TOKEN),
        "{}",
        r.stderr
    );

    // remove, then it is gone.
    sb.cmd()
        .args(["config", "remove", "-y", &id, &id2])
        .run()
        .ok();
    assert_eq!(seen(&sb, "DELETE "), 3);
    sb.cmd().args(["config", "view", &id]).run().code(4);
    assert!(ids(Some("all")).is_empty());
}

const TEMPLATE: &str = r#"{"device": "{{ .Device.ExternalID }}", "broker": "{{ .Vars.broker }}", "topic": "{{ .Bindings.data.Snapshot.topic }}", "user": "{{ .Bindings.me.ID }}", "pass": "{{ .Bindings.me.Secret.secret }}"}"#;

#[test]
fn v030_device_profiles_enrollments_and_rendered_bootstrap() {
    let sb = v030();
    let dir = tempfile::tempdir().unwrap();
    // upload: JSON, YAML and TOML documents, the format from the extension.
    let yaml = dir.path().join("gateway.yaml");
    std::fs::write(
        &yaml,
        format!(
            "name: gateway\ndescription: MQTT gateway\ncontent_template: '{}'\ndefaults:\n  broker: mqtt://localhost\nbinding_slots:\n  - {{name: data, type: channel, required: true}}\n  - {{name: me, type: client, required: true}}\n",
            TEMPLATE.replace('\'', "''")
        ),
    )
    .unwrap();
    let toml = dir.path().join("sensor.toml");
    std::fs::write(
        &toml,
        "name = \"sensor\"\ncontent_format = \"yaml\"\ncontent_template = \"id: {{ .Device.ID }}\"\n",
    )
    .unwrap();
    let json_doc = dir.path().join("plain.json");
    std::fs::write(
        &json_doc,
        r#"{"name":"plain","content_format":"raw","content_template":"{{ not rendered }}"}"#,
    )
    .unwrap();
    let mut profile = std::collections::HashMap::new();
    for f in [&yaml, &toml, &json_doc] {
        let r = sb
            .cmd()
            .args(["-o", "json", "device-profile", "upload"])
            .arg(f)
            .run();
        r.ok();
        let p = r.json();
        assert_eq!(p["version"], 1);
        profile.insert(
            p["name"].as_str().unwrap().to_string(),
            p["id"].as_str().unwrap().to_string(),
        );
    }
    assert!(seen(&sb, "POST /dom-7a1c/clients/bootstrap/profiles/upload 201") == 3);
    let gateway = profile["gateway"].clone();
    // The format the document did not name comes from its kind.
    let v = sb.cmd().args(["device-profile", "view", &gateway]).run();
    v.ok();
    assert_eq!(v.json()["content_format"], "yaml");

    // create from flags; list, --name; slots.
    let r = sb
        .cmd()
        .args(["-o", "json", "device-profile", "create", "--name", "flags"])
        .args(["--template", "{{ .Vars.x }}", "--format", "go-template"])
        .args([
            "--defaults",
            r#"{"x":"from defaults"}"#,
            "--slot",
            "a:client",
        ])
        .run();
    r.ok();
    let flags = r.json()["id"].as_str().unwrap().to_string();
    let r = sb
        .cmd()
        .args(["-o", "json", "device-profile", "list"])
        .run();
    r.ok();
    assert_eq!(r.json().as_array().unwrap().len(), 4);
    let r = sb
        .cmd()
        .args(["-o", "json", "device-profile", "list", "--name", "GATE"])
        .run();
    r.ok();
    assert_eq!(r.json()[0]["id"], gateway.as_str());
    assert_eq!(r.json().as_array().unwrap().len(), 1);
    let r = sb
        .cmd()
        .args(["-o", "table", "device-profile", "slots", &gateway])
        .run();
    r.ok();
    assert!(r.stdout.contains("data") && r.stdout.contains("channel"));

    // update: the fields given; version goes up; --clear-slots.
    let r = sb
        .cmd()
        .args(["-o", "json", "device-profile", "update", &gateway])
        .args(["--format", "json", "--description", "v2"])
        .run();
    r.ok();
    let p = r.json();
    assert_eq!(
        (&p["version"], &p["description"]),
        (&json!(2), &json!("v2"))
    );
    assert_eq!(p["name"], "gateway");
    let r = sb
        .cmd()
        .args([
            "-o",
            "json",
            "device-profile",
            "update",
            &flags,
            "--clear-slots",
        ])
        .run();
    r.ok();
    assert!(r.json().get("binding_slots").is_none(), "{}", r.stdout);

    // A config using the gateway profile; its bindings; bootstrap renders.
    let cfg = create(
        &sb,
        "gw-1",
        &[
            "--profile-id",
            &gateway,
            "--render-context",
            r#"{"broker":"mqtt://b:1883"}"#,
        ],
    );
    sb.cmd()
        .args(["enrollment", "bind", &cfg, "data=channel:ch-9"])
        .run()
        .code(5); // the first bind must cover every required slot
    sb.cmd()
        .args([
            "enrollment",
            "bind",
            &cfg,
            "data=channel:ch-9",
            "me=client:cl-1",
        ])
        .run()
        .ok();
    sb.cmd()
        .args(["enrollment", "bind", &cfg, "data=channel:ch-missing"])
        .run()
        .code(4);
    sb.cmd()
        .args(["enrollment", "bind", &cfg, "no-equals-sign"])
        .run()
        .code(2);
    let r = sb
        .cmd()
        .args(["-o", "json", "enrollment", "bindings", &cfg])
        .run();
    r.ok();
    let b = r.json();
    assert_eq!(b[0]["slot"], "data");
    assert_eq!(b[0]["snapshot"]["topic"], "tele");
    assert_eq!(b[1]["resource_id"], "cl-1");
    assert!(!r.stdout.contains("cl-secret-9"), "{}", r.stdout);
    sb.cmd().args(["enrollment", "refresh", &cfg]).run().ok();
    assert_eq!(
        seen(
            &sb,
            &format!("POST /dom-7a1c/clients/bootstrap/enrollments/{cfg}/bindings/refresh 204")
        ),
        1
    );

    let expected = json!({
        "broker": "mqtt://b:1883",
        "device": "gw-1",
        "pass": "cl-secret-9",
        "topic": "tele",
        "user": "cl-1"
    });
    let plain = sb.bootstrap("gw-1", "key-gw-1");
    plain.ok();
    let doc = plain.json();
    assert_eq!(doc["id"], cfg.as_str());
    let content: Value = serde_json::from_str(doc["content"].as_str().unwrap()).unwrap();
    assert_eq!(content, expected);
    let save = dir.path().join("device");
    let secure = sb
        .cmd()
        .args(["bootstrap", "secure", "gw-1", "--save-dir"])
        .arg(&save)
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "key-gw-1")
        .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY)
        .run();
    secure.ok();
    assert_eq!(secure.stdout, plain.stdout);
    let saved: Value =
        serde_json::from_slice(&std::fs::read(save.join("config.json")).unwrap()).unwrap();
    assert_eq!(saved, doc);

    // render: a sample device, and a stored config (whose secrets the
    // preview does not have: the template that needs one fails, with a hint).
    let r = sb
        .cmd()
        .args([
            "device-profile",
            "render",
            &gateway,
            "--external-id",
            "sample",
        ])
        .args(["--binding", "data=channel:x", "--snapshot", "data.topic=t1"])
        .args(["--binding", "me=client:c", "--secret", "me.secret=zz"])
        .run();
    r.ok();
    assert_eq!(
        r.json(),
        json!({"broker": "mqtt://localhost", "device": "sample", "pass": "zz", "topic": "t1", "user": "c"})
    );
    let r = sb
        .cmd()
        .args(["device-profile", "render", &gateway, "--config-id", &cfg])
        .run();
    r.code(5);
    assert!(r.stderr.contains("secrets"), "{}", r.stderr);
    let r = sb
        .cmd()
        .args(["-o", "json", "device-profile", "render", &flags])
        .run();
    r.ok();
    assert_eq!(r.json(), json!({"content": "from defaults"}));

    // assign: another profile for a config made without one.
    let other = create(&sb, "gw-2", &["--content", "static"]);
    sb.cmd()
        .args(["enrollment", "assign", &other, &profile["sensor"]])
        .run()
        .ok();
    let r = sb.bootstrap("gw-2", "key-gw-2");
    r.ok();
    assert_eq!(r.json()["content"], format!("id: {other}\n"));

    // remove: the config falls back to its static content.
    sb.cmd()
        .args(["device-profile", "remove", "-y", &profile["sensor"]])
        .run()
        .ok();
    sb.cmd()
        .args(["device-profile", "view", &profile["sensor"]])
        .run()
        .code(4);
    let r = sb.bootstrap("gw-2", "key-gw-2");
    r.ok();
    assert_eq!(r.json()["content"], "static");

    // Re-assigning keeps bindings that may not fit: said at once, not at
    // the device's next bootstrap.
    let r = sb
        .cmd()
        .args([
            "device-profile",
            "create",
            "--name",
            "other",
            "--slot",
            "data:client:required",
        ])
        .args(["--template", "{{ .Bindings.data.ID }}"])
        .run();
    r.ok();
    let other_profile = r.stdout.trim().to_string();
    let r = sb
        .cmd()
        .args(["enrollment", "assign", &cfg, &other_profile])
        .run();
    r.ok();
    assert!(
        r.stderr.contains("slot data is bound to a channel")
            && r.stderr.contains("slot me fits no slot"),
        "{}",
        r.stderr
    );
    sb.bootstrap("gw-1", "key-gw-1").code(5);

    // Invalid local input sends nothing.
    let before = sb.requests().len();
    for args in [
        &["device-profile", "create", "--slot", "x"][..],
        &[
            "device-profile",
            "create",
            "--name",
            "n",
            "--defaults",
            "[]",
        ][..],
        &[
            "device-profile",
            "render",
            &gateway,
            "--snapshot",
            "nodot=1",
        ][..],
        &["device-profile", "upload", "profile.xml"][..],
        &["device-profile", "list", "--limit", "0"][..],
    ] {
        sb.cmd().args(args).run().code(2);
    }
    assert_eq!(sb.requests().len(), before, "{:?}", sb.requests());
}

/// The older generations' commands name what v0.30 does not have, and the
/// v0.30 commands say so against the older ones; nothing is sent.
#[test]
fn each_model_refuses_the_other_models_commands() {
    let sb = Sandbox::start_with("clients", &[]);
    for args in [
        &["device-profile", "list"][..],
        &["enrollment", "bindings", "x"][..],
        &[
            "config",
            "create",
            "--external-id",
            "e",
            "--external-key",
            "k",
            "--profile-id",
            "p",
        ][..],
    ] {
        let r = sb.cmd().args(args).run();
        r.code(2);
        assert!(
            r.stderr.contains("v0.30") || r.stderr.contains("profiles"),
            "{}",
            r.stderr
        );
    }
    assert!(sb.requests().is_empty(), "{:?}", sb.requests());
}

#[test]
fn v030_import_export_carry_profile_render_context_and_status() {
    let sb = v030();
    let dir = tempfile::tempdir().unwrap();
    let profile = site_profile(&sb);
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        format!(
            "{}\n{}\n",
            json!({"external_id": "a", "external_key": "ka", "name": "A", "profile_id": profile, "render_context": {"site": "north"}}),
            json!({"external_id": "b", "external_key": "kb", "content": "c", "status": "disabled"}),
        ),
    )
    .unwrap();
    sb.cmd().args(["config", "import"]).arg(&input).run().ok();
    let all = sb.all_configs_with("?status=all&");
    assert_eq!(all.len(), 2);
    let by = |ext: &str| {
        all.iter()
            .find(|c| c["external_id"] == ext)
            .unwrap()
            .clone()
    };
    assert_eq!(by("a")["profile_id"], profile.as_str());
    assert_eq!(by("a")["render_context"], json!({"site": "north"}));
    assert_eq!(by("b")["status"], "disabled");
    let r = sb.bootstrap("a", "ka");
    r.ok();
    assert_eq!(r.json()["content"], "north");

    // export: every status, the v0.30 fields, a warning about the keys.
    let r = sb.cmd().args(["config", "export", "--status", "all"]).run();
    r.ok();
    assert!(r.stderr.contains("external keys"), "{}", r.stderr);
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let a = lines.iter().find(|c| c["external_id"] == "a").unwrap();
    let b = lines.iter().find(|c| c["external_id"] == "b").unwrap();
    assert_eq!(
        (&a["profile_id"], &a["render_context"], &a["status"]),
        (
            &json!(profile),
            &json!({"site": "north"}),
            &json!("enabled")
        )
    );
    assert_eq!(b["status"], "disabled");

    // Importing the export again (keys added, as the warning says): all there.
    let again = dir.path().join("again.jsonl");
    let with_keys: String = lines
        .iter()
        .map(|l| {
            let mut l = l.clone();
            let ext = l["external_id"].as_str().unwrap().to_string();
            l["external_key"] = json!(format!("k{ext}"));
            format!("{l}\n")
        })
        .collect();
    std::fs::write(&again, with_keys).unwrap();
    let r = sb.cmd().args(["config", "import"]).arg(&again).run();
    r.ok();
    assert!(r.stderr.contains("created 0, skipped 2"), "{}", r.stderr);
}

/// Moving configs between an older generation and v0.30 says what cannot
/// move; state and status are translated.
#[test]
fn moving_between_generations_names_what_does_not_move() {
    let old = Sandbox::start_with("clients", &[]);
    let a = old.seed("m-1", "k1", r#","name":"one""#);
    old.seed("m-2", "k2", "");
    old.cmd().args(["state", "enable", &a]).run().ok();
    let r = old.cmd().args(["config", "export"]).run();
    r.ok();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("old.jsonl");
    std::fs::write(&file, &r.stdout).unwrap();

    let new = v030();
    let r = new.cmd().args(["config", "import"]).arg(&file).run();
    r.ok();
    assert!(
        r.stderr.contains("2 record(s) carried channels") && r.stderr.contains("client ids"),
        "{}",
        r.stderr
    );
    let all = new.all_configs_with("?status=all&");
    let status = |ext: &str| {
        all.iter().find(|c| c["external_id"] == ext).unwrap()["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        (status("m-1"), status("m-2")),
        ("enabled".into(), "disabled".into())
    );

    // And back: v0.30 records into the clients generation.
    let back = dir.path().join("new.jsonl");
    std::fs::write(
        &back,
        format!(
            "{}\n",
            json!({"external_id": "n-1", "external_key": "k", "status": "enabled", "render_context": {"a": 1}, "channels": ["c"]})
        ),
    )
    .unwrap();
    let target = Sandbox::start_with("clients", &[]);
    let r = target.cmd().args(["config", "import"]).arg(&back).run();
    r.ok();
    assert!(r.stderr.contains("render contexts"), "{}", r.stderr);
    let all = target.all_configs();
    assert_eq!(all[0]["state"], 1);
}

/// v0.20 and v0.30 answer with `{"message"}` alone (and bodyless 500s):
/// the same exit codes, the service's words.
#[test]
fn typed_errors_map_to_exit_codes() {
    let sb = Sandbox::start_with("clients-typed", &[]);
    let id = sb.seed("t-1", "k-1", "");
    let r = sb
        .cmd()
        .env("SMQ_TOKEN", "wrong")
        .args(["config", "list"])
        .run();
    r.code(3)
        .error_line("401 Unauthorized: failed to perform authentication over the entity");
    // v0.20 authorizes on the entity: an unknown id is a 403.
    sb.cmd()
        .args(["config", "view", "never-a-client"])
        .run()
        .code(3)
        .error_line("403 Forbidden: failed to perform authorization over the entity");
    sb.cmd()
        .args(["bootstrap", "t-1", "wrong"])
        .run()
        .code(3)
        .error_line("external key");
    sb.cmd()
        .args([
            "config",
            "create",
            "--external-id",
            "t-1",
            "--external-key",
            "k",
            "--channel",
            "c",
        ])
        .run()
        .code(5);
    sb.cmd().args(["config", "view", &id]).run().ok();
    sb.cmd().args(["state", "enable", "nope"]).run().code(4);

    let sb = v030();
    sb.cmd()
        .args(["bootstrap", "nobody", "k"])
        .run()
        .code(4)
        .error_line("entity not found");
    // An unverified user's token: 401 with the service's words.
    let sb = Sandbox::start_with("profiles", &["--unverified-token", "unv:dom-7a1c"]);
    sb.cmd()
        .env("SMQ_TOKEN", "unv")
        .args(["config", "list"])
        .run()
        .code(3)
        .error_line("email not verified");
}

/// `--api auto` tells all five generations apart, and remembers each.
#[test]
fn auto_tells_the_five_generations_apart() {
    for (api, cli) in [
        ("v1", "v1"),
        ("domain", "domain"),
        ("clients", "clients"),
        ("clients-typed", "clients"),
        ("profiles", "profiles"),
    ] {
        let sb = Sandbox::start_with(api, &[]);
        let r = Cmd::new()
            .env("SMQ_BOOTSTRAP_URL", &sb.url)
            .env("SMQ_TOKEN", TOKEN)
            .env("SMQ_DOMAIN_ID", &sb.domain)
            .args(["-v", "-o", "json", "config", "list"])
            .run();
        r.ok();
        assert!(
            r.stderr.contains(&format!("API generation {cli} found")),
            "{api}: {}",
            r.stderr
        );
        // The probes changed nothing.
        assert!(
            sb.requests()
                .iter()
                .all(|l| l.starts_with("GET ") || l.starts_with("HEAD ")),
            "{api}: {:?}",
            sb.requests()
        );
    }
}

/// The README's worked example runs as written.
#[cfg(unix)]
#[test]
fn the_readme_profiles_example_renders() {
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/profiles-example.sh");
    let out = std::process::Command::new("sh")
        .arg(&script)
        .env("BIN", crate::harness::bin())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_str(&stdout[stdout.find("\n{").unwrap()..]).unwrap();
    let content: Value = serde_json::from_str(doc["content"].as_str().unwrap()).unwrap();
    assert_eq!(
        content,
        json!({
            "broker": "mqtts://site1.example.com:8883",
            "device": "aa:bb:cc:dd:ee:01",
            "password": "client-secret",
            "topic": "site1.telemetry",
            "username": "gw-client"
        })
    );
}

/// `config apply` and `--plan` in v0.30: profile, render context and status
/// converge; a second run writes nothing; --prune removes what the file does
/// not name, a disabled config (which v0.30 lists only when asked) included.
#[test]
fn v030_apply_and_plan_converge_on_profiles_and_status() {
    let sb = v030();
    let dir = tempfile::tempdir().unwrap();
    let profile = site_profile(&sb);
    create(&sb, "a", &["--name", "A"]);
    let stray = create(&sb, "stray", &["--status", "disabled"]);
    let file = dir.path().join("fleet.jsonl");
    std::fs::write(
        &file,
        format!(
            "{}\n{}\n",
            json!({"external_id": "a", "external_key": "key-a", "name": "A", "profile_id": profile, "render_context": {"site": "south"}, "status": "disabled"}),
            json!({"external_id": "b", "external_key": "kb", "content": "c"}),
        ),
    )
    .unwrap();
    let r = sb
        .cmd()
        .args(["config", "apply", "--plan", "--prune", "-o", "json"])
        .arg(&file)
        .run();
    r.ok();
    let rows = r.json();
    let action = |ext: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["external_id"] == ext)
            .unwrap()
            .clone()
    };
    assert_eq!(action("a")["action"], "update");
    assert_eq!(
        action("a")["changes"],
        json!(["profile_id", "render_context", "status"])
    );
    assert_eq!(action("b")["action"], "create");
    assert_eq!(action("stray")["action"], "remove");
    assert_eq!(action("stray")["id"], stray);
    let writes = |from: usize| {
        sb.requests()[from..]
            .iter()
            .filter(|l| !l.starts_with("GET "))
            .count()
    };
    let apply = || {
        sb.cmd()
            .args(["config", "apply", "--prune", "-y"])
            .arg(&file)
            .run()
    };
    let before = sb.requests().len();
    apply().ok();
    let all = sb.all_configs_with("?status=all&");
    assert_eq!(all.len(), 2, "{all:?}");
    let a = all.iter().find(|c| c["external_id"] == "a").unwrap();
    assert_eq!(
        (&a["profile_id"], &a["render_context"], &a["status"]),
        (
            &json!(profile),
            &json!({"site": "south"}),
            &json!("disabled")
        )
    );
    assert!(writes(before) > 0);
    let before = sb.requests().len();
    apply().ok();
    assert_eq!(writes(before), 0, "{:?}", &sb.requests()[before..]);
}

/// v0.30's changes print their results with -o json, and a page of device
/// profiles says what it left out.
#[test]
fn v030_changes_print_results_and_pages_say_what_is_left() {
    let sb = v030();
    let mut ids = Vec::new();
    for name in ["p1", "p2", "p3"] {
        let r = sb
            .cmd()
            .args(["device-profile", "create", "--name", name])
            .args(["--template", "{}", "--format", "go-template"])
            .run();
        r.ok();
        ids.push(r.stdout.trim().to_string());
    }
    let r = sb
        .cmd()
        .args(["device-profile", "list", "--limit", "2", "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json().as_array().unwrap().len(), 2);
    assert!(
        r.stderr.contains("1 more device profile(s) after these 2"),
        "{}",
        r.stderr
    );
    let config = create(&sb, "dev-p", &[]);
    let r = sb
        .cmd()
        .args(["enrollment", "assign", &config, &ids[0], "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json()["profile_id"], ids[0].as_str());
    let r = sb
        .cmd()
        .args(["device-profile", "remove", "-y", &ids[2], "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json(), json!({"id": ids[2], "outcome": "removed"}));
}
