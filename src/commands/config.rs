//! `config create|list|view|update|certs|connections|remove`; import and
//! export have files of their own.

use serde_json::{Map, Value, json};

use super::import::{CreateError, create_resolving};
use super::{Ctx, list_query};
use crate::cli::{CertFlags, CertsArgs, ConfigCmd, CreateArgs, IdsArgs, ListArgs, UpdateArgs};
use crate::client::{ListQuery, MAX_PAGE, check_path_id};
use crate::error::Error;
use crate::generation::Api;
use crate::input;
use crate::output::{Format, mask_fields, mask_secrets};
use crate::record::{self, CA_CERT, CHANNELS, CLIENT_CERT, CLIENT_KEY};

pub async fn run(ctx: &Ctx, cmd: ConfigCmd) -> Result<(), Error> {
    match cmd {
        ConfigCmd::Create(a) => create(ctx, a).await,
        ConfigCmd::List(a) => list(ctx, a).await,
        ConfigCmd::View { thing_id } => view(ctx, &thing_id).await,
        ConfigCmd::Update(a) => update(ctx, a).await,
        ConfigCmd::Certs(a) => certs(ctx, a).await,
        ConfigCmd::Connections {
            thing_id,
            channel_ids,
        } => connections(ctx, &thing_id, &channel_ids).await,
        ConfigCmd::Remove(a) => remove(ctx, a).await,
        ConfigCmd::Import(a) => super::import::run(ctx, a).await,
        ConfigCmd::Export(a) => super::export::run(ctx, a).await,
    }
}

/// Builds the create body from `--json` and the field flags (flags win), and
/// checks it as the service would, so that an invalid body is never sent.
fn create_body(a: CreateArgs, api: Api) -> Result<Value, Error> {
    let mut body = match &a.json {
        Some(j) => input::json_object(j, "--json")?,
        None => Map::new(),
    };
    // Either generation's spelling of the id, as import takes it.
    record::normalize(&mut body, api, false);
    let mut set = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            body.insert(k.to_string(), Value::String(v));
        }
    };
    set(record::EXTERNAL_ID, a.external_id);
    set(record::EXTERNAL_KEY, a.external_key);
    set(api.id_field(), a.thing_id);
    set(record::NAME, a.name);
    set(
        record::CONTENT,
        a.content
            .map(|c| input::text_or_file(&c, "--content"))
            .transpose()?,
    );
    for (field, value) in cert_values(a.certs)? {
        set(field, value);
    }
    if !a.channels.is_empty() {
        body.insert(CHANNELS.into(), json!(a.channels));
    }
    record::validate(&body, api)?;
    Ok(Value::Object(body))
}

/// The certificate flags' values (text or @FILE read), by field.
fn cert_values(c: CertFlags) -> Result<[(&'static str, Option<String>); 3], Error> {
    let read = |v: Option<String>, what| v.map(|c| input::text_or_file(&c, what)).transpose();
    Ok([
        (CLIENT_CERT, read(c.client_cert, "--client-cert")?),
        (CLIENT_KEY, read(c.client_key, "--client-key")?),
        (CA_CERT, read(c.ca_cert, "--ca-cert")?),
    ])
}

async fn create(ctx: &Ctx, a: CreateArgs) -> Result<(), Error> {
    // Checked before anything is sent, the probe included: in the generation
    // named or remembered, else in v1's spelling, renamed once it is known.
    let mut body = create_body(a, ctx.settings.generation.likely())?;
    let service = ctx.service().await?;
    let api = service.api();
    if let Value::Object(m) = &mut body {
        record::normalize(m, api, false);
    }
    // On an unknown outcome the external id is looked up before any re-send.
    let id = match create_resolving(service, &body, false).await {
        Ok(Some(id)) => id,
        Ok(None) => return Ok(()),
        Err(CreateError::Failed(e)) => return Err(e),
        Err(CreateError::Exists(existing)) => {
            return Err(Error::Conflict {
                message: format!(
                    "a different config with this external id exists ({} {})",
                    api.id_field(),
                    record::config_id(api, &existing)
                ),
                hint: None,
            });
        }
    };
    // The bare id unless JSON was asked for, so that `ID=$(... config create ...)` works.
    match ctx.out.format {
        Format::Json | Format::Jsonl if ctx.settings.output_explicit => {
            ctx.out.json(&json!({ api.id_field(): id }))?
        }
        _ => ctx.out.line(&id)?,
    }
    Ok(())
}

async fn list(ctx: &Ctx, a: ListArgs) -> Result<(), Error> {
    if !a.all && a.limit > MAX_PAGE {
        return Err(Error::usage_hint(
            format!(
                "--limit {} is more than the service's maximum of {MAX_PAGE}",
                a.limit
            ),
            "use --all to fetch every page",
        ));
    }
    let service = ctx.service().await?;
    let mut q = ListQuery {
        offset: a.offset,
        limit: if a.all { MAX_PAGE } else { a.limit },
        ..list_query(a.filter)
    };
    let mut w = ctx.out.list(service.api());
    let mut total;
    loop {
        let page = service.list(&q).await?;
        total = page.total;
        let n = page.configs.len() as u64;
        for mut c in page.configs {
            if !ctx.settings.show_secrets {
                mask_secrets(&mut c);
            }
            w.item(c)?;
        }
        if !a.all || n == 0 || q.offset + n >= total || ctx.settings.dry_run {
            break;
        }
        q.offset += n;
    }
    if !ctx.settings.dry_run {
        w.finish(Some(total))?;
    }
    Ok(())
}

async fn view(ctx: &Ctx, id: &str) -> Result<(), Error> {
    check_path_id("config id", id)?;
    let mut v = ctx.service().await?.view(id).await?;
    if ctx.settings.dry_run {
        return Ok(());
    }
    if !ctx.settings.show_secrets {
        mask_secrets(&mut v);
    }
    ctx.out.object(&v)?;
    Ok(())
}

async fn update(ctx: &Ctx, a: UpdateArgs) -> Result<(), Error> {
    check_path_id("config id", &a.thing_id)?;
    if a.name.is_none() && a.content.is_none() {
        return Err(Error::usage_hint(
            "nothing to update",
            "give --name and/or --content",
        ));
    }
    let content = a
        .content
        .map(|c| input::text_or_file(&c, "--content"))
        .transpose()?;
    let service = ctx.service().await?;
    // The service replaces both fields, so a field not given is read first.
    let (name, content) = match (a.name, content) {
        (Some(n), Some(c)) => (n, c),
        (name, content) => {
            let current = service.view(&a.thing_id).await?;
            (
                name.unwrap_or_else(|| record::text(&current, record::NAME)),
                content.unwrap_or_else(|| record::text(&current, record::CONTENT)),
            )
        }
    };
    service.update(&a.thing_id, &name, &content).await?;
    if !ctx.settings.dry_run {
        ctx.out.status(&format!("config {} updated", a.thing_id));
    }
    Ok(())
}

async fn certs(ctx: &Ctx, a: CertsArgs) -> Result<(), Error> {
    check_path_id("config id", &a.thing_id)?;
    let c = &a.certs;
    if c.client_cert.is_none() && c.client_key.is_none() && c.ca_cert.is_none() {
        return Err(Error::usage_hint(
            "no certificate given",
            "the service replaces all three together: give --client-cert, --client-key and/or --ca-cert",
        ));
    }
    let body: Map<String, Value> = cert_values(a.certs)?
        .into_iter()
        .map(|(k, v)| (k.to_string(), json!(v.unwrap_or_default())))
        .collect();
    let mut stored = ctx
        .service()
        .await?
        .certs(&a.thing_id, &Value::Object(body))
        .await?;
    if !ctx.settings.show_secrets {
        mask_fields(&mut stored, &[CLIENT_KEY]);
    }
    if !ctx.settings.dry_run {
        ctx.out.object(&stored)?;
    }
    Ok(())
}

async fn connections(ctx: &Ctx, id: &str, channel_ids: &[String]) -> Result<(), Error> {
    check_path_id("config id", id)?;
    ctx.service().await?.connections(id, channel_ids).await?;
    if !ctx.settings.dry_run {
        ctx.out.status(&format!(
            "config {id}: {} channel(s) set",
            channel_ids.len()
        ));
    }
    Ok(())
}

async fn remove(ctx: &Ctx, a: IdsArgs) -> Result<(), Error> {
    if !ctx.settings.yes && !ctx.settings.dry_run {
        if !ctx.settings.terminal.interactive() {
            return Err(Error::usage_hint(
                "refusing to remove configs without --yes when not interactive",
                "add --yes (-y)",
            ));
        }
        let q = match &a.from {
            Some(f) => format!("Remove every config listed in {}?", f.display()),
            None => format!(
                "Remove {} config(s): {}?",
                a.thing_ids.len(),
                a.thing_ids.join(", ")
            ),
        };
        if !input::confirm(&q)? {
            return Err(Error::usage("not confirmed; nothing removed"));
        }
    }
    super::ids::run(ctx, a, "remove", "removed", |service, id| async move {
        service.remove(&id).await
    })
    .await
}
