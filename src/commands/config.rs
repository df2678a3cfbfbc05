//! `config create|list|view|update|certs|connections|remove`; import and
//! export have files of their own.

use serde_json::{Map, Value, json};

use super::import::{CreateError, create_resolving};
use super::{Ctx, list_query};
use crate::cli::{
    CertFlags, CertsArgs, ConfigCmd, CreateArgs, IdsArgs, ListArgs, NewStatus, UpdateArgs, ViewArgs,
};
use crate::client::{ListQuery, MAX_PAGE, check_path_id};
use crate::error::Error;
use crate::generation::Api;
use crate::input;
use crate::output::{Format, mask_fields, mask_secrets};
use crate::profiles::Listed;
use crate::record::{self, CA_CERT, CHANNELS, CLIENT_CERT, CLIENT_KEY};

pub async fn run(ctx: &Ctx, cmd: ConfigCmd) -> Result<(), Error> {
    match cmd {
        ConfigCmd::Create(a) => create(ctx, a).await,
        ConfigCmd::List(a) => list(ctx, a).await,
        ConfigCmd::View(a) => view(ctx, a).await,
        ConfigCmd::Update(a) => update(ctx, a).await,
        ConfigCmd::Certs(a) => certs(ctx, a).await,
        ConfigCmd::Connections {
            config_id,
            channel_ids,
        } => connections(ctx, &config_id, &channel_ids).await,
        ConfigCmd::Remove(a) => remove(ctx, a).await,
        ConfigCmd::Import(a) => super::import::run(ctx, a).await,
        ConfigCmd::Export(a) => super::export::run(ctx, a).await,
        ConfigCmd::Apply(a) => super::apply::run(ctx, a).await,
    }
}

/// Builds the create body from `--json` and the field flags (flags win).
fn create_body(a: CreateArgs) -> Result<Map<String, Value>, Error> {
    let mut body = match &a.json {
        Some(j) => input::json_object(j, "--json")?,
        None => Map::new(),
    };
    let mut set = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            body.insert(k.to_string(), Value::String(v));
        }
    };
    set(record::EXTERNAL_ID, a.external_id);
    set(record::EXTERNAL_KEY, a.external_key);
    set("thing_id", a.thing_id);
    set(record::NAME, a.name);
    set(record::PROFILE_ID, a.profile_id);
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
    if let Some(rc) = a.render_context {
        body.insert(
            record::RENDER_CONTEXT.into(),
            Value::Object(input::json_object(&rc, "--render-context")?),
        );
    }
    if let Some(status) = a.status {
        // In either model's spelling in --json, the flag wins.
        body.remove(record::STATE);
        let word = match status {
            NewStatus::Enabled => "enabled",
            NewStatus::Disabled => "disabled",
        };
        body.insert(record::STATUS.into(), json!(word));
    }
    Ok(body)
}

/// Makes a create body one of generation `api` and checks it as the service
/// would; a field the generation has no place for is refused, saying why.
/// Returns the body and the state due after the create (the services ignore
/// `state` and `status` in it).
fn checked_body(mut body: Map<String, Value>, api: Api) -> Result<(Value, Option<bool>), Error> {
    let dropped = record::normalize(&mut body, api, false);
    if let Some((_, why)) = dropped.first() {
        return Err(Error::usage(format!(
            "the {api} API has no place for {why}"
        )));
    }
    let enable = record::take_availability(&mut body, api)?;
    record::validate(&body, api)?;
    Ok((Value::Object(body), enable))
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
    // Checked before anything is sent, the probe included, as far as it can
    // be without knowing the generation; in full when it is known.
    let fields = create_body(a)?;
    record::validate_common(&fields)?;
    if let Some(api) = ctx.settings.generation.known() {
        checked_body(fields.clone(), api)?;
    }
    let service = ctx.service().await?;
    let api = service.api();
    let (body, enable) = checked_body(fields, api)?;
    // New configs start disabled (v0.30: enabled); another start is a second call.
    let switch = enable.filter(|on| *on != api.starts_enabled());
    let verb = |on: bool| if on { "enabled" } else { "disabled" };
    // On an unknown outcome the external id is looked up before any re-send.
    let created = match create_resolving(service, &body, false).await {
        Ok(Some(c)) => c,
        Ok(None) => {
            if let Some(on) = switch {
                ctx.out.status(&format!(
                    "dry run: the new config would then be {}",
                    verb(on)
                ));
            }
            return Ok(());
        }
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
    let switched = match switch {
        Some(on) => service.set_state(&created.id, on).await.map(|()| on),
        None => Ok(api.starts_enabled()),
    };
    // The bare id unless JSON was asked for, so that `ID=$(... config create ...)` works.
    match ctx.out.format {
        _ if ctx.wants_data() => {
            // The config as created: the service's reply, or (when it sends
            // only a Location) the config read back.
            let mut shown = match created.reply {
                Some(r) if r.get(record::EXTERNAL_ID).is_some() => r,
                _ => match ctx.current_config(service, &created.id).await {
                    Ok(v) => v,
                    Err(_) => json!({ api.id_field(): created.id }),
                },
            };
            if let (Ok(on), Some(status)) = (&switched, shown.get_mut(record::STATUS)) {
                *status = json!(verb(*on));
            }
            ctx.out.json(&shown)?
        }
        _ => ctx.out.line(&created.id)?,
    }
    // Created either way: its id is out, and the failed switch is the error.
    if let (Err(e), Some(on)) = (switched, switch) {
        ctx.out.warn(&format!(
            "config {} was created {}, and could not be {}",
            created.id,
            verb(!on),
            verb(on)
        ));
        return Err(e);
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
    let listed = record::listed_fields();
    ctx.out.check_columns(&listed)?;
    if let Some(f) = &a.sort
        && !listed.contains(&f.as_str())
    {
        return Err(Error::usage_hint(
            format!("--sort: a list entry has no field {f:?}"),
            format!("the fields are: {}", listed.join(", ")),
        ));
    }
    let service = ctx.service().await?;
    let mut q = ListQuery {
        offset: a.offset,
        limit: if a.all { MAX_PAGE } else { a.limit },
        ..list_query(a.filter)
    };
    let mut w = ctx.out.list(service.api());
    let mut sorted = Vec::new();
    let mut listed = Listed {
        url: ctx.settings.url.clone(),
        configs: Vec::new(),
    };
    let mut total;
    let mut seen;
    loop {
        let page = service.list(&q).await?;
        total = page.total;
        let n = page.configs.len() as u64;
        seen = q.offset + n;
        for mut c in page.configs {
            if !ctx.settings.show_secrets {
                mask_secrets(&mut c);
            }
            if listed.configs.len() < Listed::MAX {
                listed.configs.push((
                    record::config_id(service.api(), &c),
                    record::text(&c, record::EXTERNAL_ID),
                    record::text(&c, record::NAME),
                ));
            }
            match a.sort {
                Some(_) => sorted.push(c),
                None => w.item(c)?,
            }
        }
        if !a.all || n == 0 || seen >= total || ctx.settings.dry_run {
            break;
        }
        q.offset += n;
    }
    if let Some(field) = &a.sort {
        sort_by_field(&mut sorted, field, a.reverse);
        for c in sorted {
            w.item(c)?;
        }
    }
    if ctx.settings.dry_run {
        return Ok(());
    }
    // For the shell to complete ids with.
    listed.remember();
    w.finish(Some(total))?;
    let api = service.api();
    if api.has_profiles() && q.status.is_none() && ctx.out.format == Format::Table {
        ctx.out
            .status("(the service lists enabled configs only: --status all lists every one)");
    }
    // A machine format has no footer: what was left out is said on stderr.
    if ctx.out.format != Format::Table && !a.all && seen < total {
        ctx.out.status(&format!(
            "{} more config(s) after these {}: --all fetches every page, --offset {seen} the next",
            total - seen,
            seen - a.offset.min(seen),
        ));
    }
    Ok(())
}

/// Orders configs by a field: numbers by value, other values by their
/// text; a config without the field goes last either way.
fn sort_by_field(items: &mut [Value], field: &str, reverse: bool) {
    use std::cmp::Ordering;
    let key = |v: &Value| v.get(field).filter(|f| !f.is_null()).cloned();
    items.sort_by(|a, b| match (key(a), key(b)) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => {
            let o = match (x.as_f64(), y.as_f64()) {
                (Some(p), Some(q)) => p.total_cmp(&q),
                _ => record::text(a, field).cmp(&record::text(b, field)),
            };
            if reverse { o.reverse() } else { o }
        }
    });
}

/// `config view ID`, or `--external-id ID` looked up first.
async fn view(ctx: &Ctx, a: ViewArgs) -> Result<(), Error> {
    ctx.out.check_columns(&record::RECORD_FIELDS)?;
    if let Some(id) = &a.config_id {
        check_path_id("config id", id)?;
    }
    let service = ctx.service().await?;
    let id = match (a.config_id, a.external_id) {
        (Some(id), _) => id,
        (None, Some(ext)) => {
            if ext.is_empty() {
                return Err(Error::usage("--external-id: empty"));
            }
            match super::import::lookup(service, &ext).await? {
                Some(found) => record::config_id(service.api(), &found),
                None if ctx.settings.dry_run => return Ok(()),
                None => {
                    return Err(Error::Api {
                        status: 404,
                        message: format!("no config with external id {ext:?}"),
                        kind: crate::error::Refusal::Other,
                    });
                }
            }
        }
        (None, None) => return Err(Error::usage("give a config id or --external-id")),
    };
    let mut v = service.view(&id).await?;
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
    check_path_id("config id", &a.config_id)?;
    if a.name.is_none() && a.content.is_none() && a.render_context.is_none() {
        return Err(Error::usage_hint(
            "nothing to update",
            "give --name, --content and/or --render-context",
        ));
    }
    let content = a
        .content
        .map(|c| input::text_or_file(&c, "--content"))
        .transpose()?;
    let context = a
        .render_context
        .map(|rc| input::json_object(&rc, "--render-context"))
        .transpose()?;
    let service = ctx.service().await?;
    let profiles = service.api().has_profiles();
    if context.is_some() && !profiles {
        return Err(Error::Local(crate::error::Local::NotInGeneration {
            api: service.api().name(),
            what: "render contexts",
        }));
    }
    // The service replaces the fields together, so one not given is read first.
    let complete = a.name.is_some() && content.is_some() && (!profiles || context.is_some());
    // Read even on a dry run: the printed write is then the real one.
    let current = if complete {
        Value::Null
    } else {
        service.view_for_change(&a.config_id).await?
    };
    let mut fields = Map::new();
    fields.insert(
        record::NAME.into(),
        json!(
            a.name
                .unwrap_or_else(|| record::text(&current, record::NAME))
        ),
    );
    fields.insert(
        record::CONTENT.into(),
        json!(content.unwrap_or_else(|| record::text(&current, record::CONTENT))),
    );
    if profiles {
        let kept = current.get(record::RENDER_CONTEXT).cloned();
        fields.insert(
            record::RENDER_CONTEXT.into(),
            context.map(Value::Object).or(kept).unwrap_or(Value::Null),
        );
    }
    service.update(&a.config_id, &Value::Object(fields)).await?;
    ctx.show_result(service, &a.config_id).await?;
    ctx.out.status(&format!(
        "config {} {}",
        a.config_id,
        if ctx.settings.dry_run {
            "would be updated"
        } else {
            "updated"
        }
    ));
    Ok(())
}

async fn certs(ctx: &Ctx, a: CertsArgs) -> Result<(), Error> {
    check_path_id("config id", &a.config_id)?;
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
        .certs(&a.config_id, &Value::Object(body))
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
    let service = ctx.service().await?;
    service.connections(id, channel_ids).await?;
    if !ctx.settings.dry_run {
        ctx.out.status(&format!(
            "config {id}: {} channel(s) set",
            channel_ids.len()
        ));
    }
    ctx.show_result(service, id).await?;
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
                a.config_ids.len(),
                a.config_ids.join(", ")
            ),
        };
        if !input::confirm(&q)? {
            return Err(Error::usage("not confirmed; nothing removed"));
        }
    }
    super::ids::run(
        ctx,
        a,
        "remove",
        "removed",
        super::ids::Shown::Gone,
        |service, id| async move { service.remove(&id).await },
    )
    .await
}
