//! Which proxy a request goes through, decided here rather than left to the
//! HTTP library, so that the token's way can be checked: a service on this
//! machine is never reached through a proxy, and a plain-http hop to a proxy
//! on another machine is held to the same rule as one to the service.

use url::{Host, Url};

/// The proxy for `base_url` from the environment (`http_proxy`,
/// `https_proxy`, `all_proxy`, upper case too; `no_proxy` honoured), with the
/// variable it came from. Loopback services get none.
pub fn for_url(base_url: &str, env: impl Fn(&str) -> Option<String>) -> Option<(Url, String)> {
    let target = Url::parse(base_url).ok()?;
    if is_loopback(&target) {
        return None;
    }
    let host = target.host_str()?.to_ascii_lowercase();
    let get = |name: &str| {
        env(name)
            .or_else(|| env(&name.to_ascii_uppercase()))
            .filter(|v| !v.trim().is_empty())
            .map(|v| (v, name.to_string()))
    };
    if let Some((no, _)) = get("no_proxy")
        && excluded(&host, &no)
    {
        return None;
    }
    let scheme_var = if target.scheme() == "https" {
        "https_proxy"
    } else {
        "http_proxy"
    };
    let (value, var) = get(scheme_var).or_else(|| get("all_proxy"))?;
    // A proxy given as host:port means http://host:port.
    let with_scheme = if value.contains("://") {
        value
    } else {
        format!("http://{value}")
    };
    Url::parse(&with_scheme).ok().map(|u| (u, var))
}

/// `no_proxy`: `*`, or host names and domains (`example.com` and
/// `.example.com` both cover its subdomains), comma separated.
fn excluded(host: &str, no_proxy: &str) -> bool {
    no_proxy.split(',').map(str::trim).any(|entry| {
        let entry = entry.to_ascii_lowercase();
        let bare = entry.trim_start_matches('.');
        entry == "*" || (!bare.is_empty() && (host == bare || host.ends_with(&format!(".{bare}"))))
    })
}

/// A host on this machine: `localhost` (and its subdomains) or a loopback
/// address.
pub fn is_loopback(u: &Url) -> bool {
    match u.host() {
        Some(Host::Domain(d)) => {
            let d = d.to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// The proxy as shown (`-v`): without its user and password.
pub fn shown(u: &Url) -> String {
    let mut u = u.clone();
    let _ = u.set_username("");
    let _ = u.set_password(None);
    u.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k: &str| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn loopback_is_never_proxied_and_no_proxy_is_honoured() {
        let e = env(&[
            ("http_proxy", "proxy.example:3128"),
            ("NO_PROXY", ".corp, x.test"),
        ]);
        for local in [
            "http://127.0.0.1:9013",
            "http://localhost:1",
            "http://[::1]:2",
        ] {
            assert!(for_url(local, &e).is_none(), "{local}");
        }
        let (p, var) = for_url("http://bootstrap.example:9013", &e).unwrap();
        assert_eq!(
            (p.as_str(), var.as_str()),
            ("http://proxy.example:3128/", "http_proxy")
        );
        assert!(for_url("http://a.corp:1", &e).is_none());
        assert!(for_url("http://x.test:1", &e).is_none());
        // https uses https_proxy, then all_proxy.
        assert!(for_url("https://bootstrap.example", &e).is_none());
        let e = env(&[("ALL_PROXY", "http://u:pw@p:1")]);
        let (p, var) = for_url("https://bootstrap.example", &e).unwrap();
        assert_eq!(var, "all_proxy");
        assert_eq!(shown(&p), "http://p:1/");
    }
}
