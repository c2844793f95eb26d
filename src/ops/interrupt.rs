//! Ctrl-C, shared between `main` and long-running commands. A command that
//! must finish cleanly (flush a producer, record replay progress) calls
//! [`handle_myself`] and polls [`requested`]; every other command is simply
//! dropped on the first Ctrl-C and kctl exits 130. A second Ctrl-C always stops.

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);
static HANDLED: AtomicBool = AtomicBool::new(false);

/// The running command stops by itself when [`requested`] turns true.
pub fn handle_myself() {
    HANDLED.store(true, Ordering::SeqCst);
}

/// True once Ctrl-C was pressed.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

/// Records a Ctrl-C; returns whether `main` should stop the command now.
pub fn on_signal() -> bool {
    REQUESTED.store(true, Ordering::SeqCst);
    !HANDLED.load(Ordering::SeqCst)
}
