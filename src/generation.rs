//! The generations of the bootstrap API, and the one place that decides which
//! one a command speaks: each generation's description (paths, device header,
//! field names, error model), the user's choice (`auto` or a fixed one), the
//! probe that tells them apart, and the per-URL memory of what it found.

use std::fmt;

use crate::client::Client;
use crate::error::{Error, Refusal};

/// A generation of the service's HTTP API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Api {
    /// `/things/configs...`, header `Thing <key>`, fields `thing_id`/`thing_key`.
    V1,
    /// Management paths under `/{domain_id}/things/...`; device paths as V1.
    Domain,
    /// `/{domain_id}/clients/configs...`, `/clients/bootstrap/...`, header
    /// `Client <key>`, fields `client_id`/`client_secret`. Also Magistrala
    /// v0.20, which serves it with `{"message"}`-only errors.
    Clients,
    /// Magistrala v0.30: configs with their own ids and a status, device
    /// profiles and enrollments; no channels, no clients made.
    Profiles,
}

/// Everything that differs between generations.
#[derive(Debug)]
pub struct Spec {
    pub name: &'static str,
    /// The path word: `things` or `clients`.
    pub entity: &'static str,
    /// Management paths start with `/{domain_id}`.
    pub domain_scoped: bool,
    /// The scheme word of the device `Authorization` header, with its space.
    pub device_prefix: &'static str,
    /// The id field of a config: `thing_id` or `client_id`.
    pub id_field: &'static str,
    /// The device secret field: `thing_key` or `client_secret`.
    pub key_field: &'static str,
    /// How the service refuses a create its database would not take (a
    /// duplicate, most often): status and message.
    pub add_refused: (u16, &'static str),
    /// An unauthenticated GET that changes nothing and that this generation,
    /// and none tried before it, routes.
    pub probe: &'static [&'static str],
    /// Configs have their own ids, a status, profiles and enrollments; no
    /// channels and no thing or client of their own.
    pub profiles: bool,
}

const SPECS: [Spec; 4] = [
    Spec {
        name: "v1",
        entity: "things",
        domain_scoped: false,
        device_prefix: "Thing ",
        id_field: "thing_id",
        key_field: "thing_key",
        add_refused: (400, "failed to add bootstrap configuration"),
        probe: &["things", "configs"],
        profiles: false,
    },
    Spec {
        name: "domain",
        entity: "things",
        domain_scoped: true,
        device_prefix: "Thing ",
        id_field: "thing_id",
        key_field: "thing_key",
        add_refused: (400, "failed to add bootstrap configuration"),
        probe: &["things", "bootstrap", "probe"],
        profiles: false,
    },
    Spec {
        name: "clients",
        entity: "clients",
        domain_scoped: true,
        device_prefix: "Client ",
        id_field: "client_id",
        key_field: "client_secret",
        // v0.20 says 422 with the same message: `is_add_refused` takes both.
        add_refused: (400, "failed to add bootstrap configuration"),
        probe: &["clients", "bootstrap", "probe"],
        profiles: false,
    },
    Spec {
        name: "profiles",
        entity: "clients",
        domain_scoped: true,
        device_prefix: "Client ",
        id_field: "id",
        key_field: "",
        add_refused: (400, "entity already exists"),
        probe: &["_", "clients", "bootstrap", "profiles"],
        profiles: true,
    },
];

impl Api {
    /// In the order `auto` probes them.
    pub const ALL: [Api; 4] = [Api::V1, Api::Domain, Api::Clients, Api::Profiles];

    pub fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.spec().name
    }

    pub fn parse(s: &str) -> Option<Api> {
        Api::ALL.into_iter().find(|a| a.name() == s)
    }

    pub fn entity(self) -> &'static str {
        self.spec().entity
    }

    pub fn needs_domain(self) -> bool {
        self.spec().domain_scoped
    }

    pub fn device_auth_prefix(self) -> &'static str {
        self.spec().device_prefix
    }

    pub fn id_field(self) -> &'static str {
        self.spec().id_field
    }

    pub fn key_field(self) -> &'static str {
        self.spec().key_field
    }

    /// Path segments before `configs` / `state` on management paths.
    pub fn management_prefix(self, domain: &str) -> Vec<&str> {
        if self.needs_domain() {
            vec![domain, self.entity()]
        } else {
            vec![self.entity()]
        }
    }

    /// The `Location` prefix of a created config (never domain-scoped).
    pub fn location_prefix(self) -> String {
        format!("/{}/configs/", self.entity())
    }

    /// Whether a failed answer is this generation's "the database refused
    /// the create" (400, or 422 from Magistrala v0.20).
    pub fn is_add_refused(self, status: u16, message: &str) -> bool {
        let (s, m) = self.spec().add_refused;
        (status == s || (self == Api::Clients && status == 422)) && message.contains(m)
    }

    /// Configs have their own ids, a status and profiles (v0.30).
    pub fn has_profiles(self) -> bool {
        self.spec().profiles
    }

    /// The platform releases that serve this generation, for people.
    pub fn release(self) -> &'static str {
        match self {
            Api::V1 => "the Magistrala things API (2024 and earlier)",
            Api::Domain => "Magistrala with domain-scoped things paths (autumn 2024)",
            Api::Clients => "SuperMQ, or Magistrala v0.20",
            Api::Profiles => "Magistrala v0.30",
        }
    }

    /// Whether a new config starts enabled (v0.30) or disabled (the older
    /// generations, state 0).
    pub fn starts_enabled(self) -> bool {
        self.has_profiles()
    }
}

impl fmt::Display for Api {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which generation to speak: found out, or named by the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Choice {
    /// Probe once per URL and remember the answer.
    #[default]
    Auto,
    Fixed(Api),
}

impl Choice {
    /// `auto` or a generation's name.
    pub fn parse(s: &str) -> Option<Choice> {
        match s {
            "auto" => Some(Choice::Auto),
            other => Api::parse(other).map(Choice::Fixed),
        }
    }
}

/// The choice for a URL, with what an earlier probe found there.
#[derive(Clone, Debug, Default)]
pub struct Setting {
    pub choice: Choice,
    /// The generation `auto` found earlier for the URL, if any.
    pub remembered: Option<Api>,
}

/// How the decision is reported (`-v`) and what a dry run does.
pub struct Decide<'a> {
    pub url: &'a str,
    /// For a device command: probe the device side only, remember nothing.
    pub device: bool,
    pub trace: &'a dyn Fn(&str),
}

impl Setting {
    /// The generation known without a request: the one named or remembered.
    pub fn known(&self) -> Option<Api> {
        match self.choice {
            Choice::Fixed(api) => Some(api),
            Choice::Auto => self.remembered,
        }
    }

    /// The generation to speak: the fixed one, the remembered one, or the
    /// answer of a probe, which is remembered for the URL. A dry run probes
    /// too: the probes change nothing, and the printed requests are then
    /// the ones a real run would send.
    pub async fn decide(&self, client: &Client, d: Decide<'_>) -> Result<Api, Error> {
        if let Choice::Fixed(api) = self.choice {
            return Ok(api);
        }
        if let Some(api) = self.remembered {
            (d.trace)(&format!(
                "* API generation {api} (remembered for {})",
                d.url
            ));
            return Ok(api);
        }
        if d.device {
            let api = probe_device(client).await?;
            (d.trace)(&format!(
                "* device endpoints of the {} kind found at {}",
                api.entity(),
                d.url
            ));
            return Ok(api);
        }
        let api = probe(client).await?;
        (d.trace)(&format!("* API generation {api} found at {}", d.url));
        if let Err(e) = crate::profiles::Detected::remember(d.url, Some(api)) {
            (d.trace)(&format!("* could not remember the API generation: {e}"));
        }
        Ok(api)
    }

    /// With `auto`, a path the service does not route means the remembered
    /// generation is stale (the service was upgraded, say): it is forgotten,
    /// and the error says so.
    pub fn forget_if_stale(&self, url: &str, e: Error) -> Error {
        let stale = self.choice == Choice::Auto && self.remembered.is_some();
        match e {
            Error::Api {
                status,
                message,
                kind: Refusal::Unrouted,
            } if stale => {
                let _ = crate::profiles::Detected::remember(url, None);
                Error::Api {
                    status,
                    message,
                    kind: Refusal::StaleGeneration,
                }
            }
            other => other,
        }
    }
}

/// Tells the generations apart with unauthenticated requests that change
/// nothing and that are refused before any database access: an error the
/// service itself answers means the route exists, the router's plain-text 404
/// means it does not.
/// - `GET /things/configs` routed (401) → v1;
/// - else `GET /things/bootstrap/probe` routed (400: no key) → domain;
/// - else `GET /clients/bootstrap/probe` routed: a 400, or an error body with
///   an `error` member → clients (SuperMQ); otherwise (401 `{"message"}`) it is
///   Magistrala: `GET /_/clients/bootstrap/profiles` routed (401) → profiles
///   (v0.30), else clients (v0.20, typed errors).
pub async fn probe(client: &Client) -> Result<Api, Error> {
    for api in [Api::V1, Api::Domain] {
        if client.probe(api.spec().probe).await?.routed {
            return Ok(api);
        }
    }
    let p3 = client.probe(Api::Clients.spec().probe).await?;
    if p3.routed {
        if p3.status == 400 || p3.legacy_errors {
            return Ok(Api::Clients);
        }
        let p4 = client.probe(Api::Profiles.spec().probe).await?;
        return Ok(if p4.routed {
            Api::Profiles
        } else {
            Api::Clients
        });
    }
    Err(Error::Unavailable {
        message: format!(
            "{} does not answer like any generation of the bootstrap API",
            client.base_url()
        ),
        kind: crate::error::Unreachable::NoGeneration,
    })
}

/// The device side alone: `/things/bootstrap/…` (v1 and domain, whose
/// device endpoints are the same) or `/clients/bootstrap/…` (clients, v0.20
/// and v0.30 alike). The answer stands for its kind and is not remembered.
async fn probe_device(client: &Client) -> Result<Api, Error> {
    for api in [Api::Domain, Api::Clients] {
        if client.probe(api.spec().probe).await?.routed {
            return Ok(api);
        }
    }
    Err(Error::Unavailable {
        message: format!(
            "{} does not answer like any generation of the bootstrap API",
            client.base_url()
        ),
        kind: crate::error::Unreachable::NoGeneration,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_generation_describes_itself() {
        for api in Api::ALL {
            assert_eq!(Api::parse(api.name()), Some(api));
            assert_eq!(Choice::parse(api.name()), Some(Choice::Fixed(api)));
        }
        assert_eq!(Choice::parse("auto"), Some(Choice::Auto));
        assert_eq!(Api::Clients.management_prefix("d"), ["d", "clients"]);
        assert_eq!(Api::V1.management_prefix("ignored"), ["things"]);
        assert!(Api::V1.is_add_refused(400, "failed to add bootstrap configuration"));
        assert!(!Api::V1.is_add_refused(422, "failed to add bootstrap configuration"));
    }
}
