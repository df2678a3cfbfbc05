//! `sandbox`: serve the in-memory stand-in until Ctrl-C.

use serde_json::Value;

use crate::cli::SandboxArgs;
use crate::error::Error;
use crate::generation::Api;
use crate::output::Output;
use crate::sandbox::{
    DEFAULT_DOMAIN, DEFAULT_ENCRYPT_KEY, DEFAULT_TOKEN, Faults, Lifetimes, Options, Sandbox,
    accounts_from_args, users_from_args,
};

pub async fn run(
    out: &Output,
    a: SandboxArgs,
    api: Api,
    tokens: Vec<String>,
    domain: Option<String>,
) -> Result<(), Error> {
    for (name, rate) in [("--fail-rate", a.fail_rate), ("--drop-rate", a.drop_rate)] {
        if !(0.0..=1.0).contains(&rate) {
            return Err(Error::usage(format!(
                "{name} must be between 0 and 1, not {rate}"
            )));
        }
    }
    if !(0.0..=86_400.0).contains(&a.unavailable_for) {
        return Err(Error::usage(format!(
            "--unavailable-for must be between 0 and 86400 seconds, not {}",
            a.unavailable_for
        )));
    }
    let key = a.encrypt_key.unwrap_or_else(|| DEFAULT_ENCRYPT_KEY.into());
    crate::crypto::check_key(key.as_bytes())
        .map_err(|e| Error::usage(format!("--encrypt-key: {e}")))?;
    let tls = if let (Some(cert), Some(key)) = (&a.tls_cert, &a.tls_key) {
        Some(crate::sandbox::tls::from_files(cert, key).map_err(Error::usage)?)
    } else if a.tls_self_signed {
        let (cfg, ca_pem) = crate::sandbox::tls::self_signed().map_err(Error::Other)?;
        if let Some(path) = &a.write_ca {
            crate::files::write_atomic(path, ca_pem.as_bytes(), crate::files::PUBLIC)
                .map_err(|e| Error::usage(format!("--write-ca {}: {e}", path.display())))?;
        }
        Some(cfg)
    } else {
        None
    };
    let scheme = if tls.is_some() { "https" } else { "http" };
    let default_token = tokens.is_empty();
    let tokens = if default_token {
        vec![DEFAULT_TOKEN.into()]
    } else {
        tokens
    };
    let domain = domain.unwrap_or_else(|| DEFAULT_DOMAIN.into());
    let users = users_from_args(&tokens, &domain).map_err(Error::usage)?;
    let unverified = users_from_args(&a.unverified_token, &domain).map_err(Error::usage)?;
    let resources = |what: &str, list: &[String]| -> Result<Vec<Value>, Error> {
        list.iter()
            .map(|j| match serde_json::from_str::<Value>(j) {
                Ok(v)
                    if v.get("id")
                        .and_then(Value::as_str)
                        .is_some_and(|i| !i.is_empty()) =>
                {
                    Ok(v)
                }
                _ => Err(Error::usage(format!(
                    "--{what} '{j}': expected a JSON object with an \"id\""
                ))),
            })
            .collect()
    };
    if a.typed_errors && api != Api::Clients {
        return Err(Error::usage(
            "--typed-errors serves Magistrala v0.20, which is the clients API: add --api clients",
        ));
    }
    let opts = Options {
        api,
        typed_errors: a.typed_errors,
        users,
        unverified,
        known_domains: a.known_domain.clone(),
        clients: resources("client", &a.client)?,
        channels: resources("channel", &a.channel)?,
        accounts: accounts_from_args(&a.users, &a.user_domains, &domain).map_err(Error::usage)?,
        lifetimes: Lifetimes {
            access: std::time::Duration::from_secs(a.token_ttl),
            refresh: std::time::Duration::from_secs(a.refresh_ttl),
        },
        encrypt_key: key.into_bytes(),
        request_log: a.request_log.clone(),
        tls,
        faults: Faults {
            fail_rate: a.fail_rate,
            drop_rate: a.drop_rate,
            latency: std::time::Duration::from_millis(a.latency_ms),
            seed: a.seed,
            unavailable_for: std::time::Duration::from_secs_f64(a.unavailable_for.max(0.0)),
        },
    };
    let listener = tokio::net::TcpListener::bind(&a.listen)
        .await
        .map_err(|e| Error::usage(format!("cannot listen on {}: {e}", a.listen)))?;
    let addr = listener.local_addr()?;
    // The default token is public knowledge: only this machine may use it.
    if default_token && !addr.ip().is_loopback() {
        return Err(Error::usage_hint(
            format!(
                "refusing to serve {addr} to other machines with the default token '{DEFAULT_TOKEN}'"
            ),
            "give tokens of your own with --token (SMQ_TOKEN), or listen on 127.0.0.1",
        ));
    }
    let sandbox = Sandbox::new(opts).map_err(|e| Error::usage(format!("--request-log: {e}")))?;
    out.line(&format!("{scheme}://{addr}"))?;
    let o = sandbox.options();
    let release = match o.api {
        Api::Clients if o.typed_errors => " (Magistrala v0.20)",
        Api::Profiles => " (Magistrala v0.30)",
        _ => "",
    };
    out.status(&format!(
        "sandbox: {} API{release} at {scheme}://{addr}",
        o.api
    ));
    if default_token {
        out.status(&format!(
            "sandbox: accepting the token '{DEFAULT_TOKEN}' of domain {domain} (set others with --token); Ctrl-C stops"
        ));
    } else {
        let mut domains: Vec<&str> = o
            .users
            .iter()
            .flat_map(|u| u.domains.iter().map(String::as_str))
            .collect();
        domains.sort_unstable();
        domains.dedup();
        out.status(&format!(
            "sandbox: accepting {} token(s) in domain(s) {}; Ctrl-C stops",
            o.users.len(),
            domains.join(", ")
        ));
    }
    sandbox
        .serve(listener, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    out.status("sandbox: stopped");
    Ok(())
}
