//! Request routing as the real service's stack does it: Go's `net/url` decides
//! whether the router sees the decoded or the raw path, and chi matches that
//! path segment by segment, answering 405 with one `Allow` line per method.
//!
//! Go keeps the raw path (`URL.RawPath`) whenever its own canonical escaping of
//! the decoded path differs from what was sent, and chi then routes on the raw
//! form without decoding anything in it: `/bootstrap/aa%3Abb` looks up the id
//! `aa%3Abb`, while `/bootstrap/aa:bb` finds `aa:bb` and `/bootstrap/a%21b`
//! finds `a!b`.

use crate::generation::Api;

/// Methods chi knows; any other gets 405 before routing, with no `Allow`.
const CHI_METHODS: [&str; 9] = [
    "CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE",
];

/// Whether Go's path escaping leaves the byte as it is.
fn go_path_safe(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~$&+,/:;=@".contains(&b)
}

/// Go's `url.PathEscape`-style escaping of a decoded path (with `/` kept):
/// what the real router considers the canonical form.
pub fn go_escape_path(decoded: &[u8]) -> String {
    let mut out = String::with_capacity(decoded.len());
    for &b in decoded {
        if go_path_safe(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Go's path unescaping: every `%` must start two hex digits.
fn go_unescape_path(raw: &str) -> Option<Vec<u8>> {
    let b = raw.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The path the router matches: the decoded path when the request was
/// escaped canonically, else the raw path as sent. `None`: a malformed
/// escape, which Go's server refuses with a plain 400.
pub fn routing_path(raw: &str) -> Option<Vec<u8>> {
    let decoded = go_unescape_path(raw)?;
    if go_escape_path(&decoded) == raw {
        Some(decoded)
    } else {
        Some(raw.as_bytes().to_vec())
    }
}

/// An endpoint of the service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    Health,
    Metrics,
    List,
    Create,
    View,
    Update,
    Remove,
    Certs,
    Connections,
    State,
    /// `GET …/bootstrap[/]` with no external id.
    BootstrapBare,
    Bootstrap,
    BootstrapSecure,
}

/// Where a request goes.
#[derive(Debug, PartialEq, Eq)]
pub enum Routed<'a> {
    /// chi's 405 with one `Allow` line per method (none for an unknown method).
    NotAllowed(Vec<&'static str>),
    /// chi's plain-text 404.
    NotFound,
    /// A handler, the path's `{id}` (config or external id) and `{domainID}`.
    To {
        endpoint: Endpoint,
        id: &'a [u8],
        domain: &'a [u8],
    },
    /// Inside the configs mount but matching none of its routes: a 404 once
    /// the middleware has let the request through.
    MountMiss { domain: &'a [u8] },
}

/// One pattern segment.
#[derive(Clone, Copy)]
enum Seg {
    Lit(&'static str),
    /// `{id}`: chi never matches an empty last segment, but does match an
    /// empty segment in the middle.
    Id,
    /// `{domainID}`, with the same rule.
    Domain,
}

struct Route {
    pattern: Vec<Seg>,
    methods: &'static [(&'static str, Endpoint)],
}

const LIST_CREATE: &[(&str, Endpoint)] = &[("GET", Endpoint::List), ("POST", Endpoint::Create)];
const ONE_CONFIG: &[(&str, Endpoint)] = &[
    ("GET", Endpoint::View),
    ("PUT", Endpoint::Update),
    ("DELETE", Endpoint::Remove),
];
const CERTS: &[(&str, Endpoint)] = &[("PATCH", Endpoint::Certs)];
const CONNECTIONS: &[(&str, Endpoint)] = &[("PUT", Endpoint::Connections)];
const STATE: &[(&str, Endpoint)] = &[("PUT", Endpoint::State)];
const HEALTH: &[(&str, Endpoint)] = &[("GET", Endpoint::Health)];
const BARE: &[(&str, Endpoint)] = &[("GET", Endpoint::BootstrapBare)];
const BOOTSTRAP: &[(&str, Endpoint)] = &[("GET", Endpoint::Bootstrap)];
const SECURE: &[(&str, Endpoint)] = &[("GET", Endpoint::BootstrapSecure)];

/// The routes inside a configs sub-router (after `…/configs`).
fn configs_routes() -> Vec<Route> {
    use Seg::*;
    vec![
        Route {
            pattern: vec![],
            methods: LIST_CREATE,
        },
        Route {
            pattern: vec![Lit("")],
            methods: LIST_CREATE,
        },
        Route {
            pattern: vec![Lit("certs"), Id],
            methods: CERTS,
        },
        Route {
            pattern: vec![Lit("connections"), Id],
            methods: CONNECTIONS,
        },
        Route {
            pattern: vec![Id],
            methods: ONE_CONFIG,
        },
    ]
}

/// The top-level routes that are not behind the configs mount.
fn top_routes(api: Api) -> Vec<Route> {
    use Seg::*;
    let ent = api.entity();
    let mut routes = vec![
        Route {
            pattern: vec![Lit("health")],
            methods: HEALTH,
        },
        Route {
            pattern: vec![Lit(ent), Lit("bootstrap")],
            methods: BARE,
        },
        Route {
            pattern: vec![Lit(ent), Lit("bootstrap"), Lit("")],
            methods: BARE,
        },
        Route {
            pattern: vec![Lit(ent), Lit("bootstrap"), Lit("secure"), Id],
            methods: SECURE,
        },
        Route {
            pattern: vec![Lit(ent), Lit("bootstrap"), Id],
            methods: BOOTSTRAP,
        },
    ];
    let state = if api == Api::V1 {
        vec![Lit(ent), Lit("state"), Id]
    } else {
        vec![Domain, Lit(ent), Lit("state"), Id]
    };
    routes.push(Route {
        pattern: state,
        methods: STATE,
    });
    if api == Api::V1 {
        // V1 serves the configs sub-router without a middleware.
        for r in configs_routes() {
            let mut pattern = vec![Lit(ent), Lit("configs")];
            pattern.extend(r.pattern);
            routes.push(Route {
                pattern,
                methods: r.methods,
            });
        }
    }
    routes
}

/// A generation's routing table, built once.
struct Table {
    top: Vec<Route>,
    configs: Vec<Route>,
}

fn routes(api: Api) -> &'static Table {
    use std::sync::LazyLock;
    fn table(api: Api) -> Table {
        Table {
            top: top_routes(api),
            configs: configs_routes(),
        }
    }
    static V1: LazyLock<Table> = LazyLock::new(|| table(Api::V1));
    static DOMAIN: LazyLock<Table> = LazyLock::new(|| table(Api::Domain));
    static CLIENTS: LazyLock<Table> = LazyLock::new(|| table(Api::Clients));
    match api {
        Api::V1 => &V1,
        Api::Domain => &DOMAIN,
        Api::Clients => &CLIENTS,
    }
}

/// Matches `segs` against `pattern`; returns the `{id}` and `{domainID}` values.
fn matches<'a>(pattern: &[Seg], segs: &[&'a [u8]]) -> Option<(&'a [u8], &'a [u8])> {
    if pattern.len() != segs.len() {
        return None;
    }
    let (mut id, mut domain): (&[u8], &[u8]) = (b"", b"");
    for (i, (p, s)) in pattern.iter().zip(segs).enumerate() {
        let last = i + 1 == segs.len();
        match p {
            Seg::Lit(l) if l.as_bytes() == *s => {}
            Seg::Lit(_) => return None,
            Seg::Id | Seg::Domain if s.is_empty() && last => return None,
            Seg::Id => id = s,
            Seg::Domain => domain = s,
        }
    }
    Some((id, domain))
}

/// Resolves a request: chi's method check, then its tree.
pub fn resolve<'a>(api: Api, method: &str, path: &'a [u8]) -> Routed<'a> {
    if !CHI_METHODS.contains(&method) {
        return Routed::NotAllowed(vec![]);
    }
    let Some(rest) = path.strip_prefix(b"/") else {
        return Routed::NotFound;
    };
    let segs: Vec<&[u8]> = rest.split(|b| *b == b'/').collect();
    // Prometheus' handler is mounted for every method.
    if segs == [b"metrics"] {
        return Routed::To {
            endpoint: Endpoint::Metrics,
            id: b"",
            domain: b"",
        };
    }
    let pick = |methods: &'static [(&'static str, Endpoint)], id, domain| match methods
        .iter()
        .find(|(m, _)| *m == method)
    {
        Some((_, endpoint)) => Routed::To {
            endpoint: *endpoint,
            id,
            domain,
        },
        None => Routed::NotAllowed(methods.iter().map(|(m, _)| *m).collect()),
    };
    for r in routes(api).top.iter() {
        if let Some((id, domain)) = matches(&r.pattern, &segs) {
            return pick(r.methods, id, domain);
        }
    }
    if api == Api::V1 {
        return Routed::NotFound;
    }
    // `/{domainID}/{entity}/configs` and everything below it.
    let mount = [Seg::Domain, Seg::Lit(api.entity()), Seg::Lit("configs")];
    if segs.len() < 3 || matches(&mount, &segs[..3]).is_none() {
        return Routed::NotFound;
    }
    let domain = segs[0];
    for r in routes(api).configs.iter() {
        if let Some((id, _)) = matches(&r.pattern, &segs[3..]) {
            return pick(r.methods, id, domain);
        }
    }
    Routed::MountMiss { domain }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_path_when_not_canonical() {
        let r = |p: &str| String::from_utf8(routing_path(p).unwrap()).unwrap();
        assert_eq!(r("/things/bootstrap/aa:bb"), "/things/bootstrap/aa:bb");
        assert_eq!(r("/things/bootstrap/aa%3Abb"), "/things/bootstrap/aa%3Abb");
        assert_eq!(r("/x/ext-%C3%BC"), "/x/ext-ü");
        assert_eq!(r("/x/ext-%c3%bc"), "/x/ext-%c3%bc", "lower-case hex");
        assert_eq!(r("/x/a%21b"), "/x/a!b");
        assert_eq!(r("/x/a!b"), "/x/a!b", "raw ! makes the path raw");
        assert_eq!(r("/x/a%2Fb"), "/x/a%2Fb", "%2F never splits");
        assert_eq!(r("/x/a%20b/%25"), "/x/a b/%");
        assert_eq!(r("/x/%61"), "/x/%61");
        assert!(routing_path("/x/%zz").is_none());
        assert!(routing_path("/x/%4").is_none());
        assert_eq!(routing_path("/x/%00").unwrap(), b"/x/\0");
    }

    #[test]
    fn escaping_is_gos() {
        assert_eq!(
            go_escape_path("a:b@c$d&e+f,g;h=i ü!'()*%?#".as_bytes()),
            "a:b@c$d&e+f,g;h=i%20%C3%BC%21%27%28%29%2A%25%3F%23"
        );
    }

    #[test]
    fn chi_matching() {
        use Endpoint::*;
        let to = |api, m, p: &'static str| match resolve(api, m, p.as_bytes()) {
            Routed::To { endpoint, id, .. } => {
                Some((endpoint, String::from_utf8_lossy(id).into_owned()))
            }
            _ => None,
        };
        assert_eq!(
            to(Api::V1, "GET", "/things/configs/"),
            Some((List, "".into()))
        );
        assert_eq!(
            to(Api::V1, "GET", "/things/configs/certs"),
            Some((View, "certs".into()))
        );
        assert_eq!(
            to(Api::V1, "GET", "/things/bootstrap/secure"),
            Some((Bootstrap, "secure".into()))
        );
        assert_eq!(
            resolve(Api::V1, "GET", b"/things/bootstrap/secure/"),
            Routed::NotFound
        );
        assert_eq!(
            resolve(Api::V1, "GET", b"//things/configs"),
            Routed::NotFound
        );
        assert_eq!(
            resolve(Api::V1, "FOO", b"/nope"),
            Routed::NotAllowed(vec![])
        );
        assert_eq!(
            resolve(Api::V1, "HEAD", b"/health"),
            Routed::NotAllowed(vec!["GET"])
        );
        assert!(matches!(
            resolve(Api::Domain, "GET", b"//things/configs"),
            Routed::To {
                endpoint: List,
                domain: b"",
                ..
            }
        ));
        assert!(matches!(
            resolve(Api::Clients, "GET", b"/d/clients/configs/a/b/c"),
            Routed::MountMiss { domain: b"d", .. }
        ));
        assert_eq!(
            resolve(Api::Clients, "GET", b"/d/clients/nope"),
            Routed::NotFound
        );
        assert!(matches!(
            resolve(Api::Domain, "PUT", b"/d/things/state/x"),
            Routed::To {
                endpoint: State,
                ..
            }
        ));
    }
}
