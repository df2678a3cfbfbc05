//! The HTTP client. It never prints: request traces (`--curl`, `-v`,
//! `--dry-run`) go to a `Tracer`. This module is the transport, with the one
//! retry policy every request follows, the probe included; `service` has the
//! endpoints of a generation, `curl` renders requests, `reply` reads answers.

mod curl;
mod proxy;
mod reply;
mod service;
mod users;

use std::sync::Arc;
use std::time::{Duration, Instant};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Method;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, LOCATION, RETRY_AFTER};
use serde_json::Value;

use crate::error::{Error, Local};
use crate::secret::Secret;
pub use reply::{parse_page, reply_error};
pub use service::{Created, ListQuery, MAX_PAGE, Service, StatusFilter};
pub use users::TokenPair;

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

/// Gets a new user token when the one in use is refused (a 401) or about to
/// expire: `login`'s stored session, refreshed. Given the token that
/// failed, so that one refresh serves every request that saw it fail.
pub trait Refresher: Send + Sync {
    fn refresh<'a>(
        &'a self,
        stale: Option<&'a Secret>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Secret, Error>> + Send + 'a>>;
}

/// How the client connects and what it reports.
#[derive(Clone)]
pub struct ClientOptions {
    pub base_url: String,
    pub token: Option<Secret>,
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

/// The connection to one service, for paths that are the same in every
/// generation; `Service` adds a generation's endpoints.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    opts: ClientOptions,
    tracer: Tracer,
    /// The proxy requests go through, if any.
    proxy: Option<url::Url>,
    /// The user token in use, replaced when `refresher` renews it.
    token: Arc<std::sync::RwLock<Option<Secret>>>,
    refresher: Option<Arc<dyn Refresher>>,
}

/// The `Authorization` a request carries.
#[derive(Clone, Copy)]
enum Auth<'a> {
    None,
    Bearer,
    /// A bearer token of the users service's own (a refresh token, say),
    /// named in printed commands as this variable.
    BearerWith(&'a Secret, &'static str),
    /// The device header with the plain external key.
    Device(&'a str, &'a Secret),
    /// The device header with the encrypted external key (hex).
    DeviceSecure(&'a str, &'a str),
}

impl Auth<'_> {
    fn device(&self) -> bool {
        matches!(self, Auth::Device(..) | Auth::DeviceSecure(..))
    }
}

/// A request body: JSON, or a document sent as it is (a profile upload).
#[derive(Clone, Copy)]
enum Body<'a> {
    None,
    Json(&'a Value),
    Raw {
        bytes: &'a [u8],
        content_type: &'a str,
    },
}

/// What a probe found.
pub struct Probe {
    pub status: u16,
    /// The service routes the path.
    pub routed: bool,
    /// Its error body has an `error` member (SuperMQ's model).
    pub legacy_errors: bool,
}

/// A reply with a success status (or any final one, when asked for).
struct Reply {
    status: u16,
    content_type: String,
    location: Option<String>,
    /// The `Date` header: the service's clock.
    date: Option<String>,
    body: Vec<u8>,
    /// Not sent: `--dry-run`.
    dry: bool,
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
        // The proxy is decided here (never for this machine), not by the library.
        b = b.no_proxy();
        let proxy = proxy::for_url(&opts.base_url, |k| std::env::var(k).ok());
        if let Some((p, var)) = &proxy {
            let shown = proxy::shown(p);
            b = b.proxy(
                reqwest::Proxy::all(p.as_str())
                    .map_err(|e| Error::usage(format!("{var}: not a proxy URL ({shown}): {e}")))?,
            );
            if opts.verbose {
                tracer(Trace::Verbose(format!(
                    "* through the proxy {shown} ({var})"
                )));
            }
        }
        let http = b
            .build()
            .map_err(|e| Error::Other(format!("cannot set up the HTTP client: {e}")))?;
        let token = Arc::new(std::sync::RwLock::new(opts.token.clone()));
        Ok(Client {
            http,
            opts,
            tracer,
            proxy: proxy.map(|(p, _)| p),
            token,
            refresher: None,
        })
    }

    /// Renews the user token through `r` when it is refused or expiring.
    pub fn with_refresher(mut self, r: Arc<dyn Refresher>) -> Client {
        self.refresher = Some(r);
        self
    }

    /// The user token in use.
    fn current_token(&self) -> Option<Secret> {
        self.token.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Renews the token (a 401 on `stale`, or one about to expire).
    pub async fn renew_token(&self, stale: Option<&Secret>) -> Result<(), Error> {
        let Some(r) = &self.refresher else {
            return Ok(());
        };
        let fresh = r.refresh(stale).await?;
        *self.token.write().unwrap_or_else(|e| e.into_inner()) = Some(fresh);
        Ok(())
    }

    pub fn base_url(&self) -> &str {
        &self.opts.base_url
    }

    /// `GET /health`.
    pub async fn health(&self) -> Result<Value, Error> {
        self.health_dated().await.map(|(v, _)| v)
    }

    /// `GET /health`, with the reply's `Date` header (the service's clock).
    pub async fn health_dated(&self) -> Result<(Value, Option<String>), Error> {
        let r = self
            .send(
                Method::GET,
                self.url(&["health"])?,
                &[],
                Auth::None,
                Body::None,
            )
            .await?;
        let date = r.date.clone();
        Ok((reply::json_object(r, "health report")?, date))
    }

    /// The proxy in use, as shown (no password), if any.
    pub fn proxy_shown(&self) -> Option<String> {
        self.proxy.as_ref().map(proxy::shown)
    }

    /// Whether the service routes this path: an unauthenticated GET that
    /// changes nothing, retried like any other. An error the service itself
    /// answers (a JSON 4xx but 404) means the route exists; the router's plain
    /// 404, or anything that is not the service's, means it does not.
    pub async fn probe(&self, path: &[&str]) -> Result<Probe, Error> {
        let url = self.url(path)?;
        if self.opts.verbose {
            (self.tracer)(Trace::Verbose(format!(
                "> GET {url} (probing the API generation)"
            )));
        }
        let r = self
            .exchange(&Method::GET, &url, None, None, &Auth::None, true)
            .await?;
        let routed =
            (400..500).contains(&r.status) && r.status != 404 && r.content_type.contains("json");
        let legacy_errors =
            serde_json::from_slice::<Value>(&r.body).is_ok_and(|v| v.get("error").is_some());
        Ok(Probe {
            status: r.status,
            routed,
            legacy_errors,
        })
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

    /// Sends a request: traces it, sends nothing on a dry run, and retries
    /// what the policy in `exchange` allows.
    async fn send(
        &self,
        method: Method,
        url: String,
        query: &[(&str, String)],
        auth: Auth<'_>,
        body: Body<'_>,
    ) -> Result<Reply, Error> {
        self.send_as(method, url, query, auth, body, false).await
    }

    /// A read that a change is planned from (the config an update merges
    /// into): made even on a dry run, so that the printed change is the one
    /// a real run would send.
    async fn send_plan_read(
        &self,
        url: String,
        query: &[(&str, String)],
        auth: Auth<'_>,
    ) -> Result<Reply, Error> {
        self.send_as(Method::GET, url, query, auth, Body::None, true)
            .await
    }

    /// Sends; a user token the service refused (401) is renewed once, when
    /// a session can renew it, and the request sent again.
    async fn send_as(
        &self,
        method: Method,
        url: String,
        query: &[(&str, String)],
        auth: Auth<'_>,
        body: Body<'_>,
        plan_read: bool,
    ) -> Result<Reply, Error> {
        let first = self
            .send_once(method.clone(), url.clone(), query, auth, body, plan_read)
            .await;
        match first {
            Err(Error::Api { status: 401, .. })
                if matches!(auth, Auth::Bearer) && self.refresher.is_some() =>
            {
                let stale = self.current_token();
                self.renew_token(stale.as_ref()).await?;
                self.send_once(method, url, query, auth, body, plan_read)
                    .await
            }
            other => other,
        }
    }

    async fn send_once(
        &self,
        method: Method,
        url: String,
        query: &[(&str, String)],
        auth: Auth<'_>,
        body: Body<'_>,
        plan_read: bool,
    ) -> Result<Reply, Error> {
        let dry_run = self.opts.dry_run && !(plan_read && method == Method::GET);
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
                    let t = self
                        .current_token()
                        .filter(|t| !t.is_empty())
                        .ok_or(Error::Local(Local::NoToken))?;
                    check_token_transport(
                        &full_url,
                        self.proxy.as_ref(),
                        self.opts.allow_insecure_http,
                    )?;
                    (
                        Some(format!("Bearer {}", t.expose()).into()),
                        Some("Bearer ${SMQ_TOKEN:?}".to_string()),
                    )
                }
                Auth::BearerWith(t, var) => {
                    check_token_transport(
                        &full_url,
                        self.proxy.as_ref(),
                        self.opts.allow_insecure_http,
                    )?;
                    (
                        Some(format!("Bearer {}", t.expose()).into()),
                        Some(format!("Bearer ${{{var}:?}}")),
                    )
                }
                Auth::Device(p, k) => (
                    Some(format!("{p}{}", k.expose()).into()),
                    Some(format!("{p}${{SMQ_BOOTSTRAP_EXTERNAL_KEY:?}}")),
                ),
                Auth::DeviceSecure(p, h) => (
                    Some(format!("{p}{h}").into()),
                    Some(format!("{p}<encrypted external key>")),
                ),
            };
        let shown_auth = if self.opts.show_secrets {
            auth_value.as_deref().map(String::from)
        } else {
            auth_shown
        };
        let body_bytes: Option<(Vec<u8>, &str)> = match body {
            Body::None => None,
            Body::Json(v) => Some((
                serde_json::to_vec(v).expect("a Value always serializes"),
                "application/json",
            )),
            Body::Raw {
                bytes,
                content_type,
            } => Some((bytes.to_vec(), content_type)),
        };
        if self.opts.curl || self.opts.dry_run {
            let cmd = curl::render(
                &method,
                &full_url,
                shown_auth.as_deref(),
                body,
                self.opts.show_secrets,
            );
            (self.tracer)(if dry_run {
                Trace::DryRun(cmd)
            } else if self.opts.dry_run {
                Trace::Curl(format!("# read to plan the change: {cmd}"))
            } else {
                Trace::Curl(cmd)
            });
        }
        if dry_run {
            return Ok(Reply {
                status: 0,
                content_type: String::new(),
                location: None,
                date: None,
                body: Vec::new(),
                dry: true,
            });
        }
        if self.opts.verbose {
            (self.tracer)(Trace::Verbose(format!("> {method} {full_url}")));
            if let Some(a) = &shown_auth {
                (self.tracer)(Trace::Verbose(format!("> authorization: {a}")));
            }
            if let Some((b, ct)) = &body_bytes {
                (self.tracer)(Trace::Verbose(format!(
                    "> content-type: {ct} ({} bytes)",
                    b.len()
                )));
            }
        }
        self.exchange(
            &method,
            &full_url,
            auth_value.as_ref().map(|v| v.as_str()),
            body_bytes.as_ref().map(|(b, ct)| (b.as_slice(), *ct)),
            &auth,
            false,
        )
        .await
    }

    /// The retry policy, for every request: transient failures are tried
    /// again up to `retries` times with backoff; a POST only when it provably
    /// did not arrive, and an unknown outcome of one is reported as such.
    /// With `any_final`, a final non-success answer is a reply, not an error.
    async fn exchange(
        &self,
        method: &Method,
        url: &str,
        auth_value: Option<&str>,
        body: Option<(&[u8], &str)>,
        auth: &Auth<'_>,
        any_final: bool,
    ) -> Result<Reply, Error> {
        let mut attempt = 0u32;
        loop {
            let tried = self
                .attempt(method, url, auth_value, body, auth, any_final)
                .await;
            let failure = match tried {
                Ok(reply) => return Ok(reply),
                Err(f) => f,
            };
            let idempotent = *method != Method::POST;
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
        body: Option<(&[u8], &str)>,
        auth: &Auth<'_>,
        any_final: bool,
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
        if let Some((b, ct)) = body {
            req = req.header(CONTENT_TYPE, ct).body(b.to_vec());
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
            error: reply::transport_error(&e, full_url, self.opts.timeout),
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
        let date = header(reqwest::header::DATE);
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
            return Err(final_failure(reply::too_large(full_url)));
        }
        let mut body = Vec::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > MAX_REPLY {
                        return Err(final_failure(reply::too_large(full_url)));
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
                reply::status_line(status),
                started.elapsed().as_millis(),
                body.len(),
                if content_type.is_empty() {
                    String::new()
                } else {
                    format!(", {content_type}")
                }
            )));
        }
        if status.is_redirection() {
            let to = location
                .as_deref()
                .map(crate::output::sanitize)
                .unwrap_or_else(|| "nowhere (no Location)".into());
            return Err(final_failure(Error::Unavailable {
                message: format!(
                    "{}: the service redirects to {to}",
                    reply::status_line(status)
                ),
                kind: crate::error::Unreachable::Redirect,
            }));
        }
        if !status.is_success() {
            let kind = match status.as_u16() {
                429 | 503 => FailKind::Refused(retry_after),
                502 | 504 => FailKind::Dropped,
                _ => FailKind::Final,
            };
            if !(any_final && kind == FailKind::Final) {
                return Err(Failure {
                    kind,
                    error: reply_error(status.as_u16(), &content_type, &body, auth.device()),
                });
            }
        }
        Ok(Reply {
            status: status.as_u16(),
            content_type,
            location,
            date,
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
    let escaped = escape_segment(id).len();
    if escaped > MAX_ID_BYTES {
        return Err(Error::usage(format!(
            "the {what} is {escaped} bytes long in a URL, more than the {MAX_ID_BYTES} that HTTP \
             servers and proxies take in a request line"
        )));
    }
    Ok(())
}

/// The longest id (escaped) a path carries: HTTP servers and the proxies in
/// front of them refuse longer request lines (often at 8 KiB).
pub const MAX_ID_BYTES: usize = 4096;

/// Refuses to send a bearer token in the clear to another machine: over
/// http:// only loopback hosts are allowed, unless the user says otherwise
/// (`allowed`, for the service's host). A plain-http proxy on another
/// machine would read the token on the way: that is refused even then.
fn check_token_transport(url: &str, via: Option<&url::Url>, allowed: bool) -> Result<(), Error> {
    let Ok(u) = reqwest::Url::parse(url) else {
        return Ok(());
    };
    if u.scheme() != "http" {
        return Ok(());
    }
    if !allowed && !proxy::is_loopback(&u) {
        return Err(Error::Local(Local::PlainHttpToken(
            u.host_str().unwrap_or("?").to_string(),
        )));
    }
    match via {
        Some(p) if p.scheme() == "http" && !proxy::is_loopback(p) => Err(Error::Local(
            Local::PlainHttpToken(format!("{} (a proxy)", p.host_str().unwrap_or("?"))),
        )),
        _ => Ok(()),
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
            assert!(check_token_transport(ok, None, false).is_ok(), "{ok}");
        }
        for bad in [
            "http://example.com/x",
            "http://10.0.0.1:9013/",
            "http://[2001:db8::1]/",
        ] {
            assert_eq!(
                check_token_transport(bad, None, false)
                    .unwrap_err()
                    .exit_code(),
                2,
                "{bad}"
            );
            assert!(check_token_transport(bad, None, true).is_ok());
            // A plain-http proxy on another machine is refused even then.
            let proxy = url::Url::parse("http://proxy.example:3128").unwrap();
            assert!(check_token_transport(bad, Some(&proxy), true).is_err());
            let local = url::Url::parse("http://127.0.0.1:3128").unwrap();
            assert!(check_token_transport(bad, Some(&local), true).is_ok());
        }
    }
}
