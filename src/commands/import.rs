//! `config import`, and the create that never makes a config twice (which
//! `config create` uses too).

use std::collections::BTreeMap;
use std::io::BufRead;

use serde_json::{Map, Value, json};

use super::Ctx;
use super::bulk::{self, Job, Labels, Outcome, open_input};
use crate::cli::{ImportArgs, ImportFormat, OnConflict};
use crate::client::{Created, ListQuery, Service, StatusFilter};
use crate::error::{Error, Refusal};
use crate::reader::{self, InputFormat, Record};
use crate::record::{self, channel_set, config_id};

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
/// `lookup_on_conflict`, a create the service's database refused is looked
/// up too, so the caller learns which config is in the way.
pub async fn create_resolving(
    service: &Service,
    body: &Value,
    lookup_on_conflict: bool,
) -> Result<Option<Created>, CreateError> {
    let ext = body
        .get(record::EXTERNAL_ID)
        .and_then(Value::as_str)
        .unwrap_or_default();
    let failed = CreateError::Failed;
    let mut unknown = 0;
    loop {
        match service.create(body).await {
            Ok(id) => return Ok(id),
            Err(Error::Ambiguous { message }) => {
                unknown += 1;
                match lookup(service, ext).await.map_err(failed)? {
                    Some(existing) => {
                        return if same(service, &existing, body).await.map_err(failed)? {
                            Ok(Some(Created {
                                id: config_id(service.api(), &existing),
                                reply: None,
                            }))
                        } else {
                            Err(CreateError::Exists(existing))
                        };
                    }
                    None if unknown < MAX_UNKNOWN_OUTCOMES => continue,
                    None => return Err(failed(Error::Ambiguous { message })),
                }
            }
            Err(
                e @ Error::Api {
                    kind: Refusal::AddRefused,
                    ..
                },
            ) if lookup_on_conflict || unknown > 0 => {
                match lookup(service, ext).await.map_err(failed)? {
                    // An earlier try of ours did arrive.
                    Some(existing)
                        if unknown > 0
                            && same(service, &existing, body).await.map_err(failed)? =>
                    {
                        return Ok(Some(Created {
                            id: config_id(service.api(), &existing),
                            reply: None,
                        }));
                    }
                    Some(existing) => return Err(CreateError::Exists(existing)),
                    None => return Err(failed(e)),
                }
            }
            Err(e) => return Err(failed(e)),
        }
    }
}

/// The config with this external id (as listed), in any state.
pub async fn lookup(service: &Service, external_id: &str) -> Result<Option<Value>, Error> {
    let q = ListQuery {
        limit: 1,
        external_id: Some(external_id.to_string()),
        // v0.30 lists only enabled configs unless asked.
        status: Some(StatusFilter::All),
        ..ListQuery::default()
    };
    Ok(service
        .list_for_change(&q)
        .await?
        .configs
        .into_iter()
        .next())
}

/// Whether an existing config (as listed) is the one `body` describes: the
/// fields a list entry carries, then the channels (as a set) and the
/// certificates the record names, which only the config's bootstrap
/// document holds (v0.30 shows neither: the list is all there is).
pub async fn same(service: &Service, existing: &Value, body: &Value) -> Result<bool, Error> {
    let api = service.api();
    if !record::listed_alike(api, existing, body) {
        return Ok(false);
    }
    if api.has_profiles() || !names_details(body) {
        return Ok(true);
    }
    let doc = service.details(existing).await?;
    Ok(details_alike(body, &doc))
}

/// The record names channels or a certificate.
pub fn names_details(body: &Value) -> bool {
    channel_set(body).is_some() || record::CERT_FIELDS.iter().any(|k| body.get(*k).is_some())
}

/// The channels (as a set) and the certificates `body` names are those of
/// the bootstrap document `doc`; what the record leaves out is not compared.
fn details_alike(body: &Value, doc: &Value) -> bool {
    let channels =
        channel_set(body).is_none_or(|want| channel_set(doc).unwrap_or_default() == want);
    let certs = record::CERT_FIELDS
        .iter()
        .filter(|k| body.get(**k).is_some())
        .all(|k| record::text(body, k) == record::text(doc, k));
    channels && certs
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

/// A file of records, opened and its format decided; nothing read yet.
pub struct Input {
    pub reader: Box<dyn BufRead + Send>,
    pub format: InputFormat,
    pub path: Option<std::path::PathBuf>,
}

impl Input {
    /// Opens FILE (stdin for none or `-`) and decides its format: the one
    /// given, else the file's extension, else its first character.
    pub fn open(
        ctx: &Ctx,
        file: &Option<std::path::PathBuf>,
        format: Option<ImportFormat>,
        what: &str,
    ) -> Result<Input, Error> {
        let (mut reader, path) = open_input(ctx, file, what)?;
        let format = match format {
            Some(ImportFormat::Jsonl) => InputFormat::Jsonl,
            Some(ImportFormat::Json) => InputFormat::Json,
            Some(ImportFormat::Csv) => InputFormat::Csv,
            None => match path.as_deref().and_then(InputFormat::from_path) {
                Some(f) => f,
                None => InputFormat::sniff(peek(&mut reader)?),
            },
        };
        if peek(&mut reader)?.is_none() {
            return Err(Error::usage("the input holds no records"));
        }
        if format != InputFormat::Json {
            reader = bulk::line_bounded(reader);
        }
        Ok(Input {
            reader,
            format,
            path,
        })
    }
}

pub async fn run(ctx: &Ctx, a: ImportArgs) -> Result<(), Error> {
    let opts = bulk::BulkOptions {
        input: Some(a.file.clone().unwrap_or_else(|| "-".into())),
        ..a.bulk.into()
    };
    opts.check()?;
    let input = Input::open(ctx, &a.file, a.format, "import")?;
    if a.check {
        return super::plan::check(ctx, input, a.drop_ids);
    }
    if a.plan {
        return super::plan::plan(
            ctx,
            input,
            a.on_conflict,
            a.drop_ids,
            false,
            opts.concurrency,
        )
        .await;
    }
    let mode = Mode {
        label: "import",
        lookup_first: false,
        seen: None,
    };
    import(ctx, input, a.on_conflict, a.drop_ids, &opts, mode).await
}

/// External ids seen in an input, for `apply --prune`.
pub type Seen = std::sync::Arc<std::sync::Mutex<std::collections::HashSet<String>>>;

/// How an import runs: `import`, or `apply`, which looks each record up
/// before creating (most of its records exist) and collects the external
/// ids the input names (resumed ones too) for `--prune`.
pub struct Mode {
    pub label: &'static str,
    pub lookup_first: bool,
    pub seen: Option<Seen>,
}

/// Imports the records of `input` through the bulk engine.
pub async fn import(
    ctx: &Ctx,
    input: Input,
    on_conflict: OnConflict,
    drop_ids: bool,
    opts: &bulk::BulkOptions,
    mode: Mode,
) -> Result<(), Error> {
    let Mode {
        label,
        lookup_first,
        seen,
    } = mode;
    let Input {
        reader,
        format,
        path,
    } = input;
    let total = bulk::count_jobs(ctx, &path, Some(format));
    let service = ctx.service().await?.clone();
    let id_field = service.api().id_field();
    let dropped = Dropped::default();
    let spaced = Dropped::default();
    let spaced_seen = spaced.clone();
    let produce = move |emit: &mut dyn FnMut(Job<ParsedRecord>) -> bool| {
        reader::read_records(reader, format, |rec: Record| {
            for col in &rec.spaced {
                *spaced_seen.lock().unwrap().entry(col).or_default() += 1;
            }
            let key = rec.external_id().unwrap_or_default().to_string();
            if let Some(seen) = &seen {
                seen.lock().unwrap().insert(key.clone());
            }
            emit(Job {
                line: rec.line,
                key,
                payload: rec.body,
            })
        })
    };
    let op = |job: Job<ParsedRecord>| {
        let service = service.clone();
        let dropped = dropped.clone();
        async move {
            let outcome = import_one(
                &service,
                job.payload,
                on_conflict,
                drop_ids,
                lookup_first,
                &dropped,
            )
            .await;
            (job.line, job.key, outcome)
        }
    };
    let labels = Labels {
        label,
        key_field: record::EXTERNAL_ID,
        id_field,
    };
    let result = bulk::run(ctx, labels, opts, total, produce, op).await;
    for (col, n) in spaced.lock().unwrap().iter() {
        ctx.out.warn(&format!(
            "{n} record(s) have blanks around their {col}, kept as they are"
        ));
    }
    // Moving between the models: say what had no place here.
    for (why, n) in dropped.lock().unwrap().iter() {
        ctx.out.warn(&format!(
            "{n} record(s) carried {why}, which the {} API has no place for: not sent",
            service.api()
        ));
    }
    result
}

/// What records carried that the generation has no place for: why, and how
/// many records.
type Dropped = std::sync::Arc<std::sync::Mutex<BTreeMap<&'static str, u64>>>;

async fn import_one(
    service: &Service,
    body: ParsedRecord,
    on_conflict: OnConflict,
    drop_ids: bool,
    lookup_first: bool,
    dropped: &Dropped,
) -> Outcome {
    let failed = |error: Error| Outcome::Failed { error, id: None };
    let mut body = match body {
        Ok(b) => b,
        Err(e) => return failed(Error::usage(e)),
    };
    let api = service.api();
    for (_, why) in record::normalize(&mut body, api, drop_ids) {
        *dropped.lock().unwrap().entry(why).or_default() += 1;
    }
    // The state (older) or status (v0.30) to be due after the create.
    let enable = match record::take_availability(&mut body, api) {
        Ok(on) => on,
        Err(e) => return failed(e),
    };
    if let Err(e) = record::validate(&body, api) {
        return failed(e);
    }
    let body = Value::Object(body);
    // An apply looks first: most of its records exist, and a refused create
    // is a write the service logs.
    if lookup_first {
        let ext = record::text(&body, record::EXTERNAL_ID);
        match lookup(service, &ext).await {
            Ok(Some(existing)) => {
                return on_existing(service, existing, &body, enable, on_conflict).await;
            }
            Ok(None) => {}
            Err(e) => return failed(e),
        }
    }
    match create_resolving(service, &body, true).await {
        // A dry run: the create was printed, and the state change would follow.
        Ok(None) => Outcome::Planned,
        Ok(Some(created)) => {
            let id = created.id;
            if let Some(on) = enable.filter(|on| *on != api.starts_enabled())
                && let Err(e) = service.set_state(&id, on).await
            {
                let what = if on { "enabling" } else { "disabling" };
                return Outcome::Failed {
                    // The code of what failed (a 503 is 6), not an unexpected failure's.
                    error: Error::Partial {
                        message: format!("created, but {what} failed: {e}"),
                        code: e.exit_code(),
                    },
                    id: Some(id),
                };
            }
            Outcome::Created(id)
        }
        Err(CreateError::Failed(e)) => failed(e),
        Err(CreateError::Exists(existing)) => {
            on_existing(service, existing, &body, enable, on_conflict).await
        }
    }
}

/// A record whose external id a config has: already there (its state made
/// the record's, unless `skip`), or handled as `on_conflict` says.
async fn on_existing(
    service: &Service,
    existing: Value,
    body: &Value,
    enable: Option<bool>,
    on_conflict: OnConflict,
) -> Outcome {
    let api = service.api();
    let id = config_id(api, &existing);
    // Already there with this record's fields (say, from an earlier run whose
    // report was lost): not a conflict. Only its state may still be due.
    let alike = match same(service, &existing, body).await {
        Ok(alike) => alike,
        Err(error) => {
            return Outcome::Failed {
                error,
                id: Some(id),
            };
        }
    };
    if alike {
        let is_on = existing.get(record::STATE).and_then(Value::as_i64) == Some(1)
            || existing.get(record::STATUS) == Some(&json!("enabled"));
        // Its state may still be due (an earlier run stopped between the
        // create and the state change); --on-conflict skip changes nothing.
        if let Some(on) = enable.filter(|on| *on != is_on)
            && on_conflict != OnConflict::Skip
            && let Err(error) = service.set_state(&id, on).await
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
            error: Error::Conflict {
                message: format!(
                    "a different config with this external id exists ({} {id})",
                    api.id_field()
                ),
                hint: Some("--on-conflict skip or update".into()),
            },
            id: Some(id),
        },
        OnConflict::Update => match update_existing(service, &existing, body, enable).await {
            Ok(()) => Outcome::Updated(id),
            Err(error) => Outcome::Failed {
                error,
                id: Some(id),
            },
        },
    }
}

/// Makes an existing config match a record: name and content, certificates
/// when the record has any, channels when their set differs, state.
async fn update_existing(
    service: &Service,
    existing: &Value,
    body: &Value,
    enable: Option<bool>,
) -> Result<(), Error> {
    let api = service.api();
    let given = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_string);
    // v0.30 keeps a hash of the key and shows none: there is nothing to compare.
    if !api.has_profiles()
        && given(record::EXTERNAL_KEY)
            != existing
                .get(record::EXTERNAL_KEY)
                .and_then(Value::as_str)
                .map(str::to_string)
    {
        return Err(Error::usage(
            "a config with this external id exists with another external key, which cannot be changed",
        ));
    }
    let id_field = api.id_field();
    if let Some(want) = given(id_field)
        && want != record::text(existing, id_field)
    {
        return Err(Error::usage(format!(
            "a config with this external id exists for another {id_field}"
        )));
    }
    let id = config_id(api, existing);
    let pick = |k: &str| given(k).unwrap_or_else(|| record::text(existing, k));
    let mut fields = Map::new();
    fields.insert(record::NAME.into(), json!(pick(record::NAME)));
    fields.insert(record::CONTENT.into(), json!(pick(record::CONTENT)));
    if api.has_profiles() {
        let context = body
            .get(record::RENDER_CONTEXT)
            .filter(|v| !v.is_null())
            .or(existing.get(record::RENDER_CONTEXT));
        fields.insert(
            record::RENDER_CONTEXT.into(),
            context.cloned().unwrap_or(Value::Null),
        );
    }
    service.update(&id, &Value::Object(fields)).await?;
    if let Some(profile) = given(record::PROFILE_ID)
        && profile != record::text(existing, record::PROFILE_ID)
    {
        service.assign(&id, &profile).await?;
    }
    if !api.has_profiles() && names_details(body) {
        let doc = service.details(existing).await?;
        // The certificates are replaced together: the ones the record leaves
        // out keep their values.
        if record::CERT_FIELDS
            .iter()
            .filter(|k| body.get(**k).is_some())
            .any(|k| record::text(body, k) != record::text(&doc, k))
        {
            let certs: Map<String, Value> = record::CERT_FIELDS
                .iter()
                .map(|k| {
                    let v = given(k).unwrap_or_else(|| record::text(&doc, k));
                    (k.to_string(), json!(v))
                })
                .collect();
            service.certs(&id, &Value::Object(certs)).await?;
        }
        // Channels are a set: replaced only when the set differs.
        if let Some(want) = channel_set(body)
            && channel_set(&doc).unwrap_or_default() != want
        {
            let chs: Vec<String> = want.into_iter().collect();
            service.connections(&id, &chs).await?;
        }
    } else if api.has_profiles() && record::CERT_FIELDS.iter().any(|k| body.get(*k).is_some()) {
        // v0.30 cannot show them: the record's are written.
        let certs: Map<String, Value> = record::CERT_FIELDS
            .iter()
            .map(|k| (k.to_string(), json!(given(k).unwrap_or_default())))
            .collect();
        service.certs(&id, &Value::Object(certs)).await?;
    }
    if let Some(on) = enable {
        service.set_state(&id, on).await?;
    }
    Ok(())
}
