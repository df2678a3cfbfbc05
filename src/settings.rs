//! Resolves the global options into `Settings`: flag > environment > profile
//! file > default. The terminal (which streams are terminals, and colour) is
//! decided here, once.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::error::Error;
use crate::files::read_secret_file;
use crate::generation::{self, Choice};
use crate::jq::Jq;
use crate::output::Format;
use crate::profiles::{Profile, ProfileFile};
use crate::secret::Secret;

pub const DEFAULT_URL: &str = "http://localhost:9013";
pub const DEFAULT_TIMEOUT_SECS: f64 = 30.0;
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where a token came from, for precedence between the token and the token file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    CommandLine,
    Environment,
    Default,
}

/// When to colour output.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

/// What the process is attached to, and whether to colour: decided once.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
    pub color_stdout: bool,
    pub color_stderr: bool,
}

impl Terminal {
    /// Looks at the standard streams and the environment (`NO_COLOR`, `TERM=dumb`).
    #[allow(clippy::disallowed_methods)] // the one place that asks what the streams are
    pub fn detect(color: ColorWhen) -> Terminal {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let (stdout, stderr) = (
            std::io::stdout().is_terminal(),
            std::io::stderr().is_terminal(),
        );
        let paint = |tty: bool| match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => tty && !no_color,
        };
        Terminal {
            stdin: std::io::stdin().is_terminal(),
            stdout,
            stderr,
            color_stdout: paint(stdout),
            color_stderr: paint(stderr),
        }
    }

    /// A person can answer a prompt: stdin and stderr are terminals.
    pub fn interactive(&self) -> bool {
        self.stdin && self.stderr
    }
}

/// The global options as parsed, before resolution (plain data, no clap types).
#[derive(Debug, Default, Clone)]
pub struct Inputs {
    /// The profile settings (by profile key) whose value above came from
    /// the environment: a profile named explicitly overrides them.
    pub from_env: Vec<&'static str>,
    pub url: Option<String>,
    pub tokens: Vec<String>,
    pub token_source: Option<Source>,
    pub token_file: Option<(PathBuf, Source)>,
    pub profile: Option<String>,
    pub api: Option<Choice>,
    pub domain: Option<String>,
    pub output: Option<Format>,
    pub jq: Option<String>,
    pub columns: Option<Vec<String>>,
    pub tls_ca: Option<PathBuf>,
    pub insecure: bool,
    pub allow_insecure_http: bool,
    pub timeout: Option<f64>,
    pub retries: u32,
    pub curl: bool,
    pub show_secrets: bool,
    pub dry_run: bool,
    pub verbose: bool,
    pub quiet: bool,
    pub yes: bool,
    pub terminal: Terminal,
}

impl Inputs {
    /// Drops what came from the environment where `profile` has a value.
    fn yield_to(&mut self, profile: &Profile) {
        let env = |key: &str| self.from_env.contains(&key);
        if env("url") && profile.url.is_some() {
            self.url = None;
        }
        let has_token = profile.token.is_some() || profile.token_file.is_some();
        if has_token && env("token") {
            self.tokens.clear();
            self.token_source = None;
        }
        if has_token && env("token_file") {
            self.token_file = None;
        }
        if env("api") && profile.api.is_some() {
            self.api = None;
        }
        if env("domain") && profile.domain.is_some() {
            self.domain = None;
        }
        if env("output") && profile.output.is_some() {
            self.output = None;
        }
    }
}

/// Everything a command needs to know about how to run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub url: String,
    /// The users service named by the profile (`login`).
    pub users_url: Option<String>,
    /// Where the user token comes from; read only by management commands.
    pub token: TokenSource,
    pub generation: generation::Setting,
    pub domain: Option<String>,
    pub output: Format,
    /// The format was chosen (flag, environment or profile, or --jq), not
    /// guessed from the terminal.
    pub output_explicit: bool,
    /// `--jq`, compiled.
    pub jq: Option<Arc<Jq>>,
    /// `--columns`.
    pub columns: Option<Vec<String>>,
    pub tls_ca: Option<PathBuf>,
    pub insecure: bool,
    pub allow_insecure_http: bool,
    pub timeout: Duration,
    pub retries: u32,
    pub curl: bool,
    pub show_secrets: bool,
    pub dry_run: bool,
    pub verbose: bool,
    pub quiet: bool,
    pub yes: bool,
    pub terminal: Terminal,
    pub profile_name: Option<String>,
    /// Where each setting came from (`doctor`): flag, environment, profile
    /// or default.
    pub origins: Vec<(&'static str, String)>,
}

/// Where the user token comes from. A file is read when the token is
/// needed, so that device commands never depend on it.
#[derive(Debug, Clone, Default)]
pub enum TokenSource {
    #[default]
    None,
    Value(Secret),
    File(PathBuf),
    /// The session `login` stored in this profile: renewed as it expires.
    Session {
        profile: String,
        session: Box<crate::session::Session>,
    },
}

impl TokenSource {
    /// The token, a file read now.
    pub fn resolve(&self) -> Result<Option<Secret>, Error> {
        match self {
            TokenSource::None => Ok(None),
            TokenSource::Value(s) => Ok(Some(s.clone())),
            TokenSource::File(f) => read_token_file(f).map(Some),
            TokenSource::Session { session, .. } => Ok(Some(session.access())),
        }
    }
}

/// Checks the service URL: http(s), a host, and nothing the tool would
/// send elsewhere or mangle. A user and password in it would be sent as
/// Basic auth in place of the token, and shown in errors; a query or a
/// fragment would be dropped or glued to every path.
pub fn check_url(url: &str) -> Result<String, Error> {
    let u = reqwest::Url::parse(url)
        .map_err(|e| Error::usage(format!("invalid URL '{}': {e}", redact_userinfo(url))))?;
    let shown = || {
        let mut v = u.clone();
        let _ = v.set_username("");
        let _ = v.set_password(None);
        v.to_string()
    };
    if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
        return Err(Error::usage(format!(
            "invalid URL '{}': expected http:// or https:// and a host",
            shown()
        )));
    }
    if !u.username().is_empty() || u.password().is_some() {
        return Err(Error::usage_hint(
            format!("the URL '{}' carries a user name or password", shown()),
            "give the service's URL alone; the user token goes in --token-file, SMQ_TOKEN or a profile",
        ));
    }
    if u.query().is_some() || u.fragment().is_some() {
        return Err(Error::usage(format!(
            "the URL '{}' has a query or a fragment; give the service's base URL",
            shown()
        )));
    }
    Ok(url.trim_end_matches('/').to_string())
}

/// `scheme://user:pw@host…` with the user and password taken out, for a
/// message about a URL that does not even parse.
fn redact_userinfo(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://{}", &url[..s], &url[at + 1..]),
        _ => url.to_string(),
    }
}

/// A token file, refused when others can read it (as a profile file
/// holding a token is).
fn read_token_file(path: &std::path::Path) -> Result<Secret, Error> {
    crate::files::check_private(path, "token")?;
    read_secret_file(path, "token")
}

pub fn check_timeout(secs: f64) -> Result<f64, Error> {
    if secs.is_finite() && secs > 0.0 && secs <= 86_400.0 {
        Ok(secs)
    } else {
        Err(Error::usage(format!(
            "invalid timeout {secs}: expected seconds between 0 and 86400"
        )))
    }
}

impl Settings {
    /// Resolves `inputs` against the environment's profile file, read once.
    pub fn resolve(inputs: Inputs) -> Result<Settings, Error> {
        let path = ProfileFile::path();
        let file = match &path {
            Some(p) => ProfileFile::load(p)?,
            None => ProfileFile::default(),
        };
        let (profile_name, profile) = match &inputs.profile {
            Some(name) => {
                let path =
                    path.ok_or_else(|| Error::usage("no config directory for the profile file"))?;
                let p = file.profiles.get(name).cloned().ok_or_else(|| {
                    Error::usage_hint(
                        format!("no profile named '{name}' in {}", path.display()),
                        format!("create it with: smq-bootstrap profile set {name} url URL"),
                    )
                })?;
                (Some(name.clone()), p)
            }
            None => match (file.profiles.get(file.current_name()), &file.current) {
                (Some(p), _) => (Some(file.current_name().to_string()), p.clone()),
                (None, Some(name)) => {
                    return Err(Error::usage_hint(
                        format!("the profile in use, '{name}', is not in the profile file"),
                        "choose another with `smq-bootstrap profile use NAME`",
                    ));
                }
                (None, None) => (None, Profile::default()),
            },
        };
        let mut settings = Self::resolve_with(inputs, profile_name, profile)?;
        settings.generation.remembered = crate::profiles::Detected::lookup(&settings.url)
            .or_else(|| file.legacy_detected(&settings.url));
        Ok(settings)
    }

    /// Resolution proper, given the selected profile.
    pub fn resolve_with(
        mut inputs: Inputs,
        profile_name: Option<String>,
        profile: Profile,
    ) -> Result<Settings, Error> {
        // A profile named on purpose (--profile, SMQ_PROFILE) wins over stray
        // environment variables for what it defines, as `aws --profile` does;
        // the implicit default profile yields to them.
        if inputs.profile.is_some() {
            inputs.yield_to(&profile);
        }
        let from = |key: &str, given: bool, in_profile: bool| -> String {
            if given && inputs.from_env.contains(&key) {
                "environment".into()
            } else if given {
                "command line".into()
            } else if in_profile {
                format!("profile {}", profile_name.as_deref().unwrap_or("default"))
            } else {
                "default".into()
            }
        };
        let mut origins = vec![
            (
                "url",
                from("url", inputs.url.is_some(), profile.url.is_some()),
            ),
            (
                "api",
                from("api", inputs.api.is_some(), profile.api.is_some()),
            ),
            (
                "domain",
                from("domain", inputs.domain.is_some(), profile.domain.is_some()),
            ),
            (
                "output",
                from("output", inputs.output.is_some(), profile.output.is_some()),
            ),
        ];
        let url = match (&inputs.url, &profile.url) {
            (Some(u), _) => check_url(u)?,
            (None, Some(u)) => check_url(u)?,
            (None, None) => DEFAULT_URL.to_string(),
        };
        if inputs.tokens.len() > 1 {
            return Err(Error::usage("--token given more than once"));
        }
        // Candidates in precedence order: flag, environment, profile.
        let tok_src = inputs.token_source.unwrap_or(Source::Default);
        let file_src = inputs
            .token_file
            .as_ref()
            .map(|(_, s)| *s)
            .unwrap_or(Source::Default);
        let direct = inputs.tokens.first().filter(|t| !t.is_empty());
        let token = if let Some(t) = direct.filter(|_| tok_src <= file_src) {
            TokenSource::Value(Secret::new(t.as_str()))
        } else if let Some((f, _)) = &inputs.token_file {
            TokenSource::File(f.clone())
        } else if let Some(t) = direct {
            TokenSource::Value(Secret::new(t.as_str()))
        } else if let (Some(sess), Some(name)) = (
            profile.login.as_ref().filter(|s| s.url == url),
            profile_name.as_ref(),
        ) {
            // A session is for the service it was started with, only.
            TokenSource::Session {
                profile: name.clone(),
                session: Box::new(sess.clone()),
            }
        } else if let Some(t) = profile.token.as_ref().filter(|t| !t.is_empty()) {
            TokenSource::Value(Secret::new(t.as_str()))
        } else if let Some(f) = &profile.token_file {
            TokenSource::File(f.clone())
        } else {
            TokenSource::None
        };
        origins.push((
            "token",
            match &token {
                TokenSource::None => "none".into(),
                TokenSource::Value(_) if !inputs.tokens.is_empty() => from("token", true, false),
                TokenSource::File(_) if inputs.token_file.is_some() => {
                    format!("a token file ({})", from("token_file", true, false))
                }
                TokenSource::Session { profile, .. } => {
                    format!("the login session of profile {profile}")
                }
                TokenSource::Value(_) | TokenSource::File(_) => from("token", false, true),
            },
        ));
        let choice = match (inputs.api, &profile.api) {
            (Some(c), _) => c,
            (None, Some(a)) => Choice::parse(a)
                .ok_or_else(|| Error::usage(format!("profile: invalid api '{a}'")))?,
            (None, None) => Choice::Auto,
        };
        let domain = inputs
            .domain
            .or(profile.domain.clone())
            .filter(|d| !d.is_empty());
        if let Some(d) = &domain {
            crate::client::check_path_id("domain id", d)?;
        }
        let (jq, columns) = (inputs.jq.as_deref(), inputs.columns.as_deref());
        let chosen = match (inputs.output, &profile.output) {
            (Some(f), _) => Some(f),
            (None, Some(o)) => Some(
                Format::parse(o)
                    .ok_or_else(|| Error::usage(format!("profile: invalid output '{o}'")))?,
            ),
            (None, None) => None,
        };
        let output = match (chosen, jq, columns) {
            (Some(Format::Table | Format::Csv), Some(_), _) if inputs.output.is_some() => {
                return Err(Error::usage_hint(
                    "--jq filters JSON, not a table or CSV",
                    "drop -o, or use -o json or -o jsonl",
                ));
            }
            (Some(Format::Json | Format::Jsonl), _, Some(_)) if inputs.output.is_some() => {
                return Err(Error::usage_hint(
                    "--columns chooses a table's or CSV's columns, not JSON's",
                    "use -o table or -o csv, or --jq to pick fields of JSON",
                ));
            }
            (_, Some(_), Some(_)) => {
                return Err(Error::usage(
                    "--jq and --columns do not go together: --jq shapes JSON, --columns tables and CSV",
                ));
            }
            (Some(Format::Jsonl), Some(_), _) => Format::Jsonl,
            (_, Some(_), _) => Format::Json,
            (Some(Format::Json | Format::Jsonl), _, Some(_)) | (None, _, Some(_)) => Format::Table,
            (Some(f), _, _) => f,
            (None, None, None) if inputs.terminal.stdout => Format::Table,
            (None, None, None) => Format::Json,
        };
        if let Some(cols) = columns
            && let Some(bad) = cols.iter().find(|c| c.trim().is_empty())
        {
            return Err(Error::usage(format!(
                "--columns: an empty column name ({bad:?})"
            )));
        }
        let jq = jq.map(Jq::compile).transpose()?.map(Arc::new);
        let output_explicit = chosen.is_some() || jq.is_some();
        let timeout = check_timeout(
            inputs
                .timeout
                .or(profile.timeout)
                .unwrap_or(DEFAULT_TIMEOUT_SECS),
        )?;
        Ok(Settings {
            users_url: profile.users_url.clone(),
            url,
            token,
            generation: generation::Setting {
                choice,
                remembered: None,
            },
            domain,
            output,
            output_explicit,
            jq,
            columns: inputs.columns,
            tls_ca: inputs.tls_ca.or(profile.tls_ca),
            insecure: inputs.insecure || profile.insecure.unwrap_or(false),
            allow_insecure_http: inputs.allow_insecure_http,
            timeout: Duration::from_secs_f64(timeout),
            retries: inputs.retries,
            curl: inputs.curl,
            show_secrets: inputs.show_secrets,
            dry_run: inputs.dry_run,
            verbose: inputs.verbose,
            quiet: inputs.quiet,
            yes: inputs.yes,
            terminal: inputs.terminal,
            profile_name,
            origins,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_flag_env_profile_default() {
        let profile = Profile {
            url: Some("http://profile:1".into()),
            token: Some("ptok".into()),
            ..Profile::default()
        };
        let s = Settings::resolve_with(Inputs::default(), None, profile.clone()).unwrap();
        assert_eq!(s.url, "http://profile:1");
        assert_eq!(s.token.resolve().unwrap().unwrap().expose(), "ptok");
        let inputs = Inputs {
            url: Some("http://flag:2/".into()),
            tokens: vec!["etok".into()],
            token_source: Some(Source::Environment),
            ..Inputs::default()
        };
        let s = Settings::resolve_with(inputs, None, profile).unwrap();
        assert_eq!(s.url, "http://flag:2");
        assert_eq!(s.token.resolve().unwrap().unwrap().expose(), "etok");
        let s = Settings::resolve_with(Inputs::default(), None, Profile::default()).unwrap();
        assert_eq!(s.url, DEFAULT_URL);
        assert!(s.token.resolve().unwrap().is_none());
        assert_eq!(s.timeout, Duration::from_secs(30));
        assert_eq!(s.generation.choice, Choice::Auto);
    }
}
