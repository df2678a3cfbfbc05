//! The client's path escaping and the sandbox's routing path, checked against
//! Go's own `net/url` (what the real service runs), not against each other.

use std::io::Write;
use std::process::{Command, Stdio};

use rand::{Rng, SeedableRng};
use serde_json::{Value, json};
use smq_bootstrap::parse::escape_segment;
use smq_bootstrap::sandbox::route::routing_path;

/// Runs the Go oracle over JSON-line queries; `None` when Go is not installed.
fn go_oracle(queries: &[Value]) -> Option<Vec<Value>> {
    let oracle = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracle/gourl.go");
    let mut child = match Command::new("go")
        .args(["run", oracle])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("go run: {e}"),
    };
    let input: String = queries.iter().map(|q| format!("{q}\n")).collect();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the Go oracle failed");
    let answers: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), queries.len());
    Some(answers)
}

/// Ids with every ASCII character, reserved ones in runs, and non-ASCII text.
fn ids() -> Vec<String> {
    let mut ids: Vec<String> = (0x20u8..0x7f)
        .filter(|b| *b != b'/')
        .map(|b| format!("a{}b", b as char))
        .collect();
    ids.extend(
        [
            "09:6:0:sb:sa",
            "aa:bb:cc:dd:ee:ff",
            "dev@site+1=a,b;c$d&e",
            "it's (x)*!",
            "ünï-çødé ✓",
            "%",
            "%25",
            "%3A",
            "~-._",
            "\u{7f}\t\u{1}",
            "日本語",
        ]
        .map(String::from),
    );
    let alphabet: Vec<char> = "aZ09-._~$&+,:;=@!'()*%?# \"<>[]\\^`{|}üé✓\u{1F600}"
        .chars()
        .collect();
    let mut rng = rand::rngs::SmallRng::seed_from_u64(7);
    for _ in 0..300 {
        let n = rng.gen_range(1..12);
        ids.push(
            (0..n)
                .map(|_| alphabet[rng.gen_range(0..alphabet.len())])
                .collect(),
        );
    }
    ids
}

/// Raw request paths: canonical and non-canonical escapes, raw reserved
/// characters, malformed escapes.
fn raw_paths() -> Vec<String> {
    let pieces = [
        "aa:bb", "aa%3Abb", "aa%3abb", "%61", "a%21b", "a!b", "a'b", "a(b)", "a*b", "a%20b",
        "a%2Fb", "a%2fb", "%25", "%25zz", "%C3%BC", "%c3%bc", "ü", "a@b+c=d", "a%2Bb", "%7E", "~",
        "a;b,c", "a$b&c", "%00", "%FF", "%zz", "%4", "%", "a%", "x%2",
    ];
    let mut paths: Vec<String> = pieces
        .iter()
        .map(|p| format!("/things/bootstrap/{p}"))
        .collect();
    for a in &pieces[..12] {
        for b in &pieces[12..24] {
            paths.push(format!("/{a}/things/configs/{b}"));
        }
    }
    paths
}

#[test]
fn escaping_and_routing_agree_with_go() {
    let ids = ids();
    let paths = raw_paths();
    let queries: Vec<Value> = ids
        .iter()
        .map(|id| json!({ "escape": id }))
        .chain(paths.iter().map(|p| json!({ "route": p })))
        .collect();
    let Some(answers) = go_oracle(&queries) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Go is required under CI for this oracle"
        );
        eprintln!("SKIPPED escaping_and_routing_agree_with_go: `go` is not installed");
        return;
    };
    let (escapes, routes) = answers.split_at(ids.len());
    for (id, go) in ids.iter().zip(escapes) {
        assert_eq!(escape_segment(id), go["escaped"], "escaping {id:?}");
    }
    for (raw, go) in paths.iter().zip(routes) {
        match (routing_path(raw), go["path"].as_str()) {
            (Some(ours), Some(theirs)) => {
                assert_eq!(hex::encode(ours), theirs, "routing path of {raw:?}")
            }
            (None, None) => {}
            (ours, _) => panic!("{raw:?}: ours {ours:?}, Go's {go}"),
        }
    }
}
