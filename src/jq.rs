//! `--jq EXPR`: a jq filter over the JSON a command prints, with the jaq
//! implementation of jq. Compiled once, before anything is sent; a string
//! result prints as plain text, any other value as JSON.

use jaq_core::load::{Arena, File, Loader, lex, parse};
use jaq_core::{Compiler, Ctx, Native, Vars, compile, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

use crate::error::Error;

type Data = data::JustLut<Val>;

/// A compiled filter.
pub struct Jq {
    filter: compile::Filter<Native<Data>>,
}

impl std::fmt::Debug for Jq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Jq")
    }
}

/// One result of the filter: text to print on a line of its own.
pub enum Emitted {
    /// A string, printed as it is.
    Text(String),
    /// Any other value, as JSON.
    Json(Value),
    /// A value JSON cannot hold (NaN, a byte string), in jq's own spelling.
    Other(String),
}

impl Jq {
    /// Compiles `expr`; a mistake in it is a usage error, with where it is.
    pub fn compile(expr: &str) -> Result<Jq, Error> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let program = File {
            code: expr,
            path: (),
        };
        let at = |rest: &str| match rest.len() {
            0 => "at the end".to_string(),
            n => format!("at offset {}", expr.len().saturating_sub(n)),
        };
        let modules = loader.load(&arena, program).map_err(|errs| {
            let mut found = Vec::new();
            for (_, e) in errs {
                match e {
                    jaq_core::load::Error::Lex(es) => {
                        for (expect, rest) in es {
                            found.push(format!("expected {} {}", lex_expected(&expect), at(rest)));
                        }
                    }
                    jaq_core::load::Error::Parse(es) => {
                        for (expect, rest) in es {
                            found.push(format!(
                                "expected {} {}",
                                parse_expected(&expect),
                                at(rest)
                            ));
                        }
                    }
                    jaq_core::load::Error::Io(es) => {
                        found.extend(es.into_iter().map(|(_, m)| m));
                    }
                }
            }
            invalid(expr, &found)
        })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let found: Vec<String> = errs
                    .into_iter()
                    .flat_map(|(_, es)| es)
                    .map(|(name, kind)| {
                        let arity = match kind {
                            compile::Undefined::Filter(n) => format!("/{n}"),
                            _ => String::new(),
                        };
                        format!("undefined {} {name}{arity}", kind.as_str())
                    })
                    .collect();
                invalid(expr, &found)
            })?;
        Ok(Jq { filter })
    }

    /// Runs the filter on `input`, handing each result to `emit` as it
    /// comes (a filter may yield without end); the first error stops it.
    pub fn run(
        &self,
        input: &Value,
        emit: impl FnMut(Emitted) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.run_val(Held::of(input)?.0, emit)
    }

    /// Runs the filter on the array of `items`.
    pub fn run_array(
        &self,
        items: Vec<Held>,
        emit: impl FnMut(Emitted) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.run_val(items.into_iter().map(|h| h.0).collect(), emit)
    }

    fn run_val(
        &self,
        input: Val,
        mut emit: impl FnMut(Emitted) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        for v in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            let v = v.map_err(|e| Error::Other(format!("--jq: {e}")))?;
            emit(emitted(&v))?;
        }
        Ok(())
    }
}

/// A value held as the filter reads it: a long list is kept this way, item
/// by item, rather than as JSON and then again for the filter.
pub struct Held(Val);

impl Held {
    pub fn of(v: &Value) -> Result<Held, Error> {
        <Val as serde::Deserialize>::deserialize(v)
            .map(Held)
            .map_err(|e| Error::Other(format!("--jq: reading the input: {e}")))
    }
}

fn invalid(expr: &str, found: &[String]) -> Error {
    Error::usage_hint(
        format!(
            "--jq {expr:?}: {}",
            if found.is_empty() {
                "not a jq filter".to_string()
            } else {
                found.join("; ")
            }
        ),
        "the filter is jq's language (https://jqlang.org/manual/), run by jaq",
    )
}

fn lex_expected(e: &lex::Expect<&str>) -> &'static str {
    match e {
        lex::Expect::Delim("(") => "a closing parenthesis",
        lex::Expect::Delim("[") => "a closing bracket",
        lex::Expect::Delim("{") => "a closing brace",
        lex::Expect::Delim(_) => "a closing quote",
        lex::Expect::Digit => "a digit",
        lex::Expect::Ident => "an identifier",
        lex::Expect::Escape => "a string escape",
        lex::Expect::Unicode => "a 4-digit hexadecimal code point",
        _ => "a token",
    }
}

fn parse_expected<'a>(e: &parse::Expect<&'a str>) -> &'a str {
    e.as_str()
}

fn emitted(v: &Val) -> Emitted {
    if let Val::TStr(s) = v {
        return Emitted::Text(String::from_utf8_lossy(s).into_owned());
    }
    let text = v.to_string();
    match serde_json::from_str(&text) {
        Ok(json) => Emitted::Json(json),
        Err(_) => Emitted::Other(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(expr: &str, input: Value) -> Vec<String> {
        let mut out = Vec::new();
        Jq::compile(expr)
            .unwrap()
            .run(&input, |e| {
                out.push(match e {
                    Emitted::Text(t) | Emitted::Other(t) => t,
                    Emitted::Json(v) => v.to_string(),
                });
                Ok(())
            })
            .unwrap();
        out
    }

    #[test]
    fn strings_print_raw_and_values_as_json() {
        let input = json!([{"id": "a", "state": 1}, {"id": "b", "state": 0}]);
        assert_eq!(run(".[].id", input.clone()), ["a", "b"]);
        assert_eq!(run("map(.state) | add", input.clone()), ["1"]);
        assert_eq!(
            run(".[] | select(.state == 0) | {id}", input),
            [r#"{"id":"b"}"#]
        );
    }

    #[test]
    fn mistakes_are_usage_errors_with_a_place() {
        for bad in [".[ | x", "nosuch(1)", "$x", ""] {
            let e = Jq::compile(bad).unwrap_err();
            assert_eq!(e.exit_code(), crate::error::exit::USAGE, "{bad}");
        }
        let e = Jq::compile(".[ | x").unwrap_err().to_string();
        assert!(e.contains("closing bracket"), "{e}");
        let e = Jq::compile("nosuch(1)").unwrap_err().to_string();
        assert!(e.contains("undefined filter nosuch/1"), "{e}");
    }

    #[test]
    fn a_runtime_error_stops_the_filter() {
        let e = Jq::compile(".[0].id | tonumber")
            .unwrap()
            .run(&json!([{"id": "x"}]), |_| Ok(()))
            .unwrap_err();
        assert_eq!(e.exit_code(), crate::error::exit::FAILURE);
    }

    #[test]
    fn order_of_keys_is_kept() {
        assert_eq!(run(".", json!({"z": 1, "a": 2})), [r#"{"z":1,"a":2}"#]);
    }
}
