//! Points in time given on the command line: one value type, [`TimePoint`],
//! parsed while clap parses and resolved against "now" only when used.
//!
//! Three grammars are accepted today, one per command family, and each is kept
//! exactly (every input accepted before means the same, every refused input is
//! still refused) until the consistent command line unifies them. They share
//! the pieces below:
//!
//! | grammar | `now` | `-1h` | `1h` | epoch ms | RFC 3339 | without zone | date |
//! |---|---|---|---|---|---|---|---|
//! | [`parse_tail_time`] (`tail --from/--until`) | yes | yes | no | yes | yes | yes (UTC) | yes |
//! | [`parse_dlq_time`] (`dlq --since/--until/--scan-from`) | no | yes | yes | yes | yes | no | yes |
//! | [`parse_reset_time`] (`groups reset-offsets --to`) | no | yes | no | no (an offset) | yes | no | no |
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

/// `tail`'s grammar: `now`, `-DURATION` before now, milliseconds since the
/// epoch, RFC 3339 (`2026-11-24T10:00:00Z`, `...+01:00`; without a zone it is
/// UTC) or a date (`2026-11-24`, midnight UTC).
pub fn parse_tail_time(text: &str) -> Result<TimePoint, String> {
    let t = text.trim();
    if t == "now" {
        return Ok(TimePoint::Now);
    }
    if let Some(d) = t.strip_prefix('-') {
        return duration::parse_millis(d).map(TimePoint::Ago);
    }
    if let Some(ms) = epoch_millis(t) {
        return ms
            .map(TimePoint::At)
            .map_err(|()| format!("{t:?} is too large for milliseconds since the epoch"));
    }
    rfc3339(t)
        .or_else(|| utc_without_zone(t))
        .or_else(|| date(t))
        .map(TimePoint::At)
        .ok_or_else(|| format!("cannot read {t:?} as a time"))
}

/// The DLQ commands' grammar: milliseconds since the epoch, RFC 3339 with a
/// zone, a date (midnight UTC), or a duration ago (`2h` or `-2h`).
pub fn parse_dlq_time(text: &str) -> Result<TimePoint, String> {
    let t = text.trim();
    if let Some(ms) = epoch_millis(t) {
        return ms
            .map(TimePoint::At)
            .map_err(|()| format!("invalid time {text:?}: number too large"));
    }
    if let Some(ms) = rfc3339(t).or_else(|| date(t)) {
        return Ok(TimePoint::At(ms));
    }
    let ago = t.strip_prefix('-').unwrap_or(t);
    duration::parse_millis(ago).map(TimePoint::Ago).map_err(|_| {
        format!(
            "invalid time {text:?}: expected RFC 3339 (2024-05-01T10:00:00Z), a date (2024-05-01), epoch milliseconds, or a duration ago (2h)"
        )
    })
}

/// The time part of `groups reset-offsets --to`: `-DURATION` before now, or
/// RFC 3339 with a zone. `None` when `text` is neither form (it may be an
/// offset or a keyword); `Some(Err)` for a bad duration after `-`.
pub fn parse_reset_time(text: &str) -> Option<Result<TimePoint, String>> {
    let t = text.trim();
    if let Some(d) = t.strip_prefix('-') {
        return Some(duration::parse_millis(d).map(TimePoint::Ago));
    }
    rfc3339(t).map(|ms| Ok(TimePoint::At(ms)))
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
    fn the_three_grammars_keep_what_each_accepted() {
        let tail = |t| parse_tail_time(t).map(|p| p.resolve(NOW));
        let dlq = |t| parse_dlq_time(t).map(|p| p.resolve(NOW));
        assert_eq!(tail("now"), Ok(NOW));
        assert_eq!(tail("-1h"), Ok(NOW - 3_600_000));
        assert!(tail("1h").is_err(), "tail wants -DURATION");
        assert_eq!(tail("2026-11-24T10:00:00"), Ok(1_795_514_400_000));
        assert!(dlq("now").is_err());
        assert_eq!(dlq("1h"), Ok(NOW - 3_600_000));
        assert_eq!(dlq("-1h"), Ok(NOW - 3_600_000));
        assert!(dlq("2026-11-24T10:00:00").is_err(), "dlq wants a zone");
        assert_eq!(dlq("2026-11-24"), tail("2026-11-24"));
        assert_eq!(
            parse_reset_time("2024-05-01T12:00:00Z"),
            Some(Ok(TimePoint::At(1_714_564_800_000)))
        );
        assert_eq!(parse_reset_time("-1h"), Some(Ok(TimePoint::Ago(3_600_000))));
        assert_eq!(parse_reset_time("2024-05-01"), None);
        assert_eq!(parse_reset_time("1234"), None);
    }

    #[test]
    fn ago_saturates_instead_of_overflowing() {
        assert_eq!(TimePoint::Ago(u64::MAX).resolve(NOW), NOW - i64::MAX);
        assert_eq!(TimePoint::Ago(5).resolve(i64::MIN), i64::MIN);
    }
}
