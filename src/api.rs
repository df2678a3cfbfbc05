//! The generations of the bootstrap API: paths, device header and field names.

use std::fmt;

/// A generation of the service's HTTP API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Api {
    /// `/things/configs...`, header `Thing <key>`, fields `thing_id`/`thing_key`.
    V1,
    /// Management paths under `/{domain_id}/things/...`; device paths as V1.
    Domain,
    /// `/{domain_id}/clients/configs...`, `/clients/bootstrap/...`, header
    /// `Client <key>`, fields `client_id`/`client_secret`.
    Clients,
}

impl Api {
    pub const ALL: [Api; 3] = [Api::V1, Api::Domain, Api::Clients];

    pub fn name(self) -> &'static str {
        match self {
            Api::V1 => "v1",
            Api::Domain => "domain",
            Api::Clients => "clients",
        }
    }

    pub fn parse(s: &str) -> Option<Api> {
        Api::ALL.into_iter().find(|a| a.name() == s)
    }

    /// `things` or `clients`.
    pub fn entity(self) -> &'static str {
        match self {
            Api::V1 | Api::Domain => "things",
            Api::Clients => "clients",
        }
    }

    pub fn needs_domain(self) -> bool {
        self != Api::V1
    }

    /// Path segments before `configs` / `state` on management paths.
    pub fn management_prefix(self, domain: &str) -> Vec<String> {
        match self {
            Api::V1 => vec![self.entity().into()],
            Api::Domain | Api::Clients => vec![domain.into(), self.entity().into()],
        }
    }

    /// The scheme word of the device `Authorization` header, with its space.
    pub fn device_auth_prefix(self) -> &'static str {
        match self {
            Api::V1 | Api::Domain => "Thing ",
            Api::Clients => "Client ",
        }
    }

    /// The id field of a config: `thing_id` or `client_id`.
    pub fn id_field(self) -> &'static str {
        match self {
            Api::V1 | Api::Domain => "thing_id",
            Api::Clients => "client_id",
        }
    }

    /// The device secret field: `thing_key` or `client_secret`.
    pub fn key_field(self) -> &'static str {
        match self {
            Api::V1 | Api::Domain => "thing_key",
            Api::Clients => "client_secret",
        }
    }

    /// The `Location` prefix of a created config (never domain-scoped).
    pub fn location_prefix(self) -> String {
        format!("/{}/configs/", self.entity())
    }
}

impl fmt::Display for Api {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
