//! What `kctl export` tells the person at the terminal (stderr): what was
//! written, and every live thing the project does not reproduce.

use std::path::{Path, PathBuf};

use crate::domain::export::{Omission, Project};

/// `not exported: WHAT: REASON (kept in FILE)`.
pub fn omission_line(o: &Omission, dir: Option<&Path>) -> String {
    let mut line = format!("not exported: {}: {}", o.what, o.reason);
    if let Some(p) = &o.kept_in {
        let shown = dir.map_or_else(|| p.clone(), |d| d.join(p));
        line.push_str(&format!(" (kept in {})", shown.display()));
    }
    line
}

/// The omissions, the summary and strays, on stderr.
pub fn report(project: &Project, dir: Option<&Path>, strays: &[PathBuf]) {
    for o in &project.omissions {
        super::status(&omission_line(o, dir));
    }
    for s in strays {
        super::warn(&format!(
            "{} was not written by this export, but plan reads every .avsc file in that \
             directory; remove it if it is stale",
            s.display()
        ));
    }
    let place = match dir {
        Some(d) => format!(" to {}", d.display()),
        None => String::new(),
    };
    let schemas = match dir {
        Some(_) => format!(
            " and {} subject{}",
            project.subjects,
            if project.subjects == 1 { "" } else { "s" }
        ),
        None => String::new(),
    };
    let acls = match project.acls {
        0 => String::new(),
        n => format!(", {n} ACL{}", if n == 1 { "" } else { "s" }),
    };
    super::status(&format!(
        "exported {} topic{}{acls}{schemas}{place}",
        project.topics,
        if project.topics == 1 { "" } else { "s" }
    ));
    if !project.omissions.is_empty() {
        super::status(&format!(
            "{} item(s) not exported as code (listed above); the first plan will not cover them",
            project.omissions.len()
        ));
    }
}
