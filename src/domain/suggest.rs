//! "Did you mean ...?" for misspelt names: topic config keys, topics.yaml
//! keys, topic and group names given on the command line.

/// `" (did you mean \"retention.ms\"?)"` when one of `candidates` is within a
/// few edits of `word`, else an empty string, so callers can append it to a
/// message unconditionally.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match closest(word, candidates) {
        Some(c) => format!(" (did you mean {c:?}?)"),
        None => String::new(),
    }
}

/// The candidate with the fewest edits from `word`, if it is close enough to
/// be a plausible typo: at most a third of the word's length (at least one).
/// Ties go to the first candidate.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance, counting an adjacent swap (`partitons`) as one edit
/// like the other typos (optimal string alignment).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_plausible_name_only() {
        let keys = [
            "partitions",
            "replication_factor",
            "retention_ms",
            "retention",
        ];
        assert_eq!(closest("partitons", keys), Some("partitions"));
        assert_eq!(closest("partitoins", keys), Some("partitions"));
        assert_eq!(
            closest("replication-factor", keys),
            Some("replication_factor")
        );
        assert_eq!(closest("retention_mss", keys), Some("retention_ms"));
        assert_eq!(closest("colour", keys), None);
        assert_eq!(
            did_you_mean("retention.mss", ["retention.ms", "segment.ms"]),
            " (did you mean \"retention.ms\"?)"
        );
        assert_eq!(did_you_mean("zzz", ["retention.ms"]), "");
    }
}
