//! Files the tool writes and secrets it reads from files.

use std::path::Path;

use crate::error::Error;
use crate::secret::Secret;

/// Creates `dir` (and parents) with mode 0700 where it does not exist.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
}

/// Creates or truncates `path` with mode 0600.
pub fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    let f = o.open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(f)
}

/// Reads a secret from a file: the first line, without its line ending.
pub fn read_secret_file(path: &Path, what: &str) -> Result<Secret, Error> {
    let bytes = std::fs::read(path)
        .map_err(|e| Error::usage(format!("cannot read {what} file {}: {e}", path.display())))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("{what} file {} is not UTF-8 text", path.display())))?;
    let first = text.lines().next().unwrap_or("");
    if first.is_empty() {
        return Err(Error::usage(format!(
            "{what} file {} is empty",
            path.display()
        )));
    }
    Ok(Secret::new(first))
}
