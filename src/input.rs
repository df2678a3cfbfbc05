//! Local input: `TEXT|@FILE|-` values, JSON arguments, secrets from files or
//! hidden prompts, and confirmations. Standard input is read at most once.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::{Map, Value};

use crate::error::Error;
use crate::secret::Secret;

static STDIN_USED: AtomicBool = AtomicBool::new(false);

/// The most a value read whole (`@FILE`, `-`, a document) may hold: more is
/// a mistake (`@/dev/zero`), refused before memory runs out.
pub const MAX_VALUE: u64 = 16 << 20;

/// At most `MAX_VALUE` bytes of `r`, or a clear error.
fn read_bounded(r: impl Read, what: &str, from: &str) -> Result<Vec<u8>, Error> {
    let mut buf = Vec::new();
    r.take(MAX_VALUE + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::usage(format!("{what}: cannot read {from}: {e}")))?;
    if buf.len() as u64 > MAX_VALUE {
        return Err(Error::usage(format!(
            "{what}: {from} holds more than {} MiB",
            MAX_VALUE >> 20
        )));
    }
    Ok(buf)
}

/// Reads all of standard input; a second use in one command is an error.
pub fn read_stdin(what: &str) -> Result<Vec<u8>, Error> {
    if STDIN_USED.swap(true, Ordering::SeqCst) {
        return Err(Error::usage(format!(
            "{what}: standard input was already used by another option"
        )));
    }
    read_bounded(std::io::stdin(), what, "standard input")
}

/// Reads a file named on the command line.
pub fn read_file(path: &Path, what: &str) -> Result<Vec<u8>, Error> {
    let from = path.display().to_string();
    let f = std::fs::File::open(path)
        .map_err(|e| Error::usage(format!("{what}: cannot read {from}: {e}")))?;
    read_bounded(f, what, &from)
}

/// A reader that fails once a line grows past `limit` bytes, so that a
/// line-oriented input without line ends (`/dev/zero`) ends in a clear
/// error rather than in an exhausted memory.
pub struct LineLimit<R> {
    inner: R,
    limit: usize,
    since_newline: usize,
}

impl<R> LineLimit<R> {
    pub fn new(inner: R, limit: usize) -> Self {
        LineLimit {
            inner,
            limit,
            since_newline: 0,
        }
    }
}

impl<R: Read> Read for LineLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let chunk = &buf[..n];
        self.since_newline = match chunk.iter().rposition(|b| *b == b'\n') {
            Some(i) => n - i - 1,
            None => self.since_newline + n,
        };
        if self.since_newline > self.limit {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("a line longer than {} MiB", self.limit >> 20),
            ));
        }
        Ok(n)
    }
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
    /// A file, or `-` for standard input.
    pub file: Option<&'a Path>,
    /// Prompt text; also names the secret in errors.
    pub prompt: &'a str,
    /// How to pass it without a prompt, for the error when none can be shown.
    pub how: &'a str,
    /// A prompt can be shown (`Terminal::interactive`).
    pub interactive: bool,
    /// Standard input is a pipe or a file, not a terminal: the secret may
    /// come that way (`echo KEY | …`).
    pub piped: bool,
}

impl SecretSource<'_> {
    /// The secret: value, file, standard input when piped, or a hidden
    /// prompt on a terminal.
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
        if self.piped && !STDIN_USED.load(Ordering::SeqCst) {
            return first_line_of_stdin(self.prompt, self.how);
        }
        prompt_secret(self.prompt, self.how, self.interactive)
    }
}

/// The first line of standard input, as a secret.
pub fn first_line_of_stdin(what: &str, how: &str) -> Result<Secret, Error> {
    let raw = read_stdin(what)?;
    let text = utf8(raw, what)?;
    match text.lines().next().filter(|l| !l.is_empty()) {
        Some(l) => Ok(Secret::new(l)),
        None => Err(Error::usage_hint(
            format!("no {what} given: standard input is empty"),
            how.to_string(),
        )),
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
    let v = tty::read_line(&format!("{prompt}: "), false)
        .map_err(|e| Error::usage(format!("cannot read {prompt}: {e}")))?;
    if v.is_empty() {
        return Err(Error::usage(format!("{prompt} is empty")));
    }
    Ok(Secret::new(v))
}

/// Asks for a line on the terminal, echoed (a user name, a choice).
pub fn ask_line(prompt: &str) -> Result<String, Error> {
    tty::read_line(prompt, true).map_err(|e| Error::usage(format!("cannot read the answer: {e}")))
}

/// Asks a yes/no question on the terminal (default no). The answer is a
/// whole line, so that nothing typed after a `y` reaches the shell; `y` or
/// `yes`, in any case, is yes.
pub fn confirm(question: &str) -> Result<bool, Error> {
    let answer = tty::read_line(&format!("{question} [y/N] "), true)
        .map_err(|e| Error::usage(format!("cannot read the answer: {e}")))?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// Puts the terminal back as it was before a hidden prompt turned echo off
/// (and ends the prompt's line); for an interrupt that ends the process
/// during the prompt.
pub fn restore_terminal() {
    if tty::restore() {
        let _ = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/tty")
            .and_then(|mut t| std::io::Write::write_all(&mut t, b"\n"));
    }
}

/// Line prompts on the controlling terminal.
mod tty {
    use std::io::{self, BufRead, Write};

    #[cfg(unix)]
    static SAVED: std::sync::Mutex<Option<(std::fs::File, rustix::termios::Termios)>> =
        std::sync::Mutex::new(None);

    /// Writes `prompt` and reads one line from the terminal, echoed or not.
    pub fn read_line(prompt: &str, echo: bool) -> io::Result<String> {
        let tty = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")?;
        // Echo goes off before the prompt shows: nothing typed is seen.
        if !echo {
            hide(&tty)?;
        }
        let mut writer = &tty;
        writer.write_all(prompt.as_bytes())?;
        writer.flush()?;
        let mut line = String::new();
        let read = io::BufReader::new(&tty).read_line(&mut line);
        if !echo {
            restore();
        }
        read?;
        while line.ends_with('\n') || line.ends_with('\r') {
            line.pop();
        }
        Ok(line)
    }

    /// Echo off (the line discipline stays, so editing keys work); the
    /// previous state is kept for `restore`.
    #[cfg(unix)]
    fn hide(tty: &std::fs::File) -> io::Result<()> {
        use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
        let before = tcgetattr(tty)?;
        let mut quiet = before.clone();
        quiet.local_modes.remove(LocalModes::ECHO);
        quiet.local_modes.insert(LocalModes::ECHONL);
        *SAVED.lock().unwrap_or_else(|e| e.into_inner()) = Some((tty.try_clone()?, before));
        tcsetattr(tty, OptionalActions::Flush, &quiet)?;
        Ok(())
    }

    #[cfg(not(unix))]
    fn hide(_: &std::fs::File) -> io::Result<()> {
        Ok(())
    }

    /// Puts back the state `hide` kept; whether there was one.
    pub fn restore() -> bool {
        #[cfg(unix)]
        if let Some((tty, before)) = SAVED.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ =
                rustix::termios::tcsetattr(&tty, rustix::termios::OptionalActions::Now, &before);
            return true;
        }
        false
    }
}
