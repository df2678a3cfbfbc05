//! `bootstrap` and `bootstrap secure`: fetch a device's config as the device
//! does, and optionally save it as files.

use std::path::Path;

use serde_json::Value;

use super::Ctx;
use crate::cli::{BootstrapCmd, BootstrapSub, DeviceArgs};
use crate::client::check_path_id;
use crate::crypto;
use crate::error::Error;
use crate::files::{AtomicFile, PRIVATE, PUBLIC, create_private_dir};
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
        how: "give it in SMQ_BOOTSTRAP_EXTERNAL_KEY, with --external-key-file FILE (- for \
              standard input), on standard input, or as an argument",
        interactive: ctx.settings.terminal.interactive(),
        piped: !ctx.settings.terminal.stdin,
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
        let (wrote, removed) = save(dir, doc)?;
        let mut msg = format!("saved to {}: {}", dir.display(), wrote.join(", "));
        if !removed.is_empty() {
            msg.push_str(&format!(
                "; removed {} (this config has none)",
                removed.join(", ")
            ));
        }
        ctx.out.status(&msg);
    }
    ctx.out.json(doc)?;
    Ok(())
}

/// The files of one device's set: the document's field, the file, its mode.
const SET: [(&str, &str, u32); 4] = [
    ("", "config.json", PRIVATE),
    ("client_cert", "client.crt", PUBLIC),
    ("client_key", "client.key", PRIVATE),
    ("ca_cert", "ca.crt", PUBLIC),
];

/// Creates the directory and proves it writable, before anything is sent
/// (with a temporary file of the kind the save makes, then removed).
fn check_save_dir(dir: &Path) -> Result<(), Error> {
    let err = |e: std::io::Error| Error::usage(format!("--save-dir {}: {e}", dir.display()));
    create_private_dir(dir).map_err(err)?;
    AtomicFile::create(&dir.join(SET[0].1), PRIVATE)
        .map(drop)
        .map_err(err)
}

/// Writes one device's set into `dir`: config.json and the certificate
/// files its document has (the private ones 0600). Every file is written
/// beside its target first; only when all are written do they replace the
/// old ones, so a failure leaves the previous set whole. Files of the set
/// the document lacks are removed, so that nothing of an earlier device
/// stays. Returns the files written and removed.
fn save(dir: &Path, doc: &Value) -> Result<(Vec<&'static str>, Vec<&'static str>), Error> {
    use std::io::Write;
    let pretty = serde_json::to_string_pretty(doc).expect("a Value always serializes");
    let config = format!("{pretty}\n");
    // What would fail the renames fails now, before any file is replaced.
    for (_, name, _) in SET {
        let path = dir.join(name);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir()) {
            return Err(Error::Other(format!(
                "cannot write {}: a directory is in the way",
                path.display()
            )));
        }
    }
    let mut staged = Vec::new();
    let mut absent = Vec::new();
    for (field, name, mode) in SET {
        let data = if field.is_empty() {
            Some(config.as_str())
        } else {
            doc.get(field)
                .and_then(Value::as_str)
                .filter(|v| !v.is_empty())
        };
        let path = dir.join(name);
        let Some(data) = data else {
            absent.push((name, path));
            continue;
        };
        let err = |e: std::io::Error| Error::Other(format!("cannot write {}: {e}", path.display()));
        let mut f = AtomicFile::create(&path, mode).map_err(err)?;
        f.write_all(data.as_bytes()).map_err(err)?;
        staged.push((name, f));
    }
    let mut wrote = Vec::new();
    for (name, f) in staged {
        let path = f.target().to_path_buf();
        f.commit()
            .map_err(|e| Error::Other(format!("cannot write {}: {e}", path.display())))?;
        wrote.push(name);
    }
    let mut removed = Vec::new();
    for (name, path) in absent {
        match std::fs::remove_file(&path) {
            Ok(()) => removed.push(name),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::Other(format!(
                    "cannot remove {} of an earlier device: {e}",
                    path.display()
                )));
            }
        }
    }
    Ok((wrote, removed))
}
