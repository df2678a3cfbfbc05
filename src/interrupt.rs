//! Ctrl-C. By default it ends the process at once with exit code 130. Bulk
//! commands ask for a graceful stop instead: the first Ctrl-C stops sending,
//! lets requests in flight finish and the report be written; a second one
//! ends the process at once.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::watch;

use crate::error::exit;

static GRACEFUL: AtomicBool = AtomicBool::new(false);
static STOP: OnceLock<watch::Sender<bool>> = OnceLock::new();

fn stop_sender() -> &'static watch::Sender<bool> {
    STOP.get_or_init(|| watch::channel(false).0)
}

/// Starts listening for Ctrl-C (within a Tokio runtime).
pub fn install() {
    tokio::spawn(async {
        while tokio::signal::ctrl_c().await.is_ok() {
            let stop = stop_sender();
            if GRACEFUL.load(Ordering::SeqCst) && !*stop.borrow() {
                eprintln!(
                    "smq-bootstrap: interrupted: finishing the requests in flight (Ctrl-C again to quit at once)"
                );
                stop.send_replace(true);
            } else {
                eprintln!("smq-bootstrap: interrupted");
                std::process::exit(i32::from(exit::INTERRUPTED));
            }
        }
    });
}

/// Switches to a graceful stop; the receiver turns true on Ctrl-C.
pub fn graceful() -> watch::Receiver<bool> {
    GRACEFUL.store(true, Ordering::SeqCst);
    stop_sender().subscribe()
}
