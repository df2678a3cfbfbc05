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
            let service = ctx.service().await?;
            service.assign(&config_id, &profile_id).await?;
            done(format!(
                "config {config_id}: device profile {profile_id} assigned"
            ));
            ctx.show_result(service, &config_id).await?;
            if !ctx.settings.dry_run {
                // The service keeps bindings that may not fit the new profile and says
                // nothing until the device's bootstrap fails: say it now.
                if let (Ok(slots), Ok(bound)) = (
                    service.profile_slots(&profile_id).await,
                    service.bindings(&config_id).await,
                ) {
                    for problem in misfits(&slots, &bound) {
                        ctx.out.warn(&format!("config {config_id}: {problem}"));
                    }
                }
            }
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
            show_bindings(ctx, &config_id).await?;
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
            show_bindings(ctx, &config_id).await?;
        }
    }
    Ok(())
}

/// With `-o json`, a change's result: the config's bindings as they now are.
async fn show_bindings(ctx: &Ctx, config_id: &str) -> Result<(), Error> {
    if ctx.wants_data() && !ctx.settings.dry_run {
        let v = ctx.service().await?.bindings(config_id).await?;
        ctx.out.json(&v)?;
    }
    Ok(())
}

/// How a config's bindings (`{"bindings": […]}`) fail a profile's slots
/// (`{"binding_slots": […] | null}`): a binding of a slot the profile does
/// not declare or of another type, a required slot left unbound. A profile
/// that declares no slots takes any binding.
fn misfits(slots: &Value, bound: &Value) -> Vec<String> {
    let Some(slots) = slots
        .get("binding_slots")
        .and_then(Value::as_array)
        .filter(|s| !s.is_empty())
    else {
        return Vec::new();
    };
    let bound = bound
        .get("bindings")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let mut out = Vec::new();
    for b in &bound {
        let (slot, kind) = (text(b, "slot"), text(b, "type"));
        match slots.iter().find(|s| text(s, "name") == slot) {
            None => out.push(format!(
                "its binding of slot {slot} fits no slot of the device profile: \
                 the device's bootstrap fails until the config is bound anew"
            )),
            Some(s) if text(s, "type") != kind => out.push(format!(
                "slot {slot} is bound to a {kind}, the device profile's takes a {}: \
                 the device's bootstrap fails until it is bound again (enrollment bind)",
                text(s, "type")
            )),
            Some(_) => {}
        }
    }
    for s in slots {
        let name = text(s, "name");
        let required = s.get("required").and_then(Value::as_bool) == Some(true);
        if required && !bound.iter().any(|b| text(b, "slot") == name) {
            out.push(format!(
                "the device profile's required slot {name} is not bound (enrollment bind)"
            ));
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misfits_name_each_binding_that_does_not_fit() {
        let slots = json!({"binding_slots": [
            {"name": "data", "type": "client", "required": true},
            {"name": "extra", "type": "channel", "required": true},
            {"name": "opt", "type": "channel", "required": false},
        ]});
        let bound = json!({"bindings": [
            {"slot": "data", "type": "channel", "resource_id": "c"},
            {"slot": "gone", "type": "client", "resource_id": "x"},
        ]});
        let m = misfits(&slots, &bound);
        assert_eq!(m.len(), 3, "{m:?}");
        assert!(m[0].contains("slot data is bound to a channel"));
        assert!(m[1].contains("slot gone fits no slot"));
        assert!(m[2].contains("required slot extra"));
        // No declared slots: anything goes.
        assert!(misfits(&json!({"binding_slots": null}), &bound).is_empty());
    }
}
