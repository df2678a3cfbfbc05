//! The profile file (named settings, `[profiles.NAME]`) and, apart from it
//! in the cache directory, the API generations `auto` found, by URL. Both
//! are changed under a lock: read afresh, changed, written 0600 through a
//! temporary file and a rename, so that concurrent runs lose nothing. A
//! profile file that is a link is written where the link points.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::files::{PRIVATE, create_private_dir, through_links, write_atomic};
use crate::generation::{Api, Choice};
use crate::output::Format;
use crate::settings::{check_timeout, check_url};

/// Environment variable naming the profile file, overriding the default location.
pub const CONFIG_ENV: &str = "SMQ_BOOTSTRAP_CONFIG";
/// Environment variable naming the file of detected generations (a cache).
pub const CACHE_ENV: &str = "SMQ_BOOTSTRAP_CACHE";

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
    /// The users service, for `login` (else derived from `url`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users_url: Option<String>,
    /// The session `login` started: a token pair, renewed as it expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<crate::session::Session>,
}

/// The settings a profile may hold, as `profile set` names them.
pub const PROFILE_KEYS: &[&str] = &[
    "url",
    "users_url",
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
            "users_url" => self.users_url = Some(check_url(&value)?),
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
                Choice::parse(&value).ok_or_else(|| bad("expected auto, v1, domain or clients"))?;
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
            "users_url" => self.users_url = None,
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
    /// The profile used when none is named (`profile use`); else `default`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
    /// Where earlier releases kept the detected generations: still read
    /// (so such a file parses), never written; they now live in the cache.
    #[serde(default, skip_serializing)]
    detected: BTreeMap<String, String>,
}

impl ProfileFile {
    /// The profile file's path: `$SMQ_BOOTSTRAP_CONFIG`, else the user's config directory.
    pub fn path() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os(CONFIG_ENV).filter(|p| !p.is_empty()) {
            return Some(PathBuf::from(p));
        }
        directories::ProjectDirs::from("", "", "smq-bootstrap")
            .map(|d| d.config_dir().join("config.toml"))
    }

    /// The name of the profile used when none is named.
    pub fn current_name(&self) -> &str {
        self.current.as_deref().unwrap_or("default")
    }

    /// Parses profile-file text.
    pub fn parse(text: &str) -> Result<ProfileFile, String> {
        toml::from_str(text).map_err(|e| e.message().to_string())
    }

    /// Reads the file; a missing file is an empty one. A file holding a token
    /// must not be readable by group or others.
    pub fn load(path: &Path) -> Result<ProfileFile, Error> {
        let Some(text) = read_optional(path, "profile file")? else {
            return Ok(ProfileFile::default());
        };
        let file = ProfileFile::parse(&text).map_err(|e| {
            Error::usage(format!(
                "profile file {} is not valid: {}",
                path.display(),
                e.trim()
            ))
        })?;
        if file
            .profiles
            .values()
            .any(|p| p.token.is_some() || p.login.is_some())
        {
            crate::files::check_private(path, "profile")?;
        }
        Ok(file)
    }

    /// The file under its lock, read afresh, for a change that waits on
    /// the network (a token refresh): `Locked::save` writes it back.
    pub fn locked(path: &Path) -> Result<Locked, Error> {
        let target = through_links(path);
        let lock = Lock::take(&target).map_err(|e| {
            Error::Other(format!(
                "cannot lock profile file {}: {e}",
                target.display()
            ))
        })?;
        let file = ProfileFile::load(&target)?;
        Ok(Locked {
            _lock: lock,
            target,
            file,
        })
    }

    /// Changes the file under its lock: read afresh, changed by `f`, written
    /// back (through a link, when it is one). Returns what `f` returns.
    pub fn edit<T>(
        path: &Path,
        f: impl FnOnce(&mut ProfileFile) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let target = through_links(path);
        let err = |e: std::io::Error| {
            Error::Other(format!(
                "cannot write profile file {}: {e}",
                target.display()
            ))
        };
        let _lock = Lock::take(&target).map_err(err)?;
        let mut file = ProfileFile::load(&target)?;
        let out = f(&mut file)?;
        let text = toml::to_string_pretty(&file).map_err(|e| Error::Other(e.to_string()))?;
        write_atomic(&target, text.as_bytes(), PRIVATE).map_err(err)?;
        Ok(out)
    }

    /// The generation an earlier release's file remembered for `url`.
    pub fn legacy_detected(&self, url: &str) -> Option<Api> {
        self.detected.get(url).and_then(|a| Api::parse(a))
    }
}

/// The profile file held under its lock.
pub struct Locked {
    _lock: Lock,
    target: PathBuf,
    pub file: ProfileFile,
}

impl Locked {
    /// Writes the file back, as `ProfileFile::edit` does; the lock is held
    /// until this is dropped.
    pub fn save(&self) -> Result<(), Error> {
        let text = toml::to_string_pretty(&self.file).map_err(|e| Error::Other(e.to_string()))?;
        write_atomic(&self.target, text.as_bytes(), PRIVATE).map_err(|e| {
            Error::Other(format!(
                "cannot write profile file {}: {e}",
                self.target.display()
            ))
        })
    }
}

/// The API generations `auto` found, by service URL: a cache, kept apart
/// from the settings. Failing to write it is never an error.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
pub struct Detected {
    #[serde(default)]
    pub detected: BTreeMap<String, String>,
}

impl Detected {
    /// `$SMQ_BOOTSTRAP_CACHE`, else `detected.toml` in the user's cache directory.
    pub fn path() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os(CACHE_ENV).filter(|p| !p.is_empty()) {
            return Some(PathBuf::from(p));
        }
        directories::ProjectDirs::from("", "", "smq-bootstrap")
            .map(|d| d.cache_dir().join("detected.toml"))
    }

    /// What the cache holds for `url`; an unreadable cache holds nothing.
    pub fn lookup(url: &str) -> Option<Api> {
        let text = read_optional(&Self::path()?, "cache").ok()??;
        let d: Detected = toml::from_str(&text).ok()?;
        d.detected.get(url).and_then(|a| Api::parse(a))
    }

    /// Remembers (or, with `None`, forgets) the generation of `url`.
    pub fn remember(url: &str, api: Option<Api>) -> Result<(), Error> {
        let path = Self::path().ok_or_else(|| Error::Other("no cache directory".into()))?;
        let err = |e: std::io::Error| Error::Other(format!("cannot write {}: {e}", path.display()));
        let _lock = Lock::take(&path).map_err(err)?;
        let mut d: Detected = read_optional(&path, "cache")
            .ok()
            .flatten()
            .and_then(|t| toml::from_str(&t).ok())
            .unwrap_or_default();
        match api {
            Some(a) => d.detected.insert(url.to_string(), a.name().to_string()),
            None => d.detected.remove(url),
        };
        let text = toml::to_string_pretty(&d).map_err(|e| Error::Other(e.to_string()))?;
        write_atomic(&path, text.as_bytes(), PRIVATE).map_err(err)
    }
}

/// The configs the last `config list` showed, for shell completion of ids:
/// `listed.json` beside the generation cache. Failing to write it is never
/// an error.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
pub struct Listed {
    /// The service they came from.
    pub url: String,
    /// Config id, external id, name.
    pub configs: Vec<(String, String, String)>,
}

impl Listed {
    /// At most this many are kept.
    pub const MAX: usize = 2000;

    pub fn path() -> Option<PathBuf> {
        Some(Detected::path()?.with_file_name("listed.json"))
    }

    pub fn load() -> Listed {
        Self::path()
            .and_then(|p| read_optional(&p, "cache").ok().flatten())
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    pub fn remember(&self) {
        let Some(path) = Self::path() else { return };
        if let Some(dir) = path.parent() {
            let _ = create_private_dir(dir);
        }
        if let Ok(text) = serde_json::to_vec(self) {
            let _ = write_atomic(&path, &text, PRIVATE);
        }
    }
}

/// A file's text, `None` when it does not exist.
fn read_optional(path: &Path, what: &str) -> Result<Option<String>, Error> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(Some(t)),
        // Nothing there, or no directory to hold it (a home that is not one).
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(Error::usage(format!(
            "cannot read {what} {}: {e}",
            path.display()
        ))),
    }
}

/// An exclusive lock on `<file>.lock` beside a file, held until dropped:
/// writers of the file take turns.
struct Lock(std::fs::File);

impl Lock {
    fn take(file: &Path) -> std::io::Result<Lock> {
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            create_private_dir(dir)?;
        }
        let mut name = file.as_os_str().to_owned();
        name.push(".lock");
        let mut o = std::fs::OpenOptions::new();
        o.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
        let f = o.open(PathBuf::from(name))?;
        f.lock()?;
        Ok(Lock(f))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
