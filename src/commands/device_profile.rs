//! `device-profile`: Magistrala v0.30's device profiles, templates the
//! service renders into each device's content.

use serde_json::{Map, Value, json};

use super::Ctx;
use crate::cli::{ContentFormat, DeviceProfileCmd, DocFormat, ProfileFields};
use crate::client::check_path_id;
use crate::error::Error;
use crate::input;
use crate::output::Format;

/// Columns of a profile list.
const COLUMNS: &[(&str, &str)] = &[
    ("ID", "id"),
    ("NAME", "name"),
    ("FORMAT", "content_format"),
    ("VERSION", "version"),
    ("UPDATED", "updated_at"),
];

pub async fn run(ctx: &Ctx, cmd: DeviceProfileCmd) -> Result<(), Error> {
    match cmd {
        DeviceProfileCmd::Create(f) => {
            let body = fields_body(f)?;
            if body
                .get("name")
                .and_then(Value::as_str)
                .is_none_or(str::is_empty)
            {
                return Err(Error::usage_hint(
                    "a device profile needs a name",
                    "give --name NAME (or name in --json)",
                ));
            }
            let p = ctx
                .service()
                .await?
                .profile_create(&Value::Object(body))
                .await?;
            show_created(ctx, &p)
        }
        DeviceProfileCmd::Upload { file, format } => upload(ctx, &file, format).await,
        DeviceProfileCmd::List {
            name,
            limit,
            offset,
            all,
        } => list(ctx, name, limit, offset, all).await,
        DeviceProfileCmd::View { id } => {
            check_path_id("device profile id", &id)?;
            let p = ctx.service().await?.profile_view(&id).await?;
            show(ctx, &p)
        }
        DeviceProfileCmd::Update {
            id,
            fields,
            clear_slots,
        } => {
            check_path_id("device profile id", &id)?;
            let mut body = fields_body(fields)?;
            if clear_slots {
                body.insert("binding_slots".into(), json!([]));
            }
            if body.is_empty() {
                return Err(Error::usage_hint(
                    "nothing to update",
                    "give --name, --description, --format, --template, --defaults or --slot",
                ));
            }
            let p = ctx
                .service()
                .await?
                .profile_update(&id, &Value::Object(body))
                .await?;
            show(ctx, &p)
        }
        DeviceProfileCmd::Remove { ids } => remove(ctx, &ids).await,
        DeviceProfileCmd::Slots { id } => {
            check_path_id("device profile id", &id)?;
            let v = ctx.service().await?.profile_slots(&id).await?;
            if ctx.settings.dry_run {
                return Ok(());
            }
            let slots: Vec<Value> = v
                .get("binding_slots")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            ctx.out.collection(
                &[("NAME", "name"), ("TYPE", "type"), ("REQUIRED", "required")],
                &slots,
            )?;
            Ok(())
        }
        DeviceProfileCmd::Render {
            id,
            config_id,
            device_id,
            external_id,
            render_context,
            bindings,
            snapshots,
            secrets,
        } => {
            check_path_id("device profile id", &id)?;
            let mut body = Map::new();
            if let Some(rc) = render_context {
                body.insert(
                    "render_context".into(),
                    Value::Object(input::json_object(&rc, "--render-context")?),
                );
            }
            match config_id {
                Some(c) => {
                    body.insert("config_id".into(), json!(c));
                }
                None => {
                    body.insert(
                        "config".into(),
                        json!({"id": device_id.unwrap_or_default(), "external_id": external_id.unwrap_or_default()}),
                    );
                    body.insert(
                        "bindings".into(),
                        Value::Array(sample_bindings(&bindings, &snapshots, &secrets)?),
                    );
                }
            }
            let v = ctx
                .service()
                .await?
                .render_preview(&id, &Value::Object(body))
                .await?;
            if ctx.settings.dry_run {
                return Ok(());
            }
            match ctx.out.format {
                Format::Json | Format::Jsonl if ctx.settings.output_explicit => ctx.out.json(&v)?,
                // The content as the device would get it.
                _ => ctx
                    .out
                    .line(v.get("content").and_then(Value::as_str).unwrap_or_default())?,
            }
            Ok(())
        }
    }
}

/// A new profile: its id alone, so that `P=$(... device-profile create ...)`
/// works; the whole profile when JSON was asked for.
fn show_created(ctx: &Ctx, p: &Value) -> Result<(), Error> {
    if ctx.settings.dry_run {
        return Ok(());
    }
    match ctx.out.format {
        Format::Json | Format::Jsonl if ctx.settings.output_explicit => ctx.out.json(p)?,
        _ => ctx
            .out
            .line(p.get("id").and_then(Value::as_str).unwrap_or_default())?,
    }
    Ok(())
}

fn show(ctx: &Ctx, v: &Value) -> Result<(), Error> {
    if !ctx.settings.dry_run {
        ctx.out.object(v)?;
    }
    Ok(())
}

/// A profile body from `--json` and the flags (flags win).
fn fields_body(f: ProfileFields) -> Result<Map<String, Value>, Error> {
    let mut body = match &f.json {
        Some(j) => input::json_object(j, "--json")?,
        None => Map::new(),
    };
    let mut set = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            body.insert(k.to_string(), Value::String(v));
        }
    };
    set("name", f.name);
    set("description", f.description);
    set(
        "content_format",
        f.format.map(|c| {
            match c {
                ContentFormat::Json => "json",
                ContentFormat::Yaml => "yaml",
                ContentFormat::Toml => "toml",
                ContentFormat::GoTemplate => "go-template",
                ContentFormat::Raw => "raw",
            }
            .to_string()
        }),
    );
    set(
        "content_template",
        f.template
            .map(|t| input::text_or_file(&t, "--template"))
            .transpose()?,
    );
    if let Some(d) = f.defaults {
        body.insert(
            "defaults".into(),
            Value::Object(input::json_object(&d, "--defaults")?),
        );
    }
    if !f.slots.is_empty() {
        let slots = f
            .slots
            .iter()
            .map(|s| parse_slot(s))
            .collect::<Result<Vec<_>, _>>()?;
        body.insert("binding_slots".into(), Value::Array(slots));
    }
    Ok(body)
}

/// `NAME:TYPE[:required]`.
fn parse_slot(s: &str) -> Result<Value, Error> {
    let parts: Vec<&str> = s.split(':').collect();
    let bad = || {
        Error::usage(format!(
            "--slot '{s}': expected NAME:TYPE or NAME:TYPE:required, TYPE client or channel"
        ))
    };
    let (name, kind, required) = match parts.as_slice() {
        [n, t] => (*n, *t, false),
        [n, t, "required"] => (*n, *t, true),
        _ => return Err(bad()),
    };
    if name.is_empty() || !matches!(kind, "client" | "channel") {
        return Err(bad());
    }
    Ok(json!({"name": name, "type": kind, "required": required}))
}

/// Sample bindings for a render preview: `SLOT=TYPE:ID`, with snapshot
/// fields and secrets as `SLOT.KEY=VALUE`.
fn sample_bindings(
    bindings: &[String],
    snapshots: &[String],
    secrets: &[String],
) -> Result<Vec<Value>, Error> {
    let mut out: Vec<Value> = bindings
        .iter()
        .map(|b| super::enrollment::parse_binding(b, "--binding"))
        .collect::<Result<_, _>>()?;
    for (flag, member, values) in [
        ("--snapshot", "snapshot", snapshots),
        ("--secret", "secret_snapshot", secrets),
    ] {
        for s in values {
            let parsed = s
                .split_once('=')
                .and_then(|(k, v)| k.split_once('.').map(|(slot, key)| (slot, key, v)))
                .filter(|(slot, key, _)| !slot.is_empty() && !key.is_empty());
            let Some((slot, key, value)) = parsed else {
                return Err(Error::usage(format!(
                    "{flag} '{s}': expected SLOT.KEY=VALUE"
                )));
            };
            let b = out.iter_mut().find(|b| b["slot"] == slot).ok_or_else(|| {
                Error::usage(format!("{flag} '{s}': no --binding for slot {slot}"))
            })?;
            b.as_object_mut()
                .expect("bindings are objects")
                .entry(member)
                .or_insert_with(|| json!({}))[key] = json!(value);
        }
    }
    Ok(out)
}

async fn upload(ctx: &Ctx, file: &std::path::Path, format: Option<DocFormat>) -> Result<(), Error> {
    let from_stdin = file.as_os_str() == "-";
    let format = match format {
        Some(f) => f,
        None => match file
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("json") => DocFormat::Json,
            Some("yaml" | "yml") => DocFormat::Yaml,
            Some("toml") => DocFormat::Toml,
            _ => {
                return Err(Error::usage_hint(
                    format!(
                        "upload {}: cannot tell the document's format",
                        file.display()
                    ),
                    "name a .json, .yaml, .yml or .toml file, or give --format",
                ));
            }
        },
    };
    let doc = if from_stdin {
        input::read_stdin("upload")?
    } else {
        input::read_file(file, "upload")?
    };
    let content_type = match format {
        DocFormat::Json => "application/json",
        DocFormat::Yaml => "application/yaml",
        DocFormat::Toml => "application/toml",
    };
    let p = ctx
        .service()
        .await?
        .profile_upload(&doc, content_type)
        .await?;
    show_created(ctx, &p)
}

async fn list(
    ctx: &Ctx,
    name: Option<String>,
    limit: u64,
    offset: u64,
    all: bool,
) -> Result<(), Error> {
    if !all && !(1..=100).contains(&limit) {
        return Err(Error::usage_hint(
            format!("--limit {limit}: the service serves 1 to 100 profiles a page"),
            "use --all to fetch every page",
        ));
    }
    let service = ctx.service().await?;
    let (mut offset, limit) = (offset, if all { 100 } else { limit });
    let mut items: Vec<Value> = Vec::new();
    let mut total;
    loop {
        let page = service.profile_list(offset, limit, name.as_deref()).await?;
        total = page.get("total").and_then(Value::as_u64).unwrap_or(0);
        // The service sends `null` for an empty page.
        let got: Vec<Value> = page
            .get("profiles")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let n = got.len() as u64;
        items.extend(got);
        if !all || n == 0 || offset + n >= total || ctx.settings.dry_run {
            break;
        }
        offset += n;
    }
    if ctx.settings.dry_run {
        return Ok(());
    }
    ctx.out.collection(COLUMNS, &items)?;
    if ctx.out.format == Format::Table {
        ctx.out.line(&format!("{} of {total}", items.len()))?;
    } else if !all && offset + (items.len() as u64) < total {
        let next = offset + items.len() as u64;
        ctx.out.status(&format!(
            "{} more device profile(s) after these {}: --all fetches every page, --offset {next} the next",
            total - next,
            items.len()
        ));
    }
    Ok(())
}

async fn remove(ctx: &Ctx, ids: &[String]) -> Result<(), Error> {
    for id in ids {
        check_path_id("device profile id", id)?;
    }
    if !ctx.settings.yes && !ctx.settings.dry_run {
        if !ctx.settings.terminal.interactive() {
            return Err(Error::usage_hint(
                "refusing to remove device profiles without --yes when not interactive",
                "add --yes (-y)",
            ));
        }
        let q = format!(
            "Remove {} device profile(s): {}? Configs using one fall back to their static content.",
            ids.len(),
            ids.join(", ")
        );
        if !input::confirm(&q)? {
            return Err(Error::usage("not confirmed; nothing removed"));
        }
    }
    let service = ctx.service().await?;
    let result = ctx
        .for_each_id(ids, "removed device profile", |id| async move {
            service.profile_remove(&id).await
        })
        .await;
    if result.is_ok() && ctx.wants_data() && !ctx.settings.dry_run {
        let gone: Vec<Value> = ids
            .iter()
            .map(|id| json!({"id": id, "outcome": "removed"}))
            .collect();
        match gone.as_slice() {
            [one] => ctx.out.json(one)?,
            _ => ctx.out.collection(&[], &gone)?,
        }
    }
    result
}
