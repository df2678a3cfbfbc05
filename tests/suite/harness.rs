//! Test harness: the real binary, a real sandbox on a free port, raw HTTP, and
//! small hostile servers for faults the sandbox does not make.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub const TOKEN: &str = "test-token-5f1e2d";
pub const CRYPTO_KEY: &str = "12345678910111213141516171819202";

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_smq-bootstrap")
}

/// `../shared` beside the project.
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// `../shared/<sub>` for `test`: `None` (after one line saying what is
/// missing) in a plain clone without it; under CI it must be there.
pub fn shared_or_skip(sub: &str, test: &str) -> Option<PathBuf> {
    let p = shared().join(sub);
    if p.exists() {
        return Some(p);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: {} is missing (required under CI)",
        p.display()
    );
    eprintln!("SKIPPED {test}: {} is missing", p.display());
    None
}

/// A running sandbox process, killed on drop.
pub struct Sandbox {
    child: Child,
    pub url: String,
    pub api: &'static str,
    pub domain: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn start() -> Sandbox {
        Sandbox::start_with("v1", &[])
    }

    /// Starts `sandbox` for generation `api` with extra arguments.
    pub fn start_with(api: &'static str, extra: &[&str]) -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("requests.log");
        let domain = "dom-7a1c".to_string();
        // Magistrala v0.20 is the "clients" API with typed errors.
        let (server_api, typed): (&str, &[&str]) = match api {
            "clients-typed" => ("clients", &["--typed-errors"]),
            other => (other, &[]),
        };
        let mut child = Command::new(bin())
            .args([
                "sandbox",
                "--listen",
                "127.0.0.1:0",
                "--api",
                server_api,
                "--domain",
                &domain,
                "--token",
                TOKEN,
            ])
            .arg("--request-log")
            .arg(&log)
            .args(["--encrypt-key", CRYPTO_KEY])
            .args(typed)
            .args(extra)
            .env_clear()
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the sandbox");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:") || url.starts_with("https://127.0.0.1:"),
            "sandbox printed {url:?}"
        );
        Sandbox {
            child,
            url,
            api,
            domain,
            log,
            _dir: dir,
        }
    }

    /// Requests the sandbox has received, as `METHOD PATH STATUS` lines.
    pub fn requests(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// A command for the binary, pointed at this sandbox with a valid token.
    pub fn cmd(&self) -> Cmd {
        let mut c = Cmd::new();
        c.env("SMQ_BOOTSTRAP_URL", &self.url)
            .env("SMQ_TOKEN", TOKEN)
            .env("SMQ_API", self.cli_api());
        if self.api != "v1" {
            c.env("SMQ_DOMAIN_ID", &self.domain);
        }
        c
    }

    /// `bootstrap EXTERNAL_ID` as the device runs it, its key in the environment.
    pub fn bootstrap(&self, external_id: &str, key: &str) -> Run {
        self.cmd()
            .args(["bootstrap", external_id])
            .env("SMQ_BOOTSTRAP_EXTERNAL_KEY", key)
            .run()
    }

    /// The `--api` value the CLI takes for this sandbox.
    pub fn cli_api(&self) -> &'static str {
        match self.api {
            "clients-typed" => "clients",
            other => other,
        }
    }

    /// Path prefix of management endpoints for this generation.
    pub fn mgmt(&self) -> String {
        match self.api {
            "v1" => "/things".into(),
            "domain" => format!("/{}/things", self.domain),
            _ => format!("/{}/clients", self.domain),
        }
    }

    pub fn id_field(&self) -> &'static str {
        match self.api {
            "clients" | "clients-typed" => "client_id",
            "profiles" => "id",
            _ => "thing_id",
        }
    }

    pub fn key_field(&self) -> &'static str {
        match self.api {
            "clients" | "clients-typed" => "client_secret",
            _ => "thing_key",
        }
    }

    /// Creates a config over raw HTTP; returns its id.
    pub fn seed(&self, external_id: &str, external_key: &str, extra: &str) -> String {
        let body = format!(
            r#"{{"external_id":"{external_id}","external_key":"{external_key}","channels":["ch-1","ch-2"]{extra}}}"#
        );
        let r = self.http(
            "POST",
            &format!("{}/configs", self.mgmt()),
            &[
                ("Authorization", &format!("Bearer {TOKEN}")),
                ("Content-Type", "application/json"),
            ],
            body.as_bytes(),
        );
        assert_eq!(r.status, 201, "{}", r.text());
        r.header("location")
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_string()
    }

    /// Every config the sandbox holds, read from its own list endpoint
    /// (retrying injected faults).
    pub fn all_configs(&self) -> Vec<serde_json::Value> {
        self.all_configs_with("?")
    }

    /// The same, with a filter: `query` is `?` or `?filter=v&`.
    pub fn all_configs_with(&self, query: &str) -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        let auth = format!("Bearer {TOKEN}");
        loop {
            let path = format!(
                "{}/configs{query}offset={}&limit=100",
                self.mgmt(),
                out.len()
            );
            let page: serde_json::Value = loop {
                match try_http(&self.url, "GET", &path, &[("Authorization", &auth)], b"") {
                    Ok(r) if r.status == 200 => break serde_json::from_slice(&r.body).unwrap(),
                    _ => std::thread::sleep(Duration::from_millis(5)),
                }
            };
            let items = page["configs"].as_array().unwrap().clone();
            let total = page["total"].as_u64().unwrap() as usize;
            let n = items.len();
            out.extend(items);
            if n == 0 || out.len() >= total {
                return out;
            }
        }
    }

    pub fn http(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> HttpReply {
        http(&self.url, method, path, headers, body)
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The binary with a hermetic environment.
pub struct Cmd {
    cmd: Command,
    stdin: Option<Vec<u8>>,
    stdin_file: Option<PathBuf>,
    stdout_file: Option<PathBuf>,
    _home: tempfile::TempDir,
}

/// What a run printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub raw_stdout: Vec<u8>,
}

impl Run {
    /// Waits for a spawned command and keeps what it printed.
    pub fn finish(child: Child) -> Run {
        let out = child.wait_with_output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            raw_stdout: out.stdout,
        }
    }

    /// Asserts the exit code, showing the output on failure.
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.code, expected,
            "exit code; stdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Self {
        self.code(0)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }

    /// Asserts that stderr has exactly one error line (plus an optional hint) containing `needle`.
    #[track_caller]
    pub fn error_line(&self, needle: &str) -> &Self {
        let errors: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| l.contains("error"))
            .collect();
        assert_eq!(
            errors.len(),
            1,
            "one error line expected in: {}",
            self.stderr
        );
        assert!(
            errors[0].contains(needle),
            "error line {:?} lacks {needle:?}",
            errors[0]
        );
        self
    }
}

impl Cmd {
    pub fn new() -> Cmd {
        let home = tempfile::tempdir().unwrap();
        let mut cmd = Command::new(bin());
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join(".config"))
            .env("SMQ_BOOTSTRAP_CONFIG", home.path().join("profiles.toml"))
            .env("NO_COLOR", "1");
        Cmd {
            cmd,
            stdin: None,
            stdin_file: None,
            stdout_file: None,
            _home: home,
        }
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn arg(&mut self, a: impl AsRef<std::ffi::OsStr>) -> &mut Self {
        self.cmd.arg(a);
        self
    }

    pub fn env(&mut self, k: &str, v: impl AsRef<std::ffi::OsStr>) -> &mut Self {
        self.cmd.env(k, v);
        self
    }

    pub fn env_remove(&mut self, k: &str) -> &mut Self {
        self.cmd.env_remove(k);
        self
    }

    pub fn stdin(&mut self, data: impl Into<Vec<u8>>) -> &mut Self {
        self.stdin = Some(data.into());
        self
    }

    /// Standard input redirected from a file (`cmd < file`).
    pub fn stdin_file(&mut self, path: &Path) -> &mut Self {
        self.stdin_file = Some(path.to_path_buf());
        self
    }

    /// Standard output redirected to a file (`cmd >> file`); `Run::stdout`
    /// is then empty.
    pub fn stdout_file(&mut self, path: &Path) -> &mut Self {
        self.stdout_file = Some(path.to_path_buf());
        self
    }

    pub fn current_dir(&mut self, dir: &Path) -> &mut Self {
        self.cmd.current_dir(dir);
        self
    }

    /// Runs the command on a pseudo-terminal through `tests/oracle/pty_run.py`
    /// with its steps (`expect:TEXT`, `send:HEX`, `echo`); `None` (after one
    /// line saying so) without Python.
    pub fn on_terminal(&mut self, steps: &[&str], test: &str) -> Option<serde_json::Value> {
        if Command::new("python3")
            .arg("-c")
            .arg("import pty")
            .output()
            .is_err()
        {
            assert!(
                std::env::var_os("CI").is_none(),
                "{test}: python3 is required under CI"
            );
            eprintln!("SKIPPED {test}: no python3 for a pseudo-terminal");
            return None;
        }
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oracle/pty_run.py");
        let mut py = Command::new("python3");
        py.env_clear();
        for (k, v) in self.cmd.get_envs() {
            if let Some(v) = v {
                py.env(k, v);
            }
        }
        if let Some(d) = self.cmd.get_current_dir() {
            py.current_dir(d);
        }
        py.arg(script).args(steps).arg("--").arg(bin());
        py.args(self.cmd.get_args());
        let out = py.output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "pty_run: {e}: {}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        assert!(v.get("error").is_none(), "{v}");
        Some(v)
    }

    pub fn spawn(&mut self) -> Child {
        self.cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    pub fn run(&mut self) -> Run {
        let stdin = match (&self.stdin, &self.stdin_file) {
            (Some(_), _) => Stdio::piped(),
            (None, Some(f)) => Stdio::from(std::fs::File::open(f).unwrap()),
            (None, None) => Stdio::null(),
        };
        let stdout = match &self.stdout_file {
            Some(f) => Stdio::from(std::fs::OpenOptions::new().append(true).open(f).unwrap()),
            None => Stdio::piped(),
        };
        let mut child = self
            .cmd
            .stdin(stdin)
            .stdout(stdout)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if let Some(data) = self.stdin.take() {
            let mut si = child.stdin.take().unwrap();
            std::thread::spawn(move || {
                let _ = si.write_all(&data);
            });
        }
        Run::finish(child)
    }
}

/// A raw HTTP/1.1 reply.
#[derive(Debug)]
pub struct HttpReply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpReply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a header that may come on several lines.
    pub fn all_headers(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One request over a fresh connection, read to the end (`Connection: close`).
pub fn http(
    base: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> HttpReply {
    try_http(base, method, path, headers, body).unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

/// As `http`, with a broken connection as an error rather than a panic.
pub fn try_http(
    base: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<HttpReply, String> {
    let addr = base.trim_start_matches("http://");
    let mut s = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
    s.write_all(body).map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).map_err(|e| e.to_string())?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("connection closed without a reply")?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Ok(HttpReply {
        status,
        headers,
        body,
    })
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let nl = b.windows(2).position(|w| w == b"\r\n").unwrap();
        let n = usize::from_str_radix(std::str::from_utf8(&b[..nl]).unwrap().trim(), 16).unwrap();
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&b[nl + 2..nl + 2 + n]);
        b = &b[nl + 2 + n + 2..];
    }
}

/// A server that answers every connection with `reply` (raw bytes), or
/// with nothing at all when `reply` is `None` (it holds the connection open).
/// Returns its URL and a counter of connections seen.
pub fn fake_server(
    reply: Option<Vec<u8>>,
) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let h = hits.clone();
    std::thread::spawn(move || {
        for conn in l.incoming() {
            let Ok(mut c) = conn else { continue };
            h.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let reply = reply.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 8192];
                let _ = c.set_read_timeout(Some(Duration::from_millis(500)));
                let _ = c.read(&mut buf);
                match reply {
                    Some(r) => {
                        let _ = c.write_all(&r);
                    }
                    None => std::thread::sleep(Duration::from_secs(30)),
                }
            });
        }
    });
    (url, hits)
}

/// An HTTP reply with the given status line, content type and body.
pub fn raw_reply(status: &str, ctype: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
    r.extend_from_slice(body);
    r
}

/// Sends Ctrl-C (SIGINT) to `child` after `after`, and returns its output
/// once it has exited with code 130.
#[cfg(unix)]
pub fn interrupt(child: Child, after: Duration) -> std::process::Output {
    signal(child, after, "INT")
}

/// Sends the signal named `sig` (`INT`, `TERM`) after a while and waits; asserts 130.
pub fn signal(child: Child, after: Duration, sig: &str) -> std::process::Output {
    std::thread::sleep(after);
    let sent = Command::new("kill")
        .args([&format!("-{sig}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// True when python3 with the `cryptography` package is available.
pub fn python_crypto() -> bool {
    Command::new("python3")
        .args(["-c", "import cryptography"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
