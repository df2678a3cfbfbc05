//! The sandbox against the real server's recorded answers: every record of
//! every `../shared/conformance/*.jsonl`, replayed byte for byte over fresh
//! connections and compared by the corpus README's rules (server-minted values
//! as placeholders, `channels` and other unordered arrays as multisets, secure
//! replies decrypted). A corpus added for another generation is picked up here.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use base64::Engine;
use serde_json::Value;

use crate::harness::{bin, shared_or_skip};

/// Generations recorded in a corpus that the sandbox does not serve yet, and why.
const NOT_SERVED_YET: &[(&str, &str)] = &[];

/// A corpus generation, and the sandbox arguments that serve it.
const SERVED: &[(&str, &[&str])] = &[
    ("v1", &["--api", "v1"]),
    ("domain", &["--api", "domain"]),
    ("clients", &["--api", "clients"]),
    ("clients-typed", &["--api", "clients", "--typed-errors"]),
    ("gen4", &["--api", "profiles"]),
];

/// Members whose non-empty string value the server mints.
const MINTED_MEMBERS: [&str; 5] = [
    "thing_key",
    "client_secret",
    "instance_id",
    "created_at",
    "updated_at",
];

#[test]
fn every_corpus_record_matches() {
    let Some(dir) = shared_or_skip("conformance", "every_corpus_record_matches") else {
        return;
    };
    let mut corpora: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    corpora.sort();
    assert!(!corpora.is_empty(), "no corpus in {}", dir.display());
    // Each corpus against its own fresh sandbox, side by side.
    let runs: Vec<_> = corpora
        .into_iter()
        .map(|p| std::thread::spawn(move || (p.clone(), replay_corpus(&p))))
        .collect();
    let mut failures = Vec::new();
    let mut replayed = 0;
    for run in runs {
        let (path, outcome) = run.join().expect("a replay thread panicked");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match outcome {
            Outcome::NotServed(why) => {
                eprintln!("SKIPPED {name}: the sandbox does not serve {why} yet");
            }
            Outcome::Replayed { passed, failed } => {
                replayed += 1;
                eprintln!("{name}: {passed} passed, {} failed", failed.len());
                failures.extend(failed.into_iter().map(|f| format!("{name} {f}")));
            }
        }
    }
    assert!(
        replayed >= 3,
        "the v1, domain and clients corpora are replayed"
    );
    assert!(
        failures.is_empty(),
        "{} record(s) differ from the real server:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

enum Outcome {
    NotServed(&'static str),
    Replayed { passed: usize, failed: Vec<String> },
}

fn replay_corpus(path: &Path) -> Outcome {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Value = serde_json::from_str(lines.next().expect("a header line")).unwrap();
    assert_eq!(
        header["format"],
        "smq-bootstrap-conformance/1",
        "{}: not a corpus",
        path.display()
    );
    let records: Vec<Value> = lines.map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(
        Some(records.len() as u64),
        header["records"].as_u64(),
        "{}: record count",
        path.display()
    );
    let server = &header["server"];
    let api = server["api"].as_str().unwrap_or_default();
    if let Some((_, why)) = NOT_SERVED_YET.iter().find(|(g, _)| *g == api) {
        return Outcome::NotServed(why);
    }
    let Some((_, serve)) = SERVED.iter().find(|(g, _)| *g == api) else {
        panic!(
            "{}: a corpus of generation {api:?}, which the sandbox does not know",
            path.display()
        );
    };
    let sandbox = CorpusSandbox::start(server, serve);
    let key = server["encrypt_key"].as_str().unwrap().as_bytes().to_vec();
    let fixed: Vec<String> = header["fixed_uuids"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_lowercase)
                .collect()
        })
        .unwrap_or_default();
    let mut binds = Bindings::default();
    let (mut passed, mut failed) = (0, Vec::new());
    for rec in &records {
        let label = format!(
            "#{} {}: {} {}",
            rec["n"],
            rec["label"].as_str().unwrap_or(""),
            rec["request"]["method"].as_str().unwrap_or(""),
            rec["request"]["path"].as_str().unwrap_or("")
        );
        let errs = match exchange(&sandbox.addr, &rec["request"], &binds) {
            Ok(got) => compare(rec, &got, &key, &fixed, &mut binds),
            Err(e) => vec![format!("no answer: {e}")],
        };
        if errs.is_empty() {
            passed += 1;
        } else {
            failed.push(format!("{label}\n  {}", errs.join("\n  ")));
        }
    }
    Outcome::Replayed { passed, failed }
}

/// A sandbox set up as a corpus header says, killed on drop.
struct CorpusSandbox {
    child: Child,
    addr: String,
}

impl CorpusSandbox {
    /// Every part of the header's server set-up becomes an argument.
    fn start(server: &Value, serve: &[&str]) -> CorpusSandbox {
        let mut args: Vec<String> = ["sandbox", "--listen", "127.0.0.1:0", "--encrypt-key"]
            .iter()
            .map(|a| a.to_string())
            .chain([server["encrypt_key"].as_str().unwrap().to_string()])
            .chain(serve.iter().map(|a| a.to_string()))
            .collect();
        for (field, flag) in [
            ("tokens", "--token"),
            ("unverified_tokens", "--unverified-token"),
        ] {
            for (token, domains) in server[field].as_object().into_iter().flatten() {
                for d in domains.as_array().expect("a token's domains") {
                    args.push(flag.into());
                    args.push(format!("{token}:{}", d.as_str().unwrap()));
                }
            }
        }
        for d in server["known_domains"].as_array().into_iter().flatten() {
            args.push("--known-domain".into());
            args.push(d.as_str().unwrap().into());
        }
        for (field, flag) in [("clients", "--client"), ("channels", "--channel")] {
            for r in server[field].as_array().into_iter().flatten() {
                args.push(flag.into());
                args.push(r.to_string());
            }
        }
        let mut child = Command::new(bin())
            .args(&args)
            .env_clear()
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the sandbox");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("http://")
            .unwrap_or_else(|| panic!("the sandbox printed {line:?}"))
            .to_string();
        CorpusSandbox { child, addr }
    }
}

impl Drop for CorpusSandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One answer, as the comparison sees it.
struct Got {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Got {
    fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Sends a corpus request on a new connection, byte for byte, and reads one answer.
fn exchange(addr: &str, req: &Value, binds: &Bindings) -> Result<Got, String> {
    let method = req["method"].as_str().unwrap();
    let mut head = format!(
        "{method} {} HTTP/1.1\r\nHost: {addr}\r\n",
        binds.subst(req["path"].as_str().unwrap())
    )
    .into_bytes();
    for h in req["headers"].as_array().unwrap() {
        let (name, value) = (h[0].as_str().unwrap(), h[1].as_str().unwrap());
        head.extend_from_slice(format!("{name}: {}\r\n", binds.subst(value)).as_bytes());
    }
    let body: Option<Vec<u8>> = if let Some(b64) = req["body_b64"].as_str() {
        Some(
            base64::engine::general_purpose::STANDARD
                .decode(b64)
                .unwrap(),
        )
    } else {
        req["body"].as_str().map(|b| binds.subst(b).into_bytes())
    };
    let mut tail = Vec::new();
    if req["chunked"].as_bool() == Some(true) {
        head.extend_from_slice(b"Transfer-Encoding: chunked\r\n");
        let body = body.unwrap_or_default();
        let (a, b) = body.split_at(body.len() / 2);
        for part in [a, b] {
            tail.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
            tail.extend_from_slice(part);
            tail.extend_from_slice(b"\r\n");
        }
        tail.extend_from_slice(b"0\r\n\r\n");
    } else if let Some(b) = body {
        head.extend_from_slice(format!("Content-Length: {}\r\n", b.len()).as_bytes());
        tail = b;
    }
    head.extend_from_slice(b"\r\n");
    head.extend_from_slice(&tail);
    let mut s = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(&head).map_err(|e| e.to_string())?;
    read_answer(&mut s, method)
}

fn read_answer(s: &mut TcpStream, method: &str) -> Result<Got, String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 65536];
    let mut fill = |buf: &mut Vec<u8>| -> Result<bool, String> {
        let n = s.read(&mut chunk).map_err(|e| e.to_string())?;
        buf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    };
    let end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if !fill(&mut buf)? {
            return Err("closed before the end of the response head".into());
        }
    };
    let head = buf[..end].to_vec();
    let mut rest = buf[end + 4..].to_vec();
    let mut lines = head
        .split(|b| *b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let status_line = String::from_utf8_lossy(lines.next().unwrap()).into_owned();
    let status: u16 = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line {status_line:?}"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| {
            let i = l.iter().position(|b| *b == b':')?;
            let v = l[i + 1..].trim_ascii();
            // Read as UTF-8, or Latin-1 when it is not.
            let v = String::from_utf8(v.to_vec())
                .unwrap_or_else(|_| v.iter().map(|&b| b as char).collect());
            Some((String::from_utf8_lossy(&l[..i]).trim().to_string(), v))
        })
        .collect();
    let mut got = Got {
        status,
        headers,
        body: Vec::new(),
    };
    if method == "HEAD" || status == 204 || status == 304 {
        return Ok(got);
    }
    let chunked = got
        .all("transfer-encoding")
        .iter()
        .any(|v| v.to_ascii_lowercase().contains("chunked"));
    let length = got
        .all("content-length")
        .first()
        .and_then(|v| v.parse::<usize>().ok());
    if chunked {
        loop {
            let nl = loop {
                if let Some(i) = rest.windows(2).position(|w| w == b"\r\n") {
                    break i;
                }
                if !fill(&mut rest)? {
                    return Err("closed inside a chunk header".into());
                }
            };
            let size_text = String::from_utf8_lossy(&rest[..nl]).into_owned();
            let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16)
                .map_err(|_| format!("bad chunk size {size_text:?}"))?;
            if size == 0 {
                break;
            }
            while rest.len() < nl + 2 + size + 2 {
                if !fill(&mut rest)? {
                    return Err("closed inside a chunk".into());
                }
            }
            got.body.extend_from_slice(&rest[nl + 2..nl + 2 + size]);
            rest.drain(..nl + 2 + size + 2);
        }
    } else if let Some(n) = length {
        while rest.len() < n {
            if !fill(&mut rest)? {
                return Err(format!("closed after {} of {n} body bytes", rest.len()));
            }
        }
        rest.truncate(n);
        got.body = rest;
    } else {
        while fill(&mut rest)? {}
        got.body = rest;
    }
    Ok(got)
}

/// Every mismatch between a record's expectation and the answer.
fn compare(
    rec: &Value,
    got: &Got,
    key: &[u8],
    fixed: &[String],
    binds: &mut Bindings,
) -> Vec<String> {
    let want = &rec["response"];
    let cmp = &rec["compare"];
    let mut errs = Vec::new();
    let mut allow: Option<Vec<String>> = None;
    let allow_lines = got.all("allow");
    if !allow_lines.is_empty() {
        let mut set: Vec<String> = allow_lines
            .iter()
            .flat_map(|l| l.split(','))
            .map(|m| m.trim().to_string())
            .filter(|m| !m.is_empty())
            .collect();
        set.sort();
        set.dedup();
        allow = Some(set);
    }
    let fields = [
        ("status", Value::from(got.status)),
        (
            "content_type",
            got.all("content-type")
                .first()
                .map_or(Value::Null, |v| Value::from(*v)),
        ),
        ("allow", allow.map_or(Value::Null, Value::from)),
        ("allow_lines", Value::from(allow_lines.len())),
    ];
    for (k, v) in fields {
        if want[k] != v {
            errs.push(format!("{k}: got {v}, want {}", want[k]));
        }
    }
    let location = got.all("location").first().map(|s| s.to_string());
    let location_ok = match (want["location"].as_str(), &location) {
        (None, None) => true,
        (Some(t), Some(l)) => binds.matches(t, l, fixed),
        _ => false,
    };
    if !location_ok {
        errs.push(format!(
            "location: got {location:?}, want {}",
            want["location"]
        ));
    }
    if cmp["body"].as_str() == Some("ignore") {
        return errs;
    }
    let mut body = got.body.clone();
    if cmp["secure"].as_bool() == Some(true) && got.status == 200 && body.len() >= 16 {
        body = smq_bootstrap::crypto::open(key, &body).unwrap();
    }
    if let Some(b64) = want["body_b64"].as_str() {
        let have = base64::engine::general_purpose::STANDARD.encode(&body);
        if have != b64 {
            errs.push(format!("body (base64): got {have}, want {b64}"));
        }
        return errs;
    }
    let template = want["body"].as_str().unwrap_or("");
    match String::from_utf8(body) {
        Err(e) => errs.push(format!(
            "body: got {} bytes that are not UTF-8, want {template:?}",
            e.as_bytes().len()
        )),
        Ok(text) => {
            let unordered: Vec<String> = cmp["unordered"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            let text = canon(&text, &unordered);
            if !binds.matches(template, &text, fixed) {
                errs.push(format!("body: got {text:?}\n  want {template:?}"));
            }
        }
    }
    errs
}

// ----- normalisation: unordered arrays ------------------------------------

/// The text with every array that is the value of a `channels` member (or of
/// a member named in `unordered`) sorted, when the text is one JSON document;
/// whitespace between tokens is dropped, the text around the document kept.
fn canon(text: &str, unordered: &[String]) -> String {
    let keys: Vec<String> = std::iter::once("channels".to_string())
        .chain(unordered.iter().cloned())
        .collect();
    if !keys.iter().any(|k| text.contains(&format!("\"{k}\""))) {
        return text.to_string();
    }
    if serde_json::from_str::<Value>(text).is_err() {
        return text.to_string();
    }
    let b = text.as_bytes();
    let i = skip_ws(b, 0);
    let (v, j) = canon_value(text, i, &keys);
    format!("{}{v}{}", &text[..i], &text[j..])
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b" \t\r\n".contains(&b[i]) {
        i += 1;
    }
    i
}

/// The index just past the string starting at `i` (a `"`).
fn scan_string(b: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while b[j] != b'"' {
        j += if b[j] == b'\\' { 2 } else { 1 };
    }
    j + 1
}

fn canon_value(s: &str, i: usize, keys: &[String]) -> (String, usize) {
    let b = s.as_bytes();
    match b[i] {
        b'"' => {
            let j = scan_string(b, i);
            (s[i..j].to_string(), j)
        }
        b'{' => {
            let mut out = String::from("{");
            let mut j = skip_ws(b, i + 1);
            if b[j] == b'}' {
                return ("{}".into(), j + 1);
            }
            loop {
                let k = scan_string(b, j);
                let key = &s[j..k];
                out.push_str(key);
                out.push(':');
                let mut k = skip_ws(b, k);
                k = skip_ws(b, k + 1);
                let name = &key[1..key.len() - 1];
                if b[k] == b'[' && keys.iter().any(|x| x == name) {
                    let (mut items, next) = canon_items(s, k, keys);
                    if name == "channels" {
                        items.sort();
                    } else {
                        items.sort_by_key(|t| masked(t));
                    }
                    out.push('[');
                    out.push_str(&items.join(","));
                    out.push(']');
                    k = next;
                } else {
                    let (v, next) = canon_value(s, k, keys);
                    out.push_str(&v);
                    k = next;
                }
                k = skip_ws(b, k);
                if b[k] == b'}' {
                    out.push('}');
                    return (out, k + 1);
                }
                out.push(',');
                j = skip_ws(b, k + 1);
            }
        }
        b'[' => {
            let (items, j) = canon_items(s, i, keys);
            (format!("[{}]", items.join(",")), j)
        }
        _ => {
            let mut j = i;
            while j < b.len() && !b",]} \t\r\n".contains(&b[j]) {
                j += 1;
            }
            (s[i..j].to_string(), j)
        }
    }
}

fn canon_items(s: &str, i: usize, keys: &[String]) -> (Vec<String>, usize) {
    let b = s.as_bytes();
    let mut items = Vec::new();
    let mut j = skip_ws(b, i + 1);
    if b[j] == b']' {
        return (items, j + 1);
    }
    loop {
        let (v, next) = canon_value(s, j, keys);
        items.push(v);
        j = skip_ws(b, next);
        if b[j] == b']' {
            return (items, j + 1);
        }
        j = skip_ws(b, j + 1);
    }
}

/// An element's text with minted values, UUIDs and placeholders removed: the
/// key that orders elements whose ids the server chose.
fn masked(t: &str) -> String {
    let mut out = String::new();
    let mut pos = 0;
    for (a, b) in member_spans(t) {
        out.push_str(&t[pos..a]);
        pos = b;
    }
    out.push_str(&t[pos..]);
    let mut no_uuid = String::new();
    let mut pos = 0;
    for (a, b) in uuid_spans(&out) {
        no_uuid.push_str(&out[pos..a]);
        pos = b;
    }
    no_uuid.push_str(&out[pos..]);
    let mut plain = String::new();
    let mut rest = no_uuid.as_str();
    while let Some((a, b)) = placeholder_span(rest) {
        plain.push_str(&rest[..a]);
        rest = &rest[b..];
    }
    plain.push_str(rest);
    plain
}

// ----- minted values and placeholders -------------------------------------

/// Spans of the non-empty string values of minted members, left to right.
fn member_spans(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let hit = MINTED_MEMBERS.iter().find_map(|m| {
            let pat = format!("\"{m}\":\"");
            b[i..].starts_with(pat.as_bytes()).then_some(pat.len())
        });
        let Some(n) = hit else {
            i += 1;
            continue;
        };
        let start = i + n;
        let mut j = start;
        while j < b.len() && b[j] != b'"' {
            j += if b[j] == b'\\' { 2 } else { 1 };
        }
        if j < b.len() && j > start {
            spans.push((start, j));
            i = j + 1;
        } else {
            i += 1;
        }
    }
    spans
}

fn is_uuid(b: &[u8]) -> bool {
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Spans of UUIDs, left to right, not overlapping.
fn uuid_spans(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i + 36 <= b.len() {
        if is_uuid(&b[i..i + 36]) {
            spans.push((i, i + 36));
            i += 36;
        } else {
            i += 1;
        }
    }
    spans
}

/// The first `{{NAME}}` (NAME = an upper-case letter and digits) in `t`.
fn placeholder_span(t: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(a) = t[from..].find("{{").map(|i| i + from) {
        let rest = &t.as_bytes()[a + 2..];
        if rest.first().is_some_and(u8::is_ascii_uppercase) {
            let digits = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 && rest[1 + digits..].starts_with(b"}}") {
                return Some((a, a + 2 + 1 + digits + 2));
            }
        }
        from = a + 1;
    }
    None
}

/// Minted values of an actual text: member values, then UUIDs outside them
/// that the requests did not name.
fn minted(t: &str, fixed: &[String]) -> Vec<(usize, usize)> {
    let mut spans = member_spans(t);
    let members = spans.clone();
    for (a, b) in uuid_spans(t) {
        if fixed.contains(&t[a..b].to_lowercase()) || members.iter().any(|(x, y)| *x <= a && a < *y)
        {
            continue;
        }
        spans.push((a, b));
    }
    spans.sort();
    spans
}

/// Placeholder name ↔ server value, bound on first occurrence.
#[derive(Default)]
struct Bindings {
    by_name: std::collections::HashMap<String, String>,
}

impl Bindings {
    /// Whether `actual` fits `template`; new bindings are kept only then.
    fn matches(&mut self, template: &str, actual: &str, fixed: &[String]) -> bool {
        let (mut tsegs, mut names) = (Vec::new(), Vec::new());
        let mut rest = template;
        while let Some((a, b)) = placeholder_span(rest) {
            tsegs.push(&rest[..a]);
            names.push(&rest[a + 2..b - 2]);
            rest = &rest[b..];
        }
        tsegs.push(rest);
        let (mut asegs, mut values) = (Vec::new(), Vec::new());
        let mut pos = 0;
        for (a, b) in minted(actual, fixed) {
            asegs.push(&actual[pos..a]);
            values.push(&actual[a..b]);
            pos = b;
        }
        asegs.push(&actual[pos..]);
        if tsegs != asegs || names.len() != values.len() {
            return false;
        }
        let mut new: Vec<(&str, &str)> = Vec::new();
        for (name, value) in names.into_iter().zip(values) {
            let have = self
                .by_name
                .get(name)
                .map(String::as_str)
                .or_else(|| new.iter().find(|(n, _)| *n == name).map(|(_, v)| *v));
            if let Some(have) = have {
                if have != value {
                    return false;
                }
                continue;
            }
            // A new placeholder must be a new value.
            let owned = self.by_name.iter().any(|(n, v)| v == value && n != name)
                || new.iter().any(|(n, v)| *v == value && *n != name);
            if owned {
                return false;
            }
            new.push((name, value));
        }
        for (n, v) in new {
            self.by_name.insert(n.to_string(), v.to_string());
        }
        true
    }

    /// A request text with the bound values in place (`unbound-NAME` otherwise).
    fn subst(&self, s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some((a, b)) = placeholder_span(rest) {
            out.push_str(&rest[..a]);
            let name = &rest[a + 2..b - 2];
            match self.by_name.get(name) {
                Some(v) => out.push_str(v),
                None => out.push_str(&format!("unbound-{name}")),
            }
            rest = &rest[b..];
        }
        out.push_str(rest);
        out
    }
}

#[test]
fn comparison_rules() {
    let fixed = vec!["aaaaaaaa-0000-4000-8000-00000000000a".to_string()];
    let mut b = Bindings::default();
    let got = r#"{"thing_id":"aaaaaaaa-0000-4000-8000-00000000000a","thing_key":"k-1","x":"0f0f0f0f-1111-4000-8000-000000000001"}"#;
    let template =
        r#"{"thing_id":"aaaaaaaa-0000-4000-8000-00000000000a","thing_key":"{{S1}}","x":"{{U1}}"}"#;
    assert!(b.matches(template, got, &fixed));
    assert_eq!(
        b.subst("/x/{{U1}}/{{U9}}"),
        "/x/0f0f0f0f-1111-4000-8000-000000000001/unbound-U9"
    );
    // A bound name must get its value again; a new name a new value.
    assert!(!b.matches(
        r#"{"thing_key":"{{S1}}"}"#,
        r#"{"thing_key":"other"}"#,
        &fixed
    ));
    assert!(!b.matches(
        r#"{"thing_key":"{{S2}}"}"#,
        r#"{"thing_key":"k-1"}"#,
        &fixed
    ));
    assert!(b.matches(
        r#"{"thing_key":"{{S2}}"}"#,
        r#"{"thing_key":"k-2"}"#,
        &fixed
    ));
    // Channels compare as a multiset; text around the document is kept.
    assert_eq!(
        canon("{\"channels\": [{\"id\":\"b\"}, {\"id\":\"a\"}]}\n", &[]),
        "{\"channels\":[{\"id\":\"a\"},{\"id\":\"b\"}]}\n"
    );
    assert_eq!(canon("not json \"channels\"", &[]), "not json \"channels\"");
    // Other unordered arrays sort with minted values masked.
    assert_eq!(
        canon(
            r#"{"configs":[{"id":"0f0f0f0f-1111-4000-8000-000000000002","n":2},{"id":"0f0f0f0f-1111-4000-8000-000000000001","n":1}]}"#,
            &["configs".to_string()]
        ),
        r#"{"configs":[{"id":"0f0f0f0f-1111-4000-8000-000000000001","n":1},{"id":"0f0f0f0f-1111-4000-8000-000000000002","n":2}]}"#
    );
}
