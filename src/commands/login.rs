//! `login` and `logout`: a session with the users service, kept in the
//! profile. The session itself (renewal, storage) is `session.rs`'s.

use serde_json::json;

use super::Ctx;
use crate::cli::LoginArgs;
use crate::error::{Error, Refusal};
use crate::generation::Api;
use crate::input::{self, SecretSource};
use crate::profiles::ProfileFile;
use crate::secret::Secret;
use crate::session::{Session, login_body, now};
use crate::settings::check_url;

/// The profile a session goes into: the one named, else `default`.
fn profile_name(ctx: &Ctx) -> String {
    ctx.settings
        .profile_name
        .clone()
        .unwrap_or_else(|| "default".into())
}

fn profile_path() -> Result<std::path::PathBuf, Error> {
    ProfileFile::path().ok_or_else(|| Error::usage("no config directory for the profile file"))
}

/// The users service's URL: named, or derived from the bootstrap URL (the
/// users service listens on 9002 where bootstrap is on 9013; behind a
/// gateway, at its root).
fn users_url(ctx: &Ctx, given: Option<String>) -> Result<String, Error> {
    if let Some(u) = given.or_else(|| ctx.settings.users_url.clone()) {
        return check_url(&u);
    }
    let mut u = reqwest::Url::parse(&ctx.settings.url)
        .map_err(|e| Error::usage(format!("invalid URL: {e}")))?;
    if u.port_or_known_default() == Some(9013) {
        let _ = u.set_port(Some(9002));
    }
    u.set_path("");
    check_url(u.as_str())
}

pub async fn login(ctx: &Ctx, a: LoginArgs) -> Result<(), Error> {
    if a.status {
        return status(ctx);
    }
    if ctx.settings.dry_run {
        return Err(Error::usage(
            "login changes nothing on the service: there is nothing to print with --dry-run",
        ));
    }
    let path = profile_path()?;
    let name = profile_name(ctx);
    let term = ctx.settings.terminal;
    let interactive = term.interactive();
    // Decided before anything is sent: where the password comes from, and
    // who logs in.
    if a.password_file.is_none() && !a.password_stdin && !interactive {
        return Err(Error::usage_hint(
            "no password given",
            "give --password-file FILE or --password-stdin (or log in on a terminal)",
        ));
    }
    let earlier = ProfileFile::load(&path)?
        .profiles
        .get(&name)
        .and_then(|p| p.login.clone());
    let user = match a.username.or(earlier.map(|s| s.user)) {
        Some(u) if !u.is_empty() => u,
        _ if interactive => input::ask_line("user name or e-mail: ")?,
        _ => {
            return Err(Error::usage_hint(
                "no user name given",
                "give --username NAME (or SMQ_USERNAME)",
            ));
        }
    };
    if user.is_empty() {
        return Err(Error::usage("the user name is empty"));
    }
    let users_url = users_url(ctx, a.users_url)?;
    let users = ctx.users_client(&users_url)?;
    users.may_send_secrets()?;
    // The generation (a probe that changes nothing): v1 and domain scope
    // the token to a domain.
    let api = ctx.service().await?.api();
    let scoped = matches!(api, Api::V1 | Api::Domain);
    let domain = ctx.settings.domain.clone();
    if scoped && domain.is_none() && !interactive {
        return Err(Error::usage_hint(
            format!("the {api} API needs a token of one domain"),
            "give --domain ID (or SMQ_DOMAIN_ID), or log in on a terminal to choose one",
        ));
    }
    if !users.users_service_here().await? {
        return Err(Error::Unavailable {
            message: format!("{users_url} does not answer as a users service"),
            kind: crate::error::Unreachable::NoUsersService,
        });
    }
    if let Some(f) = &a.password_file {
        crate::files::check_private(f, "password")?;
    }
    let password = SecretSource {
        value: None,
        file: if a.password_stdin {
            Some(std::path::Path::new("-"))
        } else {
            a.password_file.as_deref()
        },
        prompt: "password",
        how: "give --password-file FILE or --password-stdin",
        interactive,
        piped: false,
    }
    .resolve()?;
    let body = login_body(api, &user, &password, domain.as_deref());
    let mut pair = users.issue_tokens(&body).await?;
    // No domain named: the user's domains, one chosen on the terminal.
    let domain = match domain {
        Some(d) if scoped => Some(d),
        Some(_) => None,
        None if scoped => {
            let d = choose_domain(&users.user_domains(&pair.access).await?)?;
            pair = users
                .refresh_tokens(&pair.refresh, Some(&json!({ "domain_id": d })))
                .await?;
            Some(d)
        }
        None => None,
    };
    let session = Session::from_pair(
        &Session {
            user: user.clone(),
            users_url: users_url.clone(),
            url: ctx.settings.url.clone(),
            api: api.name().to_string(),
            domain: domain.clone(),
            ..Session::default()
        },
        pair,
    );
    let (access_expires, refresh_expires) = (session.access_expires, session.refresh_expires);
    ProfileFile::edit(&path, |f| {
        let p = f.profiles.entry(name.clone()).or_default();
        p.url.get_or_insert_with(|| ctx.settings.url.clone());
        if let Some(d) = domain.as_ref().or(ctx.settings.domain.as_ref()) {
            p.domain.get_or_insert_with(|| d.clone());
        }
        p.login = Some(session);
        Ok(())
    })?;
    ctx.out.status(&format!(
        "logged in to {} as {user}{} (profile {name}); the access token expires {}, the session {}",
        ctx.settings.url,
        domain
            .map(|d| format!(" in domain {d}"))
            .unwrap_or_default(),
        when(access_expires),
        when(refresh_expires),
    ));
    Ok(())
}

/// A domain of `domains`: the only one, or the one chosen on the terminal.
fn choose_domain(domains: &[String]) -> Result<String, Error> {
    match domains {
        [] => Err(Error::usage(
            "the user is a member of no domain: a token needs one",
        )),
        [only] => Ok(only.clone()),
        many => {
            let list: Vec<String> = many
                .iter()
                .enumerate()
                .map(|(i, d)| format!("  {}) {d}", i + 1))
                .collect();
            let answer = input::ask_line(&format!(
                "the user's domains:\n{}\ndomain (1-{}): ",
                list.join("\n"),
                many.len()
            ))?;
            answer
                .trim()
                .parse::<usize>()
                .ok()
                .and_then(|i| many.get(i.checked_sub(1)?))
                .cloned()
                .ok_or_else(|| Error::usage(format!("no domain numbered '{}'", answer.trim())))
        }
    }
}

/// `login --status`: who, where, until when; never a token.
fn status(ctx: &Ctx) -> Result<(), Error> {
    let name = profile_name(ctx);
    let Some(s) = ProfileFile::load(&profile_path()?)?
        .profiles
        .get(&name)
        .and_then(|p| p.login.clone())
    else {
        return Err(not_logged_in(&name));
    };
    let shown = json!({
        "profile": name,
        "user": s.user,
        "url": s.url,
        "users_url": s.users_url,
        "api": s.api,
        "domain": s.domain,
        "access_expires": when(s.access_expires),
        "session_expires": when(s.refresh_expires),
        "renewable": s.refresh_usable(),
    });
    ctx.out.object(&shown)?;
    Ok(())
}

fn not_logged_in(profile: &str) -> Error {
    Error::Api {
        status: 401,
        message: format!("not logged in (profile {profile})"),
        kind: Refusal::SessionOver,
    }
}

/// `logout`: the session revoked where the service can (Magistrala keeps
/// sessions; the older services cannot end one), then forgotten.
pub async fn logout(ctx: &Ctx) -> Result<(), Error> {
    let path = profile_path()?;
    let name = profile_name(ctx);
    let Some(s) = ProfileFile::load(&path)?
        .profiles
        .get(&name)
        .and_then(|p| p.login.clone())
    else {
        return Err(not_logged_in(&name));
    };
    let revoked = match &s.token_id {
        Some(jti) if s.refresh_usable() => {
            let users = ctx.users_client(&s.users_url)?;
            // The revocation needs a live access token.
            let access = if s.access_fresh() {
                Some(s.access())
            } else {
                users
                    .refresh_tokens(
                        &Secret::new(s.refresh_token.as_str()),
                        s.refresh_body().as_ref(),
                    )
                    .await
                    .ok()
                    .map(|p| p.access)
            };
            match access {
                Some(a) => match users.revoke_tokens(&a, jti).await {
                    Ok(()) => true,
                    Err(e) => {
                        ctx.out
                            .warn(&format!("the service did not revoke the session: {e}"));
                        false
                    }
                },
                None => false,
            }
        }
        _ => false,
    };
    ProfileFile::edit(&path, |f| {
        if let Some(p) = f.profiles.get_mut(&name) {
            p.login = None;
        }
        Ok(())
    })?;
    ctx.out.status(&if revoked {
        format!(
            "logged out of {} (profile {name}): the session is revoked",
            s.url
        )
    } else if s.token_id.is_some() {
        format!("logged out (profile {name}): forgotten here")
    } else {
        format!(
            "logged out (profile {name}): forgotten here; the service cannot revoke its tokens, \
             which stay valid until the session ends {}",
            when(s.refresh_expires)
        )
    });
    Ok(())
}

/// A token's expiry for people: a UTC time and how far off it is.
fn when(epoch: u64) -> String {
    if epoch == 0 {
        return "at a time the token does not say".into();
    }
    let t = crate::clock::utc(epoch);
    let now = now();
    if epoch <= now {
        format!("at {t} (expired)")
    } else {
        let left = epoch - now;
        let span = if left < 120 {
            format!("{left} s")
        } else if left < 7200 {
            format!("{} min", left / 60)
        } else {
            format!("{} h", left / 3600)
        };
        format!("at {t} (in {span})")
    }
}
