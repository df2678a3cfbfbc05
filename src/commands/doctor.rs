//! `doctor`: one checklist for the technician at a device (or an operator),
//! each line passed or failed with what to do about it. Nothing is written
//! and no secret is shown.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use super::Ctx;
use crate::cli::DoctorArgs;
use crate::client::{Client, ListQuery, Service};
use crate::error::{Error, exit};
use crate::generation::{self, Api};
use crate::input::SecretSource;
use crate::profiles::ProfileFile;
use crate::secret::Secret;
use crate::session::{claims, now};
use crate::settings::TokenSource;

/// One line of the checklist: `ok` is `None` for a line that only informs.
struct Check {
    name: &'static str,
    ok: Option<bool>,
    detail: String,
    fix: Option<String>,
    /// The exit code a failure stands for.
    code: u8,
}

fn pass(name: &'static str, detail: impl Into<String>) -> Check {
    Check {
        name,
        ok: Some(true),
        detail: detail.into(),
        fix: None,
        code: exit::OK,
    }
}

fn fail(name: &'static str, detail: impl Into<String>, fix: impl Into<String>, code: u8) -> Check {
    Check {
        name,
        ok: Some(false),
        detail: detail.into(),
        fix: Some(fix.into()),
        code,
    }
}

fn info(name: &'static str, detail: impl Into<String>) -> Check {
    Check {
        name,
        ok: None,
        detail: detail.into(),
        fix: None,
        code: exit::OK,
    }
}

pub async fn run(ctx: &Ctx, a: DoctorArgs) -> Result<(), Error> {
    let mut checks = Vec::new();
    let s = &ctx.settings;
    // Where the settings came from.
    for (name, from) in &s.origins {
        checks.push(info("setting", format!("{name}: {from}")));
    }
    let reachable = network(ctx, &mut checks).await;
    let client = Client::new(ctx.client_options_for(&s.url, None)?, ctx.tracer())?;
    checks.push(match client.proxy_shown() {
        Some(p) => info("proxy", format!("requests go through {p}")),
        None => info("proxy", "none"),
    });
    let mut api = None;
    if reachable {
        service_checks(&client, &mut checks, &mut api).await;
    }
    let crypto_key = device_checks(ctx, &a, &client, api, reachable, &mut checks).await?;
    if reachable && let Some(api) = api {
        token_check(ctx, api, &mut checks).await?;
    }
    file_checks(ctx, &a, crypto_key.is_some(), &mut checks);
    report(ctx, &checks)
}

/// The URL, its host's addresses, a TCP connection, and for https the
/// certificate chain. Whether the service could be reached.
async fn network(ctx: &Ctx, checks: &mut Vec<Check>) -> bool {
    let s = &ctx.settings;
    let Ok(url) = reqwest::Url::parse(&s.url) else {
        checks.push(fail(
            "url",
            &s.url,
            "give http(s)://HOST[:PORT]",
            exit::USAGE,
        ));
        return false;
    };
    checks.push(pass("url", s.url.clone()));
    let host = url.host_str().unwrap_or_default().to_string();
    let port = url.port_or_known_default().unwrap_or(80);
    let addrs: Vec<SocketAddr> = match tokio::net::lookup_host((host.as_str(), port)).await {
        Ok(a) => a.collect(),
        Err(e) => {
            checks.push(fail(
                "dns",
                format!("{host}: {e}"),
                "check the host name, and the device's DNS settings",
                exit::UNAVAILABLE,
            ));
            return false;
        }
    };
    let shown: Vec<String> = addrs.iter().map(|a| a.ip().to_string()).collect();
    checks.push(pass("dns", format!("{host} is {}", shown.join(", "))));
    let connect = tokio::time::timeout(Duration::from_secs(5), async {
        let mut last = None;
        for a in &addrs {
            match tokio::net::TcpStream::connect(a).await {
                Ok(t) => return Ok((t, *a)),
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| std::io::Error::other("no address")))
    })
    .await;
    let (tcp, addr) = match connect {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            checks.push(fail(
                "tcp",
                format!("{host}:{port}: {e}"),
                "is the service running, and is the port right? A firewall on the way?",
                exit::UNAVAILABLE,
            ));
            return false;
        }
        Err(_) => {
            checks.push(fail(
                "tcp",
                format!("{host}:{port}: no answer within 5 s"),
                "a firewall may drop the packets; check the route to the service",
                exit::UNAVAILABLE,
            ));
            return false;
        }
    };
    checks.push(pass("tcp", format!("connected to {addr}")));
    if url.scheme() != "https" {
        return true;
    }
    match tls(ctx, tcp, &host).await {
        Ok(detail) => {
            checks.push(pass("tls", detail));
            true
        }
        Err((detail, fix)) if s.insecure => {
            checks.push(fail("tls", detail, fix, exit::UNAVAILABLE));
            // --insecure goes on regardless, as the commands would.
            true
        }
        Err((detail, fix)) => {
            checks.push(fail("tls", detail, fix, exit::UNAVAILABLE));
            false
        }
    }
}

/// A TLS handshake as the commands make it (the built-in and system roots,
/// and --tls-ca): the chain, the host name, the expiry, and which CA.
async fn tls(
    ctx: &Ctx,
    tcp: tokio::net::TcpStream,
    host: &str,
) -> Result<String, (String, String)> {
    use tokio_rustls::rustls;
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
    let mut extra = 0;
    if let Some(p) = &ctx.settings.tls_ca {
        use rustls::pki_types::pem::PemObject;
        let pem = std::fs::read(p).map_err(|e| {
            (
                format!("--tls-ca {}: {e}", p.display()),
                "give a readable PEM file".to_string(),
            )
        })?;
        for c in rustls::pki_types::CertificateDer::pem_slice_iter(&pem).flatten() {
            if roots.add(c).is_ok() {
                extra += 1;
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| (e.to_string(), String::new()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(host.to_string())
        .map_err(|e| (format!("{host}: {e}"), "give a host name".to_string()))?;
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let stream = connector.connect(name, tcp).await.map_err(|e| {
        let text = e.to_string();
        let fix = if text.contains("UnknownIssuer") {
            "the certificate's CA is not trusted here: give its certificate with --tls-ca FILE"
        } else if text.contains("NotValidForName") {
            "the certificate is for another name: use the name it was issued for in --url"
        } else if text.contains("Expired") || text.contains("NotValidYet") {
            "the certificate is out of date (or the clock is): renew it, or set the clock"
        } else {
            "check that the port speaks TLS, and the certificate the service sends"
        };
        (format!("{host}: {text}"), fix.to_string())
    })?;
    let (_, conn) = stream.get_ref();
    let Some(leaf) = conn.peer_certificates().and_then(|c| c.first()) else {
        return Ok("verified".into());
    };
    let (expires, issuer) = match x509_parser::parse_x509_certificate(leaf.as_ref()) {
        Ok((_, cert)) => (
            cert.validity().not_after.timestamp(),
            cert.issuer()
                .iter_common_name()
                .next()
                .and_then(|cn| cn.as_str().ok())
                .unwrap_or("?")
                .to_string(),
        ),
        Err(_) => (0, "?".into()),
    };
    let days = (expires - now() as i64) / 86_400;
    let by = if extra > 0 {
        "the built-in roots and --tls-ca"
    } else {
        "the built-in and system roots"
    };
    if days < 14 {
        return Err((
            format!("the certificate expires in {days} day(s)"),
            "renew the service's certificate".into(),
        ));
    }
    Ok(format!(
        "verified with {by}: issued by {issuer}, expires in {days} days"
    ))
}

/// `/health`, the service's clock, and which generation it is.
async fn service_checks(client: &Client, checks: &mut Vec<Check>, api: &mut Option<Api>) {
    match client.health_dated().await {
        Ok((v, date)) => {
            let version = v.get("version").and_then(Value::as_str).unwrap_or("?");
            checks.push(pass(
                "health",
                format!("the service answers (version {version})"),
            ));
            if let Some(theirs) = date.as_deref().and_then(http_date) {
                let skew = theirs as i64 - now() as i64;
                if skew.abs() > 60 {
                    checks.push(fail(
                        "clock",
                        format!("this clock is {} s off the service's", -skew),
                        "set the clock (NTP): certificates and tokens are checked against it",
                        exit::FAILURE,
                    ));
                } else {
                    checks.push(pass(
                        "clock",
                        format!("within {} s of the service's", skew.abs()),
                    ));
                }
            }
        }
        Err(e) => checks.push(fail(
            "health",
            e.to_string(),
            e.hint()
                .unwrap_or("check --url: the bootstrap service's port (9013)"),
            e.exit_code(),
        )),
    }
    match generation::probe(client).await {
        Ok(a) => {
            checks.push(pass("generation", format!("{a}: {}", a.release())));
            *api = Some(a);
        }
        Err(e) => checks.push(fail(
            "generation",
            e.to_string(),
            "check --url: it should be the bootstrap service",
            e.exit_code(),
        )),
    }
}

/// The crypto key's length, and the device's external key with the service
/// (a bootstrap request; the key is never shown). Returns the crypto key.
async fn device_checks(
    ctx: &Ctx,
    a: &DoctorArgs,
    client: &Client,
    api: Option<Api>,
    reachable: bool,
    checks: &mut Vec<Check>,
) -> Result<Option<Secret>, Error> {
    let crypto_key = match (&a.crypto_key, &a.crypto_key_file) {
        (None, None) => None,
        (v, f) => Some(
            SecretSource {
                value: v.as_deref(),
                file: f.as_deref(),
                prompt: "crypto key",
                how: "",
                interactive: false,
                piped: false,
            }
            .resolve()?,
        ),
    };
    if let Some(k) = &crypto_key {
        checks.push(match crate::crypto::check_key(k.expose().as_bytes()) {
            Ok(()) => pass("crypto key", format!("{} bytes", k.expose().len())),
            Err(e) => fail(
                "crypto key",
                e.to_string(),
                "the service's key (SMQ_BOOTSTRAP_ENCRYPT_KEY there) has 16, 24 or 32 bytes",
                exit::USAGE,
            ),
        });
    }
    let (Some(ext), Some(api), true) = (&a.external_id, api, reachable) else {
        return Ok(crypto_key);
    };
    let key = SecretSource {
        value: a.external_key.as_deref(),
        file: a.external_key_file.as_deref(),
        prompt: "external key",
        how: "give it in SMQ_BOOTSTRAP_EXTERNAL_KEY or with --external-key-file FILE",
        interactive: ctx.settings.terminal.interactive(),
        piped: false,
    }
    .resolve()?;
    let service = Service::new(client.clone(), api, None);
    checks.push(match service.bootstrap(ext, &key).await {
        Ok(_) => pass(
            "external key",
            format!("the service serves {ext}'s config with it"),
        ),
        Err(e) => fail(
            "external key",
            e.to_string(),
            e.hint()
                .unwrap_or("check the external id and key with the operator"),
            e.exit_code(),
        ),
    });
    if let Some(ck) = &crypto_key
        && crate::crypto::check_key(ck.expose().as_bytes()).is_ok()
    {
        let token = crate::crypto::encrypt_to_hex(ck.expose().as_bytes(), key.expose().as_bytes())
            .map_err(Error::from)?;
        let result = match service.bootstrap_secure(ext, &token).await {
            Ok(Some(reply)) => {
                super::bootstrap::open_secure_reply(ck.expose().as_bytes(), &reply).map(drop)
            }
            Ok(None) => Ok(()),
            Err(e) => Err(e),
        };
        checks.push(match result {
            Ok(()) => pass(
                "secure",
                "the secure endpoint answers, and its reply decrypts",
            ),
            Err(e) => fail(
                "secure",
                e.to_string(),
                e.hint().unwrap_or("check the crypto key"),
                e.exit_code(),
            ),
        });
    }
    Ok(crypto_key)
}

/// The user token, when there is one: accepted by the service, and when
/// it expires.
async fn token_check(ctx: &Ctx, api: Api, checks: &mut Vec<Check>) -> Result<(), Error> {
    let s = &ctx.settings;
    let token = match s.token.resolve() {
        Ok(Some(t)) => t,
        Ok(None) => {
            checks.push(info(
                "token",
                "none: management commands need one (login, or --token-file)",
            ));
            return Ok(());
        }
        Err(e) => {
            checks.push(fail(
                "token",
                e.to_string(),
                e.hint().unwrap_or(""),
                e.exit_code(),
            ));
            return Ok(());
        }
    };
    let expiry = claims(token.expose())
        .and_then(|c| c.get("exp").and_then(Value::as_u64))
        .map(|exp| {
            let left = exp as i64 - now() as i64;
            if left <= 0 {
                "it has expired".to_string()
            } else {
                format!("it expires in {} min", left / 60)
            }
        })
        .unwrap_or_else(|| "its expiry is not known".into());
    let renewable = matches!(s.token, TokenSource::Session { .. });
    let client = Client::new(ctx.client_options_for(&s.url, Some(token))?, ctx.tracer())?;
    if api.needs_domain() && s.domain.is_none() {
        checks.push(fail(
            "token",
            format!("the {api} API needs a domain to check the token with"),
            "give --domain ID (or SMQ_DOMAIN_ID)",
            exit::USAGE,
        ));
        return Ok(());
    }
    let service = Service::new(client, api, s.domain.clone());
    let q = ListQuery {
        limit: 1,
        ..ListQuery::default()
    };
    checks.push(match service.list(&q).await {
        Ok(_) => pass("token", format!("accepted; {expiry}")),
        Err(e) if renewable && e.exit_code() == exit::AUTH => fail(
            "token",
            format!("{e}; {expiry}"),
            "the next management command renews the session (or run login)",
            e.exit_code(),
        ),
        Err(e) => fail(
            "token",
            format!("{e}; {expiry}"),
            e.hint().unwrap_or("check the token"),
            e.exit_code(),
        ),
    });
    Ok(())
}

/// Files holding secrets must not be readable by others.
fn file_checks(ctx: &Ctx, a: &DoctorArgs, crypto_from_file: bool, checks: &mut Vec<Check>) {
    let mut files: Vec<(&'static str, std::path::PathBuf)> = Vec::new();
    if let Some(p) = ProfileFile::path().filter(|p| p.exists()) {
        files.push(("profile file", p));
    }
    if let TokenSource::File(p) = &ctx.settings.token {
        files.push(("token file", p.clone()));
    }
    if let Some(p) = &a.external_key_file {
        files.push(("external key file", p.clone()));
    }
    if let (Some(p), true) = (&a.crypto_key_file, crypto_from_file) {
        files.push(("crypto key file", p.clone()));
    }
    for (what, p) in files {
        checks.push(match crate::files::check_private(&p, what) {
            Ok(()) => pass("permissions", format!("{what} {}: private", p.display())),
            Err(e) => fail(
                "permissions",
                e.to_string(),
                e.hint().unwrap_or("chmod 600 it"),
                exit::USAGE,
            ),
        });
    }
}

fn report(ctx: &Ctx, checks: &[Check]) -> Result<(), Error> {
    let failed: Vec<&Check> = checks.iter().filter(|c| c.ok == Some(false)).collect();
    match ctx.out.format {
        crate::output::Format::Json | crate::output::Format::Jsonl
            if ctx.settings.output_explicit || !ctx.settings.terminal.stdout =>
        {
            let list: Vec<Value> = checks
                .iter()
                .map(|c| {
                    json!({
                        "check": c.name,
                        "ok": c.ok,
                        "detail": c.detail,
                        "fix": c.fix,
                    })
                })
                .collect();
            ctx.out
                .json(&json!({"ok": failed.is_empty(), "checks": list}))?;
        }
        _ => {
            for c in checks {
                let mark = match c.ok {
                    Some(true) => "✓",
                    Some(false) => "✗",
                    None => "·",
                };
                ctx.out.line(&format!(
                    "{mark} {:<12} {}",
                    c.name,
                    crate::output::sanitize(&c.detail)
                ))?;
                if let Some(fix) = c.fix.as_deref().filter(|f| !f.is_empty()) {
                    ctx.out.line(&format!("  {:<12} fix: {fix}", ""))?;
                }
            }
        }
    }
    match failed.first() {
        None => Ok(()),
        Some(first) => Err(Error::Partial {
            message: format!("{} check(s) failed", failed.len()),
            code: if first.code == exit::OK {
                exit::FAILURE
            } else {
                first.code
            },
        }),
    }
}

/// Seconds since the epoch of an HTTP date (`Thu, 04 Dec 2026 05:32:11 GMT`).
fn http_date(s: &str) -> Option<u64> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [_, day, month, year, time, _] = parts.as_slice() else {
        return None;
    };
    let m = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|x| x == month)? as i64
        + 1;
    let (d, y): (i64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let hms: Vec<i64> = time.split(':').filter_map(|p| p.parse().ok()).collect();
    let [h, mi, se] = hms.as_slice() else {
        return None;
    };
    // Days from the epoch of a civil date (H. Hinnant's algorithm).
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days * 86_400 + h * 3600 + mi * 60 + se).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_read_as_epoch_seconds() {
        assert_eq!(http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(
            http_date("Fri, 04 Dec 2026 05:19:05 GMT"),
            Some(1_796_361_545)
        );
        assert_eq!(
            http_date("Tue, 29 Feb 2000 00:00:00 GMT"),
            Some(951_782_400)
        );
        assert_eq!(http_date("garbage"), None);
    }
}
