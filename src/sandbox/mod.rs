//! An in-memory stand-in for the bootstrap service that answers as the real
//! server does, request for request: the same routing (Go's raw-path rule and
//! chi's matching), status codes, error bodies, validation order, headers and
//! octet-stream secure replies. It is held to the real server's recorded
//! answers in `../shared/conformance`.
//!
//! Model: users are tokens, each an admin of the domains listed for it (the
//! first is its own domain); things are known once a config named or made
//! them, and outlive their config; channels are accepted by id, with no name
//! and `null` metadata, and belong to one domain while a config uses them.

pub mod gojson;
pub mod route;
mod store;
pub mod tls;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue, LOCATION};
use hyper::{Request, Response, StatusCode};
use rand::seq::SliceRandom;
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::crypto;
use crate::generation::Api;
use crate::record;
use gojson::Kind;
use route::{Endpoint, Routed};
pub use store::{Store, StoredConfig};

/// The upstream default encryption key.
pub const DEFAULT_ENCRYPT_KEY: &str = "12345678910111213141516171819202";
/// The token accepted when none is configured.
pub const DEFAULT_TOKEN: &str = "sandbox-token";
/// The domain of a token given without one.
pub const DEFAULT_DOMAIN: &str = "d0d0d0d0-0000-4000-8000-000000000001";

const REQ_ERR: &str = "something went wrong with the request";
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
    pub users: Vec<User>,
    pub encrypt_key: Vec<u8>,
    /// Append one line per request (`METHOD PATH STATUS`) to this file.
    pub request_log: Option<std::path::PathBuf>,
    /// Injected faults, for tests and demos.
    pub faults: Faults,
    /// Serve HTTPS with this configuration.
    pub tls: Option<Arc<tokio_rustls::rustls::ServerConfig>>,
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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            api: Api::V1,
            users: vec![User {
                token: DEFAULT_TOKEN.into(),
                domains: vec![DEFAULT_DOMAIN.into()],
            }],
            encrypt_key: DEFAULT_ENCRYPT_KEY.as_bytes().to_vec(),
            request_log: None,
            faults: Faults::default(),
            tls: None,
        }
    }
}

/// A running service's state.
pub struct Sandbox {
    opts: Options,
    log: Option<Mutex<std::fs::File>>,
    dice: Mutex<rand::rngs::SmallRng>,
    store: Mutex<Store>,
    instance_id: String,
    served: AtomicU64,
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
            instance_id: store::uuid_v4(),
            served: AtomicU64::new(0),
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
        let resp = if fail {
            Fail::Service(
                StatusCode::SERVICE_UNAVAILABLE,
                "service unavailable (injected fault)",
            )
            .into_resp()
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
        let Some(path) = route::routing_path(raw_path) else {
            return bad_request();
        };
        match route::resolve(self.opts.api, &req.method, &path) {
            Routed::NotAllowed(methods) => not_allowed(&methods),
            Routed::NotFound => not_found(),
            Routed::MountMiss { domain } => {
                try_resp(|| self.middleware(req, domain).map(|_| not_found()))
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
                    Endpoint::List => self.list(&m),
                    Endpoint::Create => self.create(&m),
                    Endpoint::View => self.view(&m, &id),
                    Endpoint::Update => self.update(&m, &id),
                    Endpoint::Remove => self.remove(&m, &id),
                    Endpoint::Certs => self.certs(&m, &id),
                    Endpoint::Connections => self.connections(&m, &id),
                    Endpoint::State => self.state(&m, &id),
                    Endpoint::BootstrapBare => self.bootstrap(req, None, false),
                    Endpoint::Bootstrap => self.bootstrap(req, Some(&id), false),
                    Endpoint::BootstrapSecure => self.bootstrap(req, Some(&id), true),
                }
            }
        }
    }

    // ----- authentication -----------------------------------------------

    /// The bearer token, or `None` when the header lacks the exact `Bearer ` prefix.
    fn bearer<'a>(&self, req: &'a Req) -> Option<&'a [u8]> {
        req.authorization
            .strip_prefix(b"Bearer ")
            .filter(|t| !t.is_empty())
    }

    fn identify(&self, token: &[u8]) -> Result<&User, Fail> {
        self.opts
            .users
            .iter()
            .find(|u| u.token.as_bytes() == token)
            .ok_or_else(|| {
                serr(
                    StatusCode::UNAUTHORIZED,
                    "failed to perform authentication over the entity",
                )
            })
    }

    /// The domain generations' authentication middleware: the token, then
    /// (clients) a domain in the path.
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
        if self.opts.api == Api::Clients && path_domain.is_empty() {
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
    /// Its domain is the token's own, or the path's in the clients generation.
    fn authenticate<'s>(&'s self, m: &Mgmt) -> Result<Session<'s>, Fail> {
        let user = self.identify(self.require_token(m)?)?;
        let domain = match self.opts.api {
            Api::Clients => String::from_utf8_lossy(m.domain).into_owned(),
            Api::V1 | Api::Domain => user.domains[0].clone(),
        };
        Ok(Session { user, domain })
    }

    /// The user must be a member of the session's domain (it always is of
    /// its own; the clients generation takes the domain from the path).
    fn authorize_domain(&self, s: &Session) -> Result<(), Fail> {
        if s.member() {
            Ok(())
        } else {
            Err(serr(
                StatusCode::FORBIDDEN,
                "failed to perform authorization over the domain",
            ))
        }
    }

    /// A thing of one of the user's domains, else the authorization failure
    /// the real service gives (an id that never was a thing included).
    fn authorize_thing(&self, store: &Store, s: &Session, id: &PathId) -> Result<(), Fail> {
        match store.thing_domain(&id.text) {
            Some(d) if s.user.domains.iter().any(|ud| ud == d) => Ok(()),
            _ => Err(serr(
                StatusCode::FORBIDDEN,
                "failed to perform authorization over the entity",
            )),
        }
    }

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
        gojson::decode(&m.req.body, type_name, spec).map_err(|e| verr(StatusCode::BAD_REQUEST, &e))
    }

    // ----- endpoints ----------------------------------------------------

    fn create(&self, m: &Mgmt) -> Resp {
        let api = self.opts.api;
        try_resp(|| {
            self.middleware(m.req, m.domain)?;
            let id_field = api.id_field();
            let mut spec: Vec<(&'static str, Kind)> = record::create_string_fields(api)
                .into_iter()
                .map(|f| (f, Kind::Str))
                .collect();
            spec.push((record::CHANNELS, Kind::StrList));
            let d = self.decode_body(m, "api.addReq", &spec)?;
            self.require_token(m)?;
            if d.str("external_id").is_empty() {
                return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
            }
            if d.str("external_key").is_empty() {
                return Err(verr(
                    StatusCode::BAD_REQUEST,
                    "missing or invalid bearer entity key",
                ));
            }
            let channels = d.list("channels").unwrap_or_default();
            if channels.is_empty() {
                return Err(verr(StatusCode::BAD_REQUEST, "empty list provided"));
            }
            if channels.iter().any(String::is_empty) {
                return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
            }
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let cfg = StoredConfig {
                domain: session.domain.clone(),
                thing_id: d.str(id_field),
                external_id: d.str("external_id"),
                external_key: d.str("external_key"),
                name: d.str("name"),
                content: d.str("content"),
                client_cert: d.str("client_cert"),
                client_key: d.str("client_key"),
                ca_cert: d.str("ca_cert"),
                channels,
                ..StoredConfig::default()
            };
            let id = self.store.lock().unwrap().add(cfg).map_err(|e| match e {
                store::AddError::ForeignThing => {
                    serr(StatusCode::FORBIDDEN, "failed to find thing")
                }
                store::AddError::Refused => serr(
                    StatusCode::BAD_REQUEST,
                    "failed to add bootstrap configuration",
                ),
            })?;
            let location = format!("{}{}", api.location_prefix(), id);
            let mut r = empty(StatusCode::CREATED);
            r.headers_mut()
                .insert(LOCATION, header_value(location.as_bytes()));
            Ok(r)
        })
    }

    fn list(&self, m: &Mgmt) -> Resp {
        try_resp(|| {
            self.middleware(m.req, m.domain)?;
            let q = parse_query(&m.req.query)
                .ok_or_else(|| verr(StatusCode::BAD_REQUEST, "invalid query parameters"))?;
            let num = |key: &str, default: u64| -> Result<u64, Fail> {
                match q.get(key).map(Vec::as_slice) {
                    None => Ok(default),
                    Some([v]) if !v.is_empty() && v.iter().all(u8::is_ascii_digit) => {
                        std::str::from_utf8(v)
                            .ok()
                            .and_then(|v| v.parse().ok())
                            .ok_or_else(|| {
                                verr(StatusCode::BAD_REQUEST, "invalid query parameters")
                            })
                    }
                    Some(_) => Err(verr(StatusCode::BAD_REQUEST, "invalid query parameters")),
                }
            };
            let offset = num("offset", 0)?;
            let limit = num("limit", 10)?;
            self.require_token(m)?;
            if limit > 100 {
                return Err(verr(StatusCode::BAD_REQUEST, "invalid limit size"));
            }
            let session = self.authenticate(m)?;
            if !session.member() {
                // The user may view no thing there: an empty page.
                return Ok(page_json(0, offset, limit, vec![]));
            }
            match self.filter(&q) {
                // The repository's query failed: upstream swallows the error
                // into this zero page (bug B2).
                Some(filter) if i64::try_from(offset).is_ok() => {
                    let store = self.store.lock().unwrap();
                    let (total, items) =
                        store.list(&session.domain, &filter, offset as usize, limit as usize);
                    let configs = items
                        .into_iter()
                        .map(|c| self.view_json(&store, c, false))
                        .collect();
                    Ok(page_json(total as u64, offset, limit, configs))
                }
                _ => Ok(page_json(0, 0, 0, vec![])),
            }
        })
    }

    /// The list filters as the repository gets them: every filter key that
    /// is present counts, with its first value. `None` when postgres would
    /// fail the query: a filter naming a column that does not exist, a value
    /// with a NUL byte or invalid UTF-8, a state that is not an `int8`.
    fn filter(&self, q: &HashMap<String, Vec<Vec<u8>>>) -> Option<store::Filter> {
        let api = self.opts.api;
        let first = |k: &str| q.get(k).and_then(|v| v.first());
        let text = |k: &str| -> Option<Option<String>> {
            match first(k) {
                None => Some(None),
                Some(v) => String::from_utf8(v.clone())
                    .ok()
                    .filter(|s| !s.contains('\0'))
                    .map(Some),
            }
        };
        let missing_columns: &[&str] = match api {
            Api::V1 | Api::Domain => &["thing_id", "thing_key"],
            Api::Clients => &["client_id"],
        };
        if missing_columns.iter().any(|k| q.contains_key(*k)) {
            return None;
        }
        let state = match text("state")? {
            None => None,
            Some(s) => Some(parse_int8(&s)?),
        };
        // The name is lower-cased by Go first, which turns invalid UTF-8 into U+FFFD.
        let name = first("name")
            .map(|v| String::from_utf8_lossy(v).to_lowercase())
            .filter(|n| !n.contains('\0'));
        if first("name").is_some() && name.is_none() {
            return None;
        }
        Some(store::Filter {
            state,
            external_id: text("external_id")?,
            name,
            client_key: if api == Api::Clients {
                text("client_key")?
            } else {
                None
            },
        })
    }

    fn view(&self, m: &Mgmt, id: &PathId) -> Resp {
        try_resp(|| {
            self.middleware(m.req, m.domain)?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            let cfg = store
                .get(&session.domain, &id.text)
                .ok_or_else(|| serr(StatusCode::BAD_REQUEST, "view entity failed"))?;
            Ok(json_resp(
                StatusCode::OK,
                &self.view_json(&store, cfg, true),
            ))
        })
    }

    fn view_json(&self, store: &Store, c: &StoredConfig, with_channels: bool) -> Value {
        let api = self.opts.api;
        let mut o = serde_json::Map::new();
        put_nonempty(&mut o, api.id_field(), &c.thing_id);
        put_nonempty(&mut o, api.key_field(), &c.thing_key);
        if with_channels && !c.channels.is_empty() {
            o.insert("channels".into(), channels_json(&store.channels(c)));
        }
        o.insert("external_id".into(), json!(c.external_id));
        put_nonempty(&mut o, "external_key", &c.external_key);
        put_nonempty(&mut o, "content", &c.content);
        put_nonempty(&mut o, "name", &c.name);
        o.insert("state".into(), json!(c.state));
        Value::Object(o)
    }

    fn update(&self, m: &Mgmt, id: &PathId) -> Resp {
        try_resp(|| {
            self.middleware(m.req, m.domain)?;
            let d = self.decode_body(
                m,
                "api.updateReq",
                &[("name", Kind::Str), ("content", Kind::Str)],
            )?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            store
                .update(&session.domain, &id.text, d.str("name"), d.str("content"))
                .map_err(|e| update_failure(e, "failed to update connections"))?;
            Ok(empty(StatusCode::OK))
        })
    }

    fn certs(&self, m: &Mgmt, id: &PathId) -> Resp {
        try_resp(|| {
            self.middleware(m.req, m.domain)?;
            let spec = [
                ("client_cert", Kind::Str),
                ("client_key", Kind::Str),
                ("ca_cert", Kind::Str),
            ];
            let d = self.decode_body(m, "api.updateCertReq", &spec)?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            let c = store
                .update_certs(
                    &session.domain,
                    &id.text,
                    d.str("client_cert"),
                    d.str("client_key"),
                    d.str("ca_cert"),
                )
                .map_err(|e| update_failure(e, "failed to update cert"))?;
            let api = self.opts.api;
            let mut o = serde_json::Map::new();
            put_nonempty(&mut o, api.id_field(), &c.thing_id);
            let order: [(&str, &String); 3] = if api == Api::Clients {
                [
                    ("ca_cert", &c.ca_cert),
                    ("client_cert", &c.client_cert),
                    ("client_key", &c.client_key),
                ]
            } else {
                [
                    ("client_cert", &c.client_cert),
                    ("ca_cert", &c.ca_cert),
                    ("client_key", &c.client_key),
                ]
            };
            for (k, v) in order {
                put_nonempty(&mut o, k, v);
            }
            Ok(json_resp(StatusCode::OK, &Value::Object(o)))
        })
    }

    fn connections(&self, m: &Mgmt, id: &PathId) -> Resp {
        try_resp(|| {
            self.middleware(m.req, m.domain)?;
            let d = self.decode_body(m, "api.updateConnReq", &[("channels", Kind::StrList)])?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            store
                .update_channels(
                    &session.domain,
                    &id.text,
                    d.list("channels").unwrap_or_default(),
                )
                .map_err(|e| update_failure(e, "failed to update connections"))?;
            Ok(empty(StatusCode::OK))
        })
    }

    fn remove(&self, m: &Mgmt, id: &PathId) -> Resp {
        try_resp(|| {
            self.middleware(m.req, m.domain)?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            store.remove(&session.domain, &id.text);
            Ok(empty(StatusCode::NO_CONTENT))
        })
    }

    fn state(&self, m: &Mgmt, id: &PathId) -> Resp {
        try_resp(|| {
            self.middleware(m.req, m.domain)?;
            let d = self.decode_body(
                m,
                "api.changeStateReq",
                &[("state", Kind::Int("bootstrap.State"))],
            )?;
            self.require_token(m)?;
            let state = d.int("state");
            if state != 0 && state != 1 {
                return Err(verr(StatusCode::BAD_REQUEST, "invalid bootstrap state"));
            }
            let session = self.authenticate(m)?;
            // No authorization check here, as upstream (bug B7).
            const FAILED: &str = "failed to change state of bootstrap configuration";
            if !id.storable {
                // Postgres fails the lookup itself.
                return Err(serr(StatusCode::BAD_REQUEST, FAILED));
            }
            let mut store = self.store.lock().unwrap();
            if !store.set_state(&session.domain, &id.text, state) {
                return Err(serr(StatusCode::NOT_FOUND, FAILED));
            }
            Ok(empty(StatusCode::OK))
        })
    }

    fn bootstrap(&self, req: &Req, ext: Option<&PathId>, secure: bool) -> Resp {
        try_resp(|| {
            let api = self.opts.api;
            let key = req
                .authorization
                .strip_prefix(api.device_auth_prefix().as_bytes())
                .filter(|k| !k.is_empty())
                .ok_or_else(|| {
                    verr(
                        StatusCode::BAD_REQUEST,
                        "missing or invalid bearer entity key",
                    )
                })?;
            let Some(ext) = ext else {
                return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
            };
            const READ: &str = "failed to read bootstrap configuration";
            if !ext.storable {
                // Postgres fails the lookup: not a "not found".
                return Err(serr(StatusCode::BAD_REQUEST, READ));
            }
            let store = self.store.lock().unwrap();
            let cfg = store
                .by_external_id(&ext.text)
                .ok_or_else(|| serr(StatusCode::NOT_FOUND, READ))?;
            const WRONG_KEY: &str = "failed to get bootstrap configuration for given external key";
            let presented: Vec<u8> = if secure {
                let bad = || {
                    serr(
                        StatusCode::FORBIDDEN,
                        "failed to get bootstrap configuration for given encrypted external key",
                    )
                };
                let wire = hex::decode(key).map_err(|_| bad())?;
                crypto::check_key(&self.opts.encrypt_key).map_err(|_| bad())?;
                // Upstream bug B4: input shorter than the IV decrypts to "".
                crypto::open(&self.opts.encrypt_key, &wire).unwrap_or_default()
            } else {
                // Compared as raw bytes: UTF-8 keys work.
                key.to_vec()
            };
            if presented != cfg.external_key.as_bytes() {
                return Err(serr(StatusCode::FORBIDDEN, WRONG_KEY));
            }
            let doc = self.bootstrap_json(&store, cfg);
            if !secure {
                return Ok(json_resp(StatusCode::OK, &doc));
            }
            let sealed = crypto::seal(&self.opts.encrypt_key, &gojson::marshal(&doc))
                .map_err(|_| Fail::Internal)?;
            Ok(with_type(
                StatusCode::OK,
                "application/octet-stream",
                sealed,
            ))
        })
    }

    fn bootstrap_json(&self, store: &Store, c: &StoredConfig) -> Value {
        let api = self.opts.api;
        let mut o = serde_json::Map::new();
        o.insert(api.id_field().into(), json!(c.thing_id));
        o.insert(api.key_field().into(), json!(c.thing_key));
        o.insert(
            "channels".into(),
            if c.channels.is_empty() {
                Value::Null
            } else {
                channels_json(&store.channels(c))
            },
        );
        put_nonempty(&mut o, "content", &c.content);
        put_nonempty(&mut o, "client_cert", &c.client_cert);
        put_nonempty(&mut o, "client_key", &c.client_key);
        put_nonempty(&mut o, "ca_cert", &c.ca_cert);
        Value::Object(o)
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
struct Session<'a> {
    user: &'a User,
    domain: String,
}

impl Session<'_> {
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

/// Update, certificate and connection failures. The service names
/// connections in the update's messages too (upstream bug B5).
fn update_failure(e: store::UpdateError, message: &'static str) -> Fail {
    let status = match e {
        store::UpdateError::Missing => StatusCode::NOT_FOUND,
        store::UpdateError::ChannelFetch => StatusCode::BAD_REQUEST,
        store::UpdateError::Refused => StatusCode::UNPROCESSABLE_ENTITY,
    };
    serr(status, message)
}

fn channels_json(ids: &[&str]) -> Value {
    Value::Array(
        ids.iter()
            .map(|id| json!({"id": id, "metadata": null}))
            .collect(),
    )
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
    /// A request-validation error: `message` is the generic headline.
    Validation(StatusCode, String),
    /// A service error: `error` is empty.
    Service(StatusCode, &'static str),
    /// A 500 with an empty body.
    Internal,
}

impl Fail {
    fn into_resp(self) -> Resp {
        match self {
            Fail::Validation(status, error) => {
                json_resp(status, &json!({"error": error, "message": REQ_ERR}))
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

fn try_resp(f: impl FnOnce() -> Result<Resp, Fail>) -> Resp {
    f().unwrap_or_else(Fail::into_resp)
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

fn verr(status: StatusCode, error: &str) -> Fail {
    Fail::Validation(status, error.to_string())
}

fn serr(status: StatusCode, message: &'static str) -> Fail {
    Fail::Service(status, message)
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
