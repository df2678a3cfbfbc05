//! What the shell completes beyond the command line's own words: profile
//! names from the profile file, and config ids and external ids from the
//! last `config list` (see `profiles::Listed`). Read only, quietly: a file
//! that cannot be read completes nothing.

use clap_complete::engine::CompletionCandidate;

use crate::profiles::{Listed, ProfileFile};

/// The profiles of the profile file; the one in use says so.
pub fn profile_names() -> Vec<CompletionCandidate> {
    let Some(file) = ProfileFile::path().and_then(|p| ProfileFile::load(&p).ok()) else {
        return Vec::new();
    };
    file.profiles
        .keys()
        .map(|name| {
            let help = (name == file.current_name()).then(|| "in use".into());
            CompletionCandidate::new(name).help(help)
        })
        .collect()
}

/// Config ids of the last list, each with its external id and name.
pub fn config_ids() -> Vec<CompletionCandidate> {
    Listed::load()
        .configs
        .into_iter()
        .map(|(id, ext, name)| {
            let about = if name.is_empty() {
                ext
            } else {
                format!("{ext} ({name})")
            };
            CompletionCandidate::new(id).help(Some(about.into()))
        })
        .collect()
}

/// External ids of the last list, each with its config's name.
pub fn external_ids() -> Vec<CompletionCandidate> {
    Listed::load()
        .configs
        .into_iter()
        .filter(|(_, ext, _)| !ext.is_empty())
        .map(|(_, ext, name)| {
            CompletionCandidate::new(ext).help((!name.is_empty()).then(|| name.into()))
        })
        .collect()
}
