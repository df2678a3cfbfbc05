//! The one place that writes to stdout and stderr: JSON, JSON lines, tables,
//! status lines, warnings, traces, errors and the progress bar.
#![allow(clippy::disallowed_methods, clippy::print_stderr)] // the one writer

use std::io::{self, Write};
use std::time::Duration;

use comfy_table::{Cell, ContentArrangement, Table, presets};
use serde_json::Value;

use crate::files::AtomicFile;
use crate::generation::Api;
use crate::record;
use crate::settings::Terminal;

/// How results are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "table" => Some(Format::Table),
            "json" => Some(Format::Json),
            "jsonl" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

const MASK: &str = "********";

pub struct Output {
    pub format: Format,
    term: Terminal,
    quiet: bool,
}

/// Streams a list in the chosen format, one item at a time.
pub struct ListWriter<'a> {
    out: &'a Output,
    api: Api,
    count: usize,
    rows: Vec<Value>,
}

impl Output {
    pub fn new(format: Format, term: Terminal, quiet: bool) -> Self {
        Output {
            format,
            term,
            quiet,
        }
    }

    /// Reports a panic (a bug) as one line: where, never what, since its
    /// message could hold data.
    pub fn report_panics() {
        std::panic::set_hook(Box::new(|info| {
            let at = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            eprintln!("smq-bootstrap: internal error{at}; this is a bug, please report it");
        }));
    }

    /// What Ctrl-C does, said as it happens.
    pub fn interrupted(&self, graceful: bool) {
        if graceful {
            eprintln!(
                "smq-bootstrap: interrupted: finishing the requests in flight (Ctrl-C again to quit at once)"
            );
        } else {
            eprintln!("smq-bootstrap: interrupted");
        }
    }

    /// A progress bar for `total` jobs (a spinner when unknown) on a
    /// terminal; otherwise `Progress::line` prints a line now and then.
    pub fn progress(&self, label: &'static str, total: Option<u64>) -> Progress<'_> {
        let bar = (!self.quiet && self.term.stderr).then(|| {
            let (bar, template) = match total {
                Some(n) => (
                    indicatif::ProgressBar::new(n),
                    "{prefix} [{bar:30}] {pos}/{len} {rate} ETA {eta} {msg}",
                ),
                None => (
                    indicatif::ProgressBar::new_spinner(),
                    "{prefix} {spinner} {pos} {rate} {msg}",
                ),
            };
            if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> ").with_key(
                    "rate",
                    |s: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0}/s", s.per_sec());
                    },
                ));
            }
            bar.set_prefix(label);
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            lines: !self.quiet && bar.is_none(),
            bar,
            out: self,
        }
    }

    /// Whether progress is shown as a bar (counting the input first pays).
    pub fn shows_bar(&self) -> bool {
        !self.quiet && self.term.stderr
    }

    /// A JSON document, pretty (or compact on one line for jsonl).
    pub fn json(&self, v: &Value) -> io::Result<()> {
        let text = if self.format == Format::Jsonl {
            serde_json::to_string(v)
        } else {
            serde_json::to_string_pretty(v)
        }
        .map_err(io::Error::other)?;
        self.line(&text)
    }

    /// An object: a two-column table, or JSON.
    pub fn object(&self, v: &Value) -> io::Result<()> {
        let Value::Object(map) = v else {
            return self.json(v);
        };
        if self.format != Format::Table {
            return self.json(v);
        }
        let mut t = self.table();
        for (k, val) in map {
            let cell = match (k.as_str(), val) {
                // A set: shown sorted, whatever order the service gave.
                ("channels", Value::Array(chs)) => {
                    let mut ids: Vec<String> = chs
                        .iter()
                        .map(|c| {
                            c.get("id")
                                .and_then(Value::as_str)
                                .map(str::to_string)
                                .unwrap_or_else(|| scalar(c))
                        })
                        .collect();
                    ids.sort();
                    ids.join(", ")
                }
                ("state", s) => state_name(s),
                (_, other) => scalar(other),
            };
            t.add_row(vec![Cell::new(sanitize(k)), Cell::new(sanitize(&cell))]);
        }
        self.line(&t.to_string())
    }

    /// A list of JSON objects: a table of `columns` (title, field), CSV of
    /// the fields, a JSON array, or JSON lines.
    pub fn collection(&self, columns: &[(&str, &str)], items: &[Value]) -> io::Result<()> {
        let cell = |v: &Value, field: &str| v.get(field).map(scalar).unwrap_or_default();
        match self.format {
            Format::Table => {
                let mut t = self.table();
                t.set_header(columns.iter().map(|(title, _)| *title).collect::<Vec<_>>());
                for v in items {
                    t.add_row(
                        columns
                            .iter()
                            .map(|(_, f)| sanitize(&cell(v, f)))
                            .collect::<Vec<_>>(),
                    );
                }
                if !items.is_empty() {
                    self.line(&t.to_string())?;
                }
                Ok(())
            }
            Format::Csv => {
                let mut text = csv_line(columns.iter().map(|(_, f)| f.to_string()))?;
                for v in items {
                    text += &csv_line(columns.iter().map(|(_, f)| shown_cell(&cell(v, f))))?;
                }
                self.bytes(text.as_bytes())
            }
            Format::Jsonl => {
                for v in items {
                    self.line(&serde_json::to_string(v).map_err(io::Error::other)?)?;
                }
                Ok(())
            }
            Format::Json => self.json(&Value::Array(items.to_vec())),
        }
    }

    /// Text on a line of its own on stdout.
    pub fn line(&self, text: &str) -> io::Result<()> {
        let mut o = io::stdout().lock();
        o.write_all(text.as_bytes())?;
        o.write_all(b"\n")?;
        o.flush()
    }

    /// Raw bytes on stdout, as they are.
    pub fn bytes(&self, data: &[u8]) -> io::Result<()> {
        let mut o = io::stdout().lock();
        o.write_all(data)?;
        o.flush()
    }

    /// A writer for `config export`: JSONL, JSON or CSV, buffered, to
    /// standard output or to `file` (renamed into place by `finish`).
    pub fn export(&self, format: Format, api: Api, file: Option<AtomicFile>) -> ExportWriter {
        let sink = match file {
            Some(f) => Sink::File(f),
            None => Sink::Stdout(io::stdout()),
        };
        ExportWriter {
            format,
            api,
            count: 0,
            out: io::BufWriter::with_capacity(64 << 10, sink),
        }
    }

    /// Warns when standard output is a regular file that others may read:
    /// what is about to go there holds secrets.
    pub fn warn_if_stdout_readable(&self, what: &str) {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            use std::os::unix::fs::PermissionsExt;
            let meta = io::stdout()
                .as_fd()
                .try_clone_to_owned()
                .map(std::fs::File::from)
                .and_then(|f| f.metadata());
            if let Ok(m) = meta
                && m.is_file()
                && m.permissions().mode() & 0o077 != 0
            {
                self.warn(&format!(
                    "{what} goes to a file others can read (mode {:o}): use --output-file FILE, \
                     which is written 0600, or chmod 600 the file",
                    m.permissions().mode() & 0o777
                ));
            }
        }
        #[cfg(not(unix))]
        let _ = what;
    }

    pub fn list(&self, api: Api) -> ListWriter<'_> {
        ListWriter {
            out: self,
            api,
            count: 0,
            rows: Vec::new(),
        }
    }

    /// A progress or confirmation line on stderr (suppressed by --quiet).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{msg}");
        }
    }

    pub fn warn(&self, msg: &str) {
        eprintln!("{} {msg}", self.paint_err("warning:", "33"));
    }

    /// A request trace line (from --curl or -v) on stderr.
    pub fn trace(&self, line: &str) {
        eprintln!("{line}");
    }

    /// An error, as one line, and its hint on a second.
    pub fn error(&self, msg: &str, hint: Option<&str>) {
        eprintln!(
            "smq-bootstrap: {} {}",
            self.paint_err("error:", "1;31"),
            sanitize(msg)
        );
        if let Some(h) = hint {
            eprintln!("  {} {h}", self.paint_err("hint:", "36"));
        }
    }

    fn paint_err(&self, s: &str, code: &str) -> String {
        if self.term.color_stderr {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if !self.term.color_stdout {
            t.force_no_tty();
        }
        t
    }
}

impl ListWriter<'_> {
    /// Adds one config; streamed for json and jsonl, kept for the table.
    pub fn item(&mut self, v: Value) -> io::Result<()> {
        self.count += 1;
        match self.out.format {
            Format::Csv => {
                let cols = record::list_columns(self.api);
                let mut lines = String::new();
                if self.count == 1 {
                    lines += &csv_line(cols.iter().map(|c| c.to_string()))?;
                }
                lines += &csv_line(
                    cols.iter()
                        .map(|c| shown_cell(&v.get(*c).map(scalar).unwrap_or_default())),
                )?;
                let mut o = io::stdout().lock();
                o.write_all(lines.as_bytes())?;
                o.flush()
            }
            Format::Jsonl => self
                .out
                .line(&serde_json::to_string(&v).map_err(io::Error::other)?),
            Format::Json => {
                let body = serde_json::to_string_pretty(&v).map_err(io::Error::other)?;
                let indented = body.replace('\n', "\n  ");
                let sep = if self.count == 1 { "[\n  " } else { ",\n  " };
                let mut o = io::stdout().lock();
                write!(o, "{sep}{indented}")?;
                o.flush()
            }
            Format::Table => {
                self.rows.push(v);
                Ok(())
            }
        }
    }

    /// Ends the list; `total` is the service's count for the table footer.
    pub fn finish(self, total: Option<u64>) -> io::Result<()> {
        match self.out.format {
            Format::Jsonl => Ok(()),
            Format::Csv if self.count == 0 => {
                let header =
                    csv_line(record::list_columns(self.api).iter().map(|c| c.to_string()))?;
                self.out.bytes(header.as_bytes())
            }
            Format::Csv => Ok(()),
            Format::Json => self.out.line(if self.count == 0 { "[]" } else { "\n]" }),
            Format::Table => {
                let mut t = self.out.table();
                let id = self.api.id_field();
                let profiles = self.api.has_profiles();
                let mut header = vec!["ID", "NAME", "EXTERNAL ID", "STATE"];
                if profiles {
                    header[3] = "STATUS";
                    header.push("PROFILE");
                }
                t.set_header(header);
                for r in &self.rows {
                    let f = |k: &str| sanitize(&r.get(k).map(scalar).unwrap_or_default());
                    let mut row = vec![f(id), f("name"), f("external_id")];
                    if profiles {
                        row.extend([f("status"), f("profile_id")]);
                    } else {
                        row.push(state_name(r.get("state").unwrap_or(&Value::Null)));
                    }
                    t.add_row(row);
                }
                if !self.rows.is_empty() {
                    self.out.line(&t.to_string())?;
                }
                let total = total.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
                self.out.line(&format!("{} of {total}", self.count))
            }
        }
    }
}

/// A progress display for bulk work.
pub struct Progress<'a> {
    bar: Option<indicatif::ProgressBar>,
    lines: bool,
    out: &'a Output,
}

impl Progress<'_> {
    /// One more job done; `failed` so far.
    pub fn tick(&self, failed: u64) {
        if let Some(b) = &self.bar {
            b.inc(1);
            if failed > 0 {
                b.set_message(format!("{failed} failed"));
            }
        }
    }

    /// A status line, when there is no bar.
    pub fn line(&self, text: &str) {
        if self.lines {
            self.out.status(text);
        }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// A value shown in a CSV list: control characters escaped as in a table,
/// and a spreadsheet formula defused (`record::csv_escape`).
fn shown_cell(v: &str) -> String {
    record::csv_escape(&sanitize(v))
}

/// One CSV record, with its line ending.
fn csv_line(fields: impl IntoIterator<Item = String>) -> io::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(fields.into_iter().collect::<Vec<_>>())
        .map_err(io::Error::other)?;
    let bytes = w
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))?;
    String::from_utf8(bytes).map_err(io::Error::other)
}

/// Where an export goes.
enum Sink {
    Stdout(io::Stdout),
    File(AtomicFile),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(o) => o.write(buf),
            Sink::File(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(o) => o.flush(),
            Sink::File(f) => f.flush(),
        }
    }
}

/// Streams `config export` records to stdout or a file, whole records only.
pub struct ExportWriter {
    format: Format,
    api: Api,
    count: u64,
    out: io::BufWriter<Sink>,
}

impl ExportWriter {
    pub fn item(&mut self, v: &Value) -> io::Result<()> {
        self.count += 1;
        match self.format {
            Format::Csv => {
                let cols = record::export_columns(self.api);
                if self.count == 1 {
                    self.out
                        .write_all(csv_line(cols.iter().map(|c| c.to_string()))?.as_bytes())?;
                }
                let cell = |c: &str| match v.get(c) {
                    Some(Value::Array(items)) => {
                        items.iter().map(scalar).collect::<Vec<_>>().join(";")
                    }
                    Some(other) => scalar(other),
                    None => String::new(),
                };
                self.out.write_all(
                    csv_line(cols.iter().map(|c| record::csv_escape(&cell(c))))?.as_bytes(),
                )
            }
            Format::Json => {
                self.out
                    .write_all(if self.count == 1 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer(&mut self.out, v).map_err(io::Error::other)
            }
            _ => {
                serde_json::to_writer(&mut self.out, v).map_err(io::Error::other)?;
                self.out.write_all(b"\n")
            }
        }
    }

    pub fn finish(mut self) -> io::Result<()> {
        match (self.format, self.count) {
            (Format::Json, 0) => self.out.write_all(b"[]\n")?,
            (Format::Json, _) => self.out.write_all(b"\n]\n")?,
            (Format::Csv, 0) => {
                let header = csv_line(
                    record::export_columns(self.api)
                        .iter()
                        .map(|c| c.to_string()),
                )?;
                self.out.write_all(header.as_bytes())?
            }
            _ => {}
        }
        self.close()
    }

    /// Ends an export cut short: the whole records written so far reach
    /// standard output (a JSON array stays open: it is not all there); a file
    /// is not put in place.
    pub fn abandon(self) -> io::Result<()> {
        match self.out.into_inner().map_err(|e| e.into_error())? {
            Sink::Stdout(mut o) => o.flush(),
            Sink::File(f) => {
                drop(f);
                Ok(())
            }
        }
    }

    fn close(self) -> io::Result<()> {
        match self.out.into_inner().map_err(|e| e.into_error())? {
            Sink::Stdout(mut o) => o.flush(),
            Sink::File(f) => f.commit(),
        }
    }
}

/// Replaces the secrets of a config with a mask, for display.
pub fn mask_secrets(v: &mut Value) {
    mask_fields(v, &record::SECRET_FIELDS)
}

/// Replaces the non-empty string `fields` of an object with a mask.
pub fn mask_fields(v: &mut Value, fields: &[&str]) {
    record::mask(v, fields, MASK)
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn state_name(v: &Value) -> String {
    match v.as_i64() {
        Some(1) => "enabled".into(),
        Some(0) => "disabled".into(),
        _ => scalar(v),
    }
}

/// Escapes control and bidi characters from the service before they reach a terminal.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c if c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                out.extend(c.escape_unicode())
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizes_escapes() {
        assert_eq!(sanitize("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{202e}y"), "x\\u{202e}y");
    }
}
