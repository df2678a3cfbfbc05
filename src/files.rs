//! Files the tool writes and secrets it reads from files.
//!
//! Every file is written the same way: a temporary file beside the target,
//! created exclusively (a planted file or link there makes it fail, never
//! followed), with its final mode from the start; then flushed to disk and
//! renamed over the target. A reader sees the old file or the new one, never
//! half of one, and a link at the target is replaced, not written through.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::secret::Secret;

/// Mode of files holding secrets (keys, tokens, exports).
pub const PRIVATE: u32 = 0o600;
/// Mode of files others may read (certificates).
pub const PUBLIC: u32 = 0o644;

/// Creates `dir` (and parents) with mode 0700 where it does not exist.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
    b.create(dir)
}

/// A file being written: a temporary file beside `target` until `commit`
/// renames it into place. Dropped without a commit, it is removed.
#[derive(Debug)]
pub struct AtomicFile {
    target: PathBuf,
    tmp: PathBuf,
    file: Option<File>,
}

impl AtomicFile {
    /// Starts writing `target` with `mode`.
    pub fn create(target: &Path, mode: u32) -> io::Result<AtomicFile> {
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?
            .to_string_lossy()
            .into_owned();
        // A few tries: a clash means another writer's temporary file.
        let mut last = None;
        for _ in 0..8 {
            let tmp = dir.join(format!(".{name}.{:016x}.tmp", rand::random::<u64>()));
            let mut o = std::fs::OpenOptions::new();
            o.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut o, mode);
            #[cfg(not(unix))]
            let _ = mode;
            match o.open(&tmp) {
                Ok(file) => {
                    // The umask may have narrowed the mode; it is the final one from here.
                    #[cfg(unix)]
                    {
                        use std::os::unix::fs::PermissionsExt;
                        file.set_permissions(std::fs::Permissions::from_mode(mode))?;
                    }
                    return Ok(AtomicFile {
                        target: target.to_path_buf(),
                        tmp,
                        file: Some(file),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
                Err(e) => return Err(e),
            }
        }
        Err(last.unwrap_or_else(|| io::Error::other("no temporary file name")))
    }

    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes the data to disk and renames the file into place.
    pub fn commit(mut self) -> io::Result<()> {
        let file = self.file.take().expect("committed once");
        file.sync_all()?;
        drop(file);
        std::fs::rename(&self.tmp, &self.target)?;
        // The rename itself reaches the disk with the directory.
        #[cfg(unix)]
        if let Some(dir) = self.target.parent().filter(|d| !d.as_os_str().is_empty()) {
            let _ = File::open(dir).and_then(|d| d.sync_all());
        }
        self.tmp = PathBuf::new();
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.as_mut().expect("not committed").write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.as_mut().expect("not committed").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Writes `data` to `target` atomically with `mode`.
pub fn write_atomic(target: &Path, data: &[u8], mode: u32) -> io::Result<()> {
    let mut f = AtomicFile::create(target, mode)?;
    f.write_all(data)?;
    f.commit()
}

/// Where a write to `path` lands when `path` is a link the user made on
/// purpose (a settings file kept elsewhere): the file it points to, so that
/// the link survives the write.
pub fn through_links(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    for _ in 0..32 {
        match std::fs::read_link(&p) {
            Ok(next) => {
                p = match p.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                }
            }
            Err(_) => break,
        }
    }
    p
}

/// Whether two paths name the same file (device and inode). A path that
/// does not exist is no file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(x), Ok(y)) => same_meta(&x, &y),
        _ => false,
    }
}

/// Whether standard input is the file at `path` (`cmd < x --report x`).
pub fn stdin_is(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let Ok(fd) = io::stdin().as_fd().try_clone_to_owned() else {
            return false;
        };
        match (File::from(fd).metadata(), std::fs::metadata(path)) {
            (Ok(x), Ok(y)) => same_meta(&x, &y),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

fn same_meta(x: &std::fs::Metadata, y: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        x.dev() == y.dev() && x.ino() == y.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (x, y);
        false
    }
}

/// Refuses an output that is one of the command's inputs: it would be
/// destroyed before (or while) it is read.
pub fn check_not_input(output: &Path, flag: &str, inputs: &[(&Path, &str)]) -> Result<(), Error> {
    for (input, what) in inputs {
        let same = if input.as_os_str() == "-" {
            stdin_is(output)
        } else {
            same_file(output, input)
        };
        if same {
            return Err(Error::usage(format!(
                "{flag} {} is {what}: writing it would destroy it",
                output.display()
            )));
        }
    }
    Ok(())
}

/// Reads a secret from a file (`-`: standard input): the first line,
/// without its line ending.
pub fn read_secret_file(path: &Path, what: &str) -> Result<Secret, Error> {
    if path.as_os_str() == "-" {
        return crate::input::first_line_of_stdin(what, "put it on standard input");
    }
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

/// A file holding a secret must not be readable by group or others.
pub fn check_private(path: &Path, what: &str) -> Result<(), Error> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Standard input and other special files have no mode to speak of.
        let Ok(meta) = std::fs::metadata(path) else {
            return Ok(());
        };
        let mode = meta.permissions().mode();
        if meta.is_file() && mode & 0o077 != 0 {
            return Err(Error::usage_hint(
                format!(
                    "{what} file {} holds a secret but is readable by others (mode {:o})",
                    path.display(),
                    mode & 0o777
                ),
                format!("run: chmod 600 {}", path.display()),
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = (path, what);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_files_replace_links_and_leave_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "precious").unwrap();
        let target = dir.path().join("out");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&victim, &target).unwrap();
        write_atomic(&target, b"new", PRIVATE).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert!(!std::fs::symlink_metadata(&target).unwrap().is_symlink());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&target).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // Dropped without a commit: the old file stays, no temporary remains.
        let mut f = AtomicFile::create(&target, PRIVATE).unwrap();
        f.write_all(b"half").unwrap();
        drop(f);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn links_made_on_purpose_are_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.toml");
        std::fs::write(&real, "x").unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink("real.toml", &link).unwrap();
        assert_eq!(through_links(&link), real);
        assert!(same_file(&link, &real));
        assert!(!same_file(&link, &dir.path().join("absent")));
    }
}
