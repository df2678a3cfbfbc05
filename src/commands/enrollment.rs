//! `enrollment`: Magistrala v0.30's enrollments, a config's device profile
//! and the resources bound to its slots.

use serde_json::{Value, json};

use super::Ctx;
use crate::cli::EnrollmentCmd;
use crate::client::check_path_id;
use crate::error::Error;

pub async fn run(ctx: &Ctx, cmd: EnrollmentCmd) -> Result<(), Error> {
    let done = |msg: String| {
        if !ctx.settings.dry_run {
            ctx.out.status(&msg);
        }
    };
    match cmd {
        EnrollmentCmd::Assign {
            config_id,
            profile_id,
        } => {
            check_path_id("config id", &config_id)?;
            if profile_id.is_empty() {
                return Err(Error::usage("the device profile id is empty"));
            }
            ctx.service().await?.assign(&config_id, &profile_id).await?;
            done(format!(
                "config {config_id}: device profile {profile_id} assigned"
            ));
        }
        EnrollmentCmd::Bind {
            config_id,
            bindings,
        } => {
            check_path_id("config id", &config_id)?;
            let list: Vec<Value> = bindings
                .iter()
                .map(|b| parse_binding(b, "binding"))
                .collect::<Result<_, _>>()?;
            let mut slots: Vec<&Value> = list.iter().map(|b| &b["slot"]).collect();
            slots.sort_by_key(|s| s.as_str());
            if let Some(w) = slots.windows(2).find(|w| w[0] == w[1]) {
                return Err(Error::usage(format!("slot {} is bound twice", w[0])));
            }
            ctx.service().await?.bind(&config_id, &list).await?;
            done(format!("config {config_id}: {} binding(s) set", list.len()));
        }
        EnrollmentCmd::Bindings { config_id } => {
            check_path_id("config id", &config_id)?;
            let v = ctx.service().await?.bindings(&config_id).await?;
            if ctx.settings.dry_run {
                return Ok(());
            }
            let list: Vec<Value> = v
                .get("bindings")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let shown: Vec<Value> = list
                .into_iter()
                .map(|mut b| {
                    let name = b["snapshot"]["name"].clone();
                    b["name"] = name;
                    b
                })
                .collect();
            ctx.out.collection(
                &[
                    ("SLOT", "slot"),
                    ("TYPE", "type"),
                    ("RESOURCE", "resource_id"),
                    ("NAME", "name"),
                    ("UPDATED", "updated_at"),
                ],
                &shown,
            )?;
        }
        EnrollmentCmd::Refresh { config_id } => {
            check_path_id("config id", &config_id)?;
            ctx.service().await?.refresh(&config_id).await?;
            done(format!("config {config_id}: bindings refreshed"));
        }
    }
    Ok(())
}

/// `SLOT=TYPE:ID`, TYPE client or channel.
pub fn parse_binding(s: &str, what: &str) -> Result<Value, Error> {
    let parsed = s
        .split_once('=')
        .and_then(|(slot, rest)| rest.split_once(':').map(|(kind, id)| (slot, kind, id)));
    match parsed {
        Some((slot, kind @ ("client" | "channel"), id)) if !slot.is_empty() && !id.is_empty() => {
            Ok(json!({"slot": slot, "type": kind, "resource_id": id}))
        }
        _ => Err(Error::usage(format!(
            "{what} '{s}': expected SLOT=TYPE:ID, TYPE client or channel"
        ))),
    }
}
