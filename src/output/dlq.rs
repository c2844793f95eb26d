//! Terminal interaction for `kctl dlq replay`: the progress bar (stderr, only
//! on a terminal) and the interactive entry picker.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar on stderr, drawn only when stderr is a terminal.
pub struct ReplayProgress {
    bar: Option<ProgressBar>,
}

impl ReplayProgress {
    pub fn new(total: u64) -> Self {
        if !super::stderr_is_terminal() || total == 0 {
            return ReplayProgress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} {per_sec} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        ReplayProgress { bar: Some(bar) }
    }

    /// Entries settled so far, and a short note (e.g. "2 failed").
    pub fn update(&self, done: u64, note: &str) {
        if let Some(b) = &self.bar {
            b.set_position(done);
            b.set_message(note.to_string());
        }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// Lets the person at the terminal tick entries (space toggles, `a` all,
/// enter confirms, `q`/Esc cancels). Returns the chosen indexes, or `None`
/// when cancelled. Callers check [`super::interactive`] first.
pub fn pick(prompt: &str, items: &[String]) -> anyhow::Result<Option<Vec<usize>>> {
    if !super::interactive() {
        anyhow::bail!("--interactive needs a terminal (stdin and stderr)");
    }
    let chosen = dialoguer::MultiSelect::new()
        .with_prompt(prompt)
        .items(items)
        .max_length(20)
        .interact_opt()?;
    Ok(chosen)
}
