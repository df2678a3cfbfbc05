//! An in-memory stand-in for the bootstrap service: the same paths, status
//! codes, error bodies, validation order, `Location` header and octet-stream
//! secure replies as the real server, for trying the tool and for tests.
//!
//! Model: a set of valid tokens, all in one domain with every permission; a
//! table of known things (created with their config, kept when it is removed);
//! channels accepted by id, with no name and `null` metadata.

pub mod gojson;
mod store;
pub mod tls;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{ALLOW, AUTHORIZATION, CONTENT_TYPE, LOCATION};
use hyper::{Method, Request, Response, StatusCode};
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::api::Api;
use crate::crypto;
use gojson::Kind;
pub use store::{Store, StoredConfig};

/// The upstream default encryption key.
pub const DEFAULT_ENCRYPT_KEY: &str = "12345678910111213141516171819202";
/// The token accepted when none is configured.
pub const DEFAULT_TOKEN: &str = "sandbox-token";
/// The domain every sandbox token belongs to.
pub const DEFAULT_DOMAIN: &str = "d0d0d0d0-0000-4000-8000-000000000001";

const REQ_ERR: &str = "something went wrong with the request";
const MAX_BODY: usize = 16 << 20;

/// How a sandbox behaves.
#[derive(Clone, Debug)]
pub struct Options {
    pub api: Api,
    pub tokens: Vec<String>,
    pub encrypt_key: Vec<u8>,
    pub domain: String,
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
            tokens: vec![DEFAULT_TOKEN.into()],
            encrypt_key: DEFAULT_ENCRYPT_KEY.as_bytes().to_vec(),
            domain: DEFAULT_DOMAIN.into(),
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
        let raw_path = parts.uri.path().to_string();
        let query = parts.uri.query().unwrap_or("").to_string();
        let header = |name| {
            parts
                .headers
                .get(name)
                .and_then(|v: &hyper::header::HeaderValue| v.to_str().ok())
                .map(|s| s.trim().to_string())
        };
        let req = Req {
            method: parts.method.clone(),
            content_type: header(CONTENT_TYPE).unwrap_or_default(),
            authorization: header(AUTHORIZATION).unwrap_or_default(),
            query,
            body,
        };
        let target = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_default();
        let segs: Vec<String> = raw_path
            .strip_prefix('/')
            .unwrap_or(&raw_path)
            .split('/')
            .map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect();
        let resp = if fail {
            Fail::Service(
                StatusCode::SERVICE_UNAVAILABLE,
                "service unavailable (injected fault)",
            )
            .into_resp()
        } else {
            self.route(&req, &segs)
        };
        let dropped = drop && !fail;
        if let Some(log) = &self.log {
            use std::io::Write;
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

    fn route(&self, req: &Req, segs: &[String]) -> Resp {
        let s: Vec<&str> = segs.iter().map(String::as_str).collect();
        let api = self.opts.api;
        let ent = api.entity();
        if s == ["health"] {
            return allow(req, &[Method::GET], || self.health());
        }
        // Device paths.
        if s.len() >= 2 && s[0] == ent && s[1] == "bootstrap" {
            return match &s[2..] {
                [] | [""] => allow(req, &[Method::GET], || self.bootstrap(req, "", false)),
                ["secure", ext] if !ext.is_empty() => {
                    allow(req, &[Method::GET], || self.bootstrap(req, ext, true))
                }
                [ext] => allow(req, &[Method::GET], || self.bootstrap(req, ext, false)),
                _ => not_found(),
            };
        }
        // Management paths.
        let rest: &[&str] = match api {
            Api::V1 if !s.is_empty() && s[0] == ent => &s[1..],
            Api::Domain | Api::Clients if s.len() >= 2 && !s[0].is_empty() && s[1] == ent => {
                &s[2..]
            }
            _ => return not_found(),
        };
        let domain = if api == Api::V1 { "" } else { s[0] };
        let m = Mgmt { req, domain };
        match rest {
            ["configs"] | ["configs", ""] => allow(req, &[Method::GET, Method::POST], || {
                if req.method == Method::GET {
                    self.list(&m)
                } else {
                    self.create(&m)
                }
            }),
            ["configs", "certs", id] if !id.is_empty() => {
                allow(req, &[Method::PATCH], || self.certs(&m, id))
            }
            ["configs", "connections", id] if !id.is_empty() => {
                allow(req, &[Method::PUT], || self.connections(&m, id))
            }
            ["configs", id] if !id.is_empty() => allow(
                req,
                &[Method::GET, Method::PUT, Method::DELETE],
                || match req.method {
                    Method::GET => self.view(&m, id),
                    Method::PUT => self.update(&m, id),
                    _ => self.remove(&m, id),
                },
            ),
            ["state", id] if !id.is_empty() => allow(req, &[Method::PUT], || self.state(&m, id)),
            _ => not_found(),
        }
    }

    // ----- authentication -----------------------------------------------

    /// The bearer token, or `None` when the header lacks the exact `Bearer ` prefix.
    fn bearer<'a>(&self, req: &'a Req) -> Option<&'a str> {
        req.authorization
            .strip_prefix("Bearer ")
            .filter(|t| !t.is_empty())
    }

    fn identify(&self, token: &str) -> Result<(), Fail> {
        if self.opts.tokens.iter().any(|t| t == token) {
            Ok(())
        } else {
            Err(serr(
                StatusCode::UNAUTHORIZED,
                "failed to perform authentication over the entity",
            ))
        }
    }

    /// Domain-scoped generations check the token in middleware, before the
    /// body; the clients generation also checks the path's domain.
    fn middleware(&self, m: &Mgmt) -> Result<(), Fail> {
        if self.opts.api == Api::V1 {
            return Ok(());
        }
        let Some(token) = self.bearer(m.req) else {
            return Err(serr(
                StatusCode::UNAUTHORIZED,
                "missing or invalid bearer user token",
            ));
        };
        self.identify(token)?;
        if self.opts.api == Api::Clients && m.domain != self.opts.domain {
            return Err(serr(
                StatusCode::FORBIDDEN,
                "failed to perform authorization over the domain",
            ));
        }
        Ok(())
    }

    /// The validation-stage token check (V1): a token must be there.
    fn require_token<'a>(&self, m: &Mgmt<'a>) -> Result<&'a str, Fail> {
        self.bearer(m.req).ok_or_else(|| {
            verr(
                StatusCode::UNAUTHORIZED,
                "missing or invalid bearer user token",
            )
        })
    }

    /// The validation-stage token check, then identification.
    fn authenticate(&self, m: &Mgmt) -> Result<(), Fail> {
        self.identify(self.require_token(m)?)
    }

    fn decode_body(
        &self,
        m: &Mgmt,
        type_name: &str,
        spec: &[(&'static str, Kind)],
    ) -> Result<gojson::Decoded, Fail> {
        if !m.req.content_type.contains("application/json") {
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
            self.middleware(m)?;
            let id_field = api.id_field();
            let spec: Vec<(&'static str, Kind)> = vec![
                ("external_id", Kind::Str),
                ("external_key", Kind::Str),
                (id_field, Kind::Str),
                ("name", Kind::Str),
                ("content", Kind::Str),
                ("client_cert", Kind::Str),
                ("client_key", Kind::Str),
                ("ca_cert", Kind::Str),
                ("channels", Kind::StrList),
            ];
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
            self.authenticate(m)?;
            let cfg = StoredConfig {
                thing_id: d.str(id_field),
                thing_key: String::new(),
                external_id: d.str("external_id"),
                external_key: d.str("external_key"),
                name: d.str("name"),
                content: d.str("content"),
                client_cert: d.str("client_cert"),
                client_key: d.str("client_key"),
                ca_cert: d.str("ca_cert"),
                channels,
                state: 0,
            };
            let id = self.store.lock().unwrap().add(cfg).map_err(|_| {
                serr(
                    StatusCode::BAD_REQUEST,
                    "failed to add bootstrap configuration",
                )
            })?;
            let location = format!("{}{}", api.location_prefix(), id);
            let mut r = empty(StatusCode::CREATED);
            // Written as it is, as the real server does (no escaping of the id).
            let value = hyper::header::HeaderValue::from_bytes(location.as_bytes())
                .map_err(|_| Fail::Internal)?;
            r.headers_mut().insert(LOCATION, value);
            Ok(r)
        })
    }

    fn list(&self, m: &Mgmt) -> Resp {
        try_resp(|| {
            self.middleware(m)?;
            let q = parse_query(&m.req.query)
                .ok_or_else(|| verr(StatusCode::BAD_REQUEST, "invalid query parameters"))?;
            let num = |key: &str, default: u64| -> Result<u64, Fail> {
                match q.get(key) {
                    None => Ok(default),
                    Some(v)
                        if v.len() == 1
                            && !v[0].is_empty()
                            && v[0].bytes().all(|b| b.is_ascii_digit()) =>
                    {
                        v[0].parse()
                            .map_err(|_| verr(StatusCode::BAD_REQUEST, "invalid query parameters"))
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
            self.authenticate(m)?;
            let first = |k: &str| {
                q.get(k)
                    .and_then(|v| v.first())
                    .filter(|v| !v.is_empty())
                    .cloned()
            };
            let api = self.opts.api;
            let broken_filter = [
                api.id_field(),
                if api == Api::Clients {
                    "client_key"
                } else {
                    "thing_key"
                },
            ]
            .iter()
            .any(|k| first(k).is_some());
            let state = match first("state") {
                None => None,
                Some(s) => match s.trim().parse::<i64>() {
                    Ok(n) => Some(n),
                    Err(_) => return Ok(self.page_json(0, 0, 0, vec![])),
                },
            };
            if broken_filter {
                // Upstream bug B2: these filters name missing columns; the SQL
                // error is swallowed into an empty page.
                return Ok(self.page_json(0, 0, 0, vec![]));
            }
            let filter = store::Filter {
                state,
                external_id: first("external_id"),
                name: first("name").map(|n| n.to_lowercase()),
            };
            let store = self.store.lock().unwrap();
            let (total, items) = store.list(&filter, offset as usize, limit as usize);
            let configs = items
                .into_iter()
                .map(|c| self.view_json(c, false))
                .collect();
            Ok(self.page_json(total as u64, offset, limit, configs))
        })
    }

    fn page_json(&self, total: u64, offset: u64, limit: u64, configs: Vec<Value>) -> Resp {
        json_resp(
            StatusCode::OK,
            &json!({"total": total, "offset": offset, "limit": limit, "configs": configs}),
        )
    }

    /// Known thing, else the authorization failure the real service gives.
    fn authorize_thing(&self, store: &Store, id: &str) -> Result<(), Fail> {
        if store.thing_known(id) {
            Ok(())
        } else {
            Err(serr(
                StatusCode::FORBIDDEN,
                "failed to perform authorization over the entity",
            ))
        }
    }

    fn view(&self, m: &Mgmt, id: &str) -> Resp {
        try_resp(|| {
            self.middleware(m)?;
            self.authenticate(m)?;
            let store = self.store.lock().unwrap();
            self.authorize_thing(&store, id)?;
            let cfg = store
                .get(id)
                .ok_or_else(|| serr(StatusCode::BAD_REQUEST, "view entity failed"))?;
            Ok(json_resp(StatusCode::OK, &self.view_json(cfg, true)))
        })
    }

    fn view_json(&self, c: &StoredConfig, with_channels: bool) -> Value {
        let api = self.opts.api;
        let mut o = serde_json::Map::new();
        put_nonempty(&mut o, api.id_field(), &c.thing_id);
        put_nonempty(&mut o, api.key_field(), &c.thing_key);
        if with_channels && !c.channels.is_empty() {
            o.insert("channels".into(), channels_json(&c.channels));
        }
        o.insert("external_id".into(), json!(c.external_id));
        put_nonempty(&mut o, "external_key", &c.external_key);
        put_nonempty(&mut o, "content", &c.content);
        put_nonempty(&mut o, "name", &c.name);
        o.insert("state".into(), json!(c.state));
        Value::Object(o)
    }

    fn update(&self, m: &Mgmt, id: &str) -> Resp {
        try_resp(|| {
            self.middleware(m)?;
            let d = self.decode_body(
                m,
                "api.updateReq",
                &[("name", Kind::Str), ("content", Kind::Str)],
            )?;
            self.authenticate(m)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, id)?;
            store
                .update(id, d.str("name"), d.str("content"))
                .map_err(update_failure)?;
            Ok(empty(StatusCode::OK))
        })
    }

    fn certs(&self, m: &Mgmt, id: &str) -> Resp {
        try_resp(|| {
            self.middleware(m)?;
            let spec = [
                ("client_cert", Kind::Str),
                ("client_key", Kind::Str),
                ("ca_cert", Kind::Str),
            ];
            let d = self.decode_body(m, "api.updateCertReq", &spec)?;
            self.authenticate(m)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, id)?;
            let c = store
                .update_certs(
                    id,
                    d.str("client_cert"),
                    d.str("client_key"),
                    d.str("ca_cert"),
                )
                .ok_or_else(|| serr(StatusCode::NOT_FOUND, "failed to update cert"))?;
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

    fn connections(&self, m: &Mgmt, id: &str) -> Resp {
        try_resp(|| {
            self.middleware(m)?;
            let d = self.decode_body(m, "api.updateConnReq", &[("channels", Kind::StrList)])?;
            self.authenticate(m)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, id)?;
            store
                .update_channels(id, d.list("channels").unwrap_or_default())
                .map_err(update_failure)?;
            Ok(empty(StatusCode::OK))
        })
    }

    fn remove(&self, m: &Mgmt, id: &str) -> Resp {
        try_resp(|| {
            self.middleware(m)?;
            self.authenticate(m)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, id)?;
            store.remove(id);
            Ok(empty(StatusCode::NO_CONTENT))
        })
    }

    fn state(&self, m: &Mgmt, id: &str) -> Resp {
        try_resp(|| {
            self.middleware(m)?;
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
            self.authenticate(m)?;
            // No authorization check here, as upstream (bug B7).
            let mut store = self.store.lock().unwrap();
            if !store.set_state(id, state) {
                return Err(serr(
                    StatusCode::NOT_FOUND,
                    "failed to change state of bootstrap configuration",
                ));
            }
            Ok(empty(StatusCode::OK))
        })
    }

    fn bootstrap(&self, req: &Req, ext: &str, secure: bool) -> Resp {
        try_resp(|| {
            let api = self.opts.api;
            let key = req
                .authorization
                .strip_prefix(api.device_auth_prefix())
                .filter(|k| !k.is_empty())
                .ok_or_else(|| {
                    verr(
                        StatusCode::BAD_REQUEST,
                        "missing or invalid bearer entity key",
                    )
                })?;
            if ext.is_empty() {
                return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
            }
            let store = self.store.lock().unwrap();
            let cfg = store.by_external_id(ext).ok_or_else(|| {
                serr(
                    StatusCode::NOT_FOUND,
                    "failed to read bootstrap configuration",
                )
            })?;
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
                key.as_bytes().to_vec()
            };
            if presented != cfg.external_key.as_bytes() {
                return Err(serr(StatusCode::FORBIDDEN, WRONG_KEY));
            }
            let doc = self.bootstrap_json(cfg);
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

    fn bootstrap_json(&self, c: &StoredConfig) -> Value {
        let api = self.opts.api;
        let mut o = serde_json::Map::new();
        o.insert(api.id_field().into(), json!(c.thing_id));
        o.insert(api.key_field().into(), json!(c.thing_key));
        o.insert(
            "channels".into(),
            if c.channels.is_empty() {
                Value::Null
            } else {
                channels_json(&c.channels)
            },
        );
        put_nonempty(&mut o, "content", &c.content);
        put_nonempty(&mut o, "client_cert", &c.client_cert);
        put_nonempty(&mut o, "client_key", &c.client_key);
        put_nonempty(&mut o, "ca_cert", &c.ca_cert);
        Value::Object(o)
    }

    fn health(&self) -> Resp {
        let body = json!({
            "status": "pass",
            "version": env!("CARGO_PKG_VERSION"),
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
    method: Method,
    content_type: String,
    authorization: String,
    query: String,
    body: Bytes,
}

/// A management request and the domain segment of its path.
struct Mgmt<'a> {
    req: &'a Req,
    domain: &'a str,
}

/// Update and connection failures, with the message the service really uses
/// for both (upstream bug B5).
fn update_failure(e: store::UpdateError) -> Fail {
    let status = match e {
        store::UpdateError::Missing => StatusCode::NOT_FOUND,
        store::UpdateError::Conflict => StatusCode::UNPROCESSABLE_ENTITY,
    };
    serr(status, "failed to update connections")
}

fn channels_json(ids: &[String]) -> Value {
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

/// Strict query parsing as Go's `url.ParseQuery`: a bad escape or a `;` fails.
fn parse_query(q: &str) -> Option<HashMap<String, Vec<String>>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for part in q.split('&').filter(|p| !p.is_empty()) {
        if part.contains(';') {
            return None;
        }
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        out.entry(unescape_query(k)?)
            .or_default()
            .push(unescape_query(v)?);
    }
    Some(out)
}

fn unescape_query(s: &str) -> Option<String> {
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
    String::from_utf8(out).ok()
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

/// Routes to `f` when the method is allowed, else chi's 405 with `Allow`.
fn allow(req: &Req, methods: &[Method], f: impl FnOnce() -> Resp) -> Resp {
    if methods.contains(&req.method) {
        return f();
    }
    let mut r = Response::new(Full::new(Bytes::new()));
    *r.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
    let list: Vec<&str> = methods.iter().map(Method::as_str).collect();
    r.headers_mut().insert(
        ALLOW,
        list.join(", ").parse().expect("method names are valid"),
    );
    r
}

fn with_type(status: StatusCode, ctype: &'static str, body: Vec<u8>) -> Resp {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, ctype.parse().expect("static content type"));
    r
}

fn json_resp(status: StatusCode, v: &Value) -> Resp {
    with_type(status, "application/json", gojson::encode(v))
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
    plain(StatusCode::NOT_FOUND, "404 page not found\n")
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
        let q = parse_query("name=a+b%21&limit=5&limit=6").unwrap();
        assert_eq!(q["name"], vec!["a b!"]);
        assert_eq!(q["limit"].len(), 2);
    }
}
