//! The bad-input matrix: each case asserts the exit code, one clear error line
//! naming the problem, and, where the input is invalid locally, that the
//! sandbox received no request.

use std::time::{Duration, Instant};

use smq_bootstrap::crypto;

use crate::harness::{CRYPTO_KEY, Cmd, Sandbox, fake_server, raw_reply};

/// Where a case's requests go.
enum Server {
    /// The shared sandbox: a locally invalid case must not reach it.
    Sandbox { sends: bool },
    /// A server answering every request with these raw bytes.
    Reply(Vec<u8>),
    /// A server that accepts the connection and never answers.
    Silent,
    /// Nothing listening.
    Refused,
}

struct Case {
    name: &'static str,
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    env: Vec<(&'static str, String)>,
    server: Server,
    code: i32,
    needle: &'static str,
}

fn case(name: &'static str, args: &[&str], code: i32, needle: &'static str) -> Case {
    Case {
        name,
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin: None,
        env: vec![],
        server: Server::Sandbox { sends: false },
        code,
        needle,
    }
}

impl Case {
    fn stdin(mut self, data: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(data.into());
        self
    }
    fn env(mut self, k: &'static str, v: impl Into<String>) -> Self {
        self.env.push((k, v.into()));
        self
    }
    fn server(mut self, s: Server) -> Self {
        self.server = s;
        self
    }
    fn sends(self) -> Self {
        self.server(Server::Sandbox { sends: true })
    }
}

fn reply(status: &str, ctype: &str, body: &[u8]) -> Server {
    Server::Reply(raw_reply(status, ctype, body))
}

#[test]
fn bad_input_matrix() {
    let sb = Sandbox::start();
    sb.seed("m-1", "k-1", "");
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    std::fs::write(p("non-utf8.key"), [0xff, 0xfe, 0x80, 0x41]).unwrap();
    std::fs::write(p("short.bin"), [7u8; 15]).unwrap();
    std::fs::write(p("a-file"), "x").unwrap();
    let profiles = p("open-profiles.toml");
    std::fs::write(&profiles, "[profiles.default]\ntoken = \"t\"\n").unwrap();
    #[cfg(unix)]
    std::fs::set_permissions(
        &profiles,
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .unwrap();
    let ok_body = r#""external_id":"e","external_key":"k","channels":["c"]"#;
    let array_reply = crypto::seal(CRYPTO_KEY.as_bytes(), b"[1,2]").unwrap();
    let non_json = crypto::seal(b"another-key-0123", br#"{"thing_id":"t"}"#).unwrap();
    let key_arg = CRYPTO_KEY.to_string();
    let missing = format!("@{}", p("missing.json"));
    let dir_at = format!("@{}", dir.path().display());
    let non_utf8_key = p("non-utf8.key");
    let short_bin = p("short.bin");
    let under_file = format!("{}/sub", p("a-file"));
    let missing_key = p("missing.key");

    let cases = vec![
        // Request bodies: malformed, truncated, wrong types, empty lists.
        case("truncated JSON", &["config", "create", "--json", "{\"external_id\":"], 2, "invalid JSON"),
        case("JSON cut before the brace", &["config", "create", "--json", &format!("{{{ok_body}")], 2, "invalid JSON"),
        case("JSON array body", &["config", "create", "--json", "[1,2]"], 2, "expected a JSON object"),
        case("JSON null body", &["config", "create", "--json", "null"], 2, "expected a JSON object"),
        case("number for external_id", &["config", "create", "--json", r#"{"external_id":5,"external_key":"k","channels":["c"]}"#], 2, "external_id must be a string"),
        case("string for channels", &["config", "create", "--json", r#"{"external_id":"e","external_key":"k","channels":"c"}"#], 2, "channels must be an array"),
        case("numbers in channels", &["config", "create", "--json", r#"{"external_id":"e","external_key":"k","channels":[1]}"#], 2, "ids must be strings"),
        case("boolean name", &["config", "create", "--json", &format!("{{{ok_body},\"name\":true}}")], 2, "name must be a string"),
        case("object content", &["config", "create", "--json", &format!("{{{ok_body},\"content\":{{}}}}")], 2, "content must be a string"),
        case("no channel flag", &["config", "create", "--external-id", "e", "--external-key", "k"], 2, "no channels"),
        case("empty channel list", &["config", "create", "--json", r#"{"external_id":"e","external_key":"k","channels":[]}"#], 2, "no channels"),
        case("empty channel id", &["config", "create", "--external-id", "e", "--external-key", "k", "--channel", ""], 2, "channel id is empty"),
        case("no external id", &["config", "create", "--external-key", "k", "--channel", "c"], 2, "missing external id"),
        case("no external key", &["config", "create", "--external-id", "e", "--channel", "c"], 2, "missing external key"),
        case("a channel listed twice", &["config", "create", "--external-id", "e", "--external-key", "k", "--channel", "a", "--channel", "a"], 2, "listed twice"),
        case("unknown subcommand", &["config", "frobnicate"], 2, "unrecognized subcommand"),
        case("bootstrap without an external id", &["bootstrap"], 2, "required"),
        case("empty external key", &["config", "create", "--external-id", "e", "--external-key", "", "--channel", "c"], 2, "missing external key"),
        case("missing @file", &["config", "create", "--json", &missing], 2, "cannot read"),
        case("@directory", &["config", "create", "--external-id", "e", "--external-key", "k", "--channel", "c", "--content", &dir_at], 2, "cannot read"),
        case("bare @", &["config", "create", "--json", "@"], 2, "must be followed by a file name"),
        case("non-UTF-8 body on stdin", &["config", "create", "--json", "-"], 2, "not UTF-8").stdin(vec![0xff, 0xfe, b'{']),
        // Ids.
        case("empty id", &["config", "view", ""], 2, "id is empty"),
        case("dot-dot id", &["config", "view", ".."], 2, "cannot be sent in a URL path"),
        case("id with ? # and non-ASCII", &["config", "view", "a?c#d é"], 3, "403 Forbidden").sends(),
        case("external id with space and ':'", &["bootstrap", "sp ace:é", "k"], 4, "failed to read bootstrap configuration").sends(),
        case("id with /", &["config", "view", "a/b"], 2, "contains '/'"),
        case("external id with /", &["bootstrap", "sp ace/é", "k"], 2, "contains '/'"),
        case("domain id with /", &["--api", "domain", "--domain", "d/1", "config", "list"], 2, "contains '/'"),
        // Crypto keys and ciphertext.
        case("0-byte crypto key", &["bootstrap", "secure", "m-1", "k-1", ""], 2, "crypto key is empty"),
        case("15-byte crypto key", &["bootstrap", "secure", "m-1", "k-1", "0123456789abcde"], 2, "15 bytes long"),
        case("17-byte crypto key", &["crypto", "encrypt", "--key", "0123456789abcdef0", "x"], 2, "17 bytes long"),
        case("33-byte crypto key", &["crypto", "decrypt", "--hex", "--key", "0123456789abcdef0123456789abcdef0"], 2, "33 bytes long").stdin("00"),
        case("non-UTF-8 key file", &["crypto", "encrypt", "--key-file", &non_utf8_key, "x"], 2, "not UTF-8"),
        case("missing key file", &["bootstrap", "secure", "m-1", "k-1", "--crypto-key-file", &missing_key], 2, "cannot read"),
        case("missing external key file", &["bootstrap", "m-1", "--external-key-file", &missing_key], 2, "cannot read"),
        case("non-hex ciphertext", &["crypto", "decrypt", "--hex", "--key", &key_arg], 2, "not valid hex").stdin("zz00"),
        case("odd-length ciphertext", &["crypto", "decrypt", "--hex", "--key", &key_arg], 2, "odd number").stdin("abc"),
        case("ciphertext shorter than the IV", &["crypto", "decrypt", "--key", &key_arg, &short_bin], 2, "shorter than the 16-byte IV"),
        // Options and guards.
        case("limit over 100", &["config", "list", "--limit", "101"], 2, "maximum of 100"),
        case("removal without --yes", &["config", "remove", "x"], 2, "--yes"),
        case("certs without certificates", &["config", "certs", "x"], 2, "no certificate given"),
        case("update without fields", &["config", "update", "x"], 2, "nothing to update"),
        case("zero timeout", &["--timeout", "0", "health"], 2, "invalid timeout"),
        case("ftp URL", &["--url", "ftp://h", "health"], 2, "invalid URL"),
        case("no token", &["config", "list"], 2, "no user token").env("SMQ_TOKEN", ""),
        case("unwritable --save-dir", &["bootstrap", "m-1", "k-1", "--save-dir", &under_file], 2, "--save-dir"),
        case("domain API without a domain", &["--api", "clients", "config", "list"], 2, "needs a domain id"),
        case("missing import file", &["config", "import", &missing[1..]], 2, "cannot open"),
        case("token over http to another host", &["--url", "http://192.0.2.1:9013", "config", "list"], 2, "refusing to send the user token"),
        case("profile readable by others", &["config", "list"], 2, "readable by others").env("SMQ_BOOTSTRAP_CONFIG", profiles.clone()),
        // Hostile or broken replies.
        case("reply shorter than an IV", &["bootstrap", "secure", "d", "k", &key_arg], 7, "shorter than the 16-byte IV").server(reply("200 OK", "application/octet-stream", b"tiny")),
        case("reply that decrypts to non-JSON", &["bootstrap", "secure", "d", "k", &key_arg], 7, "not JSON").server(reply("200 OK", "application/octet-stream", &non_json)),
        case("reply that decrypts to JSON but no object", &["bootstrap", "secure", "d", "k", &key_arg], 7, "not an object").server(reply("200 OK", "application/octet-stream", &array_reply)),
        case("HTML 502 from a proxy", &["config", "view", "x"], 6, "HTML page").server(reply("502 Bad Gateway", "text/html", b"<html><h1>502</h1></html>")),
        case("HTML 404 from a proxy", &["config", "view", "x"], 4, "HTML page").server(reply("404 Not Found", "text/html", b"<!doctype html><p>nope</p>")),
        case("empty 200 body", &["config", "view", "x"], 1, "not what the bootstrap API sends").server(reply("200 OK", "application/json", b"")),
        case("200 page lacking fields", &["config", "list"], 1, "missing field").server(reply("200 OK", "application/json", br#"{"configs":[]}"#)),
        case("200 with a JSON array for a config", &["config", "view", "x"], 1, "not a JSON object").server(reply("200 OK", "application/json", b"[1]")),
        case("500 with an empty body", &["health"], 6, "500 Internal Server Error").server(reply("500 Internal Server Error", "application/json", b"")),
        case("401 that is not JSON", &["config", "list"], 3, "401 Unauthorized").server(reply("401 Unauthorized", "text/plain", b"denied")),
        case("closed mid-body", &["health"], 6, "health").server(Server::Reply(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"status\":".to_vec())),
        case("3 GB Content-Length", &["health"], 6, "larger than").server(Server::Reply(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 3000000000\r\n\r\n{".to_vec())),
        case("no answer at all", &["--timeout", "1", "health"], 6, "within 1 s").server(Server::Silent),
        case("nothing listening", &["health"], 6, "cannot connect").server(Server::Refused),
    ];
    assert!(cases.len() >= 40, "{} cases", cases.len());

    for c in cases {
        let (url, sandbox) = match &c.server {
            Server::Sandbox { .. } => (sb.url.clone(), true),
            Server::Reply(bytes) => (fake_server(Some(bytes.clone())).0, false),
            Server::Silent => (fake_server(None).0, false),
            Server::Refused => {
                let port = std::net::TcpListener::bind("127.0.0.1:0")
                    .unwrap()
                    .local_addr()
                    .unwrap()
                    .port();
                (format!("http://127.0.0.1:{port}"), false)
            }
        };
        let mut cmd = if sandbox { sb.cmd() } else { Cmd::new() };
        cmd.env("SMQ_BOOTSTRAP_URL", &url)
            .env("SMQ_TOKEN", crate::harness::TOKEN)
            .env("SMQ_API", "v1");
        for (k, v) in &c.env {
            cmd.env(k, v);
        }
        if let Some(data) = &c.stdin {
            cmd.stdin(data.clone());
        }
        let before = sb.requests().len();
        let started = Instant::now();
        let r = cmd.args(&c.args).run();
        assert_eq!(
            r.code, c.code,
            "[{}] exit code; stderr: {}",
            c.name, r.stderr
        );
        let errors: Vec<&str> = r.stderr.lines().filter(|l| l.contains("error")).collect();
        assert_eq!(
            errors.len(),
            1,
            "[{}] one error line expected: {}",
            c.name,
            r.stderr
        );
        assert!(
            errors[0].contains(c.needle),
            "[{}] {:?} does not name the problem ({:?})",
            c.name,
            errors[0],
            c.needle
        );
        assert!(
            !r.stderr.contains("panicked") && !r.stderr.contains("internal error"),
            "[{}] {}",
            c.name,
            r.stderr
        );
        if let Server::Sandbox { sends: false } = c.server {
            assert_eq!(
                sb.requests().len(),
                before,
                "[{}] sent a request for invalid local input",
                c.name
            );
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "[{}] took {:?}",
            c.name,
            started.elapsed()
        );
    }
    // The odd ids went out as one path segment each, escaped as Go escapes.
    let log = sb.requests();
    assert!(
        log.iter()
            .any(|l| l.starts_with("GET /things/configs/a%3Fc%23d%20%C3%A9 ")),
        "{log:?}"
    );
    assert!(
        log.iter()
            .any(|l| l.starts_with("GET /things/bootstrap/sp%20ace:%C3%A9 ")),
        "{log:?}"
    );
}
