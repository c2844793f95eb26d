//! A screen redrawn in place, for `kctl lag --watch` on a terminal. Only used
//! when stdout is a terminal; piped output gets plain snapshots instead.

use std::io::{self, Write};

/// Moves the cursor home, writes `text`, and clears whatever the previous
/// (possibly longer) frame left below it. Writing before clearing keeps the
/// screen from flickering between frames.
pub fn redraw(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(b"\x1b[H")?;
    for line in text.lines() {
        // Clear each line's tail: the previous frame's line may have been longer.
        out.write_all(line.as_bytes())?;
        out.write_all(b"\x1b[K\n")?;
    }
    out.write_all(b"\x1b[J")?;
    out.flush()
}
