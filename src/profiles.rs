//! The profile file: named settings (`[profiles.NAME]`) and the API
//! generations `auto` found, by URL. Read once per run; written 0600 through
//! a temporary file and a rename.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::files::{create_private_dir, private_file};
use crate::generation::{Api, Choice};
use crate::output::Format;
use crate::settings::{check_timeout, check_url};

/// Environment variable naming the profile file, overriding the default location.
pub const CONFIG_ENV: &str = "SMQ_BOOTSTRAP_CONFIG";

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
    pub fn remember_api(url: &str, api: Option<Api>) -> Result<(), Error> {
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
