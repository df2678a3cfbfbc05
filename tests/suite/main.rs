//! The integration suite: one binary, run by `cargo test`.

mod harness;

mod conformance;
mod crypto_vectors;
mod docs;
mod e2e;
mod errors;
mod secrets;
