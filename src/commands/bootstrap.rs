//! `bootstrap` and `bootstrap secure`: fetch a device's config as the device
//! does, and optionally save it as files; wait until it can be served
//! (`--wait`), and keep it current (`--watch`).

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::Ctx;
use crate::cli::{BootstrapCmd, BootstrapSub, DeviceArgs};
use crate::client::check_path_id;
use crate::crypto;
use crate::error::{Error, Refusal, Why};
use crate::files::{AtomicFile, PRIVATE, PUBLIC, create_private_dir};
use crate::input::SecretSource;
use crate::secret::Secret;

/// How a device asks: its key in the clear, or encrypted with the
/// service's crypto key (and the reply decrypted with it).
enum Ask {
    Plain(Secret),
    Secure { key: Secret, crypto_key: Secret },
}

pub async fn run(ctx: &Ctx, cmd: BootstrapCmd) -> Result<(), Error> {
    let (d, ask) = match cmd.secure {
        None => {
            let d = cmd.plain;
            check_path_id("external id", d.external_id.as_deref().unwrap_or_default())?;
            let key = external_key(ctx, &d)?;
            (d, Ask::Plain(key))
        }
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
            (s.device, Ask::Secure { key, crypto_key })
        }
    };
    if let Some(dir) = &d.save_dir {
        check_save_dir(dir)?;
    }
    let first = if d.wait {
        wait_for(ctx, &d, &ask).await?
    } else {
        fetch(ctx, &d, &ask).await?
    };
    // A dry run printed the request.
    let Some(doc) = first else {
        return Ok(());
    };
    if d.watch {
        return watch(ctx, &d, &ask, doc).await;
    }
    finish(ctx, &d, &doc)
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

/// One fetch of the document (`None` on a dry run).
async fn fetch(ctx: &Ctx, d: &DeviceArgs, ask: &Ask) -> Result<Option<Value>, Error> {
    let ext = d.external_id.clone().unwrap_or_default();
    let service = ctx.service().await?;
    match ask {
        Ask::Plain(key) => {
            let doc = service.bootstrap(&ext, key).await?;
            Ok((!ctx.settings.dry_run).then_some(doc))
        }
        Ask::Secure { key, crypto_key } => {
            let ck = crypto_key.expose().as_bytes();
            let token = crypto::encrypt_to_hex(ck, key.expose().as_bytes()).map_err(Error::from)?;
            match service.bootstrap_secure(&ext, &token).await? {
                Some(reply) => open_secure_reply(ck, &reply).map(Some),
                None => Ok(None),
            }
        }
    }
}

/// Whether a failed fetch may succeed later: the config not uploaded yet
/// (404), disabled (v0.30's bodyless 500), the service or the network down.
/// A wrong key (403), a reply that will not decrypt, or anything refused
/// locally will not.
fn worth_waiting(e: &Error) -> bool {
    match e {
        Error::Api {
            kind: Refusal::DeviceKey,
            ..
        } => false,
        Error::Api {
            kind: Refusal::Refused(Why::Disabled),
            ..
        } => true,
        Error::Api { status, .. } => *status == 404 || *status >= 500,
        Error::Unavailable { .. } | Error::Ambiguous { .. } => true,
        _ => false,
    }
}

/// The pause before try `n` (from 1): doubling from a second, at most 30 s,
/// with ±20% jitter so that a fleet does not ask in step.
fn backoff(n: u32, cap: Duration) -> Duration {
    let base = Duration::from_secs(1)
        .saturating_mul(1 << n.saturating_sub(1).min(5))
        .min(cap);
    jitter(base, 0.2)
}

fn jitter(d: Duration, share: f64) -> Duration {
    use rand::Rng;
    let f = rand::thread_rng().gen_range(1.0 - share..=1.0 + share);
    d.mul_f64(f)
}

/// Fetches until the document can be served or `--wait-timeout` is up
/// (then the last failure, with its exit code).
async fn wait_for(ctx: &Ctx, d: &DeviceArgs, ask: &Ask) -> Result<Option<Value>, Error> {
    let ext = d.external_id.clone().unwrap_or_default();
    let deadline = Instant::now() + d.wait_timeout;
    let mut n = 0;
    loop {
        n += 1;
        let e = match fetch(ctx, d, ask).await {
            Ok(doc) => {
                if n > 1 {
                    ctx.out.status(&format!("{ext}: served on try {n}"));
                }
                return Ok(doc);
            }
            Err(e) if !worth_waiting(&e) => {
                if n > 1 {
                    ctx.out
                        .status(&format!("{ext}: try {n} cannot succeed by waiting"));
                }
                return Err(e);
            }
            Err(e) => e,
        };
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            ctx.out.status(&format!(
                "{ext}: gave up after {n} tries ({:.0?})",
                d.wait_timeout
            ));
            return Err(e);
        }
        let pause = backoff(n, Duration::from_secs(30)).min(left);
        // Why, where the answer alone does not say.
        let why = match &e {
            Error::Api {
                kind: Refusal::Refused(Why::Disabled),
                ..
            } => " (the config is disabled, or its profile does not render)",
            Error::Api { status: 404, .. } => " (no config for it yet)",
            _ => "",
        };
        ctx.out.status(&format!(
            "{ext}: try {n}: {e}{why}; again in {:.1} s",
            pause.as_secs_f64()
        ));
        tokio::time::sleep(pause).await;
    }
}

/// Keeps the save dir current: a fetch every `--interval` (±10%); a changed
/// document rewrites the set and runs `--exec`; an unchanged one touches
/// nothing. Ends cleanly on SIGTERM or Ctrl-C.
async fn watch(ctx: &Ctx, d: &DeviceArgs, ask: &Ask, first: Value) -> Result<(), Error> {
    let dir = d.save_dir.as_deref().expect("--watch requires --save-dir");
    let ext = d.external_id.clone().unwrap_or_default();
    let mut stop = crate::interrupt::graceful();
    // What the directory holds already counts: an unchanged set is kept.
    let mut last = std::fs::read(dir.join(SET[0].1))
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
    let mut next = Some(first);
    loop {
        if let Some(doc) = next.take()
            && last.as_ref() != Some(&doc)
        {
            let (wrote, removed) = save(dir, &doc)?;
            ctx.out.status(&format!(
                "{ext}: changed; wrote {}{}",
                wrote.join(", "),
                if removed.is_empty() {
                    String::new()
                } else {
                    format!("; removed {}", removed.join(", "))
                }
            ));
            if let Some(cmd) = &d.exec {
                run_hook(ctx, cmd, dir, &ext, &wrote).await;
            }
            last = Some(doc);
        }
        let pause = jitter(d.interval, 0.1);
        tokio::select! {
            _ = tokio::time::sleep(pause) => {}
            _ = stop.wait_for(|s| *s) => {}
        }
        if *stop.borrow() {
            ctx.out.status(&format!("{ext}: watch stopped"));
            return Ok(());
        }
        match fetch(ctx, d, ask).await {
            Ok(doc) => next = doc,
            Err(e) => ctx
                .out
                .warn(&format!("{ext}: {e}; the saved set is kept, trying again")),
        }
    }
}

/// Runs the `--exec` command after a change, the files in its environment;
/// a failure is reported, and the watch goes on.
async fn run_hook(ctx: &Ctx, cmd: &str, dir: &Path, ext: &str, wrote: &[&str]) {
    let mut c = tokio::process::Command::new("sh");
    c.arg("-c").arg(cmd);
    c.env("SMQ_BOOTSTRAP_DIR", dir)
        .env("SMQ_BOOTSTRAP_EXTERNAL_ID", ext);
    for (var, name) in [
        ("SMQ_BOOTSTRAP_CONFIG_FILE", "config.json"),
        ("SMQ_BOOTSTRAP_CLIENT_CERT", "client.crt"),
        ("SMQ_BOOTSTRAP_CLIENT_KEY", "client.key"),
        ("SMQ_BOOTSTRAP_CA_CERT", "ca.crt"),
    ] {
        if wrote.contains(&name) {
            c.env(var, dir.join(name));
        } else {
            c.env_remove(var);
        }
    }
    match c.status().await {
        Ok(st) if st.success() => {}
        Ok(st) => ctx
            .out
            .warn(&format!("--exec failed ({st}); the watch goes on")),
        Err(e) => ctx
            .out
            .warn(&format!("--exec could not run: {e}; the watch goes on")),
    }
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
