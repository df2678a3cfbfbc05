//! Local input: `TEXT|@FILE|-` values, JSON arguments, secrets from files or
//! hidden prompts, and confirmations. Standard input is read at most once.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Map, Value};

use crate::error::Error;
use crate::secret::Secret;

static STDIN_USED: AtomicBool = AtomicBool::new(false);

/// Reads all of standard input; a second use in one command is an error.
pub fn read_stdin(what: &str) -> Result<Vec<u8>, Error> {
    if STDIN_USED.swap(true, Ordering::SeqCst) {
        return Err(Error::usage(format!(
            "{what}: standard input was already used by another option"
        )));
    }
    let mut buf = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buf)
        .map_err(|e| Error::usage(format!("{what}: cannot read standard input: {e}")))?;
    Ok(buf)
}

/// Reads a file named on the command line.
pub fn read_file(path: &Path, what: &str) -> Result<Vec<u8>, Error> {
    std::fs::read(path)
        .map_err(|e| Error::usage(format!("{what}: cannot read {}: {e}", path.display())))
}

fn utf8(bytes: Vec<u8>, what: &str) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|_| Error::usage(format!("{what}: not UTF-8 text")))
}

/// `TEXT` as given, or the contents of `FILE` for `@FILE`.
pub fn text_or_file(value: &str, what: &str) -> Result<String, Error> {
    match value.strip_prefix('@') {
        Some("") => Err(Error::usage(format!(
            "{what}: '@' must be followed by a file name"
        ))),
        Some(path) => utf8(read_file(Path::new(path), what)?, what),
        None => Ok(value.to_string()),
    }
}

/// A JSON object given inline, as `@FILE`, or as `-` for standard input.
pub fn json_object(value: &str, what: &str) -> Result<Map<String, Value>, Error> {
    let text = match value {
        "-" => utf8(read_stdin(what)?, what)?,
        v => text_or_file(v, what)?,
    };
    parse_json_object(&text, what)
}

/// Parses `text` as one JSON object.
pub fn parse_json_object(text: &str, what: &str) -> Result<Map<String, Value>, Error> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(other) => Err(Error::usage(format!(
            "{what}: expected a JSON object, got {}",
            kind(&other)
        ))),
        Err(e) => Err(Error::usage(format!("{what}: invalid JSON: {e}"))),
    }
}

pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Where a secret comes from, in order of preference after the command line.
pub struct SecretSource<'a> {
    /// From the arguments or the environment.
    pub value: Option<&'a str>,
    pub file: Option<&'a Path>,
    /// Prompt text; also names the secret in errors.
    pub prompt: &'a str,
    /// How to pass it without a prompt, for the error when none can be shown.
    pub how: &'a str,
    /// A prompt can be shown (`Terminal::interactive`).
    pub interactive: bool,
}

impl SecretSource<'_> {
    /// The secret: value, file, or a hidden prompt on a terminal.
    pub fn resolve(&self) -> Result<Secret, Error> {
        if let Some(v) = self.value {
            if v.is_empty() {
                return Err(Error::usage(format!("{} is empty", self.prompt)));
            }
            return Ok(Secret::new(v));
        }
        if let Some(f) = self.file {
            return crate::files::read_secret_file(f, self.prompt);
        }
        prompt_secret(self.prompt, self.how, self.interactive)
    }
}

/// A hidden prompt, only when `interactive`.
pub fn prompt_secret(prompt: &str, how: &str, interactive: bool) -> Result<Secret, Error> {
    if !interactive {
        return Err(Error::usage_hint(
            format!("no {prompt} given"),
            how.to_string(),
        ));
    }
    let v = dialoguer::Password::new()
        .with_prompt(prompt)
        .interact()
        .map_err(|e| Error::usage(format!("cannot read {prompt}: {e}")))?;
    if v.is_empty() {
        return Err(Error::usage(format!("{prompt} is empty")));
    }
    Ok(Secret::new(v))
}

/// Asks a yes/no question on the terminal (default no).
pub fn confirm(question: &str) -> Result<bool, Error> {
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| Error::usage(format!("cannot read the answer: {e}")))
}
