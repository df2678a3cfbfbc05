//! `state enable|disable`.

use super::Ctx;
use super::transfer::for_ids;
use crate::cli::StateCmd;

pub async fn run(ctx: &Ctx, cmd: StateCmd) -> anyhow::Result<()> {
    let (ids, enable) = match cmd {
        StateCmd::Enable(a) => (a, true),
        StateCmd::Disable(a) => (a, false),
    };
    let (label, done) = if enable {
        ("enable", "enabled")
    } else {
        ("disable", "disabled")
    };
    for_ids(ctx, ids, label, done, |client, id| async move {
        client.set_state(&id, enable).await
    })
    .await
}
