//! Parses the command line, decides the terminal and resolves settings once,
//! dispatches to a handler, and turns the outcome into one error line and an
//! exit code.

use std::process::ExitCode;
use std::sync::Arc;

use clap::parser::ValueSource;
use clap::{ArgMatches, FromArgMatches};

use crate::cli::{ApiChoice, Cli, ColorChoice, Command, GlobalArgs, OutputFormat};
use crate::commands::{self, Ctx, Role};
use crate::error::{Error, exit};
use crate::generation::{Api, Choice};
use crate::output::{Format, Output};
use crate::settings::{ColorWhen, Inputs, Settings, Source, Terminal};

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
        "external_key",
        Some("doctor"),
        "SMQ_BOOTSTRAP_EXTERNAL_KEY or --external-key-file",
    ),
    (
        "crypto_key",
        Some("doctor"),
        "SMQ_BOOTSTRAP_ENCRYPT_KEY or --crypto-key-file",
    ),
    (
        "key",
        Some("crypto"),
        "SMQ_BOOTSTRAP_ENCRYPT_KEY or --key-file",
    ),
];

pub fn main() -> ExitCode {
    Output::report_panics();
    match std::panic::catch_unwind(main_inner) {
        Ok(code) => code,
        Err(_) => ExitCode::from(exit::FAILURE),
    }
}

fn main_inner() -> ExitCode {
    // `SMQ_BOOTSTRAP_COMPLETE=bash smq-bootstrap` and the calls its script makes.
    clap_complete::CompleteEnv::with_factory(crate::cli::command)
        .var(commands::docs::VAR)
        .complete();
    let matches = match crate::cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) if e.use_stderr() && json_asked(std::env::args_os()) => {
            // One JSON object, as every other error under -o json or --jq.
            let text = e.render().to_string();
            // The message is what comes before the usage: a line, or a few.
            let said: Vec<&str> = text
                .lines()
                .take_while(|l| !l.is_empty())
                .map(str::trim)
                .collect();
            let said = said.join(" ");
            let message = said.strip_prefix("error: ").unwrap_or(&said);
            let error = Error::usage_hint(message, "see --help");
            let terminal = Terminal::detect(ColorWhen::Never);
            Output::new(Format::Json, terminal, false)
                .with_json_errors(true)
                .failure(&error, "", &[]);
            return ExitCode::from(exit::USAGE);
        }
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
    let terminal = Terminal::detect(match cli.global.color {
        ColorChoice::Auto => ColorWhen::Auto,
        ColorChoice::Always => ColorWhen::Always,
        ColorChoice::Never => ColorWhen::Never,
    });
    // Errors are JSON objects when JSON output was asked for.
    let json_errors = cli.global.jq.is_some()
        || matches!(
            cli.global.output,
            Some(OutputFormat::Json | OutputFormat::Jsonl)
        );
    let errors = Arc::new(
        Output::new(Format::Json, terminal, cli.global.quiet).with_json_errors(json_errors),
    );
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
    let result = runtime.block_on(run(cli, &matches, terminal, &errors));
    // Don't wait for stray tasks (a blocked stdin read, say).
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if !e.is_broken_pipe() {
                errors.failure(&e, "", &[]);
            }
            ExitCode::from(e.exit_code())
        }
    }
}

async fn run(
    cli: Cli,
    matches: &ArgMatches,
    terminal: Terminal,
    errors: &Arc<Output>,
) -> Result<(), Error> {
    let is_sandbox = matches!(cli.command, Command::Sandbox(_));
    if !is_sandbox {
        // Ctrl-C ends the command with the documented code (bulk commands
        // stop gracefully); the sandbox handles it itself and stops cleanly.
        crate::interrupt::install(Arc::clone(errors));
    }
    if !cli.global.quiet {
        warn_argv_secrets(matches, errors);
    }
    let inputs = inputs(&cli.global, matches, terminal);
    match cli.command {
        Command::Completions { shell } => commands::docs::completions(errors, shell),
        Command::GenerateDocs { dir } => commands::docs::generate(&dir),
        Command::Sandbox(a) => {
            // The sandbox serves one generation; `auto` means v1 there.
            let api = match inputs.api {
                Some(Choice::Fixed(api)) => api,
                Some(Choice::Auto) | None => Api::V1,
            };
            commands::sandbox::run(errors, a, api, inputs.tokens, inputs.domain).await
        }
        command => {
            let settings = Settings::resolve(inputs)?;
            // A profile's `output = "json"` asks for JSON errors too.
            if settings.output_explicit && matches!(settings.output, Format::Json | Format::Jsonl) {
                errors.set_json_errors(true);
            }
            let out = Output::new(settings.output, settings.terminal, settings.quiet)
                .with_view(settings.jq.clone(), settings.columns.clone())
                .with_json_errors(errors.json_errors());
            let role = match &command {
                Command::Bootstrap(_) | Command::Health => Role::Device,
                Command::Crypto(_) | Command::Profile(_) | Command::Doctor(_) => Role::Offline,
                Command::Login(_) | Command::Logout => Role::Login,
                _ => Role::Management,
            };
            let ctx = Ctx::new(settings, Arc::new(out), role);
            dispatch(&ctx, command).await.map_err(|e| ctx.after(e))
        }
    }
}

async fn dispatch(ctx: &Ctx, command: Command) -> Result<(), Error> {
    match command {
        Command::Config(c) => commands::config::run(ctx, c).await,
        Command::State(c) => commands::state::run(ctx, c).await,
        Command::Bootstrap(c) => commands::bootstrap::run(ctx, c).await,
        Command::Crypto(c) => commands::crypto::run(ctx, c),
        Command::Health => commands::health::run(ctx).await,
        Command::Profile(c) => commands::profile::run(ctx, c),
        Command::Login(a) => commands::login::login(ctx, a).await,
        Command::Logout => commands::login::logout(ctx).await,
        Command::Doctor(a) => commands::doctor::run(ctx, a).await,
        Command::DeviceProfile(c) => commands::device_profile::run(ctx, c).await,
        Command::Enrollment(c) => commands::enrollment::run(ctx, c).await,
        Command::Completions { .. } | Command::GenerateDocs { .. } | Command::Sandbox(_) => {
            unreachable!("handled before settings are resolved")
        }
    }
}

fn source(m: &ArgMatches, id: &str) -> Source {
    match m.value_source(id) {
        Some(ValueSource::CommandLine) => Source::CommandLine,
        Some(ValueSource::EnvVariable) => Source::Environment,
        _ => Source::Default,
    }
}

/// The global options as plain data.
fn inputs(g: &GlobalArgs, m: &ArgMatches, terminal: Terminal) -> Inputs {
    // Settings a named profile may hold, by argument id and profile key.
    let from_env = [
        ("url", "url"),
        ("token", "token"),
        ("token_file", "token_file"),
        ("api", "api"),
        ("domain", "domain"),
        ("output", "output"),
    ]
    .into_iter()
    .filter(|(id, _)| source(m, id) == Source::Environment)
    .map(|(_, key)| key)
    .collect();
    Inputs {
        from_env,
        url: g.url.clone(),
        tokens: g.token.clone(),
        token_source: (!g.token.is_empty()).then(|| source(m, "token")),
        token_file: g.token_file.clone().map(|f| (f, source(m, "token_file"))),
        profile: g.profile.clone(),
        api: g.api.map(|a| match a {
            ApiChoice::Auto => Choice::Auto,
            ApiChoice::V1 => Choice::Fixed(Api::V1),
            ApiChoice::Domain => Choice::Fixed(Api::Domain),
            ApiChoice::Clients => Choice::Fixed(Api::Clients),
            ApiChoice::Profiles => Choice::Fixed(Api::Profiles),
        }),
        domain: g.domain.clone(),
        jq: g.jq.clone(),
        columns: g.columns.clone(),
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
        yes: g.yes,
        terminal,
    }
}

/// Whether a command line that did not parse asked for JSON: `--jq`, or
/// `-o`/`--output` (or SMQ_OUTPUT) json or jsonl.
fn json_asked(args: impl Iterator<Item = std::ffi::OsString>) -> bool {
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    let is_json = |v: &str| v == "json" || v == "jsonl";
    let from_env = std::env::var("SMQ_OUTPUT").is_ok_and(|v| is_json(&v));
    from_env
        || args.iter().enumerate().any(|(i, a)| {
            let next = args.get(i + 1).map(String::as_str).unwrap_or_default();
            a == "--jq"
                || a.starts_with("--jq=")
                || ((a == "-o" || a == "--output") && is_json(next))
                || a.strip_prefix("--output=").is_some_and(is_json)
                || a.strip_prefix("-o")
                    .is_some_and(|v| is_json(v.trim_start_matches('=')))
        })
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
