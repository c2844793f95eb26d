//! Tearing down a read-only librdkafka client off the command's path.
//!
//! Closing an admin client or an assign-only consumer only waits: rdkafka's
//! admin client joins its polling thread, which polls in 100 ms slices;
//! a consumer's close polls its queue in 100 ms slices and its broker thread
//! ends only when the fetch in flight (held up to `fetch.wait.max.ms`)
//! returns. Measured with strace, that was 85 to 100 ms at the end of every
//! `topics list`, `lag` and `tail` (docs/benchmarks.md). Such a client has
//! nothing left to deliver once the command has its answers, so it is handed
//! to one background thread that drops it, and the process may end before
//! that thread has finished ([`exit`]).
//!
//! Producers are never retired: their teardown may still deliver records.

use std::io::Write;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Mutex, OnceLock};

type Retired = Box<dyn Send>;

static RETIRER: OnceLock<Mutex<Sender<Retired>>> = OnceLock::new();

/// Drops `client` on the background thread (started on first use); inline
/// when that thread cannot be started.
pub fn retire<T: Send + 'static>(client: T) {
    let boxed: Retired = Box::new(client);
    let tx = RETIRER.get_or_init(|| {
        let (tx, rx) = channel::<Retired>();
        let spawned = std::thread::Builder::new()
            .name("kctl-retire".into())
            .spawn(move || {
                for retired in rx {
                    drop(retired);
                }
            });
        if let Err(e) = spawned {
            log::debug!("no thread to retire Kafka clients on ({e}): they close inline");
        }
        Mutex::new(tx)
    });
    let sent = match tx.lock() {
        Ok(tx) => tx.send(boxed),
        Err(_) => Err(std::sync::mpsc::SendError(boxed)),
    };
    // No thread to take it: close it here, as before.
    if let Err(std::sync::mpsc::SendError(back)) = sent {
        drop(back);
    }
}

/// Whether any client was handed to the background thread.
pub fn any_retired() -> bool {
    RETIRER.get().is_some()
}

/// Ends the process with `code` once stdout and stderr are flushed, without
/// waiting for retired clients and without running `atexit` handlers (which
/// would tear down OpenSSL under a client still closing on the background
/// thread). Nothing of kctl's own is left to do at this point: output is
/// written and every producer has been flushed and closed.
pub fn exit(code: u8) -> ! {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: _exit ends the process at once; every buffer that matters was
    // flushed above.
    unsafe { libc::_exit(i32::from(code)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_retired_client_is_dropped_on_the_background_thread() {
        struct Probe(Sender<Option<String>>);
        impl Drop for Probe {
            fn drop(&mut self) {
                let _ = self.0.send(std::thread::current().name().map(String::from));
            }
        }
        let (tx, rx) = channel();
        retire(Probe(tx));
        assert!(any_retired());
        let dropped_on = rx.recv_timeout(Duration::from_secs(10)).unwrap();
        assert_eq!(dropped_on.as_deref(), Some("kctl-retire"));
    }
}
