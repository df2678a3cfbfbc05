//! Shell completions and man pages, generated from the clap definition.

use std::path::Path;

use clap_complete::Shell;
use clap_complete::env::EnvCompleter;

use crate::cli::command;
use crate::error::Error;
use crate::output::Output;

const BIN: &str = "smq-bootstrap";

/// The environment variable the registration scripts set to ask the
/// binary for completions.
pub const VAR: &str = "SMQ_BOOTSTRAP_COMPLETE";

/// A shell's registration script: it asks `smq-bootstrap` (on the PATH) for
/// the candidates at each Tab, so that profile names and the ids of the last
/// `config list` complete along with commands and options.
fn registration(shell: Shell) -> Result<Vec<u8>, Error> {
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &clap_complete::env::Bash,
        Shell::Zsh => &clap_complete::env::Zsh,
        Shell::Fish => &clap_complete::env::Fish,
        Shell::Elvish => &clap_complete::env::Elvish,
        Shell::PowerShell => &clap_complete::env::Powershell,
        other => return Err(Error::usage(format!("no completion for {other}"))),
    };
    let mut script = Vec::new();
    completer
        .write_registration(VAR, BIN, BIN, BIN, &mut script)
        .map_err(|e| Error::Other(e.to_string()))?;
    Ok(script)
}

/// The file name each shell looks for.
fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "smq-bootstrap.bash",
        Shell::Zsh => "_smq-bootstrap",
        Shell::Fish => "smq-bootstrap.fish",
        Shell::Elvish => "smq-bootstrap.elv",
        _ => "_smq-bootstrap.ps1",
    }
}

pub fn completions(out: &Output, shell: Shell) -> Result<(), Error> {
    out.bytes(&registration(shell)?)?;
    Ok(())
}

/// Writes `DIR/completions/*` and `DIR/man/*.1`.
pub fn generate(dir: &Path) -> Result<(), Error> {
    let err = |e: std::io::Error| Error::Other(format!("cannot write into {}: {e}", dir.display()));
    let comp = dir.join("completions");
    let man = dir.join("man");
    std::fs::create_dir_all(&comp).map_err(err)?;
    std::fs::create_dir_all(&man).map_err(err)?;
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Elvish,
        Shell::PowerShell,
    ] {
        crate::files::write_atomic(
            &comp.join(file_name(shell)),
            &registration(shell)?,
            crate::files::PUBLIC,
        )
        .map_err(err)?;
    }
    clap_mangen::generate_to(command(), &man).map_err(err)?;
    Ok(())
}
