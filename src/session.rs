//! A login session: the token pair `login` got from the users service,
//! kept in the profile (0600), and renewed as it expires: a minute before
//! the access token does, or after a 401, once. A renewal happens under the
//! profile file's lock, so that concurrent commands share one renewed pair
//! rather than lose one. When the refresh token is gone, expired or
//! refused, a person at a terminal is asked for the password again; a
//! script gets exit 3.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::client::{Client, Refresher, TokenPair};
use crate::error::{Error, Refusal};
use crate::generation::Api;
use crate::profiles::ProfileFile;
use crate::secret::Secret;

/// Renew an access token this many seconds before it expires.
pub const RENEW_BEFORE: u64 = 60;

/// What the profile keeps of a login. Its `Debug` leaves the tokens out.
#[derive(Default, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub user: String,
    pub users_url: String,
    /// The bootstrap service the session is for.
    pub url: String,
    /// The API generation found at `url`.
    pub api: String,
    /// The domain a v1/domain token is scoped to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    pub access_token: String,
    /// When the access token expires (seconds since the epoch; 0: unknown).
    pub access_expires: u64,
    pub refresh_token: String,
    pub refresh_expires: u64,
    /// The session's id on the service (Magistrala), to revoke it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_id: Option<String>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("user", &self.user)
            .field("users_url", &self.users_url)
            .field("url", &self.url)
            .field("api", &self.api)
            .field("domain", &self.domain)
            .field("access_expires", &self.access_expires)
            .field("refresh_expires", &self.refresh_expires)
            .finish_non_exhaustive()
    }
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A JWT's claims, read without checking its signature (only the service
/// can); `None` for a token that is not a JWT.
pub fn claims(token: &str) -> Option<Value> {
    let payload = token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

fn exp_of(token: &str) -> u64 {
    claims(token)
        .and_then(|c| c.get("exp").and_then(Value::as_u64))
        .unwrap_or(0)
}

impl Session {
    /// A session from a pair the service just handed out.
    pub fn from_pair(base: &Session, pair: TokenPair) -> Session {
        let access = pair.access.expose().to_string();
        let refresh = pair.refresh.expose().to_string();
        Session {
            access_expires: exp_of(&access),
            refresh_expires: exp_of(&refresh),
            token_id: claims(&refresh)
                .and_then(|c| c.get("jti").and_then(Value::as_str).map(String::from)),
            access_token: access,
            refresh_token: refresh,
            ..base.clone()
        }
    }

    /// The access token is good for more than a minute (or its expiry is
    /// not known: the service will say).
    pub fn access_fresh(&self) -> bool {
        self.access_expires == 0 || self.access_expires > now() + RENEW_BEFORE
    }

    pub fn refresh_usable(&self) -> bool {
        !self.refresh_token.is_empty()
            && (self.refresh_expires == 0 || self.refresh_expires > now())
    }

    pub fn access(&self) -> Secret {
        Secret::new(self.access_token.as_str())
    }

    /// v1 and domain scope tokens to a domain, and read a JSON body on refresh.
    pub fn scoped(&self) -> bool {
        matches!(Api::parse(&self.api), Some(Api::V1 | Api::Domain))
    }

    /// The refresh request's body: v1 and domain need one (the domain
    /// kept), the others read none.
    pub fn refresh_body(&self) -> Option<Value> {
        self.scoped().then(|| match &self.domain {
            Some(d) => json!({ "domain_id": d }),
            None => json!({}),
        })
    }
}

/// The login body of generation `api`: v1 and domain name the user
/// `identity` and the password `secret`, the others `username`, `password`.
pub fn login_body(api: Api, user: &str, password: &Secret, domain: Option<&str>) -> Value {
    match api {
        Api::V1 | Api::Domain => {
            let mut b = json!({"identity": user, "secret": password.expose()});
            if let Some(d) = domain {
                b["domain_id"] = json!(d);
            }
            b
        }
        Api::Clients | Api::Profiles => json!({
            "username": user,
            "password": password.expose(),
            "description": "smq-bootstrap",
        }),
    }
}

/// Asks a person for the password, with a prompt.
pub type AskPassword = Arc<dyn Fn(&str) -> Result<Secret, Error> + Send + Sync>;

/// Renews a profile's session for the client that uses it.
pub struct Renewal {
    pub path: PathBuf,
    pub profile: String,
    /// A client of the users service.
    pub users: Client,
    /// Asks for the password again when the session is over (a terminal).
    pub ask: Option<AskPassword>,
}

fn over(why: &str) -> Error {
    Error::Api {
        status: 401,
        message: format!("the login session is over: {why}"),
        kind: Refusal::SessionOver,
    }
}

impl Renewal {
    async fn renew(&self, stale: Option<&Secret>) -> Result<Secret, Error> {
        let mut locked = ProfileFile::locked(&self.path)?;
        let Some(sess) = locked
            .file
            .profiles
            .get(&self.profile)
            .and_then(|p| p.login.clone())
        else {
            return Err(over("the profile holds no session"));
        };
        // Another command renewed it meanwhile: its pair serves.
        if stale.is_none_or(|s| s.expose() != sess.access_token) && sess.access_fresh() {
            return Ok(sess.access());
        }
        let renewed = if sess.refresh_usable() {
            let refresh = Secret::new(sess.refresh_token.as_str());
            match self
                .users
                .refresh_tokens(&refresh, sess.refresh_body().as_ref())
                .await
            {
                Ok(pair) => Session::from_pair(&sess, pair),
                Err(Error::Api { status: 401, .. }) => self.again(&sess, "refused").await?,
                Err(e) => return Err(e),
            }
        } else {
            self.again(&sess, "expired").await?
        };
        let access = renewed.access();
        if let Some(p) = locked.file.profiles.get_mut(&self.profile) {
            p.login = Some(renewed);
        }
        locked.save()?;
        Ok(access)
    }

    /// A new session with the password, when a person can give it.
    async fn again(&self, sess: &Session, why: &str) -> Result<Session, Error> {
        let Some(ask) = &self.ask else {
            return Err(over(&format!("its refresh token is {why}; log in again")));
        };
        let password = ask(&format!("the session of {} has {why}: password", sess.user))?;
        let api = Api::parse(&sess.api).unwrap_or(Api::Clients);
        let body = login_body(api, &sess.user, &password, sess.domain.as_deref());
        let pair = self.users.issue_tokens(&body).await?;
        Ok(Session::from_pair(sess, pair))
    }
}

impl Refresher for Renewal {
    fn refresh<'a>(
        &'a self,
        stale: Option<&'a Secret>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Secret, Error>> + Send + 'a>>
    {
        Box::pin(self.renew(stale))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_are_read_from_the_token() {
        let payload = URL_SAFE_NO_PAD.encode(r#"{"exp":2000000000,"jti":"j-1"}"#);
        let token = format!("h.{payload}.s");
        assert_eq!(exp_of(&token), 2_000_000_000);
        assert_eq!(exp_of("not-a-jwt"), 0);
        let s = Session::from_pair(
            &Session::default(),
            TokenPair {
                access: Secret::new(token.as_str()),
                refresh: Secret::new(token.as_str()),
            },
        );
        assert_eq!(s.token_id.as_deref(), Some("j-1"));
        assert!(s.access_fresh() && s.refresh_usable());
    }
}
