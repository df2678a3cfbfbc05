//! `config create|list|view|update|certs|connections|remove`.

use serde_json::{Map, Value, json};

use super::Ctx;
use crate::cli::{
    CertsArgs, ConfigCmd, CreateArgs, FilterArgs, IdsArgs, ListArgs, StateFilter, UpdateArgs,
};
use crate::client::{ListQuery, check_path_id};
use crate::error::Error;
use crate::input;
use crate::output::{Format, mask_fields, mask_secrets};

/// The query of a list or export, before paging.
pub fn list_query(f: FilterArgs) -> ListQuery {
    ListQuery {
        state: f.state.map(|s| u8::from(s == StateFilter::Enabled)),
        name: f.name,
        external_id: f.external_id,
        ..ListQuery::default()
    }
}

/// The largest page the service serves.
pub const MAX_PAGE: u64 = 100;

pub async fn run(ctx: &Ctx, cmd: ConfigCmd) -> anyhow::Result<()> {
    match cmd {
        ConfigCmd::Create(a) => create(ctx, a).await,
        ConfigCmd::List(a) => list(ctx, a).await,
        ConfigCmd::View { thing_id } => {
            check_path_id("config id", &thing_id)?;
            view(ctx, &thing_id).await
        }
        ConfigCmd::Update(a) => update(ctx, a).await,
        ConfigCmd::Certs(a) => certs(ctx, a).await,
        ConfigCmd::Connections {
            thing_id,
            channel_ids,
        } => {
            check_path_id("config id", &thing_id)?;
            ctx.client()
                .await?
                .connections(&thing_id, &channel_ids)
                .await?;
            if !ctx.settings.dry_run {
                ctx.out.status(&format!(
                    "config {thing_id}: {} channel(s) set",
                    channel_ids.len()
                ));
            }
            Ok(())
        }
        ConfigCmd::Remove(a) => remove(ctx, a).await,
        ConfigCmd::Import(a) => super::transfer::import(ctx, a).await,
        ConfigCmd::Export(a) => super::transfer::export(ctx, a).await,
    }
}

/// Builds the create body from `--json` and the field flags (flags win), and
/// checks it as the service would, so that an invalid body is never sent.
pub fn create_body(a: CreateArgs, id_field: &str) -> Result<Value, Error> {
    let mut body = match &a.json {
        Some(j) => input::json_object(j, "--json")?,
        None => Map::new(),
    };
    // Either generation's spelling of the id, as import takes it.
    crate::records::normalize(&mut body, id_field, false);
    let mut set = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            body.insert(k.to_string(), Value::String(v));
        }
    };
    set("external_id", a.external_id);
    set("external_key", a.external_key);
    set(id_field, a.thing_id);
    set("name", a.name);
    set(
        "content",
        a.content
            .map(|c| input::text_or_file(&c, "--content"))
            .transpose()?,
    );
    set(
        "client_cert",
        a.client_cert
            .map(|c| input::text_or_file(&c, "--client-cert"))
            .transpose()?,
    );
    set(
        "client_key",
        a.client_key
            .map(|c| input::text_or_file(&c, "--client-key"))
            .transpose()?,
    );
    set(
        "ca_cert",
        a.ca_cert
            .map(|c| input::text_or_file(&c, "--ca-cert"))
            .transpose()?,
    );
    if !a.channels.is_empty() {
        body.insert("channels".into(), json!(a.channels));
    }
    validate_create(&body, id_field)?;
    Ok(Value::Object(body))
}

/// The service's own checks on a create body, done locally.
pub fn validate_create(body: &Map<String, Value>, id_field: &str) -> Result<(), Error> {
    for k in [
        "external_id",
        "external_key",
        id_field,
        "name",
        "content",
        "client_cert",
        "client_key",
        "ca_cert",
    ] {
        match body.get(k) {
            None | Some(Value::Null) | Some(Value::String(_)) => {}
            Some(other) => {
                return Err(Error::usage(format!(
                    "{k} must be a string, not {}",
                    input::kind(other)
                )));
            }
        }
    }
    let nonempty = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
    };
    if !nonempty("external_id") {
        return Err(Error::usage_hint(
            "missing external id",
            "give --external-id ID (or external_id in --json)",
        ));
    }
    if !nonempty("external_key") {
        return Err(Error::usage_hint(
            "missing external key",
            "give --external-key KEY (or external_key in --json)",
        ));
    }
    // A config whose id no path can carry could never be viewed, changed or removed.
    if let Some(id) = body
        .get(id_field)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    {
        check_path_id(id_field, id)?;
    }
    match body.get("channels") {
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
                            input::kind(other)
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
                input::kind(other)
            )));
        }
    }
    Ok(())
}

async fn create(ctx: &Ctx, a: CreateArgs) -> anyhow::Result<()> {
    let client = ctx.client().await?;
    let body = create_body(a, client.api().id_field())?;
    // On an unknown outcome the external id is looked up before any re-send.
    let id = match super::transfer::create_resolving(client, &body, false).await {
        Ok(Some(id)) => id,
        Ok(None) => return Ok(()),
        Err(super::transfer::CreateError::Failed(e)) => return Err(e.into()),
        Err(super::transfer::CreateError::Exists(existing)) => {
            let id_field = client.api().id_field();
            let other = super::transfer::config_id(client, &existing);
            return Err(Error::Api {
                status: 409,
                message: format!(
                    "a different config with this external id exists ({id_field} {other})"
                ),
                hint: None,
                unrouted: false,
            }
            .into());
        }
    };
    // The bare id unless JSON was asked for, so that `ID=$(... config create ...)` works.
    match ctx.out.format {
        Format::Json | Format::Jsonl if ctx.settings.output_explicit => {
            ctx.out.json(&json!({ client.api().id_field(): id }))?
        }
        _ => ctx.out.line(&id)?,
    }
    Ok(())
}

async fn list(ctx: &Ctx, a: ListArgs) -> anyhow::Result<()> {
    if !a.all && a.limit > MAX_PAGE {
        return Err(Error::usage_hint(
            format!(
                "--limit {} is more than the service's maximum of {MAX_PAGE}",
                a.limit
            ),
            "use --all to fetch every page",
        )
        .into());
    }
    let client = ctx.client().await?;
    let mut q = ListQuery {
        offset: a.offset,
        limit: if a.all { MAX_PAGE } else { a.limit },
        ..list_query(a.filter)
    };
    let mut w = ctx.out.list(client.api());
    let mut total;
    loop {
        let page = client.list(&q).await?;
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

async fn view(ctx: &Ctx, id: &str) -> anyhow::Result<()> {
    let mut v = ctx.client().await?.view(id).await?;
    if ctx.settings.dry_run {
        return Ok(());
    }
    if !ctx.settings.show_secrets {
        mask_secrets(&mut v);
    }
    ctx.out.object(&v)?;
    Ok(())
}

async fn update(ctx: &Ctx, a: UpdateArgs) -> anyhow::Result<()> {
    check_path_id("config id", &a.thing_id)?;
    if a.name.is_none() && a.content.is_none() {
        return Err(Error::usage_hint("nothing to update", "give --name and/or --content").into());
    }
    let content = a
        .content
        .map(|c| input::text_or_file(&c, "--content"))
        .transpose()?;
    let client = ctx.client().await?;
    // The service replaces both fields, so a field not given is read first.
    let (name, content) = match (a.name, content) {
        (Some(n), Some(c)) => (n, c),
        (name, content) => {
            let current = client.view(&a.thing_id).await?;
            let field = |k: &str| {
                current
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string()
            };
            (
                name.unwrap_or_else(|| field("name")),
                content.unwrap_or_else(|| field("content")),
            )
        }
    };
    client.update(&a.thing_id, &name, &content).await?;
    if !ctx.settings.dry_run {
        ctx.out.status(&format!("config {} updated", a.thing_id));
    }
    Ok(())
}

async fn certs(ctx: &Ctx, a: CertsArgs) -> anyhow::Result<()> {
    check_path_id("config id", &a.thing_id)?;
    if a.client_cert.is_none() && a.client_key.is_none() && a.ca_cert.is_none() {
        return Err(Error::usage_hint(
            "no certificate given",
            "the service replaces all three together: give --client-cert, --client-key and/or --ca-cert",
        )
        .into());
    }
    let read = |v: Option<String>, what| {
        v.map(|c| input::text_or_file(&c, what))
            .transpose()
            .map(Option::unwrap_or_default)
    };
    let body = json!({
        "client_cert": read(a.client_cert, "--client-cert")?,
        "client_key": read(a.client_key, "--client-key")?,
        "ca_cert": read(a.ca_cert, "--ca-cert")?,
    });
    let mut stored = ctx.client().await?.certs(&a.thing_id, &body).await?;
    if !ctx.settings.show_secrets {
        mask_fields(&mut stored, &["client_key"]);
    }
    if !ctx.settings.dry_run {
        ctx.out.object(&stored)?;
    }
    Ok(())
}

async fn remove(ctx: &Ctx, a: IdsArgs) -> anyhow::Result<()> {
    if !ctx.settings.yes && !ctx.settings.dry_run {
        if !input::interactive() {
            return Err(Error::usage_hint(
                "refusing to remove configs without --yes when not interactive",
                "add --yes (-y)",
            )
            .into());
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
            return Err(Error::usage("not confirmed; nothing removed").into());
        }
    }
    super::transfer::for_ids(ctx, a, "remove", "removed", |client, id| async move {
        client.remove(&id).await
    })
    .await
}
