//! The users service's token endpoints, as each generation has them
//! (`../shared/spec/users-tokens.md`), served at the sandbox's own root so
//! that `login` finds them there: issue, refresh, revoke (Magistrala), and
//! the domains a user may scope a token to (v1, domain). Tokens are JWTs
//! whose claims a client can read; the sandbox knows them by their text.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hyper::StatusCode;
use serde_json::{Value, json};

use super::{Fail, NOT_JSON, Req, Resp, Sandbox, User, empty, json_resp, serr, store, verr};
use crate::generation::Api;

/// An account `login` can use: `--user NAME:PASSWORD`, a member of the
/// sandbox's domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub password: String,
    pub id: String,
    pub domains: Vec<String>,
}

/// Accounts from `--user` values (split at the first `:`), each a member
/// of `domain` and of the domains `--user-domain NAME:DOMAIN` adds.
pub fn accounts_from_args(
    users: &[String],
    extra_domains: &[String],
    domain: &str,
) -> Result<Vec<Account>, String> {
    let mut accounts = users
        .iter()
        .map(|u| match u.split_once(':') {
            Some((name, password)) if !name.is_empty() && !password.is_empty() => Ok(Account {
                name: name.into(),
                password: password.into(),
                id: store::uuid_v4(),
                domains: vec![domain.into()],
            }),
            _ => Err(format!(
                "--user '{u}': expected NAME:PASSWORD, both non-empty"
            )),
        })
        .collect::<Result<Vec<_>, _>>()?;
    for e in extra_domains {
        let (name, d) = e
            .rsplit_once(':')
            .filter(|(n, d)| !n.is_empty() && !d.is_empty())
            .ok_or_else(|| format!("--user-domain '{e}': expected NAME:DOMAIN"))?;
        let a = accounts
            .iter_mut()
            .find(|a| a.name == name)
            .ok_or_else(|| format!("--user-domain '{e}': no --user named {name}"))?;
        if !a.domains.iter().any(|x| x == d) {
            a.domains.push(d.into());
        }
    }
    Ok(accounts)
}

/// Token lifetimes (`--token-ttl`, `--refresh-ttl`).
#[derive(Clone, Copy, Debug)]
pub struct Lifetimes {
    pub access: Duration,
    pub refresh: Duration,
}

impl Default for Lifetimes {
    fn default() -> Self {
        Lifetimes {
            access: Duration::from_secs(3600),
            refresh: Duration::from_secs(24 * 3600),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Access,
    Refresh,
}

#[derive(Clone, Debug)]
struct Issued {
    account: usize,
    /// The domain the token is scoped to (v1, domain).
    domain: Option<String>,
    kind: Kind,
    /// Seconds since the epoch.
    exp: u64,
    jti: String,
}

/// The tokens handed out.
#[derive(Default)]
pub struct Tokens {
    issued: Mutex<HashMap<String, Issued>>,
    /// Revoked refresh sessions (Magistrala), by `jti`.
    revoked: Mutex<Vec<String>>,
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Sandbox {
    /// Magistrala's users service (v0.20, v0.30): typed errors, revocation,
    /// refresh sessions that keep their first expiry.
    fn magistrala_users(&self) -> bool {
        self.typed()
    }

    /// Routes `/users/tokens/…` and `/domains`; `None` for any other path.
    pub(super) fn users(&self, req: &Req, path: &str) -> Option<Resp> {
        let resp = match (req.method.as_str(), path) {
            ("POST", "/users/tokens/issue") => self.answer(|| self.issue(req)),
            ("POST", "/users/tokens/refresh") => self.answer(|| self.refresh_token(req)),
            ("POST", "/users/tokens/revoke") if self.magistrala_users() => {
                self.answer(|| self.revoke(req))
            }
            ("GET", "/domains") if matches!(self.opts.api, Api::V1 | Api::Domain) => {
                self.answer(|| self.domains(req))
            }
            _ => return None,
        };
        Some(resp)
    }

    fn json_body(&self, req: &Req) -> Result<Value, Fail> {
        if !req
            .content_type
            .windows(16)
            .any(|w| w == b"application/json")
        {
            return Err(verr(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported content type",
            ));
        }
        serde_json::from_slice::<Value>(&req.body).map_err(|e| {
            let text = if req.body.is_empty() {
                "EOF".to_string()
            } else {
                e.to_string()
            };
            verr(
                StatusCode::BAD_REQUEST,
                if self.magistrala_users() {
                    NOT_JSON
                } else {
                    &text
                },
            )
        })
    }

    fn issue(&self, req: &Req) -> Result<Resp, Fail> {
        let body = self.json_body(req)?;
        let text = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or("");
        let typed = self.magistrala_users();
        let (name, password) = match self.opts.api {
            Api::V1 | Api::Domain => (text("identity"), text("secret")),
            _ => (text("username"), text("password")),
        };
        if name.is_empty() {
            let what = if typed {
                "missing username / email"
            } else {
                "missing entity identity"
            };
            return Err(verr(StatusCode::BAD_REQUEST, what));
        }
        if password.is_empty() {
            return Err(verr(StatusCode::BAD_REQUEST, "missing password"));
        }
        let Some(i) = self.opts.accounts.iter().position(|a| a.name == name) else {
            return Err(if typed {
                serr(StatusCode::NOT_FOUND, "entity not found")
            } else {
                serr(
                    StatusCode::UNAUTHORIZED,
                    "failed to perform authentication over the entity",
                )
            });
        };
        if self.opts.accounts[i].password != password {
            return Err(if typed {
                serr(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "compare hash and password failed",
                )
            } else {
                serr(StatusCode::UNAUTHORIZED, "invalid user id or secret")
            });
        }
        let domain = self.scope(i, body.get("domain_id"))?;
        let exp = now() + self.opts.lifetimes.refresh.as_secs();
        Ok(self.pair(i, domain, store::uuid_v4(), exp))
    }

    /// The domain a v1/domain token is scoped to, checked for membership.
    fn scope(&self, account: usize, requested: Option<&Value>) -> Result<Option<String>, Fail> {
        if !matches!(self.opts.api, Api::V1 | Api::Domain) {
            return Ok(None);
        }
        match requested.and_then(Value::as_str).filter(|d| !d.is_empty()) {
            None => Ok(None),
            Some(d) if self.opts.accounts[account].domains.iter().any(|m| m == d) => {
                Ok(Some(d.to_string()))
            }
            Some(_) => Err(serr(
                StatusCode::FORBIDDEN,
                "failed to perform authorization over the entity",
            )),
        }
    }

    /// A new access and refresh token: 201 `{"access_token","refresh_token"}`.
    fn pair(&self, account: usize, domain: Option<String>, jti: String, refresh_exp: u64) -> Resp {
        let access_exp = (now() + self.opts.lifetimes.access.as_secs()).min(refresh_exp.max(now()));
        let access = self.mint(account, &domain, Kind::Access, access_exp, &jti);
        let refresh = self.mint(account, &domain, Kind::Refresh, refresh_exp, &jti);
        json_resp(
            StatusCode::CREATED,
            &json!({"access_token": access, "refresh_token": refresh}),
        )
    }

    /// A JWT with the generation's claims; its signature is random bytes
    /// (no client checks it) that also make every token unique.
    fn mint(
        &self,
        account: usize,
        domain: &Option<String>,
        kind: Kind,
        exp: u64,
        jti: &str,
    ) -> String {
        let a = &self.opts.accounts[account];
        let typed = self.magistrala_users();
        let header = if typed {
            json!({"alg": "EdDSA", "typ": "JWT"})
        } else {
            json!({"alg": "HS512", "typ": "JWT"})
        };
        let mut claims = json!({
            "exp": exp,
            "iat": now(),
            "iss": if self.opts.api == Api::Clients && !typed { "supermq.auth" } else { "magistrala.auth" },
            "sub": a.id,
            "type": if kind == Kind::Access { 0 } else { 1 },
        });
        if typed {
            claims["jti"] = json!(jti);
            claims["role"] = json!(1);
            claims["verified"] = json!(true);
        } else if matches!(self.opts.api, Api::V1 | Api::Domain) {
            claims["user"] = json!(a.id);
            if let Some(d) = domain {
                claims["domain"] = json!(d);
            }
        }
        let sig: [u8; 32] = rand::random();
        let token = format!(
            "{}.{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string()),
            URL_SAFE_NO_PAD.encode(sig)
        );
        self.tokens.issued.lock().unwrap().insert(
            token.clone(),
            Issued {
                account,
                domain: domain.clone(),
                kind,
                exp,
                jti: jti.to_string(),
            },
        );
        token
    }

    /// A token the sandbox issued, still valid (either kind: the auth
    /// service takes a refresh token as an access token too).
    fn valid(&self, token: &[u8]) -> Option<Issued> {
        let token = std::str::from_utf8(token).ok()?;
        let t = self.tokens.issued.lock().unwrap().get(token).cloned()?;
        let revoked =
            t.kind == Kind::Refresh && self.tokens.revoked.lock().unwrap().contains(&t.jti);
        (t.exp > now() && !revoked).then_some(t)
    }

    fn refresh_token(&self, req: &Req) -> Result<Resp, Fail> {
        let unauthorized = || {
            serr(
                StatusCode::UNAUTHORIZED,
                "failed to perform authentication over the entity",
            )
        };
        let token = self.bearer(req).ok_or_else(unauthorized)?;
        let t = self
            .valid(token)
            .filter(|t| t.kind == Kind::Refresh)
            .ok_or_else(unauthorized)?;
        // v1 and domain read a JSON body (`domain_id` switches the domain).
        let domain = if matches!(self.opts.api, Api::V1 | Api::Domain) {
            let body = self.json_body(req)?;
            match body.get("domain_id") {
                Some(d) if d.as_str().is_some_and(|d| !d.is_empty()) => {
                    self.scope(t.account, Some(d))?
                }
                _ => t.domain.clone(),
            }
        } else {
            None
        };
        // Magistrala keeps the session: the same jti and the first expiry.
        // The older ones slide: a new refresh token for another full span.
        let (jti, exp) = if self.magistrala_users() {
            (t.jti.clone(), t.exp)
        } else {
            (
                store::uuid_v4(),
                now() + self.opts.lifetimes.refresh.as_secs(),
            )
        };
        Ok(self.pair(t.account, domain, jti, exp))
    }

    fn revoke(&self, req: &Req) -> Result<Resp, Fail> {
        let token = self.bearer(req).ok_or_else(|| {
            serr(
                StatusCode::UNAUTHORIZED,
                "missing or invalid bearer user token",
            )
        })?;
        let t = self.valid(token).ok_or_else(|| {
            serr(
                StatusCode::UNAUTHORIZED,
                "failed to perform authentication over the entity",
            )
        })?;
        let body = self.json_body(req)?;
        let Some(jti) = body
            .get("token_id")
            .and_then(Value::as_str)
            .filter(|j| !j.is_empty())
        else {
            return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
        };
        let owned = self
            .tokens
            .issued
            .lock()
            .unwrap()
            .values()
            .any(|i| i.jti == jti && i.account == t.account);
        if !owned {
            return Err(serr(StatusCode::NOT_FOUND, "entity not found"));
        }
        self.tokens.revoked.lock().unwrap().push(jti.to_string());
        Ok(empty(StatusCode::NO_CONTENT))
    }

    /// `GET /domains`: the domains the token's user is a member of.
    fn domains(&self, req: &Req) -> Result<Resp, Fail> {
        let t = self
            .bearer(req)
            .and_then(|tok| self.valid(tok))
            .ok_or_else(|| {
                serr(
                    StatusCode::UNAUTHORIZED,
                    "failed to perform authentication over the entity",
                )
            })?;
        let list: Vec<Value> = self.opts.accounts[t.account]
            .domains
            .iter()
            .map(|d| json!({"id": d, "name": d, "alias": d, "status": "enabled"}))
            .collect();
        Ok(json_resp(
            StatusCode::OK,
            &json!({"total": list.len(), "offset": 0, "limit": 10, "domains": list}),
        ))
    }

    /// The user a token `login` got stands for, as the bootstrap service
    /// sees it: in v1 and domain the token's own domain only (v1 refuses
    /// one without a domain; domain then sees an empty one), elsewhere the
    /// account's domains.
    pub(super) fn logged_in(&self, token: &[u8]) -> Option<Result<User, Fail>> {
        let t = self.valid(token)?;
        let a = &self.opts.accounts[t.account];
        let domains = match (self.opts.api, &t.domain) {
            (Api::V1 | Api::Domain, Some(d)) => vec![d.clone()],
            (Api::V1, None) => {
                return Some(Err(serr(
                    StatusCode::UNAUTHORIZED,
                    "failed to perform authentication over the entity",
                )));
            }
            (Api::Domain, None) => vec![String::new()],
            _ => a.domains.clone(),
        };
        Some(Ok(User {
            token: String::from_utf8_lossy(token).into_owned(),
            domains,
        }))
    }
}
