//! `profile set|unset|show|list|remove`: the profile file, written 0600.

use serde_json::json;

use super::Ctx;
use crate::cli::ProfileCmd;
use crate::error::Error;
use crate::input;
use crate::profiles::{Profile, ProfileFile};

pub fn run(ctx: &Ctx, cmd: ProfileCmd) -> Result<(), Error> {
    let path = ProfileFile::path()
        .ok_or_else(|| Error::usage("no config directory found for the profile file"))?;
    match cmd {
        ProfileCmd::Set { name, key, value } => {
            let value = if key == "token" && value == "-" {
                if ctx.settings.terminal.interactive() {
                    input::prompt_secret("token", "", true)?
                        .expose()
                        .to_string()
                } else {
                    let raw = input::read_stdin("token")?;
                    let text = String::from_utf8(raw)
                        .map_err(|_| Error::usage("token on stdin is not UTF-8"))?;
                    text.lines().next().unwrap_or("").to_string()
                }
            } else {
                if key == "token" {
                    ctx.out.warn(
                        "secret given on the command line, visible to other users and kept in \
                         shell history: token (use `profile set NAME token -` to type it or pipe it)",
                    );
                }
                value
            };
            if key == "token" && value.is_empty() {
                return Err(Error::usage("token is empty"));
            }
            ProfileFile::edit(&path, |file| {
                file.profiles
                    .entry(name.clone())
                    .or_default()
                    .set(&key, value)
            })?;
            ctx.out
                .status(&format!("profile {name}: {key} set ({})", path.display()));
        }
        ProfileCmd::Unset { name, key } => {
            ProfileFile::edit(&path, |file| {
                file.profiles
                    .get_mut(&name)
                    .ok_or_else(|| no_profile(&name))?
                    .unset(&key)
            })?;
        }
        ProfileCmd::Show { name } => {
            let file = ProfileFile::load(&path)?;
            let name = name
                .or(ctx.settings.profile_name.clone())
                .unwrap_or_else(|| file.current_name().to_string());
            let mut p: Profile = file
                .profiles
                .get(&name)
                .cloned()
                .ok_or_else(|| no_profile(&name))?;
            if !ctx.settings.show_secrets {
                if p.token.is_some() {
                    p.token = Some("********".into());
                }
                if let Some(l) = p.login.as_mut() {
                    l.access_token = "********".into();
                    l.refresh_token = "********".into();
                }
            }
            let shown = serde_json::to_value(&p).map_err(|e| Error::Other(e.to_string()))?;
            ctx.out.object(&shown)?;
        }
        ProfileCmd::List => {
            let file = ProfileFile::load(&path)?;
            let names: Vec<&String> = file.profiles.keys().collect();
            match ctx.out.format {
                crate::output::Format::Table => {
                    for n in names {
                        let mark = if n == file.current_name() { "*" } else { " " };
                        ctx.out.line(&format!("{mark} {n}"))?;
                    }
                }
                _ => ctx.out.json(&json!(names))?,
            }
        }
        ProfileCmd::Use { name } => {
            ProfileFile::edit(&path, |file| {
                if !file.profiles.contains_key(&name) {
                    return Err(Error::usage_hint(
                        format!("no profile named '{name}'"),
                        format!("create it with: smq-bootstrap profile set {name} url URL"),
                    ));
                }
                file.current = Some(name.clone());
                Ok(())
            })?;
            ctx.out.status(&format!(
                "profile {name} is in use when none is named ({})",
                path.display()
            ));
        }
        ProfileCmd::Remove { name } => {
            ProfileFile::edit(&path, |file| {
                file.profiles
                    .remove(&name)
                    .ok_or_else(|| no_profile(&name))?;
                // The profile in use goes with it: `default` is used again.
                if file.current.as_deref() == Some(name.as_str()) {
                    file.current = None;
                }
                Ok(())
            })?;
            ctx.out.status(&format!("profile {name} removed"));
        }
    }
    Ok(())
}

fn no_profile(name: &str) -> Error {
    Error::usage(format!("no profile named '{name}'"))
}
