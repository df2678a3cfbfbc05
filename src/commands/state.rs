//! `state enable|disable`.

use super::Ctx;
use crate::cli::StateCmd;
use crate::error::Error;

pub async fn run(ctx: &Ctx, cmd: StateCmd) -> Result<(), Error> {
    let (ids, enable) = match cmd {
        StateCmd::Enable(a) => (a, true),
        StateCmd::Disable(a) => (a, false),
    };
    let (label, done) = if enable {
        ("enable", "enabled")
    } else {
        ("disable", "disabled")
    };
    super::ids::run(
        ctx,
        ids,
        label,
        done,
        super::ids::Shown::Config,
        |service, id| async move { service.set_state(&id, enable).await },
    )
    .await
}
