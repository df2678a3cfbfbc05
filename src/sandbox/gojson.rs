//! Request decoding and response encoding as the service's Go code does them:
//! only the first JSON value is read (trailing bytes ignored), keys match
//! case-insensitively, `null` leaves a field empty, unknown keys are ignored,
//! wrong types give Go's `cannot unmarshal` message, and encoding escapes
//! `<`, `>` and `&` and ends with a newline.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

/// The Go type of a request field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Str,
    StrList,
    /// An integer field, named by its Go type (e.g. `bootstrap.State`).
    Int(&'static str),
}

/// A decoded field value.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Str(String),
    StrList(Option<Vec<String>>),
    Int(i64),
}

/// Decoded request: field values by name, absent fields at their zero value.
#[derive(Debug, Default)]
pub struct Decoded {
    fields: Vec<(&'static str, Field)>,
}

impl Decoded {
    pub fn str(&self, name: &str) -> String {
        match self.get(name) {
            Some(Field::Str(s)) => s.clone(),
            _ => String::new(),
        }
    }

    /// `None` when the field was absent or `null`.
    pub fn list(&self, name: &str) -> Option<Vec<String>> {
        match self.get(name) {
            Some(Field::StrList(l)) => l.clone(),
            _ => None,
        }
    }

    pub fn int(&self, name: &str) -> i64 {
        match self.get(name) {
            Some(Field::Int(i)) => *i,
            _ => 0,
        }
    }

    fn get(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|(n, _)| *n == name).map(|(_, f)| f)
    }
}

fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// An object's members in document order, each value as its raw text (Go
/// prints a wrongly typed number as it was sent: `number 1e0`).
struct Members(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    out.push(entry);
                }
                Ok(Members(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// Decodes `body` into the fields of the Go struct `type_name` (e.g. `api.addReq`).
/// The error is the text Go's decoder would give.
pub fn decode(
    body: &[u8],
    type_name: &str,
    spec: &[(&'static str, Kind)],
) -> Result<Decoded, String> {
    let mut stream = serde_json::Deserializer::from_slice(body).into_iter::<Box<RawValue>>();
    let first = match stream.next() {
        None => return Err("EOF".into()),
        Some(Ok(v)) => v,
        Some(Err(e)) => return Err(syntax_message(body, &e)),
    };
    let short = type_name.rsplit('.').next().unwrap_or(type_name);
    let mut out = Decoded::default();
    let members = match first.get().as_bytes()[0] {
        b'n' => return Ok(out),
        b'{' => {
            serde_json::from_str::<Members>(first.get())
                .map_err(|e| syntax_message(first.get().as_bytes(), &e))?
                .0
        }
        _ => {
            let v: Value = serde_json::from_str(first.get()).unwrap_or(Value::Null);
            return Err(format!(
                "json: cannot unmarshal {} into Go value of type {type_name}",
                kind_name(&v)
            ));
        }
    };
    let mut first_err: Option<String> = None;
    for (key, raw) in members {
        // Go prefers an exact match, then a case-insensitive one.
        let Some(&(name, kind)) = spec
            .iter()
            .find(|(n, _)| *n == key)
            .or_else(|| spec.iter().find(|(n, _)| n.eq_ignore_ascii_case(&key)))
        else {
            continue;
        };
        let v: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
        let mismatch = |got: &Value, ty: &str| {
            format!(
                "json: cannot unmarshal {} into Go struct field {short}.{name} of type {ty}",
                kind_name(got)
            )
        };
        let decoded = match (kind, &v) {
            (_, Value::Null) => continue,
            (Kind::Str, Value::String(s)) => Ok(Field::Str(s.clone())),
            (Kind::Str, other) => Err(mismatch(other, "string")),
            (Kind::StrList, Value::Array(items)) => {
                let mut list = Vec::with_capacity(items.len());
                let mut err = None;
                for item in items {
                    match item {
                        Value::String(s) => list.push(s.clone()),
                        Value::Null => list.push(String::new()),
                        other => {
                            err.get_or_insert_with(|| mismatch(other, "string"));
                            list.push(String::new());
                        }
                    }
                }
                match err {
                    Some(e) => Err(e),
                    None => Ok(Field::StrList(Some(list))),
                }
            }
            (Kind::StrList, other) => Err(mismatch(other, "[]string")),
            // Go parses the literal itself: `1e0` and `1.0` are not integers.
            (Kind::Int(ty), Value::Number(_)) => match raw.get().parse::<i64>() {
                Ok(i) => Ok(Field::Int(i)),
                Err(_) => Err(format!(
                    "json: cannot unmarshal number {} into Go struct field {short}.{name} of type {ty}",
                    raw.get()
                )),
            },
            (Kind::Int(ty), other) => Err(mismatch(other, ty)),
        };
        match decoded {
            Ok(f) => {
                out.fields.retain(|(n, _)| *n != name);
                out.fields.push((name, f));
            }
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// A Go-style message for a JSON syntax error.
fn syntax_message(body: &[u8], e: &serde_json::Error) -> String {
    if e.is_eof() {
        return "unexpected EOF".into();
    }
    // Locate the offending byte from serde's line/column.
    let (line, col) = (e.line(), e.column());
    let mut offset = 0usize;
    for (i, l) in body.split(|b| *b == b'\n').enumerate() {
        if i + 1 == line {
            offset += col.saturating_sub(1);
            break;
        }
        offset += l.len() + 1;
    }
    match body.get(offset) {
        Some(&b) if b.is_ascii_graphic() || b == b' ' => {
            format!(
                "invalid character '{}' looking for beginning of value",
                b as char
            )
        }
        Some(&b) => format!("invalid character '\\x{b:02x}' looking for beginning of value"),
        None => "unexpected EOF".into(),
    }
}

/// Compact JSON as Go's encoder writes it: members in the given order, HTML
/// characters escaped, floats as Go writes them.
pub fn marshal(v: &Value) -> Vec<u8> {
    let mut out = String::new();
    write_value(&mut out, v);
    out.into_bytes()
}

fn write_value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => out.push_str(&i.to_string()),
            (_, Some(u), _) => out.push_str(&u.to_string()),
            (_, _, Some(f)) => out.push_str(&go_float(f)),
            _ => out.push_str(&n.to_string()),
        },
        Value::String(s) => out.push_str(&json_string(s)),
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item);
            }
            out.push(']');
        }
        Value::Object(o) => {
            out.push('{');
            for (i, (k, item)) in o.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&json_string(k));
                out.push(':');
                write_value(out, item);
            }
            out.push('}');
        }
    }
}

/// A JSON string as Go writes it: `<`, `>`, `&`, U+2028 and U+2029 escaped.
pub fn json_string(s: &str) -> String {
    let quoted = serde_json::to_string(s).expect("a string always serializes");
    let mut out = String::with_capacity(quoted.len() + 8);
    for c in quoted.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A float64 as Go's `encoding/json` writes it: the shortest form, with an
/// exponent only below 1e-6 and from 1e21 (`1e+21`, `1e-7`).
pub fn go_float(f: f64) -> String {
    let a = f.abs();
    if a != 0.0 && !(1e-6..1e21).contains(&a) {
        let s = format!("{f:e}");
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        match exp.strip_prefix('-') {
            Some(e) => format!("{mant}e-{e}"),
            None => format!("{mant}e+{exp}"),
        }
    } else {
        format!("{f}")
    }
}

/// A JSON value with every number made a float64, as Go's decoder does
/// when it decodes into `any` (`12345678901234567890` → `12345678901234567000`).
pub fn floats(v: Value) -> Value {
    match v {
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Value::Array(a) => Value::Array(a.into_iter().map(floats).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, floats(v))).collect()),
        other => other,
    }
}

/// A JSON value with object members sorted, as Go marshals a map.
pub fn sorted(v: Value) -> Value {
    match v {
        Value::Array(a) => Value::Array(a.into_iter().map(sorted).collect()),
        Value::Object(o) => {
            let mut members: Vec<(String, Value)> = o.into_iter().collect();
            members.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(members.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        other => other,
    }
}

/// `marshal` plus the newline Go's `json.Encoder` appends.
pub fn encode(v: &Value) -> Vec<u8> {
    let mut out = marshal(v);
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADD: &[(&str, Kind)] = &[("external_id", Kind::Str), ("channels", Kind::StrList)];

    #[test]
    fn go_decoding_rules() {
        assert_eq!(decode(b"", "api.addReq", ADD).unwrap_err(), "EOF");
        assert_eq!(decode(b"  ", "api.addReq", ADD).unwrap_err(), "EOF");
        assert_eq!(
            decode(b"{\"a\":", "api.addReq", ADD).unwrap_err(),
            "unexpected EOF"
        );
        assert_eq!(
            decode(b"}", "api.addReq", ADD).unwrap_err(),
            "invalid character '}' looking for beginning of value"
        );
        let d = decode(
            br#"{"External_ID":"x","channels":["a"]} trailing"#,
            "api.addReq",
            ADD,
        )
        .unwrap();
        assert_eq!(d.str("external_id"), "x");
        assert_eq!(d.list("channels"), Some(vec!["a".to_string()]));
        let d = decode(b"null", "api.addReq", ADD).unwrap();
        assert_eq!(d.str("external_id"), "");
        assert_eq!(
            decode(br#"{"external_id":5}"#, "api.addReq", ADD).unwrap_err(),
            "json: cannot unmarshal number into Go struct field addReq.external_id of type string"
        );
        assert_eq!(
            decode(b"[1]", "api.addReq", ADD).unwrap_err(),
            "json: cannot unmarshal array into Go value of type api.addReq"
        );
        let st: &[(&str, Kind)] = &[("state", Kind::Int("bootstrap.State"))];
        assert!(
            decode(br#"{"state":1.5}"#, "api.changeStateReq", st)
                .unwrap_err()
                .contains("number 1.5")
        );
        assert!(
            decode(br#"{"state":1e0}"#, "api.changeStateReq", st)
                .unwrap_err()
                .contains("number 1e0 into")
        );
        assert_eq!(
            decode(br#"{"state":-0}"#, "api.changeStateReq", st)
                .unwrap()
                .int("state"),
            0
        );
        assert!(
            decode(br#"{"state":"1"}"#, "api.changeStateReq", st)
                .unwrap_err()
                .contains("string")
        );
    }

    #[test]
    fn go_numbers() {
        assert_eq!(go_float(1000.0), "1000");
        assert_eq!(go_float(1.5), "1.5");
        assert_eq!(go_float(12345678901234567890.0), "12345678901234567000");
        assert_eq!(go_float(1e21), "1e+21");
        assert_eq!(go_float(1e-7), "1e-7");
        assert_eq!(go_float(0.000001), "0.000001");
        let v = floats(serde_json::json!({"a": 1, "b": [2.50]}));
        assert_eq!(marshal(&v), br#"{"a":1,"b":[2.5]}"#);
    }

    #[test]
    fn go_encoding_escapes_html() {
        let v = serde_json::json!({"a": "<b>&"});
        assert_eq!(encode(&v), b"{\"a\":\"\\u003cb\\u003e\\u0026\"}\n");
    }
}
