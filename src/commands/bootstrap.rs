//! `bootstrap` and `bootstrap secure`: fetch a device's config as the device
//! does, and optionally save it as files.

use std::path::Path;

use serde_json::Value;

use super::Ctx;
use crate::cli::{BootstrapCmd, BootstrapSub, DeviceArgs};
use crate::client::check_path_id;
use crate::crypto;
use crate::error::Error;
use crate::files::{create_private_dir, private_file};
use crate::input::SecretSource;
use crate::secret::Secret;

pub async fn run(ctx: &Ctx, cmd: BootstrapCmd) -> Result<(), Error> {
    match cmd.secure {
        None => plain(ctx, cmd.plain).await,
        Some(BootstrapSub::Secure(s)) => {
            check_path_id(
                "external id",
                s.device.external_id.as_deref().unwrap_or_default(),
            )?;
            let key = external_key(ctx, &s.device)?;
            let crypto_key = super::crypto::crypto_key(
                ctx,
                s.crypto_key.as_deref(),
                s.crypto_key_file.as_deref(),
            )?;
            secure(ctx, &s.device, &key, &crypto_key).await
        }
    }
}

fn external_key(ctx: &Ctx, d: &DeviceArgs) -> Result<Secret, Error> {
    SecretSource {
        value: d.external_key.as_deref(),
        file: d.external_key_file.as_deref(),
        prompt: "external key",
        how: "give it as an argument, in SMQ_BOOTSTRAP_EXTERNAL_KEY, or with --external-key-file FILE",
        interactive: ctx.settings.terminal.interactive(),
    }
    .resolve()
}

async fn plain(ctx: &Ctx, d: DeviceArgs) -> Result<(), Error> {
    let ext = d.external_id.clone().unwrap_or_default();
    check_path_id("external id", &ext)?;
    let key = external_key(ctx, &d)?;
    if let Some(dir) = &d.save_dir {
        check_save_dir(dir)?;
    }
    let doc = ctx.service().await?.bootstrap(&ext, &key).await?;
    finish(ctx, &d, &doc)
}

async fn secure(ctx: &Ctx, d: &DeviceArgs, key: &Secret, crypto_key: &Secret) -> Result<(), Error> {
    let ext = d.external_id.clone().unwrap_or_default();
    if let Some(dir) = &d.save_dir {
        check_save_dir(dir)?;
    }
    let ck = crypto_key.expose().as_bytes();
    let token = crypto::encrypt_to_hex(ck, key.expose().as_bytes()).map_err(Error::from)?;
    let Some(reply) = ctx.service().await?.bootstrap_secure(&ext, &token).await? else {
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

fn finish(ctx: &Ctx, d: &DeviceArgs, doc: &Value) -> Result<(), Error> {
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
