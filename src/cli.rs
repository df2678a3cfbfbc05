//! Command-line types only (clap derive). Doc comments are the `--help` text.
//! Nothing here does I/O; `settings` and `commands` turn these into actions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCandidates;

use crate::error::EXIT_CODES_HELP;

/// Client for the SuperMQ bootstrap service: upload and manage device
/// configs, fetch them as a device would (plain or secure), and try it all
/// against a built-in sandbox of the service.
#[derive(Debug, Parser)]
#[command(name = "smq-bootstrap", version, after_long_help = EXIT_CODES_HELP, after_help = EXIT_CODES_HELP)]
#[command(propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes. Each is resolved flag > environment > profile > default.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Base URL of the bootstrap service [default: http://localhost:9013]
    #[arg(
        short = 'b',
        long,
        env = "SMQ_BOOTSTRAP_URL",
        global = true,
        value_name = "URL"
    )]
    pub url: Option<String>,

    /// User token for management commands (prefer --token-file or SMQ_TOKEN: argv is visible to
    /// other users). `sandbox` accepts every token given, as TOKEN or TOKEN:DOMAIN (repeat the
    /// flag) [sandbox default: sandbox-token]
    #[arg(short = 't', long, env = "SMQ_TOKEN", hide_env_values = true, global = true, value_name = "TOKEN",
          action = clap::ArgAction::Append)]
    pub token: Vec<String>,

    /// Read the user token from FILE (first line)
    #[arg(long, env = "SMQ_TOKEN_FILE", global = true, value_name = "FILE")]
    pub token_file: Option<PathBuf>,

    /// Named settings from the profile file (see `smq-bootstrap profile`)
    #[arg(long, env = "SMQ_PROFILE", global = true, value_name = "NAME")]
    #[arg(add = ArgValueCandidates::new(crate::complete::profile_names))]
    pub profile: Option<String>,

    /// API generation of the service: v1 (/things), domain (/{domain}/things), clients
    /// (/{domain}/clients: SuperMQ, and Magistrala v0.20), profiles (Magistrala v0.30), or
    /// auto: probe once and remember it per URL [default: auto]
    #[arg(long, env = "SMQ_API", value_enum, global = true)]
    pub api: Option<ApiChoice>,

    /// Domain id, required by every generation but v1
    #[arg(long, env = "SMQ_DOMAIN_ID", global = true, value_name = "ID")]
    pub domain: Option<String>,

    /// Output format [default: table on a terminal, json when piped]; csv applies to lists
    #[arg(short = 'o', long, env = "SMQ_OUTPUT", value_enum, global = true)]
    pub output: Option<OutputFormat>,

    /// Filter the JSON output through a jq expression (jq's language, run by jaq): a string
    /// result prints as plain text, others as JSON. Lists are filtered whole (as `-o json`
    /// prints them), each line with `-o jsonl`, each record in `config export`
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// The fields a table or CSV shows, comma-separated (`id,name,state`); a table without
    /// -o is implied
    #[arg(long, global = true, value_name = "FIELDS", value_delimiter = ',')]
    pub columns: Option<Vec<String>>,

    /// Trust the CA certificates in FILE (PEM) for HTTPS
    #[arg(long, global = true, value_name = "FILE")]
    pub tls_ca: Option<PathBuf>,

    /// Send the user token over plain http:// to a host other than this machine (it can be read on the way)
    #[arg(long, global = true)]
    pub allow_insecure_http: bool,

    /// Do not verify the service's TLS certificate (unsafe; prints a warning)
    #[arg(short = 'k', long, global = true)]
    pub insecure: bool,

    /// Request timeout in seconds; connecting is limited to 10 s [default: 30]
    #[arg(long, global = true, value_name = "SECS")]
    pub timeout: Option<f64>,

    /// Retries of a transient failure (connection error, 429, 502, 503, 504), with backoff.
    /// A create is re-sent only when it provably did not arrive.
    #[arg(long, global = true, value_name = "N", default_value_t = 5)]
    pub retries: u32,

    /// Print the equivalent curl command of each request on stderr (secrets redacted)
    #[arg(long, global = true)]
    pub curl: bool,

    /// Show secrets (tokens, keys) in --curl, -v and config output
    #[arg(long, global = true)]
    pub show_secrets: bool,

    /// Print the requests as curl commands and send nothing
    #[arg(long, global = true)]
    pub dry_run: bool,

    /// Log each request and response on stderr (secrets redacted)
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Print nothing but results and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// When to use colour (NO_COLOR is honoured)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    /// Answer yes to confirmations (required for removal when not interactive)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ApiChoice {
    Auto,
    V1,
    Domain,
    Clients,
    Profiles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The line `-h` ends with, in place of the global options it leaves out.
const GLOBALS_POINTER: &str = "Global options (--url, --token-file, --profile, --api, --domain, -o, --jq, \
--columns, --dry-run, --curl, -y, …): see --help";

/// The command line as parsed, completed and documented: `-h` shows a
/// command's own options and a line pointing at the global ones; `--help`
/// shows everything.
pub fn command() -> clap::Command {
    let cmd = <Cli as clap::CommandFactory>::command().mut_args(|a| {
        if a.is_global_set() {
            a.hide_short_help(true)
        } else {
            a
        }
    });
    point_at_globals(cmd.after_help(None::<&str>))
}

fn point_at_globals(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let after = match cmd.get_after_help() {
        Some(own) => format!("{own}\n\n{GLOBALS_POINTER}"),
        None => GLOBALS_POINTER.to_string(),
    };
    let mut cmd = cmd.after_help(after).after_long_help(EXIT_CODES_HELP);
    for name in names {
        cmd = cmd.mut_subcommand(name, point_at_globals);
    }
    cmd
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage device configs (needs a user token)
    #[command(subcommand)]
    Config(ConfigCmd),
    /// Enable or disable devices (needs a user token)
    #[command(subcommand)]
    State(StateCmd),
    /// Fetch a device's bootstrap config with its external id and key, as the device does
    Bootstrap(BootstrapCmd),
    /// Encrypt or decrypt offline, as the secure bootstrap does
    #[command(subcommand)]
    Crypto(CryptoCmd),
    /// Check that the service is up
    Health,
    /// Run an in-memory stand-in of the bootstrap service.
    ///
    /// It serves the generation chosen by --api (auto means v1) and answers as the real
    /// service does: `--api clients --typed-errors` is Magistrala v0.20, `--api profiles`
    /// Magistrala v0.30. Each --token is a user: `--token T` is a user of the domain given by
    /// --domain, `--token T:DOMAIN` names its domain (split at the last ':'; repeat it for
    /// more domains, the first is the token's own) [default: sandbox-token]. It prints its
    /// URL on stdout and runs until Ctrl-C.
    #[command(
        after_help = "Faults to inject (--fail-rate, --drop-rate, --latency-ms, --unavailable-for, \
--seed) and the service's users, clients and channels (--user, --client, --channel, …): see --help"
    )]
    Sandbox(SandboxArgs),
    /// Log in to the users service: the token pair is kept in the profile (0600) and renewed
    /// as it expires; management commands then need no token
    ///
    /// The password comes from a hidden prompt, --password-file or --password-stdin, never
    /// from the command line. v1 and domain tokens carry a domain: --domain, or a choice
    /// among the user's domains on a terminal. A token given by --token, SMQ_TOKEN or a
    /// token file still wins over the session.
    Login(LoginArgs),
    /// End the login session: revoked on the service where it can be (Magistrala), and
    /// forgotten here
    Logout,
    /// Check what a device or an operator needs, one line each with the fix: the URL, DNS,
    /// TCP, TLS (chain, name, expiry, CA), /health and the generation, the clock, the crypto
    /// key, the external key, the user token, the proxy, file permissions, and where each
    /// setting came from. Exits 0 only when every check passed
    Doctor(DoctorArgs),
    /// Manage named settings in the profile file (device profiles are `device-profile`)
    #[command(subcommand)]
    Profile(ProfileCmd),
    /// Device profiles (Magistrala v0.30): templates the service renders into each device's
    /// content. Not the settings of `profile`.
    #[command(subcommand)]
    DeviceProfile(DeviceProfileCmd),
    /// Enrollments (Magistrala v0.30): a config's device profile and the clients and channels
    /// bound to the profile's slots
    #[command(subcommand)]
    Enrollment(EnrollmentCmd),
    /// Print a shell's completion script. It asks smq-bootstrap (on the PATH) at each Tab,
    /// so that profile names, generations, and the config ids and external ids of the last
    /// `config list` complete too. Bash: `source <(smq-bootstrap completions bash)` in
    /// ~/.bashrc; zsh: the same in ~/.zshrc; fish: `smq-bootstrap completions fish | source`
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write completions and man pages into DIR (for packaging)
    #[command(hide = true)]
    GenerateDocs {
        /// Target directory; `completions/` and `man/` are created in it
        dir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Upload a device config; prints the new config id alone (with -o json, the created
    /// config where the service answers with it: Magistrala v0.30)
    Create(CreateArgs),
    /// List configs
    List(ListArgs),
    /// Show one config, by its id or its external id
    View(ViewArgs),
    /// Change a config's name, content and (v0.30) render context; a field not given keeps its
    /// value (the service replaces them together: the tool reads, merges and writes)
    Update(UpdateArgs),
    /// Replace a config's certificates; prints what the service stored.
    ///
    /// The service replaces all three together: a certificate not given here is
    /// cleared. Give at least one. The stored client key is shown masked unless
    /// --show-secrets.
    Certs(CertsArgs),
    /// Replace a config's channel list (not in Magistrala v0.30: there a device's channels
    /// come from its device profile's bindings, see `enrollment bind`)
    Connections {
        /// The config's id: its thing id (v1, domain), client id (clients) or own id (v0.30)
        #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
        config_id: String,
        /// The new channel ids (the whole list)
        #[arg(required = true)]
        channel_ids: Vec<String>,
    },
    /// Remove configs (asks first; --yes when not interactive)
    Remove(IdsArgs),
    /// Create many configs from JSONL, a JSON array or CSV, concurrently and resumably.
    ///
    /// Records are the bodies `config create --json` takes (CSV: one column per
    /// field, channels separated by `;`, an optional state column of 0 or 1).
    /// Transient failures are retried; a create whose outcome is unknown is looked
    /// up by external id before being sent again, so no record is lost or made twice.
    /// Exits 0 only when no record failed.
    Import(ImportArgs),
    /// Write every config, page after page, as JSONL (default), JSON or CSV that
    /// `config import` reads back; external keys and certificates included
    Export(ExportArgs),
    /// Make the service's configs what FILE says: create the missing ones, update those
    /// that differ (name, content, channels or profile, certificates, state), leave the rest;
    /// with --prune, remove the ones not in FILE. Safe to run again: a second run changes
    /// nothing. Takes --report, --resume and --plan as import does
    Apply(ApplyArgs),
}

/// Ids from the arguments or, with --from, a file (one a line).
#[derive(Debug, Args)]
pub struct IdsArgs {
    /// Config ids: thing ids (v1, domain), client ids (clients) or the configs' own ids (v0.30)
    #[arg(required_unless_present = "from", conflicts_with = "from")]
    #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
    pub config_ids: Vec<String>,
    /// Read the ids from FILE, one a line (- for stdin; blank lines and # comments skipped)
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

/// How bulk work runs and is recorded.
#[derive(Debug, Args)]
pub struct BulkArgs {
    /// Requests in flight at once
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub concurrency: usize,
    /// Write one JSONL line per input record: line, key, outcome, id, error
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Skip the records an earlier --report marks as done (its lines are carried into the new report)
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Input file, or - for stdin [default: stdin]
    pub file: Option<PathBuf>,
    /// Input format [default: from the file extension, else from the first character]
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// What to do when a different config with the record's external id exists (one
    /// with the record's own key, id, name and content counts as skipped: already there)
    #[arg(long, value_enum, default_value_t = OnConflict::Fail)]
    pub on_conflict: OnConflict,
    /// Ignore thing_id/client_id in the records: create new things (to move configs to another deployment)
    #[arg(long)]
    pub drop_ids: bool,
    /// Check every record here and send nothing: fields, values, duplicates in the file. Exits
    /// 2 when a record is invalid. The generation is the one given or remembered; without
    /// either, what every generation requires is checked
    #[arg(long, conflicts_with = "plan")]
    pub check: bool,
    /// Show what the import would do to each record (create, update, unchanged, skip, conflict,
    /// invalid) from read-only requests, and change nothing. Exits 5 when a record would fail
    #[arg(long)]
    pub plan: bool,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The file of configs (JSONL, JSON or CSV, as `config import` reads), or - for stdin
    pub file: PathBuf,
    /// Input format [default: from the file extension, else from the first character]
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// Also remove the configs whose external id is not in the file (after a confirmation;
    /// --yes when not interactive). Nothing is removed when any record failed
    #[arg(long)]
    pub prune: bool,
    /// Show what apply would do (with --prune, what it would remove), from read-only requests
    #[arg(long)]
    pub plan: bool,
    /// Ignore thing_id/client_id in the records
    #[arg(long)]
    pub drop_ids: bool,
    #[command(flatten)]
    pub bulk: BulkArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    Jsonl,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnConflict {
    /// Count the record as failed
    Fail,
    /// Leave the existing config as it is
    Skip,
    /// Make the existing config match the record (name, content, certificates, channels and state; v0.30: name, content, render context, profile and status)
    Update,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Skip fetching each config's channels and certificates (faster; the output cannot be imported)
    #[arg(long)]
    pub no_details: bool,
    /// Detail requests in flight at once
    #[arg(long, value_name = "N", default_value_t = 16)]
    pub concurrency: usize,
    /// Write the export to FILE (mode 0600, put in place only when complete) instead of
    /// standard output: it holds every external key and private key
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// A device's external id, to check its external key with the service
    #[arg(long, value_name = "ID")]
    #[arg(add = ArgValueCandidates::new(crate::complete::external_ids))]
    pub external_id: Option<String>,
    /// The device's external key (prefer SMQ_BOOTSTRAP_EXTERNAL_KEY or --external-key-file)
    #[arg(
        long,
        env = "SMQ_BOOTSTRAP_EXTERNAL_KEY",
        hide_env_values = true,
        requires = "external_id"
    )]
    pub external_key: Option<String>,
    /// Read the external key from FILE
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with = "external_key",
        requires = "external_id"
    )]
    pub external_key_file: Option<PathBuf>,
    /// The service's crypto key, to check its length and the secure endpoint
    #[arg(long, env = "SMQ_BOOTSTRAP_ENCRYPT_KEY", hide_env_values = true)]
    pub crypto_key: Option<String>,
    /// Read the crypto key from FILE
    #[arg(long, value_name = "FILE", conflicts_with = "crypto_key")]
    pub crypto_key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The users service [default: the bootstrap URL's host on port 9002 when it uses
    /// 9013, else its root; confirmed before a password is sent]
    #[arg(long, env = "SMQ_USERS_URL", value_name = "URL")]
    pub users_url: Option<String>,
    /// User name or e-mail [default: the session's, else a prompt]
    #[arg(long, env = "SMQ_USERNAME", value_name = "NAME")]
    pub username: Option<String>,
    /// Read the password from FILE (first line)
    #[arg(long, value_name = "FILE", conflicts_with = "password_stdin")]
    pub password_file: Option<PathBuf>,
    /// Read the password from standard input (first line)
    #[arg(long)]
    pub password_stdin: bool,
    /// Show the session (user, URLs, generation, domain, when each token expires), never a
    /// token
    #[arg(long, conflicts_with_all = ["password_file", "password_stdin", "username"])]
    pub status: bool,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The request body as JSON: inline, @FILE, or - for stdin; flags override its fields
    #[arg(long, value_name = "JSON|@FILE|-")]
    pub json: Option<String>,
    /// Device's external id
    #[arg(long)]
    pub external_id: Option<String>,
    /// Device's external key (its bootstrap secret)
    #[arg(long)]
    pub external_key: Option<String>,
    /// Channel id (repeat for several)
    #[arg(long = "channel", value_name = "CHANNEL")]
    pub channels: Vec<String>,
    /// Use an existing thing (client) instead of creating one (not in v0.30)
    #[arg(long)]
    pub thing_id: Option<String>,
    /// Device profile that renders the config's content (Magistrala v0.30)
    #[arg(long, value_name = "ID")]
    pub profile_id: Option<String>,
    /// Per-device template variables, a JSON object: inline or @FILE (Magistrala v0.30)
    #[arg(long, value_name = "JSON|@FILE")]
    pub render_context: Option<String>,
    /// Config name
    #[arg(long)]
    pub name: Option<String>,
    /// Free-form content: text or @FILE
    #[arg(long, value_name = "TEXT|@FILE")]
    pub content: Option<String>,
    /// Start enabled or disabled. New configs start disabled (state 0), in Magistrala v0.30
    /// enabled; the other start is a second request, as `state enable|disable` makes it
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<NewStatus>,
    #[command(flatten)]
    pub certs: CertFlags,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewStatus {
    Enabled,
    Disabled,
}

/// A config's certificates, each as text or @FILE.
#[derive(Debug, Args)]
pub struct CertFlags {
    /// Client certificate: text or @FILE
    #[arg(long, value_name = "TEXT|@FILE")]
    pub client_cert: Option<String>,
    /// Client private key: text or @FILE
    #[arg(long, value_name = "TEXT|@FILE")]
    pub client_key: Option<String>,
    /// CA certificate: text or @FILE
    #[arg(long, value_name = "TEXT|@FILE")]
    pub ca_cert: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Configs per page (at most 100)
    #[arg(long, default_value_t = 10)]
    pub limit: u64,
    /// Configs to skip
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Follow the pages to the end (100 a request). Without it, a list that stops short says
    /// on stderr how many more there are
    #[arg(long)]
    pub all: bool,
    /// Sort what was fetched by FIELD (numbers by value, text by code point; missing last).
    /// The service orders by id; with --all this sorts every config
    #[arg(long, value_name = "FIELD")]
    pub sort: Option<String>,
    /// Sort in descending order
    #[arg(long, requires = "sort")]
    pub reverse: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// The config's id: its thing id (v1, domain), client id (clients) or own id (v0.30)
    #[arg(
        required_unless_present = "external_id",
        conflicts_with = "external_id"
    )]
    #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
    pub config_id: Option<String>,
    /// The device's external id instead: the config is looked up by it
    #[arg(long, value_name = "ID")]
    #[arg(add = ArgValueCandidates::new(crate::complete::external_ids))]
    pub external_id: Option<String>,
}

/// Which configs a list or an export covers.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only configs with this status. Magistrala v0.30 lists only enabled configs unless
    /// told otherwise (all lists every one); the older generations list all of them, their
    /// state 1 being enabled and 0 disabled
    #[arg(long, visible_alias = "state", value_enum)]
    pub status: Option<StatusChoice>,
    /// Only configs whose name contains TEXT (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// Only the config with this external id
    #[arg(long, value_name = "ID")]
    #[arg(add = ArgValueCandidates::new(crate::complete::external_ids))]
    pub external_id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusChoice {
    Enabled,
    Disabled,
    All,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The config's id: its thing id (v1, domain), client id (clients) or own id (v0.30)
    #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
    pub config_id: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New content: text or @FILE
    #[arg(long, value_name = "TEXT|@FILE")]
    pub content: Option<String>,
    /// New render context, a JSON object: inline or @FILE (Magistrala v0.30)
    #[arg(long, value_name = "JSON|@FILE")]
    pub render_context: Option<String>,
}

#[derive(Debug, Args)]
pub struct CertsArgs {
    /// The config's id: its thing id (v1, domain), client id (clients) or own id (v0.30)
    #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
    pub config_id: String,
    #[command(flatten)]
    pub certs: CertFlags,
}

#[derive(Debug, Subcommand)]
pub enum StateCmd {
    /// Enable devices (state 1: connected to their channels)
    Enable(IdsArgs),
    /// Disable devices (state 0)
    Disable(IdsArgs),
}

/// Keys may come from the arguments, the environment, a file, or a hidden
/// prompt on a terminal; prefer the last three, which keep keys out of shell history.
/// A device kept current by systemd, for `bootstrap --help` and the man page.
const WATCH_AS_A_SERVICE: &str = "\
Kept current as a systemd service (/etc/systemd/system/smq-bootstrap.service):

  [Unit]
  Description=Device configuration from the bootstrap service
  Wants=network-online.target
  After=network-online.target

  [Service]
  Environment=SMQ_BOOTSTRAP_URL=https://bootstrap.example.com:9013
  ExecStart=/usr/local/bin/smq-bootstrap bootstrap secure dev-1 \\
      --external-key-file /etc/device/external.key --crypto-key-file /etc/device/crypto.key \\
      --wait --wait-timeout 1h --watch --interval 5m --save-dir /etc/device/config \\
      --exec 'systemctl reload my-agent'
  Restart=on-failure

  [Install]
  WantedBy=multi-user.target

systemctl stop sends SIGTERM: the watch ends cleanly (exit 0), the directory whole.";

#[derive(Debug, Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_long_help = WATCH_AS_A_SERVICE
)]
pub struct BootstrapCmd {
    #[command(subcommand)]
    pub secure: Option<BootstrapSub>,
    #[command(flatten)]
    pub plain: DeviceArgs,
}

#[derive(Debug, Subcommand)]
pub enum BootstrapSub {
    /// Fetch through the secure endpoint: the key is sent AES-CFB encrypted and the reply decrypted
    Secure(SecureArgs),
}

#[derive(Debug, Args)]
pub struct DeviceArgs {
    /// The device's external id
    #[arg(required = true)]
    #[arg(add = ArgValueCandidates::new(crate::complete::external_ids))]
    pub external_id: Option<String>,
    /// The device's external key
    #[arg(env = "SMQ_BOOTSTRAP_EXTERNAL_KEY", hide_env_values = true)]
    pub external_key: Option<String>,
    /// Read the external key from FILE
    #[arg(long, value_name = "FILE", conflicts_with = "external_key")]
    pub external_key_file: Option<PathBuf>,
    /// Also write config.json, client.crt, client.key (mode 0600) and ca.crt into DIR
    #[arg(long, value_name = "DIR")]
    pub save_dir: Option<PathBuf>,
    /// Try again until the config can be served (not uploaded yet, disabled, the service
    /// or the network down), with backoff; a wrong key or an undecryptable reply stops at
    /// once. One status line per try on stderr
    #[arg(long)]
    pub wait: bool,
    /// How long --wait tries (90s, 10m, 1h; plain numbers are seconds); then the last
    /// failure's exit code
    #[arg(long, value_name = "DUR", value_parser = parse_duration, default_value = "10m")]
    pub wait_timeout: std::time::Duration,
    /// Keep fetching, every --interval (with jitter): when the document changes, rewrite
    /// --save-dir (whole sets only) and run --exec. Stops cleanly (exit 0) on SIGTERM or
    /// Ctrl-C
    #[arg(long, requires = "save_dir")]
    pub watch: bool,
    /// Time between fetches of --watch
    #[arg(long, value_name = "DUR", value_parser = parse_duration, default_value = "60s")]
    pub interval: std::time::Duration,
    /// With --watch, run CMD (through sh -c) after each change, with SMQ_BOOTSTRAP_DIR,
    /// SMQ_BOOTSTRAP_CONFIG_FILE, SMQ_BOOTSTRAP_CLIENT_CERT, SMQ_BOOTSTRAP_CLIENT_KEY,
    /// SMQ_BOOTSTRAP_CA_CERT (those written) and SMQ_BOOTSTRAP_EXTERNAL_ID in its
    /// environment. A failing CMD is reported; the watch goes on
    #[arg(long, value_name = "CMD", requires = "watch")]
    pub exec: Option<String>,
}

/// A duration: `500ms`, `90s`, `10m`, `1h`, or a number of seconds.
pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let t = s.trim();
    let (num, unit) = match t.find(|c: char| !c.is_ascii_digit() && c != '.') {
        Some(i) => t.split_at(i),
        None => (t, "s"),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("'{s}' is not a duration (90s, 10m, 1h)"))?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        _ => return Err(format!("'{s}': the unit is ms, s, m or h")),
    };
    if !secs.is_finite() || secs <= 0.0 || secs > 366.0 * 86_400.0 {
        return Err(format!("'{s}' is not a duration between 1 ms and a year"));
    }
    Ok(std::time::Duration::from_secs_f64(secs))
}

#[derive(Debug, Args)]
pub struct SecureArgs {
    #[command(flatten)]
    pub device: DeviceArgs,
    /// The service's encryption key (16, 24 or 32 bytes)
    #[arg(env = "SMQ_BOOTSTRAP_ENCRYPT_KEY", hide_env_values = true)]
    pub crypto_key: Option<String>,
    /// Read the crypto key from FILE
    #[arg(long, value_name = "FILE", conflicts_with = "crypto_key")]
    pub crypto_key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct KeyArgs {
    /// The encryption key (16, 24 or 32 bytes)
    #[arg(long, env = "SMQ_BOOTSTRAP_ENCRYPT_KEY", hide_env_values = true)]
    pub key: Option<String>,
    /// Read the key from FILE
    #[arg(long, value_name = "FILE", conflicts_with = "key")]
    pub key_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CryptoCmd {
    /// Encrypt TEXT (or stdin with -) and print hex(IV‖ciphertext), as the secure request's key
    Encrypt {
        #[command(flatten)]
        key: KeyArgs,
        /// The text to encrypt, or - for stdin [default: hidden prompt on a terminal, else stdin]
        text: Option<String>,
    },
    /// Decrypt IV‖ciphertext from FILE (or stdin) and print the plaintext, as a saved secure reply
    Decrypt {
        #[command(flatten)]
        key: KeyArgs,
        /// The input is hex text rather than raw bytes
        #[arg(long)]
        hex: bool,
        /// Input file, or - for stdin [default: stdin]
        file: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Address to listen on (port 0 picks a free port)
    #[arg(long, default_value = "127.0.0.1:9013", value_name = "ADDR")]
    pub listen: String,
    /// Serve HTTPS with this certificate chain (PEM); needs --tls-key
    #[arg(
        long,
        value_name = "FILE",
        requires = "tls_key",
        conflicts_with = "tls_self_signed"
    )]
    pub tls_cert: Option<PathBuf>,
    /// The private key (PEM) of --tls-cert
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Serve HTTPS with a new CA and a certificate it signs for localhost and 127.0.0.1
    #[arg(long)]
    pub tls_self_signed: bool,
    /// Write that CA's certificate to FILE, for clients' --tls-ca
    #[arg(long, value_name = "FILE", requires = "tls_self_signed")]
    pub write_ca: Option<PathBuf>,
    /// Append one line per request received (METHOD PATH STATUS) to FILE
    #[arg(long, value_name = "FILE")]
    pub request_log: Option<PathBuf>,
    /// Answer this share of API requests (0 to 1) with 503 before doing anything
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "F", default_value_t = 0.0)]
    pub fail_rate: f64,
    /// Carry out this share of API requests (0 to 1), then close the connection without answering
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "F", default_value_t = 0.0)]
    pub drop_rate: f64,
    /// Wait this long before handling each API request
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub latency_ms: u64,
    /// Answer every request with 503 for this many seconds after the start (a service
    /// that comes up late)
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "SECS", default_value_t = 0.0)]
    pub unavailable_for: f64,
    /// Seed of the fault dice, for repeatable runs
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// The service's encryption key for secure bootstrap
    #[arg(
        long,
        env = "SMQ_SANDBOX_ENCRYPT_KEY",
        hide_env_values = true,
        value_name = "KEY"
    )]
    pub encrypt_key: Option<String>,
    /// Serve Magistrala v0.20: the clients API (with --api clients) answering with its
    /// `{"message"}`-only errors and statuses. (--api profiles serves v0.30.)
    #[arg(long)]
    pub typed_errors: bool,
    /// A user whose e-mail is not verified, as TOKEN:DOMAIN (v0.30 refuses it; repeatable)
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "TOKEN:DOMAIN")]
    pub unverified_token: Vec<String>,
    /// A domain that exists but has no members (repeatable); other domains no user names are unknown
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "DOMAIN")]
    pub known_domain: Vec<String>,
    /// A client the Clients service holds, for bindings (v0.30), as JSON:
    /// {"id", "domain_id"?, "name"?, "identity"?, "secret"?}; repeatable
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "JSON")]
    pub client: Vec<String>,
    /// A channel the Channels service holds, as JSON: {"id", "domain_id"?, "name"?,
    /// "route"?, "metadata"?}; its name and metadata show in configs; repeatable
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "JSON")]
    pub channel: Vec<String>,
    /// An account of the users service, for `login`: NAME:PASSWORD, a member of --domain
    /// (repeatable). The token endpoints are served at the sandbox's own root
    #[arg(long = "user", value_name = "NAME:PASSWORD")]
    pub users: Vec<String>,
    /// Another domain an account of --user is a member of: NAME:DOMAIN (repeatable)
    #[arg(hide_short_help = true)]
    #[arg(long = "user-domain", value_name = "NAME:DOMAIN")]
    pub user_domains: Vec<String>,
    /// Lifetime of the access tokens the users service issues, in seconds
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "SECS", default_value_t = 3600)]
    pub token_ttl: u64,
    /// Lifetime of its refresh tokens, in seconds
    #[arg(hide_short_help = true)]
    #[arg(long, value_name = "SECS", default_value_t = 86400)]
    pub refresh_ttl: u64,
}

#[derive(Debug, Subcommand)]
pub enum DeviceProfileCmd {
    /// Create a device profile from flags and/or --json; prints its id (-o json: the profile)
    Create(ProfileFields),
    /// Create a device profile from a JSON, YAML or TOML document; prints its id (-o json: the
    /// profile)
    Upload {
        /// The document, or - for stdin
        file: PathBuf,
        /// Its format [default: from the file extension]
        #[arg(long, value_enum)]
        format: Option<DocFormat>,
    },
    /// List device profiles, newest first
    List {
        /// Only profiles whose name contains TEXT (case-insensitive)
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
        /// Profiles per page (1 to 100)
        #[arg(long, default_value_t = 10)]
        limit: u64,
        /// Profiles to skip
        #[arg(long, default_value_t = 0)]
        offset: u64,
        /// Follow the pages to the end (100 a request)
        #[arg(long)]
        all: bool,
    },
    /// Show a device profile
    View {
        /// Device profile id
        id: String,
    },
    /// Change the fields given; prints the profile. The service cannot clear the name,
    /// description, format or template; --defaults '{}' and --clear-slots clear those
    Update {
        /// Device profile id
        id: String,
        #[command(flatten)]
        fields: ProfileFields,
        /// Remove every binding slot
        #[arg(long, conflicts_with = "slots")]
        clear_slots: bool,
    },
    /// Remove device profiles (asks first; --yes when not interactive). Configs using one
    /// fall back to their static content; their bindings stay
    Remove {
        /// Device profile ids
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Show a device profile's binding slots
    Slots {
        /// Device profile id
        id: String,
    },
    /// Render a device profile as the service would: for a stored config (--config-id; its
    /// bindings without their secrets), or for a sample device described by the flags.
    /// Prints the content; -o json prints {"content": …}
    Render {
        /// Device profile id
        id: String,
        /// Render for this config, with its render context and bindings
        #[arg(long, value_name = "ID")]
        config_id: Option<String>,
        /// The sample device's config id
        #[arg(long, value_name = "ID", conflicts_with = "config_id")]
        device_id: Option<String>,
        /// The sample device's external id
        #[arg(long, value_name = "ID", conflicts_with = "config_id")]
        external_id: Option<String>,
        /// Template variables, a JSON object: inline or @FILE (a stored config's own win)
        #[arg(long, value_name = "JSON|@FILE")]
        render_context: Option<String>,
        /// A sample binding: SLOT=TYPE:RESOURCE_ID (repeat for several)
        #[arg(
            long = "binding",
            value_name = "SLOT=TYPE:ID",
            conflicts_with = "config_id"
        )]
        bindings: Vec<String>,
        /// A sample binding's snapshot field: SLOT.KEY=VALUE (a channel's topic is SLOT.topic=…)
        #[arg(
            long = "snapshot",
            value_name = "SLOT.KEY=VALUE",
            conflicts_with = "config_id"
        )]
        snapshots: Vec<String>,
        /// A sample binding's secret: SLOT.KEY=VALUE (a client's is SLOT.secret=…; a sample,
        /// not a real secret)
        #[arg(
            long = "secret",
            value_name = "SLOT.KEY=VALUE",
            conflicts_with = "config_id"
        )]
        secrets: Vec<String>,
    },
}

/// A device profile's fields, each optional.
#[derive(Debug, Args)]
pub struct ProfileFields {
    /// The profile as JSON: inline, @FILE, or - for stdin; flags override its fields
    #[arg(long, value_name = "JSON|@FILE|-")]
    pub json: Option<String>,
    /// Profile name (unique in the domain)
    #[arg(long)]
    pub name: Option<String>,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    /// What the rendered text becomes: json (re-emitted, the service's default), yaml, toml,
    /// go-template (as rendered) or raw (the template as it is, not rendered)
    #[arg(long, value_enum)]
    pub format: Option<ContentFormat>,
    /// The Go template: text or @FILE. It sees .Device.ID, .Device.ExternalID,
    /// .Device.DomainID, .Vars (defaults overlaid by the config's render context) and
    /// .Bindings.SLOT.{ID,Snapshot,Secret}
    #[arg(long, value_name = "TEXT|@FILE")]
    pub template: Option<String>,
    /// Default template variables, a JSON object: inline or @FILE
    #[arg(long, value_name = "JSON|@FILE")]
    pub defaults: Option<String>,
    /// A binding slot: NAME:TYPE, or NAME:TYPE:required (TYPE client or channel; repeat for
    /// several; replaces the slots)
    #[arg(long = "slot", value_name = "NAME:TYPE[:required]")]
    pub slots: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContentFormat {
    Json,
    Yaml,
    Toml,
    GoTemplate,
    Raw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    Json,
    Yaml,
    Toml,
}

#[derive(Debug, Subcommand)]
pub enum EnrollmentCmd {
    /// Give a config a device profile (a profile cannot be taken away, only replaced; the
    /// config's bindings stay)
    Assign {
        /// Config id
        #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
        config_id: String,
        /// Device profile id
        profile_id: String,
    },
    /// Bind clients and channels to the profile's slots, as SLOT=TYPE:ID (TYPE client or
    /// channel). Merged with the config's other bindings; the service snapshots each
    /// resource (a client's secret included, kept encrypted). The first bind must cover
    /// every required slot
    Bind {
        /// Config id
        #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
        config_id: String,
        /// SLOT=TYPE:ID, one or more
        #[arg(required = true, value_name = "SLOT=TYPE:ID")]
        bindings: Vec<String>,
    },
    /// Show a config's bindings (their secrets are never shown)
    Bindings {
        /// Config id
        #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
        config_id: String,
    },
    /// Resolve a config's bound resources again and store fresh snapshots (a renamed
    /// channel, a rotated client secret)
    Refresh {
        /// Config id
        #[arg(add = ArgValueCandidates::new(crate::complete::config_ids))]
        config_id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// Set a setting of a profile: url, token, token_file, output, tls_ca, insecure, timeout.
    ///
    /// For `token`, give - as VALUE to type it at a hidden prompt or pipe it on stdin.
    Set {
        /// Profile name
        #[arg(add = ArgValueCandidates::new(crate::complete::profile_names))]
        name: String,
        /// Setting
        key: String,
        /// Value
        value: String,
    },
    /// Remove a setting from a profile
    Unset {
        /// Profile name
        #[arg(add = ArgValueCandidates::new(crate::complete::profile_names))]
        name: String,
        /// Setting
        key: String,
    },
    /// Show a profile (the token redacted unless --show-secrets)
    Show {
        /// Profile name [default: the selected profile]
        #[arg(add = ArgValueCandidates::new(crate::complete::profile_names))]
        name: Option<String>,
    },
    /// List profiles (the one in use marked with *)
    List,
    /// Delete a profile
    Remove {
        /// Profile name
        #[arg(add = ArgValueCandidates::new(crate::complete::profile_names))]
        name: String,
    },
    /// Use profile NAME when none is named (--profile and SMQ_PROFILE still win); without
    /// one, the profile named `default` is used
    Use {
        /// Profile name
        #[arg(add = ArgValueCandidates::new(crate::complete::profile_names))]
        name: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        command().debug_assert();
    }

    #[test]
    fn bootstrap_forms_parse() {
        let c = Cli::try_parse_from(["x", "bootstrap", "ext", "key"]).unwrap();
        let Command::Bootstrap(b) = c.command else {
            panic!()
        };
        assert!(b.secure.is_none());
        assert_eq!(b.plain.external_id.as_deref(), Some("ext"));
        let c = Cli::try_parse_from(["x", "bootstrap", "secure", "ext", "key", "ck"]).unwrap();
        let Command::Bootstrap(b) = c.command else {
            panic!()
        };
        let Some(BootstrapSub::Secure(s)) = b.secure else {
            panic!()
        };
        assert_eq!(s.crypto_key.as_deref(), Some("ck"));
        assert!(Cli::try_parse_from(["x", "bootstrap"]).is_err());
    }
}
