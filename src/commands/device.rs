//! Device side: `bootstrap`, `bootstrap secure`, and offline `crypto`.

use std::io::IsTerminal;
use std::path::Path;

use serde_json::Value;

use super::Ctx;
use crate::cli::{BootstrapCmd, BootstrapSub, CryptoCmd, DeviceArgs, KeyArgs};
use crate::client::check_path_id;
use crate::crypto;
use crate::error::Error;
use crate::input::{self, SecretSource};
use crate::secret::Secret;
use crate::settings::{create_private_dir, private_file};

pub async fn bootstrap(ctx: &Ctx, cmd: BootstrapCmd) -> anyhow::Result<()> {
    match cmd.secure {
        None => plain(ctx, cmd.plain).await,
        Some(BootstrapSub::Secure(s)) => {
            check_path_id(
                "external id",
                s.device.external_id.as_deref().unwrap_or_default(),
            )?;
            let key = external_key(&s.device)?;
            let crypto_key = crypto_key(s.crypto_key.as_deref(), s.crypto_key_file.as_deref())?;
            secure(ctx, &s.device, &key, &crypto_key).await
        }
    }
}

fn external_key(d: &DeviceArgs) -> Result<Secret, Error> {
    SecretSource {
        value: d.external_key.as_deref(),
        file: d.external_key_file.as_deref(),
        prompt: "external key",
        how: "give it as an argument, in SMQ_BOOTSTRAP_EXTERNAL_KEY, or with --external-key-file FILE",
    }
    .resolve()
}

/// The crypto key, checked for length before anything is sent.
fn crypto_key(value: Option<&str>, file: Option<&Path>) -> Result<Secret, Error> {
    let key = SecretSource {
        value,
        file,
        prompt: "crypto key",
        how: "give it as an argument, in SMQ_BOOTSTRAP_ENCRYPT_KEY, or with a --*-key-file option",
    }
    .resolve()?;
    crypto::check_key(key.expose().as_bytes())?;
    Ok(key)
}

async fn plain(ctx: &Ctx, d: DeviceArgs) -> anyhow::Result<()> {
    let ext = d.external_id.clone().unwrap_or_default();
    check_path_id("external id", &ext)?;
    let key = external_key(&d)?;
    if let Some(dir) = &d.save_dir {
        check_save_dir(dir)?;
    }
    let doc = ctx.client().await?.bootstrap(&ext, &key).await?;
    finish(ctx, &d, &doc)
}

async fn secure(
    ctx: &Ctx,
    d: &DeviceArgs,
    key: &Secret,
    crypto_key: &Secret,
) -> anyhow::Result<()> {
    let ext = d.external_id.clone().unwrap_or_default();
    if let Some(dir) = &d.save_dir {
        check_save_dir(dir)?;
    }
    let ck = crypto_key.expose().as_bytes();
    let token = crypto::encrypt_to_hex(ck, key.expose().as_bytes()).map_err(Error::from)?;
    let Some(reply) = ctx.client().await?.bootstrap_secure(&ext, &token).await? else {
        return Ok(());
    };
    let doc = open_secure_reply(ck, &reply)?;
    finish(ctx, d, &doc)
}

/// Decrypts a secure bootstrap reply (`IV ‖ ciphertext`) into its JSON document.
pub fn open_secure_reply(key: &[u8], reply: &[u8]) -> Result<Value, Error> {
    let plain = crypto::open(key, reply).map_err(|e| Error::Decrypt(e.to_string()))?;
    let doc: Value = serde_json::from_slice(&plain).map_err(|_| {
        Error::Decrypt(format!(
            "the decrypted reply ({} bytes) is not JSON; a wrong crypto key gives random bytes",
            plain.len()
        ))
    })?;
    if !doc.is_object() {
        return Err(Error::Decrypt(
            "the decrypted reply is JSON but not an object".into(),
        ));
    }
    Ok(doc)
}

fn finish(ctx: &Ctx, d: &DeviceArgs, doc: &Value) -> anyhow::Result<()> {
    if ctx.settings.dry_run {
        return Ok(());
    }
    if let Some(dir) = &d.save_dir {
        save(dir, doc)?;
        ctx.out.status(&format!("saved to {}", dir.display()));
    }
    ctx.out.json(doc)?;
    Ok(())
}

/// Creates the directory and proves it writable, before anything is sent.
fn check_save_dir(dir: &Path) -> Result<(), Error> {
    let err = |e: std::io::Error| Error::usage(format!("--save-dir {}: {e}", dir.display()));
    create_private_dir(dir).map_err(err)?;
    let probe = dir.join(".smq-bootstrap-write-test");
    private_file(&probe).map_err(err)?;
    std::fs::remove_file(&probe).map_err(err)
}

/// Writes config.json and the certificate files; private ones with mode 0600.
fn save(dir: &Path, doc: &Value) -> Result<(), Error> {
    use std::io::Write;
    let write = |name: &str, data: &[u8], private: bool| -> Result<(), Error> {
        let path = dir.join(name);
        let err = |e: std::io::Error| Error::Other(format!("cannot write {}: {e}", path.display()));
        if private {
            let mut f = private_file(&path).map_err(err)?;
            f.write_all(data).map_err(err)
        } else {
            std::fs::write(&path, data).map_err(err)
        }
    };
    let pretty = serde_json::to_string_pretty(doc).expect("a Value always serializes");
    write("config.json", format!("{pretty}\n").as_bytes(), true)?;
    for (field, file, private) in [
        ("client_cert", "client.crt", false),
        ("client_key", "client.key", true),
        ("ca_cert", "ca.crt", false),
    ] {
        if let Some(v) = doc
            .get(field)
            .and_then(Value::as_str)
            .filter(|v| !v.is_empty())
        {
            write(file, v.as_bytes(), private)?;
        }
    }
    Ok(())
}

pub fn crypto_cmd(ctx: &Ctx, cmd: CryptoCmd) -> anyhow::Result<()> {
    match cmd {
        CryptoCmd::Encrypt { key, text } => {
            let k = key_arg(&key)?;
            let plain: Secret = match text.as_deref() {
                Some("-") => stdin_text()?,
                Some(t) => Secret::new(t),
                None if std::io::stdin().is_terminal() => {
                    input::prompt_secret("text to encrypt", "give TEXT or - for stdin")?
                }
                None => stdin_text()?,
            };
            ctx.out.line(&crypto::encrypt_to_hex(
                k.expose().as_bytes(),
                plain.expose().as_bytes(),
            )?)?;
        }
        CryptoCmd::Decrypt { key, hex, file } => {
            let k = key_arg(&key)?;
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
            if std::io::stdout().is_terminal() {
                ctx.out.line("")?;
            }
        }
    }
    Ok(())
}

fn key_arg(k: &KeyArgs) -> Result<Secret, Error> {
    crypto_key(k.key.as_deref(), k.key_file.as_deref())
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
