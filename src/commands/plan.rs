//! Before a change: `config import --check` (every record checked here,
//! nothing sent) and `--plan` (what an import or an apply would do to each
//! record, from read-only requests).

use std::collections::{HashMap, HashSet};

use futures_util::StreamExt;
use serde_json::{Map, Value, json};

use super::Ctx;
use super::import::{Input, lookup, names_details, same};
use crate::cli::OnConflict;
use crate::client::{ListQuery, MAX_PAGE, Service, StatusFilter};
use crate::error::{Error, exit};
use crate::generation::Api;
use crate::output::Format;
use crate::profiles::Detected;
use crate::reader::{self, Record};
use crate::record::{self, channel_set, config_id};

/// A record as read: its line, external id and fields (or why it has none).
struct Read {
    line: u64,
    external_id: String,
    body: Result<Map<String, Value>, String>,
}

/// Reads every record of `input`. A record whose external id an earlier
/// one has is refused: an import would compare it with the first.
fn read_all(input: Input) -> Result<Vec<Read>, Error> {
    let mut all = Vec::new();
    let mut first: HashMap<String, u64> = HashMap::new();
    reader::read_records(input.reader, input.format, |rec: Record| {
        let external_id = rec.external_id().unwrap_or_default().to_string();
        let mut body = rec.body;
        if !external_id.is_empty() {
            match first.get(&external_id) {
                Some(l) if body.is_ok() => {
                    body = Err(format!("external id {external_id:?} is on line {l} too"));
                }
                Some(_) => {}
                None => {
                    first.insert(external_id.clone(), rec.line);
                }
            }
        }
        all.push(Read {
            line: rec.line,
            external_id,
            body,
        });
        true
    })
    .map_err(|e| Error::usage(format!("the input stopped being readable: {e}")))?;
    Ok(all)
}

/// A record made ready for generation `api` as import makes it: the body,
/// the state due after a create, and what had no place in `api`.
fn prepare(
    mut body: Map<String, Value>,
    api: Api,
    drop_ids: bool,
) -> Result<(Value, Option<bool>, Vec<&'static str>), Error> {
    let dropped = record::normalize(&mut body, api, drop_ids)
        .into_iter()
        .map(|(_, why)| why)
        .collect();
    let enable = record::take_availability(&mut body, api)?;
    record::validate(&body, api)?;
    Ok((Value::Object(body), enable, dropped))
}

/// `config import --check`: every record checked with the generation's
/// rules (the one given or remembered; else what all require). Sends nothing.
pub fn check(ctx: &Ctx, input: Input, drop_ids: bool) -> Result<(), Error> {
    let api = ctx
        .settings
        .generation
        .known()
        .or_else(|| Detected::lookup(&ctx.settings.url));
    let records = read_all(input)?;
    let mut problems = Vec::new();
    let mut dropped: HashMap<&str, u64> = HashMap::new();
    for r in &records {
        let verdict = match (&r.body, api) {
            (Err(e), _) => Err(e.clone()),
            (Ok(b), Some(api)) => match prepare(b.clone(), api, drop_ids) {
                Ok((_, _, why)) => {
                    for w in why {
                        *dropped.entry(w).or_default() += 1;
                    }
                    Ok(())
                }
                Err(e) => Err(e.to_string()),
            },
            (Ok(b), None) => record::validate_common(b).map_err(|e| e.to_string()),
        };
        if let Err(error) = verdict {
            problems.push(json!({
                "line": r.line,
                "external_id": r.external_id,
                "error": error,
            }));
        }
    }
    if !problems.is_empty() || ctx.wants_data() {
        ctx.out.collection(
            &[
                ("LINE", "line"),
                ("EXTERNAL ID", "external_id"),
                ("ERROR", "error"),
            ],
            &problems,
        )?;
    }
    for (why, n) in &dropped {
        ctx.out.warn(&format!(
            "{n} record(s) carry {why}, which the {} API has no place for: an import leaves it out",
            api.map(Api::name).unwrap_or_default()
        ));
    }
    let rules = match api {
        Some(api) => format!("the {api} API's rules"),
        None => "the rules of every generation (give --api, or run a command against the \
                 service once, for one generation's)"
            .to_string(),
    };
    if problems.is_empty() {
        ctx.out.status(&format!(
            "check: {} record(s), all valid by {rules}; nothing was sent",
            records.len()
        ));
        return Ok(());
    }
    Err(Error::usage(format!(
        "check: {} of {} record(s) invalid by {rules}; nothing was sent",
        problems.len(),
        records.len()
    )))
}

/// What would happen to one record.
struct Step {
    action: &'static str,
    id: Option<String>,
    changes: Vec<&'static str>,
    error: Option<String>,
}

impl Step {
    fn new(action: &'static str) -> Step {
        Step {
            action,
            id: None,
            changes: Vec::new(),
            error: None,
        }
    }

    fn failing(action: &'static str, error: String) -> Step {
        Step {
            error: Some(error),
            ..Step::new(action)
        }
    }
}

/// `--plan`: what an import with `on_conflict` (an apply: `Update`) would do
/// to each record, from read-only requests; with `prune`, which configs an
/// apply --prune would remove. Exits 5 when a record would fail.
pub async fn plan(
    ctx: &Ctx,
    input: Input,
    on_conflict: OnConflict,
    drop_ids: bool,
    prune: bool,
    concurrency: usize,
) -> Result<(), Error> {
    let records = read_all(input)?;
    let service = ctx.service().await?;
    let steps: Vec<Step> = futures_util::stream::iter(records.iter())
        .map(|r| step(service, r, on_conflict, drop_ids))
        .buffered(concurrency.max(1))
        .collect()
        .await;
    let mut rows: Vec<Value> = Vec::new();
    let mut counts: Vec<(&str, u64)> = [
        "create",
        "update",
        "unchanged",
        "skip",
        "conflict",
        "invalid",
        "remove",
    ]
    .into_iter()
    .map(|a| (a, 0))
    .collect();
    let mut count = |a: &str| {
        if let Some(c) = counts.iter_mut().find(|(k, _)| *k == a) {
            c.1 += 1;
        }
    };
    let table = matches!(ctx.out.format, Format::Table | Format::Csv);
    let row = |line: Value, ext: &str, s: &Step| {
        let changes = match table {
            true => json!(s.changes.join(", ")),
            false => json!(s.changes),
        };
        let mut m = Map::new();
        m.insert("line".into(), line);
        m.insert("external_id".into(), json!(ext));
        m.insert("action".into(), json!(s.action));
        m.insert("id".into(), s.id.clone().map_or(Value::Null, Value::String));
        m.insert("changes".into(), changes);
        if let Some(e) = &s.error {
            m.insert("error".into(), json!(e));
        }
        Value::Object(m)
    };
    for (r, s) in records.iter().zip(&steps) {
        count(s.action);
        rows.push(row(json!(r.line), &r.external_id, s));
    }
    if prune {
        let named: HashSet<&str> = records.iter().map(|r| r.external_id.as_str()).collect();
        for c in every_config(service).await? {
            let ext = record::text(&c, record::EXTERNAL_ID);
            if !named.contains(ext.as_str()) {
                count("remove");
                let s = Step {
                    id: Some(config_id(service.api(), &c)),
                    ..Step::new("remove")
                };
                rows.push(row(Value::Null, &ext, &s));
            }
        }
    }
    let mut columns = vec![
        ("LINE", "line"),
        ("EXTERNAL ID", "external_id"),
        ("ACTION", "action"),
        ("ID", "id"),
        ("CHANGES", "changes"),
    ];
    if rows.iter().any(|r| r.get("error").is_some()) {
        columns.push(("ERROR", "error"));
    }
    ctx.out.collection(&columns, &rows)?;
    let said: Vec<String> = counts
        .iter()
        .filter(|(a, n)| *n > 0 || !matches!(*a, "remove" | "skip"))
        .map(|(a, n)| match *a {
            "unchanged" | "invalid" => format!("{n} {a}"),
            "conflict" => format!("{n} in conflict"),
            a => format!("{n} to {a}"),
        })
        .collect();
    ctx.out
        .status(&format!("plan: {}; nothing was changed", said.join(", ")));
    let failing: u64 = counts
        .iter()
        .filter(|(a, _)| matches!(*a, "conflict" | "invalid"))
        .map(|(_, n)| n)
        .sum();
    if failing > 0 {
        return Err(Error::Partial {
            message: format!("{failing} record(s) would fail"),
            code: exit::REJECTED,
        });
    }
    Ok(())
}

/// Every config of the service, in every state.
pub async fn every_config(service: &Service) -> Result<Vec<Value>, Error> {
    let mut q = ListQuery {
        limit: MAX_PAGE,
        status: Some(StatusFilter::All),
        ..ListQuery::default()
    };
    let mut all = Vec::new();
    loop {
        let page = service.list_for_change(&q).await?;
        let n = page.configs.len() as u64;
        all.extend(page.configs);
        if n == 0 || q.offset + n >= page.total {
            return Ok(all);
        }
        q.offset += n;
    }
}

async fn step(service: &Service, r: &Read, on_conflict: OnConflict, drop_ids: bool) -> Step {
    let api = service.api();
    let body = match &r.body {
        Ok(b) => b.clone(),
        Err(e) => return Step::failing("invalid", e.clone()),
    };
    let (body, enable, _) = match prepare(body, api, drop_ids) {
        Ok(p) => p,
        Err(e) => return Step::failing("invalid", e.to_string()),
    };
    match step_of(service, &body, enable, on_conflict).await {
        Ok(s) => s,
        Err(e) => Step::failing("conflict", format!("cannot tell: {e}")),
    }
}

async fn step_of(
    service: &Service,
    body: &Value,
    enable: Option<bool>,
    on_conflict: OnConflict,
) -> Result<Step, Error> {
    let api = service.api();
    let ext = record::text(body, record::EXTERNAL_ID);
    let Some(existing) = lookup(service, &ext).await? else {
        let mut s = Step::new("create");
        if enable.is_some_and(|on| on != api.starts_enabled()) {
            s.changes.push(availability(api));
        }
        return Ok(s);
    };
    let id = Some(config_id(api, &existing));
    let is_on = existing.get(record::STATE).and_then(Value::as_i64) == Some(1)
        || existing.get(record::STATUS) == Some(&json!("enabled"));
    let state_due = enable.is_some_and(|on| on != is_on);
    if same(service, &existing, body).await? {
        let mut s = Step::new("unchanged");
        if state_due && on_conflict != OnConflict::Skip {
            s = Step::new("update");
            s.changes.push(availability(api));
        }
        return Ok(Step { id, ..s });
    }
    let changes = differences(service, &existing, body, state_due).await?;
    let refused = refusal(api, &existing, body);
    let s = match (on_conflict, refused) {
        (OnConflict::Skip, _) => Step::new("skip"),
        (OnConflict::Fail, _) => Step::failing(
            "conflict",
            "a different config with this external id exists (--on-conflict skip or update)".into(),
        ),
        (OnConflict::Update, Some(why)) => Step::failing("conflict", why),
        (OnConflict::Update, None) => Step::new("update"),
    };
    Ok(Step { id, changes, ..s })
}

/// The field that says whether a config is enabled, in `api`'s words.
fn availability(api: Api) -> &'static str {
    if api.has_profiles() {
        record::STATUS
    } else {
        record::STATE
    }
}

/// Why an existing config cannot be made to match the record, if it cannot.
fn refusal(api: Api, existing: &Value, body: &Value) -> Option<String> {
    let given = |k: &str| body.get(k).and_then(Value::as_str);
    if !api.has_profiles()
        && given(record::EXTERNAL_KEY) != existing.get(record::EXTERNAL_KEY).and_then(Value::as_str)
    {
        return Some("it exists with another external key, which cannot be changed".into());
    }
    let id_field = api.id_field();
    match given(id_field) {
        Some(want) if want != record::text(existing, id_field) => {
            Some(format!("it exists for another {id_field}"))
        }
        _ => None,
    }
}

/// The fields an update would change.
async fn differences(
    service: &Service,
    existing: &Value,
    body: &Value,
    state_due: bool,
) -> Result<Vec<&'static str>, Error> {
    let api = service.api();
    let differs = |k: &str| {
        body.get(k).is_some_and(|v| !v.is_null())
            && record::text(body, k) != record::text(existing, k)
    };
    let mut out: Vec<&'static str> = [record::NAME, record::CONTENT]
        .into_iter()
        .filter(|k| differs(k))
        .collect();
    if api.has_profiles() {
        if differs(record::PROFILE_ID) {
            out.push(record::PROFILE_ID);
        }
        if body
            .get(record::RENDER_CONTEXT)
            .filter(|v| !v.is_null())
            .is_some_and(|v| existing.get(record::RENDER_CONTEXT) != Some(v))
        {
            out.push(record::RENDER_CONTEXT);
        }
        if record::CERT_FIELDS.iter().any(|k| body.get(*k).is_some()) {
            out.push("certificates");
        }
    } else if names_details(body) {
        let doc = service.details(existing).await?;
        if record::CERT_FIELDS
            .iter()
            .filter(|k| body.get(**k).is_some())
            .any(|k| record::text(body, k) != record::text(&doc, k))
        {
            out.push("certificates");
        }
        if channel_set(body).is_some_and(|want| channel_set(&doc).unwrap_or_default() != want) {
            out.push(record::CHANNELS);
        }
    }
    if state_due {
        out.push(availability(api));
    }
    Ok(out)
}
