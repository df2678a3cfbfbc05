//! The sandbox's tables, kept as the real service keeps them:
//! - configs: the thing id and the external id unique everywhere, the name
//!   unique per domain (empty names are many);
//! - things, as the stand-in Things service knows them: id, key, domain. A
//!   thing outlives its config, and keeps its key when a config is made again;
//! - channels: one row per channel id in use, owned by one domain (a global
//!   `UNIQUE`), deleted when no config uses it. A config lists its channels in
//!   the order of these rows, not in the order of any request, and channels
//!   new in one request get rows in no particular order (Go's map order).
//!
//! Postgres refuses NUL bytes in text: a row holding one is never written.

use std::collections::{BTreeSet, HashMap, HashSet};

use rand::RngCore;
use rand::seq::SliceRandom;

/// One stored config, with the V1 names (the generation only renames fields on the wire).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct StoredConfig {
    pub domain: String,
    pub thing_id: String,
    pub thing_key: String,
    pub external_id: String,
    pub external_key: String,
    pub name: String,
    pub content: String,
    pub client_cert: String,
    pub client_key: String,
    pub ca_cert: String,
    /// A set: `Store::channels` gives them in the table's order.
    pub channels: Vec<String>,
    pub state: i64,
}

struct Thing {
    key: String,
    domain: String,
}

struct ChannelRow {
    seq: u64,
    domain: String,
    refs: usize,
}

#[derive(Default)]
pub struct Store {
    configs: HashMap<String, StoredConfig>,
    /// Each domain's thing ids in byte order: the order lists page in.
    by_domain: HashMap<String, BTreeSet<String>>,
    by_external: HashMap<String, String>,
    /// (domain, non-empty name) → thing id.
    by_name: HashMap<(String, String), String>,
    things: HashMap<String, Thing>,
    channels: HashMap<String, ChannelRow>,
    next_seq: u64,
}

/// List filters; each present one must match.
#[derive(Default)]
pub struct Filter {
    pub state: Option<i64>,
    pub external_id: Option<String>,
    /// Lower-cased `LIKE` pattern body (`%` and `_` are wildcards, as upstream).
    pub name: Option<String>,
    /// The clients generation's `client_key` filter, on the TLS key column.
    pub client_key: Option<String>,
}

/// Why a create failed.
#[derive(Debug, PartialEq, Eq)]
pub enum AddError {
    /// The given thing id is a thing of another domain.
    ForeignThing,
    /// A unique constraint, a channel of another domain or a NUL byte: the
    /// service's "failed to add bootstrap configuration".
    Refused,
}

/// Why a change of a config failed.
#[derive(Debug, PartialEq, Eq)]
pub enum UpdateError {
    /// No such config in the domain.
    Missing,
    /// The stand-in Things service cannot fetch a channel (an empty id).
    ChannelFetch,
    /// The database refused the change.
    Refused,
}

/// A random version-4 UUID in its usual text form.
pub fn uuid_v4() -> String {
    let mut b = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Whether postgres would store the text (it refuses NUL bytes).
fn storable(s: &str) -> bool {
    !s.contains('\0')
}

impl StoredConfig {
    fn storable(&self) -> bool {
        [
            &self.thing_id,
            &self.external_id,
            &self.external_key,
            &self.name,
            &self.content,
            &self.client_cert,
            &self.client_key,
            &self.ca_cert,
        ]
        .into_iter()
        .chain(&self.channels)
        .all(|s| storable(s))
    }
}

impl Store {
    /// The domain of a thing the stand-in Things service knows.
    pub fn thing_domain(&self, id: &str) -> Option<&str> {
        self.things.get(id).map(|t| t.domain.as_str())
    }

    /// The config of thing `id` in `domain`.
    pub fn get(&self, domain: &str, id: &str) -> Option<&StoredConfig> {
        self.configs.get(id).filter(|c| c.domain == domain)
    }

    /// The config with this external id, in any domain.
    pub fn by_external_id(&self, ext: &str) -> Option<&StoredConfig> {
        self.by_external
            .get(ext)
            .and_then(|id| self.configs.get(id))
    }

    /// A config's channels in the order of the channels table.
    pub fn channels<'a>(&self, c: &'a StoredConfig) -> Vec<&'a str> {
        let mut v: Vec<&str> = c.channels.iter().map(String::as_str).collect();
        v.sort_by_key(|id| self.channels.get(*id).map_or(u64::MAX, |r| r.seq));
        v
    }

    fn name_taken(&self, domain: &str, name: &str, except: &str) -> bool {
        !name.is_empty()
            && self
                .by_name
                .get(&(domain.to_string(), name.to_string()))
                .is_some_and(|id| id != except)
    }

    fn index_name(&mut self, domain: &str, old: &str, new: &str, id: &str) {
        if !old.is_empty() {
            self.by_name.remove(&(domain.to_string(), old.to_string()));
        }
        if !new.is_empty() {
            self.by_name
                .insert((domain.to_string(), new.to_string()), id.to_string());
        }
    }

    /// Whether `domain` may use these channel ids: none is listed twice, and
    /// none is in use by a config of another domain.
    fn channels_usable(&self, domain: &str, ids: &[String]) -> bool {
        let mut seen = HashSet::new();
        ids.iter()
            .all(|c| seen.insert(c) && self.channels.get(c).is_none_or(|row| row.domain == domain))
    }

    /// Takes a reference on each channel, appending rows for new ones in a
    /// random order (the real service inserts them from a Go map).
    fn acquire_channels(&mut self, domain: &str, ids: &[String]) {
        let mut new: Vec<&String> = ids
            .iter()
            .filter(|c| !self.channels.contains_key(*c))
            .collect();
        new.shuffle(&mut rand::thread_rng());
        for c in new {
            self.channels.insert(
                c.clone(),
                ChannelRow {
                    seq: self.next_seq,
                    domain: domain.to_string(),
                    refs: 0,
                },
            );
            self.next_seq += 1;
        }
        for c in ids {
            if let Some(row) = self.channels.get_mut(c) {
                row.refs += 1;
            }
        }
    }

    /// Drops a reference on each channel; a row no config uses is deleted.
    fn release_channels(&mut self, ids: &[String]) {
        for c in ids {
            if let Some(row) = self.channels.get_mut(c) {
                row.refs = row.refs.saturating_sub(1);
                if row.refs == 0 {
                    self.channels.remove(c);
                }
            }
        }
    }

    /// Adds a config to `cfg.domain`. With no thing id a new thing is made
    /// (and forgotten again if the row is refused); an id never seen before
    /// becomes a thing of the domain, as the recorded stand-in did.
    pub fn add(&mut self, mut cfg: StoredConfig) -> Result<String, AddError> {
        let minted = cfg.thing_id.is_empty();
        if minted {
            cfg.thing_id = uuid_v4();
        }
        match self.things.get(&cfg.thing_id) {
            Some(t) if t.domain != cfg.domain => return Err(AddError::ForeignThing),
            Some(_) => {}
            None if minted || storable(&cfg.thing_id) => {
                self.things.insert(
                    cfg.thing_id.clone(),
                    Thing {
                        key: uuid_v4(),
                        domain: cfg.domain.clone(),
                    },
                );
            }
            None => return Err(AddError::Refused),
        }
        let refused = !cfg.storable()
            || self.by_external.contains_key(&cfg.external_id)
            || self.configs.contains_key(&cfg.thing_id)
            || self.name_taken(&cfg.domain, &cfg.name, "")
            || !self.channels_usable(&cfg.domain, &cfg.channels);
        if refused {
            if minted {
                self.things.remove(&cfg.thing_id);
            }
            return Err(AddError::Refused);
        }
        cfg.thing_key = self.things[&cfg.thing_id].key.clone();
        let id = cfg.thing_id.clone();
        self.by_external.insert(cfg.external_id.clone(), id.clone());
        self.index_name(&cfg.domain, "", &cfg.name, &id);
        self.acquire_channels(&cfg.domain, &cfg.channels);
        self.by_domain
            .entry(cfg.domain.clone())
            .or_default()
            .insert(id.clone());
        self.configs.insert(id.clone(), cfg);
        Ok(id)
    }

    /// Configs of `domain` matching `f`, ordered by thing id: (total, page).
    pub fn list(
        &self,
        domain: &str,
        f: &Filter,
        offset: usize,
        limit: usize,
    ) -> (usize, Vec<&StoredConfig>) {
        if let Some(ext) = &f.external_id {
            // External ids are unique: at most one match.
            let hit = self
                .by_external_id(ext)
                .filter(|c| c.domain == domain && matches(f, c));
            return (
                usize::from(hit.is_some()),
                hit.into_iter().skip(offset).take(limit).collect(),
            );
        }
        let Some(ids) = self.by_domain.get(domain) else {
            return (0, Vec::new());
        };
        let config = |id: &String| &self.configs[id];
        let unfiltered = f.state.is_none() && f.name.is_none() && f.client_key.is_none();
        if unfiltered {
            // Skipped ids are never looked up.
            let page = ids.iter().skip(offset).take(limit).map(config).collect();
            return (ids.len(), page);
        }
        // One pass: count every match, keep only the page.
        let mut total = 0;
        let mut page = Vec::new();
        for c in ids.iter().map(config).filter(|c| matches(f, c)) {
            if total >= offset && page.len() < limit {
                page.push(c);
            }
            total += 1;
        }
        (total, page)
    }

    /// Replaces name and content together.
    pub fn update(
        &mut self,
        domain: &str,
        id: &str,
        name: String,
        content: String,
    ) -> Result<(), UpdateError> {
        if self.get(domain, id).is_none() {
            return Err(UpdateError::Missing);
        }
        if self.name_taken(domain, &name, id) || !storable(&name) || !storable(&content) {
            return Err(UpdateError::Refused);
        }
        let old = self.configs[id].name.clone();
        self.index_name(domain, &old, &name, id);
        let c = self.configs.get_mut(id).expect("checked above");
        c.name = name;
        c.content = content;
        Ok(())
    }

    /// Replaces all three certificate fields; returns the config as stored.
    pub fn update_certs(
        &mut self,
        domain: &str,
        id: &str,
        cert: String,
        key: String,
        ca: String,
    ) -> Result<StoredConfig, UpdateError> {
        if self.get(domain, id).is_none() {
            return Err(UpdateError::Missing);
        }
        if ![&cert, &key, &ca].into_iter().all(|s| storable(s)) {
            return Err(UpdateError::Refused);
        }
        let c = self.configs.get_mut(id).expect("checked above");
        c.client_cert = cert;
        c.client_key = key;
        c.ca_cert = ca;
        Ok(c.clone())
    }

    /// Replaces the channel set. An empty list leaves it as it is (upstream
    /// bug B8).
    pub fn update_channels(
        &mut self,
        domain: &str,
        id: &str,
        channels: Vec<String>,
    ) -> Result<(), UpdateError> {
        let Some(c) = self.get(domain, id) else {
            return Err(UpdateError::Missing);
        };
        if channels.iter().any(String::is_empty) {
            return Err(UpdateError::ChannelFetch);
        }
        if channels.is_empty() {
            return Ok(());
        }
        let old = c.channels.clone();
        // Rows this config holds are its own domain's already.
        if !self.channels_usable(domain, &channels) || !channels.iter().all(|c| storable(c)) {
            return Err(UpdateError::Refused);
        }
        self.release_channels(&old);
        self.acquire_channels(domain, &channels);
        self.configs.get_mut(id).expect("checked above").channels = channels;
        Ok(())
    }

    /// Removes a config (its thing stays); absent is fine.
    pub fn remove(&mut self, domain: &str, id: &str) {
        if self.get(domain, id).is_none() {
            return;
        }
        let c = self.configs.remove(id).expect("checked above");
        if let Some(ids) = self.by_domain.get_mut(domain) {
            ids.remove(id);
        }
        self.by_external.remove(&c.external_id);
        self.index_name(domain, &c.name, "", id);
        self.release_channels(&c.channels);
    }

    /// Sets the state; false when there is no such config in the domain.
    pub fn set_state(&mut self, domain: &str, id: &str, state: i64) -> bool {
        match self.configs.get_mut(id).filter(|c| c.domain == domain) {
            Some(c) => {
                c.state = state;
                true
            }
            None => false,
        }
    }
}

fn matches(f: &Filter, c: &StoredConfig) -> bool {
    f.state.is_none_or(|s| c.state == s)
        && f.external_id.as_ref().is_none_or(|e| &c.external_id == e)
        && f.client_key.as_ref().is_none_or(|k| &c.client_key == k)
        // `LOWER(name) LIKE …`: a config with no name (NULL) never matches.
        && f.name.as_ref().is_none_or(|n| {
            !c.name.is_empty() && like_contains(&c.name.to_lowercase(), n)
        })
}

/// SQL `text LIKE '%' || pattern || '%'`, with `\` escaping as PostgreSQL does.
pub(super) fn like_contains(text: &str, pattern: &str) -> bool {
    let p: Vec<char> = format!("%{pattern}%").chars().collect();
    let t: Vec<char> = text.chars().collect();
    like(&t, &p)
}

fn like(t: &[char], p: &[char]) -> bool {
    // Iterative wildcard match with backtracking on the last `%`.
    let (mut ti, mut pi) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() {
            match p[pi] {
                '%' => {
                    star = Some((pi, ti));
                    pi += 1;
                    continue;
                }
                '_' => {
                    ti += 1;
                    pi += 1;
                    continue;
                }
                '\\' if pi + 1 < p.len() && p[pi + 1] == t[ti] => {
                    ti += 1;
                    pi += 2;
                    continue;
                }
                c if c != '\\' && c == t[ti] => {
                    ti += 1;
                    pi += 1;
                    continue;
                }
                _ => {}
            }
        }
        match star {
            Some((sp, st)) => {
                pi = sp + 1;
                ti = st + 1;
                star = Some((sp, st + 1));
            }
            None => return false,
        }
    }
    p[pi..].iter().all(|c| *c == '%')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(domain: &str, id: &str, ext: &str, name: &str, channels: &[&str]) -> StoredConfig {
        StoredConfig {
            domain: domain.into(),
            thing_id: id.into(),
            external_id: ext.into(),
            external_key: "k".into(),
            name: name.into(),
            channels: channels.iter().map(|c| c.to_string()).collect(),
            ..StoredConfig::default()
        }
    }

    #[test]
    fn unique_names_per_domain_follow_updates_and_removal() {
        let mut s = Store::default();
        s.add(cfg("d", "a", "ea", "n1", &["c"])).unwrap();
        assert_eq!(
            s.add(cfg("d", "b", "eb", "n1", &["c"])),
            Err(AddError::Refused)
        );
        s.add(cfg("e", "x", "ex", "n1", &["cx"]))
            .expect("names are unique per domain only");
        assert!(s.update("d", "a", "n2".into(), String::new()).is_ok());
        s.add(cfg("d", "b", "eb", "n1", &["c"])).unwrap();
        assert_eq!(
            s.update("d", "b", "n2".into(), String::new()),
            Err(UpdateError::Refused)
        );
        assert!(s.update("d", "a", "n2".into(), "own name".into()).is_ok());
        s.remove("d", "a");
        assert!(s.update("d", "b", "n2".into(), String::new()).is_ok());
        assert!(s.add(cfg("d", "c", "ec", "", &["c"])).is_ok());
        assert!(
            s.add(cfg("d", "e", "ee", "", &["c"])).is_ok(),
            "unnamed configs are many"
        );
    }

    #[test]
    fn a_channel_belongs_to_one_domain_while_used() {
        let mut s = Store::default();
        s.add(cfg("a", "t1", "e1", "", &["shared"])).unwrap();
        assert_eq!(
            s.add(cfg("b", "t2", "e2", "", &["shared"])),
            Err(AddError::Refused)
        );
        assert_eq!(s.thing_domain("t2"), Some("b"), "a given id stays a thing");
        s.add(cfg("b", "t3", "e3", "", &["own"])).unwrap();
        assert_eq!(
            s.update_channels("b", "t3", vec!["shared".into()]),
            Err(UpdateError::Refused)
        );
        s.remove("a", "t1");
        s.update_channels("b", "t3", vec!["shared".into()]).unwrap();
        assert_eq!(
            s.add(cfg("a", "t4", "e4", "", &["own"])),
            Ok("t4".into()),
            "'own' was released by t3"
        );
    }

    #[test]
    fn channels_follow_table_order() {
        let mut s = Store::default();
        s.add(cfg("d", "t1", "e1", "", &["z"])).unwrap();
        s.add(cfg("d", "t2", "e2", "", &["a", "z"])).unwrap();
        let c = s.get("d", "t2").unwrap().clone();
        assert_eq!(s.channels(&c), ["z", "a"], "a known channel keeps its row");
        assert_eq!(
            s.update_channels("d", "t2", vec!["".into()]),
            Err(UpdateError::ChannelFetch)
        );
        assert_eq!(
            s.update_channels("d", "t2", vec!["a".into(), "a".into()]),
            Err(UpdateError::Refused)
        );
        s.update_channels("d", "t2", vec![]).unwrap();
        assert_eq!(s.get("d", "t2").unwrap().channels.len(), 2, "bug B8");
    }

    #[test]
    fn nul_bytes_are_never_stored() {
        let mut s = Store::default();
        assert_eq!(
            s.add(cfg("d", "", "e\0", "", &["c"])),
            Err(AddError::Refused)
        );
        assert!(s.things.is_empty(), "the minted thing is deleted again");
        s.add(cfg("d", "t", "e", "", &["c"])).unwrap();
        assert_eq!(
            s.update("d", "t", "n\0".into(), String::new()),
            Err(UpdateError::Refused)
        );
    }

    #[test]
    fn like_semantics() {
        assert!(like_contains("device-12", "ice"));
        assert!(like_contains("device-12", "d_v"));
        assert!(like_contains("device-12", "de%12"));
        assert!(!like_contains("device-12", "x"));
        assert!(like_contains("a%b", "\\%"));
        assert!(!like_contains("ab", "\\%"));
        assert!(like_contains("anything", ""));
    }
}
