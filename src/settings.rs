//! Resolves the global options into `Settings`: flag > environment > profile
//! file > default. Also reads and writes the profile file.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::api::Api;
use crate::error::Error;
use crate::output::Format;
use crate::secret::Secret;

pub const DEFAULT_URL: &str = "http://localhost:9013";
pub const DEFAULT_TIMEOUT_SECS: f64 = 30.0;
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Environment variable naming the profile file, overriding the default location.
pub const CONFIG_ENV: &str = "SMQ_BOOTSTRAP_CONFIG";

/// Where a value came from, for precedence and for warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    CommandLine,
    Environment,
    Profile,
    Default,
}

/// The global options as parsed, before resolution (plain data, no clap types).
#[derive(Debug, Default, Clone)]
pub struct Inputs {
    pub url: Option<(String, Source)>,
    pub tokens: Vec<String>,
    pub token_source: Option<Source>,
    pub token_file: Option<(PathBuf, Source)>,
    pub profile: Option<String>,
    /// `None` inside: auto.
    pub api: Option<(Option<Api>, Source)>,
    pub domain: Option<(String, Source)>,
    pub output: Option<Format>,
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
    pub color: ColorWhen,
    pub yes: bool,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum ColorWhen {
    #[default]
    Auto,
    Always,
    Never,
}

/// Everything a command needs to know about how to run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub url: String,
    pub token: Option<Secret>,
    /// The token was typed on the command line (visible to other users).
    pub token_on_argv: bool,
    /// `None`: detect it (auto).
    pub api: Option<Api>,
    /// The generation `--api auto` found earlier for `url` (from the profile file).
    pub remembered_api: Option<Api>,
    pub domain: Option<String>,
    pub output: Format,
    /// The format was chosen (flag, environment or profile), not guessed from the terminal.
    pub output_explicit: bool,
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
    pub color_stdout: bool,
    pub color_stderr: bool,
    pub yes: bool,
    pub profile_name: Option<String>,
}

/// One named profile in the profile file.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_file: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_ca: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insecure: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// The settings a profile may hold, as `profile set` names them.
pub const PROFILE_KEYS: &[&str] = &[
    "url",
    "token",
    "token_file",
    "output",
    "tls_ca",
    "insecure",
    "timeout",
    "api",
    "domain",
];

impl Profile {
    /// Sets `key` from its text form, checking the value.
    pub fn set(&mut self, key: &str, value: String) -> Result<(), Error> {
        let bad = |what: &str| Error::usage(format!("invalid value for {key}: {what}"));
        match key {
            "url" => self.url = Some(check_url(&value)?),
            "token" => self.token = Some(value),
            "token_file" => self.token_file = Some(value.into()),
            "output" => {
                Format::parse(&value).ok_or_else(|| bad("expected table, json or jsonl"))?;
                self.output = Some(value)
            }
            "tls_ca" => self.tls_ca = Some(value.into()),
            "insecure" => {
                self.insecure = Some(value.parse().map_err(|_| bad("expected true or false"))?)
            }
            "timeout" => {
                self.timeout = Some(check_timeout(
                    value.parse().map_err(|_| bad("expected seconds"))?,
                )?)
            }
            "api" => {
                if value != "auto" {
                    Api::parse(&value)
                        .ok_or_else(|| bad("expected auto, v1, domain or clients"))?;
                }
                self.api = Some(value)
            }
            "domain" => self.domain = Some(value),
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }

    pub fn unset(&mut self, key: &str) -> Result<(), Error> {
        match key {
            "url" => self.url = None,
            "token" => self.token = None,
            "token_file" => self.token_file = None,
            "output" => self.output = None,
            "tls_ca" => self.tls_ca = None,
            "insecure" => self.insecure = None,
            "timeout" => self.timeout = None,
            "api" => self.api = None,
            "domain" => self.domain = None,
            _ => return Err(unknown_key(key)),
        }
        Ok(())
    }
}

fn unknown_key(key: &str) -> Error {
    Error::usage_hint(
        format!("unknown profile setting '{key}'"),
        format!("settings: {}", PROFILE_KEYS.join(", ")),
    )
}

/// The profile file: `[profiles.NAME]` tables.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProfileFile {
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    /// API generations found by `--api auto`, by service URL.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub detected: BTreeMap<String, String>,
}

impl ProfileFile {
    /// Remembers (or, with `None`, forgets) the generation of `url`.
    pub fn cache_api(url: &str, api: Option<Api>) -> Result<(), Error> {
        let path = Self::path().ok_or_else(|| Error::Other("no config directory".into()))?;
        let mut file = Self::load(&path)?;
        match api {
            Some(a) => file.detected.insert(url.to_string(), a.name().to_string()),
            None => file.detected.remove(url),
        };
        file.save(&path)
    }

    /// The profile file's path: `$SMQ_BOOTSTRAP_CONFIG`, else the user's config directory.
    pub fn path() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
            return Some(PathBuf::from(p));
        }
        directories::ProjectDirs::from("", "", "smq-bootstrap")
            .map(|d| d.config_dir().join("config.toml"))
    }

    /// Parses profile-file text.
    pub fn parse(text: &str) -> Result<ProfileFile, String> {
        toml::from_str(text).map_err(|e| e.message().to_string())
    }

    /// Reads the file; a missing file is an empty one. A file holding a token
    /// must not be readable by group or others.
    pub fn load(path: &Path) -> Result<ProfileFile, Error> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ProfileFile::default()),
            Err(e) => {
                return Err(Error::usage(format!(
                    "cannot read profile file {}: {e}",
                    path.display()
                )));
            }
        };
        let file = ProfileFile::parse(&text).map_err(|e| {
            Error::usage(format!(
                "profile file {} is not valid: {}",
                path.display(),
                e.trim()
            ))
        })?;
        #[cfg(unix)]
        if file.profiles.values().any(|p| p.token.is_some()) {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(path)
                .map(|m| m.permissions().mode())
                .unwrap_or(0);
            if mode & 0o077 != 0 {
                return Err(Error::usage_hint(
                    format!(
                        "profile file {} holds a token but is readable by others (mode {:o})",
                        path.display(),
                        mode & 0o777
                    ),
                    format!("run: chmod 600 {}", path.display()),
                ));
            }
        }
        Ok(file)
    }

    /// Writes the file with mode 0600 (through a temporary file and a rename).
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        let err = |e: std::io::Error| {
            Error::Other(format!("cannot write profile file {}: {e}", path.display()))
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir).map_err(err)?;
        }
        let text = toml::to_string_pretty(self).map_err(|e| Error::Other(e.to_string()))?;
        let tmp = path.with_extension("toml.tmp");
        let mut f = private_file(&tmp).map_err(err)?;
        f.write_all(text.as_bytes()).map_err(err)?;
        f.sync_all().map_err(err)?;
        std::fs::rename(&tmp, path).map_err(err)
    }
}

/// Creates `dir` (and parents) with mode 0700 where it does not exist.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
}

/// Creates or truncates `path` with mode 0600.
pub fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    let f = o.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(f)
}

fn check_url(url: &str) -> Result<String, Error> {
    let u =
        reqwest::Url::parse(url).map_err(|e| Error::usage(format!("invalid URL '{url}': {e}")))?;
    if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
        return Err(Error::usage(format!(
            "invalid URL '{url}': expected http:// or https:// and a host"
        )));
    }
    Ok(url.trim_end_matches('/').to_string())
}

fn check_timeout(secs: f64) -> Result<f64, Error> {
    if secs.is_finite() && secs > 0.0 && secs <= 86_400.0 {
        Ok(secs)
    } else {
        Err(Error::usage(format!(
            "invalid timeout {secs}: expected seconds between 0 and 86400"
        )))
    }
}

/// Reads a secret from a file: the first line, without its line ending.
pub fn read_secret_file(path: &Path, what: &str) -> Result<Secret, Error> {
    let bytes = std::fs::read(path)
        .map_err(|e| Error::usage(format!("cannot read {what} file {}: {e}", path.display())))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("{what} file {} is not UTF-8 text", path.display())))?;
    let first = text.lines().next().unwrap_or("");
    if first.is_empty() {
        return Err(Error::usage(format!(
            "{what} file {} is empty",
            path.display()
        )));
    }
    Ok(Secret::new(first))
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
            None => match file.profiles.get("default") {
                Some(p) => (Some("default".to_string()), p.clone()),
                None => (None, Profile::default()),
            },
        };
        let mut settings = Self::resolve_with(inputs, profile_name, profile)?;
        settings.remembered_api = file.detected.get(&settings.url).and_then(|a| Api::parse(a));
        Ok(settings)
    }

    /// Resolution proper, given the selected profile.
    pub fn resolve_with(
        inputs: Inputs,
        profile_name: Option<String>,
        profile: Profile,
    ) -> Result<Settings, Error> {
        let url = match (&inputs.url, &profile.url) {
            (Some((u, _)), _) => check_url(u)?,
            (None, Some(u)) => check_url(u)?,
            (None, None) => DEFAULT_URL.to_string(),
        };
        if inputs.tokens.len() > 1 {
            return Err(Error::usage("--token given more than once"));
        }
        // Candidates in precedence order: flag, environment, profile.
        let mut token = None;
        let mut token_on_argv = false;
        let tok_src = inputs.token_source.unwrap_or(Source::Default);
        let file_src = inputs
            .token_file
            .as_ref()
            .map(|(_, s)| *s)
            .unwrap_or(Source::Default);
        let direct = inputs.tokens.first().filter(|t| !t.is_empty());
        if let Some(t) = direct.filter(|_| tok_src <= file_src) {
            token_on_argv = tok_src == Source::CommandLine;
            token = Some(Secret::new(t.as_str()));
        } else if let Some((f, _)) = &inputs.token_file {
            token = Some(read_secret_file(f, "token")?);
        } else if let Some(t) = direct {
            token = Some(Secret::new(t.as_str()));
        } else if let Some(t) = profile.token.as_ref().filter(|t| !t.is_empty()) {
            token = Some(Secret::new(t.as_str()));
        } else if let Some(f) = &profile.token_file {
            token = Some(read_secret_file(f, "token")?);
        }
        let api = match (&inputs.api, &profile.api) {
            (Some((a, _)), _) => *a,
            (None, Some(a)) if a == "auto" => None,
            (None, Some(a)) => Some(
                Api::parse(a).ok_or_else(|| Error::usage(format!("profile: invalid api '{a}'")))?,
            ),
            (None, None) => None,
        };
        let domain = inputs
            .domain
            .map(|(d, _)| d)
            .or(profile.domain.clone())
            .filter(|d| !d.is_empty());
        if let Some(d) = &domain {
            crate::client::check_path_id("domain id", d)?;
        }
        let output = match (inputs.output, &profile.output) {
            (Some(f), _) => f,
            (None, Some(o)) => Format::parse(o)
                .ok_or_else(|| Error::usage(format!("profile: invalid output '{o}'")))?,
            (None, None) if std::io::stdout().is_terminal() => Format::Table,
            (None, None) => Format::Json,
        };
        let output_explicit = inputs.output.is_some() || profile.output.is_some();
        let timeout = check_timeout(
            inputs
                .timeout
                .or(profile.timeout)
                .unwrap_or(DEFAULT_TIMEOUT_SECS),
        )?;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = |tty: bool| match inputs.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => tty && !no_color,
        };
        Ok(Settings {
            url,
            token,
            token_on_argv,
            api,
            remembered_api: None,
            domain,
            output,
            output_explicit,
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
            color_stdout: color(std::io::stdout().is_terminal()),
            color_stderr: color(std::io::stderr().is_terminal()),
            yes: inputs.yes,
            profile_name,
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
        assert_eq!(s.token.unwrap().expose(), "ptok");
        let inputs = Inputs {
            url: Some(("http://flag:2/".into(), Source::CommandLine)),
            tokens: vec!["etok".into()],
            token_source: Some(Source::Environment),
            ..Inputs::default()
        };
        let s = Settings::resolve_with(inputs, None, profile).unwrap();
        assert_eq!(s.url, "http://flag:2");
        assert_eq!(s.token.unwrap().expose(), "etok");
        assert!(!s.token_on_argv);
        let s = Settings::resolve_with(Inputs::default(), None, Profile::default()).unwrap();
        assert_eq!(s.url, DEFAULT_URL);
        assert!(s.token.is_none());
        assert_eq!(s.timeout, Duration::from_secs(30));
    }

    #[test]
    fn profile_file_round_trip_and_validation() {
        let mut p = Profile::default();
        p.set("url", "https://x.example:9013/".into()).unwrap();
        p.set("timeout", "5".into()).unwrap();
        assert!(p.set("timeout", "-1".into()).is_err());
        assert!(p.set("url", "ftp://x".into()).is_err());
        assert!(p.set("nope", "1".into()).is_err());
        let mut f = ProfileFile::default();
        f.profiles.insert("prod".into(), p);
        let text = toml::to_string_pretty(&f).unwrap();
        assert_eq!(ProfileFile::parse(&text).unwrap(), f);
        assert!(ProfileFile::parse("[profiles.x]\nbogus = 1\n").is_err());
    }
}
