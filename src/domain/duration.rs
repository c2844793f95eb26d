//! Human durations (`500ms`, `10s`, `5m`, `1h`, `30d`, `2w`, `1y`) as used by
//! `--timeout`, `retention:` in topics.yaml and `--from -1h` in tail.
//!
//! Written by hand rather than with a duration crate for exactness: a year is
//! exactly 365 days and a week 7 (humantime's year is 365.25 days, which would
//! turn `retention: 1y` into 31557600000 ms where Kafka operators write
//! 31536000000), a bare number is refused instead of guessed, and every
//! value formats back to the unit it was written in (`format_millis`).

use std::time::Duration;

/// Milliseconds per unit. A year is 365 days and a week 7 days: the canonical
/// values Kafka operators write by hand (`31536000000` for one year).
const UNITS: &[(&str, u64)] = &[
    ("ms", 1),
    ("s", 1_000),
    ("m", 60_000),
    ("h", 3_600_000),
    ("d", 86_400_000),
    ("w", 604_800_000),
    ("y", 31_536_000_000),
];

/// Parses a duration such as `30d` or `1500ms` into milliseconds. A bare number
/// is rejected: the unit must be explicit so `30` is never ambiguous.
pub fn parse_millis(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    if digits.is_empty() {
        return Err(format!(
            "invalid duration {text:?}: expected a number followed by a unit (ms, s, m, h, d, w, y), e.g. 30d"
        ));
    }
    if unit.is_empty() {
        return Err(format!(
            "invalid duration {text:?}: a number without a unit is not accepted; add one of \
             ms, s, m, h, d, w, y (e.g. {digits}s or {digits}d)"
        ));
    }
    let Some(&(_, per)) = UNITS.iter().find(|(u, _)| *u == unit) else {
        return Err(format!(
            "invalid duration {text:?}: unknown unit {unit:?}, expected one of ms, s, m, h, d, w, y"
        ));
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("invalid duration {text:?}: number too large"))?;
    n.checked_mul(per)
        .ok_or_else(|| format!("invalid duration {text:?}: too large"))
}

pub fn parse(text: &str) -> Result<Duration, String> {
    parse_millis(text).map(Duration::from_millis)
}

/// Renders milliseconds in the largest unit that divides them exactly, so that
/// plans show `30d` rather than `2592000000`.
pub fn format_millis(ms: u64) -> String {
    if ms == 0 {
        return "0ms".into();
    }
    UNITS
        .iter()
        .rev()
        .find(|(_, per)| ms.is_multiple_of(*per))
        .map(|(u, per)| format!("{}{u}", ms / per))
        .unwrap_or_else(|| format!("{ms}ms"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_unit() {
        assert_eq!(parse_millis("500ms"), Ok(500));
        assert_eq!(parse_millis("10s"), Ok(10_000));
        assert_eq!(parse_millis("5m"), Ok(300_000));
        assert_eq!(parse_millis("1h"), Ok(3_600_000));
        assert_eq!(parse_millis("30d"), Ok(2_592_000_000));
        assert_eq!(parse_millis("2w"), Ok(1_209_600_000));
        assert_eq!(parse_millis("1y"), Ok(31_536_000_000));
    }

    #[test]
    fn rejects_missing_unit_unknown_unit_and_overflow() {
        assert!(parse_millis("30")
            .unwrap_err()
            .contains("a number without a unit is not accepted"));
        assert!(parse_millis("d").unwrap_err().contains("expected a number"));
        assert!(parse_millis("3x")
            .unwrap_err()
            .contains("unknown unit \"x\""));
        assert!(parse_millis("99999999999999999999s").is_err());
        assert!(parse_millis("999999999999999y").is_err());
    }

    #[test]
    fn formats_in_the_largest_exact_unit() {
        assert_eq!(format_millis(2_592_000_000), "30d");
        assert_eq!(format_millis(31_536_000_000), "1y");
        assert_eq!(format_millis(90_000), "90s");
        assert_eq!(format_millis(1_500), "1500ms");
    }
}
