//! The part of Go's `text/template` that device profiles use, with the
//! options the service sets: actions and pipelines, field chains, literals,
//! `if`/`else`/`with`/`range`, comments and trim markers, the built-ins
//! (`index`, `printf`, `len`, `eq`…, `and`, `or`, `not`, `print`) and the
//! service's functions `toJSON`, `default` and `required`. A map lookup by
//! field syntax fails when the key is missing (`missingkey=error`); `index`
//! gives nil, which prints as `<no value>`.

use std::collections::BTreeMap;

/// A value templates see: JSON-like data, plus structs whose fields are
/// fixed (a missing one is always an error).
#[derive(Clone, Debug, PartialEq)]
pub enum TVal {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<TVal>),
    /// A Go map: `None` is a nil map (every lookup fails).
    Map(Option<BTreeMap<String, TVal>>),
    Struct(Vec<(&'static str, TVal)>),
}

impl TVal {
    /// From JSON, numbers as Go's JSON decoder makes them (float64).
    pub fn from_json(v: &serde_json::Value) -> TVal {
        use serde_json::Value;
        match v {
            Value::Null => TVal::Nil,
            Value::Bool(b) => TVal::Bool(*b),
            Value::Number(n) => TVal::Float(n.as_f64().unwrap_or(0.0)),
            Value::String(s) => TVal::Str(s.clone()),
            Value::Array(a) => TVal::List(a.iter().map(TVal::from_json).collect()),
            Value::Object(o) => TVal::Map(Some(
                o.iter()
                    .map(|(k, v)| (k.clone(), TVal::from_json(v)))
                    .collect(),
            )),
        }
    }

    fn truthy(&self) -> bool {
        match self {
            TVal::Nil => false,
            TVal::Bool(b) => *b,
            TVal::Int(i) => *i != 0,
            TVal::Float(f) => *f != 0.0,
            TVal::Str(s) => !s.is_empty(),
            TVal::List(l) => !l.is_empty(),
            TVal::Map(m) => m.as_ref().is_some_and(|m| !m.is_empty()),
            TVal::Struct(_) => true,
        }
    }

    /// As Go's `fmt` prints it with `%v`.
    fn print(&self) -> String {
        match self {
            TVal::Nil => "<no value>".into(),
            TVal::Bool(b) => b.to_string(),
            TVal::Int(i) => i.to_string(),
            TVal::Float(f) => go_float_g(*f),
            TVal::Str(s) => s.clone(),
            TVal::List(l) => format!(
                "[{}]",
                l.iter()
                    .map(|v| v.inner_print())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            TVal::Map(m) => format!(
                "map[{}]",
                m.iter()
                    .flatten()
                    .map(|(k, v)| format!("{k}:{}", v.inner_print()))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            TVal::Struct(fields) => format!(
                "{{{}}}",
                fields
                    .iter()
                    .map(|(_, v)| v.inner_print())
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        }
    }

    /// Inside a composite, nil prints as `<nil>`.
    fn inner_print(&self) -> String {
        match self {
            TVal::Nil => "<nil>".into(),
            other => other.print(),
        }
    }

    /// As `encoding/json` marshals it: compact, map keys sorted, HTML
    /// characters escaped, floats as Go writes them.
    pub fn to_json(&self) -> String {
        match self {
            TVal::Nil => "null".into(),
            TVal::Bool(b) => b.to_string(),
            TVal::Int(i) => i.to_string(),
            TVal::Float(f) => crate::sandbox::gojson::go_float(*f),
            TVal::Str(s) => crate::sandbox::gojson::json_string(s),
            TVal::List(l) => format!(
                "[{}]",
                l.iter().map(TVal::to_json).collect::<Vec<_>>().join(",")
            ),
            TVal::Map(None) => "null".into(),
            TVal::Map(Some(m)) => format!(
                "{{{}}}",
                m.iter()
                    .map(|(k, v)| format!(
                        "{}:{}",
                        crate::sandbox::gojson::json_string(k),
                        v.to_json()
                    ))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            TVal::Struct(fields) => format!(
                "{{{}}}",
                fields
                    .iter()
                    .map(|(k, v)| format!(
                        "{}:{}",
                        crate::sandbox::gojson::json_string(k),
                        v.to_json()
                    ))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        }
    }
}

/// Go's `%v` (and `strconv`'s `'g'`) of a float64: the shortest form, with
/// an exponent from 1e21 and below 1e-4.
pub fn go_float_g(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    if f == 0.0 {
        return "0".into();
    }
    let exp = f.abs().log10().floor() as i32;
    if !(-4..21).contains(&exp) {
        let s = format!("{f:e}");
        let (mant, e) = s.split_once('e').unwrap_or((&s, "0"));
        let e: i32 = e.parse().unwrap_or(0);
        format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    } else {
        let s = format!("{f}");
        s
    }
}

// ----- parsing ----------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
enum Node {
    Text(String),
    Action(Pipe),
    If(Pipe, Vec<Node>, Vec<Node>),
    With(Pipe, Vec<Node>, Vec<Node>),
    Range(Pipe, Vec<Node>, Vec<Node>),
}

/// Commands joined by `|`: each one's result is the last argument of the next.
#[derive(Clone, Debug, PartialEq)]
struct Pipe(Vec<Vec<Arg>>);

#[derive(Clone, Debug, PartialEq)]
enum Arg {
    /// `.A.B` (an empty path is `.`).
    Field(Vec<String>),
    /// `$` or `$.A.B`.
    Root(Vec<String>),
    Func(String),
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Nil,
    /// `( pipeline )`, then maybe `.A.B`.
    Sub(Box<Pipe>, Vec<String>),
}

/// A parsed template.
#[derive(Clone, Debug)]
pub struct Template(Vec<Node>);

const FUNCS: &[&str] = &[
    "and", "or", "not", "len", "index", "print", "printf", "println", "eq", "ne", "lt", "le", "gt",
    "ge", "toJSON", "default", "required", "html", "js", "urlquery", "slice",
];

/// One piece of the source: text, or an action's inside.
enum Piece {
    Text(String),
    Action(String),
}

fn split(src: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(i) = rest.find("{{") {
        let mut text = rest[..i].to_string();
        let mut inner = &rest[i + 2..];
        let trim_left =
            inner.starts_with("- ") || inner.starts_with("-\t") || inner.starts_with("-\n");
        if trim_left {
            text = text.trim_end().to_string();
            inner = &inner[1..];
        }
        // Comments may hold `}}`-free text only up to `*/}}`.
        let end = if inner.trim_start().starts_with("/*") {
            inner
                .find("*/")
                .and_then(|c| inner[c..].find("}}").map(|e| c + e))
        } else {
            find_close(inner)
        }
        .ok_or("unclosed action")?;
        let mut action = inner[..end].to_string();
        let mut after = &inner[end + 2..];
        let trim_right =
            action.ends_with(" -") || action.ends_with("\t-") || action.ends_with("\n-");
        if trim_right {
            action.pop();
            after = after.trim_start();
        }
        out.push(Piece::Text(text));
        out.push(Piece::Action(action));
        rest = after;
    }
    out.push(Piece::Text(rest.to_string()));
    Ok(out)
}

/// The `}}` that closes an action, skipping quoted strings.
fn find_close(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    if b[i] == b'\n' {
                        return None;
                    }
                    i += 1;
                }
            }
            b'`' => {
                i += 1;
                while i < b.len() && b[i] != b'`' {
                    i += 1;
                }
            }
            b'}' if b.get(i + 1) == Some(&b'}') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Dot(Vec<String>),
    Dollar(Vec<String>),
    Ident(String),
    Str(String),
    Num(String),
    Pipe,
    Open,
    Close(Vec<String>),
}

fn fields_after(s: &[char], i: &mut usize) -> Vec<String> {
    let mut path = Vec::new();
    while *i < s.len() && s[*i] == '.' {
        *i += 1;
        let start = *i;
        while *i < s.len() && (s[*i].is_alphanumeric() || s[*i] == '_') {
            *i += 1;
        }
        if start == *i {
            break;
        }
        path.push(s[start..*i].iter().collect());
    }
    path
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        match c {
            c if c.is_whitespace() => i += 1,
            '|' => {
                out.push(Tok::Pipe);
                i += 1;
            }
            '(' => {
                out.push(Tok::Open);
                i += 1;
            }
            ')' => {
                i += 1;
                let path = fields_after(&s, &mut i);
                out.push(Tok::Close(path));
            }
            '.' => {
                let mut j = i;
                if s.get(i + 1).is_some_and(|n| n.is_alphabetic() || *n == '_') {
                    out.push(Tok::Dot(fields_after(&s, &mut j)));
                } else {
                    j += 1;
                    out.push(Tok::Dot(vec![]));
                }
                i = j;
            }
            '$' => {
                i += 1;
                out.push(Tok::Dollar(fields_after(&s, &mut i)));
            }
            '"' => {
                let mut v = String::new();
                i += 1;
                loop {
                    let c = *s.get(i).ok_or("unterminated quoted string")?;
                    i += 1;
                    match c {
                        '"' => break,
                        '\\' => {
                            let e = *s.get(i).ok_or("unterminated quoted string")?;
                            i += 1;
                            v.push(match e {
                                'n' => '\n',
                                't' => '\t',
                                'r' => '\r',
                                '\\' => '\\',
                                '"' => '"',
                                '\'' => '\'',
                                other => return Err(format!("unknown escape \\{other}")),
                            });
                        }
                        c => v.push(c),
                    }
                }
                out.push(Tok::Str(v));
            }
            '`' => {
                let start = i + 1;
                let end = s[start..]
                    .iter()
                    .position(|c| *c == '`')
                    .ok_or("unterminated raw quoted string")?;
                out.push(Tok::Str(s[start..start + end].iter().collect()));
                i = start + end + 1;
            }
            c if c.is_ascii_digit()
                || ((c == '-' || c == '+') && s.get(i + 1).is_some_and(char::is_ascii_digit)) =>
            {
                let start = i;
                i += 1;
                while i < s.len() && (s[i].is_ascii_alphanumeric() || s[i] == '.' || s[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Num(s[start..i].iter().collect()));
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(s[start..i].iter().collect()));
            }
            other => return Err(format!("unexpected {other:?} in command")),
        }
    }
    Ok(out)
}

fn parse_pipe(toks: &[Tok], i: &mut usize, inner: bool) -> Result<Pipe, String> {
    let mut cmds = Vec::new();
    let mut cmd = Vec::new();
    while *i < toks.len() {
        match &toks[*i] {
            Tok::Pipe => {
                if cmd.is_empty() {
                    return Err("missing command".into());
                }
                cmds.push(std::mem::take(&mut cmd));
                *i += 1;
            }
            Tok::Close(_) if inner => break,
            Tok::Close(_) => return Err("unexpected right paren".into()),
            Tok::Open => {
                *i += 1;
                let sub = parse_pipe(toks, i, true)?;
                let Some(Tok::Close(path)) = toks.get(*i) else {
                    return Err("unclosed left paren".into());
                };
                cmd.push(Arg::Sub(Box::new(sub), path.clone()));
                *i += 1;
            }
            Tok::Dot(p) => {
                cmd.push(Arg::Field(p.clone()));
                *i += 1;
            }
            Tok::Dollar(p) => {
                cmd.push(Arg::Root(p.clone()));
                *i += 1;
            }
            Tok::Str(s) => {
                cmd.push(Arg::Str(s.clone()));
                *i += 1;
            }
            Tok::Num(n) => {
                cmd.push(if let Ok(v) = n.parse::<i64>() {
                    Arg::Int(v)
                } else {
                    Arg::Float(n.parse().map_err(|_| format!("bad number syntax: {n}"))?)
                });
                *i += 1;
            }
            Tok::Ident(name) => {
                cmd.push(match name.as_str() {
                    "true" => Arg::Bool(true),
                    "false" => Arg::Bool(false),
                    "nil" => Arg::Nil,
                    f if FUNCS.contains(&f) => Arg::Func(f.to_string()),
                    f => return Err(format!("function {f:?} not defined")),
                });
                *i += 1;
            }
        }
    }
    if cmd.is_empty() {
        return Err("missing value for command".into());
    }
    cmds.push(cmd);
    Ok(Pipe(cmds))
}

fn pipe_of(src: &str) -> Result<Pipe, String> {
    let toks = lex(src)?;
    let mut i = 0;
    let p = parse_pipe(&toks, &mut i, false)?;
    if i != toks.len() {
        return Err("unexpected tokens".into());
    }
    Ok(p)
}

/// What ended a list of nodes.
enum Stop {
    Eof,
    EndAction,
    Else(Option<String>),
}

fn parse_list(
    pieces: &mut std::iter::Peekable<std::vec::IntoIter<Piece>>,
) -> Result<(Vec<Node>, Stop), String> {
    let mut nodes = Vec::new();
    while let Some(p) = pieces.next() {
        match p {
            Piece::Text(t) => {
                if !t.is_empty() {
                    nodes.push(Node::Text(t));
                }
            }
            Piece::Action(a) => {
                let a = a.trim();
                if a.starts_with("/*") {
                    continue;
                }
                let (word, rest) = a.split_once(char::is_whitespace).unwrap_or((a, ""));
                match word {
                    "end" if rest.trim().is_empty() => return Ok((nodes, Stop::EndAction)),
                    "else" => {
                        let rest = rest.trim();
                        return Ok((
                            nodes,
                            Stop::Else((!rest.is_empty()).then(|| rest.to_string())),
                        ));
                    }
                    "if" | "with" | "range" => {
                        nodes.push(parse_block(word, rest, pieces)?);
                    }
                    "define" | "template" | "block" | "break" | "continue" => {
                        return Err(format!("{word} is not supported"));
                    }
                    _ => nodes.push(Node::Action(pipe_of(a)?)),
                }
            }
        }
    }
    Ok((nodes, Stop::Eof))
}

fn parse_block(
    word: &str,
    cond: &str,
    pieces: &mut std::iter::Peekable<std::vec::IntoIter<Piece>>,
) -> Result<Node, String> {
    let pipe = pipe_of(cond)?;
    let (then, end) = parse_list(pieces)?;
    let otherwise = match end {
        Stop::Eof => return Err(format!("unexpected EOF in {word}")),
        Stop::EndAction => Vec::new(),
        Stop::Else(None) => match parse_list(pieces)? {
            (nodes, Stop::EndAction) => nodes,
            _ => return Err(format!("expected end in {word}")),
        },
        // `else if …`: a nested block that takes this block's `end`.
        Stop::Else(Some(rest)) => {
            let (w, c) = rest.split_once(char::is_whitespace).unwrap_or((&rest, ""));
            if !matches!(w, "if" | "with") {
                return Err(format!("unexpected {rest} in else"));
            }
            vec![parse_block(w, c, pieces)?]
        }
    };
    Ok(match word {
        "if" => Node::If(pipe, then, otherwise),
        "with" => Node::With(pipe, then, otherwise),
        _ => Node::Range(pipe, then, otherwise),
    })
}

impl Template {
    /// Parses a template; the error says what Go's parser would refuse.
    pub fn parse(src: &str) -> Result<Template, String> {
        let mut pieces = split(src)?.into_iter().peekable();
        match parse_list(&mut pieces)? {
            (nodes, Stop::Eof) => Ok(Template(nodes)),
            (_, Stop::EndAction) => Err("unexpected {{end}}".into()),
            (_, Stop::Else(_)) => Err("unexpected {{else}}".into()),
        }
    }

    /// Executes the template on `data`.
    pub fn execute(&self, data: &TVal) -> Result<String, String> {
        let mut out = String::new();
        exec_list(&self.0, data, data, &mut out)?;
        Ok(out)
    }
}

// ----- execution ------------------------------------------------------

fn exec_list(nodes: &[Node], dot: &TVal, root: &TVal, out: &mut String) -> Result<(), String> {
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Action(p) => out.push_str(&eval_pipe(p, dot, root)?.print()),
            Node::If(p, then, otherwise) => {
                let v = eval_pipe(p, dot, root)?;
                exec_list(if v.truthy() { then } else { otherwise }, dot, root, out)?;
            }
            Node::With(p, then, otherwise) => {
                let v = eval_pipe(p, dot, root)?;
                if v.truthy() {
                    exec_list(then, &v, root, out)?;
                } else {
                    exec_list(otherwise, dot, root, out)?;
                }
            }
            Node::Range(p, body, otherwise) => {
                let items: Vec<TVal> = match eval_pipe(p, dot, root)? {
                    TVal::List(l) => l,
                    TVal::Map(m) => m.into_iter().flatten().map(|(_, v)| v).collect(),
                    TVal::Nil => vec![],
                    TVal::Int(n) => (0..n).map(TVal::Int).collect(),
                    other => return Err(format!("range can't iterate over {}", other.print())),
                };
                if items.is_empty() {
                    exec_list(otherwise, dot, root, out)?;
                }
                for item in &items {
                    exec_list(body, item, root, out)?;
                }
            }
        }
    }
    Ok(())
}

/// `.A.B` on `v`: a struct's field (always there), a map's key (must be
/// there), nothing on nil.
fn walk(mut v: TVal, path: &[String]) -> Result<TVal, String> {
    for name in path {
        v = match v {
            TVal::Struct(fields) => fields
                .into_iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v)
                .ok_or_else(|| format!("can't evaluate field {name}"))?,
            TVal::Map(Some(mut m)) => m
                .remove(name)
                .ok_or_else(|| format!("map has no entry for key {name:?}"))?,
            TVal::Map(None) => return Err(format!("map has no entry for key {name:?}")),
            TVal::Nil => return Err(format!("nil pointer evaluating .{name}")),
            other => return Err(format!("can't evaluate field {name} in {}", other.print())),
        };
    }
    Ok(v)
}

fn eval_pipe(p: &Pipe, dot: &TVal, root: &TVal) -> Result<TVal, String> {
    let mut last: Option<TVal> = None;
    for cmd in &p.0 {
        last = Some(eval_cmd(cmd, dot, root, last)?);
    }
    Ok(last.unwrap_or(TVal::Nil))
}

fn eval_arg(a: &Arg, dot: &TVal, root: &TVal) -> Result<TVal, String> {
    Ok(match a {
        Arg::Field(p) => walk(dot.clone(), p)?,
        Arg::Root(p) => walk(root.clone(), p)?,
        Arg::Str(s) => TVal::Str(s.clone()),
        Arg::Int(i) => TVal::Int(*i),
        Arg::Float(f) => TVal::Float(*f),
        Arg::Bool(b) => TVal::Bool(*b),
        Arg::Nil => TVal::Nil,
        Arg::Sub(p, path) => walk(eval_pipe(p, dot, root)?, path)?,
        Arg::Func(f) => call(f, vec![])?,
    })
}

fn eval_cmd(cmd: &[Arg], dot: &TVal, root: &TVal, piped: Option<TVal>) -> Result<TVal, String> {
    match &cmd[0] {
        Arg::Func(f) => {
            let mut args = cmd[1..]
                .iter()
                .map(|a| eval_arg(a, dot, root))
                .collect::<Result<Vec<_>, _>>()?;
            args.extend(piped);
            call(f, args)
        }
        a if cmd.len() == 1 && piped.is_none() => eval_arg(a, dot, root),
        _ => Err("can't give argument to non-function".into()),
    }
}

fn num(v: &TVal) -> Option<f64> {
    match v {
        TVal::Int(i) => Some(*i as f64),
        TVal::Float(f) => Some(*f),
        _ => None,
    }
}

fn compare(a: &TVal, b: &TVal) -> Result<std::cmp::Ordering, String> {
    match (a, b) {
        (TVal::Str(x), TVal::Str(y)) => Ok(x.cmp(y)),
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => x.partial_cmp(&y).ok_or("incomparable".into()),
            _ => Err("incompatible types for comparison".into()),
        },
    }
}

fn call(f: &str, args: Vec<TVal>) -> Result<TVal, String> {
    let arity = |n: usize| {
        if args.len() == n {
            Ok(())
        } else {
            Err(format!(
                "wrong number of args for {f}: want {n} got {}",
                args.len()
            ))
        }
    };
    Ok(match f {
        "toJSON" => {
            arity(1)?;
            TVal::Str(args[0].to_json())
        }
        "default" => {
            arity(2)?;
            let missing = matches!(&args[1], TVal::Nil) || args[1] == TVal::Str(String::new());
            if missing {
                args[0].clone()
            } else {
                args[1].clone()
            }
        }
        "required" => {
            arity(2)?;
            if matches!(&args[1], TVal::Nil) || args[1] == TVal::Str(String::new()) {
                return Err(format!("{} is required", args[0].print()));
            }
            args[1].clone()
        }
        "index" => {
            let mut it = args.into_iter();
            let mut v = it.next().ok_or("wrong number of args for index")?;
            for k in it {
                v = match (v, k) {
                    (TVal::Map(m), TVal::Str(key)) => {
                        m.and_then(|mut m| m.remove(&key)).unwrap_or(TVal::Nil)
                    }
                    (TVal::List(l), TVal::Int(i)) => l
                        .get(usize::try_from(i).map_err(|_| "index out of range")?)
                        .cloned()
                        .ok_or("index out of range")?,
                    (TVal::Nil, _) => return Err("index of untyped nil".into()),
                    _ => return Err("can't index item".into()),
                };
            }
            v
        }
        "len" => {
            arity(1)?;
            TVal::Int(match &args[0] {
                TVal::Str(s) => s.len(),
                TVal::List(l) => l.len(),
                TVal::Map(m) => m.as_ref().map_or(0, BTreeMap::len),
                _ => return Err("len of invalid type".into()),
            } as i64)
        }
        "not" => {
            arity(1)?;
            TVal::Bool(!args[0].truthy())
        }
        "and" => args
            .iter()
            .find(|v| !v.truthy())
            .or(args.last())
            .cloned()
            .ok_or("wrong number of args for and")?,
        "or" => args
            .iter()
            .find(|v| v.truthy())
            .or(args.last())
            .cloned()
            .ok_or("wrong number of args for or")?,
        "eq" => {
            if args.len() < 2 {
                return Err("missing argument for comparison".into());
            }
            TVal::Bool(
                args[1..]
                    .iter()
                    .any(|b| compare(&args[0], b).is_ok_and(|o| o.is_eq()) || (args[0] == *b)),
            )
        }
        "ne" => {
            arity(2)?;
            TVal::Bool(!compare(&args[0], &args[1]).is_ok_and(|o| o.is_eq()) && args[0] != args[1])
        }
        "lt" | "le" | "gt" | "ge" => {
            arity(2)?;
            let o = compare(&args[0], &args[1])?;
            TVal::Bool(match f {
                "lt" => o.is_lt(),
                "le" => o.is_le(),
                "gt" => o.is_gt(),
                _ => o.is_ge(),
            })
        }
        "print" | "html" | "js" | "urlquery" => TVal::Str(sprint(&args)),
        "println" => TVal::Str(format!(
            "{}\n",
            args.iter().map(TVal::print).collect::<Vec<_>>().join(" ")
        )),
        "printf" => {
            let mut it = args.into_iter();
            let TVal::Str(fmt) = it.next().ok_or("wrong number of args for printf")? else {
                return Err("printf: format is not a string".into());
            };
            TVal::Str(printf(&fmt, it.collect()))
        }
        other => return Err(format!("{other} is not supported")),
    })
}

/// Go's `fmt.Sprint`: spaces only between operands that are not strings.
fn sprint(args: &[TVal]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        let is_str = |v: &TVal| matches!(v, TVal::Str(_));
        if i > 0 && !is_str(a) && !is_str(&args[i - 1]) {
            out.push(' ');
        }
        out.push_str(&a.print());
    }
    out
}

/// The verbs `%v %s %d %q %%` of Go's `fmt.Sprintf`.
fn printf(fmt: &str, args: Vec<TVal>) -> String {
    let mut out = String::new();
    let mut args = args.into_iter();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('%') => out.push('%'),
            Some(verb) => match args.next() {
                Some(a) => out.push_str(&match verb {
                    'q' => format!("{:?}", a.print()),
                    _ => a.print(),
                }),
                None => out.push_str(&format!("%!{verb}(MISSING)")),
            },
            None => out.push_str("%!(NOVERB)"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn data() -> TVal {
        TVal::Struct(vec![
            (
                "Device",
                TVal::Struct(vec![
                    ("ID", TVal::Str("cid".into())),
                    ("ExternalID", TVal::Str("eid".into())),
                ]),
            ),
            (
                "Vars",
                TVal::from_json(&json!({"site": "s", "n": 2, "o": {"x": 1.5}})),
            ),
            ("Bindings", TVal::Map(Some(BTreeMap::new()))),
        ])
    }

    fn run(src: &str) -> Result<String, String> {
        Template::parse(src)?.execute(&data())
    }

    #[test]
    fn fields_functions_and_missing_keys() {
        assert_eq!(
            run("id={{.Device.ID}} n={{.Vars.n}}").unwrap(),
            "id=cid n=2"
        );
        assert_eq!(
            run(r#"{{default "info" (index .Vars "level")}}"#).unwrap(),
            "info"
        );
        assert_eq!(run(r#"{{index .Vars "level"}}"#).unwrap(), "<no value>");
        assert_eq!(
            run("{{toJSON .Vars.o}} {{toJSON .Vars.site}}").unwrap(),
            r#"{"x":1.5} "s""#
        );
        assert!(run("{{.Vars.missing}}").is_err(), "missingkey=error");
        assert!(run("{{.Device.TenantID}}").is_err());
        assert!(run("{{.Bindings.dev.ID}}").is_err());
        assert!(run(r#"{{required "x" (index .Vars "x")}}"#).is_err());
        assert_eq!(run(r#"{{printf "%s-%d" .Vars.site 3}}"#).unwrap(), "s-3");
    }

    #[test]
    fn blocks_and_trim() {
        assert_eq!(
            run("{{if .Vars.site}}yes{{else}}no{{end}} {{- \" x\" -}} !").unwrap(),
            "yes x!"
        );
        assert_eq!(run("{{with .Vars.o}}{{.x}}{{end}}").unwrap(), "1.5");
        assert_eq!(run(r#"{{range $.Vars.o}}[{{.}}]{{end}}"#).unwrap(), "[1.5]");
        assert_eq!(run("a{{/* note */}}b").unwrap(), "ab");
        assert_eq!(
            run(r#"{{if eq .Vars.site "t"}}t{{else if eq .Vars.site "s"}}s{{end}}"#).unwrap(),
            "s"
        );
    }

    #[test]
    fn parse_errors() {
        for bad in [
            "{{",
            "{{ .Vars.x ",
            "{{ end }}",
            "{{if .X}}",
            "{{ nosuch }}",
            "{{else}}",
        ] {
            assert!(Template::parse(bad).is_err(), "{bad}");
        }
        assert!(Template::parse("plain {not an action}").is_ok());
    }
}
