//! The sandbox's tables: configs by thing id, and the things it knows.

use std::collections::{BTreeMap, HashMap, HashSet};

use rand::RngCore;

/// One stored config, with the V1 names (the generation only renames fields on the wire).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredConfig {
    pub thing_id: String,
    pub thing_key: String,
    pub external_id: String,
    pub external_key: String,
    pub name: String,
    pub content: String,
    pub client_cert: String,
    pub client_key: String,
    pub ca_cert: String,
    pub channels: Vec<String>,
    pub state: i64,
}

#[derive(Default)]
pub struct Store {
    configs: BTreeMap<String, StoredConfig>,
    by_external: HashMap<String, String>,
    /// Non-empty names → thing id (names are unique).
    by_name: HashMap<String, String>,
    /// Known things: id → key. A thing outlives its config.
    things: HashMap<String, String>,
}

pub struct Filter {
    pub state: Option<i64>,
    pub external_id: Option<String>,
    /// Lower-cased `LIKE` pattern body (`%` and `_` are wildcards, as upstream).
    pub name: Option<String>,
}

/// A unique constraint would be broken (the service's "failed to add").
#[derive(Debug)]
pub struct Conflict;

pub enum UpdateError {
    Missing,
    Conflict,
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

impl Store {
    pub fn thing_known(&self, id: &str) -> bool {
        self.things.contains_key(id)
    }

    pub fn get(&self, id: &str) -> Option<&StoredConfig> {
        self.configs.get(id)
    }

    pub fn by_external_id(&self, ext: &str) -> Option<&StoredConfig> {
        self.by_external
            .get(ext)
            .and_then(|id| self.configs.get(id))
    }

    fn name_taken(&self, name: &str, except: &str) -> bool {
        !name.is_empty() && self.by_name.get(name).is_some_and(|id| id != except)
    }

    fn index_name(&mut self, old: &str, new: &str, id: &str) {
        if !old.is_empty() {
            self.by_name.remove(old);
        }
        if !new.is_empty() {
            self.by_name.insert(new.to_string(), id.to_string());
        }
    }

    /// Adds a config, creating its thing when no id is given. `Err` on any
    /// unique-constraint violation (the service's "failed to add").
    pub fn add(&mut self, mut cfg: StoredConfig) -> Result<String, Conflict> {
        let mut seen = HashSet::new();
        if !cfg.channels.iter().all(|c| seen.insert(c)) {
            return Err(Conflict);
        }
        if self.by_external.contains_key(&cfg.external_id) || self.name_taken(&cfg.name, "") {
            return Err(Conflict);
        }
        if cfg.thing_id.is_empty() {
            cfg.thing_id = uuid_v4();
        }
        if self.configs.contains_key(&cfg.thing_id) {
            return Err(Conflict);
        }
        cfg.thing_key = self
            .things
            .entry(cfg.thing_id.clone())
            .or_insert_with(uuid_v4)
            .clone();
        self.by_external
            .insert(cfg.external_id.clone(), cfg.thing_id.clone());
        let id = cfg.thing_id.clone();
        self.index_name("", &cfg.name, &id);
        self.configs.insert(id.clone(), cfg);
        Ok(id)
    }

    /// Configs matching `f`, ordered by thing id: (total, page).
    pub fn list(&self, f: &Filter, offset: usize, limit: usize) -> (usize, Vec<&StoredConfig>) {
        let unfiltered = f.state.is_none() && f.external_id.is_none() && f.name.is_none();
        if unfiltered {
            let page = self.configs.values().skip(offset).take(limit).collect();
            return (self.configs.len(), page);
        }
        if let Some(ext) = &f.external_id {
            // External ids are unique: at most one match.
            let hit = self.by_external_id(ext).filter(|c| matches(f, c));
            return (
                usize::from(hit.is_some()),
                hit.into_iter().skip(offset).take(limit).collect(),
            );
        }
        // One pass: count every match, keep only the page.
        let mut total = 0;
        let mut page = Vec::new();
        for c in self.configs.values().filter(|c| matches(f, c)) {
            if total >= offset && page.len() < limit {
                page.push(c);
            }
            total += 1;
        }
        (total, page)
    }

    pub fn update(&mut self, id: &str, name: String, content: String) -> Result<(), UpdateError> {
        if !self.configs.contains_key(id) {
            return Err(UpdateError::Missing);
        }
        if self.name_taken(&name, id) {
            return Err(UpdateError::Conflict);
        }
        let old = self.configs[id].name.clone();
        self.index_name(&old, &name, id);
        let c = self.configs.get_mut(id).expect("checked above");
        c.name = name;
        c.content = content;
        Ok(())
    }

    pub fn update_certs(
        &mut self,
        id: &str,
        cert: String,
        key: String,
        ca: String,
    ) -> Option<StoredConfig> {
        let c = self.configs.get_mut(id)?;
        c.client_cert = cert;
        c.client_key = key;
        c.ca_cert = ca;
        Some(c.clone())
    }

    pub fn update_channels(&mut self, id: &str, channels: Vec<String>) -> Result<(), UpdateError> {
        let c = self.configs.get_mut(id).ok_or(UpdateError::Missing)?;
        let mut seen = HashSet::new();
        if !channels.iter().all(|ch| seen.insert(ch)) {
            return Err(UpdateError::Conflict);
        }
        // Upstream bug B8: an empty list leaves the stored channels as they are.
        if !channels.is_empty() {
            c.channels = channels;
        }
        Ok(())
    }

    pub fn remove(&mut self, id: &str) {
        if let Some(c) = self.configs.remove(id) {
            self.by_external.remove(&c.external_id);
            self.index_name(&c.name, "", id);
        }
    }

    /// Sets the state; false when there is no such config.
    pub fn set_state(&mut self, id: &str, state: i64) -> bool {
        match self.configs.get_mut(id) {
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
        && f.name
            .as_ref()
            .is_none_or(|n| like_contains(&c.name.to_lowercase(), n))
}

/// SQL `text LIKE '%' || pattern || '%'`, with `\` escaping as PostgreSQL does.
fn like_contains(text: &str, pattern: &str) -> bool {
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

    fn cfg(id: &str, ext: &str, name: &str) -> StoredConfig {
        StoredConfig {
            thing_id: id.into(),
            thing_key: String::new(),
            external_id: ext.into(),
            external_key: "k".into(),
            name: name.into(),
            content: String::new(),
            client_cert: String::new(),
            client_key: String::new(),
            ca_cert: String::new(),
            channels: vec!["c".into()],
            state: 0,
        }
    }

    #[test]
    fn unique_names_follow_updates_and_removal() {
        let mut s = Store::default();
        s.add(cfg("a", "ea", "n1")).unwrap();
        assert!(s.add(cfg("b", "eb", "n1")).is_err());
        assert!(s.update("a", "n2".into(), String::new()).is_ok());
        s.add(cfg("b", "eb", "n1")).unwrap();
        assert!(matches!(
            s.update("b", "n2".into(), String::new()),
            Err(UpdateError::Conflict)
        ));
        assert!(
            s.update("a", "n2".into(), "same name, own config".into())
                .is_ok()
        );
        s.remove("a");
        assert!(s.update("b", "n2".into(), String::new()).is_ok());
        assert!(
            s.add(cfg("c", "ec", "")).is_ok() && s.add(cfg("d", "ed", "")).is_ok(),
            "unnamed configs are many"
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
