//! Parses the command line, resolves settings once, dispatches to a handler,
//! and turns the outcome into one error line and an exit code.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::parser::ValueSource;
use clap::{ArgMatches, CommandFactory, FromArgMatches};

use crate::api::Api;
use crate::cli::{ApiChoice, Cli, ColorChoice, Command, GlobalArgs, OutputFormat};
use crate::commands::{self, Ctx};
use crate::error::{self, Error, exit};
use crate::output::{Format, Output};
use crate::settings::{ColorWhen, Inputs, ProfileFile, Settings, Source};

/// Arguments that carry secrets, the top-level command where they have an
/// alternative (`None`: any), and that alternative.
const ARGV_SECRETS: &[(&str, Option<&str>, &str)] = &[
    ("token", None, "SMQ_TOKEN, --token-file or a profile"),
    (
        "external_key",
        Some("bootstrap"),
        "SMQ_BOOTSTRAP_EXTERNAL_KEY or --external-key-file",
    ),
    (
        "crypto_key",
        Some("bootstrap"),
        "SMQ_BOOTSTRAP_ENCRYPT_KEY or --crypto-key-file",
    ),
    (
        "key",
        Some("crypto"),
        "SMQ_BOOTSTRAP_ENCRYPT_KEY or --key-file",
    ),
];

pub fn main() -> ExitCode {
    // A panic is a bug. Say where, never what: its message could hold data.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("smq-bootstrap: internal error{at}; this is a bug, please report it");
    }));
    match std::panic::catch_unwind(main_inner) {
        Ok(code) => code,
        Err(_) => ExitCode::from(exit::FAILURE),
    }
}

fn main_inner() -> ExitCode {
    let matches = match Cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(exit::USAGE);
        }
    };
    let color_err = match cli.global.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let quiet = cli.global.quiet;
    let errors = Output::new(Format::Json, false, color_err, quiet);
    let runtime = match runtime_builder(matches!(cli.command, Command::Sandbox(_)))
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            errors.error(&format!("cannot start: {e}"), None);
            return ExitCode::from(exit::FAILURE);
        }
    };
    let result = runtime.block_on(run(cli, &matches, &errors));
    // Don't wait for stray tasks (a blocked stdin read, say).
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let code = error::exit_code(&e);
            if !error::is_broken_pipe(&e) {
                match e.downcast_ref::<Error>() {
                    Some(err) => errors.error(&err.to_string(), err.hint()),
                    None => errors.error(&format!("{e:#}"), None),
                }
            }
            ExitCode::from(code)
        }
    }
}

async fn run(cli: Cli, matches: &ArgMatches, errors: &Output) -> anyhow::Result<()> {
    let is_sandbox = matches!(cli.command, Command::Sandbox(_));
    if !is_sandbox {
        // Ctrl-C ends the command with the documented code (bulk commands
        // stop gracefully); the sandbox handles it itself and stops cleanly.
        crate::interrupt::install();
    }
    if !cli.global.quiet {
        warn_argv_secrets(matches, errors);
    }
    let inputs = inputs(&cli.global, matches);
    match cli.command {
        Command::Completions { shell } => commands::docs::completions(errors, shell),
        Command::GenerateDocs { dir } => commands::docs::generate(&dir),
        Command::Sandbox(a) => {
            let api = inputs.api.and_then(|(a, _)| a).unwrap_or(Api::V1);
            let domain = inputs.domain.map(|(d, _)| d);
            commands::sandbox::run(errors, a, api, inputs.tokens, domain).await
        }
        command => {
            let settings = Settings::resolve(inputs)?;
            let out = Output::new(
                settings.output,
                settings.color_stdout,
                settings.color_stderr,
                settings.quiet,
            );
            let ctx = Ctx::new(settings, out);
            dispatch(&ctx, command)
                .await
                .map_err(|e| forget_stale_api(&ctx, e))
        }
    }
}

async fn dispatch(ctx: &Ctx, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Config(c) => commands::config::run(ctx, c).await,
        Command::State(c) => commands::state::run(ctx, c).await,
        Command::Bootstrap(c) => commands::device::bootstrap(ctx, c).await,
        Command::Crypto(c) => commands::device::crypto_cmd(ctx, c),
        Command::Health => {
            let v = ctx.base_client()?.health().await?;
            if !ctx.settings.dry_run {
                ctx.out.object(&v)?;
            }
            Ok(())
        }
        Command::Profile(c) => commands::profile::run(ctx, c),
        Command::Completions { .. } | Command::GenerateDocs { .. } | Command::Sandbox(_) => {
            unreachable!("handled before settings are resolved")
        }
    }
}

/// With `--api auto`, a path the service does not route means the remembered
/// generation is stale (the service was upgraded, say): forget it.
fn forget_stale_api(ctx: &Ctx, e: anyhow::Error) -> anyhow::Error {
    let unrouted = matches!(
        e.downcast_ref::<Error>(),
        Some(Error::Api { unrouted: true, .. })
    );
    if !unrouted || ctx.settings.api.is_some() || ctx.settings.remembered_api.is_none() {
        return e;
    }
    let _ = ProfileFile::cache_api(&ctx.settings.url, None);
    let Some(Error::Api {
        status, message, ..
    }) = e.downcast_ref::<Error>()
    else {
        return e;
    };
    Error::Api {
        status: *status,
        message: message.clone(),
        hint: Some("the remembered API generation of this URL did not fit and was forgotten: run the command again to detect it anew".into()),
        unrouted: true,
    }
    .into()
}

fn source(m: &ArgMatches, id: &str) -> Source {
    match m.value_source(id) {
        Some(ValueSource::CommandLine) => Source::CommandLine,
        Some(ValueSource::EnvVariable) => Source::Environment,
        _ => Source::Default,
    }
}

/// The global options as plain data, with where each came from.
fn inputs(g: &GlobalArgs, m: &ArgMatches) -> Inputs {
    Inputs {
        url: g.url.clone().map(|u| (u, source(m, "url"))),
        tokens: g.token.clone(),
        token_source: (!g.token.is_empty()).then(|| source(m, "token")),
        token_file: g.token_file.clone().map(|f| (f, source(m, "token_file"))),
        profile: g.profile.clone(),
        api: g.api.map(|a| {
            let api = match a {
                ApiChoice::Auto => None,
                ApiChoice::V1 => Some(Api::V1),
                ApiChoice::Domain => Some(Api::Domain),
                ApiChoice::Clients => Some(Api::Clients),
            };
            (api, source(m, "api"))
        }),
        domain: g.domain.clone().map(|d| (d, source(m, "domain"))),
        output: g.output.map(|o| match o {
            OutputFormat::Table => Format::Table,
            OutputFormat::Json => Format::Json,
            OutputFormat::Jsonl => Format::Jsonl,
            OutputFormat::Csv => Format::Csv,
        }),
        tls_ca: g.tls_ca.clone(),
        insecure: g.insecure,
        allow_insecure_http: g.allow_insecure_http,
        timeout: g.timeout,
        retries: g.retries,
        curl: g.curl,
        show_secrets: g.show_secrets,
        dry_run: g.dry_run,
        verbose: g.verbose,
        quiet: g.quiet,
        color: match g.color {
            ColorChoice::Auto => ColorWhen::Auto,
            ColorChoice::Always => ColorWhen::Always,
            ColorChoice::Never => ColorWhen::Never,
        },
        yes: g.yes,
    }
}

/// Warns once when a secret was typed on the command line, where other local
/// users can read it (ps, /proc) and shell history keeps it.
fn warn_argv_secrets(matches: &ArgMatches, out: &Output) {
    let top = matches.subcommand_name();
    let mut level = Some(matches);
    let mut named: Vec<(&str, &str)> = Vec::new();
    while let Some(m) = level {
        for (id, only, alt) in ARGV_SECRETS {
            let applies = only.is_none() || *only == top;
            let on_argv = m.ids().any(|i| i.as_str() == *id)
                && m.value_source(id) == Some(ValueSource::CommandLine);
            if applies && on_argv && !named.iter().any(|(n, _)| n == id) {
                named.push((id, alt));
            }
        }
        level = m.subcommand().map(|(_, s)| s);
    }
    if !named.is_empty() && top != Some("sandbox") {
        let list: Vec<String> = named
            .iter()
            .map(|(n, alt)| format!("{} (use {alt})", n.replace('_', " ")))
            .collect();
        out.warn(&format!(
            "secret given on the command line, visible to other users and kept in shell history: {}",
            list.join("; ")
        ));
    }
}

/// The sandbox serves on two worker threads. A client command does its I/O on
/// one: on a small machine that shares its cores with the service, cross-thread
/// wake-ups cost more than they give (measured in `benches/bench.sh`).
fn runtime_builder(sandbox: bool) -> tokio::runtime::Builder {
    if sandbox {
        let mut b = tokio::runtime::Builder::new_multi_thread();
        b.worker_threads(2);
        b
    } else {
        tokio::runtime::Builder::new_current_thread()
    }
}
