//! `crypto encrypt|decrypt`: the secure bootstrap's cipher, offline.

use std::path::Path;

use super::Ctx;
use crate::cli::{CryptoCmd, KeyArgs};
use crate::crypto;
use crate::error::Error;
use crate::input::{self, SecretSource};
use crate::secret::Secret;

/// The crypto key, checked for length before anything is sent.
pub fn crypto_key(ctx: &Ctx, value: Option<&str>, file: Option<&Path>) -> Result<Secret, Error> {
    let key = SecretSource {
        value,
        file,
        prompt: "crypto key",
        how: "give it as an argument, in SMQ_BOOTSTRAP_ENCRYPT_KEY, or with a --*-key-file option",
        interactive: ctx.settings.terminal.interactive(),
        // Standard input carries the data (crypto) or the external key (bootstrap).
        piped: false,
    }
    .resolve()?;
    crypto::check_key(key.expose().as_bytes())?;
    Ok(key)
}

pub fn run(ctx: &Ctx, cmd: CryptoCmd) -> Result<(), Error> {
    let term = ctx.settings.terminal;
    match cmd {
        CryptoCmd::Encrypt { key, text } => {
            let k = key_arg(ctx, &key)?;
            let plain: Secret = match text.as_deref() {
                Some("-") => stdin_text()?,
                Some(t) => Secret::new(t),
                None if term.stdin => input::prompt_secret(
                    "text to encrypt",
                    "give TEXT or - for stdin",
                    term.interactive(),
                )?,
                None => stdin_text()?,
            };
            ctx.out.line(&crypto::encrypt_to_hex(
                k.expose().as_bytes(),
                plain.expose().as_bytes(),
            )?)?;
        }
        CryptoCmd::Decrypt { key, hex, file } => {
            let k = key_arg(ctx, &key)?;
            let data = match file.as_deref() {
                None => input::read_stdin("input")?,
                Some(p) if p.as_os_str() == "-" => input::read_stdin("input")?,
                Some(p) => input::read_file(p, "input")?,
            };
            let kb = k.expose().as_bytes();
            let plain = if hex {
                let text =
                    String::from_utf8(data).map_err(|_| Error::usage("--hex input is not text"))?;
                crypto::decrypt_hex(kb, &text)
            } else {
                crypto::open(kb, &data)
            }
            .map_err(Error::from)?;
            ctx.out.bytes(&plain)?;
            if term.stdout {
                ctx.out.line("")?;
            }
        }
    }
    Ok(())
}

fn key_arg(ctx: &Ctx, k: &KeyArgs) -> Result<Secret, Error> {
    crypto_key(ctx, k.key.as_deref(), k.key_file.as_deref())
}

/// Standard input as text, without one trailing line ending.
fn stdin_text() -> Result<Secret, Error> {
    let bytes = input::read_stdin("text")?;
    let mut s = String::from_utf8(bytes).map_err(|_| Error::usage("text on stdin is not UTF-8"))?;
    if s.ends_with('\n') {
        s.pop();
        if s.ends_with('\r') {
            s.pop();
        }
    }
    Ok(Secret::new(s))
}
