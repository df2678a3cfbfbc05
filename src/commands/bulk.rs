//! The bulk engine: jobs from a streamed input, run with bounded concurrency
//! over the one shared client, each outcome written to an optional JSONL
//! report, progress on stderr, a summary at the end. `--resume` skips what an
//! earlier report says is done and carries those lines into the new report.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use serde_json::{Map, Value, json};

use super::Ctx;
use crate::cli::BulkArgs;
use crate::error::{Error, exit};
use crate::files::{AtomicFile, PUBLIC, check_not_input};
use crate::input::{LineLimit, MAX_VALUE};
use crate::reader::InputFormat;

/// What a bulk command was asked to do besides its work.
#[derive(Debug, Clone)]
pub struct BulkOptions {
    pub concurrency: usize,
    pub report: Option<PathBuf>,
    pub resume: Option<PathBuf>,
    /// The records' file (`-`: standard input), which the report must not be.
    pub input: Option<PathBuf>,
}

impl BulkOptions {
    /// What can be wrong before anything is read or sent: the concurrency,
    /// a report that is the input (it would be destroyed), a --resume that
    /// cannot be read.
    pub fn check(&self) -> Result<(), Error> {
        if self.concurrency == 0 {
            return Err(Error::usage("--concurrency must be at least 1"));
        }
        if let (Some(report), Some(input)) = (&self.report, &self.input) {
            check_not_input(report, "--report", &[(input.as_path(), "the input")])?;
        }
        if let Some(r) = &self.resume {
            std::fs::metadata(r)
                .map_err(|e| Error::usage(format!("--resume {}: {e}", r.display())))?;
        }
        Ok(())
    }
}

impl From<BulkArgs> for BulkOptions {
    fn from(b: BulkArgs) -> Self {
        BulkOptions {
            concurrency: b.concurrency,
            report: b.report,
            resume: b.resume,
            input: None,
        }
    }
}

/// Opens FILE, or stdin for none or `-`; stdin must not be a terminal.
pub fn open_input(
    ctx: &Ctx,
    file: &Option<PathBuf>,
    what: &str,
) -> Result<(Box<dyn BufRead + Send>, Option<PathBuf>), Error> {
    let bounded = |r: Box<dyn Read + Send>| -> Box<dyn BufRead + Send> {
        Box::new(BufReader::with_capacity(256 << 10, r))
    };
    match file {
        Some(p) if p.as_os_str() != "-" => {
            let f = std::fs::File::open(p)
                .map_err(|e| Error::usage(format!("{what}: cannot open {}: {e}", p.display())))?;
            Ok((bounded(Box::new(f)), Some(p.clone())))
        }
        _ if ctx.settings.terminal.stdin => Err(Error::usage_hint(
            format!("{what}: no input"),
            "give a FILE, or pipe the input on stdin",
        )),
        _ => Ok((bounded(Box::new(std::io::stdin())), None)),
    }
}

/// A line-oriented input (JSON lines, CSV, ids) whose line that never ends
/// is refused (`/dev/zero`), not read until memory runs out.
pub fn line_bounded(r: Box<dyn BufRead + Send>) -> Box<dyn BufRead + Send> {
    Box::new(BufReader::with_capacity(
        64 << 10,
        LineLimit::new(r, MAX_VALUE as usize),
    ))
}

/// Counts the jobs in a file for the progress bar (not for stdin or a JSON
/// array), and only when a bar will be shown.
pub fn count_jobs(ctx: &Ctx, path: &Option<PathBuf>, format: Option<InputFormat>) -> Option<u64> {
    if !ctx.out.shows_bar() {
        return None;
    }
    let f = std::fs::File::open(path.as_ref()?).ok()?;
    let rd = BufReader::with_capacity(256 << 10, f);
    match format {
        Some(InputFormat::Json) => None,
        Some(InputFormat::Csv) => Some(csv::Reader::from_reader(rd).records().count() as u64),
        // JSON lines count every non-blank line; id lists skip `#` comments too.
        Some(InputFormat::Jsonl) => Some(count_lines(rd, |l| !l.is_empty())),
        None => Some(count_lines(rd, |l| !l.is_empty() && l[0] != b'#')),
    }
}

fn count_lines(rd: impl BufRead, counts: impl Fn(&[u8]) -> bool) -> u64 {
    rd.split(b'\n')
        .filter_map(Result::ok)
        .filter(|l| counts(l.trim_ascii()))
        .count() as u64
}

/// One unit of work: its place in the input, its key, and what to do.
pub struct Job<T> {
    pub line: u64,
    pub key: String,
    pub payload: T,
}

/// How a job ended.
pub enum Outcome {
    Created(String),
    Skipped(String),
    Updated(String),
    /// Done, with a word for the report (`enabled`, `removed`…).
    Done(&'static str),
    /// A dry run's: the request was printed, not sent. Never "done" for
    /// --resume.
    Planned,
    Failed {
        error: Error,
        id: Option<String>,
    },
}

impl Outcome {
    fn word(&self) -> &'static str {
        match self {
            Outcome::Created(_) => "created",
            Outcome::Skipped(_) => "skipped",
            Outcome::Updated(_) => "updated",
            Outcome::Done(w) => w,
            Outcome::Planned => "planned",
            Outcome::Failed { .. } => "failed",
        }
    }
}

/// Names used in the report and the summary.
pub struct Labels {
    /// Command name for progress and summary lines (`import`, `enable`…).
    pub label: &'static str,
    /// Report field of the job's key (`external_id`, or the id field).
    pub key_field: &'static str,
    /// Report field of the resulting config id.
    pub id_field: &'static str,
}

/// Keys an earlier report marks as done, and its lines, carried forward.
struct Resumed {
    done: HashSet<String>,
    lines: Vec<String>,
}

fn read_resume(path: &Path, labels: &Labels) -> Result<Resumed, Error> {
    let file = std::fs::File::open(path)
        .map_err(|e| Error::usage(format!("--resume {}: {e}", path.display())))?;
    let mut r = Resumed {
        done: HashSet::new(),
        lines: Vec::new(),
    };
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| Error::usage(format!("--resume {}: {e}", path.display())))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).map_err(|e| {
            Error::usage(format!(
                "--resume {} line {}: not a report line: {e}",
                path.display(),
                i + 1
            ))
        })?;
        let key = [labels.key_field, "thing_id", "client_id"]
            .iter()
            .find_map(|k| v.get(*k).and_then(Value::as_str));
        let outcome = v.get("outcome").and_then(Value::as_str);
        match (key, outcome) {
            (Some(k), Some(o)) if o != "failed" && o != "planned" => {
                r.done.insert(k.to_string());
                r.lines.push(line);
            }
            (Some(_), Some(_)) => {}
            _ => {
                return Err(Error::usage(format!(
                    "--resume {} line {}: lacks {} or outcome",
                    path.display(),
                    i + 1,
                    labels.key_field
                )));
            }
        }
    }
    Ok(r)
}

#[derive(Default)]
struct Counts {
    created: u64,
    skipped: u64,
    updated: u64,
    done: u64,
    failed: u64,
    resumed: u64,
}

impl Counts {
    fn total(&self) -> u64 {
        self.created + self.skipped + self.updated + self.done + self.failed
    }
}

/// Runs the jobs `produce` yields (on a blocking thread) through `op`.
/// `total` is the number of jobs when known, for the progress bar.
pub async fn run<T, P, F, Fut>(
    ctx: &Ctx,
    labels: Labels,
    opts: &BulkOptions,
    total: Option<u64>,
    produce: P,
    op: F,
) -> Result<(), Error>
where
    T: Send + 'static,
    P: FnOnce(&mut dyn FnMut(Job<T>) -> bool) -> Result<(), String> + Send + 'static,
    F: Fn(Job<T>) -> Fut,
    Fut: std::future::Future<Output = (u64, String, Outcome)>,
{
    opts.check()?;
    // Everything that can be wrong locally is checked before the first request.
    let resumed = match &opts.resume {
        Some(p) => Some(read_resume(p, &labels)?),
        None => None,
    };
    // The report is written beside its place and renamed there at the end,
    // so it may be the --resume file it carries forward; never the input.
    let mut report = match &opts.report {
        Some(p) => {
            let f = AtomicFile::create(p, PUBLIC)
                .map_err(|e| Error::usage(format!("--report {}: {e}", p.display())))?;
            Some(BufWriter::new(f))
        }
        None => None,
    };
    let mut counts = Counts::default();
    let done_keys = match resumed {
        Some(r) => {
            if let Some(w) = report.as_mut() {
                for l in &r.lines {
                    writeln!(w, "{l}")?;
                }
            }
            r.done
        }
        None => HashSet::new(),
    };

    let stop = crate::interrupt::graceful();
    // Jobs cross from the reading thread in batches: one wake-up per batch, not per record.
    let (tx, rx) = tokio::sync::mpsc::channel::<Vec<Job<T>>>(4);
    let (skip_tx, mut skip_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let batch_size = opts.concurrency.clamp(1, BATCH);
    let producer = tokio::task::spawn_blocking(move || {
        let mut batch = Vec::with_capacity(batch_size);
        let result = produce(&mut |job: Job<T>| {
            if !job.key.is_empty() && done_keys.contains(&job.key) {
                return skip_tx.send(()).is_ok();
            }
            batch.push(job);
            batch.len() < batch_size
                || tx
                    .blocking_send(std::mem::replace(
                        &mut batch,
                        Vec::with_capacity(batch_size),
                    ))
                    .is_ok()
        });
        if !batch.is_empty() {
            let _ = tx.blocking_send(batch);
        }
        result
    });

    let progress = ctx.out.progress(labels.label, total);
    let started = Instant::now();
    let mut stop_signal = stop.clone();
    let stopped = async move {
        let _ = stop_signal.wait_for(|s| *s).await;
    };
    let jobs = tokio_stream_from(rx)
        .flat_map(futures_util::stream::iter)
        .take_until(Box::pin(stopped));
    let mut results = jobs.map(&op).buffer_unordered(opts.concurrency);
    let mut first_error: Option<u8> = None;
    let mut last_line = Instant::now();
    let dry_run = ctx.settings.dry_run;
    while let Some((line, key, outcome)) = results.next().await {
        while skip_rx.try_recv().is_ok() {
            counts.resumed += 1;
        }
        let outcome = match outcome {
            Outcome::Failed { .. } => outcome,
            _ if dry_run => Outcome::Planned,
            _ => outcome,
        };
        match &outcome {
            Outcome::Created(_) => counts.created += 1,
            Outcome::Skipped(_) => counts.skipped += 1,
            Outcome::Updated(_) => counts.updated += 1,
            Outcome::Done(_) | Outcome::Planned => counts.done += 1,
            Outcome::Failed { error, .. } => {
                counts.failed += 1;
                // Other records were sent: a record refused locally is "rejected" (5), not
                // the usage error (2) that promises nothing was sent.
                first_error.get_or_insert(match error.exit_code() {
                    exit::USAGE => exit::REJECTED,
                    code => code,
                });
                if report.is_none() {
                    ctx.out.failure(
                        error,
                        &format!("line {line} ({key})"),
                        &[("line", json!(line)), (labels.key_field, json!(key))],
                    );
                }
            }
        }
        if let Some(w) = report.as_mut() {
            let mut m = Map::new();
            m.insert("line".into(), json!(line));
            m.insert(labels.key_field.into(), json!(key));
            m.insert("outcome".into(), json!(outcome.word()));
            let id = match &outcome {
                Outcome::Created(id) | Outcome::Skipped(id) | Outcome::Updated(id) => {
                    Some(id.clone())
                }
                Outcome::Failed { id, .. } => id.clone(),
                Outcome::Done(_) | Outcome::Planned => None,
            };
            if labels.id_field != labels.key_field {
                m.insert(
                    labels.id_field.into(),
                    id.map_or(Value::Null, Value::String),
                );
            }
            m.insert(
                "error".into(),
                match &outcome {
                    Outcome::Failed { error, .. } => json!(error.to_string()),
                    _ => Value::Null,
                },
            );
            writeln!(w, "{}", Value::Object(m))?;
        }
        progress.tick(counts.failed);
        if last_line.elapsed() > Duration::from_secs(5) {
            if let Some(w) = report.as_mut() {
                w.flush()?;
            }
            let elapsed = started.elapsed();
            progress.line(&format!(
                "{}: {} done, {} failed, {:.0}/s",
                labels.label,
                counts.total() - counts.failed,
                counts.failed,
                counts.total() as f64 / elapsed.as_secs_f64().max(1e-9)
            ));
            last_line = Instant::now();
        }
    }
    drop(results);
    let produced = producer
        .await
        .map_err(|e| Error::Other(format!("input reader failed: {e}")))?;
    while skip_rx.try_recv().is_ok() {
        counts.resumed += 1;
    }
    if let Some(w) = report {
        let path = opts.report.as_deref().unwrap_or(Path::new(""));
        w.into_inner()
            .map_err(|e| e.into_error())
            .and_then(AtomicFile::commit)
            .map_err(|e| Error::Other(format!("--report {}: {e}", path.display())))?;
    }
    progress.finish();
    let interrupted = *stop.borrow();
    let elapsed = started.elapsed();
    let rate = counts.total() as f64 / elapsed.as_secs_f64().max(1e-9);
    let mut summary = format!("{}: ", labels.label);
    if ctx.settings.dry_run {
        summary += &format!(
            "dry run, nothing sent: would send {}",
            counts.total() - counts.failed
        );
    } else if matches!(labels.label, "import" | "apply") {
        summary += &format!(
            "created {}, skipped {}, updated {}",
            counts.created, counts.skipped, counts.updated
        );
    } else {
        summary += &format!("done {}", counts.done);
    }
    summary += &format!(", failed {}", counts.failed);
    if counts.resumed > 0 {
        summary += &format!(", already done {}", counts.resumed);
    }
    summary += &format!(" in {:.2} s ({rate:.0}/s)", elapsed.as_secs_f64());
    ctx.out.status(&summary);
    if ctx.wants_data() {
        ctx.out.json(&json!({
            "command": labels.label,
            "dry_run": ctx.settings.dry_run,
            "created": counts.created,
            "updated": counts.updated,
            "skipped": counts.skipped,
            "done": counts.done,
            "failed": counts.failed,
            "already_done": counts.resumed,
            "interrupted": interrupted,
            "seconds": (elapsed.as_secs_f64() * 1000.0).round() / 1000.0,
            "report": opts.report.as_ref().map(|p| p.display().to_string()),
        }))?;
    }
    if interrupted {
        ctx.out.warn(&match &opts.report {
            Some(r) => format!(
                "stopped before the end of the input: run the same command with --resume {} \
                 (and a new --report) to do the rest",
                r.display()
            ),
            None => "stopped before the end of the input: run it again (with --report FILE to \
                     resume later); records already done count as already there"
                .to_string(),
        });
        return Err(Error::Interrupted);
    }
    if let Err(e) = produced {
        let message = format!("the input stopped being readable: {e}");
        // Records before the break were sent: not a usage error, which
        // promises that nothing was.
        return Err(if counts.total() > 0 {
            Error::Partial {
                message: format!(
                    "{message}; the {} record(s) before it were processed (fix the input, \
                     then --resume with the report)",
                    counts.total()
                ),
                code: first_error.unwrap_or(exit::REJECTED),
            }
        } else {
            Error::usage(message)
        });
    }
    if counts.total() == 0 && counts.resumed == 0 {
        return Err(Error::usage("the input holds no records"));
    }
    match first_error {
        Some(code) => Err(Error::Partial {
            message: format!(
                "{} of {} records failed{}",
                counts.failed,
                counts.total(),
                if opts.report.is_some() {
                    " (see the report)"
                } else {
                    ""
                }
            ),
            code,
        }),
        None => Ok(()),
    }
}

/// Jobs handed over from the reading thread at once, at most.
const BATCH: usize = 64;

/// A Tokio receiver as a stream.
fn tokio_stream_from<T>(
    mut rx: tokio::sync::mpsc::Receiver<T>,
) -> impl futures_util::Stream<Item = T> {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}
