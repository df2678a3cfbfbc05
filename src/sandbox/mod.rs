//! An in-memory stand-in for the bootstrap service that answers as the real
//! server does, request for request: the same routing (Go's raw-path rule and
//! chi's matching), status codes, error bodies, validation order, headers and
//! octet-stream secure replies. It is held to the real server's recorded
//! answers in `../shared/conformance`.
//!
//! Model: users are tokens, each an admin of the domains listed for it (the
//! first is its own domain); things are known once a config named or made
//! them, and outlive their config; channels are accepted by id (with the
//! name and metadata given with `--channel`, else none) and belong to one
//! domain while a config uses them. `legacy` serves the v1, domain and
//! clients generations (and Magistrala v0.20's typed errors), `magistrala`
//! v0.30.

mod formats;
pub mod gojson;
mod gotemplate;
mod legacy;
mod magistrala;
pub mod route;
mod store;
pub mod tls;
mod users;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use hyper::{Request, Response, StatusCode};
use rand::seq::SliceRandom;
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::generation::Api;
use gojson::Kind;
use route::{Endpoint, Routed};
pub use store::{Store, StoredConfig};
pub use users::{Account, Lifetimes, accounts_from_args};

/// The upstream default encryption key.
pub const DEFAULT_ENCRYPT_KEY: &str = "12345678910111213141516171819202";
/// The token accepted when none is configured.
pub const DEFAULT_TOKEN: &str = "sandbox-token";
/// The domain of a token given without one.
pub const DEFAULT_DOMAIN: &str = "d0d0d0d0-0000-4000-8000-000000000001";

const REQ_ERR: &str = "something went wrong with the request";
/// Magistrala's one message for every body it cannot decode.
const NOT_JSON: &str = "request body is not a valid JSON, expecting a valid JSON";
const MAX_BODY: usize = 16 << 20;

/// A user: a valid bearer token, admin of its domains (the first is its own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    pub token: String,
    pub domains: Vec<String>,
}

/// Users from `--token` values: `TOKEN` (of `default_domain`) or
/// `TOKEN:DOMAIN`, split at the last `:`. A token given again gains the
/// domain; the first domain given for a token is its own.
pub fn users_from_args(tokens: &[String], default_domain: &str) -> Result<Vec<User>, String> {
    let mut users: Vec<User> = Vec::new();
    for t in tokens {
        let (token, domain) = match t.rsplit_once(':') {
            Some((tok, dom)) => (tok, dom),
            None => (t.as_str(), default_domain),
        };
        if token.is_empty() || domain.is_empty() {
            return Err(format!(
                "--token '{t}': expected TOKEN or TOKEN:DOMAIN, both non-empty"
            ));
        }
        match users.iter_mut().find(|u| u.token == token) {
            Some(u) if !u.domains.iter().any(|d| d == domain) => u.domains.push(domain.into()),
            Some(_) => {}
            None => users.push(User {
                token: token.into(),
                domains: vec![domain.into()],
            }),
        }
    }
    Ok(users)
}

/// How a sandbox behaves.
#[derive(Clone, Debug)]
pub struct Options {
    pub api: Api,
    /// Magistrala v0.20: the clients API answering with `{"message"}`-only
    /// errors and its statuses (always so for `Api::Profiles`).
    pub typed_errors: bool,
    pub users: Vec<User>,
    /// Users whose e-mail is not verified: refused on management requests
    /// (v0.30).
    pub unverified: Vec<User>,
    /// Domains that exist but have no members.
    pub known_domains: Vec<String>,
    /// What the Clients service holds: `{id, domain_id?, name?, identity?, secret?}`.
    pub clients: Vec<Value>,
    /// What the Channels service holds: `{id, domain_id?, name?, route?, metadata?}`.
    pub channels: Vec<Value>,
    pub encrypt_key: Vec<u8>,
    /// Append one line per request (`METHOD PATH STATUS`) to this file.
    pub request_log: Option<std::path::PathBuf>,
    /// Injected faults, for tests and demos.
    pub faults: Faults,
    /// Serve HTTPS with this configuration.
    pub tls: Option<Arc<tokio_rustls::rustls::ServerConfig>>,
    /// Accounts of the users service, for `login`.
    pub accounts: Vec<users::Account>,
    /// Lifetimes of the tokens the users service issues.
    pub lifetimes: users::Lifetimes,
}

/// Faults injected into API requests (not into `/health`).
#[derive(Clone, Debug, Default)]
pub struct Faults {
    /// Share of requests answered 503 before anything is done.
    pub fail_rate: f64,
    /// Share of requests carried out, then the connection closed without an answer.
    pub drop_rate: f64,
    /// Delay before each request is handled.
    pub latency: std::time::Duration,
    /// Seed of the fault dice (random when `None`).
    pub seed: Option<u64>,
    /// Answer every request (`/health` too) with 503 for this long after
    /// the start: a service that is down, then comes up.
    pub unavailable_for: std::time::Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            api: Api::V1,
            typed_errors: false,
            users: vec![User {
                token: DEFAULT_TOKEN.into(),
                domains: vec![DEFAULT_DOMAIN.into()],
            }],
            unverified: Vec::new(),
            known_domains: Vec::new(),
            clients: Vec::new(),
            channels: Vec::new(),
            encrypt_key: DEFAULT_ENCRYPT_KEY.as_bytes().to_vec(),
            request_log: None,
            faults: Faults::default(),
            tls: None,
            accounts: Vec::new(),
            lifetimes: users::Lifetimes::default(),
        }
    }
}

/// A running service's state.
pub struct Sandbox {
    opts: Options,
    log: Option<Mutex<std::fs::File>>,
    dice: Mutex<rand::rngs::SmallRng>,
    /// The tables of the older generations.
    store: Mutex<Store>,
    /// The tables of v0.30.
    mg: Mutex<magistrala::Tables>,
    instance_id: String,
    served: AtomicU64,
    /// What the users service issued.
    tokens: users::Tokens,
    started: std::time::Instant,
}

type Resp = Response<Full<Bytes>>;

impl Sandbox {
    pub fn new(opts: Options) -> std::io::Result<Arc<Self>> {
        let log = match &opts.request_log {
            Some(p) => Some(Mutex::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)?,
            )),
            None => None,
        };
        let dice = match opts.faults.seed {
            Some(seed) => rand::SeedableRng::seed_from_u64(seed),
            None => rand::SeedableRng::from_entropy(),
        };
        Ok(Arc::new(Sandbox {
            dice: Mutex::new(dice),
            log,
            opts,
            store: Mutex::new(Store::default()),
            mg: Mutex::new(magistrala::Tables::default()),
            instance_id: store::uuid_v4(),
            served: AtomicU64::new(0),
            tokens: users::Tokens::default(),
            started: std::time::Instant::now(),
        }))
    }

    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// Serves HTTP on `listener` until `shutdown` completes.
    pub async fn serve(
        self: Arc<Self>,
        listener: TcpListener,
        shutdown: impl std::future::Future<Output = ()>,
    ) -> std::io::Result<()> {
        tokio::pin!(shutdown);
        loop {
            let (stream, _peer): (_, SocketAddr) = tokio::select! {
                r = listener.accept() => match r {
                    Ok(s) => s,
                    // Out of file descriptors and the like: keep serving.
                    Err(_) => { tokio::time::sleep(std::time::Duration::from_millis(10)).await; continue; }
                },
                _ = &mut shutdown => return Ok(()),
            };
            let sb = Arc::clone(&self);
            let tls = self.opts.tls.clone().map(tokio_rustls::TlsAcceptor::from);
            tokio::spawn(async move {
                match tls {
                    // A failed handshake just ends that connection.
                    Some(acceptor) => {
                        if let Ok(stream) = acceptor.accept(stream).await {
                            serve_connection(sb, stream).await;
                        }
                    }
                    None => serve_connection(sb, stream).await,
                }
            });
        }
    }

    /// Handles one request; `None` means: close the connection without an answer.
    async fn handle(&self, req: Request<Incoming>) -> Option<Resp> {
        let (parts, body) = req.into_parts();
        let body = match Limited::new(body, MAX_BODY).collect().await {
            Ok(b) => b.to_bytes(),
            Err(_) => {
                return Some(plain(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "request body too large\n",
                ));
            }
        };
        self.served.fetch_add(1, Ordering::Relaxed);
        let f = &self.opts.faults;
        let faulty = parts.uri.path() != "/health";
        if faulty && !f.latency.is_zero() {
            tokio::time::sleep(f.latency).await;
        }
        let (fail, drop) = if faulty && (f.fail_rate > 0.0 || f.drop_rate > 0.0) {
            use rand::Rng;
            let mut d = self.dice.lock().unwrap();
            (
                d.gen_bool(f.fail_rate.clamp(0.0, 1.0)),
                d.gen_bool(f.drop_rate.clamp(0.0, 1.0)),
            )
        } else {
            (false, false)
        };
        // Go reads the first header line, trimmed of spaces and tabs, as bytes.
        let header = |name| {
            parts
                .headers
                .get(name)
                .map(|v: &HeaderValue| v.as_bytes().trim_ascii().to_vec())
                .unwrap_or_default()
        };
        let req = Req {
            method: parts.method.as_str().to_string(),
            content_type: header(CONTENT_TYPE),
            authorization: header(AUTHORIZATION),
            query: parts.uri.query().unwrap_or("").to_string(),
            body,
        };
        let down = self.started.elapsed() < f.unavailable_for;
        let resp = if down {
            serr(
                StatusCode::SERVICE_UNAVAILABLE,
                "service unavailable (not up yet)",
            )
            .into_resp(self.typed())
        } else if fail {
            serr(
                StatusCode::SERVICE_UNAVAILABLE,
                "service unavailable (injected fault)",
            )
            .into_resp(self.typed())
        } else {
            self.route(&req, parts.uri.path())
        };
        let dropped = drop && !fail;
        if let Some(log) = &self.log {
            use std::io::Write;
            let target = parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_string())
                .unwrap_or_default();
            // Written before the reply leaves, so a client that has its answer sees the line.
            let status = if dropped {
                "dropped".to_string()
            } else {
                resp.status().as_u16().to_string()
            };
            let _ = writeln!(log.lock().unwrap(), "{} {} {}", req.method, target, status);
        }
        (!dropped).then_some(resp)
    }

    fn route(&self, req: &Req, raw_path: &str) -> Resp {
        // The users service's token endpoints, at this root too.
        if let Some(r) = self.users(req, raw_path) {
            return r;
        }
        let Some(path) = route::routing_path(raw_path) else {
            return bad_request();
        };
        match route::resolve(self.opts.api, &req.method, &path) {
            Routed::NotAllowed(methods) => not_allowed(&methods),
            Routed::NotFound => not_found(),
            Routed::MountMiss { domain } => {
                self.answer(|| self.middleware(req, domain).map(|_| not_found()))
            }
            // Each endpoint starts with the middleware, as the mount's routes do.
            Routed::To {
                endpoint,
                id,
                domain,
            } => {
                let m = Mgmt { req, domain };
                let id = PathId::new(id);
                match endpoint {
                    Endpoint::Health => self.health(),
                    Endpoint::Metrics => self.metrics(),
                    e if self.opts.api == Api::Profiles => self.magistrala(e, &m, &id),
                    e => self.legacy(e, &m, &id),
                }
            }
        }
    }

    // ----- authentication and the error model ----------------------------

    /// Magistrala's `{"message"}`-only errors (v0.20 and v0.30).
    fn typed(&self) -> bool {
        self.opts.typed_errors || self.opts.api == Api::Profiles
    }

    /// The answer of a handler, failures in this generation's error model.
    fn answer(&self, f: impl FnOnce() -> Result<Resp, Fail>) -> Resp {
        f().unwrap_or_else(|e| e.into_resp(self.typed()))
    }

    /// The bearer token, or `None` when the header lacks the exact `Bearer ` prefix.
    fn bearer<'a>(&self, req: &'a Req) -> Option<&'a [u8]> {
        req.authorization
            .strip_prefix(b"Bearer ")
            .filter(|t| !t.is_empty())
    }

    fn identify(&self, token: &[u8]) -> Result<User, Fail> {
        if let Some(u) = self.opts.users.iter().find(|u| u.token.as_bytes() == token) {
            return Ok(u.clone());
        }
        if let Some(u) = self.logged_in(token) {
            return u;
        }
        if self
            .opts
            .unverified
            .iter()
            .any(|u| u.token.as_bytes() == token)
        {
            return Err(serr(StatusCode::UNAUTHORIZED, "email not verified"));
        }
        Err(serr(
            StatusCode::UNAUTHORIZED,
            "failed to perform authentication over the entity",
        ))
    }

    /// The domain generations' authentication middleware: the token, then
    /// (clients, v0.30) a domain in the path.
    fn middleware(&self, req: &Req, path_domain: &[u8]) -> Result<(), Fail> {
        if self.opts.api == Api::V1 {
            return Ok(());
        }
        let Some(token) = self.bearer(req) else {
            return Err(serr(
                StatusCode::UNAUTHORIZED,
                "missing or invalid bearer user token",
            ));
        };
        self.identify(token)?;
        if self.opts.api != Api::Domain && path_domain.is_empty() {
            return Err(serr(StatusCode::BAD_REQUEST, "missing domainID"));
        }
        Ok(())
    }

    /// The validation-stage token check (V1): a token must be there.
    fn require_token<'a>(&self, m: &Mgmt<'a>) -> Result<&'a [u8], Fail> {
        self.bearer(m.req).ok_or_else(|| {
            verr(
                StatusCode::UNAUTHORIZED,
                "missing or invalid bearer user token",
            )
        })
    }

    /// The validation-stage token check, then identification: the session.
    /// Its domain is the token's own, or the path's where the path decides.
    fn authenticate(&self, m: &Mgmt) -> Result<Session, Fail> {
        let user = self.identify(self.require_token(m)?)?;
        let domain = match self.opts.api {
            Api::Clients | Api::Profiles => String::from_utf8_lossy(m.domain).into_owned(),
            Api::V1 | Api::Domain => user.domains[0].clone(),
        };
        Ok(Session { user, domain })
    }

    /// The user must be a member of the session's domain (it always is of
    /// its own). SuperMQ says so about "the domain"; Magistrala's domains
    /// service answers 404 for a domain it does not know, and 403 "over the
    /// entity" for one the user is not a member of.
    fn authorize_domain(&self, s: &Session) -> Result<(), Fail> {
        if s.member() {
            return Ok(());
        }
        if !self.typed() {
            return Err(serr(
                StatusCode::FORBIDDEN,
                "failed to perform authorization over the domain",
            ));
        }
        if !self.domain_known(&s.domain) {
            return Err(serr(StatusCode::NOT_FOUND, "entity not found"));
        }
        Err(serr(
            StatusCode::FORBIDDEN,
            "failed to perform authorization over the entity",
        ))
    }

    /// Whether the domains service knows the domain: some user's, or one
    /// that exists without members.
    fn domain_known(&self, domain: &str) -> bool {
        self.opts
            .users
            .iter()
            .chain(&self.opts.unverified)
            .any(|u| u.domains.iter().any(|d| d == domain))
            || self.opts.known_domains.iter().any(|d| d == domain)
    }

    /// The body as the Go struct `type_name`, after the Content-Type check.
    /// Magistrala hides the decoder's message behind one fixed text.
    fn decode_body(
        &self,
        m: &Mgmt,
        type_name: &str,
        spec: &[(&'static str, Kind)],
    ) -> Result<gojson::Decoded, Fail> {
        if !contains(&m.req.content_type, b"application/json") {
            return Err(verr(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported content type",
            ));
        }
        gojson::decode(&m.req.body, type_name, spec).map_err(|e| {
            if self.typed() {
                verr(StatusCode::BAD_REQUEST, NOT_JSON)
            } else {
                verr(StatusCode::BAD_REQUEST, &e)
            }
        })
    }

    fn health(&self) -> Resp {
        // What the real service reports when built without version stamping.
        let body = json!({
            "status": "pass",
            "version": "0.0.0",
            "commit": "ffffffff",
            "description": "bootstrap service",
            "build_time": "1970-01-01_00:00:00",
            "instance_id": self.instance_id,
        });
        with_type(
            StatusCode::OK,
            "application/health+json",
            gojson::encode(&body),
        )
    }

    /// Prometheus text, with the content type of the generation's release.
    fn metrics(&self) -> Resp {
        let escaping = if self.opts.api == Api::V1 {
            "values"
        } else {
            "underscores"
        };
        let body = format!(
            "# HELP bootstrap_api_request_count Number of requests received.\n\
             # TYPE bootstrap_api_request_count counter\n\
             bootstrap_api_request_count {}\n",
            self.served.load(Ordering::Relaxed)
        );
        let mut r = Response::new(Full::new(Bytes::from(body)));
        r.headers_mut().insert(
            CONTENT_TYPE,
            header_value(
                format!("text/plain; version=0.0.4; charset=utf-8; escaping={escaping}").as_bytes(),
            ),
        );
        r
    }
}

/// Serves HTTP/1.1 on one connection, plain or TLS.
async fn serve_connection<S>(sb: Arc<Sandbox>, stream: S)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let io = hyper_util::rt::TokioIo::new(stream);
    let svc = hyper::service::service_fn(move |req| {
        let sb = Arc::clone(&sb);
        async move { sb.handle(req).await.ok_or(DroppedReply) }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .serve_connection(io, svc)
        .await;
}

/// The service's way of saying "no answer": hyper closes the connection.
#[derive(Debug)]
struct DroppedReply;

impl std::fmt::Display for DroppedReply {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("reply dropped (injected fault)")
    }
}

impl std::error::Error for DroppedReply {}

struct Req {
    /// As sent: chi compares methods case-sensitively.
    method: String,
    content_type: Vec<u8>,
    authorization: Vec<u8>,
    query: String,
    body: Bytes,
}

/// A management request and the `{domainID}` segment of its path.
struct Mgmt<'a> {
    req: &'a Req,
    domain: &'a [u8],
}

/// Who asks, and in which domain.
struct Session {
    user: User,
    domain: String,
}

impl Session {
    fn member(&self) -> bool {
        self.user.domains.contains(&self.domain)
    }
}

/// An id from the path, as text for lookups, and whether postgres would take
/// it (no NUL byte, valid UTF-8).
struct PathId {
    text: String,
    storable: bool,
}

impl PathId {
    fn new(raw: &[u8]) -> PathId {
        match std::str::from_utf8(raw) {
            Ok(s) => PathId {
                text: s.to_string(),
                storable: !s.contains('\0'),
            },
            Err(_) => PathId {
                text: String::from_utf8_lossy(raw).into_owned(),
                storable: false,
            },
        }
    }
}

fn put_nonempty(o: &mut serde_json::Map<String, Value>, k: &str, v: &str) {
    if !v.is_empty() {
        o.insert(k.into(), json!(v));
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// PostgreSQL's `int8` input: blanks around, an optional sign, decimal digits.
fn parse_int8(s: &str) -> Option<i64> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.strip_prefix('+').unwrap_or(t).parse().ok()
}

/// Strict query parsing as Go's `url.ParseQuery`: a bad escape or a `;` fails.
/// Values are bytes: Go does not check their UTF-8.
fn parse_query(q: &str) -> Option<HashMap<String, Vec<Vec<u8>>>> {
    let mut out: HashMap<String, Vec<Vec<u8>>> = HashMap::new();
    for part in q.split('&').filter(|p| !p.is_empty()) {
        if part.contains(';') {
            return None;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let key = String::from_utf8_lossy(&unescape_query(k)?).into_owned();
        out.entry(key).or_default().push(unescape_query(v)?);
    }
    Some(out)
}

/// A paging number of a query as the services read it: `default` when
/// absent; else one value, digits only, that fits a u64. `None` is their
/// 400 "invalid query parameters".
fn query_u64(q: &HashMap<String, Vec<Vec<u8>>>, key: &str, default: u64) -> Option<u64> {
    match q.get(key).map(Vec::as_slice) {
        None => Some(default),
        Some([v]) if !v.is_empty() && v.iter().all(u8::is_ascii_digit) => {
            std::str::from_utf8(v).ok()?.parse().ok()
        }
        Some(_) => None,
    }
}

fn unescape_query(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let h = b.get(i + 1..i + 3)?;
                let h = std::str::from_utf8(h).ok()?;
                out.push(u8::from_str_radix(h, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Some(out)
}

/// A failed request: the error body is built only when it is sent.
enum Fail {
    /// A request-validation error: SuperMQ puts the text in `error` under a
    /// generic `message`; Magistrala makes it the `message`.
    Validation(StatusCode, String),
    /// A service error: the `message` (SuperMQ adds an empty `error`).
    Service(StatusCode, String),
    /// A 500 with an empty body.
    Internal,
}

impl Fail {
    fn into_resp(self, typed: bool) -> Resp {
        match self {
            Fail::Validation(status, error) if typed => {
                json_resp(status, &json!({ "message": error }))
            }
            Fail::Validation(status, error) => {
                json_resp(status, &json!({"error": error, "message": REQ_ERR}))
            }
            Fail::Service(status, message) if typed => {
                json_resp(status, &json!({ "message": message }))
            }
            Fail::Service(status, message) => {
                json_resp(status, &json!({"error": "", "message": message}))
            }
            Fail::Internal => with_type(
                StatusCode::INTERNAL_SERVER_ERROR,
                "application/json",
                Vec::new(),
            ),
        }
    }
}

/// chi's 405: no body, no Content-Type, one `Allow` line per method in the
/// random order chi's map gives them.
fn not_allowed(methods: &[&'static str]) -> Resp {
    let mut r = Response::new(Full::new(Bytes::new()));
    *r.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
    let mut methods = methods.to_vec();
    methods.shuffle(&mut rand::thread_rng());
    for m in methods {
        r.headers_mut()
            .append(hyper::header::ALLOW, HeaderValue::from_static(m));
    }
    r
}

/// Go's server refusing a request line it cannot parse.
fn bad_request() -> Resp {
    let mut r = plain(StatusCode::BAD_REQUEST, "400 Bad Request");
    r.headers_mut()
        .insert(hyper::header::CONNECTION, HeaderValue::from_static("close"));
    r
}

/// A header value written as Go writes it: bytes as they are, line breaks
/// turned into spaces (and, unlike Go, other control bytes too).
fn header_value(b: &[u8]) -> HeaderValue {
    let clean: Vec<u8> = b
        .iter()
        .map(|&c| if c < 0x20 || c == 0x7f { b' ' } else { c })
        .collect();
    HeaderValue::from_bytes(&clean).expect("control bytes were replaced")
}

fn with_type(status: StatusCode, ctype: &'static str, body: Vec<u8>) -> Resp {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(ctype));
    r
}

fn json_resp(status: StatusCode, v: &Value) -> Resp {
    with_type(status, "application/json", gojson::encode(v))
}

fn page_json(total: u64, offset: u64, limit: u64, configs: Vec<Value>) -> Resp {
    json_resp(
        StatusCode::OK,
        &json!({"total": total, "offset": offset, "limit": limit, "configs": configs}),
    )
}

fn empty(status: StatusCode) -> Resp {
    with_type(status, "application/json", Vec::new())
}

fn plain(status: StatusCode, text: &str) -> Resp {
    with_type(
        status,
        "text/plain; charset=utf-8",
        text.as_bytes().to_vec(),
    )
}

fn not_found() -> Resp {
    let mut r = plain(StatusCode::NOT_FOUND, "404 page not found\n");
    r.headers_mut().insert(
        hyper::header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

impl Sandbox {
    /// A device's bootstrap document as the service sends it: JSON, or on
    /// the secure endpoint sealed with the service's key.
    fn device_reply(&self, doc: &Value, secure: bool) -> Result<Resp, Fail> {
        if !secure {
            return Ok(json_resp(StatusCode::OK, doc));
        }
        let sealed = crate::crypto::seal(&self.opts.encrypt_key, &gojson::marshal(doc))
            .map_err(|_| Fail::Internal)?;
        Ok(with_type(
            StatusCode::OK,
            "application/octet-stream",
            sealed,
        ))
    }

    /// The device key as the service compares it: the bytes after the
    /// header's prefix, or on the secure endpoint their hex decoded and
    /// decrypted with the service's key (403 when that cannot be done).
    fn presented_key(&self, key: &[u8], secure: bool) -> Result<Vec<u8>, Fail> {
        if !secure {
            // Compared as raw bytes: UTF-8 keys work.
            return Ok(key.to_vec());
        }
        let bad = || {
            serr(
                StatusCode::FORBIDDEN,
                "failed to get bootstrap configuration for given encrypted external key",
            )
        };
        let wire = hex::decode(key).map_err(|_| bad())?;
        crate::crypto::check_key(&self.opts.encrypt_key).map_err(|_| bad())?;
        // Upstream bug B4: input shorter than the IV decrypts to "".
        Ok(crate::crypto::open(&self.opts.encrypt_key, &wire).unwrap_or_default())
    }
}

fn verr(status: StatusCode, error: &str) -> Fail {
    Fail::Validation(status, error.to_string())
}

fn serr(status: StatusCode, message: &str) -> Fail {
    Fail::Service(status, message.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_parsing_is_strict() {
        assert!(parse_query("limit=1;offset=2").is_none());
        assert!(parse_query("name=%zz").is_none());
        let q = parse_query("name=a+b%21&limit=5&limit=6&x=%FF").unwrap();
        assert_eq!(q["name"], vec![b"a b!".to_vec()]);
        assert_eq!(q["limit"].len(), 2);
        assert_eq!(q["x"], vec![vec![0xff]]);
    }

    #[test]
    fn int8_input() {
        for (s, v) in [
            ("0", Some(0)),
            (" 0", Some(0)),
            ("+0", Some(0)),
            ("-0", Some(0)),
            ("01", Some(1)),
            ("1 ", Some(1)),
        ] {
            assert_eq!(parse_int8(s), v, "{s:?}");
        }
        for s in ["", "abc", "1e0", "9223372036854775808", "+", "- 1"] {
            assert_eq!(parse_int8(s), None, "{s:?}");
        }
        assert_eq!(parse_int8("-9223372036854775808"), Some(i64::MIN));
    }

    #[test]
    fn users_from_token_arguments() {
        let u = users_from_args(
            &[
                "T1:dom-1".into(),
                "T1:dom-2".into(),
                "plain".into(),
                "a:b:c".into(),
            ],
            "def",
        )
        .unwrap();
        assert_eq!(u[0].domains, ["dom-1", "dom-2"]);
        assert_eq!(u[1].domains, ["def"]);
        assert_eq!(
            (u[2].token.as_str(), u[2].domains[0].as_str()),
            ("a:b", "c")
        );
        assert!(users_from_args(&["T:".into()], "d").is_err());
        assert!(users_from_args(&[":d".into()], "d").is_err());
    }
}
