//! Requests as curl commands (`--curl`, `--dry-run`), secrets redacted.

use reqwest::Method;

use super::Body;
use crate::record::REQUEST_SECRETS;

/// The curl command of a request; the body's secrets are shown only when
/// `show_secrets`. `auth` is the Authorization value as it may be shown.
pub(super) fn render(
    method: &Method,
    url: &str,
    auth: Option<&str>,
    body: Body<'_>,
    show_secrets: bool,
) -> String {
    let shown_body = match body {
        Body::None => None,
        Body::Json(b) => {
            let mut b = b.clone();
            if !show_secrets {
                // Each secret becomes a marker, and in the command a variable
                // the shell must have: run as printed without it, it fails,
                // rather than storing a placeholder as a key.
                for (field, _) in REQUEST_SECRETS {
                    crate::record::mask(&mut b, &[field], &marker(field));
                }
            }
            Some((
                serde_json::to_string(&b).expect("a Value always serializes"),
                "application/json",
            ))
        }
        Body::Raw {
            bytes,
            content_type,
        } => Some((String::from_utf8_lossy(bytes).into_owned(), content_type)),
    };
    curl_command(
        method,
        url,
        auth,
        shown_body.as_ref().map(|(b, ct)| (b.as_str(), *ct)),
    )
}

fn marker(field: &str) -> String {
    format!("@@smq-secret:{field}@@")
}

/// A curl command line for the request, single-quoted for POSIX shells. A
/// redacted value names an environment variable, as `${VAR:?}` so that the
/// shell refuses to run the command without it; it stays in double quotes
/// to expand.
fn curl_command(
    method: &Method,
    url: &str,
    auth: Option<&str>,
    body: Option<(&str, &str)>,
) -> String {
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
    if let Some((b, ct)) = body {
        parts.push(format!(
            "-H {}",
            shell_quote(&format!("Content-Type: {ct}"))
        ));
        let mut quoted = shell_quote(b);
        for (field, var) in REQUEST_SECRETS {
            quoted = quoted.replace(&marker(field), &format!("'\"${{{var}:?}}\"'"));
        }
        parts.push(format!("--data-raw {quoted}"));
    }
    parts.join(" ")
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curl_quotes_and_names_env() {
        let c = curl_command(
            &Method::POST,
            "http://h/x",
            Some("Bearer ${SMQ_TOKEN:?}"),
            Some((r#"{"a":"it's"}"#, "application/json")),
        );
        assert_eq!(
            c,
            r#"curl -X POST 'http://h/x' -H "Authorization: Bearer ${SMQ_TOKEN:?}" -H 'Content-Type: application/json' --data-raw '{"a":"it'\''s"}'"#
        );
    }

    #[test]
    fn body_secrets_are_redacted() {
        let body = serde_json::json!({"external_key": "k", "client_key": "", "name": "n"});
        let c = render(&Method::POST, "u", None, Body::Json(&body), false);
        assert!(
            c.contains(r#""external_key":"'"${SMQ_BOOTSTRAP_EXTERNAL_KEY:?}"'""#)
                && c.contains(r#""client_key":"""#),
            "{c}"
        );
        assert!(
            render(&Method::POST, "u", None, Body::Json(&body), true)
                .contains(r#""external_key":"k""#)
        );
    }
}
