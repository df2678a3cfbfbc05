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
    // Magistrala v0.30 (`profiles`) only:
    Enable,
    Disable,
    ProfileList,
    ProfileCreate,
    ProfileUpload,
    ProfileView,
    ProfileUpdate,
    ProfileRemove,
    ProfileSlots,
    RenderPreview,
    AssignProfile,
    Bind,
    Bindings,
    Refresh,
}

/// Where a request goes.
#[derive(Debug, PartialEq, Eq)]
pub enum Routed<'a> {
    /// chi's 405 with one `Allow` line per method (none for an unknown method).
    NotAllowed(Vec<&'static str>),
    /// chi's plain-text 404.
    NotFound,
    /// A handler, the path's `{id}` (config, profile or external id) and `{domainID}`.
    To {
        endpoint: Endpoint,
        id: &'a [u8],
        domain: &'a [u8],
    },
    /// Inside an authenticated mount but matching none of its routes: a 404
    /// once the middleware has let the request through.
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

type Methods = &'static [(&'static str, Endpoint)];

#[derive(Clone)]
struct Route {
    pattern: Vec<Seg>,
    methods: Methods,
}

fn route(pattern: Vec<Seg>, methods: Methods) -> Route {
    Route { pattern, methods }
}

const LIST_CREATE: Methods = &[("GET", Endpoint::List), ("POST", Endpoint::Create)];
const ONE_CONFIG: Methods = &[
    ("GET", Endpoint::View),
    ("PUT", Endpoint::Update),
    ("DELETE", Endpoint::Remove),
];
const ONE_CONFIG_PATCH: Methods = &[
    ("GET", Endpoint::View),
    ("PATCH", Endpoint::Update),
    ("DELETE", Endpoint::Remove),
];
const CERTS: Methods = &[("PATCH", Endpoint::Certs)];
const CONNECTIONS: Methods = &[("PUT", Endpoint::Connections)];
const STATE: Methods = &[("PUT", Endpoint::State)];
const HEALTH: Methods = &[("GET", Endpoint::Health)];
const BARE: Methods = &[("GET", Endpoint::BootstrapBare)];
const BOOTSTRAP: Methods = &[("GET", Endpoint::Bootstrap)];
const SECURE: Methods = &[("GET", Endpoint::BootstrapSecure)];
const ENABLE: Methods = &[("POST", Endpoint::Enable)];
const DISABLE: Methods = &[("POST", Endpoint::Disable)];
const PROFILES: Methods = &[
    ("GET", Endpoint::ProfileList),
    ("POST", Endpoint::ProfileCreate),
];
const UPLOAD: Methods = &[("POST", Endpoint::ProfileUpload)];
const ONE_PROFILE: Methods = &[
    ("GET", Endpoint::ProfileView),
    ("PATCH", Endpoint::ProfileUpdate),
    ("DELETE", Endpoint::ProfileRemove),
];
const SLOTS: Methods = &[("GET", Endpoint::ProfileSlots)];
const PREVIEW: Methods = &[("POST", Endpoint::RenderPreview)];
const ASSIGN: Methods = &[("PATCH", Endpoint::AssignProfile)];
const BIND: Methods = &[("PUT", Endpoint::Bind), ("GET", Endpoint::Bindings)];
const REFRESH: Methods = &[("POST", Endpoint::Refresh)];

/// A generation's routing table, built once: the top-level routes, then the
/// authenticated mounts (a prefix, and the routes below it).
struct Table {
    top: Vec<Route>,
    mounts: Vec<(Vec<Seg>, Vec<Route>)>,
}

fn table(api: Api) -> Table {
    use Seg::*;
    let ent = api.entity();
    let mut top = vec![
        route(vec![Lit("health")], HEALTH),
        route(vec![Lit(ent), Lit("bootstrap")], BARE),
        route(vec![Lit(ent), Lit("bootstrap"), Lit("")], BARE),
        route(vec![Lit(ent), Lit("bootstrap"), Lit("secure"), Id], SECURE),
        route(vec![Lit(ent), Lit("bootstrap"), Id], BOOTSTRAP),
    ];
    let list = |prefix: &[Seg], methods| {
        let mut with_slash = prefix.to_vec();
        with_slash.push(Lit(""));
        [route(prefix.to_vec(), methods), route(with_slash, methods)]
    };
    let legacy_configs = || {
        let mut r = list(&[], LIST_CREATE).to_vec();
        r.push(route(vec![Lit("certs"), Id], CERTS));
        r.push(route(vec![Lit("connections"), Id], CONNECTIONS));
        r.push(route(vec![Id], ONE_CONFIG));
        r
    };
    match api {
        // V1 serves the configs sub-router without a middleware.
        Api::V1 => {
            top.push(route(vec![Lit(ent), Lit("state"), Id], STATE));
            for r in legacy_configs() {
                let mut pattern = vec![Lit(ent), Lit("configs")];
                pattern.extend(r.pattern);
                top.push(route(pattern, r.methods));
            }
            Table {
                top,
                mounts: vec![],
            }
        }
        Api::Domain | Api::Clients => {
            top.push(route(vec![Domain, Lit(ent), Lit("state"), Id], STATE));
            Table {
                top,
                mounts: vec![(vec![Domain, Lit(ent), Lit("configs")], legacy_configs())],
            }
        }
        Api::Profiles => {
            let mut configs = list(&[], LIST_CREATE).to_vec();
            configs.extend([
                route(vec![Lit("certs"), Id], CERTS),
                route(vec![Id, Lit("enable")], ENABLE),
                route(vec![Id, Lit("disable")], DISABLE),
                route(vec![Id], ONE_CONFIG_PATCH),
            ]);
            let mut bootstrap = list(&[Lit("profiles")], PROFILES).to_vec();
            bootstrap.extend([
                route(vec![Lit("profiles"), Lit("upload")], UPLOAD),
                route(vec![Lit("profiles"), Id, Lit("slots")], SLOTS),
                route(vec![Lit("profiles"), Id, Lit("render-preview")], PREVIEW),
                route(vec![Lit("profiles"), Id], ONE_PROFILE),
                route(vec![Lit("enrollments"), Id, Lit("profile")], ASSIGN),
                route(vec![Lit("enrollments"), Id, Lit("bindings")], BIND),
                route(
                    vec![Lit("enrollments"), Id, Lit("bindings"), Lit("refresh")],
                    REFRESH,
                ),
            ]);
            Table {
                top,
                mounts: vec![
                    (vec![Domain, Lit(ent), Lit("configs")], configs),
                    (vec![Domain, Lit(ent), Lit("bootstrap")], bootstrap),
                ],
            }
        }
    }
}

fn routes(api: Api) -> &'static Table {
    use std::sync::LazyLock;
    static TABLES: LazyLock<Vec<(Api, Table)>> =
        LazyLock::new(|| Api::ALL.into_iter().map(|a| (a, table(a))).collect());
    &TABLES
        .iter()
        .find(|(a, _)| *a == api)
        .expect("every generation has a table")
        .1
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

/// Among the routes matching `segs`, the first that has `method` (static
/// segments are listed before parameters, as chi prefers them); when none
/// has it, chi's 405 with every method the matching routes have.
fn pick<'a>(
    routes: &[Route],
    segs: &[&'a [u8]],
    method: &str,
    domain: Option<&'a [u8]>,
) -> Option<Routed<'a>> {
    let mut allowed: Vec<&'static str> = Vec::new();
    for r in routes {
        let Some((id, dom)) = matches(&r.pattern, segs) else {
            continue;
        };
        if let Some((_, endpoint)) = r.methods.iter().find(|(m, _)| *m == method) {
            return Some(Routed::To {
                endpoint: *endpoint,
                id,
                domain: domain.unwrap_or(dom),
            });
        }
        for (m, _) in r.methods {
            if !allowed.contains(m) {
                allowed.push(m);
            }
        }
    }
    (!allowed.is_empty()).then_some(Routed::NotAllowed(allowed))
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
    let t = routes(api);
    if let Some(r) = pick(&t.top, &segs, method, None) {
        return r;
    }
    for (prefix, routes) in &t.mounts {
        let n = prefix.len();
        if segs.len() < n || matches(prefix, &segs[..n]).is_none() {
            continue;
        }
        let domain = segs[0];
        return pick(routes, &segs[n..], method, Some(domain))
            .unwrap_or(Routed::MountMiss { domain });
    }
    Routed::NotFound
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
