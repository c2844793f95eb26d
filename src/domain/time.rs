//! Points in time given on the command line: one value type, [`TimePoint`],
//! parsed while clap parses and resolved against "now" only when used.
//!
//! One grammar for every TIME on the command line ([`parse_time`]), the same
//! in `tail --from/--until`, `dlq --since/--until/--scan-from` and
//! `groups reset-offsets --to`:
//!
//! | form | example | meaning |
//! |---|---|---|
//! | `now`, `end` | `now` | the moment the command runs |
//! | `beginning` | `beginning` | the epoch: before every record |
//! | a duration ago | `1h`, `-1h`, `90m`, `2d` | that long before now |
//! | epoch milliseconds | `1764806400000` | from 100000000000 (1973) on |
//! | RFC 3339 | `2026-11-24T10:00:00Z` | without a zone: UTC |
//! | a date | `2026-11-24` | midnight UTC |
//!
//! Where a flag takes a *position* in a log (`tail --from`, `groups
//! reset-offsets --to`) a smaller bare number is an offset; elsewhere it is an
//! error that says so, since it is neither a plausible time nor a duration
//! (durations need a unit).
//!
//! Durations are read by [`super::duration`] (a year is 365 days).

use super::duration;

/// A moment in time, as given: absolute, or relative to when it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimePoint {
    /// Milliseconds since the epoch.
    At(i64),
    /// This many milliseconds before now.
    Ago(u64),
    Now,
}

impl TimePoint {
    /// Milliseconds since the epoch, with `now_ms` as now.
    pub fn resolve(self, now_ms: i64) -> i64 {
        match self {
            TimePoint::At(ms) => ms,
            TimePoint::Ago(ms) => now_ms.saturating_sub(i64::try_from(ms).unwrap_or(i64::MAX)),
            TimePoint::Now => now_ms,
        }
    }
}

/// Bare numbers below this are offsets (where a position is meant) or
/// errors, never times: 100000000000 ms after the epoch is March 1973.
pub const EPOCH_MS_FROM: u64 = 100_000_000_000;

/// The accepted forms, for error messages.
pub const TIME_FORMS: &str = "now, beginning, end, a duration ago (1h or -1h), epoch milliseconds, RFC 3339 (2026-11-24T10:00:00Z) or a date (2026-11-24)";

/// A bare number below [`EPOCH_MS_FROM`]: an offset where offsets are meant.
pub fn small_number(text: &str) -> Option<u64> {
    let t = text.trim();
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<u64>().ok().filter(|&n| n < EPOCH_MS_FROM)
}

/// Parses a TIME in kctl's one grammar (see the module docs).
pub fn parse_time(text: &str) -> Result<TimePoint, String> {
    let t = text.trim();
    match t {
        "now" | "end" => return Ok(TimePoint::Now),
        "beginning" => return Ok(TimePoint::At(0)),
        _ => {}
    }
    if let Some(ms) = epoch_millis(t) {
        return match ms {
            Ok(ms) if ms as u64 >= EPOCH_MS_FROM => Ok(TimePoint::At(ms)),
            Ok(ms) => Err(format!(
                "{t:?} is not a time: a bare number is milliseconds since the epoch from {EPOCH_MS_FROM} on; for a duration give a unit ({ms}s, {ms}m, ...)"
            )),
            Err(()) => Err(format!("{t:?} is too large for milliseconds since the epoch")),
        };
    }
    if let Some(ms) = rfc3339(t)
        .or_else(|| utc_without_zone(t))
        .or_else(|| date(t))
    {
        return Ok(TimePoint::At(ms));
    }
    let ago = t.strip_prefix('-');
    let duration_like = ago.is_some() || t.starts_with(|c: char| c.is_ascii_digit());
    duration::parse_millis(ago.unwrap_or(t))
        .map(TimePoint::Ago)
        .map_err(|e| {
            if duration_like {
                format!("cannot read {t:?} as a time: {e}; expected {TIME_FORMS}")
            } else {
                format!("cannot read {t:?} as a time; expected {TIME_FORMS}")
            }
        })
}

/// Digits only: `Some(Ok(ms))`, or `Some(Err(()))` when too large for an i64.
fn epoch_millis(t: &str) -> Option<Result<i64, ()>> {
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().map_err(|_| ()))
}

fn rfc3339(t: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(t)
        .ok()
        .map(|dt| dt.timestamp_millis())
}

/// `2026-11-24T10:00:00[.fff]` or `2026-11-24T10:00`, as UTC.
fn utc_without_zone(t: &str) -> Option<i64> {
    [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ]
    .into_iter()
    .find_map(|fmt| chrono::NaiveDateTime::parse_from_str(t, fmt).ok())
    .map(|dt| dt.and_utc().timestamp_millis())
}

/// `2026-11-24`: midnight UTC.
fn date(t: &str) -> Option<i64> {
    chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|dt| dt.and_utc().timestamp_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000_000;

    #[test]
    fn one_grammar_reads_every_form() {
        let t = |x| parse_time(x).map(|p| p.resolve(NOW));
        assert_eq!(t("now"), Ok(NOW));
        assert_eq!(t("end"), Ok(NOW));
        assert_eq!(t("beginning"), Ok(0));
        assert_eq!(t("-1h"), Ok(NOW - 3_600_000));
        assert_eq!(t("1h"), Ok(NOW - 3_600_000));
        assert_eq!(t("2026-11-24T10:00:00"), Ok(1_795_514_400_000));
        assert_eq!(t("2026-11-24T10:00:00Z"), Ok(1_795_514_400_000));
        assert_eq!(t("2026-11-24T11:00:00+01:00"), Ok(1_795_514_400_000));
        assert_eq!(t("2026-11-24"), Ok(1_795_478_400_000));
        assert_eq!(t("1795514400000"), Ok(1_795_514_400_000));
    }

    #[test]
    fn a_small_bare_number_is_refused_with_the_reason() {
        let e = parse_time("42").unwrap_err();
        assert!(
            e.contains("a bare number is milliseconds since the epoch"),
            "{e}"
        );
        assert!(e.contains("42s"), "{e}");
        assert_eq!(small_number("42"), Some(42));
        assert_eq!(small_number("1795514400000"), None);
        assert_eq!(small_number("-1"), None);
        let e = parse_time("yesterday").unwrap_err();
        assert!(e.contains("expected now, beginning, end"), "{e}");
    }

    #[test]
    fn ago_saturates_instead_of_overflowing() {
        assert_eq!(TimePoint::Ago(u64::MAX).resolve(NOW), NOW - i64::MAX);
        assert_eq!(TimePoint::Ago(5).resolve(i64::MIN), i64::MIN);
    }
}
