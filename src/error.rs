//! Error kinds, their exit codes, and the hints printed after them.

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
  5    rejected by the service (HTTP 400/409/415/422)
  6    service unavailable (HTTP 5xx, timeout, connection or TLS failure)
  7    secure reply could not be decrypted or parsed (check the crypto key)
  130  interrupted";

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
        hint: Option<String>,
        /// The path is not served at all (the router's plain 404), as when
        /// the API generation is wrong.
        unrouted: bool,
    },
    /// The service could not be reached or did not answer in time.
    Unavailable {
        message: String,
        hint: Option<String>,
    },
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
            hint: None,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage { .. } => exit::USAGE,
            Error::Api { status, .. } => match status {
                401 | 403 => exit::AUTH,
                404 => exit::NOT_FOUND,
                400 | 405 | 409 | 413 | 415 | 422 => exit::REJECTED,
                500..=599 => exit::UNAVAILABLE,
                _ => exit::FAILURE,
            },
            Error::Unavailable { .. } | Error::Ambiguous { .. } => exit::UNAVAILABLE,
            Error::Decrypt(_) => exit::DECRYPT,
            Error::Interrupted => exit::INTERRUPTED,
            Error::Partial { code, .. } => *code,
            Error::Other(_) => exit::FAILURE,
        }
    }

    pub fn hint(&self) -> Option<&str> {
        match self {
            Error::Usage { hint, .. }
            | Error::Api { hint, .. }
            | Error::Unavailable { hint, .. } => hint.as_deref(),
            Error::Decrypt(_) => Some(
                "check the crypto key: it must be the service's encryption key \
                 (SMQ_BOOTSTRAP_ENCRYPT_KEY on the server)",
            ),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage { message, .. }
            | Error::Unavailable { message, .. }
            | Error::Api { message, .. } => f.write_str(message),
            Error::Ambiguous { message } => f.write_str(message),
            Error::Decrypt(m) => write!(f, "secure reply could not be read: {m}"),
            Error::Interrupted => f.write_str("interrupted"),
            Error::Partial { message, .. } | Error::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

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

/// The exit code of any error: ours by kind, a broken pipe 0, anything else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if let Some(e) = err.downcast_ref::<Error>() {
        return e.exit_code();
    }
    if is_broken_pipe(err) {
        return exit::OK;
    }
    exit::FAILURE
}

/// True when the error comes from writing to a closed pipe (`| head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16) -> Error {
        Error::Api {
            status,
            message: String::new(),
            hint: None,
            unrouted: false,
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
    }
}
