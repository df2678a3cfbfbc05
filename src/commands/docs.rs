//! Shell completions and man pages, generated from the clap definition.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::Error;
use crate::output::Output;

const BIN: &str = "smq-bootstrap";

pub fn completions(out: &Output, shell: Shell) -> Result<(), Error> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut script);
    out.bytes(&script)?;
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
        let mut cmd = Cli::command();
        clap_complete::generate_to(shell, &mut cmd, BIN, &comp).map_err(err)?;
    }
    clap_mangen::generate_to(Cli::command(), &man).map_err(err)?;
    Ok(())
}
