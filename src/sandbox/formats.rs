//! What the service does with a rendered profile per `content_format`:
//! the text is read as JSON, else YAML, else TOML, and written again as
//! indented JSON (Go's `encoding/json`), YAML (`yaml.v3`) or TOML
//! (`go-toml` v2). Numbers that came through JSON are float64, YAML
//! integers stay integers.

use std::collections::BTreeMap;

use serde_json::Value;

use super::gojson::{go_float, json_string};

/// A decoded document, keeping the integer/float distinction Go keeps.
#[derive(Clone, Debug, PartialEq)]
pub enum Doc {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Doc>),
    Map(BTreeMap<String, Doc>),
}

impl Doc {
    /// From JSON as Go decodes into `any`: every number a float64.
    pub fn from_json(v: &Value) -> Doc {
        match v {
            Value::Null => Doc::Null,
            Value::Bool(b) => Doc::Bool(*b),
            Value::Number(n) => Doc::Float(n.as_f64().unwrap_or(0.0)),
            Value::String(s) => Doc::Str(s.clone()),
            Value::Array(a) => Doc::List(a.iter().map(Doc::from_json).collect()),
            Value::Object(o) => Doc::Map(
                o.iter()
                    .map(|(k, v)| (k.clone(), Doc::from_json(v)))
                    .collect(),
            ),
        }
    }

    fn from_yaml(y: &yaml_rust2::Yaml) -> Option<Doc> {
        use yaml_rust2::Yaml;
        Some(match y {
            Yaml::Null => Doc::Null,
            Yaml::Boolean(b) => Doc::Bool(*b),
            Yaml::Integer(i) => Doc::Int(*i),
            Yaml::Real(r) => Doc::Float(r.parse().ok()?),
            Yaml::String(s) => Doc::Str(s.clone()),
            Yaml::Array(a) => Doc::List(a.iter().map(Doc::from_yaml).collect::<Option<_>>()?),
            Yaml::Hash(h) => Doc::Map(
                h.iter()
                    .map(|(k, v)| Some((yaml_key(k)?, Doc::from_yaml(v)?)))
                    .collect::<Option<_>>()?,
            ),
            Yaml::Alias(_) | Yaml::BadValue => return None,
        })
    }

    fn from_toml(t: &toml::Value) -> Doc {
        match t {
            toml::Value::String(s) => Doc::Str(s.clone()),
            toml::Value::Integer(i) => Doc::Int(*i),
            toml::Value::Float(f) => Doc::Float(*f),
            toml::Value::Boolean(b) => Doc::Bool(*b),
            toml::Value::Datetime(d) => Doc::Str(d.to_string()),
            toml::Value::Array(a) => Doc::List(a.iter().map(Doc::from_toml).collect()),
            toml::Value::Table(t) => Doc::Map(
                t.iter()
                    .map(|(k, v)| (k.clone(), Doc::from_toml(v)))
                    .collect(),
            ),
        }
    }

    /// As JSON, for documents uploaded as YAML or TOML.
    pub fn to_json(&self) -> Value {
        match self {
            Doc::Null => Value::Null,
            Doc::Bool(b) => Value::Bool(*b),
            Doc::Int(i) => Value::from(*i),
            Doc::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Doc::Str(s) => Value::String(s.clone()),
            Doc::List(l) => Value::Array(l.iter().map(Doc::to_json).collect()),
            Doc::Map(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), v.to_json())).collect()),
        }
    }
}

fn yaml_key(k: &yaml_rust2::Yaml) -> Option<String> {
    use yaml_rust2::Yaml;
    Some(match k {
        Yaml::String(s) | Yaml::Real(s) => s.clone(),
        Yaml::Integer(i) => i.to_string(),
        Yaml::Boolean(b) => b.to_string(),
        Yaml::Null => "null".into(),
        _ => return None,
    })
}

/// One YAML document (an empty text is null).
pub fn parse_yaml(text: &str) -> Result<Doc, String> {
    let docs = yaml_rust2::YamlLoader::load_from_str(text).map_err(|e| e.to_string())?;
    match docs.first() {
        None => Ok(Doc::Null),
        Some(d) => Doc::from_yaml(d).ok_or_else(|| "unsupported YAML".to_string()),
    }
}

pub fn parse_toml(text: &str) -> Result<Doc, String> {
    toml::from_str::<toml::Table>(text)
        .map(|t| Doc::from_toml(&toml::Value::Table(t)))
        .map_err(|e| e.to_string())
}

/// The service's reading of rendered text: one JSON value, else YAML, else TOML.
fn read(text: &str) -> Result<Doc, String> {
    if let Ok(v) = serde_json::from_str::<Value>(text) {
        return Ok(Doc::from_json(&v));
    }
    parse_yaml(text).or_else(|_| parse_toml(text))
}

/// The rendered text after `format`'s post-processing (`raw` and
/// `go-template` are taken care of by the caller).
pub fn reformat(format: &str, text: &str) -> Result<String, String> {
    match format {
        "json" => {
            let doc = if text.trim().is_empty() {
                Doc::Null
            } else {
                read(text)?
            };
            let mut out = String::new();
            json_indented(&doc, 0, &mut out);
            Ok(out)
        }
        "yaml" => {
            let mut out = String::new();
            yaml(&read(text)?, 0, &mut out);
            Ok(out)
        }
        "toml" => toml_doc(&read(text)?),
        other => Err(format!("unsupported content format {other:?}")),
    }
}

// ----- JSON, indented ------------------------------------------------------

fn json_indented(d: &Doc, level: usize, out: &mut String) {
    let pad = |n: usize| "  ".repeat(n);
    match d {
        Doc::Null => out.push_str("null"),
        Doc::Bool(b) => out.push_str(&b.to_string()),
        Doc::Int(i) => out.push_str(&i.to_string()),
        Doc::Float(f) => out.push_str(&go_float(*f)),
        Doc::Str(s) => out.push_str(&json_string(s)),
        Doc::List(l) if l.is_empty() => out.push_str("[]"),
        Doc::Map(m) if m.is_empty() => out.push_str("{}"),
        Doc::List(l) => {
            out.push_str("[\n");
            for (i, v) in l.iter().enumerate() {
                out.push_str(&pad(level + 1));
                json_indented(v, level + 1, out);
                out.push_str(if i + 1 < l.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(level));
            out.push(']');
        }
        Doc::Map(m) => {
            out.push_str("{\n");
            for (i, (k, v)) in m.iter().enumerate() {
                out.push_str(&pad(level + 1));
                out.push_str(&json_string(k));
                out.push_str(": ");
                json_indented(v, level + 1, out);
                out.push_str(if i + 1 < m.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(level));
            out.push('}');
        }
    }
}

// ----- YAML (yaml.v3: 4-space indent, sorted keys) ----------------------------

fn yaml_scalar(d: &Doc) -> Option<String> {
    Some(match d {
        Doc::Null => "null".into(),
        Doc::Bool(b) => b.to_string(),
        Doc::Int(i) => i.to_string(),
        Doc::Float(f) => super::gotemplate::go_float_g(*f),
        Doc::Str(s) => yaml_string(s),
        Doc::List(l) if l.is_empty() => "[]".into(),
        Doc::Map(m) if m.is_empty() => "{}".into(),
        _ => return None,
    })
}

/// A string plain when YAML would read it back as that string, else double-quoted.
fn yaml_string(s: &str) -> String {
    let reads_back = !s.is_empty()
        && !s.starts_with(|c: char| c.is_whitespace() || "-?:,[]{}#&*!|>'\"%@`".contains(c))
        && !s.ends_with(char::is_whitespace)
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.contains(['\n', '\t', '\r'])
        && matches!(parse_yaml(s), Ok(Doc::Str(ref t)) if t == s);
    if reads_back {
        s.to_string()
    } else {
        serde_json::to_string(s).expect("a string always serializes")
    }
}

fn yaml(d: &Doc, level: usize, out: &mut String) {
    let pad = "    ".repeat(level);
    if let Some(s) = yaml_scalar(d) {
        out.push_str(&s);
        out.push('\n');
        return;
    }
    match d {
        Doc::Map(m) => {
            for (k, v) in m {
                out.push_str(&pad);
                out.push_str(&yaml_string(k));
                out.push(':');
                match yaml_scalar(v) {
                    Some(s) => {
                        out.push(' ');
                        out.push_str(&s);
                        out.push('\n');
                    }
                    None => {
                        out.push('\n');
                        yaml(v, level + 1, out);
                    }
                }
            }
        }
        Doc::List(l) => {
            for v in l {
                out.push_str(&pad);
                out.push_str("- ");
                match yaml_scalar(v) {
                    Some(s) => {
                        out.push_str(&s);
                        out.push('\n');
                    }
                    None => {
                        let mut inner = String::new();
                        yaml(v, level + 1, &mut inner);
                        out.push_str(inner.trim_start());
                    }
                }
            }
        }
        _ => {}
    }
}

// ----- TOML (go-toml v2) --------------------------------------------------------

fn toml_string(s: &str) -> String {
    if s.contains(['\'', '\n', '\r']) || s.chars().any(char::is_control) {
        serde_json::to_string(s).expect("a string always serializes")
    } else {
        format!("'{s}'")
    }
}

fn toml_key(k: &str) -> String {
    if !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        k.to_string()
    } else {
        toml_string(k)
    }
}

fn toml_inline(d: &Doc) -> Result<String, String> {
    Ok(match d {
        Doc::Null => return Err("TOML has no null".into()),
        Doc::Bool(b) => b.to_string(),
        Doc::Int(i) => i.to_string(),
        Doc::Float(f) if f.fract() == 0.0 && f.abs() < 1e16 => format!("{f:.1}"),
        Doc::Float(f) => go_float(*f),
        Doc::Str(s) => toml_string(s),
        Doc::List(l) => format!(
            "[{}]",
            l.iter()
                .map(toml_inline)
                .collect::<Result<Vec<_>, _>>()?
                .join(", ")
        ),
        Doc::Map(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| Ok(format!("{} = {}", toml_key(k), toml_inline(v)?)))
                .collect::<Result<Vec<_>, String>>()?
                .join(", ")
        ),
    })
}

fn toml_doc(d: &Doc) -> Result<String, String> {
    let Doc::Map(m) = d else {
        // A top level that is not a table is written as a bare value.
        return Ok(format!("{}\n", toml_inline(d)?));
    };
    let mut out = String::new();
    toml_table(m, &[], &mut out)?;
    Ok(out)
}

fn toml_table(m: &BTreeMap<String, Doc>, path: &[String], out: &mut String) -> Result<(), String> {
    let is_table = |v: &Doc| matches!(v, Doc::Map(_));
    let is_table_list = |v: &Doc| matches!(v, Doc::List(l) if !l.is_empty() && l.iter().all(|x| matches!(x, Doc::Map(_))));
    for (k, v) in m {
        if !is_table(v) && !is_table_list(v) && !matches!(v, Doc::Null) {
            out.push_str(&format!("{} = {}\n", toml_key(k), toml_inline(v)?));
        }
    }
    for (k, v) in m {
        let mut p = path.to_vec();
        p.push(toml_key(k));
        match v {
            Doc::Map(sub) => {
                out.push_str(&format!("\n[{}]\n", p.join(".")));
                toml_table(sub, &p, out)?;
            }
            Doc::List(l) if is_table_list(v) => {
                for item in l {
                    if let Doc::Map(sub) = item {
                        out.push_str(&format!("\n[[{}]]\n", p.join(".")));
                        toml_table(sub, &p, out)?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parse_chain_and_each_output() {
        assert_eq!(
            reformat("json", r#"{"b": 2, "a": "<x>", "l": [1, 2.5]}"#).unwrap(),
            "{\n  \"a\": \"\\u003cx\\u003e\",\n  \"b\": 2,\n  \"l\": [\n    1,\n    2.5\n  ]\n}"
        );
        assert_eq!(reformat("json", "").unwrap(), "null");
        assert_eq!(reformat("json", "hello world").unwrap(), "\"hello world\"");
        assert_eq!(
            reformat("yaml", r#"{"b": 2, "a": "x", "list": [1, 2]}"#).unwrap(),
            "a: x\nb: 2\nlist:\n    - 1\n    - 2\n"
        );
        assert_eq!(
            reformat("toml", "title: \"T\"\nport: 8080\nnested:\n  k: v\n").unwrap(),
            "port = 8080\ntitle = 'T'\n\n[nested]\nk = 'v'\n"
        );
        assert_eq!(reformat("toml", "[1, 2]").unwrap(), "[1.0, 2.0]\n");
        assert!(reformat("xml", "<a/>").is_err());
    }
}
