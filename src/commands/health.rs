//! `health`: the service's own report; the same path in every generation.

use super::Ctx;
use crate::error::Error;

pub async fn run(ctx: &Ctx) -> Result<(), Error> {
    let v = ctx.client()?.health().await?;
    if !ctx.settings.dry_run {
        ctx.out.object(&v)?;
    }
    Ok(())
}
