//! Command handlers. Each takes the resolved `Ctx` and its own arguments; the
//! clap types stop here.

pub mod bootstrap;
pub mod bulk;
pub mod config;
pub mod crypto;
pub mod device_profile;
pub mod docs;
pub mod enrollment;
pub mod export;
pub mod health;
pub mod ids;
pub mod import;
pub mod profile;
pub mod sandbox;
pub mod state;

use std::sync::Arc;

use tokio::sync::OnceCell;

use crate::cli::{FilterArgs, StatusChoice};
use crate::client::{Client, ClientOptions, ListQuery, Service, StatusFilter, Trace};
use crate::error::Error;
use crate::generation::Decide;
use crate::output::Output;
use crate::settings::{CONNECT_TIMEOUT, Settings};

/// What every handler works with: settings, output, and the HTTP client
/// (built on first use, so offline commands never read TLS files; with
/// `--api auto` the generation is decided on first use too).
pub struct Ctx {
    pub settings: Settings,
    pub out: Arc<Output>,
    role: Role,
    client: std::sync::OnceLock<Client>,
    service: OnceCell<Service>,
}

/// Whom a command acts as: the operator (a user token), a device (its own
/// key, no user token, nothing remembered), or nobody (offline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Management,
    Device,
    Offline,
}

impl Ctx {
    pub fn new(settings: Settings, out: Arc<Output>, role: Role) -> Self {
        Ctx {
            settings,
            out,
            role,
            client: std::sync::OnceLock::new(),
            service: OnceCell::new(),
        }
    }

    /// The client speaking the service's generation (decided if need be).
    /// For a device command, only the device side is probed, and what is
    /// found is not remembered.
    pub async fn service(&self) -> Result<&Service, Error> {
        self.service
            .get_or_try_init(|| async {
                let client = self.client()?.clone();
                let s = &self.settings;
                let trace = |line: &str| {
                    if s.verbose {
                        self.out.trace(line)
                    }
                };
                let api = s
                    .generation
                    .decide(
                        &client,
                        Decide {
                            url: &s.url,
                            device: self.role == Role::Device,
                            trace: &trace,
                        },
                    )
                    .await?;
                Ok(Service::new(client, api, s.domain.clone()))
            })
            .await
    }

    /// The client for paths that are the same in every generation (`/health`).
    pub fn client(&self) -> Result<&Client, Error> {
        if let Some(c) = self.client.get() {
            return Ok(c);
        }
        let s = &self.settings;
        let tls_ca = match &s.tls_ca {
            Some(p) => Some(crate::input::read_file(p, "--tls-ca")?),
            None => None,
        };
        if s.insecure {
            self.out.warn("TLS certificate verification is off (--insecure): the service's identity is not checked");
        }
        // Only the operator's commands read the user token, and they need one
        // before anything is sent (a dry run shows where it would go).
        let token = match self.role {
            Role::Management => {
                let t = s.token.resolve()?;
                if t.is_none() && !s.dry_run {
                    return Err(Error::Local(crate::error::Local::NoToken));
                }
                t
            }
            Role::Device | Role::Offline => None,
        };
        let out = Arc::clone(&self.out);
        let tracer = Arc::new(move |t: Trace| match t {
            Trace::DryRun(cmd) => {
                let _ = out.line(&cmd);
            }
            Trace::Curl(line) | Trace::Verbose(line) => out.trace(&line),
        });
        let client = Client::new(
            ClientOptions {
                base_url: s.url.clone(),
                token,
                timeout: s.timeout,
                connect_timeout: CONNECT_TIMEOUT.min(s.timeout),
                tls_ca,
                insecure: s.insecure,
                allow_insecure_http: s.allow_insecure_http,
                retries: s.retries,
                dry_run: s.dry_run,
                curl: s.curl,
                verbose: s.verbose,
                show_secrets: s.show_secrets,
            },
            tracer,
        )?;
        Ok(self.client.get_or_init(|| client))
    }

    /// With `--api auto`, a stale remembered generation is forgotten when
    /// the service does not route a path of it.
    pub fn after(&self, e: Error) -> Error {
        // A device command writes nothing, the cache included.
        if self.role != Role::Management {
            return e;
        }
        self.settings
            .generation
            .forget_if_stale(&self.settings.url, e)
    }

    /// Runs `op` for each id in turn, reporting each outcome; all are tried.
    /// Fails with the first failure's exit code when any failed.
    pub async fn for_each_id<F, Fut>(&self, ids: &[String], done: &str, op: F) -> Result<(), Error>
    where
        F: Fn(String) -> Fut,
        Fut: std::future::Future<Output = Result<(), Error>>,
    {
        let mut first: Option<Error> = None;
        let mut failed = 0;
        for id in ids {
            match op(id.clone()).await {
                Ok(()) if !self.settings.dry_run => self.out.status(&format!("{done} {id}")),
                Ok(()) => self.out.status(&format!("would be {done}: {id}")),
                Err(e) if ids.len() == 1 => return Err(e),
                Err(e) => {
                    self.out.error(&format!("{id}: {e}"), e.hint());
                    failed += 1;
                    first.get_or_insert(e);
                }
            }
        }
        match first {
            None => Ok(()),
            Some(e) => Err(Error::Partial {
                message: format!("{failed} of {} failed", ids.len()),
                code: e.exit_code(),
            }),
        }
    }
}

/// The query of a list or an export, before paging.
pub fn list_query(f: FilterArgs) -> ListQuery {
    ListQuery {
        status: f.status.map(|s| match s {
            StatusChoice::Enabled => StatusFilter::Enabled,
            StatusChoice::Disabled => StatusFilter::Disabled,
            StatusChoice::All => StatusFilter::All,
        }),
        name: f.name,
        external_id: f.external_id,
        ..ListQuery::default()
    }
}
