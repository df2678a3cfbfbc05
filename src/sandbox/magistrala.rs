//! Magistrala v0.30: configs with their own ids and a status, device
//! profiles rendered per device, and enrollments (a config's profile and
//! its bindings to clients and channels). External keys are kept as the
//! service's bcrypt compares them: only their first 72 bytes count.

use std::collections::{BTreeMap, HashMap};

use hyper::StatusCode;
use hyper::header::LOCATION;
use serde_json::{Map, Value, json};

use super::formats;
use super::gojson;
use super::gotemplate::{TVal, Template};
use super::route::Endpoint;
use super::store::{like_contains, uuid_v4};
use super::{
    Fail, Mgmt, NOT_JSON, PathId, Resp, Sandbox, Session, contains, empty, header_value, json_resp,
    parse_query, query_u64, serr, verr,
};
use crate::clock::rfc3339;
use crate::crypto;

/// bcrypt reads at most this many bytes of a key.
const BCRYPT_MAX: usize = 72;

/// One config.
#[derive(Clone, Debug)]
struct Config {
    id: String,
    domain: String,
    external_id: String,
    external_key: String,
    name: String,
    content: String,
    client_cert: String,
    client_key: String,
    ca_cert: String,
    enabled: bool,
    profile_id: String,
    /// A JSON object (numbers as float64), or none.
    render_context: Option<Map<String, Value>>,
}

/// A binding slot of a profile.
#[derive(Clone, Debug)]
struct Slot {
    name: String,
    kind: String,
    required: bool,
    fields: Option<Vec<String>>,
}

#[derive(Clone, Debug)]
struct Profile {
    id: String,
    domain: String,
    name: String,
    description: String,
    content_format: String,
    content_template: String,
    defaults: Option<Map<String, Value>>,
    /// `None`: never given (`null`); `Some([])`: cleared.
    slots: Option<Vec<Slot>>,
    version: i64,
    /// Nanoseconds since the epoch; reads show microseconds.
    created: i64,
    updated: i64,
}

#[derive(Clone, Debug)]
struct Binding {
    slot: String,
    kind: String,
    resource_id: String,
    snapshot: Map<String, Value>,
    /// The resource's secret, kept for rendering; never shown.
    secret: Option<Map<String, Value>>,
    /// Microseconds since the epoch: one per bind call.
    updated_us: i64,
}

/// The tables of v0.30.
#[derive(Default)]
pub struct Tables {
    /// By id: lists are in id order.
    configs: BTreeMap<String, Config>,
    profiles: HashMap<String, Profile>,
    /// By config id, then slot.
    bindings: HashMap<String, BTreeMap<String, Binding>>,
    /// The last timestamp handed out, in microseconds: each is later.
    last_us: i64,
}

impl Tables {
    /// A timestamp in nanoseconds whose microseconds no other has, and
    /// whose nanoseconds never end in 000 (so that a create's reply, in
    /// nanoseconds, differs from what reads show, in microseconds).
    fn now(&mut self) -> i64 {
        let ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i64);
        let us = (ns / 1000).max(self.last_us + 1);
        self.last_us = us;
        us * 1000 + (ns % 1000).max(1)
    }

    fn external_taken(&self, ext: &str) -> bool {
        self.configs.values().any(|c| c.external_id == ext)
    }

    fn config_name_taken(&self, domain: &str, name: &str, except: &str) -> bool {
        !name.is_empty()
            && self
                .configs
                .values()
                .any(|c| c.domain == domain && c.name == name && c.id != except)
    }

    fn profile_name_taken(&self, domain: &str, name: &str, except: &str) -> bool {
        self.profiles
            .values()
            .any(|p| p.domain == domain && p.name == name && p.id != except)
    }

    fn config(&self, domain: &str, id: &str) -> Option<&Config> {
        self.configs.get(id).filter(|c| c.domain == domain)
    }

    fn profile(&self, domain: &str, id: &str) -> Option<&Profile> {
        self.profiles.get(id).filter(|p| p.domain == domain)
    }
}

// ----- request bodies, decoded as Go decodes them ------------------------

/// The Go type of a request field.
#[derive(Clone, Copy)]
enum Ty {
    Str,
    /// A JSON object (a Go map).
    Obj,
    Bool,
    Int,
    /// A `time.Time`: an RFC 3339 string.
    Time,
    /// `[]string`.
    Strs,
    /// A list of structs with these fields.
    List(&'static [(&'static str, Ty)]),
    /// A struct with these fields.
    Struct(&'static [(&'static str, Ty)]),
    /// The service's `Status`: `enabled`, `disabled`, `all`, 0 or 1.
    Status,
}

/// Why a body did not decode.
enum Undecodable {
    NotJson,
    InvalidStatus,
}

impl From<Undecodable> for Fail {
    fn from(e: Undecodable) -> Fail {
        match e {
            Undecodable::NotJson => verr(StatusCode::BAD_REQUEST, NOT_JSON),
            Undecodable::InvalidStatus => verr(StatusCode::BAD_REQUEST, "invalid status"),
        }
    }
}

const SLOT: &[(&str, Ty)] = &[
    ("name", Ty::Str),
    ("type", Ty::Str),
    ("required", Ty::Bool),
    ("fields", Ty::Strs),
];

const PROFILE: &[(&str, Ty)] = &[
    ("id", Ty::Str),
    ("domain_id", Ty::Str),
    ("name", Ty::Str),
    ("description", Ty::Str),
    ("content_format", Ty::Str),
    ("content_template", Ty::Str),
    ("defaults", Ty::Obj),
    ("binding_slots", Ty::List(SLOT)),
    ("version", Ty::Int),
    ("created_at", Ty::Time),
    ("updated_at", Ty::Time),
];

const CREATE: &[(&str, Ty)] = &[
    ("external_id", Ty::Str),
    ("external_key", Ty::Str),
    ("name", Ty::Str),
    ("content", Ty::Str),
    ("client_cert", Ty::Str),
    ("client_key", Ty::Str),
    ("ca_cert", Ty::Str),
    ("profile_id", Ty::Str),
    ("render_context", Ty::Obj),
];

const PREVIEW_CONFIG: &[(&str, Ty)] = &[
    ("id", Ty::Str),
    ("domain_id", Ty::Str),
    ("external_id", Ty::Str),
    ("name", Ty::Str),
    ("content", Ty::Str),
    ("status", Ty::Status),
    ("profile_id", Ty::Str),
    ("render_context", Ty::Obj),
];

const BINDING: &[(&str, Ty)] = &[
    ("slot", Ty::Str),
    ("type", Ty::Str),
    ("resource_id", Ty::Str),
    ("snapshot", Ty::Obj),
    ("secret_snapshot", Ty::Obj),
];

const PREVIEW: &[(&str, Ty)] = &[
    ("config_id", Ty::Str),
    ("config", Ty::Struct(PREVIEW_CONFIG)),
    ("render_context", Ty::Obj),
    ("bindings", Ty::List(BINDING)),
];

fn check(v: &Value, ty: Ty) -> Result<Value, Undecodable> {
    use Undecodable::*;
    Ok(match (ty, v) {
        (_, Value::Null) => Value::Null,
        (Ty::Str, Value::String(_)) | (Ty::Bool, Value::Bool(_)) => v.clone(),
        (Ty::Obj, Value::Object(_)) => gojson::floats(v.clone()),
        (Ty::Int, Value::Number(n)) if n.is_i64() || n.is_u64() => v.clone(),
        (Ty::Time, Value::String(s)) if is_rfc3339(s) => v.clone(),
        (Ty::Strs, Value::Array(items)) => Value::Array(
            items
                .iter()
                .map(|i| check(i, Ty::Str))
                .collect::<Result<_, _>>()?,
        ),
        (Ty::List(fields), Value::Array(items)) => Value::Array(
            items
                .iter()
                .map(|i| members(i, fields).map(Value::Object))
                .collect::<Result<_, _>>()?,
        ),
        (Ty::Struct(fields), Value::Object(_)) => Value::Object(members(v, fields)?),
        (Ty::Status, Value::String(s)) => match s.to_ascii_lowercase().as_str() {
            "enabled" | "disabled" | "all" | "0" | "1" => v.clone(),
            _ => return Err(InvalidStatus),
        },
        (Ty::Status, Value::Number(n)) => match n.as_i64() {
            Some(0 | 1) => v.clone(),
            _ => return Err(InvalidStatus),
        },
        _ => return Err(NotJson),
    })
}

/// A JSON object's members as a Go struct with `fields` reads them:
/// unknown keys ignored, names matched case-insensitively (an exact match
/// first), `null` left out.
fn members(v: &Value, fields: &[(&'static str, Ty)]) -> Result<Map<String, Value>, Undecodable> {
    let mut out = Map::new();
    let obj = match v {
        Value::Null => return Ok(out),
        Value::Object(o) => o,
        _ => return Err(Undecodable::NotJson),
    };
    for (key, value) in obj {
        let Some(&(name, ty)) = fields
            .iter()
            .find(|(n, _)| *n == key)
            .or_else(|| fields.iter().find(|(n, _)| n.eq_ignore_ascii_case(key)))
        else {
            continue;
        };
        match check(value, ty)? {
            Value::Null => {
                out.remove(name);
            }
            checked => {
                out.insert(name.to_string(), checked);
            }
        }
    }
    Ok(out)
}

fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'T' | b't')
        && b[13] == b':'
        && b[16] == b':'
        && [0..4, 5..7, 8..10, 11..13, 14..16, 17..19]
            .iter()
            .all(|r| b[r.clone()].iter().all(u8::is_ascii_digit))
}

/// The first JSON value of a body, as Go's streaming decoder reads it.
fn first_value(body: &[u8]) -> Result<Value, Undecodable> {
    serde_json::Deserializer::from_slice(body)
        .into_iter::<Value>()
        .next()
        .and_then(Result::ok)
        .ok_or(Undecodable::NotJson)
}

fn text(m: &Map<String, Value>, k: &str) -> String {
    m.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn object(m: &Map<String, Value>, k: &str) -> Option<Map<String, Value>> {
    m.get(k).and_then(Value::as_object).cloned()
}

/// Postgres refuses NUL in text and JSONB.
fn storable(v: &Value) -> bool {
    match v {
        Value::String(s) => !s.contains('\0'),
        Value::Array(a) => a.iter().all(storable),
        Value::Object(o) => o.iter().all(|(k, v)| !k.contains('\0') && storable(v)),
        _ => true,
    }
}

fn put(o: &mut Map<String, Value>, k: &str, v: &str) {
    if !v.is_empty() {
        o.insert(k.into(), json!(v));
    }
}

fn put_obj(o: &mut Map<String, Value>, k: &str, v: &Option<Map<String, Value>>) {
    if let Some(m) = v.as_ref().filter(|m| !m.is_empty()) {
        o.insert(k.into(), gojson::sorted(Value::Object(m.clone())));
    }
}

fn status_name(enabled: bool) -> &'static str {
    if enabled { "enabled" } else { "disabled" }
}

impl Config {
    /// View and list: `{id, external_id, content?, name?, status, profile_id?, render_context?}`.
    fn view(&self) -> Value {
        let mut o = Map::new();
        o.insert("id".into(), json!(self.id));
        o.insert("external_id".into(), json!(self.external_id));
        put(&mut o, "content", &self.content);
        put(&mut o, "name", &self.name);
        o.insert("status".into(), json!(status_name(self.enabled)));
        put(&mut o, "profile_id", &self.profile_id);
        put_obj(&mut o, "render_context", &self.render_context);
        Value::Object(o)
    }

    /// The create reply.
    fn created(&self) -> Value {
        let mut o = Map::new();
        o.insert("id".into(), json!(self.id));
        o.insert("external_id".into(), json!(self.external_id));
        put(&mut o, "name", &self.name);
        put(&mut o, "content", &self.content);
        o.insert("status".into(), json!(status_name(self.enabled)));
        put(&mut o, "profile_id", &self.profile_id);
        put_obj(&mut o, "render_context", &self.render_context);
        put(&mut o, "client_cert", &self.client_cert);
        put(&mut o, "ca_cert", &self.ca_cert);
        put(&mut o, "client_key", &self.client_key);
        Value::Object(o)
    }

    /// The whole stored entity, as enable and disable answer.
    fn entity(&self) -> Value {
        let mut o = Map::new();
        o.insert("id".into(), json!(self.id));
        o.insert("domain_id".into(), json!(self.domain));
        put(&mut o, "name", &self.name);
        put(&mut o, "client_cert", &self.client_cert);
        put(&mut o, "client_key", &self.client_key);
        put(&mut o, "ca_cert", &self.ca_cert);
        o.insert("external_id".into(), json!(self.external_id));
        // The hash is not loaded: always present, always empty.
        o.insert("external_key".into(), json!(""));
        put(&mut o, "content", &self.content);
        o.insert("status".into(), json!(status_name(self.enabled)));
        put(&mut o, "profile_id", &self.profile_id);
        put_obj(&mut o, "render_context", &self.render_context);
        Value::Object(o)
    }

    /// `bcrypt`'s comparison: the first 72 bytes of the presented key.
    fn key_matches(&self, presented: &[u8]) -> bool {
        &presented[..presented.len().min(BCRYPT_MAX)] == self.external_key.as_bytes()
    }
}

impl Slot {
    fn json(&self) -> Value {
        let mut o = Map::new();
        o.insert("name".into(), json!(self.name));
        o.insert("type".into(), json!(self.kind));
        o.insert("required".into(), json!(self.required));
        if let Some(f) = self.fields.as_ref().filter(|f| !f.is_empty()) {
            o.insert("fields".into(), json!(f));
        }
        Value::Object(o)
    }
}

/// Binding slots from a decoded body; each needs a name and a type, and
/// names are unique (else the service's bodyless 500).
fn slots_of(v: &Value) -> Result<Vec<Slot>, Fail> {
    let mut out: Vec<Slot> = Vec::new();
    for s in v.as_array().into_iter().flatten() {
        let s = s.as_object().cloned().unwrap_or_default();
        let slot = Slot {
            name: text(&s, "name"),
            kind: text(&s, "type"),
            required: s.get("required").and_then(Value::as_bool).unwrap_or(false),
            fields: s.get("fields").and_then(Value::as_array).map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            }),
        };
        if slot.name.is_empty() || slot.kind.is_empty() || out.iter().any(|o| o.name == slot.name) {
            return Err(Fail::Internal);
        }
        out.push(slot);
    }
    Ok(out)
}

impl Profile {
    /// The profile object; `exact`: the create reply's nanosecond times.
    fn json(&self, exact: bool) -> Value {
        let mut o = Map::new();
        o.insert("id".into(), json!(self.id));
        put(&mut o, "domain_id", &self.domain);
        o.insert("name".into(), json!(self.name));
        put(&mut o, "description", &self.description);
        o.insert("content_format".into(), json!(self.content_format));
        put(&mut o, "content_template", &self.content_template);
        put_obj(&mut o, "defaults", &self.defaults);
        if let Some(s) = self.slots.as_ref().filter(|s| !s.is_empty()) {
            o.insert(
                "binding_slots".into(),
                Value::Array(s.iter().map(Slot::json).collect()),
            );
        }
        o.insert("version".into(), json!(self.version));
        o.insert("created_at".into(), json!(rfc3339(self.created, !exact)));
        o.insert("updated_at".into(), json!(rfc3339(self.updated, !exact)));
        Value::Object(o)
    }

    /// The template is parsed unless the format is `raw` or it is empty.
    fn check_template(format: &str, template: &str) -> Result<(), Fail> {
        if format == "raw" || template.is_empty() {
            return Ok(());
        }
        Template::parse(template)
            .map(drop)
            .map_err(|_| Fail::Internal)
    }
}

impl Binding {
    fn json(&self, config_id: &str) -> Value {
        let mut o = Map::new();
        o.insert("config_id".into(), json!(config_id));
        o.insert("slot".into(), json!(self.slot));
        o.insert("type".into(), json!(self.kind));
        o.insert("resource_id".into(), json!(self.resource_id));
        if !self.snapshot.is_empty() {
            o.insert(
                "snapshot".into(),
                gojson::sorted(Value::Object(self.snapshot.clone())),
            );
        }
        o.insert(
            "updated_at".into(),
            json!(rfc3339(self.updated_us * 1000, true)),
        );
        Value::Object(o)
    }

    /// What a template sees: `{Type, ID, Snapshot, Secret}`.
    fn data(&self) -> TVal {
        let map = |m: Option<&Map<String, Value>>| match m {
            Some(m) => TVal::from_json(&Value::Object(m.clone())),
            None => TVal::Map(None),
        };
        TVal::Struct(vec![
            ("Type", TVal::Str(self.kind.clone())),
            ("ID", TVal::Str(self.resource_id.clone())),
            ("Snapshot", map(Some(&self.snapshot))),
            ("Secret", map(self.secret.as_ref())),
        ])
    }
}

/// What a device sees of itself while its profile renders.
struct Device<'a> {
    id: &'a str,
    external_id: &'a str,
    domain: &'a str,
    render_context: Option<&'a Map<String, Value>>,
}

/// Renders `p` for a device: the template with `.Device`, `.Vars` (the
/// profile's defaults overlaid, key by key, by the render context) and
/// `.Bindings`, then the format's post-processing. `Err`: a render failure
/// (the service's bodyless 500).
fn render(p: &Profile, d: &Device, bindings: &[&Binding]) -> Result<String, Fail> {
    let fail = |_| Fail::Internal;
    match p.content_format.as_str() {
        "raw" => return Ok(p.content_template.clone()),
        "go-template" | "" | "json" | "yaml" | "toml" => {}
        _ => return Err(Fail::Internal),
    }
    let mut vars = p.defaults.clone().unwrap_or_default();
    for (k, v) in d.render_context.into_iter().flatten() {
        vars.insert(k.clone(), v.clone());
    }
    let data = TVal::Struct(vec![
        (
            "Device",
            TVal::Struct(vec![
                ("ID", TVal::Str(d.id.into())),
                ("ExternalID", TVal::Str(d.external_id.into())),
                ("DomainID", TVal::Str(d.domain.into())),
            ]),
        ),
        ("Vars", TVal::from_json(&Value::Object(vars))),
        (
            "Bindings",
            TVal::Map(Some(
                bindings
                    .iter()
                    .map(|b| (b.slot.clone(), b.data()))
                    .collect(),
            )),
        ),
    ]);
    let text = if p.content_template.is_empty() {
        String::new()
    } else {
        Template::parse(&p.content_template)
            .map_err(fail)?
            .execute(&data)
            .map_err(fail)?
    };
    match p.content_format.as_str() {
        "go-template" | "" => Ok(text),
        format => formats::reformat(format, &text).map_err(fail),
    }
}

impl Sandbox {
    /// Serves an endpoint of v0.30.
    pub(super) fn magistrala(&self, endpoint: Endpoint, m: &Mgmt, id: &PathId) -> Resp {
        self.answer(|| match endpoint {
            Endpoint::BootstrapBare => self.mg_bootstrap(m, None, false),
            Endpoint::Bootstrap => self.mg_bootstrap(m, Some(id), false),
            Endpoint::BootstrapSecure => self.mg_bootstrap(m, Some(id), true),
            e => {
                self.middleware(m.req, m.domain)?;
                match e {
                    Endpoint::Create => self.mg_create(m),
                    Endpoint::List => self.mg_list(m),
                    Endpoint::View => self.mg_view(m, id),
                    Endpoint::Update => self.mg_update(m, id),
                    Endpoint::Remove => self.mg_remove(m, id),
                    Endpoint::Certs => self.mg_certs(m, id),
                    Endpoint::Enable => self.mg_status(m, id, true),
                    Endpoint::Disable => self.mg_status(m, id, false),
                    Endpoint::ProfileCreate => self.profile_create(m, false),
                    Endpoint::ProfileUpload => self.profile_create(m, true),
                    Endpoint::ProfileList => self.profile_list(m),
                    Endpoint::ProfileView => self.profile_view(m, id, false),
                    Endpoint::ProfileSlots => self.profile_view(m, id, true),
                    Endpoint::ProfileUpdate => self.profile_update(m, id),
                    Endpoint::ProfileRemove => self.profile_remove(m, id),
                    Endpoint::RenderPreview => self.render_preview(m, id),
                    Endpoint::AssignProfile => self.assign(m, id),
                    Endpoint::Bind => self.bind(m, id),
                    Endpoint::Bindings => self.bindings(m, id),
                    Endpoint::Refresh => self.refresh(m, id),
                    _ => Ok(super::not_found()),
                }
            }
        })
    }

    /// The session after the middleware: the user and the path's domain.
    fn session(&self, m: &Mgmt) -> Result<Session, Fail> {
        self.authenticate(m)
    }

    /// The session, authorized for the path's domain.
    fn member(&self, m: &Mgmt) -> Result<Session, Fail> {
        let s = self.session(m)?;
        self.authorize_domain(&s)?;
        Ok(s)
    }

    /// A JSON body decoded into a Go struct of `fields`, after the
    /// Content-Type check.
    fn body(&self, m: &Mgmt, fields: &[(&'static str, Ty)]) -> Result<Map<String, Value>, Fail> {
        if !contains(&m.req.content_type, b"application/json") {
            return Err(verr(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported content type",
            ));
        }
        Ok(members(&first_value(&m.req.body)?, fields)?)
    }

    // ----- configs -------------------------------------------------------

    fn mg_create(&self, m: &Mgmt) -> Result<Resp, Fail> {
        let d = self.body(m, CREATE)?;
        if text(&d, "external_id").is_empty() {
            return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
        }
        if text(&d, "external_key").is_empty() {
            return Err(verr(
                StatusCode::UNAUTHORIZED,
                "missing or invalid bearer entity key",
            ));
        }
        let s = self.member(m)?;
        let key = text(&d, "external_key");
        if key.len() > BCRYPT_MAX {
            return Err(serr(
                StatusCode::UNPROCESSABLE_ENTITY,
                "generate hash from external key failed",
            ));
        }
        let cfg = Config {
            id: uuid_v4(),
            domain: s.domain.clone(),
            external_id: text(&d, "external_id"),
            external_key: key,
            name: text(&d, "name"),
            content: text(&d, "content"),
            client_cert: text(&d, "client_cert"),
            client_key: text(&d, "client_key"),
            ca_cert: text(&d, "ca_cert"),
            enabled: true,
            profile_id: text(&d, "profile_id"),
            render_context: object(&d, "render_context"),
        };
        let mut t = self.mg.lock().unwrap();
        if t.external_taken(&cfg.external_id) || t.config_name_taken(&cfg.domain, &cfg.name, "") {
            return Err(serr(StatusCode::BAD_REQUEST, "entity already exists"));
        }
        // A foreign key, not a domain check: any existing profile will do.
        let bad_profile = !cfg.profile_id.is_empty() && !t.profiles.contains_key(&cfg.profile_id);
        if bad_profile || !storable(&Value::Object(d)) {
            return Err(serr(
                StatusCode::UNPROCESSABLE_ENTITY,
                "failed to add bootstrap configuration",
            ));
        }
        let mut r = json_resp(StatusCode::CREATED, &cfg.created());
        r.headers_mut().insert(
            LOCATION,
            header_value(format!("/clients/configs/{}", cfg.id).as_bytes()),
        );
        t.configs.insert(cfg.id.clone(), cfg);
        Ok(r)
    }

    fn mg_list(&self, m: &Mgmt) -> Result<Resp, Fail> {
        let bad = || verr(StatusCode::BAD_REQUEST, "invalid query parameters");
        let q = parse_query(&m.req.query).ok_or_else(bad)?;
        let num = |key: &str, default: u64| query_u64(&q, key, default).ok_or_else(bad);
        let offset = num("offset", 0)?;
        let limit = num("limit", 10)?;
        let first = |k: &str| q.get(k).and_then(|v| v.first()).cloned();
        // Absent or empty: enabled. `0` is enabled and `1` disabled.
        let status = match first("status")
            .map(|s| String::from_utf8_lossy(&s).to_ascii_lowercase())
            .as_deref()
        {
            None | Some("" | "enabled" | "0") => Some(true),
            Some("disabled" | "1") => Some(false),
            Some("all") => None,
            Some(_) => return Err(bad()),
        };
        if limit > 100 {
            return Err(verr(StatusCode::BAD_REQUEST, "invalid limit size"));
        }
        // No authorization: any domain's configs are listed (upstream G12).
        let s = self.session(m)?;
        let zero = || Ok(page(0, 0, 0, vec![]));
        let filter = |k: &str| -> Option<Option<String>> {
            match first(k) {
                None => Some(None),
                Some(v) => String::from_utf8(v)
                    .ok()
                    .filter(|v| !v.contains('\0'))
                    .map(Some),
            }
        };
        let (Some(ext), Some(id)) = (filter("external_id"), filter("id")) else {
            return zero();
        };
        let name = first("name").map(|n| String::from_utf8_lossy(&n).to_lowercase());
        if name.as_ref().is_some_and(|n| n.contains('\0')) || i64::try_from(offset).is_err() {
            return zero();
        }
        let t = self.mg.lock().unwrap();
        let hits: Vec<&Config> = t
            .configs
            .values()
            .filter(|c| {
                c.domain == s.domain
                    && status.is_none_or(|e| c.enabled == e)
                    && ext.as_ref().is_none_or(|e| &c.external_id == e)
                    && id.as_ref().is_none_or(|i| &c.id == i)
                    && name.as_ref().is_none_or(|n| {
                        !c.name.is_empty() && like_contains(&c.name.to_lowercase(), n)
                    })
            })
            .collect();
        let items = hits
            .iter()
            .skip(offset as usize)
            .take(limit as usize)
            .map(|c| c.view())
            .collect();
        Ok(page(hits.len() as u64, offset, limit, items))
    }

    fn mg_view(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let s = self.member(m)?;
        if !id.storable {
            return Err(serr(StatusCode::UNPROCESSABLE_ENTITY, "view entity failed"));
        }
        let t = self.mg.lock().unwrap();
        let c = t.config(&s.domain, &id.text).ok_or_else(not_found)?;
        Ok(json_resp(StatusCode::OK, &c.view()))
    }

    /// PATCH: name, content and render context, all three replaced.
    fn mg_update(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let d = self.body(
            m,
            &[
                ("name", Ty::Str),
                ("content", Ty::Str),
                ("render_context", Ty::Obj),
            ],
        )?;
        let s = self.member(m)?;
        let mut t = self.mg.lock().unwrap();
        if t.config(&s.domain, &id.text).is_none() {
            return Err(not_found());
        }
        let name = text(&d, "name");
        if t.config_name_taken(&s.domain, &name, &id.text) || !storable(&Value::Object(d.clone())) {
            return Err(serr(
                StatusCode::UNPROCESSABLE_ENTITY,
                "update entity failed",
            ));
        }
        let c = t.configs.get_mut(&id.text).expect("checked above");
        c.name = name;
        c.content = text(&d, "content");
        c.render_context = object(&d, "render_context");
        Ok(empty(StatusCode::OK))
    }

    fn mg_remove(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let s = self.member(m)?;
        if !id.storable {
            return Err(Fail::Internal);
        }
        let mut t = self.mg.lock().unwrap();
        if t.config(&s.domain, &id.text).is_some() {
            // Its bindings stay in their table, unreachable.
            t.configs.remove(&id.text);
        }
        Ok(empty(StatusCode::NO_CONTENT))
    }

    fn mg_certs(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let d = self.body(
            m,
            &[
                ("client_cert", Ty::Str),
                ("client_key", Ty::Str),
                ("ca_cert", Ty::Str),
            ],
        )?;
        let s = self.member(m)?;
        let mut t = self.mg.lock().unwrap();
        let c = t
            .configs
            .get_mut(&id.text)
            .filter(|c| c.domain == s.domain)
            .ok_or_else(not_found)?;
        if !storable(&Value::Object(d.clone())) {
            return Err(Fail::Internal);
        }
        c.client_cert = text(&d, "client_cert");
        c.client_key = text(&d, "client_key");
        c.ca_cert = text(&d, "ca_cert");
        let mut o = Map::new();
        o.insert("id".into(), json!(c.id));
        put(&mut o, "ca_cert", &c.ca_cert);
        put(&mut o, "client_cert", &c.client_cert);
        put(&mut o, "client_key", &c.client_key);
        Ok(json_resp(StatusCode::OK, &Value::Object(o)))
    }

    /// Enable or disable; answering the same status again is a no-op.
    fn mg_status(&self, m: &Mgmt, id: &PathId, enabled: bool) -> Result<Resp, Fail> {
        let s = self.member(m)?;
        if !id.storable {
            return Err(serr(StatusCode::UNPROCESSABLE_ENTITY, "view entity failed"));
        }
        let mut t = self.mg.lock().unwrap();
        let c = t
            .configs
            .get_mut(&id.text)
            .filter(|c| c.domain == s.domain)
            .ok_or_else(not_found)?;
        c.enabled = enabled;
        Ok(json_resp(StatusCode::OK, &c.entity()))
    }

    // ----- the device's bootstrap -----------------------------------------

    fn mg_bootstrap(&self, m: &Mgmt, ext: Option<&PathId>, secure: bool) -> Result<Resp, Fail> {
        let key = m
            .req
            .authorization
            .strip_prefix(b"Client ")
            .filter(|k| !k.is_empty())
            .ok_or_else(|| {
                verr(
                    StatusCode::UNAUTHORIZED,
                    "missing or invalid bearer entity key",
                )
            })?;
        let Some(ext) = ext else {
            return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
        };
        if !ext.storable {
            return Err(Fail::Internal);
        }
        let t = self.mg.lock().unwrap();
        let c = t
            .configs
            .values()
            .find(|c| c.external_id == ext.text)
            .ok_or_else(not_found)?;
        let presented = self.presented_key(key, secure)?;
        if !c.key_matches(&presented) {
            return Err(serr(
                StatusCode::FORBIDDEN,
                "failed to get bootstrap configuration for given external key",
            ));
        }
        if !c.enabled {
            return Err(Fail::Internal);
        }
        let mut content = c.content.clone();
        if !c.profile_id.is_empty() {
            let p = t.profile(&c.domain, &c.profile_id).ok_or_else(not_found)?;
            let bound: Vec<&Binding> = t
                .bindings
                .get(&c.id)
                .map(|b| b.values().collect())
                .unwrap_or_default();
            check_bindings(p, &bound)?;
            content = render(
                p,
                &Device {
                    id: &c.id,
                    external_id: &c.external_id,
                    domain: &c.domain,
                    render_context: c.render_context.as_ref(),
                },
                &bound,
            )?;
        }
        let mut o = Map::new();
        o.insert("id".into(), json!(c.id));
        put(&mut o, "content", &content);
        put(&mut o, "client_cert", &c.client_cert);
        put(&mut o, "client_key", &c.client_key);
        put(&mut o, "ca_cert", &c.ca_cert);
        self.device_reply(&Value::Object(o), secure)
    }

    // ----- profiles --------------------------------------------------------

    /// Create, or upload (a JSON, YAML or TOML document, by Content-Type).
    fn profile_create(&self, m: &Mgmt, upload: bool) -> Result<Resp, Fail> {
        let d = if upload {
            self.upload_body(m)?
        } else {
            self.body(m, PROFILE)?
        };
        let name = text(&d, "name");
        if name.is_empty() {
            return Err(verr(StatusCode::BAD_REQUEST, "missing identity name"));
        }
        let s = self.member(m)?;
        let format = Some(text(&d, "content_format"))
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| "json".into());
        let slots = d.get("binding_slots").map(slots_of).transpose()?;
        let template = text(&d, "content_template");
        Profile::check_template(&format, &template)?;
        let mut t = self.mg.lock().unwrap();
        let refused = t.profile_name_taken(&s.domain, &name, "")
            || name.chars().count() > 1024
            || format.chars().count() > 64
            || !storable(&Value::Object(d.clone()));
        if refused {
            return Err(Fail::Internal);
        }
        let now = t.now();
        let p = Profile {
            id: uuid_v4(),
            domain: s.domain.clone(),
            name,
            description: text(&d, "description"),
            content_format: format,
            content_template: template,
            defaults: object(&d, "defaults"),
            slots,
            version: 1,
            created: now,
            updated: now,
        };
        let mut r = json_resp(StatusCode::CREATED, &p.json(true));
        r.headers_mut().insert(
            LOCATION,
            header_value(format!("/bootstrap/profiles/{}", p.id).as_bytes()),
        );
        t.profiles.insert(p.id.clone(), p);
        Ok(r)
    }

    /// An uploaded profile document: JSON, YAML or TOML by the first of
    /// those words in the Content-Type; the format defaults to the same.
    fn upload_body(&self, m: &Mgmt) -> Result<Map<String, Value>, Fail> {
        let ct = &m.req.content_type;
        let kind = ["json", "yaml", "toml"]
            .into_iter()
            .find(|k| contains(ct, k.as_bytes()))
            .ok_or_else(|| {
                verr(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported content type",
                )
            })?;
        let not_json = || Fail::from(Undecodable::NotJson);
        let doc = match kind {
            "json" => first_value(&m.req.body)?,
            other => {
                let text = std::str::from_utf8(&m.req.body).map_err(|_| not_json())?;
                let doc = if other == "yaml" {
                    formats::parse_yaml(text)
                } else {
                    formats::parse_toml(text)
                }
                .map_err(|_| not_json())?;
                match doc {
                    formats::Doc::Map(_) | formats::Doc::Null => doc.to_json(),
                    _ => return Err(not_json()),
                }
            }
        };
        let mut d = members(&doc, PROFILE)?;
        if text(&d, "content_format").is_empty() {
            d.insert("content_format".into(), json!(kind));
        }
        Ok(d)
    }

    fn profile_list(&self, m: &Mgmt) -> Result<Resp, Fail> {
        let bad = || verr(StatusCode::BAD_REQUEST, "invalid query parameters");
        // Go's lenient parse: a pair holding `;` is dropped, keys repeat.
        let mut q: HashMap<String, Vec<Vec<u8>>> = HashMap::new();
        for pair in m
            .req
            .query
            .split('&')
            .filter(|p| !p.is_empty() && !p.contains(';'))
        {
            if let Some(parsed) = parse_query(pair) {
                for (k, v) in parsed {
                    q.entry(k).or_default().extend(v);
                }
            }
        }
        let one = |k: &str| -> Result<Option<Vec<u8>>, Fail> {
            match q.get(k).map(Vec::as_slice) {
                None => Ok(None),
                Some([v]) => Ok(Some(v.clone())),
                Some(_) => Err(bad()),
            }
        };
        let num = |k: &str, default: u64| query_u64(&q, k, default).ok_or_else(bad);
        let offset = num("offset", 0)?;
        let limit = num("limit", 10)?;
        let name = one("name")?.map(|n| String::from_utf8_lossy(&n).to_lowercase());
        if !(1..=100).contains(&limit) {
            return Err(verr(StatusCode::BAD_REQUEST, "invalid limit size"));
        }
        let s = self.member(m)?;
        if i64::try_from(offset).is_err() || name.as_ref().is_some_and(|n| n.contains('\0')) {
            return Err(Fail::Internal);
        }
        let t = self.mg.lock().unwrap();
        let mut hits: Vec<&Profile> = t
            .profiles
            .values()
            .filter(|p| {
                p.domain == s.domain
                    && name
                        .as_ref()
                        .is_none_or(|n| like_contains(&p.name.to_lowercase(), n))
            })
            .collect();
        hits.sort_by_key(|p| std::cmp::Reverse(p.created));
        let items: Vec<Value> = hits
            .iter()
            .skip(offset as usize)
            .take(limit as usize)
            .map(|p| p.json(false))
            .collect();
        // An empty page is `null`, not `[]`.
        let profiles = if items.is_empty() {
            Value::Null
        } else {
            Value::Array(items)
        };
        Ok(json_resp(
            StatusCode::OK,
            &json!({"total": hits.len(), "offset": offset, "limit": limit, "profiles": profiles}),
        ))
    }

    fn profile_view(&self, m: &Mgmt, id: &PathId, slots_only: bool) -> Result<Resp, Fail> {
        let s = self.member(m)?;
        if !id.storable {
            return Err(Fail::Internal);
        }
        let t = self.mg.lock().unwrap();
        let p = t.profile(&s.domain, &id.text).ok_or_else(not_found)?;
        if !slots_only {
            return Ok(json_resp(StatusCode::OK, &p.json(false)));
        }
        let slots = match &p.slots {
            None => Value::Null,
            Some(s) => Value::Array(s.iter().map(Slot::json).collect()),
        };
        Ok(json_resp(
            StatusCode::OK,
            &json!({ "binding_slots": slots }),
        ))
    }

    /// A partial update: strings change when not empty, defaults and slots
    /// when given and not null; the version goes up on every call.
    fn profile_update(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let d = self.body(m, PROFILE)?;
        let s = self.member(m)?;
        // The body is validated on its own, not merged with what is stored.
        let slots = d.get("binding_slots").map(slots_of).transpose()?;
        Profile::check_template(&text(&d, "content_format"), &text(&d, "content_template"))?;
        let mut t = self.mg.lock().unwrap();
        if t.profile(&s.domain, &id.text).is_none() {
            return Err(not_found());
        }
        let name = text(&d, "name");
        if (!name.is_empty() && t.profile_name_taken(&s.domain, &name, &id.text))
            || name.chars().count() > 1024
            || !storable(&Value::Object(d.clone()))
        {
            return Err(Fail::Internal);
        }
        let now = t.now();
        let p = t.profiles.get_mut(&id.text).expect("checked above");
        for (field, target) in [
            ("name", &mut p.name),
            ("description", &mut p.description),
            ("content_format", &mut p.content_format),
            ("content_template", &mut p.content_template),
        ] {
            let v = text(&d, field);
            if !v.is_empty() {
                *target = v;
            }
        }
        if let Some(defaults) = object(&d, "defaults") {
            p.defaults = Some(defaults);
        }
        if let Some(slots) = slots {
            p.slots = Some(slots);
        }
        p.version += 1;
        p.updated = now;
        Ok(json_resp(StatusCode::OK, &p.json(false)))
    }

    fn profile_remove(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let s = self.member(m)?;
        if !id.storable {
            return Err(Fail::Internal);
        }
        let mut t = self.mg.lock().unwrap();
        if t.profile(&s.domain, &id.text).is_some() {
            t.profiles.remove(&id.text);
            // The foreign key sets the configs' profile to NULL; bindings stay.
            for c in t.configs.values_mut() {
                if c.profile_id == id.text {
                    c.profile_id.clear();
                }
            }
        }
        Ok(empty(StatusCode::NO_CONTENT))
    }

    fn render_preview(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let d = self.body(m, PREVIEW)?;
        let s = self.member(m)?;
        let t = self.mg.lock().unwrap();
        let p = t.profile(&s.domain, &id.text).ok_or_else(not_found)?;
        let config_id = text(&d, "config_id");
        let body_context = object(&d, "render_context");
        let content = if !config_id.is_empty() {
            let c = t.config(&s.domain, &config_id).ok_or_else(not_found)?;
            // Stored bindings, without their secrets.
            let stripped: Vec<Binding> = t
                .bindings
                .get(&c.id)
                .into_iter()
                .flat_map(|b| b.values())
                .map(|b| Binding {
                    secret: None,
                    ..b.clone()
                })
                .collect();
            let context = c
                .render_context
                .clone()
                .filter(|r| !r.is_empty())
                .or(body_context);
            render(
                p,
                &Device {
                    id: &c.id,
                    external_id: &c.external_id,
                    domain: &s.domain,
                    render_context: context.as_ref(),
                },
                &stripped.iter().collect::<Vec<_>>(),
            )?
        } else {
            let cfg = object(&d, "config").unwrap_or_default();
            let given: Vec<Binding> = d
                .get("bindings")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_object)
                .map(|b| Binding {
                    slot: text(b, "slot"),
                    kind: text(b, "type"),
                    resource_id: text(b, "resource_id"),
                    snapshot: object(b, "snapshot").unwrap_or_default(),
                    secret: object(b, "secret_snapshot"),
                    updated_us: 0,
                })
                .collect();
            let context = object(&cfg, "render_context")
                .filter(|r| !r.is_empty())
                .or(body_context);
            render(
                p,
                &Device {
                    id: &text(&cfg, "id"),
                    external_id: &text(&cfg, "external_id"),
                    domain: &s.domain,
                    render_context: context.as_ref(),
                },
                &given.iter().collect::<Vec<_>>(),
            )?
        };
        Ok(json_resp(StatusCode::OK, &json!({ "content": content })))
    }

    // ----- enrollments -----------------------------------------------------

    fn assign(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let d = self.body(m, &[("profile_id", Ty::Str)])?;
        let profile_id = text(&d, "profile_id");
        if profile_id.is_empty() {
            return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
        }
        let s = self.member(m)?;
        let mut t = self.mg.lock().unwrap();
        if t.profile(&s.domain, &profile_id).is_none() {
            return Err(not_found());
        }
        let c = t
            .configs
            .get_mut(&id.text)
            .filter(|c| c.domain == s.domain)
            .ok_or_else(not_found)?;
        c.profile_id = profile_id;
        Ok(empty(StatusCode::NO_CONTENT))
    }

    /// Binds resources to slots (a merge: other slots stay).
    fn bind(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let d = self.body(m, &[("bindings", Ty::List(BINDING))])?;
        let asked: Vec<Map<String, Value>> = d
            .get("bindings")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|b| b.as_object().cloned())
            .collect();
        if asked.is_empty() {
            return Err(verr(StatusCode::BAD_REQUEST, "empty list provided"));
        }
        if asked.iter().any(|b| {
            ["slot", "type", "resource_id"]
                .iter()
                .any(|k| text(b, k).is_empty())
        }) {
            return Err(verr(StatusCode::BAD_REQUEST, "missing entity id"));
        }
        let s = self.member(m)?;
        let mut t = self.mg.lock().unwrap();
        let c = t.config(&s.domain, &id.text).ok_or_else(not_found)?.clone();
        let p = t
            .profile(&s.domain, &c.profile_id)
            .ok_or_else(not_found)?
            .clone();
        let mut seen: Vec<String> = Vec::new();
        for b in &asked {
            let slot = text(b, "slot");
            if seen.contains(&slot) {
                return Err(Fail::Internal);
            }
            seen.push(slot.clone());
            if let Some(declared) = p.slots.as_ref().filter(|s| !s.is_empty()) {
                match declared.iter().find(|d| d.name == slot) {
                    Some(d) if d.kind == text(b, "type") => {}
                    _ => return Err(Fail::Internal),
                }
            }
        }
        let now_us = t.now() / 1000;
        let mut resolved = Vec::new();
        for b in &asked {
            resolved.push(self.resolve(&s.domain, b, now_us)?);
        }
        let mut merged = t.bindings.get(&c.id).cloned().unwrap_or_default();
        for b in resolved {
            merged.insert(b.slot.clone(), b);
        }
        check_bindings(&p, &merged.values().collect::<Vec<_>>())?;
        crypto::check_key(&self.opts.encrypt_key).map_err(|_| Fail::Internal)?;
        t.bindings.insert(c.id.clone(), merged);
        Ok(empty(StatusCode::NO_CONTENT))
    }

    /// What the Clients or Channels service answers about a bound resource:
    /// its snapshot (and a client's secret), or 404 for anything it will
    /// not give (unknown, another domain's); a type it has no service for
    /// is a bodyless 500.
    fn resolve(&self, domain: &str, b: &Map<String, Value>, now_us: i64) -> Result<Binding, Fail> {
        let (kind, resource_id) = (text(b, "type"), text(b, "resource_id"));
        let directory = match kind.as_str() {
            "client" => &self.opts.clients,
            "channel" => &self.opts.channels,
            _ => return Err(Fail::Internal),
        };
        let r = directory
            .iter()
            .find(|r| {
                r.get("id").and_then(Value::as_str) == Some(&resource_id)
                    && r.get("domain_id")
                        .and_then(Value::as_str)
                        .is_none_or(|d| d == domain)
            })
            .ok_or_else(not_found)?;
        let field = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or_default();
        let mut snapshot = Map::new();
        snapshot.insert("id".into(), json!(resource_id));
        snapshot.insert("name".into(), json!(field("name")));
        snapshot.insert("domain_id".into(), json!(domain));
        let secret = if kind == "client" {
            put(&mut snapshot, "identity", field("identity"));
            let mut sec = Map::new();
            put(&mut sec, "secret", field("secret"));
            Some(sec)
        } else {
            put(&mut snapshot, "topic", field("route"));
            if let Some(md) = r.get("metadata").filter(|m| !m.is_null()) {
                snapshot.insert("metadata".into(), gojson::floats(md.clone()));
            }
            None
        };
        Ok(Binding {
            slot: text(b, "slot"),
            kind,
            resource_id,
            snapshot,
            secret,
            updated_us: now_us,
        })
    }

    fn bindings(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let s = self.member(m)?;
        let t = self.mg.lock().unwrap();
        let c = t.config(&s.domain, &id.text).ok_or_else(not_found)?;
        let list: Vec<Value> = t
            .bindings
            .get(&c.id)
            .into_iter()
            .flat_map(|b| b.values())
            .map(|b| b.json(&c.id))
            .collect();
        Ok(json_resp(StatusCode::OK, &json!({ "bindings": list })))
    }

    /// Resolves every binding again and stores the fresh snapshots.
    fn refresh(&self, m: &Mgmt, id: &PathId) -> Result<Resp, Fail> {
        let s = self.member(m)?;
        let mut t = self.mg.lock().unwrap();
        let c = t.config(&s.domain, &id.text).ok_or_else(not_found)?.clone();
        let p = t
            .profile(&s.domain, &c.profile_id)
            .ok_or_else(not_found)?
            .clone();
        let Some(current) = t.bindings.get(&c.id).filter(|b| !b.is_empty()).cloned() else {
            return Ok(empty(StatusCode::NO_CONTENT));
        };
        check_bindings(&p, &current.values().collect::<Vec<_>>())?;
        let now_us = t.now() / 1000;
        let mut fresh = BTreeMap::new();
        for b in current.values() {
            let mut asked = Map::new();
            asked.insert("slot".into(), json!(b.slot));
            asked.insert("type".into(), json!(b.kind));
            asked.insert("resource_id".into(), json!(b.resource_id));
            fresh.insert(b.slot.clone(), self.resolve(&s.domain, &asked, now_us)?);
        }
        t.bindings.insert(c.id.clone(), fresh);
        Ok(empty(StatusCode::NO_CONTENT))
    }
}

/// Every required slot bound, and every bound slot the profile declares of
/// the declared type (else a bodyless 500).
fn check_bindings(p: &Profile, bound: &[&Binding]) -> Result<(), Fail> {
    for slot in p.slots.iter().flatten() {
        match bound.iter().find(|b| b.slot == slot.name) {
            Some(b) if b.kind != slot.kind => return Err(Fail::Internal),
            None if slot.required => return Err(Fail::Internal),
            _ => {}
        }
    }
    Ok(())
}

fn not_found() -> Fail {
    serr(StatusCode::NOT_FOUND, "entity not found")
}

fn page(total: u64, offset: u64, limit: u64, configs: Vec<Value>) -> Resp {
    json_resp(
        StatusCode::OK,
        &json!({"total": total, "offset": offset, "limit": limit, "configs": configs}),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_moves_by_microseconds_at_least() {
        let mut t = Tables::default();
        let (a, b) = (t.now(), t.now());
        assert!(b / 1000 > a / 1000 && a % 1000 != 0, "{a} {b}");
    }

    #[test]
    fn keys_count_to_72_bytes() {
        let c = Config {
            external_key: "k".repeat(72),
            ..sample()
        };
        assert!(c.key_matches(format!("{}EXTRA", "k".repeat(72)).as_bytes()));
        assert!(!c.key_matches(b"k"));
    }

    fn sample() -> Config {
        Config {
            id: "i".into(),
            domain: "d".into(),
            external_id: "e".into(),
            external_key: "k".into(),
            name: String::new(),
            content: String::new(),
            client_cert: String::new(),
            client_key: String::new(),
            ca_cert: String::new(),
            enabled: true,
            profile_id: String::new(),
            render_context: None,
        }
    }
}
