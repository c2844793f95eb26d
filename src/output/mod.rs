//! The only code that writes to the terminal: data on stdout (tables, JSON,
//! YAML), and progress, logs and prompts on stderr.
//!
//! Writers return `io::Result` so a closed stdout surfaces as a `BrokenPipe`
//! error, which `exit::code_for_error` turns into a quiet exit 0. Nothing here
//! uses `println!`, which panics on a closed pipe.

pub mod acls;
pub mod apply;
pub mod brokers;
pub mod cluster;
pub mod config;
pub mod dlq;
pub mod export;
pub mod groups;
pub mod health;
pub mod lag;
pub mod produce;
pub mod records;
pub mod schema;
pub mod screen;
pub mod topics;

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use crate::cli::OutputFormat;
use crate::redact;

/// Writes `text` to stdout as is.
pub fn stdout_text(text: &str) -> io::Result<()> {
    stdout_bytes(text.as_bytes())
}

/// Writes `bytes` to stdout as they are.
pub fn stdout_bytes(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// Whether stdout is a pipe or socket whose reader has gone away: poll(2)
/// reports POLLERR (or POLLHUP) on its write end at once, without writing.
pub fn stdout_reader_gone() -> bool {
    let mut fd = libc::pollfd {
        fd: libc::STDOUT_FILENO,
        events: 0,
        revents: 0,
    };
    // SAFETY: one valid pollfd, zero timeout: poll only reads the descriptor's state.
    let n = unsafe { libc::poll(&mut fd, 1, 0) };
    n > 0 && fd.revents & (libc::POLLERR | libc::POLLHUP) != 0
}

/// Lets stderr catch up before kctl exits (its lines may still be buffered
/// by a reader of the terminal).
pub fn flush_stderr() {
    let _ = io::stderr().flush();
}

/// Writes `value` as pretty JSON followed by a newline.
pub fn stdout_json<T: Serialize + ?Sized>(value: &T) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    text.push('\n');
    stdout_text(&text)
}

/// Writes `value` as YAML.
pub fn stdout_yaml<T: Serialize + ?Sized>(value: &T) -> io::Result<()> {
    let text = serde_norway::to_string(value).map_err(io::Error::other)?;
    stdout_text(&text)
}

/// Renders `value` as JSON or YAML, or calls `table` for the table format.
pub fn render<T: Serialize + ?Sized>(
    format: OutputFormat,
    value: &T,
    table: impl FnOnce() -> String,
) -> io::Result<()> {
    match format {
        OutputFormat::Json => stdout_json(value),
        OutputFormat::Yaml => stdout_yaml(value),
        OutputFormat::Table => stdout_text(&table()),
    }
}

/// A plain, kubectl-style table: upper-case headers, columns separated by
/// spaces, no borders, no wrapping. Ends with a newline.
pub fn table<H, R, C>(headers: H, rows: R) -> String
where
    H: IntoIterator,
    H::Item: Into<comfy_table::Cell>,
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: Into<comfy_table::Cell>,
{
    let mut t = Table::new();
    t.load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(headers);
    for row in rows {
        t.add_row(row);
    }
    // comfy-table pads every cell with one space on each side; trim the
    // outer ones so output lines start at column 0 and carry no trailing blanks.
    let mut s = String::new();
    for line in t.to_string().lines() {
        s.push_str(line.strip_prefix(' ').unwrap_or(line).trim_end());
        s.push('\n');
    }
    s
}

/// A message for the person at the terminal, on stderr, with secrets redacted.
pub fn status(message: &str) {
    let _ = writeln!(io::stderr().lock(), "{}", redact::apply(message));
}

/// A warning on stderr.
pub fn warn(message: &str) {
    let _ = writeln!(io::stderr().lock(), "warning: {}", redact::apply(message));
}

/// One error among several the command reports before failing (each bad
/// line of a `produce --dry-run`), on stderr.
pub fn error_line(message: &str) {
    let _ = writeln!(io::stderr().lock(), "error: {}", redact::apply(message));
}

/// The one-line error printed by `main` before exiting non-zero.
pub fn error(err: &anyhow::Error) {
    let _ = writeln!(
        io::stderr().lock(),
        "error: {}",
        redact::apply(&format!("{err:#}"))
    );
}

pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

/// Prompts and progress bars need a person: both stdin and stderr on a terminal.
pub fn interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Asks a yes/no question on the terminal. Callers check [`interactive`] first;
/// without a terminal this returns an error rather than guessing.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    if !interactive() {
        anyhow::bail!("cannot ask for confirmation without a terminal: pass --yes");
    }
    Ok(dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()?)
}

/// Installs the stderr logger. `-v` shows kctl's own debug lines, `-vv` adds
/// librdkafka's. Every line passes through the redactor.
pub fn init_logger(verbose: u8) {
    let level = match verbose {
        0 => log::LevelFilter::Warn,
        1 => log::LevelFilter::Debug,
        _ => log::LevelFilter::Trace,
    };
    static LOGGER: StderrLogger = StderrLogger;
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(level);
    }
}

struct StderrLogger;

impl log::Log for StderrLogger {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        // -v is for kctl's own steps; other crates' debug lines (librdkafka's
        // through rdkafka, apache-avro's) are noise unless asked for with -vv.
        // Warnings and errors from anywhere always pass.
        // librdkafka's own warnings (connection refused, ...) become kctl's
        // one-line error instead, so they too wait for -vv.
        let target = metadata.target();
        let own = target.starts_with("kctl");
        let rdkafka = target.starts_with("rdkafka") || target.starts_with("librdkafka");
        metadata.level() <= log::max_level()
            && (own
                || (metadata.level() <= log::Level::Warn && !rdkafka)
                || log::max_level() >= log::LevelFilter::Trace)
    }

    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            // Warnings read like every other warning kctl prints.
            let line = match record.level() {
                log::Level::Warn => format!("warning: {}", record.args()),
                level => format!("[{level}] {}", record.args()),
            };
            let _ = writeln!(io::stderr().lock(), "{}", redact::apply(&line));
        }
    }

    fn flush(&self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_headers_and_no_borders_or_trailing_blanks() {
        let t = table(
            ["NAME", "PARTITIONS"],
            vec![vec!["a.b", "12"], vec!["long.topic", "3"]],
        );
        assert_eq!(t, "NAME        PARTITIONS\na.b         12\nlong.topic  3\n");
    }
}
