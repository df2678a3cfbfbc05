//! Command handlers. Each takes the resolved `Ctx` and its own arguments.

pub mod bulk;
pub mod config;
pub mod device;
pub mod docs;
pub mod profile;
pub mod sandbox;
pub mod state;
pub mod transfer;

use std::sync::Arc;

use tokio::sync::OnceCell;

use crate::api::Api;
use crate::client::{Client, ClientOptions, Trace};
use crate::error::Error;
use crate::output::Output;
use crate::settings::{CONNECT_TIMEOUT, ProfileFile, Settings};

/// What every handler works with: settings, output, and the HTTP client
/// (built on first use, so offline commands never read TLS files; with
/// `--api auto` the generation is found on first use too).
pub struct Ctx {
    pub settings: Settings,
    pub out: Arc<Output>,
    base: std::sync::OnceLock<Client>,
    client: OnceCell<Client>,
}

impl Ctx {
    pub fn new(settings: Settings, out: Output) -> Self {
        Ctx {
            settings,
            out: Arc::new(out),
            base: std::sync::OnceLock::new(),
            client: OnceCell::new(),
        }
    }

    /// The client for the service's API generation (detected if need be).
    pub async fn client(&self) -> Result<&Client, Error> {
        self.client
            .get_or_try_init(|| async {
                let base = self.base_client()?.clone();
                let api = match self.settings.api {
                    Some(api) => api,
                    None => self.detect_api(&base).await?,
                };
                Ok(base.with_api(api))
            })
            .await
    }

    /// `--api auto`: the remembered generation for this URL, else a probe
    /// whose answer is remembered in the profile file.
    async fn detect_api(&self, base: &Client) -> Result<Api, Error> {
        let url = &self.settings.url;
        if let Some(api) = self.settings.remembered_api {
            if self.settings.verbose {
                self.out
                    .trace(&format!("* API generation {api} (remembered for {url})"));
            }
            return Ok(api);
        }
        if self.settings.dry_run {
            self.out.warn(
                "dry run: the API generation is not probed; assuming v1 (pass --api to choose)",
            );
            return Ok(Api::V1);
        }
        let api = base.detect_api().await?;
        if self.settings.verbose {
            self.out
                .trace(&format!("* API generation {api} found at {url}"));
        }
        if let Err(e) = ProfileFile::cache_api(url, Some(api))
            && self.settings.verbose
        {
            self.out
                .trace(&format!("* could not remember the API generation: {e}"));
        }
        Ok(api)
    }

    /// A client for paths that are the same in every generation (`/health`).
    pub fn base_client(&self) -> Result<&Client, Error> {
        if let Some(c) = self.base.get() {
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
                token: s.token.clone(),
                api: s.api.unwrap_or(Api::V1),
                domain: s.domain.clone(),
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
        Ok(self.base.get_or_init(|| client))
    }

    /// Runs `op` for each id in turn, reporting each outcome; all are tried.
    /// Fails with the first failure's exit code when any failed.
    pub async fn for_each_id<F, Fut>(&self, ids: &[String], done: &str, op: F) -> anyhow::Result<()>
    where
        F: Fn(String) -> Fut,
        Fut: std::future::Future<Output = Result<(), Error>>,
    {
        let mut first: Option<Error> = None;
        let mut failed = 0;
        for id in ids {
            match op(id.clone()).await {
                Ok(()) if !self.settings.dry_run => self.out.status(&format!("{done} {id}")),
                Ok(()) => {}
                Err(e) if ids.len() == 1 => return Err(e.into()),
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
            }
            .into()),
        }
    }
}
