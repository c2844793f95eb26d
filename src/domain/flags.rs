//! Typed values of command-line flags, checked while clap parses (`cli.rs`
//! names these functions as `value_parser`s): a bad value is a usage error
//! (exit 2) that names the flag, before anything is contacted. Points in time
//! have their own module, [`super::time`].

use std::time::Duration;

use super::duration;

/// A partition number: 0 or more.
pub fn partition(text: &str) -> Result<i32, String> {
    match text.trim().parse::<i32>() {
        Ok(p) if p >= 0 => Ok(p),
        Ok(p) => Err(format!(
            "{p} is not a partition: partitions are numbered from 0"
        )),
        Err(_) => Err(format!("{text:?} is not a partition number")),
    }
}

/// A schema version: a positive number, or `latest`.
pub fn schema_version(text: &str) -> Result<String, String> {
    if text == "latest" || text.parse::<i32>().is_ok_and(|n| n > 0) {
        Ok(text.to_string())
    } else {
        Err("expected a positive number or \"latest\"".to_string())
    }
}

/// At most this many records per second: a positive, finite number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate(f64);

impl Rate {
    pub fn per_second(self) -> f64 {
        self.0
    }
}

pub fn rate(text: &str) -> Result<Rate, String> {
    match text.trim().parse::<f64>() {
        Ok(r) if r.is_finite() && r > 0.0 => Ok(Rate(r)),
        Ok(r) => Err(format!(
            "{r} is not a positive number of records per second"
        )),
        Err(_) => Err(format!("{text:?} is not a number of records per second")),
    }
}

/// A duration such as `10s` or `5m` (see [`duration::parse`]).
pub fn duration(text: &str) -> Result<Duration, String> {
    duration::parse(text)
}

/// A duration above zero: an interval or a timeout.
pub fn positive_duration(text: &str) -> Result<Duration, String> {
    let d = duration::parse(text)?;
    if d.is_zero() {
        return Err("must be above zero".into());
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_rates_and_durations_are_checked() {
        assert_eq!(partition("3"), Ok(3));
        assert!(partition("-1").unwrap_err().contains("numbered from 0"));
        assert!(partition("x").is_err());
        assert_eq!(rate("2.5").map(Rate::per_second), Ok(2.5));
        for bad in ["0", "-1", "inf", "NaN", "fast"] {
            assert!(rate(bad).is_err(), "{bad}");
        }
        assert_eq!(positive_duration("5s"), Ok(Duration::from_secs(5)));
        assert!(positive_duration("0s").is_err());
        assert_eq!(duration("0s"), Ok(Duration::ZERO));
        assert_eq!(schema_version("latest").as_deref(), Ok("latest"));
        assert_eq!(schema_version("3").as_deref(), Ok("3"));
        assert!(schema_version("0").is_err() && schema_version("x").is_err());
    }
}
