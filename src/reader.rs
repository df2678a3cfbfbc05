//! Bulk input, streamed: config records as JSONL, a JSON array or CSV, and
//! id lists. Pure parsing over any reader; nothing here sends anything.

use std::io::BufRead;

use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::record::RECORD_FIELDS;

/// The formats `config import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    Jsonl,
    Json,
    Csv,
}

impl InputFormat {
    /// From a file name's extension.
    pub fn from_path(path: &std::path::Path) -> Option<InputFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "json" => Some(InputFormat::Json),
            "csv" => Some(InputFormat::Csv),
            _ => None,
        }
    }

    /// From the first non-blank byte: `[` a JSON array, `{` JSON lines, else CSV.
    pub fn sniff(first: Option<u8>) -> InputFormat {
        match first {
            Some(b'[') => InputFormat::Json,
            Some(b'{') => InputFormat::Jsonl,
            _ => InputFormat::Csv,
        }
    }
}

/// One input record: where it was, and the create body or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Line number (JSONL, CSV) or 1-based position in the array (JSON).
    pub line: u64,
    pub body: Result<Map<String, Value>, String>,
    /// CSV cells kept with blanks around them (a key or a name may mean
    /// them; identifiers are trimmed), by column: for a warning.
    pub spaced: Vec<&'static str>,
    /// A CSV row's external id even when another of its cells is wrong.
    pub csv_key: Option<String>,
}

impl Record {
    /// The record's external id, when it has one (a bad CSV row's too, so
    /// that the report names the device).
    pub fn external_id(&self) -> Option<&str> {
        match &self.body {
            Ok(b) => b.get("external_id")?.as_str(),
            Err(_) => self.csv_key.as_deref(),
        }
    }
}

/// Reads every record of `input`, calling `sink` for each until it returns
/// false. A record that does not parse is passed on as an error; an error
/// that ends the input (a broken JSON array, a bad CSV header) is returned.
pub fn read_records<R: BufRead>(
    input: R,
    format: InputFormat,
    mut sink: impl FnMut(Record) -> bool,
) -> Result<(), String> {
    match format {
        InputFormat::Jsonl => read_jsonl(input, &mut sink),
        InputFormat::Json => read_json_array(input, &mut sink),
        InputFormat::Csv => read_csv(input, &mut sink),
    }
}

/// A record's JSON object; a key that is no field of any generation is
/// refused, as an unknown CSV column is (a typo would be dropped silently).
fn object(v: Value) -> Result<Map<String, Value>, String> {
    match v {
        Value::Object(m) => match m.keys().find(|k| !RECORD_FIELDS.contains(&k.as_str())) {
            Some(bad) => Err(format!(
                "unknown field '{bad}'; fields are: {}",
                RECORD_FIELDS.join(", ")
            )),
            None => Ok(m),
        },
        other => Err(format!(
            "expected a JSON object, got {}",
            crate::input::kind(&other)
        )),
    }
}

fn read_jsonl<R: BufRead>(
    mut input: R,
    sink: &mut impl FnMut(Record) -> bool,
) -> Result<(), String> {
    let mut buf = Vec::new();
    let mut line = 0u64;
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("cannot read the input: {e}"))?;
        if n == 0 {
            return Ok(());
        }
        line += 1;
        let text = buf.trim_ascii();
        if text.is_empty() {
            continue;
        }
        let body = serde_json::from_slice::<Value>(text)
            .map_err(|e| format!("invalid JSON: {e}"))
            .and_then(object);
        if !sink(Record {
            line,
            body,
            spaced: Vec::new(),
            csv_key: None,
        }) {
            return Ok(());
        }
    }
}

/// Streams the elements of a top-level JSON array without holding it whole.
fn read_json_array<R: BufRead>(
    input: R,
    sink: &mut impl FnMut(Record) -> bool,
) -> Result<(), String> {
    struct Elements<'a, F> {
        sink: &'a mut F,
    }
    impl<'de, F: FnMut(Record) -> bool> DeserializeSeed<'de> for Elements<'_, F> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_seq(self)
        }
    }
    impl<'de, F: FnMut(Record) -> bool> Visitor<'de> for Elements<'_, F> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a JSON array of config objects")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut n = 0u64;
            while let Some(v) = seq.next_element::<Value>()? {
                n += 1;
                if !(self.sink)(Record {
                    line: n,
                    body: object(v),
                    spaced: Vec::new(),
                    csv_key: None,
                }) {
                    // Drain the rest without keeping it, so the array still parses.
                    while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                    return Ok(());
                }
            }
            Ok(())
        }
    }
    let mut de = serde_json::Deserializer::from_reader(input);
    Elements { sink }
        .deserialize(&mut de)
        .map_err(|e| format!("invalid JSON array: {e}"))?;
    de.end()
        .map_err(|e| format!("invalid JSON after the array: {e}"))
}

/// Where the line ends of a stream were, so that a record's line number
/// comes from its byte offset (the CSV reader's own count is off for CRLF
/// files).
struct LineEnds<R> {
    inner: R,
    pos: u64,
    ends: std::rc::Rc<std::cell::RefCell<std::collections::VecDeque<u64>>>,
}

impl<R: std::io::Read> std::io::Read for LineEnds<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut ends = self.ends.borrow_mut();
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' {
                ends.push_back(self.pos + i as u64);
            }
        }
        self.pos += n as u64;
        Ok(n)
    }
}

fn read_csv<R: BufRead>(input: R, sink: &mut impl FnMut(Record) -> bool) -> Result<(), String> {
    let ends = std::rc::Rc::new(std::cell::RefCell::new(std::collections::VecDeque::new()));
    let mut lines_before = 0u64;
    // The line a record starting at byte `start` is on.
    let mut line_at = |start: u64| {
        let mut e = ends.borrow_mut();
        // With CRLF line ends the reader's offset points at the '\n'.
        while e.front().is_some_and(|p| *p <= start) {
            e.pop_front();
            lines_before += 1;
        }
        lines_before + 1
    };
    let tracked = LineEnds {
        inner: input,
        pos: 0,
        ends: std::rc::Rc::clone(&ends),
    };
    let mut rd = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(tracked);
    let headers: Vec<String> = rd
        .headers()
        .map_err(|e| format!("cannot read the CSV header: {e}"))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if let Some(bad) = headers
        .iter()
        .find(|h| !RECORD_FIELDS.contains(&h.as_str()))
    {
        return Err(format!(
            "unknown CSV column '{bad}'; columns are: {}",
            RECORD_FIELDS.join(", ")
        ));
    }
    if !headers.iter().any(|h| h == "external_id") {
        return Err("the CSV header has no external_id column".into());
    }
    for row in rd.records() {
        let mut spaced = Vec::new();
        let mut csv_key = None;
        let (line, body) = match row {
            Ok(r) => {
                csv_key = headers
                    .iter()
                    .position(|h| h == "external_id")
                    .and_then(|i| r.get(i))
                    .map(|k| k.trim_matches([' ', '\t']).to_string());
                (
                    r.position().map_or(0, |p| line_at(p.byte())),
                    csv_row(&headers, &r, &mut spaced),
                )
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| line_at(p.byte()));
                // The reader's own message names a line of its own count.
                let why = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("{len} field(s) where the header has {expected_len}"),
                    csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_string(),
                    _ => e.to_string(),
                };
                (line, Err(format!("invalid CSV row: {why}")))
            }
        };
        if !sink(Record {
            line,
            body,
            spaced,
            csv_key,
        }) {
            break;
        }
    }
    Ok(())
}

/// Columns whose blanks around a value are a spreadsheet's doing: trimmed.
const TRIMMED: [&str; 8] = [
    "external_id",
    "thing_id",
    "client_id",
    "id",
    "profile_id",
    "channels",
    "state",
    "status",
];
/// Columns whose blanks are kept but worth a warning.
const BLANKS_WARNED: [&str; 2] = ["external_key", "name"];

fn csv_row(
    headers: &[String],
    row: &csv::StringRecord,
    spaced: &mut Vec<&'static str>,
) -> Result<Map<String, Value>, String> {
    let mut m = Map::new();
    for (h, cell) in headers.iter().zip(row.iter()) {
        let blank = |c: char| c == ' ' || c == '\t';
        let cell = if TRIMMED.contains(&h.as_str()) {
            cell.trim_matches(blank)
        } else {
            if let Some(col) = BLANKS_WARNED.iter().find(|c| **c == h.as_str())
                && cell.trim_matches(blank) != cell
            {
                spaced.push(col);
            }
            cell
        };
        // A leading ' is the export's guard against spreadsheet formulas.
        let cell = crate::record::csv_unescape(cell);
        if cell.is_empty() {
            continue;
        }
        let v = match h.as_str() {
            "channels" => Value::Array(
                cell.split(';')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(|c| Value::String(c.into()))
                    .collect(),
            ),
            "state" => match cell.trim() {
                "0" => Value::from(0),
                "1" => Value::from(1),
                other => return Err(format!("state must be 0 or 1, not '{other}'")),
            },
            "render_context" => match serde_json::from_str::<Value>(cell) {
                Ok(v @ Value::Object(_)) => v,
                _ => return Err("render_context must be a JSON object".to_string()),
            },
            _ => Value::String(cell.to_string()),
        };
        m.insert(h.clone(), v);
    }
    Ok(m)
}

/// Reads ids, one a line; blank lines and `#` comments are skipped.
pub fn read_ids<R: BufRead>(
    input: R,
    mut sink: impl FnMut(u64, String) -> bool,
) -> Result<(), String> {
    for (i, line) in input.lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read the ids: {e}"))?;
        let id = line.trim();
        if id.is_empty() || id.starts_with('#') {
            continue;
        }
        if !sink(i as u64 + 1, id.to_string()) {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, f: InputFormat) -> (Vec<Record>, Result<(), String>) {
        let mut out = Vec::new();
        let r = read_records(text.as_bytes(), f, |rec| {
            out.push(rec);
            true
        });
        (out, r)
    }

    #[test]
    fn jsonl_lines_and_errors() {
        let (recs, r) = all(
            "{\"external_id\":\"a\"}\n\n[1]\n{bad\n{\"external_id\":\"b\"}",
            InputFormat::Jsonl,
        );
        r.unwrap();
        assert_eq!(recs.len(), 4);
        assert_eq!((recs[0].line, recs[0].external_id()), (1, Some("a")));
        assert!(
            recs[1]
                .body
                .as_ref()
                .unwrap_err()
                .contains("expected a JSON object")
        );
        assert!(recs[2].body.as_ref().unwrap_err().contains("invalid JSON"));
        assert_eq!((recs[3].line, recs[3].external_id()), (5, Some("b")));
    }

    #[test]
    fn json_array_streams_and_reports_breakage() {
        let (recs, r) = all(
            r#" [ {"external_id":"a"}, 5, {"external_id":"b"} ] "#,
            InputFormat::Json,
        );
        r.unwrap();
        assert_eq!(recs.len(), 3);
        assert!(recs[1].body.is_err());
        let (recs, r) = all(r#"[{"external_id":"a"}, {"#, InputFormat::Json);
        assert_eq!(recs.len(), 1);
        assert!(r.unwrap_err().contains("invalid JSON array"));
        assert!(all(r#"{"a":1}"#, InputFormat::Json).1.is_err());
        assert!(all("[] x", InputFormat::Json).1.is_err());
    }

    #[test]
    fn csv_columns_channels_and_state() {
        let text = "external_id,external_key,channels,state,content\ne1,k1,a; b;;c,1,\"multi\nline\"\ne2,k2,x,0,\n";
        let (recs, r) = all(text, InputFormat::Csv);
        r.unwrap();
        let b = recs[0].body.as_ref().unwrap();
        assert_eq!(b["channels"], serde_json::json!(["a", "b", "c"]));
        assert_eq!(b["state"], 1);
        assert_eq!(b["content"], "multi\nline");
        assert_eq!(recs[1].line, 4);
        assert!(recs[1].body.as_ref().unwrap().get("content").is_none());
        assert!(
            all("nope\nx\n", InputFormat::Csv)
                .1
                .unwrap_err()
                .contains("unknown CSV column")
        );
        let (recs, _) = all("external_id,state\ne,2\n", InputFormat::Csv);
        assert!(recs[0].body.is_err());
        let (recs, _) = all("external_id,name\ne\n", InputFormat::Csv);
        assert!(
            recs[0]
                .body
                .as_ref()
                .unwrap_err()
                .contains("invalid CSV row")
        );
    }

    #[test]
    fn sniffing_and_ids() {
        assert_eq!(InputFormat::sniff(Some(b'[')), InputFormat::Json);
        assert_eq!(InputFormat::sniff(Some(b'{')), InputFormat::Jsonl);
        assert_eq!(InputFormat::sniff(Some(b'e')), InputFormat::Csv);
        let mut ids = Vec::new();
        read_ids("a\n\n # note\n b \n".as_bytes(), |l, id| {
            ids.push((l, id));
            true
        })
        .unwrap();
        assert_eq!(ids, vec![(1, "a".to_string()), (4, "b".to_string())]);
    }
}
