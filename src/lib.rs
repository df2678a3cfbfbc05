//! smq-bootstrap: a client for the SuperMQ bootstrap service, and a local
//! stand-in of that service.
//!
//! Only `output` writes to stdout and stderr: printing anywhere else is
//! refused by the lints below and by `clippy.toml`.
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

pub mod app;
pub(crate) mod cli;
pub(crate) mod client;
pub(crate) mod clock;
pub(crate) mod commands;
pub(crate) mod complete;
pub mod crypto;
pub(crate) mod error;
pub(crate) mod files;
pub(crate) mod generation;
pub(crate) mod input;
pub(crate) mod interrupt;
pub(crate) mod jq;
pub(crate) mod output;
pub(crate) mod profiles;
pub(crate) mod reader;
pub(crate) mod record;
pub mod sandbox;
pub(crate) mod secret;
pub(crate) mod session;
pub(crate) mod settings;

/// What reads outside input, as the tool uses it: for the fuzz targets and
/// the property tests.
pub mod parse {
    pub use crate::client::{check_path_id, escape_segment, parse_page, reply_error};
    pub use crate::commands::bootstrap::open_secure_reply;
    pub use crate::error::Error;
    pub use crate::generation::Api;
    pub use crate::input::parse_json_object;
    pub use crate::profiles::ProfileFile;
    pub use crate::reader::{InputFormat, read_ids, read_records};
    pub use crate::record::{normalize, validate};
}
