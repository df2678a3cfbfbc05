//! Bulk transfer: `config import`, `config export`, and `--from` id lists for
//! state changes and removal. Also the create that never duplicates.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, IsTerminal};
use std::path::PathBuf;

use futures_util::StreamExt;
use serde_json::{Map, Value, json};

use super::Ctx;
use super::bulk::{self, BulkOptions, Job, Labels, Outcome};
use super::config::validate_create;
use crate::cli::{BulkArgs, ExportArgs, IdsArgs, ImportArgs, ImportFormat, OnConflict};
use crate::client::{Client, ListQuery, check_path_id};
use crate::error::Error;
use crate::output::Format;
use crate::records::{self, InputFormat, Record};
use crate::secret::Secret;

/// A record's create body, or why it has none.
type ParsedRecord = Result<Map<String, Value>, String>;

/// Creates after an unknown outcome are looked up; this many in a row give up.
const MAX_UNKNOWN_OUTCOMES: u32 = 5;

/// Why a create did not produce a new config.
pub enum CreateError {
    /// A config with this external id exists (it is given).
    Exists(Value),
    Failed(Error),
}

/// Creates a config without ever making it twice. When the outcome of a try
/// is unknown (the connection broke after sending, or a timeout), the
/// external id is looked up first: if the config is there with this record's
/// fields it counts as created; if not, the create is sent again. With
/// `lookup_on_conflict`, a duplicate rejection is looked up too, so the caller
/// learns which config is in the way.
pub async fn create_resolving(
    client: &Client,
    body: &Value,
    lookup_on_conflict: bool,
) -> Result<Option<String>, CreateError> {
    let ext = body
        .get("external_id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let mut unknown = 0;
    loop {
        match client.create(body).await {
            Ok(id) => return Ok(id),
            Err(Error::Ambiguous { message }) => {
                unknown += 1;
                match lookup(client, ext).await.map_err(CreateError::Failed)? {
                    Some(existing) => {
                        return if same(client, &existing, body)
                            .await
                            .map_err(CreateError::Failed)?
                        {
                            Ok(Some(config_id(client, &existing)))
                        } else {
                            Err(CreateError::Exists(existing))
                        };
                    }
                    None if unknown < MAX_UNKNOWN_OUTCOMES => continue,
                    None => return Err(CreateError::Failed(Error::Ambiguous { message })),
                }
            }
            Err(e @ Error::Api { status: 400, .. })
                if e.to_string()
                    .contains("failed to add bootstrap configuration")
                    && (lookup_on_conflict || unknown > 0) =>
            {
                match lookup(client, ext).await.map_err(CreateError::Failed)? {
                    // An earlier try of ours did arrive.
                    Some(existing)
                        if unknown > 0
                            && same(client, &existing, body)
                                .await
                                .map_err(CreateError::Failed)? =>
                    {
                        return Ok(Some(config_id(client, &existing)));
                    }
                    Some(existing) => return Err(CreateError::Exists(existing)),
                    None => return Err(CreateError::Failed(e)),
                }
            }
            Err(e) => return Err(CreateError::Failed(e)),
        }
    }
}

async fn lookup(client: &Client, external_id: &str) -> Result<Option<Value>, Error> {
    let q = ListQuery {
        limit: 1,
        external_id: Some(external_id.to_string()),
        ..ListQuery::default()
    };
    Ok(client.list(&q).await?.configs.into_iter().next())
}

/// The id of a config as the service lists it.
pub fn config_id(client: &Client, v: &Value) -> String {
    v.get(client.api().id_field())
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Whether an existing config (as listed) is the one `body` describes: the
/// fields a list entry carries, then, when the record names channels, its
/// channels as a set (only a view has them; their order means nothing).
async fn same(client: &Client, existing: &Value, body: &Value) -> Result<bool, Error> {
    let id_field = client.api().id_field();
    let field = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let given = |k: &str| !field(body, k).is_empty();
    let listed_alike = field(existing, "external_key") == field(body, "external_key")
        && [id_field, "name", "content"]
            .iter()
            .all(|k| !given(k) || field(existing, k) == field(body, k));
    if !listed_alike {
        return Ok(false);
    }
    let Some(want) = channel_set(body) else {
        return Ok(true);
    };
    let view = client.view(&config_id(client, existing)).await?;
    Ok(channel_set(&view).unwrap_or_default() == want)
}

/// A config's or a record's channel ids, as a set: plain ids (a record) or
/// `{"id": …}` objects (a view or a bootstrap document).
pub fn channel_set(v: &Value) -> Option<BTreeSet<String>> {
    let chs = v.get("channels")?.as_array()?;
    Some(
        chs.iter()
            .filter_map(|c| c.as_str().or_else(|| c.get("id").and_then(Value::as_str)))
            .map(str::to_string)
            .collect(),
    )
}

fn bulk_options(b: &BulkArgs) -> BulkOptions {
    BulkOptions {
        concurrency: b.concurrency,
        report: b.report.clone(),
        resume: b.resume.clone(),
    }
}

/// Opens FILE, or stdin for none or `-`; stdin must not be a terminal.
fn open_input(
    file: &Option<PathBuf>,
    what: &str,
) -> Result<(Box<dyn BufRead + Send>, Option<PathBuf>), Error> {
    match file {
        Some(p) if p.as_os_str() != "-" => {
            let f = std::fs::File::open(p)
                .map_err(|e| Error::usage(format!("{what}: cannot open {}: {e}", p.display())))?;
            Ok((
                Box::new(BufReader::with_capacity(256 << 10, f)),
                Some(p.clone()),
            ))
        }
        _ if std::io::stdin().is_terminal() => Err(Error::usage_hint(
            format!("{what}: no input"),
            "give a FILE, or pipe the input on stdin",
        )),
        _ => Ok((
            Box::new(BufReader::with_capacity(256 << 10, std::io::stdin())),
            None,
        )),
    }
}

/// Counts the jobs in a file for the progress bar (not for stdin or a JSON
/// array), and only when a bar will be shown.
fn count_jobs(ctx: &Ctx, path: &Option<PathBuf>, format: Option<InputFormat>) -> Option<u64> {
    if ctx.settings.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let f = std::fs::File::open(path.as_ref()?).ok()?;
    let rd = BufReader::with_capacity(256 << 10, f);
    match format {
        Some(InputFormat::Json) => None,
        Some(InputFormat::Csv) => Some(csv::Reader::from_reader(rd).records().count() as u64),
        // JSON lines count every non-blank line; id lists skip `#` comments too.
        Some(InputFormat::Jsonl) => Some(count_lines(rd, |l| !l.is_empty())),
        None => Some(count_lines(rd, |l| !l.is_empty() && l[0] != b'#')),
    }
}

fn count_lines(rd: impl BufRead, counts: impl Fn(&[u8]) -> bool) -> u64 {
    rd.split(b'\n')
        .filter_map(Result::ok)
        .filter(|l| counts(l.trim_ascii()))
        .count() as u64
}

/// The first non-blank byte, consumed blanks aside.
fn peek(reader: &mut Box<dyn BufRead + Send>) -> Result<Option<u8>, Error> {
    loop {
        let buf = reader
            .fill_buf()
            .map_err(|e| Error::usage(format!("cannot read the input: {e}")))?;
        if buf.is_empty() {
            return Ok(None);
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => return Ok(Some(buf[i])),
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

pub async fn import(ctx: &Ctx, a: ImportArgs) -> anyhow::Result<()> {
    let (mut reader, path) = open_input(&a.file, "import")?;
    let format = match a.format {
        Some(ImportFormat::Jsonl) => InputFormat::Jsonl,
        Some(ImportFormat::Json) => InputFormat::Json,
        Some(ImportFormat::Csv) => InputFormat::Csv,
        None => match path.as_deref().and_then(InputFormat::from_path) {
            Some(f) => f,
            None => InputFormat::sniff(peek(&mut reader)?),
        },
    };
    let total = count_jobs(ctx, &path, Some(format));
    let client = ctx.client().await?.clone();
    let id_field = client.api().id_field();
    let (on_conflict, drop_ids) = (a.on_conflict, a.drop_ids);
    let produce = move |emit: &mut dyn FnMut(Job<ParsedRecord>) -> bool| {
        records::read_records(reader, format, |rec: Record| {
            let key = rec.external_id().unwrap_or_default().to_string();
            emit(Job {
                line: rec.line,
                key,
                payload: rec.body,
            })
        })
    };
    let op = |job: Job<ParsedRecord>| {
        let client = client.clone();
        async move {
            let outcome = import_one(&client, job.payload, on_conflict, drop_ids).await;
            (job.line, job.key, outcome)
        }
    };
    let labels = Labels {
        label: "import",
        key_field: "external_id",
        id_field,
    };
    bulk::run(ctx, labels, &bulk_options(&a.bulk), total, produce, op).await
}

async fn import_one(
    client: &Client,
    body: Result<Map<String, Value>, String>,
    on_conflict: OnConflict,
    drop_ids: bool,
) -> Outcome {
    let failed = |error: Error| Outcome::Failed { error, id: None };
    let mut body = match body {
        Ok(b) => b,
        Err(e) => return failed(Error::usage(e)),
    };
    let id_field = client.api().id_field();
    records::normalize(&mut body, id_field, drop_ids);
    let enable = match body.remove("state") {
        None | Some(Value::Null) => None,
        Some(v) if v == json!(0) => Some(false),
        Some(v) if v == json!(1) => Some(true),
        Some(other) => return failed(Error::usage(format!("state must be 0 or 1, not {other}"))),
    };
    if let Err(e) = validate_create(&body, id_field) {
        return failed(e);
    }
    let body = Value::Object(body);
    match create_resolving(client, &body, true).await {
        Ok(id) => {
            let id = id.unwrap_or_default();
            // New configs start disabled.
            if enable == Some(true)
                && let Err(e) = client.set_state(&id, true).await
            {
                return Outcome::Failed {
                    error: Error::Other(format!("created, but enabling failed: {e}")),
                    id: Some(id),
                };
            }
            Outcome::Created(id)
        }
        Err(CreateError::Failed(e)) => failed(e),
        Err(CreateError::Exists(existing)) => {
            let id = config_id(client, &existing);
            // Already there with this record's fields (say, from an earlier run whose
            // report was lost): not a conflict. Only its state may still be due.
            let alike = match same(client, &existing, &body).await {
                Ok(alike) => alike,
                Err(error) => {
                    return Outcome::Failed {
                        error,
                        id: Some(id),
                    };
                }
            };
            if alike {
                let is_on = existing.get("state").and_then(Value::as_i64) == Some(1);
                if let Some(on) = enable.filter(|on| *on != is_on)
                    && let Err(error) = client.set_state(&id, on).await
                {
                    return Outcome::Failed {
                        error,
                        id: Some(id),
                    };
                }
                return Outcome::Skipped(id);
            }
            match on_conflict {
                OnConflict::Skip => Outcome::Skipped(id),
                OnConflict::Fail => Outcome::Failed {
                    error: Error::Api {
                        status: 409,
                        message: format!(
                            "a different config with this external id exists ({id_field} {id})"
                        ),
                        hint: Some("--on-conflict skip or update".into()),
                        unrouted: false,
                    },
                    id: Some(id),
                },
                OnConflict::Update => match update_existing(client, &existing, &body, enable).await
                {
                    Ok(()) => Outcome::Updated(id),
                    Err(error) => Outcome::Failed {
                        error,
                        id: Some(id),
                    },
                },
            }
        }
    }
}

async fn update_existing(
    client: &Client,
    existing: &Value,
    body: &Value,
    enable: Option<bool>,
) -> Result<(), Error> {
    let field = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    if field(existing, "external_key") != field(body, "external_key") {
        return Err(Error::usage(
            "a config with this external id exists with another external key, which cannot be changed",
        ));
    }
    let id_field = client.api().id_field();
    if let Some(want) = field(body, id_field)
        && Some(&want) != field(existing, id_field).as_ref()
    {
        return Err(Error::usage(format!(
            "a config with this external id exists for another {id_field}"
        )));
    }
    let id = config_id(client, existing);
    let pick = |k: &str| {
        field(body, k)
            .or_else(|| field(existing, k))
            .unwrap_or_default()
    };
    client.update(&id, &pick("name"), &pick("content")).await?;
    if ["client_cert", "client_key", "ca_cert"]
        .iter()
        .any(|k| body.get(*k).is_some())
    {
        let certs = json!({
            "client_cert": field(body, "client_cert").unwrap_or_default(),
            "client_key": field(body, "client_key").unwrap_or_default(),
            "ca_cert": field(body, "ca_cert").unwrap_or_default(),
        });
        client.certs(&id, &certs).await?;
    }
    // Channels are a set: replaced only when the set differs.
    if let Some(want) = channel_set(body)
        && channel_set(&client.view(&id).await?).unwrap_or_default() != want
    {
        let chs: Vec<String> = want.into_iter().collect();
        client.connections(&id, &chs).await?;
    }
    if let Some(on) = enable {
        client.set_state(&id, on).await?;
    }
    Ok(())
}

pub async fn export(ctx: &Ctx, a: ExportArgs) -> anyhow::Result<()> {
    if a.concurrency == 0 {
        return Err(Error::usage("--concurrency must be at least 1").into());
    }
    let client = ctx.client().await?;
    // JSON lines unless JSON or CSV was asked for.
    let format = match ctx.out.format {
        Format::Json | Format::Csv if ctx.settings.output_explicit => ctx.out.format,
        _ => Format::Jsonl,
    };
    let mut w = ctx.out.export(format, client.api());
    let mut q = ListQuery {
        offset: 0,
        limit: super::config::MAX_PAGE,
        ..super::config::list_query(a.filter)
    };
    let mut failures: Vec<Error> = Vec::new();
    loop {
        let page = client.list(&q).await?;
        let n = page.configs.len() as u64;
        if a.no_details {
            for item in page.configs {
                w.item(&export_record(client, &item, None))?;
            }
        } else {
            let mut details = futures_util::stream::iter(page.configs)
                .map(|item| async move {
                    let doc = details(client, &item).await;
                    (item, doc)
                })
                .buffered(a.concurrency);
            while let Some((item, doc)) = details.next().await {
                match doc {
                    Ok(doc) => w.item(&export_record(client, &item, Some(&doc)))?,
                    Err(e) => {
                        let ext = item
                            .get("external_id")
                            .and_then(Value::as_str)
                            .unwrap_or("?");
                        ctx.out.error(&format!("external id {ext}: {e}"), None);
                        failures.push(e);
                    }
                }
            }
        }
        if ctx.settings.dry_run || n == 0 || q.offset + n >= page.total {
            break;
        }
        q.offset += n;
    }
    w.finish()?;
    match failures.first() {
        None => Ok(()),
        Some(e) => Err(Error::Partial {
            message: format!(
                "{} config(s) could not be read in full and were left out",
                failures.len()
            ),
            code: e.exit_code(),
        }
        .into()),
    }
}

/// A config's channels and certificates: only the bootstrap document has them.
async fn details(client: &Client, item: &Value) -> Result<Value, Error> {
    let s = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or_default();
    client
        .bootstrap(s("external_id"), &Secret::new(s("external_key")))
        .await
}

/// An import record from a list entry and, when fetched, the bootstrap document.
fn export_record(client: &Client, item: &Value, doc: Option<&Value>) -> Value {
    let api = client.api();
    let mut m = Map::new();
    let copy = |m: &mut Map<String, Value>, from: &Value, k: &str| {
        if let Some(v) = from
            .get(k)
            .filter(|v| !v.is_null() && v.as_str() != Some(""))
        {
            m.insert(k.to_string(), v.clone());
        }
    };
    for k in [
        "external_id",
        "external_key",
        api.id_field(),
        "name",
        "state",
    ] {
        copy(&mut m, item, k);
    }
    if let Some(doc) = doc {
        // A set, written sorted so that exports of the same configs compare equal.
        let channels = channel_set(doc).unwrap_or_default();
        m.insert("channels".into(), json!(channels));
        for k in ["content", "client_cert", "client_key", "ca_cert"] {
            copy(&mut m, doc, k);
        }
    } else {
        copy(&mut m, item, "content");
    }
    Value::Object(m)
}

/// `state enable|disable` and `config remove` over ids: sequential for ids on
/// the command line, the bulk engine for `--from`.
pub async fn for_ids<F, Fut>(
    ctx: &Ctx,
    a: IdsArgs,
    label: &'static str,
    done: &'static str,
    op: F,
) -> anyhow::Result<()>
where
    F: Fn(Client, String) -> Fut,
    Fut: std::future::Future<Output = Result<(), Error>>,
{
    for id in &a.thing_ids {
        check_path_id("config id", id)?;
    }
    let client = ctx.client().await?.clone();
    let Some(from) = a.from else {
        return ctx
            .for_each_id(&a.thing_ids, done, |id| op(client.clone(), id))
            .await;
    };
    let (reader, path) = open_input(&Some(from), label)?;
    let total = count_jobs(ctx, &path, None);
    let produce = move |emit: &mut dyn FnMut(Job<()>) -> bool| {
        records::read_ids(reader, |line, id| {
            emit(Job {
                line,
                key: id,
                payload: (),
            })
        })
    };
    let run_one = |job: Job<()>| {
        let fut = op(client.clone(), job.key.clone());
        async move {
            let outcome = match fut.await {
                Ok(()) => Outcome::Done(done),
                Err(error) => Outcome::Failed { error, id: None },
            };
            (job.line, job.key, outcome)
        }
    };
    let id_field = client.api().id_field();
    let labels = Labels {
        label,
        key_field: id_field,
        id_field,
    };
    bulk::run(ctx, labels, &bulk_options(&a.bulk), total, produce, run_one).await
}
