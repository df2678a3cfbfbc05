//! `config apply FILE [--prune]`: the service's configs made what the file
//! says, through import's machinery (report, resume, retries, a create never
//! made twice), then, with `--prune`, the configs the file does not name
//! removed after a confirmation.

use serde_json::json;

use super::Ctx;
use super::bulk::BulkOptions;
use super::import::{Input, Mode, Seen, import};
use crate::cli::{ApplyArgs, OnConflict};
use crate::error::Error;
use crate::input;
use crate::record::{self, config_id};

pub async fn run(ctx: &Ctx, a: ApplyArgs) -> Result<(), Error> {
    let opts = BulkOptions {
        input: Some(a.file.clone()),
        ..a.bulk.into()
    };
    opts.check()?;
    // Removal needs a yes; asked after the apply, refused now when it cannot be.
    if a.prune
        && !a.plan
        && !ctx.settings.yes
        && !ctx.settings.dry_run
        && !ctx.settings.terminal.interactive()
    {
        return Err(Error::usage_hint(
            "refusing to --prune without --yes when not interactive",
            "add --yes (-y), or see what would go with --plan",
        ));
    }
    let input = Input::open(ctx, &Some(a.file.clone()), a.format, "apply")?;
    if a.plan {
        return super::plan::plan(
            ctx,
            input,
            OnConflict::Update,
            a.drop_ids,
            a.prune,
            opts.concurrency,
        )
        .await;
    }
    let seen = Seen::default();
    let applied = import(
        ctx,
        input,
        OnConflict::Update,
        a.drop_ids,
        &opts,
        Mode {
            label: "apply",
            lookup_first: true,
            seen: Some(seen.clone()),
        },
    )
    .await;
    if !a.prune {
        return applied;
    }
    if let Err(e) = applied {
        ctx.out
            .warn("nothing was pruned: the apply did not complete (fix it, then run it again)");
        return Err(e);
    }
    let named = seen.lock().unwrap().clone();
    let service = ctx.service().await?;
    let api = service.api();
    let gone: Vec<(String, String)> = super::plan::every_config(service)
        .await?
        .iter()
        .map(|c| (config_id(api, c), record::text(c, record::EXTERNAL_ID)))
        .filter(|(_, ext)| !named.contains(ext))
        .collect();
    if gone.is_empty() {
        ctx.out
            .status("prune: every config of the service is in the file; nothing to remove");
        return Ok(());
    }
    if !ctx.settings.yes && !ctx.settings.dry_run {
        let mut shown: Vec<&str> = gone.iter().take(10).map(|(_, e)| e.as_str()).collect();
        if gone.len() > shown.len() {
            shown.push("…");
        }
        let q = format!(
            "Remove {} config(s) that {} does not name (external ids: {})?",
            gone.len(),
            a.file.display(),
            shown.join(", ")
        );
        if !input::confirm(&q)? {
            return Err(Error::usage("not confirmed; nothing removed"));
        }
    }
    let ids: Vec<String> = gone.into_iter().map(|(id, _)| id).collect();
    let removed = ctx
        .for_each_id(
            &ids,
            "removed",
            |id| async move { service.remove(&id).await },
        )
        .await;
    if ctx.wants_data() {
        ctx.out.json(&json!({
            "command": "prune",
            "removed": if removed.is_ok() { ids.len() } else { 0 },
            "ids": ids,
            "ok": removed.is_ok(),
        }))?;
    }
    removed
}
