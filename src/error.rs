//! Error kinds, their exit codes, and the hints printed after them. Hints that
//! name options live here, keyed by the kind of failure, so that the client
//! and the commands below it never need to know the command line.

use std::fmt;

/// Exit codes, documented in `--help` and the man page.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILURE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const AUTH: u8 = 3;
    pub const NOT_FOUND: u8 = 4;
    pub const REJECTED: u8 = 5;
    pub const UNAVAILABLE: u8 = 6;
    pub const DECRYPT: u8 = 7;
    pub const INTERRUPTED: u8 = 130;
}

/// The text of the EXIT STATUS section shown by `--help` and the man page.
pub const EXIT_CODES_HELP: &str = "\
Exit status:
  0    success
  1    unexpected failure
  2    usage error or invalid local input; nothing was sent
  3    authentication or authorization refused (HTTP 401/403)
  4    not found (HTTP 404)
  5    rejected by the service (HTTP 400/409/415/422; a v0.30 500 that means a refusal)
  6    service unavailable at this URL (HTTP 5xx, a redirect, timeout, connection or TLS failure)
  7    secure reply could not be decrypted or parsed (check the crypto key)
  130  interrupted (Ctrl-C or SIGTERM)";

/// What kind of refusal a service's answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The user token was refused (401).
    Token,
    /// A device request was refused (403): its external or crypto key.
    DeviceKey,
    /// The router's plain 404: the path is not served at all, as when the
    /// URL or the API generation is wrong.
    Unrouted,
    /// `Unrouted` under a remembered generation, which was forgotten.
    StaleGeneration,
    /// The database refused a create (a duplicate, most often).
    AddRefused,
    /// A body the bootstrap API never sends (a proxy's page, say).
    Foreign,
    /// A 500 with no body: Magistrala's answer to errors it does not type.
    Bodyless,
    /// A bodyless 500 whose meaning the endpoint tells (Magistrala v0.30).
    Refused(Why),
    /// Any other answer of the service.
    /// A 403 or 400 on a request naming a config id: maybe no such id.
    MaybeUnknownId,
    /// A login refused: the user name or the password.
    Credentials,
    /// The stored session cannot be renewed: log in again.
    SessionOver,
    Other,
}

/// What a bodyless 500 of Magistrala v0.30 means, by endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// A device bootstrap: the config is disabled, or its profile does not render.
    Disabled,
    /// A profile create or update.
    Profile,
    /// A bind or a refresh.
    Binding,
    /// A render preview.
    Render,
    /// The database refused the values (a NUL byte, say).
    Database,
}

/// Why the service could not be reached or understood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreachable {
    Timeout,
    Tls,
    Connect,
    /// No generation of the API answered the probe.
    NoGeneration,
    /// The service answered with a redirect, which is not followed (the
    /// token would go along).
    Redirect,
    /// No users service answers where `login` looked.
    NoUsersService,
    Other,
}

/// A setting a request needs and does not have, or would make unsafe; found
/// before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Local {
    /// A management request without a user token.
    NoToken,
    /// A domain-scoped generation (named) without a domain id.
    NoDomain(&'static str),
    /// The user token would go over plain http to this host.
    PlainHttpToken(String),
    /// The generation (named) has no such thing.
    NotInGeneration {
        api: &'static str,
        what: &'static str,
    },
}

/// An error that knows its exit code and, where one helps, a hint.
#[derive(Debug)]
pub enum Error {
    /// Bad arguments or local input; nothing was sent.
    Usage {
        message: String,
        hint: Option<String>,
    },
    /// The service answered with a non-success status.
    Api {
        status: u16,
        message: String,
        kind: Refusal,
    },
    /// A setting is missing or unsafe; nothing was sent.
    Local(Local),
    /// A different config already holds what a record asks for (its external id).
    Conflict {
        message: String,
        hint: Option<String>,
    },
    /// The service could not be reached or did not answer in time.
    Unavailable { message: String, kind: Unreachable },
    /// A request that changes something failed in a way that leaves its
    /// outcome unknown (the connection broke after sending, or a timeout).
    Ambiguous { message: String },
    /// A secure reply could not be decrypted or parsed.
    Decrypt(String),
    /// Ctrl-C.
    Interrupted,
    /// Some items of a multi-item command failed (each was reported); the
    /// exit code is the first failure's.
    Partial { message: String, code: u8 },
    /// Reading or writing a local stream (stdout, a report file).
    Io(std::io::Error),
    /// Anything else.
    Other(String),
}

impl Error {
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            hint: None,
        }
    }

    pub fn usage_hint(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    pub fn unavailable(message: impl Into<String>) -> Self {
        Error::Unavailable {
            message: message.into(),
            kind: Unreachable::Other,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage { .. } | Error::Local(_) => exit::USAGE,
            Error::Api {
                kind: Refusal::Refused(_),
                ..
            } => exit::REJECTED,
            Error::Api { status, .. } => match status {
                401 | 403 => exit::AUTH,
                404 => exit::NOT_FOUND,
                400 | 405 | 409 | 413 | 415 | 422 => exit::REJECTED,
                500..=599 => exit::UNAVAILABLE,
                _ => exit::FAILURE,
            },
            Error::Conflict { .. } => exit::REJECTED,
            Error::Unavailable { .. } | Error::Ambiguous { .. } => exit::UNAVAILABLE,
            Error::Decrypt(_) => exit::DECRYPT,
            Error::Interrupted => exit::INTERRUPTED,
            Error::Partial { code, .. } => *code,
            Error::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::OK,
            Error::Io(_) | Error::Other(_) => exit::FAILURE,
        }
    }

    /// The HTTP status the service answered with, when it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// What to do about it, where something helps.
    pub fn hint(&self) -> Option<&str> {
        match self {
            Error::Usage { hint, .. } | Error::Conflict { hint, .. } => hint.as_deref(),
            Error::Local(l) => Some(match l {
                Local::NoToken => {
                    "pass --token-file FILE, set SMQ_TOKEN or SMQ_TOKEN_FILE, or store one with \
                     `smq-bootstrap profile set NAME token -`"
                }
                Local::NoDomain(_) => {
                    "pass --domain ID, set SMQ_DOMAIN_ID, or set `domain` in the profile"
                }
                Local::PlainHttpToken(host) if host.ends_with("(a proxy)") => {
                    "use an https:// URL, or name the service's host in NO_PROXY"
                }
                Local::PlainHttpToken(_) => {
                    "use an https:// URL, or pass --allow-insecure-http if the network is trusted"
                }
                Local::NotInGeneration {
                    api: "profiles", ..
                } => {
                    "Magistrala v0.30 has no channels: a device's channels and clients come \
                     from its device profile's bindings (see `enrollment bind`)"
                }
                Local::NotInGeneration { .. } => {
                    "device profiles and enrollments are Magistrala v0.30's (--api profiles)"
                }
            }),
            Error::Api { kind, .. } => match kind {
                Refusal::Token => Some(
                    "pass a valid user token: --token-file FILE, SMQ_TOKEN, or a profile \
                     (`smq-bootstrap profile set NAME token -`)",
                ),
                Refusal::DeviceKey => Some(
                    "the external key (or, for secure bootstrap, the crypto key) does not match the config",
                ),
                Refusal::Unrouted => Some("the path is not served here: check --url and --api"),
                Refusal::StaleGeneration => Some(
                    "the remembered API generation of this URL did not fit and was forgotten: \
                     run the command again to detect it anew",
                ),
                Refusal::Foreign => Some(
                    "is --url pointing at the bootstrap service, not a proxy or another service?",
                ),
                Refusal::Refused(why) => Some(match why {
                    Why::Disabled => {
                        "on a bootstrap this answer means the config is disabled (`state enable` it), \
                         or its profile does not render: a required slot unbound, a template error \
                         (see `enrollment bindings` and `device-profile render --config-id`)"
                    }
                    Why::Profile => {
                        "the service refused the profile without saying why: a name already used \
                         in the domain, a binding slot without a name or type or named twice, a \
                         template that does not parse, or a name over 1024 characters"
                    }
                    Why::Binding => {
                        "the service refused the bindings without saying why: a slot the profile \
                         does not declare, a type other than the slot's, a slot named twice, or a \
                         required slot left unbound (a bind must cover every required slot)"
                    }
                    Why::Render => {
                        "the profile does not render: a template error, a variable or binding \
                         it needs is missing (with --config-id the preview has no secrets), or \
                         a content format the service does not know"
                    }
                    Why::Database => "the service's database refused the values (a NUL byte, say)",
                }),
                Refusal::Credentials => Some(
                    "check the user name and the password (the users service does not say which)",
                ),
                Refusal::SessionOver => Some(
                    "run `smq-bootstrap login` (with the same --profile) to start a new session",
                ),
                Refusal::MaybeUnknownId => Some(
                    "the id may not exist: the service answers 403 for an id it never had, and \
                     400 \"view entity failed\" for a removed config (`config list` shows the ids)",
                ),
                Refusal::AddRefused | Refusal::Bodyless | Refusal::Other => None,
            },
            Error::Unavailable { kind, .. } => match kind {
                Unreachable::Timeout => Some("raise --timeout if the service is slow"),
                Unreachable::Tls => Some(
                    "for a private CA pass --tls-ca FILE; -k/--insecure skips verification (unsafe)",
                ),
                Unreachable::Connect => {
                    Some("is the service running, and is --url (or SMQ_BOOTSTRAP_URL) right?")
                }
                Unreachable::NoGeneration => Some(
                    "check --url, or name the generation with --api v1|domain|clients|profiles",
                ),
                Unreachable::Redirect => Some(
                    "redirects are not followed (the token would go along): if the service \
                     moved, point --url (or SMQ_BOOTSTRAP_URL) at its new place",
                ),
                Unreachable::NoUsersService => Some(
                    "give the users service's URL with --users-url (SMQ_USERS_URL, or users_url \
                     in the profile): it listens on its own port (9002) or behind the gateway",
                ),
                Unreachable::Other => None,
            },
            Error::Decrypt(_) => Some(
                "check the crypto key: it must be the service's encryption key \
                 (SMQ_BOOTSTRAP_ENCRYPT_KEY on the server)",
            ),
            _ => None,
        }
    }

    /// A refusal of a request naming a config id that may only mean the id
    /// is unknown: the older generations answer 403 for an id that was
    /// never a thing or client, and 400 "view entity failed" for a removed
    /// config; the hint says so.
    pub fn about_id(self) -> Error {
        match self {
            Error::Api {
                status,
                message,
                kind: Refusal::Other,
            } if status == 403 || (status == 400 && message.contains("view entity failed")) => {
                Error::Api {
                    status,
                    message,
                    kind: Refusal::MaybeUnknownId,
                }
            }
            other => other,
        }
    }

    /// A bodyless 500 read as what the endpoint means by it.
    pub fn meaning(self, why: Why) -> Error {
        match self {
            Error::Api {
                status,
                message,
                kind: Refusal::Bodyless,
            } => Error::Api {
                status,
                message: format!("{message} (the service gives no details)"),
                kind: Refusal::Refused(why),
            },
            other => other,
        }
    }

    /// Writing to a closed pipe (`| head`): the reader has all it wanted.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage { message, .. }
            | Error::Unavailable { message, .. }
            | Error::Api { message, .. }
            | Error::Conflict { message, .. }
            | Error::Ambiguous { message }
            | Error::Partial { message, .. }
            | Error::Other(message) => f.write_str(message),
            Error::Local(Local::NoToken) => f.write_str("no user token"),
            Error::Local(Local::NoDomain(api)) => write!(f, "the {api} API needs a domain id"),
            Error::Local(Local::PlainHttpToken(host)) => write!(
                f,
                "refusing to send the user token over plain http to {host}"
            ),
            Error::Local(Local::NotInGeneration { api, what }) => {
                write!(f, "the {api} API has no {what}")
            }
            Error::Decrypt(m) => write!(f, "secure reply could not be read: {m}"),
            Error::Interrupted => f.write_str("interrupted"),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl From<crate::crypto::CryptoError> for Error {
    fn from(e: crate::crypto::CryptoError) -> Self {
        let hint = match e {
            crate::crypto::CryptoError::KeyLength(_) => Some(
                "the crypto key must be 16, 24 or 32 bytes (AES-128, AES-192 or AES-256)".into(),
            ),
            _ => None,
        };
        Error::Usage {
            message: e.to_string(),
            hint,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16) -> Error {
        Error::Api {
            status,
            message: String::new(),
            kind: Refusal::Other,
        }
    }

    #[test]
    fn statuses_map_to_documented_codes() {
        assert_eq!(api(401).exit_code(), 3);
        assert_eq!(api(403).exit_code(), 3);
        assert_eq!(api(404).exit_code(), 4);
        for s in [400, 409, 415, 422] {
            assert_eq!(api(s).exit_code(), 5);
        }
        assert_eq!(api(500).exit_code(), 6);
        assert_eq!(api(503).exit_code(), 6);
        assert_eq!(Error::usage("x").exit_code(), 2);
        assert_eq!(Error::Decrypt("x".into()).exit_code(), 7);
        assert_eq!(Error::Interrupted.exit_code(), 130);
        let conflict = Error::Conflict {
            message: "x".into(),
            hint: None,
        };
        assert_eq!(conflict.exit_code(), 5);
        let pipe = Error::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert!(pipe.is_broken_pipe());
        assert_eq!(pipe.exit_code(), 0);
    }
}
