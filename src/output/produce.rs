//! Terminal output for `kctl produce`: the progress line (stderr, only on a
//! terminal) and the human-readable summary.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::domain::produce::ProduceSummary;
use crate::ops::ports::ProgressDisplay;

/// A progress bar (known total) or spinner (stdin, a file) on stderr, drawn
/// only when stderr is a terminal.
pub struct ProduceProgress {
    bar: Option<ProgressBar>,
}

impl ProduceProgress {
    pub fn new(total: Option<u64>) -> Self {
        if !super::stderr_is_terminal() {
            return ProduceProgress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
        let template = match total {
            Some(_) => "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} sent, {per_sec} {msg}",
            None => "{spinner} [{elapsed_precise}] {pos} sent, {per_sec} {msg}",
        };
        bar.set_style(
            ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        ProduceProgress { bar: Some(bar) }
    }
}

impl ProgressDisplay for ProduceProgress {
    fn update(&self, sent: u64, delivered: u64) {
        if let Some(b) = &self.bar {
            b.set_position(sent);
            b.set_message(format!("{delivered} delivered"));
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

fn ranges(r: &[[u64; 2]]) -> String {
    if r.is_empty() {
        return "none".into();
    }
    r.iter()
        .map(|[a, b]| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The summary as text for stderr.
pub fn summary_text(s: &ProduceSummary) -> String {
    let unit = if s.source == "generated" {
        "events"
    } else {
        "lines"
    };
    let mut out = String::new();
    let rate = format!(
        "{:.0} records/s, {:.2} MB/s",
        s.records_per_second, s.megabytes_per_second
    );
    if s.dry_run {
        out.push_str(&format!(
            "dry run: {} records valid and encoded ({} bytes) in {:.2}s, nothing sent to {}\n",
            s.records, s.bytes, s.elapsed_seconds, s.topic
        ));
        if !s.invalid.is_empty() {
            let lines: Vec<String> = s.invalid.iter().map(|i| i.line.to_string()).collect();
            out.push_str(&format!(
                "invalid {unit}: {} ({})\n",
                s.invalid.len(),
                lines.join(", ")
            ));
        }
    } else {
        out.push_str(&format!(
            "delivered {} of {} records to {} in {:.2}s ({rate})\n",
            s.delivered, s.records, s.topic, s.elapsed_seconds
        ));
        if !s.partitions.is_empty() {
            out.push_str(&super::table(
                ["PARTITION", "DELIVERED", "FAILED"],
                s.partitions.iter().map(|p| {
                    vec![
                        p.partition.to_string(),
                        p.delivered.to_string(),
                        p.failed.to_string(),
                    ]
                }),
            ));
        }
        out.push_str(&format!(
            "delivered {unit}: {}\n",
            ranges(&s.delivered_lines)
        ));
        if s.failed > 0 {
            out.push_str(&format!("failed {unit}: {}\n", ranges(&s.failed_lines)));
            for e in &s.errors {
                out.push_str(&format!(
                    "  {} record(s), first at {} {}: {}\n",
                    e.count,
                    &unit[..unit.len() - 1],
                    e.first_line,
                    e.error
                ));
            }
        }
    }
    if let Some(stop) = &s.stopped_at {
        out.push_str(&format!(
            "stopped at {} {}: nothing from there on was sent\n",
            &unit[..unit.len() - 1],
            stop.line
        ));
    }
    if s.interrupted {
        out.push_str("interrupted: stopped reading; what was in flight was flushed\n");
    }
    out
}
