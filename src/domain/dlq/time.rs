//! Times of DLQ entries as people read them.

pub fn format_time(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_else(|| ms.to_string())
}

/// A short age such as `3d`, `5h`, `12m`, `40s` (the largest whole unit).
pub fn format_age(now_ms: i64, ts: Option<i64>) -> String {
    let Some(ts) = ts else {
        return "-".into();
    };
    let s = (now_ms - ts).max(0) / 1000;
    match s {
        s if s >= 86_400 => format!("{}d", s / 86_400),
        s if s >= 3_600 => format!("{}h", s / 3_600),
        s if s >= 60 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}
