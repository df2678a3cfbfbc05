//! The one place that writes to stdout and stderr: JSON, JSON lines, tables,
//! status lines, warnings, traces, errors and the progress bar.
#![allow(clippy::disallowed_methods, clippy::print_stderr)] // the one writer

use std::io::{self, Write};
use std::sync::Arc;
use std::time::Duration;

use comfy_table::{Cell, ContentArrangement, Table, presets};
use serde_json::Value;

use crate::error::Error;
use crate::files::AtomicFile;
use crate::generation::Api;
use crate::jq::{Emitted, Held, Jq};
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
    /// `--jq`: what JSON output goes through.
    jq: Option<Arc<Jq>>,
    /// `--columns`: the fields a table or CSV shows.
    columns: Option<Vec<String>>,
    /// Errors as one JSON object each (`-o json`, `-o jsonl`, `--jq`); set
    /// again once a profile's format is known.
    json_errors: std::sync::atomic::AtomicBool,
}

/// Streams a list in the chosen format, one item at a time.
pub struct ListWriter<'a> {
    out: &'a Output,
    api: Api,
    count: usize,
    rows: Vec<Value>,
    /// With `--jq`: the items as the filter reads them, for the whole array.
    held: Vec<Held>,
}

impl Output {
    pub fn new(format: Format, term: Terminal, quiet: bool) -> Self {
        Output {
            format,
            term,
            quiet,
            jq: None,
            columns: None,
            json_errors: false.into(),
        }
    }

    /// Sets what `--jq` and `--columns` asked for.
    pub fn with_view(mut self, jq: Option<Arc<Jq>>, columns: Option<Vec<String>>) -> Self {
        self.jq = jq;
        self.columns = columns;
        self
    }

    /// Errors as JSON objects on stderr.
    pub fn with_json_errors(self, on: bool) -> Self {
        self.set_json_errors(on);
        self
    }

    /// Errors as JSON objects from now on (or not).
    pub fn set_json_errors(&self, on: bool) {
        self.json_errors
            .store(on, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn json_errors(&self) -> bool {
        self.json_errors.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Refuses a `--columns` entry that is not one of `known`, before
    /// anything is sent.
    pub fn check_columns(&self, known: &[&str]) -> Result<(), Error> {
        for c in self.columns.iter().flatten() {
            if !known.contains(&c.as_str()) {
                return Err(Error::usage_hint(
                    format!("--columns: no column {c:?} here"),
                    format!("the columns are: {}", known.join(", ")),
                ));
            }
        }
        Ok(())
    }

    /// The columns to show: those asked for, else `default`.
    fn chosen<'a>(&'a self, default: Vec<&'a str>) -> Vec<&'a str> {
        match &self.columns {
            Some(c) => c.iter().map(String::as_str).collect(),
            None => default,
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

    /// A JSON document, pretty (or compact on one line for jsonl); through
    /// `--jq` when given.
    pub fn json(&self, v: &Value) -> Result<(), Error> {
        let Some(jq) = &self.jq else {
            return Ok(self.line(&self.json_text(v)?)?);
        };
        jq.run(v, |e| self.emit(e))
    }

    /// One result of `--jq`, on a line of its own.
    fn emit(&self, e: Emitted) -> Result<(), Error> {
        let text = match e {
            // As gh prints it: a string plain, terminal-safe on a terminal.
            Emitted::Text(t) if self.term.stdout => sanitize(&t),
            Emitted::Text(t) | Emitted::Other(t) => t,
            // Pretty on a terminal, one line each when piped.
            Emitted::Json(v) if self.term.stdout && self.format != Format::Jsonl => {
                serde_json::to_string_pretty(&v).map_err(io::Error::other)?
            }
            Emitted::Json(v) => serde_json::to_string(&v).map_err(io::Error::other)?,
        };
        Ok(self.line(&text)?)
    }

    fn json_text(&self, v: &Value) -> io::Result<String> {
        if self.format == Format::Jsonl {
            serde_json::to_string(v)
        } else {
            serde_json::to_string_pretty(v)
        }
        .map_err(io::Error::other)
    }

    /// An object: a two-column table (of the `--columns` fields when
    /// given), or JSON.
    pub fn object(&self, v: &Value) -> Result<(), Error> {
        let Value::Object(map) = v else {
            return self.json(v);
        };
        if self.format != Format::Table {
            return self.json(v);
        }
        let mut t = self.table();
        let keys = self.chosen(map.keys().map(String::as_str).collect());
        for k in keys {
            let cell = map.get(k).map(|val| table_cell(k, val)).unwrap_or_default();
            t.add_row(vec![Cell::new(sanitize(k)), Cell::new(sanitize(&cell))]);
        }
        Ok(self.line(&t.to_string())?)
    }

    /// A list of JSON objects: a table of `columns` (title, field), CSV of
    /// the fields, a JSON array, or JSON lines.
    pub fn collection(&self, columns: &[(&str, &str)], items: &[Value]) -> Result<(), Error> {
        let cell = |v: &Value, field: &str| v.get(field).map(scalar).unwrap_or_default();
        if self.format == Format::Table || self.format == Format::Csv {
            // A column is one of the command's or a field some item has.
            let mut known: Vec<&str> = columns.iter().map(|(_, f)| *f).collect();
            for k in items
                .iter()
                .filter_map(Value::as_object)
                .flat_map(|m| m.keys())
            {
                if !known.contains(&k.as_str()) {
                    known.push(k);
                }
            }
            if !items.is_empty() {
                self.check_columns(&known)?;
            }
        }
        let chosen: Vec<(String, &str)> = match &self.columns {
            Some(c) => c.iter().map(|f| (title(f), f.as_str())).collect(),
            None => columns.iter().map(|(t, f)| (t.to_string(), *f)).collect(),
        };
        match self.format {
            Format::Table => {
                let mut t = self.table();
                t.set_header(chosen.iter().map(|(title, _)| title).collect::<Vec<_>>());
                for v in items {
                    t.add_row(
                        chosen
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
                let mut text = csv_line(chosen.iter().map(|(_, f)| f.to_string()))?;
                for v in items {
                    text += &csv_line(chosen.iter().map(|(_, f)| shown_cell(&cell(v, f))))?;
                }
                Ok(self.bytes(text.as_bytes())?)
            }
            Format::Jsonl => {
                for v in items {
                    self.json(v)?;
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
            columns: self.columns.clone().unwrap_or_else(|| {
                record::export_columns(api)
                    .into_iter()
                    .map(String::from)
                    .collect()
            }),
            jq: self.jq.clone(),
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
            held: Vec::new(),
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

    /// A command's failure: its message and hint; as one JSON object
    /// (`error`, `exit`, `status`, `hint`, and what `about` adds) when JSON
    /// was asked for.
    /// In text, `label` comes before the message, and the hint is left out
    /// for a record of an input (`about` names its line): it would repeat.
    pub fn failure(&self, e: &Error, label: &str, about: &[(&str, Value)]) {
        if !self.json_errors() {
            let msg = match label {
                "" => e.to_string(),
                l => format!("{l}: {e}"),
            };
            let per_record = about.iter().any(|(k, _)| *k == "line");
            return self.error(&msg, if per_record { None } else { e.hint() });
        }
        let mut m = serde_json::Map::new();
        m.insert("error".into(), Value::String(e.to_string()));
        m.insert("exit".into(), Value::from(e.exit_code()));
        m.insert("status".into(), e.status().map_or(Value::Null, Value::from));
        m.insert(
            "hint".into(),
            e.hint().map_or(Value::Null, |h| Value::String(h.into())),
        );
        for (k, v) in about {
            m.insert(k.to_string(), v.clone());
        }
        eprintln!("{}", Value::Object(m));
    }

    /// An error, as one line, and its hint on a second.
    pub fn error(&self, msg: &str, hint: Option<&str>) {
        if self.json_errors() {
            let v = serde_json::json!({"error": msg, "exit": null, "status": null, "hint": hint});
            eprintln!("{v}");
            return;
        }
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
    /// Adds one config; streamed for json and jsonl, kept for the table
    /// (and for `--jq`, which sees the whole array).
    pub fn item(&mut self, v: Value) -> Result<(), Error> {
        self.count += 1;
        if self.out.jq.is_some() {
            return match self.out.format {
                Format::Jsonl => self.out.json(&v),
                _ => {
                    self.held.push(Held::of(&v)?);
                    Ok(())
                }
            };
        }
        match self.out.format {
            Format::Csv => {
                let cols = self.out.chosen(record::list_columns(self.api));
                let mut lines = String::new();
                if self.count == 1 {
                    lines += &csv_line(cols.iter().map(|c| c.to_string()))?;
                }
                lines += &csv_line(
                    cols.iter()
                        .map(|c| shown_cell(&v.get(*c).map(scalar).unwrap_or_default())),
                )?;
                Ok(self.out.bytes(lines.as_bytes())?)
            }
            Format::Jsonl => Ok(self
                .out
                .line(&serde_json::to_string(&v).map_err(io::Error::other)?)?),
            Format::Json => {
                let body = serde_json::to_string_pretty(&v).map_err(io::Error::other)?;
                let indented = body.replace('\n', "\n  ");
                let sep = if self.count == 1 { "[\n  " } else { ",\n  " };
                let mut o = io::stdout().lock();
                write!(o, "{sep}{indented}")?;
                Ok(o.flush()?)
            }
            Format::Table => {
                self.rows.push(v);
                Ok(())
            }
        }
    }

    /// Ends the list; `total` is the service's count for the table footer.
    pub fn finish(self, total: Option<u64>) -> Result<(), Error> {
        if let Some(jq) = &self.out.jq
            && self.out.format != Format::Jsonl
        {
            return jq.run_array(self.held, |e| self.out.emit(e));
        }
        match self.out.format {
            Format::Jsonl => Ok(()),
            Format::Csv if self.count == 0 => {
                let cols = self.out.chosen(record::list_columns(self.api));
                let header = csv_line(cols.iter().map(|c| c.to_string()))?;
                Ok(self.out.bytes(header.as_bytes())?)
            }
            Format::Csv => Ok(()),
            Format::Json => Ok(self.out.line(if self.count == 0 { "[]" } else { "\n]" })?),
            Format::Table => {
                let mut t = self.out.table();
                let mut fields = vec![self.api.id_field(), "name", "external_id"];
                if self.api.has_profiles() {
                    fields.extend(["status", "profile_id"]);
                } else {
                    fields.push("state");
                }
                let fields = self.out.chosen(fields);
                t.set_header(fields.iter().map(|f| title(f)).collect::<Vec<_>>());
                for r in &self.rows {
                    t.add_row(
                        fields
                            .iter()
                            .map(|f| {
                                let cell = r.get(*f).map(|v| table_cell(f, v));
                                sanitize(&cell.unwrap_or_default())
                            })
                            .collect::<Vec<_>>(),
                    );
                }
                if !self.rows.is_empty() {
                    self.out.line(&t.to_string())?;
                }
                let total = total.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
                Ok(self.out.line(&format!("{} of {total}", self.count))?)
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
    /// The CSV columns.
    columns: Vec<String>,
    /// `--jq`: applied to each record; its results are written a line each.
    jq: Option<Arc<Jq>>,
    count: u64,
    out: io::BufWriter<Sink>,
}

impl ExportWriter {
    pub fn item(&mut self, v: &Value) -> Result<(), Error> {
        self.count += 1;
        if let Some(jq) = self.jq.clone() {
            return jq.run(v, |e| {
                match e {
                    Emitted::Text(t) | Emitted::Other(t) => self.out.write_all(t.as_bytes())?,
                    Emitted::Json(j) => {
                        serde_json::to_writer(&mut self.out, &j).map_err(io::Error::other)?
                    }
                }
                Ok(self.out.write_all(b"\n")?)
            });
        }
        Ok(self.record(v)?)
    }

    fn record(&mut self, v: &Value) -> io::Result<()> {
        match self.format {
            Format::Csv => {
                let cols = &self.columns;
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
        match (self.format, self.count, &self.jq) {
            (_, _, Some(_)) => {}
            (Format::Json, 0, _) => self.out.write_all(b"[]\n")?,
            (Format::Json, _, _) => self.out.write_all(b"\n]\n")?,
            (Format::Csv, 0, _) => {
                let header = csv_line(self.columns.iter().cloned())?;
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

/// A column's title: its field in capitals (`external_id`: EXTERNAL ID);
/// the id fields are all "ID".
fn title(field: &str) -> String {
    match field {
        "thing_id" | "client_id" | "config_id" => "ID".into(),
        "profile_id" => "PROFILE".into(),
        f => f.replace('_', " ").to_uppercase(),
    }
}

/// A field's value in a table cell: a channel set sorted, a state by name.
fn table_cell(field: &str, v: &Value) -> String {
    match (field, v) {
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
