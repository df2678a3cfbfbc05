//! `config export`: every config, page after page, with the details only the
//! bootstrap document has, as records `config import` reads back.

use futures_util::StreamExt;
use serde_json::Value;

use super::{Ctx, list_query};
use crate::cli::ExportArgs;
use crate::client::{ListQuery, MAX_PAGE};
use crate::error::Error;
use crate::files::{AtomicFile, PRIVATE};
use crate::output::Format;
use crate::record::{self, EXTERNAL_ID, export_record};

pub async fn run(ctx: &Ctx, a: ExportArgs) -> Result<(), Error> {
    if a.concurrency == 0 {
        return Err(Error::usage("--concurrency must be at least 1"));
    }
    ctx.out.check_columns(&record::exported_fields())?;
    let file = match &a.output_file {
        Some(p) => Some(
            AtomicFile::create(p, PRIVATE)
                .map_err(|e| Error::usage(format!("--output-file {}: {e}", p.display())))?,
        ),
        None => {
            ctx.out.warn_if_stdout_readable("the export");
            None
        }
    };
    // Ctrl-C or SIGTERM ends the export after a whole record.
    let stop = crate::interrupt::graceful();
    let service = ctx.service().await?;
    let api = service.api();
    // JSON lines unless JSON or CSV was asked for (--columns: CSV).
    let format = match ctx.out.format {
        Format::Json | Format::Csv if ctx.settings.output_explicit => ctx.out.format,
        _ if ctx.settings.columns.is_some() => Format::Csv,
        _ => Format::Jsonl,
    };
    let mut w = ctx.out.export(format, api, file);
    let mut q = ListQuery {
        offset: 0,
        limit: MAX_PAGE,
        ..list_query(a.filter)
    };
    // v0.30 shows neither external keys (it keeps hashes) nor certificates,
    // and its bootstrap document would need the key: the list is all there is.
    let with_details = !a.no_details && !api.has_profiles();
    if api.has_profiles() {
        ctx.out.warn(
            "the profiles API shows neither external keys (it keeps bcrypt hashes) nor certificates: \
             the export has neither; add the keys to the records before importing them",
        );
    }
    let mut failures: Vec<Error> = Vec::new();
    loop {
        let page = service.list(&q).await?;
        let n = page.configs.len() as u64;
        if !with_details {
            for item in page.configs {
                if *stop.borrow() {
                    break;
                }
                w.item(&export_record(api, &item, None))?;
            }
        } else {
            let mut details = futures_util::stream::iter(page.configs)
                .map(|item| async move {
                    let doc = service.details(&item).await;
                    (item, doc)
                })
                .buffered(a.concurrency);
            while let Some((item, doc)) = details.next().await {
                if *stop.borrow() {
                    break;
                }
                match doc {
                    Ok(doc) => w.item(&export_record(api, &item, Some(&doc)))?,
                    Err(e) => {
                        let ext = item.get(EXTERNAL_ID).and_then(Value::as_str).unwrap_or("?");
                        ctx.out.error(&format!("external id {ext}: {e}"), None);
                        failures.push(e);
                    }
                }
            }
        }
        if *stop.borrow() {
            w.abandon()?;
            return Err(Error::Interrupted);
        }
        if ctx.settings.dry_run || n == 0 || q.offset + n >= page.total {
            break;
        }
        q.offset += n;
    }
    w.finish()?;
    if let Some(p) = &a.output_file {
        ctx.out.status(&format!("exported to {}", p.display()));
    }
    match failures.first() {
        None => Ok(()),
        Some(e) => Err(Error::Partial {
            message: format!(
                "{} config(s) could not be read in full and were left out",
                failures.len()
            ),
            code: e.exit_code(),
        }),
    }
}
