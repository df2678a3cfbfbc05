//! The config record: its fields in each generation, and everything that
//! reads or shapes one. Normalising an import record, checking a create body
//! as the service would, telling whether an existing config is the one a
//! record describes, the columns of lists and exports, and which fields are
//! secrets. Functions take the generation as a value.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::error::Error;
use crate::generation::Api;

pub const EXTERNAL_ID: &str = "external_id";
pub const EXTERNAL_KEY: &str = "external_key";
pub const NAME: &str = "name";
pub const CONTENT: &str = "content";
pub const CHANNELS: &str = "channels";
pub const STATE: &str = "state";
pub const CLIENT_CERT: &str = "client_cert";
pub const CLIENT_KEY: &str = "client_key";
pub const CA_CERT: &str = "ca_cert";
/// v0.30: `enabled` or `disabled`.
pub const STATUS: &str = "status";
/// v0.30: the device profile that renders the config's content.
pub const PROFILE_ID: &str = "profile_id";
/// v0.30: per-device template variables (a JSON object).
pub const RENDER_CONTEXT: &str = "render_context";

/// The certificate fields, replaced together by the service.
pub const CERT_FIELDS: [&str; 3] = [CLIENT_CERT, CLIENT_KEY, CA_CERT];

/// Every generation's spelling of the config id and the device secret.
const ID_FIELDS: [&str; 2] = ["thing_id", "client_id"];
const DEVICE_SECRETS: [&str; 2] = ["thing_key", "client_secret"];

/// The string fields of a create body in generation `api` (channels and
/// the render context aside).
pub fn create_string_fields(api: Api) -> [&'static str; 8] {
    [
        EXTERNAL_ID,
        EXTERNAL_KEY,
        if api.has_profiles() {
            PROFILE_ID
        } else {
            api.id_field()
        },
        NAME,
        CONTENT,
        CLIENT_CERT,
        CLIENT_KEY,
        CA_CERT,
    ]
}

/// Fields of one model that the other has no place for, with why.
const OLDER_ONLY: [(&str, &str); 3] = [
    (
        CHANNELS,
        "channels (v0.30 takes them from a profile's bindings)",
    ),
    ("thing_id", "thing ids (v0.30 configs get ids of their own)"),
    (
        "client_id",
        "client ids (v0.30 configs get ids of their own)",
    ),
];
const PROFILES_ONLY: [(&str, &str); 3] = [
    (PROFILE_ID, "profile ids (only v0.30 has device profiles)"),
    (
        RENDER_CONTEXT,
        "render contexts (only v0.30 renders profiles)",
    ),
    ("id", "config ids (the service makes them)"),
];

/// The older `state` (1 active, 0 inactive) and v0.30's `status`
/// (`enabled`, `disabled`) say the same thing; a record carrying one is
/// given the other when it moves. Anything else is left for validation.
fn translate_state(body: &mut Map<String, Value>, api: Api) {
    let (from, to) = if api.has_profiles() {
        (STATE, STATUS)
    } else {
        (STATUS, STATE)
    };
    let Some(v) = body.remove(from) else { return };
    let moved = match (api.has_profiles(), &v) {
        (true, v) if *v == json!(1) => json!("enabled"),
        (true, v) if *v == json!(0) => json!("disabled"),
        (false, Value::String(s)) if s == "enabled" => json!(1),
        (false, Value::String(s)) if s == "disabled" => json!(0),
        (_, Value::Null) => return,
        _ => {
            // Not a value of either: put it back for validation to refuse.
            body.insert(from.to_string(), v);
            return;
        }
    };
    body.entry(to.to_string()).or_insert(moved);
}

/// Fields of a config that are secrets when shown: the device's external
/// key and the secret of its thing or client.
pub const SECRET_FIELDS: [&str; 3] = [EXTERNAL_KEY, DEVICE_SECRETS[0], DEVICE_SECRETS[1]];

/// Fields of a request body that are secrets (those, the client's private
/// key, a login's password), with the environment variable a printed
/// command names in place of each.
pub const REQUEST_SECRETS: [(&str, &str); 6] = [
    (EXTERNAL_KEY, "SMQ_BOOTSTRAP_EXTERNAL_KEY"),
    (CLIENT_KEY, "SMQ_CLIENT_KEY"),
    (DEVICE_SECRETS[0], "SMQ_THING_KEY"),
    (DEVICE_SECRETS[1], "SMQ_CLIENT_SECRET"),
    // A login's password: `password`, or `secret` in v1 and domain.
    ("password", "SMQ_PASSWORD"),
    ("secret", "SMQ_PASSWORD"),
];

/// Fields of an import record (CSV columns, JSON keys): either id
/// spelling, either model, and what an export or a list writes.
pub const RECORD_FIELDS: [&str; 17] = [
    EXTERNAL_ID,
    EXTERNAL_KEY,
    ID_FIELDS[0],
    ID_FIELDS[1],
    NAME,
    CONTENT,
    CHANNELS,
    CLIENT_CERT,
    CLIENT_KEY,
    CA_CERT,
    STATE,
    STATUS,
    PROFILE_ID,
    RENDER_CONTEXT,
    ID,
    DEVICE_SECRETS[0],
    DEVICE_SECRETS[1],
];

/// A CSV cell a spreadsheet would not run: a value starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (a formula to a spreadsheet), or
/// with the `'` this adds, gets a leading `'`. `csv_unescape` takes it off,
/// so that an export reads back as it was.
pub fn csv_escape(v: &str) -> String {
    match v.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => format!("'{v}"),
        _ => v.to_string(),
    }
}

/// The value of a CSV cell `csv_escape` wrote.
pub fn csv_unescape(cell: &str) -> &str {
    cell.strip_prefix('\'').unwrap_or(cell)
}

/// Columns of `config list -o csv`: what a list entry holds.
pub fn list_columns(api: Api) -> Vec<&'static str> {
    if api.has_profiles() {
        vec![
            ID,
            EXTERNAL_ID,
            NAME,
            CONTENT,
            STATUS,
            PROFILE_ID,
            RENDER_CONTEXT,
        ]
    } else {
        vec![
            api.id_field(),
            api.key_field(),
            EXTERNAL_ID,
            EXTERNAL_KEY,
            NAME,
            CONTENT,
            STATE,
        ]
    }
}

/// Every field a list entry has in some generation.
pub fn listed_fields() -> Vec<&'static str> {
    in_any_generation(list_columns)
}

/// Every field an export record has in some generation.
pub fn exported_fields() -> Vec<&'static str> {
    in_any_generation(export_columns)
}

fn in_any_generation(columns: fn(Api) -> Vec<&'static str>) -> Vec<&'static str> {
    let mut all: Vec<&str> = Vec::new();
    for c in Api::ALL.into_iter().flat_map(columns) {
        if !all.contains(&c) {
            all.push(c);
        }
    }
    all
}

/// Columns of `config export -o csv`, as `config import` reads them.
pub fn export_columns(api: Api) -> Vec<&'static str> {
    if api.has_profiles() {
        vec![
            EXTERNAL_ID,
            EXTERNAL_KEY,
            NAME,
            STATUS,
            PROFILE_ID,
            RENDER_CONTEXT,
            CONTENT,
            CLIENT_CERT,
            CLIENT_KEY,
            CA_CERT,
        ]
    } else {
        vec![
            EXTERNAL_ID,
            EXTERNAL_KEY,
            api.id_field(),
            NAME,
            STATE,
            CHANNELS,
            CONTENT,
            CLIENT_CERT,
            CLIENT_KEY,
            CA_CERT,
        ]
    }
}

/// v0.30's config id.
const ID: &str = "id";

/// Makes a record one of generation `api`, so files move between
/// deployments: the id in this generation's spelling (`thing_id` or
/// `client_id`), `state` and `status` translated into each other, the
/// device secrets the service makes dropped. Fields the
/// generation has no place for (channels and thing ids in v0.30, profiles
/// in the older ones) are taken out, and returned with why, so that the
/// caller says what did not move.
pub fn normalize(
    body: &mut Map<String, Value>,
    api: Api,
    drop_ids: bool,
) -> Vec<(&'static str, &'static str)> {
    let mut dropped = Vec::new();
    translate_state(body, api);
    let foreign: &[(&str, &str)] = if api.has_profiles() {
        &OLDER_ONLY
    } else {
        &PROFILES_ONLY
    };
    for (field, why) in foreign {
        if body.remove(*field).is_some_and(|v| !v.is_null()) {
            dropped.push((*field, *why));
        }
    }
    if !api.has_profiles() {
        let id_field = api.id_field();
        for alias in ID_FIELDS {
            if alias != id_field
                && let Some(v) = body.remove(alias)
            {
                body.entry(id_field.to_string()).or_insert(v);
            }
        }
        if drop_ids {
            body.remove(id_field);
        }
    }
    for k in DEVICE_SECRETS {
        body.remove(k);
    }
    dropped
}

/// Takes the availability out of a normalized record: `Some(true)` for
/// `state` 1 (older generations) or `status` "enabled" (v0.30), `Some(false)`
/// for 0 or "disabled", `None` when the record does not say. The services
/// ignore it on create, so it is due after the create.
pub fn take_availability(body: &mut Map<String, Value>, api: Api) -> Result<Option<bool>, Error> {
    let state = body.remove(STATE).filter(|v| !v.is_null());
    let status = body.remove(STATUS).filter(|v| !v.is_null());
    let wrong_state = |v: Value| Error::usage(format!("state must be 0 or 1, not {v}"));
    let wrong_status = |v: Value| {
        Error::usage(format!(
            "status must be \"enabled\" or \"disabled\", not {v}"
        ))
    };
    // `normalize` translated the other model's field where it could: what is
    // left of it is not a value of either.
    if api.has_profiles() {
        if let Some(v) = state {
            return Err(wrong_state(v));
        }
        match status {
            None => Ok(None),
            Some(Value::String(s)) if s == "enabled" => Ok(Some(true)),
            Some(Value::String(s)) if s == "disabled" => Ok(Some(false)),
            Some(v) => Err(wrong_status(v)),
        }
    } else {
        if let Some(v) = status {
            return Err(wrong_status(v));
        }
        match state {
            None => Ok(None),
            Some(v) if v == json!(1) => Ok(Some(true)),
            Some(v) if v == json!(0) => Ok(Some(false)),
            Some(v) => Err(wrong_state(v)),
        }
    }
}

fn text_of(body: &Map<String, Value>, k: &str) -> String {
    body.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The checks every generation makes of a create body: the string fields
/// are strings, the external id and key are there.
pub fn validate_common(body: &Map<String, Value>) -> Result<(), Error> {
    let strings = [
        EXTERNAL_ID,
        EXTERNAL_KEY,
        NAME,
        CONTENT,
        CLIENT_CERT,
        CLIENT_KEY,
        CA_CERT,
        PROFILE_ID,
    ];
    for k in strings.iter().chain(&ID_FIELDS) {
        match body.get(*k) {
            None | Some(Value::Null) | Some(Value::String(_)) => {}
            Some(other) => {
                return Err(Error::usage(format!(
                    "{k} must be a string, not {}",
                    crate::input::kind(other)
                )));
            }
        }
    }
    let nonempty = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
    };
    if !nonempty(EXTERNAL_ID) {
        return Err(Error::usage_hint(
            "missing external id",
            "give --external-id ID (or external_id in --json)",
        ));
    }
    // The device asks for its config with this id in the path: one no path
    // can carry would make a config no device could ever fetch.
    crate::client::check_path_id("external id", &text_of(body, EXTERNAL_ID))?;
    if !nonempty(EXTERNAL_KEY) {
        return Err(Error::usage_hint(
            "missing external key",
            "give --external-key KEY (or external_key in --json)",
        ));
    }
    Ok(())
}

/// The service's own checks on a create body, done locally, so that an
/// invalid body is never sent.
pub fn validate(body: &Map<String, Value>, api: Api) -> Result<(), Error> {
    validate_common(body)?;
    if api.has_profiles() {
        return validate_v030(body);
    }
    // A config whose id no path can carry could never be viewed, changed or removed.
    let id_field = api.id_field();
    if let Some(id) = body
        .get(id_field)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    {
        crate::client::check_path_id(id_field, id)?;
    }
    match body.get(CHANNELS) {
        Some(Value::Array(chs)) if !chs.is_empty() => {
            for c in chs {
                match c {
                    Value::String(s) if !s.is_empty() => {}
                    Value::String(_) => {
                        return Err(Error::usage("channels: a channel id is empty"));
                    }
                    other => {
                        return Err(Error::usage(format!(
                            "channels: ids must be strings, not {}",
                            crate::input::kind(other)
                        )));
                    }
                }
            }
            let mut seen = std::collections::HashSet::new();
            if let Some(dup) = chs
                .iter()
                .filter_map(Value::as_str)
                .find(|c| !seen.insert(*c))
            {
                return Err(Error::usage(format!("channels: '{dup}' is listed twice")));
            }
        }
        None | Some(Value::Null) | Some(Value::Array(_)) => {
            return Err(Error::usage_hint(
                "no channels",
                "give --channel ID at least once (or channels in --json)",
            ));
        }
        Some(other) => {
            return Err(Error::usage(format!(
                "channels must be an array of ids, not {}",
                crate::input::kind(other)
            )));
        }
    }
    Ok(())
}

/// v0.30's own checks: a render context is an object, and a key what
/// bcrypt takes. (The status is taken out before: `take_availability`.)
fn validate_v030(body: &Map<String, Value>) -> Result<(), Error> {
    match body.get(RENDER_CONTEXT) {
        None | Some(Value::Null) | Some(Value::Object(_)) => {}
        Some(other) => {
            return Err(Error::usage(format!(
                "render_context must be a JSON object, not {}",
                crate::input::kind(other)
            )));
        }
    }
    let key = body
        .get(EXTERNAL_KEY)
        .and_then(Value::as_str)
        .unwrap_or_default();
    if key.len() > 72 {
        return Err(Error::usage(format!(
            "the external key is {} bytes long; the profiles API keeps keys as bcrypt hashes, of 72 bytes at most",
            key.len()
        )));
    }
    Ok(())
}

/// The id of a config as the service lists or shows it.
pub fn config_id(api: Api, v: &Value) -> String {
    text(v, api.id_field())
}

/// A string field, or "" when absent or not a string.
pub fn text(v: &Value, field: &str) -> String {
    v.get(field)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Whether a listed config can be the one `body` describes, as far as a list
/// entry tells: the same external key (v0.30 never shows it), and the same
/// id, name, content, profile and render context where the record gives them.
pub fn listed_alike(api: Api, existing: &Value, body: &Value) -> bool {
    let given = |k: &str| !text(body, k).is_empty();
    let same_key = api.has_profiles() || text(existing, EXTERNAL_KEY) == text(body, EXTERNAL_KEY);
    let fields: &[&str] = if api.has_profiles() {
        &[NAME, CONTENT, PROFILE_ID]
    } else {
        &[api.id_field(), NAME, CONTENT]
    };
    let same_context = body
        .get(RENDER_CONTEXT)
        .filter(|v| !v.is_null())
        .is_none_or(|want| existing.get(RENDER_CONTEXT) == Some(want));
    same_key
        && same_context
        && fields
            .iter()
            .all(|k| !given(k) || text(existing, k) == text(body, k))
}

/// A config's or a record's channel ids, as a set: plain ids (a record) or
/// `{"id": …}` objects (a view or a bootstrap document). Their order means
/// nothing: the service lists them in its own table's order.
pub fn channel_set(v: &Value) -> Option<BTreeSet<String>> {
    let chs = v.get(CHANNELS)?.as_array()?;
    Some(
        chs.iter()
            .filter_map(|c| c.as_str().or_else(|| c.get("id").and_then(Value::as_str)))
            .map(str::to_string)
            .collect(),
    )
}

/// An import record from a list entry and, when fetched, the bootstrap
/// document (the only place the channels and certificates are).
pub fn export_record(api: Api, item: &Value, doc: Option<&Value>) -> Value {
    let mut m = Map::new();
    let copy = |m: &mut Map<String, Value>, from: &Value, k: &str| {
        if let Some(v) = from
            .get(k)
            .filter(|v| !v.is_null() && v.as_str() != Some(""))
        {
            m.insert(k.to_string(), v.clone());
        }
    };
    if api.has_profiles() {
        // The service shows no external keys (it keeps hashes) and no
        // certificates outside their own PATCH: only the list entry's fields.
        for k in [
            EXTERNAL_ID,
            NAME,
            STATUS,
            PROFILE_ID,
            RENDER_CONTEXT,
            CONTENT,
        ] {
            copy(&mut m, item, k);
        }
        return Value::Object(m);
    }
    for k in [EXTERNAL_ID, EXTERNAL_KEY, api.id_field(), NAME, STATE] {
        copy(&mut m, item, k);
    }
    if let Some(doc) = doc {
        // A set, written sorted so that exports of the same configs compare equal.
        m.insert(CHANNELS.into(), json!(channel_set(doc).unwrap_or_default()));
        for k in [CONTENT, CLIENT_CERT, CLIENT_KEY, CA_CERT] {
            copy(&mut m, doc, k);
        }
    } else {
        copy(&mut m, item, CONTENT);
    }
    Value::Object(m)
}

/// Replaces the non-empty string `fields` of an object with `mask`.
pub fn mask(v: &mut Value, fields: &[&str], mask: &str) {
    if let Value::Object(map) = v {
        for k in fields {
            if let Some(val) = map
                .get_mut(*k)
                .filter(|v| v.as_str().is_some_and(|s| !s.is_empty()))
            {
                *val = Value::String(mask.into());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_moves_ids_between_generations() {
        let mut b = json!({"thing_id": "t", "thing_key": "k", "external_id": "e"})
            .as_object()
            .unwrap()
            .clone();
        normalize(&mut b, Api::Clients, false);
        assert_eq!(
            Value::Object(b.clone()),
            json!({"client_id": "t", "external_id": "e"})
        );
        normalize(&mut b, Api::Clients, true);
        assert_eq!(Value::Object(b), json!({"external_id": "e"}));
    }

    #[test]
    fn normalize_spellings() {
        let mut m: Map<String, Value> =
            serde_json::from_str(r#"{"client_id":"x","thing_key":"k","external_id":"e"}"#).unwrap();
        assert!(normalize(&mut m, Api::V1, false).is_empty());
        assert_eq!(m.get("thing_id").unwrap(), "x");
        assert!(m.get("client_id").is_none() && m.get("thing_key").is_none());
        normalize(&mut m, Api::V1, true);
        assert!(m.get("thing_id").is_none());
    }

    #[test]
    fn channels_compare_as_sets() {
        let record = json!({"channels": ["b", "a"]});
        let view = json!({"channels": [{"id": "a"}, {"id": "b"}]});
        assert_eq!(channel_set(&record), channel_set(&view));
        assert_eq!(channel_set(&json!({})), None);
    }

    #[test]
    fn masks_only_present_secrets() {
        let mut v =
            json!({"thing_key": "k", "external_key": "e", "name": "n", "client_secret": ""});
        mask(&mut v, &SECRET_FIELDS, "*");
        assert_eq!(
            v,
            json!({"thing_key": "*", "external_key": "*", "name": "n", "client_secret": ""})
        );
    }
}
