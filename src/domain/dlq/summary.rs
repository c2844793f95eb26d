//! `kctl dlq inspect`: the selected entries grouped by origin and error class.

use super::select::*;
use super::*;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    pub origin: Option<String>,
    pub error_class: Option<String>,
    pub convention: Option<Convention>,
    pub entries: u64,
    /// Entries that carry a kctl replay count (failed again after a replay).
    pub replayed_before: u64,
    pub oldest: Option<i64>,
    pub newest: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InspectSummary {
    pub entries: u64,
    pub without_origin: u64,
    pub oldest: Option<i64>,
    pub newest: Option<i64>,
    pub by_convention: BTreeMap<String, u64>,
    pub groups: Vec<Group>,
}

pub(super) type GroupKey = (Option<String>, Option<String>, Option<Convention>);

/// Entries grouped by (origin topic, error class, convention), largest first.
pub fn summarize(entries: &[Entry]) -> InspectSummary {
    let mut groups: HashMap<GroupKey, Group> = HashMap::new();
    let mut by_convention = BTreeMap::new();
    let mut s = InspectSummary {
        entries: entries.len() as u64,
        without_origin: 0,
        oldest: None,
        newest: None,
        by_convention: BTreeMap::new(),
        groups: Vec::new(),
    };
    let min = |a: Option<i64>, b: Option<i64>| match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let max = |a: Option<i64>, b: Option<i64>| match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    for e in entries {
        let d = &e.detection;
        let conv = d.convention;
        *by_convention
            .entry(conv.map_or("none", Convention::name).to_string())
            .or_insert(0) += 1;
        if d.origin.is_none() {
            s.without_origin += 1;
        }
        s.oldest = min(s.oldest, e.timestamp);
        s.newest = max(s.newest, e.timestamp);
        let key = (
            d.origin_topic().map(str::to_string),
            d.error.class.clone(),
            conv,
        );
        let g = groups.entry(key.clone()).or_insert_with(|| Group {
            origin: key.0.clone(),
            error_class: key.1.clone(),
            convention: conv,
            entries: 0,
            replayed_before: 0,
            oldest: None,
            newest: None,
        });
        g.entries += 1;
        if d.replay_count > 0 {
            g.replayed_before += 1;
        }
        g.oldest = min(g.oldest, e.timestamp);
        g.newest = max(g.newest, e.timestamp);
    }
    let mut groups: Vec<Group> = groups.into_values().collect();
    groups.sort_by(|a, b| {
        b.entries
            .cmp(&a.entries)
            .then_with(|| a.origin.cmp(&b.origin))
            .then_with(|| a.error_class.cmp(&b.error_class))
    });
    s.groups = groups;
    s.by_convention = by_convention;
    s
}
