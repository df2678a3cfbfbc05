//! The HTTP client: one method per endpoint of the bootstrap service. It never
//! prints; request traces (`--curl`, `-v`, `--dry-run`) go to a `Tracer`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, LOCATION, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::api::Api;
use crate::error::Error;
use crate::secret::Secret;

/// Largest reply body read into memory; a longer one is refused.
pub const MAX_REPLY: usize = 64 << 20;

/// Characters a path segment keeps as they are: exactly those Go's path
/// escaping keeps (but `/`). The service's router (chi) routes on the raw path
/// whenever a request is not escaped the way Go would escape it, and then
/// decodes nothing: `aa%3Abb` reaches the handler as `aa%3Abb`, not `aa:bb`.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b',')
    .remove(b':')
    .remove(b';')
    .remove(b'=')
    .remove(b'@');

/// Characters a query value keeps as they are (RFC 3986 unreserved): Go's
/// query parser decodes every escape, and reads `+` as a space.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What the client reports about each request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trace {
    /// The equivalent curl command (`--curl`).
    Curl(String),
    /// A request that `--dry-run` did not send, as a curl command.
    DryRun(String),
    /// Request/response log lines (`-v`).
    Verbose(String),
}

pub type Tracer = Arc<dyn Fn(Trace) + Send + Sync>;

/// How the client connects and what it reports.
#[derive(Clone)]
pub struct ClientOptions {
    pub base_url: String,
    pub token: Option<Secret>,
    pub api: Api,
    pub domain: Option<String>,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// PEM bundle of extra CAs to trust.
    pub tls_ca: Option<Vec<u8>>,
    pub insecure: bool,
    /// Allow the bearer token over plain HTTP to a non-loopback host.
    pub allow_insecure_http: bool,
    /// Retries of a transient failure (see `send`).
    pub retries: u32,
    pub dry_run: bool,
    pub curl: bool,
    pub verbose: bool,
    pub show_secrets: bool,
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    opts: ClientOptions,
    tracer: Tracer,
}

/// The `Authorization` a request carries.
enum Auth<'a> {
    None,
    Bearer,
    /// The device header with the plain external key.
    Device(&'a Secret),
    /// The device header with the encrypted external key (hex).
    DeviceSecure(&'a str),
}

/// A reply with a success status.
pub struct Reply {
    pub location: Option<String>,
    pub body: Vec<u8>,
    /// Not sent: `--dry-run`.
    pub dry: bool,
}

/// One page of `GET /configs`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Page {
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
    pub configs: Vec<Value>,
}

/// Filters and paging of a config list.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub offset: u64,
    pub limit: u64,
    pub state: Option<u8>,
    pub name: Option<String>,
    pub external_id: Option<String>,
}

impl Client {
    pub fn new(opts: ClientOptions, tracer: Tracer) -> Result<Client, Error> {
        let mut b = reqwest::Client::builder()
            .user_agent(concat!("smq-bootstrap/", env!("CARGO_PKG_VERSION")))
            .timeout(opts.timeout)
            .connect_timeout(opts.connect_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(64)
            .use_rustls_tls();
        if let Some(pem) = &opts.tls_ca {
            let certs = reqwest::Certificate::from_pem_bundle(pem).map_err(|e| {
                Error::usage(format!("--tls-ca: not a PEM certificate bundle: {e}"))
            })?;
            if certs.is_empty() {
                return Err(Error::usage("--tls-ca: no certificate found in the file"));
            }
            for c in certs {
                b = b.add_root_certificate(c);
            }
        }
        if opts.insecure {
            b = b.danger_accept_invalid_certs(true);
        }
        // Redirects are off, so a plain-HTTP service never needs the system's
        // trust store: skip reading it (a few ms on every run).
        if opts.base_url.starts_with("http://") {
            b = b.tls_built_in_root_certs(false);
        }
        let http = b
            .build()
            .map_err(|e| Error::Other(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Client { http, opts, tracer })
    }

    pub fn api(&self) -> Api {
        self.opts.api
    }

    /// The same client for another API generation.
    pub fn with_api(mut self, api: Api) -> Client {
        self.opts.api = api;
        self
    }

    /// Tells the API generation apart with unauthenticated requests that
    /// change nothing: a JSON error from a route means it exists, chi's plain
    /// text 404 means it does not.
    /// - `GET /things/configs` routed (401) → v1;
    /// - else `GET /things/bootstrap/probe` routed (400: no key) → domain;
    /// - else `GET /clients/bootstrap/probe` routed → clients.
    pub async fn detect_api(&self) -> Result<Api, Error> {
        let probes = [
            (Api::V1, vec!["things", "configs"]),
            (Api::Domain, vec!["things", "bootstrap", "probe"]),
            (Api::Clients, vec!["clients", "bootstrap", "probe"]),
        ];
        for (api, path) in probes {
            let url = self.url(&path)?;
            if self.opts.verbose {
                (self.tracer)(Trace::Verbose(format!(
                    "> GET {url} (probing the API generation)"
                )));
            }
            // A probe is a GET that changes nothing: retried like any other.
            let mut attempt = 0;
            let (status, json) = loop {
                let result = self.http.get(&url).send().await;
                let transient = match &result {
                    Ok(r) => matches!(r.status().as_u16(), 429 | 502 | 503 | 504),
                    Err(e) => !e.is_timeout(),
                };
                if transient && attempt < self.opts.retries {
                    tokio::time::sleep(backoff(attempt, None)).await;
                    attempt += 1;
                    continue;
                }
                let resp = result.map_err(|e| transport_error(&e, &url, self.opts.timeout))?;
                let json = resp
                    .headers()
                    .get(CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.contains("json"));
                break (resp.status(), json);
            };
            if self.opts.verbose {
                (self.tracer)(Trace::Verbose(format!(
                    "< {}{}",
                    status_line(status),
                    if json { " (JSON)" } else { "" }
                )));
            }
            if json && status.is_client_error() && status != StatusCode::NOT_FOUND {
                return Ok(api);
            }
        }
        Err(Error::Unavailable {
            message: format!(
                "{} does not answer like any generation of the bootstrap API",
                self.opts.base_url
            ),
            hint: Some("check --url, or name the generation with --api v1|domain|clients".into()),
        })
    }

    // ----- management endpoints ---------------------------------------

    /// `POST /configs`: returns the new config's id (`None` on a dry run).
    pub async fn create(&self, body: &Value) -> Result<Option<String>, Error> {
        let r = self
            .send(
                Method::POST,
                self.mgmt(&["configs"])?,
                &[],
                Auth::Bearer,
                Some(body),
            )
            .await?;
        if r.dry {
            return Ok(None);
        }
        let loc = r.location.ok_or_else(|| {
            Error::Other("the service created the config but sent no Location header".into())
        })?;
        Ok(Some(id_from_location(
            &loc,
            &self.opts.api.location_prefix(),
        )?))
    }

    /// `GET /configs` with filters and paging.
    pub async fn list(&self, q: &ListQuery) -> Result<Page, Error> {
        let mut query = vec![
            ("offset", q.offset.to_string()),
            ("limit", q.limit.to_string()),
        ];
        if let Some(s) = q.state {
            query.push(("state", s.to_string()));
        }
        if let Some(n) = &q.name {
            query.push(("name", n.clone()));
        }
        if let Some(e) = &q.external_id {
            query.push(("external_id", e.clone()));
        }
        let r = self
            .send(
                Method::GET,
                self.mgmt(&["configs"])?,
                &query,
                Auth::Bearer,
                None,
            )
            .await?;
        if r.dry {
            return Ok(Page {
                total: 0,
                offset: q.offset,
                limit: q.limit,
                configs: vec![],
            });
        }
        parse_page(&r.body)
    }

    /// `GET /configs/{id}`.
    pub async fn view(&self, id: &str) -> Result<Value, Error> {
        let r = self
            .send(
                Method::GET,
                self.mgmt(&["configs", id])?,
                &[],
                Auth::Bearer,
                None,
            )
            .await?;
        self.json_object(r, "config")
    }

    /// `PUT /configs/{id}`: replaces name and content together.
    pub async fn update(&self, id: &str, name: &str, content: &str) -> Result<(), Error> {
        let body = json!({"name": name, "content": content});
        self.send(
            Method::PUT,
            self.mgmt(&["configs", id])?,
            &[],
            Auth::Bearer,
            Some(&body),
        )
        .await
        .map(drop)
    }

    /// `PATCH /configs/certs/{id}`: replaces all three; returns what was stored.
    pub async fn certs(&self, id: &str, body: &Value) -> Result<Value, Error> {
        let r = self
            .send(
                Method::PATCH,
                self.mgmt(&["configs", "certs", id])?,
                &[],
                Auth::Bearer,
                Some(body),
            )
            .await?;
        self.json_object(r, "certificates")
    }

    /// `PUT /configs/connections/{id}`: replaces the channel list.
    pub async fn connections(&self, id: &str, channels: &[String]) -> Result<(), Error> {
        let body = json!({ "channels": channels });
        let url = self.mgmt(&["configs", "connections", id])?;
        self.send(Method::PUT, url, &[], Auth::Bearer, Some(&body))
            .await
            .map(drop)
    }

    /// `DELETE /configs/{id}`.
    pub async fn remove(&self, id: &str) -> Result<(), Error> {
        self.send(
            Method::DELETE,
            self.mgmt(&["configs", id])?,
            &[],
            Auth::Bearer,
            None,
        )
        .await
        .map(drop)
    }

    /// `PUT /state/{id}` with state 1 (enabled) or 0.
    pub async fn set_state(&self, id: &str, enabled: bool) -> Result<(), Error> {
        let body = json!({ "state": u8::from(enabled) });
        self.send(
            Method::PUT,
            self.mgmt(&["state", id])?,
            &[],
            Auth::Bearer,
            Some(&body),
        )
        .await
        .map(drop)
    }

    /// `GET /health`.
    pub async fn health(&self) -> Result<Value, Error> {
        let r = self
            .send(Method::GET, self.url(&["health"])?, &[], Auth::None, None)
            .await?;
        self.json_object(r, "health report")
    }

    // ----- device endpoints -------------------------------------------

    /// `GET /bootstrap/{external_id}` with the plain key.
    pub async fn bootstrap(&self, external_id: &str, key: &Secret) -> Result<Value, Error> {
        let url = self.url(&[self.opts.api.entity(), "bootstrap", external_id])?;
        let r = self
            .send(Method::GET, url, &[], Auth::Device(key), None)
            .await?;
        self.json_object(r, "bootstrap config")
    }

    /// `GET /bootstrap/secure/{external_id}` with the encrypted key (hex);
    /// returns the raw encrypted reply (`None` on a dry run).
    pub async fn bootstrap_secure(
        &self,
        external_id: &str,
        encrypted_key_hex: &str,
    ) -> Result<Option<Vec<u8>>, Error> {
        let url = self.url(&[self.opts.api.entity(), "bootstrap", "secure", external_id])?;
        let r = self
            .send(
                Method::GET,
                url,
                &[],
                Auth::DeviceSecure(encrypted_key_hex),
                None,
            )
            .await?;
        Ok((!r.dry).then_some(r.body))
    }

    // ----- plumbing ---------------------------------------------------

    fn json_object(&self, r: Reply, what: &str) -> Result<Value, Error> {
        if r.dry {
            return Ok(Value::Null);
        }
        match serde_json::from_slice::<Value>(&r.body) {
            Ok(v @ Value::Object(_)) => Ok(v),
            Ok(_) => Err(Error::Other(format!(
                "the service's {what} reply is not a JSON object"
            ))),
            Err(e) => Err(bad_reply(what, &e)),
        }
    }

    /// A URL from the base and path segments, each checked and escaped as
    /// the service's router needs it.
    fn url(&self, segments: &[&str]) -> Result<String, Error> {
        let mut u = self.opts.base_url.trim_end_matches('/').to_string();
        for s in segments {
            check_path_id("id", s)?;
            u.push('/');
            u.push_str(&escape_segment(s));
        }
        Ok(u)
    }

    /// A management URL for this generation (domain-scoped where needed).
    fn mgmt(&self, rest: &[&str]) -> Result<String, Error> {
        let api = self.opts.api;
        let domain = match (&self.opts.domain, api.needs_domain()) {
            (Some(d), true) => d.as_str(),
            (None, true) => {
                return Err(Error::usage_hint(
                    format!("the {api} API needs a domain id"),
                    "pass --domain ID, set SMQ_DOMAIN_ID, or set `domain` in the profile",
                ));
            }
            (_, false) => "",
        };
        let prefix = api.management_prefix(domain);
        let segs: Vec<&str> = prefix
            .iter()
            .map(String::as_str)
            .chain(rest.iter().copied())
            .collect();
        self.url(&segs)
    }

    async fn send(
        &self,
        method: Method,
        url: String,
        query: &[(&str, String)],
        auth: Auth<'_>,
        body: Option<&Value>,
    ) -> Result<Reply, Error> {
        let full_url = if query.is_empty() {
            url
        } else {
            let q: Vec<String> = query
                .iter()
                .map(|(k, v)| format!("{k}={}", utf8_percent_encode(v, QUERY_VALUE)))
                .collect();
            format!("{url}?{}", q.join("&"))
        };
        // The header value holds the secret: wiped when this request is done.
        let (auth_value, auth_shown): (Option<zeroize::Zeroizing<String>>, Option<String>) =
            match &auth {
                Auth::None => (None, None),
                Auth::Bearer => {
                    let t = self.opts.token.as_ref().filter(|t| !t.is_empty()).ok_or_else(|| {
                    Error::usage_hint(
                        "no user token",
                        "pass --token-file FILE, set SMQ_TOKEN or SMQ_TOKEN_FILE, or store one with `smq-bootstrap profile set NAME token -`",
                    )
                })?;
                    check_token_transport(&full_url, self.opts.allow_insecure_http)?;
                    (
                        Some(format!("Bearer {}", t.expose()).into()),
                        Some("Bearer $SMQ_TOKEN".to_string()),
                    )
                }
                Auth::Device(k) => {
                    let p = self.opts.api.device_auth_prefix();
                    (
                        Some(format!("{p}{}", k.expose()).into()),
                        Some(format!("{p}$SMQ_BOOTSTRAP_EXTERNAL_KEY")),
                    )
                }
                Auth::DeviceSecure(h) => {
                    let p = self.opts.api.device_auth_prefix();
                    (
                        Some(format!("{p}{h}").into()),
                        Some(format!("{p}<encrypted external key>")),
                    )
                }
            };
        let body_bytes = body.map(|b| serde_json::to_vec(b).expect("a Value always serializes"));
        if self.opts.curl || self.opts.dry_run {
            let shown_auth = if self.opts.show_secrets {
                auth_value.as_deref().map(String::from)
            } else {
                auth_shown.clone()
            };
            let shown_body = body.map(|b| {
                let mut b = b.clone();
                if !self.opts.show_secrets {
                    redact_body(&mut b);
                }
                serde_json::to_string(&b).expect("a Value always serializes")
            });
            let cmd = curl_command(
                &method,
                &full_url,
                shown_auth.as_deref(),
                shown_body.as_deref(),
            );
            (self.tracer)(if self.opts.dry_run {
                Trace::DryRun(cmd)
            } else {
                Trace::Curl(cmd)
            });
        }
        if self.opts.dry_run {
            return Ok(Reply {
                location: None,
                body: Vec::new(),
                dry: true,
            });
        }
        if self.opts.verbose {
            (self.tracer)(Trace::Verbose(format!("> {method} {full_url}")));
            if let Some(a) = if self.opts.show_secrets {
                auth_value.as_deref().map(String::from)
            } else {
                auth_shown.clone()
            } {
                (self.tracer)(Trace::Verbose(format!("> authorization: {a}")));
            }
            if let Some(b) = &body_bytes {
                (self.tracer)(Trace::Verbose(format!(
                    "> content-type: application/json ({} bytes)",
                    b.len()
                )));
            }
        }
        let mut attempt = 0u32;
        loop {
            let failure = match self
                .attempt(
                    &method,
                    &full_url,
                    auth_value.as_ref().map(|v| v.as_str()),
                    body_bytes.as_deref(),
                    &auth,
                )
                .await
            {
                Ok(reply) => return Ok(reply),
                Err(f) => f,
            };
            // Only what provably was not acted on is re-sent for a POST.
            let idempotent = method != Method::POST;
            let retry = match failure.kind {
                FailKind::NotSent | FailKind::Refused(_) => true,
                FailKind::Dropped => idempotent,
                FailKind::Timeout | FailKind::Final => false,
            };
            if !retry || attempt >= self.opts.retries {
                if !idempotent && matches!(failure.kind, FailKind::Dropped | FailKind::Timeout) {
                    return Err(Error::Ambiguous {
                        message: format!(
                            "{}; the service may or may not have acted on it",
                            failure.error
                        ),
                    });
                }
                return Err(failure.error);
            }
            let delay = backoff(attempt, failure.kind.retry_after());
            if self.opts.verbose {
                (self.tracer)(Trace::Verbose(format!(
                    "* retrying in {} ms ({}), attempt {} of {}",
                    delay.as_millis(),
                    failure.error,
                    attempt + 2,
                    self.opts.retries + 1
                )));
            }
            tokio::time::sleep(delay).await;
            attempt += 1;
        }
    }

    /// One try of a request, its failure classified for the retry policy.
    async fn attempt(
        &self,
        method: &Method,
        full_url: &str,
        auth_value: Option<&str>,
        body: Option<&[u8]>,
        auth: &Auth<'_>,
    ) -> Result<Reply, Failure> {
        let mut req = self.http.request(method.clone(), full_url);
        if let Some(a) = auth_value {
            let mut value = reqwest::header::HeaderValue::from_str(a).map_err(|_| Failure {
                kind: FailKind::Final,
                error: Error::usage(
                    "the token or key holds characters an HTTP header cannot carry",
                ),
            })?;
            value.set_sensitive(true);
            req = req.header(AUTHORIZATION, value);
        }
        if let Some(b) = body {
            req = req
                .header(CONTENT_TYPE, "application/json")
                .body(b.to_vec());
        }
        let started = Instant::now();
        let transport = |e: reqwest::Error| Failure {
            kind: if e.is_timeout() {
                FailKind::Timeout
            } else if e.is_connect() {
                FailKind::NotSent
            } else {
                FailKind::Dropped
            },
            error: transport_error(&e, full_url, self.opts.timeout),
        };
        let mut resp = req.send().await.map_err(transport)?;
        let status = resp.status();
        let header = |name| {
            resp.headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        // The service writes the id into Location as it is, non-ASCII included.
        let location = resp
            .headers()
            .get(LOCATION)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let content_type = header(CONTENT_TYPE).unwrap_or_default();
        let retry_after = header(RETRY_AFTER)
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let final_failure = |error| Failure {
            kind: FailKind::Final,
            error,
        };
        if resp.content_length().is_some_and(|n| n > MAX_REPLY as u64) {
            return Err(final_failure(too_large(full_url)));
        }
        let mut body = Vec::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > MAX_REPLY {
                        return Err(final_failure(too_large(full_url)));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => return Err(transport(e)),
            }
        }
        if self.opts.verbose {
            (self.tracer)(Trace::Verbose(format!(
                "< {} ({} ms, {} bytes{})",
                status_line(status),
                started.elapsed().as_millis(),
                body.len(),
                if content_type.is_empty() {
                    String::new()
                } else {
                    format!(", {content_type}")
                }
            )));
        }
        if !status.is_success() {
            let kind = match status.as_u16() {
                429 | 503 => FailKind::Refused(retry_after),
                502 | 504 => FailKind::Dropped,
                _ => FailKind::Final,
            };
            return Err(Failure {
                kind,
                error: api_error(status, &content_type, &body, auth),
            });
        }
        Ok(Reply {
            location,
            body,
            dry: false,
        })
    }
}

/// A failed try and what it says about retrying.
struct Failure {
    kind: FailKind,
    error: Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FailKind {
    /// The connection failed: nothing reached the service.
    NotSent,
    /// The service refused for now (429, 503) before acting, maybe saying when to come back.
    Refused(Option<Duration>),
    /// The connection broke after sending, or a gateway failed (502, 504): it may have acted.
    Dropped,
    /// No answer within the timeout: retrying would only multiply the wait.
    Timeout,
    /// Anything else: a real answer.
    Final,
}

impl FailKind {
    fn retry_after(self) -> Option<Duration> {
        match self {
            FailKind::Refused(d) => d,
            _ => None,
        }
    }
}

/// Exponential backoff from 50 ms, capped at 2 s, with jitter (half to full);
/// a `Retry-After` from the service wins, up to two minutes.
fn backoff(attempt: u32, retry_after: Option<Duration>) -> Duration {
    if let Some(d) = retry_after {
        return d.min(Duration::from_secs(120));
    }
    let full = Duration::from_millis(50)
        .saturating_mul(1 << attempt.min(10))
        .min(Duration::from_secs(2));
    full.mul_f64(rand::Rng::gen_range(&mut rand::thread_rng(), 0.5..=1.0))
}

/// An id as one URL path segment, escaped exactly as Go escapes a path:
/// letters, digits and `- . _ ~ $ & + , : ; = @` stay, every other byte of
/// its UTF-8 becomes `%XX` (upper-case hex). The service then sees the id
/// itself: `aa:bb:cc` as `aa:bb:cc`, `ext-ü` as `ext-%C3%BC`.
pub fn escape_segment(id: &str) -> String {
    utf8_percent_encode(id, SEGMENT).to_string()
}

/// Refuses, before anything is sent, an id that cannot be a path segment
/// the service routes to its handler. `what` names it in the message
/// ("config id", "external id", "domain id").
pub fn check_path_id(what: &str, id: &str) -> Result<(), Error> {
    if id.is_empty() {
        return Err(Error::usage(format!("the {what} is empty")));
    }
    // URLs resolve these as "this" and "parent" segments, escaped or not.
    if id == "." || id == ".." {
        return Err(Error::usage(format!(
            "the {what} '{id}' cannot be sent in a URL path"
        )));
    }
    if id.contains('/') {
        return Err(Error::usage_hint(
            format!("the {what} '{id}' contains '/', which no request can carry to the service"),
            "the service's router splits the path at a '/' and never decodes an escaped one \
             (%2F), so no encoding reaches the handler",
        ));
    }
    Ok(())
}

/// Refuses to send a bearer token in the clear to another machine: over
/// http:// only loopback hosts are allowed, unless the user says otherwise.
fn check_token_transport(url: &str, allowed: bool) -> Result<(), Error> {
    let Ok(u) = reqwest::Url::parse(url) else {
        return Ok(());
    };
    if u.scheme() != "http" || allowed {
        return Ok(());
    }
    let loopback = match u.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    if loopback {
        return Ok(());
    }
    Err(Error::usage_hint(
        format!(
            "refusing to send the user token over plain http to {}",
            u.host_str().unwrap_or("?")
        ),
        "use an https:// URL, or pass --allow-insecure-http if the network is trusted",
    ))
}

/// The config id in a `Location` value: everything after the configs prefix
/// (ids may contain `/`), from a path or an absolute URL.
fn id_from_location(loc: &str, prefix: &str) -> Result<String, Error> {
    match loc.find(prefix).map(|i| &loc[i + prefix.len()..]) {
        Some(id) if !id.is_empty() => Ok(id.to_string()),
        _ => Err(Error::Other(format!(
            "cannot read the new id from Location '{loc}'"
        ))),
    }
}

/// Parses one page of the config list.
pub fn parse_page(body: &[u8]) -> Result<Page, Error> {
    serde_json::from_slice(body).map_err(|e| bad_reply("config page", &e))
}

/// The error a non-success reply of a management request becomes.
pub fn parse_error_reply(status: u16, content_type: &str, body: &[u8]) -> Error {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    api_error(status, content_type, body, &Auth::Bearer)
}

fn status_line(s: StatusCode) -> String {
    format!("{} {}", s.as_u16(), s.canonical_reason().unwrap_or(""))
}

fn too_large(url: &str) -> Error {
    Error::unavailable(format!(
        "reply from {url} is larger than {} MiB; refusing to read it",
        MAX_REPLY >> 20
    ))
}

fn bad_reply(what: &str, e: &serde_json::Error) -> Error {
    Error::Other(format!(
        "the service's {what} reply is not what the bootstrap API sends: {e}"
    ))
}

/// Replaces secret fields of a request body for display.
fn redact_body(v: &mut Value) {
    if let Value::Object(m) = v {
        for k in ["external_key", "client_key", "thing_key", "client_secret"] {
            if let Some(val) = m
                .get_mut(k)
                .filter(|v| v.as_str().is_some_and(|s| !s.is_empty()))
            {
                *val = Value::String("<redacted>".into());
            }
        }
    }
}

/// A curl command line for the request, single-quoted for POSIX shells. The
/// redacted Authorization value names an environment variable, so it stays in
/// double quotes to expand.
pub fn curl_command(method: &Method, url: &str, auth: Option<&str>, body: Option<&str>) -> String {
    let mut parts = vec!["curl".to_string()];
    if method != Method::GET {
        parts.push(format!("-X {method}"));
    }
    parts.push(shell_quote(url));
    if let Some(a) = auth {
        let h = format!("Authorization: {a}");
        parts.push(format!(
            "-H {}",
            if a.contains('$') {
                format!("\"{h}\"")
            } else {
                shell_quote(&h)
            }
        ));
    }
    if let Some(b) = body {
        parts.push("-H 'Content-Type: application/json'".into());
        parts.push(format!("--data-raw {}", shell_quote(b)));
    }
    parts.join(" ")
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

fn transport_error(e: &reqwest::Error, url: &str, timeout: Duration) -> Error {
    let chain = error_chain(e);
    if e.is_timeout() {
        return Error::Unavailable {
            message: format!("no reply from {url} within {} s", timeout.as_secs_f64()),
            hint: Some("raise --timeout if the service is slow".into()),
        };
    }
    let lower = chain.to_lowercase();
    if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
        return Error::Unavailable {
            message: format!("TLS failure talking to {url}: {chain}"),
            hint: Some(
                "for a private CA pass --tls-ca FILE; -k/--insecure skips verification (unsafe)"
                    .into(),
            ),
        };
    }
    if e.is_connect() {
        return Error::Unavailable {
            message: format!("cannot connect to {url}: {chain}"),
            hint: Some("is the service running, and is --url (or SMQ_BOOTSTRAP_URL) right?".into()),
        };
    }
    Error::unavailable(format!("request to {url} failed: {chain}"))
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut src = e.source();
    while let Some(s) = src {
        let t = s.to_string();
        if !parts.iter().any(|p| p.contains(&t)) {
            parts.push(t);
        }
        src = s.source();
    }
    parts.join(": ")
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    error: String,
    #[serde(default)]
    message: String,
}

fn api_error(status: StatusCode, content_type: &str, body: &[u8], auth: &Auth<'_>) -> Error {
    let head = status_line(status);
    let parsed = serde_json::from_slice::<ErrorBody>(body)
        .ok()
        .filter(|b| !b.message.is_empty() || !b.error.is_empty());
    let message = match &parsed {
        Some(b) if !b.error.is_empty() && !b.message.is_empty() && b.error != b.message => {
            format!("{head}: {}: {}", b.message, b.error)
        }
        Some(b) => format!(
            "{head}: {}",
            if b.message.is_empty() {
                &b.error
            } else {
                &b.message
            }
        ),
        None if body.iter().all(u8::is_ascii_whitespace) => head.clone(),
        None => {
            let text = String::from_utf8_lossy(body);
            let html = content_type.contains("html") || text.trim_start().starts_with('<');
            if html {
                format!("{head} (an HTML page, not a reply of the bootstrap service)")
            } else {
                let first = text.lines().next().unwrap_or("").trim();
                let first: String = first.chars().take(200).collect();
                format!("{head}: {first}")
            }
        }
    };
    let device = matches!(auth, Auth::Device(_) | Auth::DeviceSecure(_));
    let hint = match status.as_u16() {
        401 => Some("pass a valid user token: --token-file FILE, SMQ_TOKEN, or a profile (`smq-bootstrap profile set NAME token -`)".into()),
        403 if device => Some("the external key (or, for secure bootstrap, the crypto key) does not match the config".into()),
        404 if parsed.is_none() => Some("the path is not served here: check --url and --api".into()),
        _ if parsed.is_none() && !body.is_empty() => Some("is --url pointing at the bootstrap service, not a proxy or another service?".into()),
        _ => None,
    };
    Error::Api {
        status: status.as_u16(),
        message,
        hint,
        unrouted: status == StatusCode::NOT_FOUND && parsed.is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_with_jitter_and_honours_retry_after() {
        for attempt in 0..12 {
            let d = backoff(attempt, None);
            let full = Duration::from_millis(50)
                .saturating_mul(1 << attempt.min(10))
                .min(Duration::from_secs(2));
            assert!(d >= full / 2 && d <= full, "attempt {attempt}: {d:?}");
        }
        assert_eq!(
            backoff(0, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        assert_eq!(
            backoff(0, Some(Duration::from_secs(999))),
            Duration::from_secs(120)
        );
    }

    #[test]
    fn tokens_stay_off_plain_http_to_other_hosts() {
        for ok in [
            "http://127.0.0.1:9013/x",
            "http://localhost/x",
            "http://[::1]:1/x",
            "https://example.com/x",
            "http://127.9.9.9/",
        ] {
            assert!(check_token_transport(ok, false).is_ok(), "{ok}");
        }
        for bad in [
            "http://example.com/x",
            "http://10.0.0.1:9013/",
            "http://[2001:db8::1]/",
        ] {
            assert_eq!(
                check_token_transport(bad, false).unwrap_err().exit_code(),
                2,
                "{bad}"
            );
            assert!(check_token_transport(bad, true).is_ok());
        }
    }

    #[test]
    fn ids_from_location() {
        let p = "/things/configs/";
        assert_eq!(
            id_from_location("/things/configs/a/b c?#é", p).unwrap(),
            "a/b c?#é"
        );
        assert_eq!(
            id_from_location("https://h:1/things/configs/x", p).unwrap(),
            "x"
        );
        assert!(id_from_location("/things/configs/", p).is_err());
        assert!(id_from_location("/elsewhere/x", p).is_err());
    }

    #[test]
    fn curl_quotes_and_names_env() {
        let c = curl_command(
            &Method::POST,
            "http://h/x",
            Some("Bearer $SMQ_TOKEN"),
            Some(r#"{"a":"it's"}"#),
        );
        assert_eq!(
            c,
            r#"curl -X POST 'http://h/x' -H "Authorization: Bearer $SMQ_TOKEN" -H 'Content-Type: application/json' --data-raw '{"a":"it'\''s"}'"#
        );
    }

    #[test]
    fn error_bodies_become_one_line() {
        let e = api_error(
            StatusCode::UNAUTHORIZED,
            "application/json",
            br#"{"error":"missing or invalid bearer user token","message":"something went wrong with the request"}"#,
            &Auth::Bearer,
        );
        assert_eq!(
            e.to_string(),
            "401 Unauthorized: something went wrong with the request: missing or invalid bearer user token"
        );
        assert_eq!(e.exit_code(), 3);
        assert!(e.hint().unwrap().contains("token"));
        let e = api_error(
            StatusCode::BAD_GATEWAY,
            "text/html",
            b"<html><body>bad</body></html>",
            &Auth::None,
        );
        assert!(e.to_string().contains("HTML page"));
        assert_eq!(e.exit_code(), 6);
        let e = api_error(
            StatusCode::NOT_FOUND,
            "text/plain",
            b"404 page not found\n",
            &Auth::Bearer,
        );
        assert_eq!(e.to_string(), "404 Not Found: 404 page not found");
    }
}
