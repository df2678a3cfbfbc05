//! What operators reach for: `--jq`, `--columns`, lists that say what they
//! left out, results and errors as data, `config view --external-id`,
//! `config list --sort`. Each through the real binary against the sandbox.

use serde_json::{Value, json};

use crate::harness::{Cmd, Sandbox};

/// Seeds `n` configs named `name-{i}` with external ids `dev-{i}`.
fn seeded(api: &'static str, n: usize) -> Sandbox {
    let sb = Sandbox::start_with(api, &[]);
    for i in 0..n {
        sb.seed(
            &format!("dev-{i}"),
            &format!("key-{i}"),
            &format!(r#","name":"name-{}""#, n - i),
        );
    }
    sb
}

fn jq_shapes_every_json_output(api: &'static str) {
    let sb = seeded(api, 3);
    let id = sb.id_field();
    // A string result prints plain; the filter sees the array -o json prints.
    let r = sb
        .cmd()
        .args(["config", "list", "--jq", ".[].external_id"])
        .run();
    r.ok();
    let mut ids: Vec<&str> = r.stdout.lines().collect();
    ids.sort();
    assert_eq!(ids, ["dev-0", "dev-1", "dev-2"]);
    // Other values print as JSON, one document a line when piped.
    let r = sb
        .cmd()
        .args([
            "config",
            "list",
            "--jq",
            "map({external_id}) | length, .[0]",
        ])
        .run();
    r.ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], "3");
    let first: Value = serde_json::from_str(lines[1]).unwrap();
    assert!(first["external_id"].as_str().unwrap().starts_with("dev-"));
    // With -o jsonl, each line is filtered.
    let r = sb
        .cmd()
        .args(["config", "list", "-o", "jsonl", "--jq", ".external_key"])
        .run();
    r.ok();
    assert_eq!(
        r.stdout, "********\n********\n********\n",
        "secrets stay masked"
    );
    // An object from `view`, and a created config's id.
    let view_id = sb.seed("dev-x", "key-x", "");
    let r = sb
        .cmd()
        .args(["config", "view", &view_id, "--jq", ".external_id"])
        .run();
    r.ok();
    assert_eq!(r.stdout, "dev-x\n");
    let mut create = sb.cmd();
    create.args([
        "config",
        "create",
        "--external-id",
        "dev-new",
        "--external-key",
        "k",
        "--jq",
        &format!(".{id}"),
    ]);
    if api != "profiles" {
        create.args(["--channel", "ch-1"]);
    }
    let r = create.run();
    r.ok();
    let created = r.stdout.trim();
    assert!(sb.all_configs().iter().any(|c| c[id] == json!(created)));
    // Export: each record.
    let r = sb
        .cmd()
        .args([
            "config",
            "export",
            "--jq",
            "select(.external_id == \"dev-1\") | .name",
        ])
        .run();
    r.ok();
    assert_eq!(r.stdout, "name-2\n");
}

in_every_generation!(jq_shapes_every_json_output);

#[test]
fn a_bad_filter_is_refused_before_any_request() {
    let sb = seeded("v1", 1);
    let before = sb.requests().len();
    for (args, needle) in [
        (
            vec!["--jq", ".[ | x"],
            "expected a closing bracket at the end",
        ),
        (vec!["--jq", "nosuch(1)"], "undefined filter nosuch/1"),
        (vec!["--jq", ".", "-o", "table"], "--jq filters JSON"),
        (vec!["--jq", ".", "--columns", "name"], "do not go together"),
        (vec!["--columns", "name", "-o", "json"], "not JSON's"),
        (vec!["--columns", "nosuch"], "no column \"nosuch\""),
        (vec!["--sort", "nosuch"], "no field \"nosuch\""),
        (vec!["--reverse"], "--sort"),
    ] {
        let r = sb.cmd().args(["config", "list"]).args(&args).run();
        r.code(2);
        assert!(r.stderr.contains(needle), "{args:?}: {}", r.stderr);
    }
    assert_eq!(sb.requests().len(), before, "nothing was sent");
    // A filter that fails while running is exit 1, its message on stderr.
    let r = sb
        .cmd()
        .args(["config", "list", "--jq", ".[0].external_id | tonumber"])
        .run();
    r.code(1);
    assert!(r.stderr.contains("--jq"), "{}", r.stderr);
}

#[test]
fn columns_choose_what_tables_and_csv_show() {
    let sb = seeded("v1", 3);
    let r = sb
        .cmd()
        .args([
            "config",
            "list",
            "-o",
            "csv",
            "--columns",
            "external_id,name,state",
        ])
        .run();
    r.ok();
    let mut lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.remove(0), "external_id,name,state");
    lines.sort();
    assert_eq!(
        lines,
        ["dev-0,name-3,0", "dev-1,name-2,0", "dev-2,name-1,0"]
    );
    // A table is implied: titles in capitals, the state by name.
    let r = sb
        .cmd()
        .args(["config", "list", "--columns", "name,state"])
        .run();
    r.ok();
    let header = r.stdout.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["NAME", "STATE"]
    );
    assert!(r.stdout.contains("disabled"), "{}", r.stdout);
    assert!(!r.stdout.contains("dev-"), "only the columns asked for");
    // An object's table: the rows asked for, in that order.
    let id = sb.all_configs()[0]["thing_id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = sb
        .cmd()
        .args(["config", "view", &id, "--columns", "state,external_id"])
        .run();
    r.ok();
    let keys: Vec<&str> = r
        .stdout
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(keys, ["state", "external_id"]);
    // An export's CSV.
    let r = sb
        .cmd()
        .args(["config", "export", "--columns", "external_id,channels"])
        .run();
    r.ok();
    let mut lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.remove(0), "external_id,channels");
    assert!(lines.contains(&"dev-0,ch-1;ch-2"), "{lines:?}");
}

#[test]
fn machine_formats_say_what_a_page_left_out() {
    let sb = seeded("v1", 12);
    for format in ["json", "jsonl", "csv"] {
        let r = sb.cmd().args(["config", "list", "-o", format]).run();
        r.ok();
        assert!(
            r.stderr
                .contains("2 more config(s) after these 10: --all fetches every page, --offset 10"),
            "{format}: {}",
            r.stderr
        );
    }
    let r = sb
        .cmd()
        .args(["config", "list", "--all", "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json().as_array().unwrap().len(), 12);
    assert!(!r.stderr.contains("more"), "{}", r.stderr);
    let r = sb
        .cmd()
        .args(["config", "list", "--offset", "10", "-o", "jsonl"])
        .run();
    r.ok();
    assert_eq!(r.stdout.lines().count(), 2);
    assert!(!r.stderr.contains("more"), "the last page: {}", r.stderr);
}

fn changes_print_their_results_as_data(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let id_field = sb.id_field();
    let r = sb
        .cmd()
        .args([
            "config",
            "create",
            "-o",
            "json",
            "--external-id",
            "dev-a",
            "--external-key",
            "key-a",
            "--channel",
            "ch-1",
            "--name",
            "a",
        ])
        .run();
    r.ok();
    let created = r.json();
    let id = created[id_field].as_str().unwrap().to_string();
    assert_eq!(created["external_id"], "dev-a");
    let r = sb
        .cmd()
        .args(["config", "update", &id, "--name", "renamed", "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json()["name"], "renamed");
    assert_eq!(r.json()["external_key"], "********");
    let r = sb.cmd().args(["state", "enable", &id, "-o", "json"]).run();
    r.ok();
    assert_eq!(r.json()["state"], 1);
    assert_eq!(r.json()[id_field], id);
    let other = sb.seed("dev-b", "key-b", "");
    let r = sb
        .cmd()
        .args(["state", "disable", &id, &other, "-o", "json"])
        .run();
    r.ok();
    let both = r.json();
    assert_eq!(both.as_array().unwrap().len(), 2);
    assert!(both.as_array().unwrap().iter().all(|c| c["state"] == 0));
    let r = sb
        .cmd()
        .args(["config", "connections", &id, "ch-1", "ch-2", "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json()["channels"].as_array().unwrap().len(), 2);
    let r = sb
        .cmd()
        .args(["config", "certs", &id, "--ca-cert", "CA", "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json()["ca_cert"], "CA");
    let r = sb
        .cmd()
        .args(["config", "remove", "-y", &id, "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json(), json!({ id_field: id, "outcome": "removed" }));
    // A bulk command: a summary object.
    let r = sb
        .cmd()
        .args(["config", "import", "-o", "json"])
        .stdin(
            r#"{"external_id":"dev-c","external_key":"k","channels":["ch-1"]}
{"external_id":"dev-b","external_key":"key-b","channels":["ch-1","ch-2"]}
"#,
        )
        .run();
    r.ok();
    let s = r.json();
    assert_eq!(
        (&s["command"], &s["created"], &s["skipped"], &s["failed"]),
        (&json!("import"), &json!(1), &json!(1), &json!(0))
    );
}

in_every_generation!(changes_print_their_results_as_data);

#[test]
fn errors_are_one_json_object_when_json_is_asked_for() {
    let sb = seeded("v1", 1);
    let r = sb
        .cmd()
        .args(["config", "view", "no-such-id", "-o", "json"])
        .run();
    let code = r.code;
    assert!(code == 3 || code == 4, "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one object: {}", r.stderr);
    let e: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(e["exit"], code);
    assert!(e["status"].as_u64().is_some());
    assert!(e["error"].as_str().unwrap().len() > 3);
    assert!(e.get("hint").is_some());
    // A local error: no status, exit 2; the same under --jq.
    let r = sb
        .cmd()
        .env_remove("SMQ_TOKEN")
        .args(["config", "list", "--jq", "."])
        .run();
    r.code(2);
    let e: Value = serde_json::from_str(r.stderr.trim()).unwrap();
    assert_eq!(
        (&e["exit"], &e["status"], &e["error"]),
        (&json!(2), &Value::Null, &json!("no user token"))
    );
    assert!(e["hint"].as_str().unwrap().contains("SMQ_TOKEN"));
    // A command line that does not parse: the same object.
    for args in [
        vec!["config", "list", "--bogus", "-o", "json"],
        vec!["--output=jsonl", "config", "view"],
        vec!["config", "list", "--jq", ".", "--limit", "x"],
    ] {
        let r = sb.cmd().args(&args).run();
        r.code(2);
        let e: Value = serde_json::from_str(r.stderr.trim())
            .unwrap_or_else(|_| panic!("{args:?}: {}", r.stderr));
        assert_eq!((&e["exit"], &e["status"]), (&json!(2), &Value::Null));
        assert!(!e["error"].as_str().unwrap().is_empty());
    }
    // Without -o json: the text error, as before.
    let r = sb.cmd().args(["config", "view", "no-such-id"]).run();
    assert!(
        r.stderr.starts_with("smq-bootstrap: error:"),
        "{}",
        r.stderr
    );
}

#[test]
fn view_by_external_id_and_sorted_lists() {
    let sb = seeded("v1", 4);
    let r = sb
        .cmd()
        .args(["config", "view", "--external-id", "dev-2", "-o", "json"])
        .run();
    r.ok();
    assert_eq!(r.json()["external_id"], "dev-2");
    assert_eq!(r.json()["channels"].as_array().unwrap().len(), 2);
    let r = sb
        .cmd()
        .args(["config", "view", "--external-id", "nobody"])
        .run();
    r.code(4)
        .error_line("no config with external id \"nobody\"");
    let r = sb
        .cmd()
        .args(["config", "view", "some-id", "--external-id", "dev-2"])
        .run();
    r.code(2);
    let names = |args: &[&str]| -> Vec<String> {
        let r = sb
            .cmd()
            .args(["config", "list", "--jq", ".[].name"])
            .args(args)
            .run();
        r.ok();
        r.stdout.lines().map(str::to_string).collect()
    };
    assert_eq!(
        names(&["--sort", "name"]),
        ["name-1", "name-2", "name-3", "name-4"]
    );
    assert_eq!(
        names(&["--sort", "name", "--reverse"]),
        ["name-4", "name-3", "name-2", "name-1"]
    );
}

/// Writes `lines` to a file in a fresh directory (kept alive by the guard).
fn file_of(lines: &[String]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("configs.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    (dir, path)
}

fn writes(sb: &Sandbox, from: usize) -> Vec<String> {
    sb.requests()[from..]
        .iter()
        .filter(|l| !l.starts_with("GET "))
        .cloned()
        .collect()
}

#[test]
fn check_validates_every_record_and_sends_nothing() {
    let sb = Sandbox::start();
    let (_d, path) = file_of(&[
        r#"{"external_id":"a","external_key":"k","channels":["c"]}"#.into(),
        r#"{"external_id":"b","external_key":"k"}"#.into(),
        r#"{"external_id":"a","external_key":"k","channels":["c"]}"#.into(),
        r#"{"external_id":"c","external_key":"k","channels":["c"],"state":7}"#.into(),
        r#"{"external_id":"d","external_key":"k","channels":["c"],"nmae":"typo"}"#.into(),
        "not json".into(),
    ]);
    let r = sb
        .cmd()
        .args(["config", "import", "--check", "-o", "json"])
        .arg(&path)
        .run();
    r.code(2);
    let rows = r.json();
    let lines: Vec<u64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [2, 3, 4, 5, 6], "{}", r.stdout);
    assert!(rows[1]["error"].as_str().unwrap().contains("line 1 too"));
    assert!(
        rows[2]["error"]
            .as_str()
            .unwrap()
            .contains("state must be 0 or 1")
    );
    assert!(
        r.stderr
            .contains("5 of 6 record(s) invalid by the v1 API's rules")
    );
    assert!(
        sb.requests().is_empty(),
        "nothing sent: {:?}",
        sb.requests()
    );
    // Without a generation given or remembered: the rules they all share.
    let (_d, good) = file_of(&[r#"{"external_id":"a","external_key":"k"}"#.into()]);
    let r = sb
        .cmd()
        .env_remove("SMQ_API")
        .args(["config", "import", "--check"])
        .arg(&good)
        .run();
    r.ok();
    assert!(
        r.stderr.contains("the rules of every generation"),
        "{}",
        r.stderr
    );
    assert!(sb.requests().is_empty(), "no probe either");
}

fn plan_shows_each_record_and_changes_nothing(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let same = sb.seed("same", "k1", r#","name":"s""#);
    let other = sb.seed("other", "k2", r#","name":"before""#);
    let (_d, path) = file_of(&[
        r#"{"external_id":"same","external_key":"k1","name":"s","channels":["ch-2","ch-1"]}"#.into(),
        r#"{"external_id":"other","external_key":"k2","name":"after","channels":["ch-1"],"state":1}"#
            .into(),
        r#"{"external_id":"new","external_key":"k3","channels":["ch-1"]}"#.into(),
        r#"{"external_id":"bad","external_key":"k4","channels":"ch-1"}"#.into(),
    ]);
    let before = sb.requests().len();
    let plan = |extra: &[&str]| {
        let r = sb
            .cmd()
            .args(["config", "import", "--plan", "-o", "json"])
            .args(extra)
            .arg(&path)
            .run();
        (r.code, r.json())
    };
    let (code, rows) = plan(&[]);
    assert_eq!(code, 5, "a conflict and an invalid record would fail");
    let actions: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["unchanged", "conflict", "create", "invalid"]);
    assert_eq!(rows[0]["id"], same);
    let (_, rows) = plan(&["--on-conflict", "update"]);
    assert_eq!(rows[1]["action"], "update");
    assert_eq!(rows[1]["id"], other);
    assert_eq!(rows[1]["changes"], json!(["name", "channels", "state"]));
    let (_, rows) = plan(&["--on-conflict", "skip"]);
    assert_eq!(rows[1]["action"], "skip");
    assert!(writes(&sb, before).is_empty(), "{:?}", writes(&sb, before));
    assert_eq!(sb.all_configs().len(), 2);
}

in_every_generation!(plan_shows_each_record_and_changes_nothing);

fn apply_converges_and_runs_again_without_a_change(api: &'static str) {
    let sb = Sandbox::start_with(api, &[]);
    let id_field = sb.id_field();
    sb.seed("keep", "k1", r#","name":"old""#);
    let stray = sb.seed("stray", "k9", "");
    let (_d, path) = file_of(&[
        r#"{"external_id":"keep","external_key":"k1","name":"new","content":"c","channels":["ch-1"],"state":1}"#.into(),
        r#"{"external_id":"add","external_key":"k2","name":"added","channels":["ch-1","ch-2"]}"#.into(),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.jsonl");
    let r = sb
        .cmd()
        .args(["config", "apply", "-o", "json", "--report"])
        .arg(&report)
        .arg(&path)
        .run();
    r.ok();
    assert_eq!(
        (&r.json()["created"], &r.json()["updated"]),
        (&json!(1), &json!(1))
    );
    let configs = sb.all_configs();
    let keep = configs.iter().find(|c| c["external_id"] == "keep").unwrap();
    assert_eq!((&keep["name"], &keep["state"]), (&json!("new"), &json!(1)));
    assert!(configs.iter().any(|c| c["external_id"] == "add"));
    assert!(std::fs::read_to_string(&report).unwrap().lines().count() == 2);
    // Again: nothing to do, nothing written.
    let before = sb.requests().len();
    let r = sb.cmd().args(["config", "apply"]).arg(&path).run();
    r.ok();
    assert!(
        r.stderr.contains("created 0, skipped 2, updated 0"),
        "{}",
        r.stderr
    );
    assert!(writes(&sb, before).is_empty(), "{:?}", writes(&sb, before));
    // --prune: refused without a yes when nobody can answer; nothing sent.
    let before = sb.requests().len();
    let r = sb
        .cmd()
        .args(["config", "apply", "--prune"])
        .arg(&path)
        .run();
    r.code(2).error_line("--prune without --yes");
    assert_eq!(sb.requests().len(), before);
    // Its plan names the stray config; --yes removes it.
    let r = sb
        .cmd()
        .args(["config", "apply", "--plan", "--prune", "-o", "json"])
        .arg(&path)
        .run();
    r.ok();
    let rows = r.json();
    let removals: Vec<&Value> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["action"] == "remove")
        .collect();
    assert_eq!(removals.len(), 1);
    assert_eq!(removals[0]["id"], stray);
    let r = sb
        .cmd()
        .args(["config", "apply", "--prune", "-y"])
        .arg(&path)
        .run();
    r.ok();
    let left: Vec<Value> = sb
        .all_configs()
        .iter()
        .map(|c| c["external_id"].clone())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(!left.contains(&json!("stray")));
    // A record that fails: nothing is pruned.
    sb.seed("stray-2", "k8", "");
    let (_d2, broken) = file_of(&[
        r#"{"external_id":"keep","external_key":"other-key","channels":["ch-1"]}"#.into(),
        r#"{"external_id":"add","external_key":"k2","name":"added","channels":["ch-1","ch-2"]}"#
            .into(),
    ]);
    let r = sb
        .cmd()
        .args(["config", "apply", "--prune", "-y"])
        .arg(&broken)
        .run();
    r.code(5);
    assert!(r.stderr.contains("nothing was pruned"), "{}", r.stderr);
    assert!(
        sb.all_configs()
            .iter()
            .any(|c| c["external_id"] == "stray-2" && c[id_field].is_string())
    );
}

in_every_generation!(apply_converges_and_runs_again_without_a_change);

const SUBCOMMANDS: &[&str] = &[
    "",
    "config",
    "config create",
    "config list",
    "config view",
    "config update",
    "config certs",
    "config connections",
    "config remove",
    "config import",
    "config export",
    "config apply",
    "state enable",
    "state disable",
    "bootstrap",
    "bootstrap secure",
    "crypto encrypt",
    "crypto decrypt",
    "health",
    "profile set",
    "profile use",
    "profile list",
    "login",
    "logout",
    "doctor",
    "device-profile create",
    "device-profile upload",
    "device-profile list",
    "device-profile render",
    "enrollment bind",
    "completions",
    "sandbox",
];

#[test]
fn short_help_fits_a_screen_and_points_at_the_global_options() {
    for sub in SUBCOMMANDS {
        let words: Vec<&str> = sub.split_whitespace().collect();
        let r = Cmd::new().args(&words).arg("-h").run();
        r.ok();
        let lines = r.stdout.lines().count();
        assert!(lines <= 45, "`{sub} -h` is {lines} lines:\n{}", r.stdout);
        assert!(
            r.stdout.contains("Global options (--url, --token-file"),
            "`{sub} -h` points at the global options:\n{}",
            r.stdout
        );
        assert!(
            !r.stdout.contains("--token <TOKEN>") && !r.stdout.contains("--insecure"),
            "`{sub} -h` leaves the global options out:\n{}",
            r.stdout
        );
        // The usage line never makes the token look required.
        let usage: String = r
            .stdout
            .lines()
            .skip_while(|l| !l.starts_with("Usage:"))
            .take_while(|l| !l.is_empty())
            .collect();
        assert!(!usage.contains("--token"), "`{sub}` usage: {usage}");
        let long = Cmd::new().args(&words).arg("--help").run();
        long.ok();
        assert!(
            long.stdout.contains("--token-file <FILE>") && long.stdout.contains("Exit status:"),
            "`{sub} --help` keeps everything"
        );
    }
}

/// Runs the completion protocol the fish script speaks: the candidates for
/// the last word of `line`, with their help after a tab.
fn complete(env: &[(&str, &std::path::Path)], line: &[&str]) -> Vec<String> {
    let mut c = Cmd::new();
    for (k, v) in env {
        c.env(k, v);
    }
    let r = c
        .env("SMQ_BOOTSTRAP_COMPLETE", "fish")
        .arg("--")
        .arg("smq-bootstrap")
        .args(line)
        .run();
    r.ok();
    r.stdout.lines().map(str::to_string).collect()
}

#[test]
fn completion_knows_profiles_generations_and_listed_ids() {
    let sb = seeded("v1", 3);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("profiles.toml");
    let cache = dir.path().join("cache").join("detected.toml");
    let env = [
        ("SMQ_BOOTSTRAP_CONFIG", config.as_path()),
        ("SMQ_BOOTSTRAP_CACHE", cache.as_path()),
    ];
    let run = |args: &[&str]| {
        let mut c = sb.cmd();
        for (k, v) in &env {
            c.env(k, v);
        }
        c.args(args).run()
    };
    run(&["profile", "set", "staging", "url", &sb.url]).ok();
    run(&[
        "profile",
        "set",
        "prod",
        "url",
        "https://bootstrap.example.com",
    ])
    .ok();
    // Profiles, for --profile and the profile commands.
    assert_eq!(
        complete(&env, &["--profile", ""]),
        ["prod", "staging"],
        "profile names"
    );
    assert_eq!(complete(&env, &["profile", "use", "st"]), ["staging"]);
    // Generations.
    assert_eq!(
        complete(&env, &["--api", ""]),
        ["auto", "v1", "domain", "clients", "profiles"]
    );
    // Ids: none before a list, those of the last list after one.
    assert!(complete(&env, &["config", "view", "d"]).is_empty());
    run(&["config", "list"]).ok();
    let ids: Vec<String> = sb
        .all_configs()
        .iter()
        .map(|c| c["thing_id"].as_str().unwrap().to_string())
        .collect();
    let got = complete(&env, &["state", "enable", &ids[0][..8]]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with(&format!("{}\tdev-", ids[0])), "{got:?}");
    let mut exts = complete(&env, &["bootstrap", "dev-"]);
    exts.sort();
    assert_eq!(exts, ["dev-0\tname-3", "dev-1\tname-2", "dev-2\tname-1"]);
    assert_eq!(
        complete(&env, &["config", "view", "--external-id", "dev-1"]),
        ["dev-1\tname-2"]
    );
    // The registration scripts are what `completions` prints, and call back.
    let r = Cmd::new().args(["completions", "bash"]).run();
    r.ok();
    assert!(
        r.stdout.contains("SMQ_BOOTSTRAP_COMPLETE=\"bash\""),
        "{}",
        r.stdout
    );
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/smq-bootstrap.bash"),
    )
    .unwrap();
    assert_eq!(r.stdout, shipped);
    // Bash itself, through the shipped script and the binary on the PATH.
    let dir_of_bin = std::path::Path::new(crate::harness::bin())
        .parent()
        .unwrap();
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/smq-bootstrap.bash");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source {}; COMP_WORDS=(smq-bootstrap --profile st); COMP_CWORD=2; COMP_TYPE=9; \
             _clap_complete_smq_bootstrap smq-bootstrap st --profile; echo \"${{COMPREPLY[@]}}\"",
            script.display()
        ))
        .env(
            "PATH",
            format!(
                "{}:{}",
                dir_of_bin.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("SMQ_BOOTSTRAP_CONFIG", &config)
        .output();
    match out {
        Ok(o) => assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "staging"),
        Err(e) if std::env::var_os("CI").is_some() => panic!("bash is required under CI: {e}"),
        Err(e) => eprintln!("skipped: the bash completion check needs bash ({e})"),
    }
}

#[test]
fn profile_use_chooses_the_profile_when_none_is_named() {
    let sb = seeded("v1", 2);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("profiles.toml");
    let run = |args: &[&str]| {
        let mut c = crate::harness::Cmd::new();
        c.env("SMQ_BOOTSTRAP_CONFIG", &config).args(args).run()
    };
    let token = dir.path().join("token");
    std::fs::write(&token, format!("{}\n", crate::harness::TOKEN)).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&token, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    run(&["profile", "set", "lab", "url", &sb.url]).ok();
    run(&[
        "profile",
        "set",
        "lab",
        "token_file",
        token.to_str().unwrap(),
    ])
    .ok();
    run(&["profile", "set", "lab", "api", "v1"]).ok();
    // Not in use yet: the default settings point elsewhere.
    let r = run(&["config", "list", "--jq", "length"]);
    assert_ne!(r.code, 0, "no profile in use: {}", r.stdout);
    run(&["profile", "use", "nosuch"])
        .code(2)
        .error_line("no profile named 'nosuch'");
    run(&["profile", "use", "lab"]).ok();
    let r = run(&["config", "list", "--jq", "length"]);
    r.ok();
    assert_eq!(r.stdout, "2\n");
    let r = run(&["profile", "list", "-o", "table"]);
    assert!(r.stdout.contains("* lab"), "{}", r.stdout);
    // Removing it: `default` is used again.
    run(&["profile", "remove", "lab"]).ok();
    let r = run(&["profile", "list", "-o", "json"]);
    assert_eq!(r.json(), json!([]));
    assert!(
        !std::fs::read_to_string(&config)
            .unwrap()
            .contains("current")
    );
}

#[test]
fn a_dry_run_apply_reads_what_it_plans_from_and_prints_the_writes() {
    let sb = Sandbox::start();
    let keep = sb.seed("keep", "k1", r#","name":"old""#);
    let stray = sb.seed("stray", "k9", "");
    let (_d, path) = file_of(&[
        r#"{"external_id":"keep","external_key":"k1","name":"new","channels":["ch-1","ch-2"]}"#
            .into(),
        r#"{"external_id":"add","external_key":"k2","channels":["ch-1"],"state":1}"#.into(),
    ]);
    let before = sb.requests().len();
    let r = sb
        .cmd()
        .args(["config", "apply", "--prune", "--dry-run"])
        .arg(&path)
        .run();
    r.ok();
    let writes_printed: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with("curl -X"))
        .collect();
    assert_eq!(writes_printed.len(), 3, "{}", r.stdout);
    let printed = |method: &str, has: &str| {
        writes_printed
            .iter()
            .any(|l| l.contains(&format!("-X {method} ")) && l.contains(has))
    };
    assert!(printed("PUT", &keep) && r.stdout.contains(r#""name":"new""#));
    assert!(printed("POST", r#""external_id":"add""#));
    assert!(printed("DELETE", &stray));
    assert!(
        r.stderr.contains("# read to plan the change"),
        "{}",
        r.stderr
    );
    assert!(writes(&sb, before).is_empty(), "{:?}", writes(&sb, before));
    assert_eq!(sb.all_configs().len(), 2);
}

#[test]
fn a_profile_that_chooses_json_gets_json_errors() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("profiles.toml");
    let run = |args: &[&str]| {
        sb.cmd()
            .env("SMQ_BOOTSTRAP_CONFIG", &config)
            .args(args)
            .run()
    };
    run(&["profile", "set", "ci", "output", "json"]).ok();
    let r = run(&["--profile", "ci", "config", "view", "no-such-id"]);
    assert_ne!(r.code, 0);
    let e: Value = serde_json::from_str(r.stderr.trim()).unwrap_or_else(|_| panic!("{}", r.stderr));
    assert_eq!(e["exit"], r.code);
}
