//! The endpoints of the bootstrap service in one generation: one method each.

use std::ops::Deref;

use reqwest::Method;
use serde_json::{Value, json};

use super::reply::{Page, id_from_location, json_object, parse_page};
use super::{Auth, Client};
use crate::error::{Error, Local, Refusal};
use crate::generation::Api;
use crate::secret::Secret;

/// The largest page the service serves.
pub const MAX_PAGE: u64 = 100;

/// Filters and paging of a config list.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub offset: u64,
    pub limit: u64,
    pub state: Option<u8>,
    pub name: Option<String>,
    pub external_id: Option<String>,
}

/// The client speaking one generation of the API, in one domain.
#[derive(Clone)]
pub struct Service {
    client: Client,
    api: Api,
    domain: Option<String>,
}

impl Deref for Service {
    type Target = Client;
    fn deref(&self) -> &Client {
        &self.client
    }
}

impl Service {
    pub fn new(client: Client, api: Api, domain: Option<String>) -> Service {
        Service {
            client,
            api,
            domain,
        }
    }

    pub fn api(&self) -> Api {
        self.api
    }

    // ----- management endpoints ---------------------------------------

    /// `POST /configs`: returns the new config's id (`None` on a dry run).
    /// The generation's "database refused it" answer comes back as
    /// `Refusal::AddRefused`: a duplicate, most often.
    pub async fn create(&self, body: &Value) -> Result<Option<String>, Error> {
        let r = match self
            .send(
                Method::POST,
                self.mgmt(&["configs"])?,
                &[],
                Auth::Bearer,
                Some(body),
            )
            .await
        {
            Ok(r) => r,
            Err(Error::Api {
                status, message, ..
            }) if self.api.is_add_refused(status, &message) => {
                return Err(Error::Api {
                    status,
                    message,
                    kind: Refusal::AddRefused,
                });
            }
            Err(e) => return Err(e),
        };
        if r.dry {
            return Ok(None);
        }
        let loc = r.location.ok_or_else(|| {
            Error::Other("the service created the config but sent no Location header".into())
        })?;
        Ok(Some(id_from_location(&loc, &self.api.location_prefix())?))
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
        json_object(r, "config")
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
        json_object(r, "certificates")
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

    // ----- device endpoints -------------------------------------------

    /// `GET /bootstrap/{external_id}` with the plain key.
    pub async fn bootstrap(&self, external_id: &str, key: &Secret) -> Result<Value, Error> {
        let url = self.url(&[self.api.entity(), "bootstrap", external_id])?;
        let auth = Auth::Device(self.api.device_auth_prefix(), key);
        let r = self.send(Method::GET, url, &[], auth, None).await?;
        json_object(r, "bootstrap config")
    }

    /// `GET /bootstrap/secure/{external_id}` with the encrypted key (hex);
    /// returns the raw encrypted reply (`None` on a dry run).
    pub async fn bootstrap_secure(
        &self,
        external_id: &str,
        encrypted_key_hex: &str,
    ) -> Result<Option<Vec<u8>>, Error> {
        let url = self.url(&[self.api.entity(), "bootstrap", "secure", external_id])?;
        let auth = Auth::DeviceSecure(self.api.device_auth_prefix(), encrypted_key_hex);
        let r = self.send(Method::GET, url, &[], auth, None).await?;
        Ok((!r.dry).then_some(r.body))
    }

    /// A management URL for this generation (domain-scoped where needed).
    fn mgmt(&self, rest: &[&str]) -> Result<String, Error> {
        let domain = match (&self.domain, self.api.needs_domain()) {
            (Some(d), true) => d.as_str(),
            (None, true) => return Err(Error::Local(Local::NoDomain(self.api.name()))),
            (_, false) => "",
        };
        let segs: Vec<&str> = self
            .api
            .management_prefix(domain)
            .into_iter()
            .chain(rest.iter().copied())
            .collect();
        self.url(&segs)
    }
}
