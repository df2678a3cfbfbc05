//! Ctrl-C. By default it ends the process at once with exit code 130. Bulk
//! commands ask for a graceful stop instead: the first Ctrl-C stops sending,
//! lets requests in flight finish and the report be written; a second one
//! ends the process at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use tokio::sync::watch;

use crate::error::exit;
use crate::output::Output;

static GRACEFUL: AtomicBool = AtomicBool::new(false);
static STOP: OnceLock<watch::Sender<bool>> = OnceLock::new();

fn stop_sender() -> &'static watch::Sender<bool> {
    STOP.get_or_init(|| watch::channel(false).0)
}

/// Starts listening for Ctrl-C, on a thread of its own so that a blocking
/// prompt on the main runtime cannot hold it up; `out` says what happens.
/// Returns once the handler is in place.
pub fn install(out: Arc<Output>) {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            let _ = ready_tx.send(());
            return;
        };
        rt.block_on(async move {
            #[cfg(unix)]
            let mut signal =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok();
            let _ = ready_tx.send(());
            loop {
                #[cfg(unix)]
                let got = match signal.as_mut() {
                    Some(s) => s.recv().await.is_some(),
                    None => false,
                };
                #[cfg(not(unix))]
                let got = tokio::signal::ctrl_c().await.is_ok();
                if !got {
                    return;
                }
                on_interrupt(&out);
            }
        });
    });
    let _ = ready_rx.recv();
}

fn on_interrupt(out: &Output) {
    let stop = stop_sender();
    if GRACEFUL.load(Ordering::SeqCst) && !*stop.borrow() {
        out.interrupted(true);
        stop.send_replace(true);
    } else {
        out.interrupted(false);
        std::process::exit(i32::from(exit::INTERRUPTED));
    }
}

/// Switches to a graceful stop; the receiver turns true on Ctrl-C.
pub fn graceful() -> watch::Receiver<bool> {
    GRACEFUL.store(true, Ordering::SeqCst);
    stop_sender().subscribe()
}
