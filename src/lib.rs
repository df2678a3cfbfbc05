//! smq-bootstrap: a client for the SuperMQ bootstrap service, and a local
//! stand-in of that service.

pub mod api;
pub mod app;
pub mod cli;
pub mod client;
pub mod commands;
pub mod crypto;
pub mod error;
pub mod input;
pub mod interrupt;
pub mod output;
pub mod records;
pub mod sandbox;
pub mod secret;
pub mod settings;
