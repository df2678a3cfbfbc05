//! `state enable|disable`.

use super::Ctx;
use crate::cli::StateCmd;

pub async fn run(ctx: &Ctx, cmd: StateCmd) -> anyhow::Result<()> {
    let (ids, enable) = match cmd {
        StateCmd::Enable { thing_ids } => (thing_ids, true),
        StateCmd::Disable { thing_ids } => (thing_ids, false),
    };
    let client = ctx.client().await?;
    let done = if enable { "enabled" } else { "disabled" };
    ctx.for_each_id(&ids, done, |id| async move {
        client.set_state(&id, enable).await
    })
    .await
}
