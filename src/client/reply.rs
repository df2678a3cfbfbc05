//! Reading the service's answers: success bodies, error replies and transport
//! failures, each turned into an error of the right kind (whose hint lives in
//! `error.rs`).

use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;
use serde_json::Value;

use super::Reply;
use crate::error::{Error, Refusal, Unreachable};

/// One page of `GET /configs`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Page {
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
    pub configs: Vec<Value>,
}

/// Parses one page of the config list.
pub fn parse_page(body: &[u8]) -> Result<Page, Error> {
    serde_json::from_slice(body).map_err(|e| bad_reply("config page", &e))
}

/// A reply that must be a JSON object (`Null` on a dry run).
pub(super) fn json_object(r: Reply, what: &str) -> Result<Value, Error> {
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

pub(super) fn status_line(s: StatusCode) -> String {
    format!("{} {}", s.as_u16(), s.canonical_reason().unwrap_or(""))
}

pub(super) fn too_large(url: &str) -> Error {
    Error::unavailable(format!(
        "reply from {url} is larger than {} MiB; refusing to read it",
        super::MAX_REPLY >> 20
    ))
}

pub(super) fn bad_reply(what: &str, e: &serde_json::Error) -> Error {
    Error::Other(format!(
        "the service's {what} reply is not what the bootstrap API sends: {e}"
    ))
}

/// The config id in a `Location` value: everything after the configs prefix
/// (ids may contain `/`), from a path or an absolute URL.
pub(super) fn id_from_location(loc: &str, prefix: &str) -> Result<String, Error> {
    match loc.find(prefix).map(|i| &loc[i + prefix.len()..]) {
        Some(id) if !id.is_empty() => Ok(id.to_string()),
        _ => Err(Error::Other(format!(
            "cannot read the new id from Location '{loc}'"
        ))),
    }
}

pub(super) fn transport_error(e: &reqwest::Error, url: &str, timeout: Duration) -> Error {
    let chain = error_chain(e);
    let (message, kind) = if e.is_timeout() {
        (
            format!("no reply from {url} within {} s", timeout.as_secs_f64()),
            Unreachable::Timeout,
        )
    } else if ["certificate", "tls", "handshake"]
        .iter()
        .any(|w| chain.to_lowercase().contains(w))
    {
        (
            format!("TLS failure talking to {url}: {chain}"),
            Unreachable::Tls,
        )
    } else if e.is_connect() {
        (
            format!("cannot connect to {url}: {chain}"),
            Unreachable::Connect,
        )
    } else {
        (
            format!("request to {url} failed: {chain}"),
            Unreachable::Other,
        )
    };
    Error::Unavailable { message, kind }
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

/// The error a non-success answer becomes: one line with the service's own
/// message, and the kind of refusal it is. `device`: the request was a
/// device's (bootstrap), not a user's.
pub fn reply_error(status: u16, content_type: &str, body: &[u8], device: bool) -> Error {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
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
    let kind = match status.as_u16() {
        401 => Refusal::Token,
        403 if device => Refusal::DeviceKey,
        404 if parsed.is_none() => Refusal::Unrouted,
        _ if parsed.is_none() && !body.is_empty() => Refusal::Foreign,
        500 if body.is_empty() => Refusal::Bodyless,
        _ => Refusal::Other,
    };
    Error::Api {
        status: status.as_u16(),
        message,
        kind,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn error_bodies_become_one_line() {
        let e = reply_error(
            401,
            "application/json",
            br#"{"error":"missing or invalid bearer user token","message":"something went wrong with the request"}"#,
            false,
        );
        assert_eq!(
            e.to_string(),
            "401 Unauthorized: something went wrong with the request: missing or invalid bearer user token"
        );
        assert_eq!(e.exit_code(), 3);
        assert!(e.hint().unwrap().contains("token"));
        let e = reply_error(502, "text/html", b"<html><body>bad</body></html>", false);
        assert!(e.to_string().contains("HTML page"));
        assert_eq!(e.exit_code(), 6);
        let e = reply_error(404, "text/plain", b"404 page not found\n", false);
        assert_eq!(e.to_string(), "404 Not Found: 404 page not found");
    }
}
