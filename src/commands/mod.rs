//! Command handlers. Each takes the resolved `Ctx` and its own arguments; the
//! clap types stop here.

pub mod apply;
pub mod bootstrap;
pub mod bulk;
pub mod config;
pub mod crypto;
pub mod device_profile;
pub mod docs;
pub mod doctor;
pub mod enrollment;
pub mod export;
pub mod health;
pub mod ids;
pub mod import;
pub mod login;
pub mod plan;
pub mod profile;
pub mod sandbox;
pub mod state;

use std::sync::Arc;

use serde_json::Value;
use tokio::sync::OnceCell;

use crate::cli::{FilterArgs, StatusChoice};
use crate::client::{Client, ClientOptions, ListQuery, Service, StatusFilter, Trace};
use crate::error::Error;
use crate::generation::Decide;
use crate::output::Output;
use crate::profiles::ProfileFile;
use crate::secret::Secret;
use crate::session::Renewal;
use crate::settings::{CONNECT_TIMEOUT, Settings, TokenSource};

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
/// key, no user token, nothing remembered), the operator logging in (no
/// token yet), or nobody (offline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Management,
    Device,
    Login,
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
                // A session about to expire is renewed before it is used.
                if let (Role::Management, TokenSource::Session { session, .. }) =
                    (self.role, &s.token)
                    && !session.access_fresh()
                    && !s.dry_run
                {
                    client.renew_token(Some(&session.access())).await?;
                }
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
            Role::Device | Role::Offline | Role::Login => None,
        };
        let mut client = Client::new(self.client_options_for(&s.url, token)?, self.tracer())?;
        // A login session is renewed as it expires (a token given by flag,
        // environment or file is used as it is).
        if let (Role::Management, TokenSource::Session { profile, session }) = (self.role, &s.token)
        {
            let path = ProfileFile::path()
                .ok_or_else(|| Error::usage("no config directory for the profile file"))?;
            let interactive = s.terminal.interactive();
            let ask = interactive.then(|| {
                let f: crate::session::AskPassword =
                    Arc::new(|prompt: &str| crate::input::prompt_secret(prompt, "", true));
                f
            });
            client = client.with_refresher(Arc::new(Renewal {
                path,
                profile: profile.clone(),
                users: self.users_client(&session.users_url)?,
                ask,
            }));
        }
        Ok(self.client.get_or_init(|| client))
    }

    /// A client of the users service at `url`, with the same TLS, proxy and
    /// plain-http rules as the bootstrap service's.
    pub fn users_client(&self, url: &str) -> Result<Client, Error> {
        Client::new(self.client_options_for(url, None)?, self.tracer())
    }

    /// The connection settings, for a client of `base_url` with `token`.
    pub fn client_options_for(
        &self,
        base_url: &str,
        token: Option<Secret>,
    ) -> Result<ClientOptions, Error> {
        let s = &self.settings;
        let tls_ca = match &s.tls_ca {
            Some(p) => Some(crate::input::read_file(p, "--tls-ca")?),
            None => None,
        };
        Ok(ClientOptions {
            base_url: base_url.to_string(),
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
        })
    }

    /// What clients report (`--curl`, `-v`, `--dry-run`) goes to the output.
    pub fn tracer(&self) -> crate::client::Tracer {
        let out = Arc::clone(&self.out);
        Arc::new(move |t: Trace| match t {
            Trace::DryRun(cmd) => {
                let _ = out.line(&cmd);
            }
            Trace::Curl(line) | Trace::Verbose(line) => out.trace(&line),
        })
    }

    /// JSON was asked for (`-o json`, `-o jsonl`, `--jq`): a command that
    /// changes something prints what it made as data, not a bare id or a
    /// status line.
    pub fn wants_data(&self) -> bool {
        use crate::output::Format;
        self.settings.output_explicit && matches!(self.out.format, Format::Json | Format::Jsonl)
    }

    /// A config as it now is, its secrets masked unless --show-secrets.
    pub async fn current_config(&self, service: &Service, id: &str) -> Result<Value, Error> {
        let mut v = service.view(id).await?;
        if !self.settings.show_secrets {
            crate::output::mask_secrets(&mut v);
        }
        Ok(v)
    }

    /// With `-o json`, a change's result: the config as it now is.
    pub async fn show_result(&self, service: &Service, id: &str) -> Result<(), Error> {
        if self.wants_data() && !self.settings.dry_run {
            self.out.json(&self.current_config(service, id).await?)?;
        }
        Ok(())
    }

    /// With `--api auto`, a stale remembered generation is forgotten when
    /// the service does not route a path of it.
    pub fn after(&self, e: Error) -> Error {
        // A device command writes nothing, the cache included.
        if !matches!(self.role, Role::Management | Role::Login) {
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
                    self.out.failure(&e, id, &[("id", serde_json::json!(id))]);
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
