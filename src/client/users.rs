//! The users service's token endpoints (`../shared/spec/users-tokens.md`),
//! on a client whose base URL is the users service's.

use reqwest::Method;
use serde_json::{Value, json};

use super::reply::json_object;
use super::{Auth, Body, Client, check_token_transport};
use crate::error::{Error, Refusal};
use crate::secret::Secret;

/// A token pair as the service hands it out.
pub struct TokenPair {
    pub access: Secret,
    pub refresh: Secret,
}

impl Client {
    /// Refuses (before anything is sent) a base URL a password or token
    /// would reach in the clear: plain http to another machine, or through
    /// a plain-http proxy on one.
    pub fn may_send_secrets(&self) -> Result<(), Error> {
        check_token_transport(
            &self.opts.base_url,
            self.proxy.as_ref(),
            self.opts.allow_insecure_http,
        )
    }

    /// Whether the users service answers here: `POST /users/tokens/issue {}`
    /// is refused with a JSON 400 by every generation, before any lookup.
    pub async fn users_service_here(&self) -> Result<bool, Error> {
        let url = self.url(&["users", "tokens", "issue"])?;
        let r = self
            .exchange(
                &Method::POST,
                &url,
                None,
                Some((b"{}", "application/json")),
                &Auth::None,
                true,
            )
            .await;
        Ok(matches!(r, Ok(r) if r.status == 400 && r.content_type.contains("json")))
    }

    /// `POST /users/tokens/issue`: a password for a token pair. The password
    /// travels in the body, so plain http goes to this machine only.
    pub async fn issue_tokens(&self, body: &Value) -> Result<TokenPair, Error> {
        let url = self.url(&["users", "tokens", "issue"])?;
        check_token_transport(&url, self.proxy.as_ref(), self.opts.allow_insecure_http)?;
        let r = self
            .send(Method::POST, url, &[], Auth::None, Body::Json(body))
            .await
            .map_err(bad_credentials)?;
        pair(json_object(r, "token")?)
    }

    /// `POST /users/tokens/refresh` with the refresh token; `body` (v1 and
    /// domain: a JSON object, maybe with `domain_id`) or none.
    pub async fn refresh_tokens(
        &self,
        refresh: &Secret,
        body: Option<&Value>,
    ) -> Result<TokenPair, Error> {
        let url = self.url(&["users", "tokens", "refresh"])?;
        let empty = json!({});
        let r = self
            .send(
                Method::POST,
                url,
                &[],
                Auth::BearerWith(refresh, "SMQ_REFRESH_TOKEN"),
                Body::Json(body.unwrap_or(&empty)),
            )
            .await?;
        pair(json_object(r, "token")?)
    }

    /// `POST /users/tokens/revoke {"token_id"}` (Magistrala): ends a session.
    pub async fn revoke_tokens(&self, access: &Secret, token_id: &str) -> Result<(), Error> {
        let url = self.url(&["users", "tokens", "revoke"])?;
        let body = json!({ "token_id": token_id });
        self.send(
            Method::POST,
            url,
            &[],
            Auth::BearerWith(access, "SMQ_TOKEN"),
            Body::Json(&body),
        )
        .await
        .map(drop)
    }

    /// `GET /domains` (v1, domain): the domains the token's user belongs to.
    pub async fn user_domains(&self, access: &Secret) -> Result<Vec<String>, Error> {
        let url = self.url(&["domains"])?;
        let r = self
            .send(
                Method::GET,
                url,
                &[("limit", "100".to_string())],
                Auth::BearerWith(access, "SMQ_TOKEN"),
                Body::None,
            )
            .await?;
        let v = json_object(r, "domain list")?;
        Ok(v.get("domains")
            .and_then(Value::as_array)
            .map(|l| {
                l.iter()
                    .filter_map(|d| d.get("id").and_then(Value::as_str).map(String::from))
                    .collect()
            })
            .unwrap_or_default())
    }
}

/// A refused login reads as refused credentials, whatever the generation
/// says (401, or Magistrala's 404 and 422).
fn bad_credentials(e: Error) -> Error {
    match e {
        Error::Api {
            status: 401 | 404 | 422,
            message,
            ..
        } => Error::Api {
            status: 401,
            message,
            kind: Refusal::Credentials,
        },
        other => other,
    }
}

fn pair(v: Value) -> Result<TokenPair, Error> {
    let get = |k: &str| {
        v.get(k)
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .map(Secret::new)
            .ok_or_else(|| Error::Other(format!("the users service's reply has no {k}")))
    };
    Ok(TokenPair {
        access: get("access_token")?,
        refresh: get("refresh_token")?,
    })
}
