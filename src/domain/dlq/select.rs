//! Which DLQ entries a command works on: offset ranges, header matches, times
//! and the other criteria of `--partition`, `--offset`, `--since`, ....

use super::detect::*;
use super::time::*;
use super::*;
use crate::domain::filter::HeaderMatch;
use crate::domain::time::{self, TimePoint};

/// `[P:]N`, `[P:]N..M`, `[P:]N..`, `[P:]..M`; both ends inclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetRange {
    pub partition: Option<i32>,
    pub from: i64,
    pub to: Option<i64>,
}

impl OffsetRange {
    pub fn parse(text: &str) -> Result<OffsetRange, String> {
        let bad = |why: &str| {
            format!(
                "invalid offset {text:?}: {why} (expected N, N..M, N.., ..M, optionally P: first)"
            )
        };
        let (partition, rest) = match text.split_once(':') {
            Some((p, rest)) => (
                Some(
                    p.trim()
                        .parse::<i32>()
                        .ok()
                        .filter(|p| *p >= 0)
                        .ok_or_else(|| bad("bad partition"))?,
                ),
                rest.trim(),
            ),
            None => (None, text.trim()),
        };
        let num = |s: &str| -> Result<i64, String> {
            s.parse::<i64>()
                .ok()
                .filter(|n| *n >= 0)
                .ok_or_else(|| bad(&format!("{s:?} is not an offset")))
        };
        let (from, to) = match rest.split_once("..") {
            Some((a, b)) => (
                if a.is_empty() { 0 } else { num(a)? },
                if b.is_empty() { None } else { Some(num(b)?) },
            ),
            None => {
                let n = num(rest)?;
                (n, Some(n))
            }
        };
        if to.is_some_and(|t| t < from) {
            return Err(bad("the range ends before it starts"));
        }
        Ok(OffsetRange {
            partition,
            from,
            to,
        })
    }

    pub(super) fn contains(&self, partition: i32, offset: i64) -> bool {
        self.partition.is_none_or(|p| p == partition)
            && offset >= self.from
            && self.to.is_none_or(|t| offset <= t)
    }
}

impl fmt::Display for OffsetRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.partition {
            write!(f, "{p}:")?;
        }
        match self.to {
            Some(t) if t == self.from => write!(f, "{t}"),
            Some(t) => write!(f, "{}..{t}", self.from),
            None => write!(f, "{}..", self.from),
        }
    }
}

/// Where `dlq replay --scan-from` starts the scan for earlier replays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanFrom {
    Earliest,
    Time(TimePoint),
}

/// `earliest`, or a time in the DLQ commands' grammar
/// ([`time::parse_time`]).
pub fn parse_scan_from(text: &str) -> Result<ScanFrom, String> {
    if text == "earliest" {
        return Ok(ScanFrom::Earliest);
    }
    time::parse_time(text).map(ScanFrom::Time)
}

/// Which DLQ entries a command works on. Every given criterion must hold.
#[derive(Debug, Clone, Default)]
pub struct EntryFilter {
    pub partitions: Vec<i32>,
    pub offsets: Vec<OffsetRange>,
    /// DLQ record timestamp bounds, inclusive, in ms.
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub origin_topics: Vec<String>,
    pub error_class: Option<Regex>,
    pub error_message: Option<Regex>,
    pub key: Option<Vec<u8>>,
    pub headers: Vec<HeaderMatch>,
}

impl EntryFilter {
    /// A partition `--partition` or `--offset P:...` names that is not one
    /// of `partitions` (the DLQ's): an error, never an empty selection.
    pub fn unknown_partition(&self, partitions: &[i32]) -> Option<i32> {
        self.partitions
            .iter()
            .copied()
            .chain(self.offsets.iter().filter_map(|o| o.partition))
            .find(|p| !partitions.contains(p))
    }

    /// Whether the partition/offset criteria can match an entry at (p, o);
    /// readers use it to skip whole partitions.
    pub fn wants_partition(&self, partition: i32) -> bool {
        (self.partitions.is_empty() || self.partitions.contains(&partition))
            && (self.offsets.is_empty()
                || self
                    .offsets
                    .iter()
                    .any(|r| r.partition.is_none_or(|p| p == partition)))
    }

    /// The offsets `[from, to)` of `partition` worth reading, within the
    /// partition's `[low, high)`; `None` when nothing there can match.
    pub fn read_range(&self, partition: i32, low: i64, high: i64) -> Option<(i64, i64)> {
        if !self.wants_partition(partition) || low >= high {
            return None;
        }
        if self.offsets.is_empty() {
            return Some((low, high));
        }
        let mut from = i64::MAX;
        let mut to = i64::MIN;
        for r in self
            .offsets
            .iter()
            .filter(|r| r.partition.is_none_or(|p| p == partition))
        {
            from = from.min(r.from);
            to = to.max(r.to.map_or(high, |t| t.saturating_add(1)));
        }
        let (from, to) = (from.max(low), to.min(high));
        (from < to).then_some((from, to))
    }

    pub fn matches(
        &self,
        rec_partition: i32,
        offset: i64,
        ts: Option<i64>,
        key: Option<&[u8]>,
        headers: &[RecordHeader],
        d: &Detection,
    ) -> bool {
        if !self.partitions.is_empty() && !self.partitions.contains(&rec_partition) {
            return false;
        }
        if !self.offsets.is_empty()
            && !self
                .offsets
                .iter()
                .any(|r| r.contains(rec_partition, offset))
        {
            return false;
        }
        if let Some(s) = self.since {
            if ts.is_none_or(|t| t < s) {
                return false;
            }
        }
        if let Some(u) = self.until {
            if ts.is_none_or(|t| t > u) {
                return false;
            }
        }
        if !self.origin_topics.is_empty()
            && !d
                .origin_topic()
                .is_some_and(|t| self.origin_topics.iter().any(|o| o == t))
        {
            return false;
        }
        if let Some(re) = &self.error_class {
            if !d.error.class.as_deref().is_some_and(|c| re.is_match(c)) {
                return false;
            }
        }
        if let Some(re) = &self.error_message {
            if !d.error.message.as_deref().is_some_and(|m| re.is_match(m)) {
                return false;
            }
        }
        if let Some(k) = &self.key {
            if key != Some(k.as_slice()) {
                return false;
            }
        }
        self.headers.iter().all(|m| {
            headers
                .iter()
                .any(|(name, value)| m.matches(name, value.as_deref()))
        })
    }

    /// The criteria in words, for the plan ("selected by what").
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        let list = |v: Vec<String>| v.join(", ");
        if !self.partitions.is_empty() {
            out.push(format!(
                "partition {}",
                list(self.partitions.iter().map(i32::to_string).collect())
            ));
        }
        if !self.offsets.is_empty() {
            out.push(format!(
                "offset {}",
                list(self.offsets.iter().map(ToString::to_string).collect())
            ));
        }
        if let Some(s) = self.since {
            out.push(format!("since {}", format_time(s)));
        }
        if let Some(u) = self.until {
            out.push(format!("until {}", format_time(u)));
        }
        if !self.origin_topics.is_empty() {
            out.push(format!("origin {}", list(self.origin_topics.clone())));
        }
        if let Some(re) = &self.error_class {
            out.push(format!("error class ~ /{re}/"));
        }
        if let Some(re) = &self.error_message {
            out.push(format!("error message ~ /{re}/"));
        }
        if let Some(k) = &self.key {
            out.push(format!("key = {:?}", String::from_utf8_lossy(k)));
        }
        for h in &self.headers {
            match &h.value {
                Some(v) => out.push(format!(
                    "header {} = {:?}",
                    h.name,
                    String::from_utf8_lossy(v)
                )),
                None => out.push(format!("header {} present", h.name)),
            }
        }
        if out.is_empty() {
            out.push("all entries".into());
        }
        out
    }
}

/// What replay and inspect keep of a DLQ record: everything but the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Option<i64>,
    pub key: Option<Vec<u8>>,
    pub value_len: Option<usize>,
    pub detection: Detection,
}

impl Entry {
    pub fn from_record(rec: &DlqRecord) -> Entry {
        Entry {
            partition: rec.partition,
            offset: rec.offset,
            timestamp: rec.timestamp,
            key: rec.key.clone(),
            value_len: rec.value.as_ref().map(Vec::len),
            detection: detect(&rec.headers),
        }
    }

    /// One line for lists (interactive selection): coordinates, origin, error.
    pub fn one_line(&self) -> String {
        let d = &self.detection;
        let origin = d.origin_topic().unwrap_or("?");
        let mut s = format!(
            "{}/{}  {}  {}",
            self.partition,
            self.offset,
            origin,
            d.error_class_or_dash()
        );
        if let Some(m) = &d.error.message {
            s.push_str(": ");
            s.push_str(&truncate(&m.replace(['\n', '\r'], " "), 80));
        }
        if d.replay_count > 0 {
            s.push_str(&format!("  (replayed {}x)", d.replay_count));
        }
        s
    }
}

pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}
