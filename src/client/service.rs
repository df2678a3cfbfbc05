//! The endpoints of the bootstrap service in one generation: one method
//! each. Where a generation has no such endpoint the method says so before
//! anything is sent.

use std::ops::Deref;

use reqwest::Method;
use serde_json::{Value, json};

use super::reply::{Page, id_from_location, json_object, parse_page};
use super::{Auth, Body, Client, Reply};
use crate::error::{Error, Local, Refusal, Why};
use crate::generation::Api;
use crate::secret::Secret;

/// The largest page the service serves.
pub const MAX_PAGE: u64 = 100;

/// Which configs a list covers by their state (older generations) or status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    Enabled,
    Disabled,
    /// Every config (v0.30 lists only enabled ones unless asked).
    All,
}

/// Filters and paging of a config list.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub offset: u64,
    pub limit: u64,
    pub status: Option<StatusFilter>,
    pub name: Option<String>,
    pub external_id: Option<String>,
}

/// A created config: its id and, where the service answers with it, the
/// config as stored.
pub struct Created {
    pub id: String,
    pub reply: Option<Value>,
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

    /// Refuses, before anything is sent, what this generation does not have.
    fn only_with_profiles(&self, what: &'static str) -> Result<(), Error> {
        if self.api.has_profiles() {
            Ok(())
        } else {
            Err(Error::Local(Local::NotInGeneration {
                api: self.api.name(),
                what,
            }))
        }
    }

    fn only_without_profiles(&self, what: &'static str) -> Result<(), Error> {
        if self.api.has_profiles() {
            Err(Error::Local(Local::NotInGeneration {
                api: self.api.name(),
                what,
            }))
        } else {
            Ok(())
        }
    }

    // ----- management endpoints ---------------------------------------

    /// `POST /configs`: the new config (`None` on a dry run). The
    /// generation's "database refused it" answer comes back as
    /// `Refusal::AddRefused`: a duplicate, most often.
    pub async fn create(&self, body: &Value) -> Result<Option<Created>, Error> {
        let r = match self
            .send(
                Method::POST,
                self.mgmt(&["configs"])?,
                &[],
                Auth::Bearer,
                Body::Json(body),
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
        let loc = r.location.clone().ok_or_else(|| {
            Error::Other("the service created the config but sent no Location header".into())
        })?;
        let id = id_from_location(&loc, &self.api.location_prefix())?;
        let reply = (!r.body.is_empty())
            .then(|| json_object(r, "config"))
            .transpose()?;
        Ok(Some(Created { id, reply }))
    }

    /// `GET /configs` with filters and paging.
    pub async fn list(&self, q: &ListQuery) -> Result<Page, Error> {
        self.list_as(q, false).await
    }

    /// A list read to plan a change (which config has an external id, which
    /// configs a prune would remove): made even on a dry run.
    pub async fn list_for_change(&self, q: &ListQuery) -> Result<Page, Error> {
        self.list_as(q, true).await
    }

    async fn list_as(&self, q: &ListQuery, plan_read: bool) -> Result<Page, Error> {
        let mut query = vec![
            ("offset", q.offset.to_string()),
            ("limit", q.limit.to_string()),
        ];
        match (q.status, self.api.has_profiles()) {
            (Some(StatusFilter::Enabled), true) => query.push(("status", "enabled".into())),
            (Some(StatusFilter::Disabled), true) => query.push(("status", "disabled".into())),
            (Some(StatusFilter::All), true) => query.push(("status", "all".into())),
            (Some(StatusFilter::Enabled), false) => query.push(("state", "1".into())),
            (Some(StatusFilter::Disabled), false) => query.push(("state", "0".into())),
            (Some(StatusFilter::All) | None, _) => {}
        }
        if let Some(n) = &q.name {
            query.push(("name", n.clone()));
        }
        if let Some(e) = &q.external_id {
            query.push(("external_id", e.clone()));
        }
        let url = self.mgmt(&["configs"])?;
        let r = if plan_read {
            self.send_plan_read(url, &query, Auth::Bearer).await?
        } else {
            self.send(Method::GET, url, &query, Auth::Bearer, Body::None)
                .await?
        };
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

    /// A config read to plan a change to it: made even on a dry run.
    pub async fn view_for_change(&self, id: &str) -> Result<Value, Error> {
        let r = self
            .send_plan_read(self.mgmt(&["configs", id])?, &[], Auth::Bearer)
            .await
            .map_err(Error::about_id)?;
        json_object(r, "config")
    }

    /// `GET /configs/{id}`.
    pub async fn view(&self, id: &str) -> Result<Value, Error> {
        let r = self
            .send(
                Method::GET,
                self.mgmt(&["configs", id])?,
                &[],
                Auth::Bearer,
                Body::None,
            )
            .await
            .map_err(Error::about_id)?;
        json_object(r, "config")
    }

    /// Replaces what the generation's update replaces together: name and
    /// content (`PUT`), with the render context in v0.30 (`PATCH`).
    pub async fn update(&self, id: &str, fields: &Value) -> Result<(), Error> {
        let method = if self.api.has_profiles() {
            Method::PATCH
        } else {
            Method::PUT
        };
        self.send(
            method,
            self.mgmt(&["configs", id])?,
            &[],
            Auth::Bearer,
            Body::Json(fields),
        )
        .await
        .map(drop)
        .map_err(Error::about_id)
    }

    /// `PATCH /configs/certs/{id}`: replaces all three; returns what was stored.
    pub async fn certs(&self, id: &str, body: &Value) -> Result<Value, Error> {
        let r = self
            .send(
                Method::PATCH,
                self.mgmt(&["configs", "certs", id])?,
                &[],
                Auth::Bearer,
                Body::Json(body),
            )
            .await
            .map_err(|e| e.meaning(Why::Database).about_id())?;
        json_object(r, "certificates")
    }

    /// `PUT /configs/connections/{id}`: replaces the channel list.
    pub async fn connections(&self, id: &str, channels: &[String]) -> Result<(), Error> {
        self.only_without_profiles("channels or connections")?;
        let body = json!({ "channels": channels });
        let url = self.mgmt(&["configs", "connections", id])?;
        self.send(Method::PUT, url, &[], Auth::Bearer, Body::Json(&body))
            .await
            .map(drop)
            .map_err(Error::about_id)
    }

    /// `DELETE /configs/{id}`.
    pub async fn remove(&self, id: &str) -> Result<(), Error> {
        self.send(
            Method::DELETE,
            self.mgmt(&["configs", id])?,
            &[],
            Auth::Bearer,
            Body::None,
        )
        .await
        .map(drop)
        .map_err(|e| e.meaning(Why::Database).about_id())
    }

    /// Enables or disables a config: `PUT /state/{id}` with state 1 or 0,
    /// or v0.30's `POST /configs/{id}/enable|disable`.
    pub async fn set_state(&self, id: &str, enabled: bool) -> Result<(), Error> {
        if self.api.has_profiles() {
            let verb = if enabled { "enable" } else { "disable" };
            let url = self.mgmt(&["configs", id, verb])?;
            return self
                .send(Method::POST, url, &[], Auth::Bearer, Body::None)
                .await
                .map(drop)
                .map_err(Error::about_id);
        }
        let body = json!({ "state": u8::from(enabled) });
        self.send(
            Method::PUT,
            self.mgmt(&["state", id])?,
            &[],
            Auth::Bearer,
            Body::Json(&body),
        )
        .await
        .map(drop)
        .map_err(Error::about_id)
    }

    // ----- device profiles and enrollments (v0.30) -----------------------

    /// One call of v0.30's profile or enrollment endpoints (`…/bootstrap/`
    /// and then `path`, in the domain), with the user token: refused locally
    /// in the older generations, where `feature` does not exist; a bodyless
    /// 500 is read as `why`.
    async fn v030(
        &self,
        feature: &'static str,
        method: Method,
        path: &[&str],
        query: &[(&str, String)],
        body: Body<'_>,
        why: Why,
    ) -> Result<Reply, Error> {
        self.only_with_profiles(feature)?;
        let segs: Vec<&str> = std::iter::once("bootstrap")
            .chain(path.iter().copied())
            .collect();
        let url = self.mgmt(&segs)?;
        self.send(method, url, query, Auth::Bearer, body)
            .await
            .map_err(|e| e.meaning(why))
    }

    async fn profiles(
        &self,
        method: Method,
        rest: &[&str],
        body: Body<'_>,
        why: Why,
    ) -> Result<Reply, Error> {
        let path: Vec<&str> = std::iter::once("profiles")
            .chain(rest.iter().copied())
            .collect();
        self.v030("device profiles", method, &path, &[], body, why)
            .await
    }

    async fn enrollment(
        &self,
        method: Method,
        config_id: &str,
        rest: &[&str],
        body: Body<'_>,
        why: Why,
    ) -> Result<Reply, Error> {
        let path: Vec<&str> = ["enrollments", config_id]
            .into_iter()
            .chain(rest.iter().copied())
            .collect();
        self.v030("enrollments", method, &path, &[], body, why)
            .await
    }

    /// `POST …/profiles`: the created profile.
    pub async fn profile_create(&self, body: &Value) -> Result<Value, Error> {
        let r = self
            .profiles(Method::POST, &[], Body::Json(body), Why::Profile)
            .await?;
        json_object(r, "profile")
    }

    /// `POST …/profiles/upload`: a JSON, YAML or TOML document.
    pub async fn profile_upload(&self, doc: &[u8], content_type: &str) -> Result<Value, Error> {
        let body = Body::Raw {
            bytes: doc,
            content_type,
        };
        let r = self
            .profiles(Method::POST, &["upload"], body, Why::Profile)
            .await?;
        json_object(r, "profile")
    }

    /// `GET …/profiles`: one page, newest first (`profiles` is `null` when empty).
    pub async fn profile_list(
        &self,
        offset: u64,
        limit: u64,
        name: Option<&str>,
    ) -> Result<Value, Error> {
        let mut query = vec![("offset", offset.to_string()), ("limit", limit.to_string())];
        if let Some(n) = name {
            query.push(("name", n.to_string()));
        }
        let r = self
            .v030(
                "device profiles",
                Method::GET,
                &["profiles"],
                &query,
                Body::None,
                Why::Database,
            )
            .await?;
        if r.dry {
            return Ok(json!({"total": 0, "offset": offset, "limit": limit, "profiles": null}));
        }
        json_object(r, "profile page")
    }

    pub async fn profile_view(&self, id: &str) -> Result<Value, Error> {
        let r = self
            .profiles(Method::GET, &[id], Body::None, Why::Database)
            .await?;
        json_object(r, "profile")
    }

    /// `PATCH …/profiles/{id}`: only the fields given change.
    pub async fn profile_update(&self, id: &str, body: &Value) -> Result<Value, Error> {
        let r = self
            .profiles(Method::PATCH, &[id], Body::Json(body), Why::Profile)
            .await?;
        json_object(r, "profile")
    }

    pub async fn profile_remove(&self, id: &str) -> Result<(), Error> {
        self.profiles(Method::DELETE, &[id], Body::None, Why::Database)
            .await
            .map(drop)
    }

    pub async fn profile_slots(&self, id: &str) -> Result<Value, Error> {
        let r = self
            .profiles(Method::GET, &[id, "slots"], Body::None, Why::Database)
            .await?;
        json_object(r, "slots")
    }

    /// `POST …/profiles/{id}/render-preview`: `{"content": …}`.
    pub async fn render_preview(&self, id: &str, body: &Value) -> Result<Value, Error> {
        let r = self
            .profiles(
                Method::POST,
                &[id, "render-preview"],
                Body::Json(body),
                Why::Render,
            )
            .await?;
        json_object(r, "rendering")
    }

    /// `PATCH …/enrollments/{id}/profile`.
    pub async fn assign(&self, config_id: &str, profile_id: &str) -> Result<(), Error> {
        let body = json!({ "profile_id": profile_id });
        self.enrollment(
            Method::PATCH,
            config_id,
            &["profile"],
            Body::Json(&body),
            Why::Database,
        )
        .await
        .map(drop)
    }

    /// `PUT …/enrollments/{id}/bindings`: merged with the config's others.
    pub async fn bind(&self, config_id: &str, bindings: &[Value]) -> Result<(), Error> {
        let body = json!({ "bindings": bindings });
        self.enrollment(
            Method::PUT,
            config_id,
            &["bindings"],
            Body::Json(&body),
            Why::Binding,
        )
        .await
        .map(drop)
    }

    /// `GET …/enrollments/{id}/bindings`: `{"bindings": [...]}`, secrets never included.
    pub async fn bindings(&self, config_id: &str) -> Result<Value, Error> {
        let r = self
            .enrollment(
                Method::GET,
                config_id,
                &["bindings"],
                Body::None,
                Why::Database,
            )
            .await?;
        json_object(r, "bindings")
    }

    /// `POST …/enrollments/{id}/bindings/refresh`.
    pub async fn refresh(&self, config_id: &str) -> Result<(), Error> {
        self.enrollment(
            Method::POST,
            config_id,
            &["bindings", "refresh"],
            Body::None,
            Why::Binding,
        )
        .await
        .map(drop)
    }

    // ----- device endpoints -------------------------------------------

    /// A listed config's channels and certificates, which only its
    /// bootstrap document holds: read with the key the list shows (the
    /// older generations; v0.30 lists no keys).
    /// Made even on a dry run: it is what a change is planned from.
    pub async fn details(&self, listed: &Value) -> Result<Value, Error> {
        let text = |k: &str| listed.get(k).and_then(Value::as_str).unwrap_or_default();
        let url = self.url(&[
            self.api.entity(),
            "bootstrap",
            text(crate::record::EXTERNAL_ID),
        ])?;
        let key = Secret::new(text(crate::record::EXTERNAL_KEY));
        let auth = Auth::Device(self.api.device_auth_prefix(), &key);
        let r = self
            .send_plan_read(url, &[], auth)
            .await
            .map_err(|e| e.meaning(Why::Disabled))?;
        json_object(r, "bootstrap config")
    }

    /// `GET /bootstrap/{external_id}` with the plain key.
    pub async fn bootstrap(&self, external_id: &str, key: &Secret) -> Result<Value, Error> {
        let url = self.url(&[self.api.entity(), "bootstrap", external_id])?;
        let auth = Auth::Device(self.api.device_auth_prefix(), key);
        let r = self
            .send(Method::GET, url, &[], auth, Body::None)
            .await
            .map_err(|e| e.meaning(Why::Disabled))?;
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
        let r = self
            .send(Method::GET, url, &[], auth, Body::None)
            .await
            .map_err(|e| e.meaning(Why::Disabled))?;
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
