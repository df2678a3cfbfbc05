//! Bulk import, export and id lists: nothing lost or duplicated, even when
//! the service fails midway, and resumable.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::{CRYPTO_KEY, Sandbox};

fn jsonl(n: usize, prefix: &str) -> String {
    (0..n)
        .map(|i| {
            json!({"external_id": format!("{prefix}-{i:05}"), "external_key": format!("key-{i}"), "channels": ["c1", "c2"], "name": format!("{prefix}-name-{i}"), "state": i % 2})
                .to_string()
                + "\n"
        })
        .collect()
}

fn report(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// External ids in the sandbox, each with how often it is there.
fn external_ids(sb: &Sandbox) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for c in sb.all_configs() {
        *m.entry(c["external_id"].as_str().unwrap().to_string())
            .or_insert(0) += 1;
    }
    m
}

#[test]
fn import_5000_through_faults_loses_and_duplicates_nothing() {
    let sb = Sandbox::start_with(
        "v1",
        &["--fail-rate", "0.2", "--drop-rate", "0.05", "--seed", "42"],
    );
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, jsonl(5000, "dev")).unwrap();
    let rep = dir.path().join("report.jsonl");
    let r = sb
        .cmd()
        .args([
            "--retries",
            "15",
            "config",
            "import",
            "--concurrency",
            "32",
            "--report",
        ])
        .arg(&rep)
        .arg(&input)
        .run();
    r.ok();
    assert!(
        r.stderr
            .contains("created 5000, skipped 0, updated 0, failed 0"),
        "{}",
        r.stderr
    );
    // The faults really happened.
    let log = sb.requests();
    assert!(
        log.iter().filter(|l| l.ends_with(" 503")).count() > 500,
        "503s injected"
    );
    assert!(
        log.iter().filter(|l| l.ends_with(" dropped")).count() > 100,
        "replies dropped"
    );
    // From the sandbox's own list: exactly those 5000, none twice.
    let have = external_ids(&sb);
    assert_eq!(have.len(), 5000);
    assert!(have.values().all(|n| *n == 1));
    let want: HashSet<String> = (0..5000).map(|i| format!("dev-{i:05}")).collect();
    assert_eq!(have.keys().cloned().collect::<HashSet<_>>(), want);
    // The report says so: one line per record, all created, with the thing id.
    let lines = report(&rep);
    assert_eq!(lines.len(), 5000);
    let ids: HashSet<&str> = lines
        .iter()
        .map(|l| l["external_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 5000);
    assert!(lines.iter().all(
        |l| l["outcome"] == "created" && l["thing_id"].as_str().is_some_and(|t| !t.is_empty())
    ));
    // The state column was applied.
    let enabled = sb.all_configs().iter().filter(|c| c["state"] == 1).count();
    assert_eq!(enabled, 2500);
}

#[test]
fn failures_are_reported_and_resume_completes_the_job() {
    let sb = Sandbox::start_with("v1", &["--fail-rate", "0.5", "--seed", "3"]);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let mut text = jsonl(300, "r");
    text.push_str("{not json}\n");
    text.push_str("{\"external_id\":\"no-key\",\"channels\":[\"c\"]}\n");
    std::fs::write(&input, &text).unwrap();
    let rep1 = dir.path().join("r1.jsonl");
    let r = sb
        .cmd()
        .args(["--retries", "0", "config", "import", "--report"])
        .arg(&rep1)
        .arg(&input)
        .run();
    // The first failure's code: a 503 (6) or the broken record (5), whichever came first.
    assert!(r.code == 5 || r.code == 6, "{}", r.stderr);
    let first = report(&rep1);
    assert_eq!(first.len(), 302);
    let failed: Vec<&Value> = first.iter().filter(|l| l["outcome"] == "failed").collect();
    assert!(
        failed.len() > 50,
        "with no retries, many fail: {}",
        failed.len()
    );
    let bad_json = first.iter().find(|l| l["line"] == 301).unwrap();
    assert!(bad_json["error"].as_str().unwrap().contains("invalid JSON"));
    let no_key = first.iter().find(|l| l["line"] == 302).unwrap();
    assert!(
        no_key["error"]
            .as_str()
            .unwrap()
            .contains("missing external key")
    );
    // Resume: only what did not succeed is sent; the new report is complete. (At a
    // 50% fail rate, 25 retries leave a request failing every try at 0.5^26.)
    let rep2 = dir.path().join("r2.jsonl");
    let r = sb
        .cmd()
        .args(["--retries", "25", "config", "import", "--resume"])
        .arg(&rep1)
        .arg("--report")
        .arg(&rep2)
        .arg(&input)
        .run();
    assert_eq!(r.code, 5, "the two broken records still fail: {}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("already done {}", 300 - (failed.len() - 2))),
        "{}",
        r.stderr
    );
    let second = report(&rep2);
    let ok: HashSet<&str> = second
        .iter()
        .filter(|l| l["outcome"] != "failed")
        .map(|l| l["external_id"].as_str().unwrap())
        .collect();
    assert_eq!(ok.len(), 300);
    let have = external_ids(&sb);
    assert_eq!(have.len(), 300);
    assert!(have.values().all(|n| *n == 1));
}

#[test]
fn formats_csv_json_stdin_and_conflicts() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "external_id,external_key,channels,name,content,state\ncsv-1,k1,a;b,n1,\"multi\nline\",1\ncsv-2,k2,c,,,0\n",
    )
    .unwrap();
    sb.cmd().args(["config", "import"]).arg(&csv).run().ok();
    let arr = dir.path().join("in.json");
    std::fs::write(&arr, r#"[{"external_id":"arr-1","external_key":"k","channels":["x"]},{"external_id":"arr-2","external_key":"k","channels":["y"]}]"#).unwrap();
    sb.cmd().args(["config", "import"]).arg(&arr).run().ok();
    // Stdin, format sniffed from the first character.
    let r = sb
        .cmd()
        .args(["config", "import", "-"])
        .stdin("\n  {\"external_id\":\"in-1\",\"external_key\":\"k\",\"channels\":[\"z\"]}\n")
        .run();
    r.ok();
    assert_eq!(external_ids(&sb).len(), 5);
    let v = sb
        .cmd()
        .args(["config", "list", "--external-id", "csv-1", "--show-secrets"])
        .run()
        .json();
    assert_eq!(
        (v[0]["content"].as_str(), v[0]["state"].as_i64()),
        (Some("multi\nline"), Some(1))
    );
    // The same record again is no conflict: it is already there.
    let same = "{\"external_id\":\"arr-1\",\"external_key\":\"k\",\"channels\":[\"x\"]}\n";
    let r = sb.cmd().args(["config", "import", "-"]).stdin(same).run();
    r.ok();
    assert!(r.stderr.contains("created 0, skipped 1"), "{}", r.stderr);
    // Conflicts: fail (default), skip, update.
    let again = "{\"external_id\":\"csv-2\",\"external_key\":\"k2\",\"channels\":[\"new\"],\"name\":\"renamed\"}\n";
    let r = sb.cmd().args(["config", "import", "-"]).stdin(again).run();
    r.code(5);
    assert!(r.stderr.contains("exists"), "{}", r.stderr);
    let r = sb
        .cmd()
        .args(["config", "import", "--on-conflict", "skip", "-"])
        .stdin(again)
        .run();
    r.ok();
    assert!(r.stderr.contains("skipped 1"));
    let r = sb
        .cmd()
        .args(["config", "import", "--on-conflict", "update", "-"])
        .stdin(again)
        .run();
    r.ok();
    assert!(r.stderr.contains("updated 1"));
    let id = sb
        .cmd()
        .args(["config", "list", "--external-id", "csv-2"])
        .run()
        .json()[0]["thing_id"]
        .as_str()
        .unwrap()
        .to_string();
    let v = sb.cmd().args(["config", "view", &id]).run().json();
    assert_eq!(v["name"], "renamed");
    assert_eq!(v["channels"], json!([{"id": "new", "metadata": null}]));
    // Another external key cannot be "updated" into place.
    let other_key =
        "{\"external_id\":\"csv-2\",\"external_key\":\"different\",\"channels\":[\"c\"]}\n";
    sb.cmd()
        .args(["config", "import", "--on-conflict", "update", "-"])
        .stdin(other_key)
        .run()
        .code(5);
    // A broken input is refused with a clear line; what came before it was
    // imported, so the exit code is not the usage error's "nothing sent".
    let r = sb
        .cmd()
        .args(["config", "import", "--format", "json", "-"])
        .stdin(r#"[{"external_id":"b-1","external_key":"k","channels":["c"]}, {"#)
        .run();
    r.code(5);
    assert!(r.stderr.contains("invalid JSON array"), "{}", r.stderr);
    assert_eq!(external_ids(&sb).get("b-1"), Some(&1));
    let r = sb
        .cmd()
        .args(["config", "import", "--format", "csv", "-"])
        .stdin("bogus,cols\n1,2\n")
        .run();
    r.code(2).error_line("unknown CSV column");
}

#[test]
fn export_round_trips_across_generations() {
    let src = Sandbox::start_with("v1", &[]);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let mut text = jsonl(250, "x");
    text.push_str(&json!({"external_id": "certs", "external_key": "kc", "channels": ["a"], "content": "c", "client_cert": "CRT", "client_key": "KEY", "ca_cert": "CA"}).to_string());
    std::fs::write(&input, text).unwrap();
    src.cmd().args(["config", "import"]).arg(&input).run().ok();
    let r = src.cmd().args(["config", "export"]).run();
    r.ok();
    let lines: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 251);
    let certs = lines.iter().find(|l| l["external_id"] == "certs").unwrap();
    assert_eq!(
        (certs["client_key"].as_str(), certs["channels"].clone()),
        (Some("KEY"), json!(["a"]))
    );
    // Into the clients generation, spelling thing_id as client_id on the way.
    let dst = Sandbox::start_with("clients", &[]);
    dst.cmd()
        .args(["config", "import", "--format", "jsonl", "-"])
        .stdin(r.stdout.clone())
        .run()
        .ok();
    assert_eq!(external_ids(&dst).len(), 251);
    for sb in [&src, &dst] {
        let doc = sb
            .cmd()
            .args(["bootstrap", "secure", "certs"])
            .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "kc")
            .env("SMQ_BOOTSTRAP_ENCRYPT_KEY", CRYPTO_KEY)
            .run()
            .json();
        assert_eq!(
            (doc["content"].as_str(), doc["ca_cert"].as_str()),
            (Some("c"), Some("CA"))
        );
    }
    // CSV export reads back too, and JSON is an array.
    let csv = src.cmd().args(["-o", "csv", "config", "export"]).run();
    csv.ok();
    let third = Sandbox::start_with("domain", &[]);
    third
        .cmd()
        .args(["config", "import", "--format", "csv", "--drop-ids", "-"])
        .stdin(csv.stdout)
        .run()
        .ok();
    assert_eq!(external_ids(&third).len(), 251);
    let json_out = src
        .cmd()
        .args(["-o", "json", "config", "export", "--state", "enabled"])
        .run()
        .json();
    assert_eq!(json_out.as_array().unwrap().len(), 125);
}

#[test]
fn id_lists_for_state_and_remove() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        jsonl(120, "s").replace(",\"state\":1", ",\"state\":0"),
    )
    .unwrap();
    sb.cmd().args(["config", "import"]).arg(&input).run().ok();
    let ids: Vec<String> = sb
        .all_configs()
        .iter()
        .map(|c| c["thing_id"].as_str().unwrap().to_string())
        .collect();
    let list = dir.path().join("ids.txt");
    std::fs::write(
        &list,
        format!("# devices\n{}\nmissing-id\n\n", ids.join("\n")),
    )
    .unwrap();
    let rep = dir.path().join("rep.jsonl");
    let r = sb
        .cmd()
        .args(["state", "enable", "--from"])
        .arg(&list)
        .arg("--report")
        .arg(&rep)
        .run();
    r.code(4);
    assert!(r.stderr.contains("done 120, failed 1"), "{}", r.stderr);
    assert_eq!(
        sb.all_configs().iter().filter(|c| c["state"] == 1).count(),
        120
    );
    let lines = report(&rep);
    assert_eq!(
        lines.iter().filter(|l| l["outcome"] == "enabled").count(),
        120
    );
    // Removal from stdin needs --yes when not interactive, and then removes them all.
    sb.cmd()
        .args(["config", "remove", "--from", "-"])
        .stdin(ids.join("\n"))
        .run()
        .code(2);
    assert_eq!(sb.all_configs().len(), 120);
    sb.cmd()
        .args(["config", "remove", "--yes", "--from", "-"])
        .stdin(ids.join("\n"))
        .run()
        .ok();
    assert!(sb.all_configs().is_empty());
}

#[cfg(unix)]
#[test]
fn interrupt_stops_cleanly_and_resume_finishes() {
    let sb = Sandbox::start_with("v1", &["--latency-ms", "20"]);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, jsonl(3000, "int")).unwrap();
    let rep = dir.path().join("rep.jsonl");
    let mut c = sb.cmd();
    c.args(["config", "import", "--concurrency", "8", "--report"])
        .arg(&rep)
        .arg(&input);
    let child = c.spawn();
    crate::harness::interrupt(child, Duration::from_millis(700));
    let done = report(&rep);
    assert!(
        !done.is_empty() && done.len() < 3000,
        "{} lines",
        done.len()
    );
    // Every request in flight finished and is in the report: the sandbox holds exactly those.
    assert_eq!(external_ids(&sb).len(), done.len());
    let rep2 = dir.path().join("rep2.jsonl");
    sb.cmd()
        .args(["config", "import", "--concurrency", "32", "--resume"])
        .arg(&rep)
        .arg("--report")
        .arg(&rep2)
        .arg(&input)
        .run()
        .ok();
    let have = external_ids(&sb);
    assert_eq!(have.len(), 3000);
    assert!(have.values().all(|n| *n == 1));
    assert_eq!(report(&rep2).len(), 3000);
}

#[test]
fn bulk_input_problems_send_nothing() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.jsonl");
    sb.cmd()
        .args(["config", "import"])
        .arg(&missing)
        .run()
        .code(2)
        .error_line("cannot open");
    let bad_resume = dir.path().join("resume.jsonl");
    std::fs::write(&bad_resume, "not a report\n").unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, jsonl(3, "z")).unwrap();
    sb.cmd()
        .args(["config", "import", "--resume"])
        .arg(&bad_resume)
        .arg(&input)
        .run()
        .code(2)
        .error_line("not a report line");
    sb.cmd()
        .args(["config", "import", "--concurrency", "0"])
        .arg(&input)
        .run()
        .code(2);
    sb.cmd()
        .args(["state", "enable", "--from"])
        .arg(&missing)
        .run()
        .code(2);
    assert!(sb.requests().is_empty(), "{:?}", sb.requests());
}

/// A config's channels are a set: the service lists them in its own table's
/// order, so neither import's "already there" check nor export depends on it.
#[test]
fn channels_are_a_set_for_import_and_export() {
    let sb = Sandbox::start();
    // `z` gets its row first, so the service lists it first for every config.
    let first = r#"{"external_id":"set-0","external_key":"k","channels":["z"]}"#;
    let rec = r#"{"external_id":"set-1","external_key":"k","channels":["a","b","z"]}"#;
    sb.cmd()
        .args(["config", "import", "-"])
        .stdin(format!("{first}\n{rec}\n"))
        .run()
        .ok();
    // The same record with its channels in another order is already there.
    let reordered = r#"{"external_id":"set-1","external_key":"k","channels":["b","z","a"]}"#;
    let r = sb
        .cmd()
        .args(["config", "import", "-"])
        .stdin(format!("{reordered}\n"))
        .run();
    r.ok();
    assert!(r.stderr.contains("created 0, skipped 1"), "{}", r.stderr);
    // Another set is a conflict, and `update` replaces it.
    let other = r#"{"external_id":"set-1","external_key":"k","channels":["a","c"]}"#;
    sb.cmd()
        .args(["config", "import", "-"])
        .stdin(format!("{other}\n"))
        .run()
        .code(5);
    let r = sb
        .cmd()
        .args(["config", "import", "--on-conflict", "update", "-"])
        .stdin(format!("{other}\n"))
        .run();
    r.ok();
    assert!(r.stderr.contains("updated 1"), "{}", r.stderr);
    // Updating to the set it has changes nothing on the service.
    let before = sb.requests().len();
    sb.cmd()
        .args(["config", "import", "--on-conflict", "update", "-"])
        .stdin(r#"{"external_id":"set-1","external_key":"k","channels":["c","a"],"name":"n"}"#)
        .run()
        .ok();
    let sent: Vec<String> = sb.requests()[before..].to_vec();
    assert!(
        !sent.iter().any(|l| l.contains("/connections/")),
        "{sent:?}"
    );
    // Export writes each set sorted, whatever order the service gave.
    let out = sb.cmd().args(["config", "export"]).run();
    out.ok();
    let set1: Value = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|v| v["external_id"] == "set-1")
        .unwrap();
    assert_eq!(set1["channels"], json!(["a", "c"]));
}
