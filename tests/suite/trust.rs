//! Files, prompts, settings and exit codes a user can trust: each class of
//! fault, tested at its root.

use std::path::Path;

use crate::harness::{Cmd, Sandbox, TOKEN};

fn mode(p: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }
    #[cfg(not(unix))]
    {
        let _ = p;
        0o600
    }
}

/// A device with certificates, enabled, on a v1 sandbox.
fn device(sb: &Sandbox, ext: &str, certs: bool) {
    let extra = if certs {
        format!(r#","client_cert":"CERT-{ext}","client_key":"KEY-{ext}","ca_cert":"CA-{ext}""#)
    } else {
        String::new()
    };
    let id = sb.seed(ext, &format!("key-{ext}"), &extra);
    sb.cmd().args(["state", "enable", &id]).run().ok();
}

fn bootstrap_into(sb: &Sandbox, ext: &str, dir: &Path) -> crate::harness::Run {
    sb.cmd()
        .args(["bootstrap", ext, "--save-dir"])
        .arg(dir)
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", format!("key-{ext}"))
        .run()
}

// ----- files the tool writes --------------------------------------------

#[cfg(unix)]
#[test]
fn save_dir_replaces_planted_links_and_holds_one_device_set() {
    let sb = Sandbox::start();
    device(&sb, "dev-a", true);
    device(&sb, "dev-b", false);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("device");
    std::fs::create_dir(&dir).unwrap();
    // Links planted where the files go, and where a write probe once went.
    let victims: Vec<_> = ["client.key", "config.json", ".smq-bootstrap-write-test"]
        .iter()
        .map(|name| {
            let victim = tmp.path().join(format!("victim-{name}"));
            std::fs::write(&victim, "precious").unwrap();
            std::os::unix::fs::symlink(&victim, dir.join(name)).unwrap();
            victim
        })
        .collect();
    let r = bootstrap_into(&sb, "dev-a", &dir);
    r.ok();
    for v in &victims {
        assert_eq!(std::fs::read_to_string(v).unwrap(), "precious", "{v:?}");
    }
    let key = dir.join("client.key");
    assert!(!std::fs::symlink_metadata(&key).unwrap().is_symlink());
    assert_eq!(std::fs::read_to_string(&key).unwrap(), "KEY-dev-a");
    assert_eq!(mode(&key), 0o600);
    assert_eq!(mode(&dir.join("config.json")), 0o600);
    assert!(
        r.stderr
            .contains("config.json, client.crt, client.key, ca.crt"),
        "{}",
        r.stderr
    );
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");

    // Another device into the same directory: nothing of the first stays.
    let r = bootstrap_into(&sb, "dev-b", &dir);
    r.ok();
    assert!(
        r.stderr.contains("removed client.crt, client.key, ca.crt"),
        "{}",
        r.stderr
    );
    for name in ["client.crt", "client.key", "ca.crt"] {
        assert!(!dir.join(name).exists(), "{name}");
    }
    let config: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("config.json")).unwrap()).unwrap();
    assert_eq!(config["thing_id"], r.json()["thing_id"]);

    // A failure leaves the previous set whole.
    std::fs::create_dir(dir.join("ca.crt")).unwrap();
    let before = std::fs::read(dir.join("config.json")).unwrap();
    let r = bootstrap_into(&sb, "dev-a", &dir);
    assert_ne!(r.code, 0);
    assert_eq!(std::fs::read(dir.join("config.json")).unwrap(), before);
    assert!(!dir.join("client.key").exists());
}

#[test]
fn a_command_never_destroys_its_input() {
    let sb = Sandbox::start();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("x.jsonl");
    let records = "{\"external_id\":\"i-1\",\"external_key\":\"k\",\"channels\":[\"c\"]}\n";
    std::fs::write(&input, records).unwrap();
    let ids = dir.path().join("ids.txt");
    std::fs::write(&ids, "id-1\nid-2\n").unwrap();
    let link = dir.path().join("link.jsonl");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&input, &link).unwrap();
    #[cfg(not(unix))]
    std::fs::copy(&input, &link).unwrap();
    let cases: Vec<(Vec<&str>, Option<&Path>)> = vec![
        (
            vec!["config", "import", "x.jsonl", "--report", "x.jsonl"],
            None,
        ),
        // The same file by another name.
        (
            vec!["config", "import", "x.jsonl", "--report", "link.jsonl"],
            None,
        ),
        // Standard input redirected from the report's file.
        (
            vec!["config", "import", "--report", "x.jsonl"],
            Some(input.as_path()),
        ),
        (
            vec![
                "state", "enable", "--from", "ids.txt", "--report", "ids.txt",
            ],
            None,
        ),
        (
            vec![
                "config", "remove", "-y", "--from", "ids.txt", "--report", "ids.txt",
            ],
            None,
        ),
    ];
    for (args, stdin_from) in cases {
        let mut c = sb.cmd();
        c.args(&args);
        c.current_dir(dir.path());
        if let Some(f) = stdin_from {
            c.stdin_file(f);
        }
        let r = c.run();
        r.code(2).error_line("would destroy it");
        assert_eq!(
            std::fs::read_to_string(&input).unwrap(),
            records,
            "{args:?}"
        );
        assert_eq!(std::fs::read_to_string(&ids).unwrap(), "id-1\nid-2\n");
    }
    assert!(sb.requests().is_empty(), "{:?}", sb.requests());
    // A report may be the --resume it carries forward: it is replaced whole.
    let report = dir.path().join("run.jsonl");
    sb.cmd()
        .args(["config", "import"])
        .arg(&input)
        .arg("--report")
        .arg(&report)
        .run()
        .ok();
    let first = std::fs::read_to_string(&report).unwrap();
    sb.cmd()
        .args(["config", "import"])
        .arg(&input)
        .arg("--resume")
        .arg(&report)
        .arg("--report")
        .arg(&report)
        .run()
        .ok();
    assert_eq!(std::fs::read_to_string(&report).unwrap(), first);
}

#[test]
fn the_profile_file_survives_concurrent_writers() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real").join("config.toml");
    std::fs::create_dir(real.parent().unwrap()).unwrap();
    let path = dir.path().join("config.toml");
    #[cfg(unix)]
    {
        std::fs::write(&real, "").unwrap();
        std::os::unix::fs::symlink(&real, &path).unwrap();
    }
    let children: Vec<_> = (0..20)
        .map(|i| {
            Cmd::new()
                .env("SMQ_BOOTSTRAP_CONFIG", &path)
                .args(["profile", "set", &format!("p{i}"), "url"])
                .arg(format!("http://host-{i}:9013"))
                .spawn()
        })
        .collect();
    for c in children {
        assert!(c.wait_with_output().unwrap().status.success());
    }
    let r = Cmd::new()
        .env("SMQ_BOOTSTRAP_CONFIG", &path)
        .args(["-o", "json", "profile", "list"])
        .run();
    r.ok();
    assert_eq!(r.json().as_array().unwrap().len(), 20, "{}", r.stdout);
    #[cfg(unix)]
    {
        // Written where the link points; the link stays.
        assert!(std::fs::symlink_metadata(&path).unwrap().is_symlink());
        assert!(std::fs::read_to_string(&real).unwrap().contains("host-19"));
        assert_eq!(mode(&real), 0o600);
    }
}

#[test]
fn device_commands_write_nothing_and_need_no_home() {
    let sb = Sandbox::start_with("clients", &[]);
    let id = sb.seed("d-1", "k-1", "");
    sb.cmd().args(["state", "enable", &id]).run().ok();
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let cmd = |home: &Path| {
        let mut c = Cmd::new();
        c.env("HOME", home)
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("SMQ_BOOTSTRAP_CONFIG")
            .env("SMQ_BOOTSTRAP_URL", &sb.url)
            .env("SMQ_DOMAIN_ID", &sb.domain);
        c
    };
    // A device under `auto`: only device paths are asked, nothing is kept.
    let r = cmd(&home)
        .args(["-v", "bootstrap", "d-1"])
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "k-1")
        .run();
    r.ok();
    let management: Vec<String> = sb
        .requests()
        .into_iter()
        .filter(|l| l.contains("/configs") || l.contains("/state/"))
        .collect();
    assert_eq!(management.len(), 2, "the seed's own: {management:?}");
    // A stale token file does not matter to a device command.
    cmd(&home)
        .env("SMQ_TOKEN_FILE", dir.path().join("gone"))
        .args(["bootstrap", "d-1"])
        .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", "k-1")
        .run()
        .ok();
    cmd(&home)
        .env("SMQ_TOKEN_FILE", dir.path().join("gone"))
        .arg("health")
        .run()
        .ok();
    assert_eq!(std::fs::read_dir(&home).unwrap().count(), 0);
    // A home nothing can be written under: management commands work, though
    // they cannot keep what they found.
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let unwritable = file.join("home");
    for _ in 0..2 {
        cmd(&unwritable)
            .env("SMQ_TOKEN", TOKEN)
            .args(["config", "list"])
            .run()
            .ok();
    }
}

#[cfg(unix)]
#[test]
fn export_to_a_file_is_private_and_whole() {
    let sb = Sandbox::start();
    for i in 0..3 {
        sb.seed(
            &format!("e-{i}"),
            "secret-key",
            r#","client_key":"PRIVATE""#,
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("backup.jsonl");
    let r = sb
        .cmd()
        .args(["config", "export", "--output-file"])
        .arg(&out)
        .run();
    r.ok();
    assert!(r.stdout.is_empty());
    assert_eq!(mode(&out), 0o600);
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 3);
    // Standard output redirected to a file others can read: a warning.
    let shared = dir.path().join("shared.jsonl");
    std::fs::write(&shared, "").unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let r = sb
        .cmd()
        .args(["config", "export"])
        .stdout_file(&shared)
        .run();
    r.ok();
    assert!(r.stderr.contains("others can read"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&shared).unwrap().lines().count(), 3);
}

// ----- prompts and signals -----------------------------------------------

#[test]
fn ctrl_c_at_a_hidden_prompt_restores_the_terminal() {
    let Some(r) = Cmd::new()
        .env("SMQ_BOOTSTRAP_URL", "http://127.0.0.1:9")
        .args(["bootstrap", "dev-1"])
        .on_terminal(
            &["expect:external key", "echo", "send:03"],
            "ctrl_c_at_a_hidden_prompt_restores_the_terminal",
        )
    else {
        return;
    };
    assert_eq!(r["echo_during"], false, "{r}");
    assert_eq!(r["echo_after"], true, "{r}");
    assert_eq!(r["code"], 130, "{r}");
}

#[test]
fn the_confirmation_reads_a_whole_line() {
    let test = "the_confirmation_reads_a_whole_line";
    let sb = Sandbox::start();
    let a = sb.seed("c-1", "k", "");
    let b = sb.seed("c-2", "k", "");
    // "yes" and Enter: all of it is the answer, nothing is left for the shell.
    let Some(r) = sb
        .cmd()
        .args(["config", "remove", &a])
        .on_terminal(&["expect:[y/N]", "send:7965730a"], test)
    else {
        return;
    };
    assert_eq!(r["code"], 0, "{r}");
    // "no": nothing removed. Ctrl-C: 130, nothing removed.
    let r = sb
        .cmd()
        .args(["config", "remove", &b])
        .on_terminal(&["expect:[y/N]", "send:6e6f0a"], test)
        .unwrap();
    assert_ne!(r["code"], 0, "{r}");
    let r = sb
        .cmd()
        .args(["config", "remove", &b])
        .on_terminal(&["expect:[y/N]", "send:03"], test)
        .unwrap();
    assert_eq!(r["code"], 130, "{r}");
    let left: Vec<String> = sb
        .all_configs()
        .iter()
        .map(|c| c["external_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(left, vec!["c-2".to_string()]);
}

#[cfg(unix)]
#[test]
fn sigterm_stops_bulk_work_as_ctrl_c_does() {
    let sb = Sandbox::start_with("v1", &["--latency-ms", "40"]);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let records: String = (0..300)
        .map(|i| {
            format!("{{\"external_id\":\"t-{i}\",\"external_key\":\"k\",\"channels\":[\"c\"]}}\n")
        })
        .collect();
    std::fs::write(&input, records).unwrap();
    let report = dir.path().join("run1.jsonl");
    let child = sb
        .cmd()
        .args(["config", "import", "--concurrency", "2"])
        .arg(&input)
        .arg("--report")
        .arg(&report)
        .spawn();
    let out = crate::harness::signal(child, std::time::Duration::from_millis(800), "TERM");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("import: created"), "{stderr}");
    assert!(stderr.contains("--resume"), "{stderr}");
    let done = std::fs::read_to_string(&report).unwrap();
    let created = done.lines().count();
    assert!(created > 0 && created < 300, "{created}");
    assert_eq!(
        sb.all_configs().len(),
        created,
        "the report holds every create"
    );
    // The rest, resumed: every record once.
    let report2 = dir.path().join("run2.jsonl");
    sb.cmd()
        .args(["config", "import", "--concurrency", "16"])
        .arg(&input)
        .arg("--resume")
        .arg(&report)
        .arg("--report")
        .arg(&report2)
        .run()
        .ok();
    assert_eq!(sb.all_configs().len(), 300);
}

#[cfg(unix)]
#[test]
fn an_interrupted_export_ends_after_a_whole_record() {
    let sb = Sandbox::start_with("v1", &["--latency-ms", "30"]);
    let records: String = (0..150)
        .map(|i| {
            format!(
                "{{\"external_id\":\"x-{i}\",\"external_key\":\"k\",\"channels\":[\"c\"],\"content\":\"{}\"}}\n",
                "long content ".repeat(50)
            )
        })
        .collect();
    sb.cmd()
        .args(["config", "import", "--concurrency", "32", "-"])
        .stdin(records)
        .run()
        .ok();
    // A request per record, one at a time: stopped midway.
    let child = sb
        .cmd()
        .args(["config", "export", "--concurrency", "1"])
        .spawn();
    let out = crate::harness::signal(child, std::time::Duration::from_millis(700), "TERM");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.ends_with('\n'), "{text}");
    assert!((1..150).contains(&text.lines().count()));
    for line in text.lines() {
        serde_json::from_str::<serde_json::Value>(line).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn a_broken_pipe_ends_quietly() {
    use std::io::BufRead;
    let sb = Sandbox::start();
    for i in 0..300 {
        sb.seed(&format!("p-{i}"), "k", "");
    }
    for args in [
        &["config", "export"][..],
        &["config", "list", "--all", "-o", "jsonl"][..],
    ] {
        let mut child = sb.cmd().args(args).spawn();
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(first.starts_with('{'));
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
