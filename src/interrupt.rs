//! Ctrl-C and SIGTERM. By default they end the process at once with exit
//! code 130 (a hidden prompt's terminal put back first). Bulk
//! commands and the export ask for a graceful stop instead: the first one stops sending,
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
            // SIGTERM (a CI job cancelled, a service stopped) is an interrupt too.
            #[cfg(unix)]
            let (mut int, mut term) = {
                use tokio::signal::unix::{SignalKind, signal};
                (
                    signal(SignalKind::interrupt()).ok(),
                    signal(SignalKind::terminate()).ok(),
                )
            };
            let _ = ready_tx.send(());
            loop {
                #[cfg(unix)]
                let got = match (int.as_mut(), term.as_mut()) {
                    (Some(i), Some(t)) => tokio::select! {
                        r = i.recv() => r.is_some(),
                        r = t.recv() => r.is_some(),
                    },
                    (Some(i), None) => i.recv().await.is_some(),
                    (None, Some(t)) => t.recv().await.is_some(),
                    (None, None) => false,
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
        // A hidden prompt may have turned echo off.
        crate::input::restore_terminal();
        out.interrupted(false);
        std::process::exit(i32::from(exit::INTERRUPTED));
    }
}

/// Switches to a graceful stop; the receiver turns true on Ctrl-C.
pub fn graceful() -> watch::Receiver<bool> {
    GRACEFUL.store(true, Ordering::SeqCst);
    stop_sender().subscribe()
}
