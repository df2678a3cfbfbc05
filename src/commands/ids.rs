//! Commands over config ids: the ids on the command line one after the
//! other, or `--from FILE` through the bulk engine.

use super::Ctx;
use super::bulk::{self, Job, Labels, Outcome, open_input};
use crate::cli::IdsArgs;
use crate::client::{Service, check_path_id};
use crate::error::Error;
use crate::reader;

/// What `-o json` prints for an id done: the config as it now is, or that
/// it is gone.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Config,
    Gone,
}

/// Runs `op` on each id; `label` names the command in progress lines and
/// `done` the outcome in reports and status lines. With `-o json` (ids on
/// the command line), the results are printed as data.
pub async fn run<F, Fut>(
    ctx: &Ctx,
    a: IdsArgs,
    label: &'static str,
    done: &'static str,
    shown: Shown,
    op: F,
) -> Result<(), Error>
where
    F: Fn(Service, String) -> Fut,
    Fut: std::future::Future<Output = Result<(), Error>>,
{
    for id in &a.config_ids {
        check_path_id("config id", id)?;
    }
    let opts = bulk::BulkOptions {
        input: a.from.clone(),
        ..a.bulk.into()
    };
    opts.check()?;
    let Some(from) = a.from else {
        let service = ctx.service().await?.clone();
        let as_data = ctx.wants_data();
        let results = std::sync::Mutex::new(Vec::new());
        let outcome = ctx
            .for_each_id(&a.config_ids, done, |id| {
                let (service, fut) = (service.clone(), op(service.clone(), id.clone()));
                let results = &results;
                async move {
                    fut.await?;
                    if as_data {
                        let v = match shown {
                            Shown::Config => ctx.current_config(&service, &id).await?,
                            Shown::Gone => serde_json::json!({
                                service.api().id_field(): id,
                                "outcome": done,
                            }),
                        };
                        results.lock().unwrap().push(v);
                    }
                    Ok(())
                }
            })
            .await;
        let results = results.into_inner().unwrap();
        if as_data && !ctx.settings.dry_run {
            match (a.config_ids.len(), results.as_slice()) {
                (1, [one]) => ctx.out.json(one)?,
                _ => ctx.out.collection(&[], &results)?,
            }
        }
        return outcome;
    };
    let (input, path) = open_input(ctx, &Some(from), label)?;
    let input = bulk::line_bounded(input);
    let total = bulk::count_jobs(ctx, &path, None);
    let service = ctx.service().await?.clone();
    let produce = move |emit: &mut dyn FnMut(Job<()>) -> bool| {
        reader::read_ids(input, |line, id| {
            emit(Job {
                line,
                key: id,
                payload: (),
            })
        })
    };
    let run_one = |job: Job<()>| {
        let fut = op(service.clone(), job.key.clone());
        async move {
            let outcome = match fut.await {
                Ok(()) => Outcome::Done(done),
                Err(error) => Outcome::Failed { error, id: None },
            };
            (job.line, job.key, outcome)
        }
    };
    let id_field = service.api().id_field();
    let labels = Labels {
        label,
        key_field: id_field,
        id_field,
    };
    bulk::run(ctx, labels, &opts, total, produce, run_one).await
}
