//! The v1, domain and clients generations (SuperMQ), and Magistrala v0.20,
//! which serves the clients API with typed `{"message"}` errors: the same
//! handlers, v0.20's different statuses marked where they part.

use std::collections::HashMap;

use hyper::StatusCode;
use hyper::header::LOCATION;
use serde_json::{Value, json};

use super::gojson::Kind;
use super::route::Endpoint;
use super::store::{self, Store, StoredConfig};
use super::{
    Fail, Mgmt, PathId, Req, Resp, Sandbox, empty, header_value, json_resp, page_json, parse_int8,
    parse_query, put_nonempty, query_u64, serr, verr,
};
use crate::generation::Api;
use crate::record;

impl Sandbox {
    /// Serves an endpoint of the older generations.
    pub(super) fn legacy(&self, endpoint: Endpoint, m: &Mgmt, id: &PathId) -> Resp {
        match endpoint {
            Endpoint::List => self.list(m),
            Endpoint::Create => self.create(m),
            Endpoint::View => self.view(m, id),
            Endpoint::Update => self.update(m, id),
            Endpoint::Remove => self.remove(m, id),
            Endpoint::Certs => self.certs(m, id),
            Endpoint::Connections => self.connections(m, id),
            Endpoint::State => self.state(m, id),
            Endpoint::BootstrapBare => self.bootstrap(m.req, None, false),
            Endpoint::Bootstrap => self.bootstrap(m.req, Some(id), false),
            Endpoint::BootstrapSecure => self.bootstrap(m.req, Some(id), true),
            _ => super::not_found(),
        }
    }

    /// A thing of one of the user's domains, else the authorization failure
    /// the real service gives (an id that never was a thing included).
    fn authorize_thing(&self, store: &Store, s: &super::Session, id: &PathId) -> Result<(), Fail> {
        match store.thing_domain(&id.text) {
            Some(d) if s.user.domains.iter().any(|ud| ud == d) => Ok(()),
            _ => Err(serr(
                StatusCode::FORBIDDEN,
                "failed to perform authorization over the entity",
            )),
        }
    }

    /// A missing device key: 400 in SuperMQ, 401 (typed as authentication) in Magistrala.
    fn key_status(&self) -> StatusCode {
        if self.typed() {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::BAD_REQUEST
        }
    }

    /// Update, certificate and connection failures. SuperMQ names
    /// connections in the update's messages too (upstream bug B5);
    /// Magistrala says "entity not found", and a refused name change is an
    /// untyped 500 (`untyped_refusal`).
    fn update_failure(&self, e: store::UpdateError, message: &str, untyped_refusal: bool) -> Fail {
        match (e, self.typed()) {
            (store::UpdateError::Missing, true) => serr(StatusCode::NOT_FOUND, "entity not found"),
            (store::UpdateError::Missing, false) => serr(StatusCode::NOT_FOUND, message),
            (store::UpdateError::ChannelFetch, _) => serr(StatusCode::BAD_REQUEST, message),
            (store::UpdateError::Refused, true) if untyped_refusal => Fail::Internal,
            (store::UpdateError::Refused, _) => serr(StatusCode::UNPROCESSABLE_ENTITY, message),
        }
    }

    /// Channels as the service shows them: the name and metadata the
    /// Channels service gave for known ids, else just the id.
    fn channels_json(&self, ids: &[&str]) -> Value {
        Value::Array(
            ids.iter()
                .map(|id| {
                    let known = self
                        .opts
                        .channels
                        .iter()
                        .find(|c| c.get("id").and_then(Value::as_str) == Some(id));
                    let mut o = serde_json::Map::new();
                    o.insert("id".into(), json!(id));
                    if let Some(name) = known.and_then(|c| c.get("name")).and_then(Value::as_str) {
                        put_nonempty(&mut o, "name", name);
                    }
                    o.insert(
                        "metadata".into(),
                        known
                            .and_then(|c| c.get("metadata"))
                            .cloned()
                            .unwrap_or(Value::Null),
                    );
                    Value::Object(o)
                })
                .collect(),
        )
    }

    fn create(&self, m: &Mgmt) -> Resp {
        let api = self.opts.api;
        self.answer(|| {
            self.middleware(m.req, m.domain)?;
            let id_field = api.id_field();
            let mut spec: Vec<(&'static str, Kind)> = record::create_string_fields(api)
                .into_iter()
                .map(|f| (f, Kind::Str))
                .collect();
            spec.push((record::CHANNELS, Kind::StrList));
            let d = self.decode_body(m, "api.addReq", &spec)?;
            self.require_token(m)?;
            if d.str("external_id").is_empty() {
                return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
            }
            if d.str("external_key").is_empty() {
                return Err(verr(
                    self.key_status(),
                    "missing or invalid bearer entity key",
                ));
            }
            let channels = d.list("channels").unwrap_or_default();
            if channels.is_empty() {
                return Err(verr(StatusCode::BAD_REQUEST, "empty list provided"));
            }
            if channels.iter().any(String::is_empty) {
                return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
            }
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let cfg = StoredConfig {
                domain: session.domain.clone(),
                thing_id: d.str(id_field),
                external_id: d.str("external_id"),
                external_key: d.str("external_key"),
                name: d.str("name"),
                content: d.str("content"),
                client_cert: d.str("client_cert"),
                client_key: d.str("client_key"),
                ca_cert: d.str("ca_cert"),
                channels,
                ..StoredConfig::default()
            };
            let id = self.store.lock().unwrap().add(cfg).map_err(|e| match e {
                store::AddError::ForeignThing => {
                    serr(StatusCode::FORBIDDEN, "failed to find thing")
                }
                // SuperMQ's error mapping makes it 400; Magistrala's a service error.
                store::AddError::Refused => serr(
                    if self.typed() {
                        StatusCode::UNPROCESSABLE_ENTITY
                    } else {
                        StatusCode::BAD_REQUEST
                    },
                    "failed to add bootstrap configuration",
                ),
            })?;
            let location = format!("{}{}", api.location_prefix(), id);
            let mut r = empty(StatusCode::CREATED);
            r.headers_mut()
                .insert(LOCATION, header_value(location.as_bytes()));
            Ok(r)
        })
    }

    fn list(&self, m: &Mgmt) -> Resp {
        self.answer(|| {
            self.middleware(m.req, m.domain)?;
            let q = parse_query(&m.req.query)
                .ok_or_else(|| verr(StatusCode::BAD_REQUEST, "invalid query parameters"))?;
            let num = |key: &str, default: u64| {
                query_u64(&q, key, default)
                    .ok_or_else(|| verr(StatusCode::BAD_REQUEST, "invalid query parameters"))
            };
            let offset = num("offset", 0)?;
            let limit = num("limit", 10)?;
            self.require_token(m)?;
            if limit > 100 {
                return Err(verr(StatusCode::BAD_REQUEST, "invalid limit size"));
            }
            let session = self.authenticate(m)?;
            if !session.member() {
                // The user may view no thing there: an empty page.
                return Ok(page_json(0, offset, limit, vec![]));
            }
            match self.filter(&q) {
                // The repository's query failed: upstream swallows the error
                // into this zero page (bug B2).
                Some(filter) if i64::try_from(offset).is_ok() => {
                    let store = self.store.lock().unwrap();
                    let (total, items) =
                        store.list(&session.domain, &filter, offset as usize, limit as usize);
                    let configs = items
                        .into_iter()
                        .map(|c| self.view_json(&store, c, false))
                        .collect();
                    Ok(page_json(total as u64, offset, limit, configs))
                }
                _ => Ok(page_json(0, 0, 0, vec![])),
            }
        })
    }

    /// The list filters as the repository gets them: every filter key that
    /// is present counts, with its first value. `None` when postgres would
    /// fail the query: a filter naming a column that does not exist, a value
    /// with a NUL byte or invalid UTF-8, a state that is not an `int8`.
    fn filter(&self, q: &HashMap<String, Vec<Vec<u8>>>) -> Option<store::Filter> {
        let api = self.opts.api;
        let first = |k: &str| q.get(k).and_then(|v| v.first());
        let text = |k: &str| -> Option<Option<String>> {
            match first(k) {
                None => Some(None),
                Some(v) => String::from_utf8(v.clone())
                    .ok()
                    .filter(|s| !s.contains('\0'))
                    .map(Some),
            }
        };
        let missing_columns: &[&str] = match api {
            Api::V1 | Api::Domain => &["thing_id", "thing_key"],
            Api::Clients | Api::Profiles => &["client_id"],
        };
        if missing_columns.iter().any(|k| q.contains_key(*k)) {
            return None;
        }
        let state = match text("state")? {
            None => None,
            Some(s) => Some(parse_int8(&s)?),
        };
        // The name is lower-cased by Go first, which turns invalid UTF-8 into U+FFFD.
        let name = first("name")
            .map(|v| String::from_utf8_lossy(v).to_lowercase())
            .filter(|n| !n.contains('\0'));
        if first("name").is_some() && name.is_none() {
            return None;
        }
        Some(store::Filter {
            state,
            external_id: text("external_id")?,
            name,
            client_key: if api == Api::Clients {
                text("client_key")?
            } else {
                None
            },
        })
    }

    fn view(&self, m: &Mgmt, id: &PathId) -> Resp {
        self.answer(|| {
            self.middleware(m.req, m.domain)?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            let cfg = store.get(&session.domain, &id.text).ok_or_else(|| {
                let status = if self.typed() {
                    StatusCode::UNPROCESSABLE_ENTITY
                } else {
                    StatusCode::BAD_REQUEST
                };
                serr(status, "view entity failed")
            })?;
            Ok(json_resp(
                StatusCode::OK,
                &self.view_json(&store, cfg, true),
            ))
        })
    }

    fn view_json(&self, store: &Store, c: &StoredConfig, with_channels: bool) -> Value {
        let api = self.opts.api;
        let mut o = serde_json::Map::new();
        put_nonempty(&mut o, api.id_field(), &c.thing_id);
        put_nonempty(&mut o, api.key_field(), &c.thing_key);
        if with_channels && !c.channels.is_empty() {
            o.insert("channels".into(), self.channels_json(&store.channels(c)));
        }
        o.insert("external_id".into(), json!(c.external_id));
        put_nonempty(&mut o, "external_key", &c.external_key);
        put_nonempty(&mut o, "content", &c.content);
        put_nonempty(&mut o, "name", &c.name);
        o.insert("state".into(), json!(c.state));
        Value::Object(o)
    }

    fn update(&self, m: &Mgmt, id: &PathId) -> Resp {
        self.answer(|| {
            self.middleware(m.req, m.domain)?;
            let d = self.decode_body(
                m,
                "api.updateReq",
                &[("name", Kind::Str), ("content", Kind::Str)],
            )?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            store
                .update(&session.domain, &id.text, d.str("name"), d.str("content"))
                .map_err(|e| self.update_failure(e, "failed to update connections", true))?;
            Ok(empty(StatusCode::OK))
        })
    }

    fn certs(&self, m: &Mgmt, id: &PathId) -> Resp {
        self.answer(|| {
            self.middleware(m.req, m.domain)?;
            let spec = [
                ("client_cert", Kind::Str),
                ("client_key", Kind::Str),
                ("ca_cert", Kind::Str),
            ];
            let d = self.decode_body(m, "api.updateCertReq", &spec)?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            let c = store
                .update_certs(
                    &session.domain,
                    &id.text,
                    d.str("client_cert"),
                    d.str("client_key"),
                    d.str("ca_cert"),
                )
                .map_err(|e| self.update_failure(e, "failed to update cert", true))?;
            let api = self.opts.api;
            let mut o = serde_json::Map::new();
            put_nonempty(&mut o, api.id_field(), &c.thing_id);
            let order: [(&str, &String); 3] = if api == Api::Clients {
                [
                    ("ca_cert", &c.ca_cert),
                    ("client_cert", &c.client_cert),
                    ("client_key", &c.client_key),
                ]
            } else {
                [
                    ("client_cert", &c.client_cert),
                    ("ca_cert", &c.ca_cert),
                    ("client_key", &c.client_key),
                ]
            };
            for (k, v) in order {
                put_nonempty(&mut o, k, v);
            }
            Ok(json_resp(StatusCode::OK, &Value::Object(o)))
        })
    }

    fn connections(&self, m: &Mgmt, id: &PathId) -> Resp {
        self.answer(|| {
            self.middleware(m.req, m.domain)?;
            let d = self.decode_body(m, "api.updateConnReq", &[("channels", Kind::StrList)])?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            store
                .update_channels(
                    &session.domain,
                    &id.text,
                    d.list("channels").unwrap_or_default(),
                )
                .map_err(|e| self.update_failure(e, "failed to update connections", false))?;
            Ok(empty(StatusCode::OK))
        })
    }

    fn remove(&self, m: &Mgmt, id: &PathId) -> Resp {
        self.answer(|| {
            self.middleware(m.req, m.domain)?;
            let session = self.authenticate(m)?;
            self.authorize_domain(&session)?;
            let mut store = self.store.lock().unwrap();
            self.authorize_thing(&store, &session, id)?;
            store.remove(&session.domain, &id.text);
            Ok(empty(StatusCode::NO_CONTENT))
        })
    }

    fn state(&self, m: &Mgmt, id: &PathId) -> Resp {
        self.answer(|| {
            self.middleware(m.req, m.domain)?;
            let d = self.decode_body(
                m,
                "api.changeStateReq",
                &[("state", Kind::Int("bootstrap.State"))],
            )?;
            self.require_token(m)?;
            let state = d.int("state");
            if state != 0 && state != 1 {
                return Err(verr(StatusCode::BAD_REQUEST, "invalid bootstrap state"));
            }
            let session = self.authenticate(m)?;
            // No authorization check here, as upstream (bug B7).
            const FAILED: &str = "failed to change state of bootstrap configuration";
            if !id.storable {
                // Postgres fails the lookup itself.
                return Err(serr(StatusCode::BAD_REQUEST, FAILED));
            }
            let mut store = self.store.lock().unwrap();
            let Some(current) = store.get(&session.domain, &id.text).map(|c| c.state) else {
                return Err(if self.typed() {
                    serr(StatusCode::NOT_FOUND, "entity not found")
                } else {
                    serr(StatusCode::NOT_FOUND, FAILED)
                });
            };
            // Connecting a foreign domain's client to its channels fails in
            // the clients service, which Magistrala reports untyped.
            if self.typed() && current != state && !session.member() {
                return Err(Fail::Internal);
            }
            store.set_state(&session.domain, &id.text, state);
            Ok(empty(StatusCode::OK))
        })
    }

    fn bootstrap(&self, req: &Req, ext: Option<&PathId>, secure: bool) -> Resp {
        self.answer(|| {
            let api = self.opts.api;
            let key = req
                .authorization
                .strip_prefix(api.device_auth_prefix().as_bytes())
                .filter(|k| !k.is_empty())
                .ok_or_else(|| verr(self.key_status(), "missing or invalid bearer entity key"))?;
            let Some(ext) = ext else {
                return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
            };
            const READ: &str = "failed to read bootstrap configuration";
            if !ext.storable {
                // Postgres fails the lookup: not a "not found".
                return Err(if self.typed() {
                    Fail::Internal
                } else {
                    serr(StatusCode::BAD_REQUEST, READ)
                });
            }
            let store = self.store.lock().unwrap();
            let cfg = store.by_external_id(&ext.text).ok_or_else(|| {
                serr(
                    StatusCode::NOT_FOUND,
                    if self.typed() {
                        "entity not found"
                    } else {
                        READ
                    },
                )
            })?;
            const WRONG_KEY: &str = "failed to get bootstrap configuration for given external key";
            let presented = self.presented_key(key, secure)?;
            if presented != cfg.external_key.as_bytes() {
                return Err(serr(StatusCode::FORBIDDEN, WRONG_KEY));
            }
            let doc = self.bootstrap_json(&store, cfg);
            self.device_reply(&doc, secure)
        })
    }

    fn bootstrap_json(&self, store: &Store, c: &StoredConfig) -> Value {
        let api = self.opts.api;
        let mut o = serde_json::Map::new();
        o.insert(api.id_field().into(), json!(c.thing_id));
        o.insert(api.key_field().into(), json!(c.thing_key));
        o.insert(
            "channels".into(),
            if c.channels.is_empty() {
                Value::Null
            } else {
                self.channels_json(&store.channels(c))
            },
        );
        put_nonempty(&mut o, "content", &c.content);
        put_nonempty(&mut o, "client_cert", &c.client_cert);
        put_nonempty(&mut o, "client_key", &c.client_key);
        put_nonempty(&mut o, "ca_cert", &c.ca_cert);
        Value::Object(o)
    }
}
