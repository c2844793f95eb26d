//! Record filters for `tail`: `--key`, `--header`, `--where` and the time range.
//!
//! `--where` takes `PATH OP VALUE`. PATH names a part of the record: `key`,
//! `value`, `partition`, `offset`, `timestamp`, `topic`, `headers.NAME`, and
//! dotted paths into a decoded key or value (`value.order.id`, `value.items.0`
//! or `value.items[0]`); a path with none of these roots is taken as a path
//! into the value (`status` means `value.status`). Paths see the value as
//! `-o pretty` shows it: unions unwrapped, logical types rendered.
//!
//! OP is `==` (or `=`), `!=`, `=~` (regex), `!~`, `>`, `>=`, `<`, `<=`.
//! `>`, `<`, ... compare numerically when VALUE is a number (a numeric string
//! field, such as an Avro decimal, counts as a number; any other field does not
//! match), and as text otherwise (RFC 3339 times compare correctly as text).
//! A record that lacks the path does not match, whatever the operator.
//!
//! This module is pure: the caller decodes the parts a filter asks for
//! ([`Filter::needs_value`]), so records rejected by their key, headers or
//! time are never decoded further.

use std::cmp::Ordering;

use regex::Regex;
use serde_json::Value;

/// Where a `--where` path starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    Key,
    Value,
    Header(String),
    Partition,
    Offset,
    Timestamp,
    Topic,
}

#[derive(Debug, Clone)]
pub enum Op {
    Eq(String),
    Ne(String),
    Matches(Regex),
    NotMatches(Regex),
    Cmp(Ordering, bool, String),
}

/// One `--where` condition.
#[derive(Debug, Clone)]
pub struct Where {
    pub text: String,
    pub root: Root,
    /// Object keys or array indexes below the root.
    pub path: Vec<String>,
    pub op: Op,
}

/// One `--header NAME[=VALUE]` condition of `tail` and the DLQ commands: the
/// record has a header NAME (with exactly that value when given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMatch {
    pub name: String,
    pub value: Option<Vec<u8>>,
}

impl HeaderMatch {
    /// Whether the header `name` with `value` (`None`: a null value)
    /// satisfies the condition.
    pub fn matches(&self, name: &str, value: Option<&[u8]>) -> bool {
        name == self.name
            && match &self.value {
                None => true,
                Some(want) => value == Some(want.as_slice()),
            }
    }
}

/// All conditions; a record is printed when every one holds.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// `--key K`: the key's bytes, or its decoded text, equal K.
    pub key: Option<String>,
    pub headers: Vec<HeaderMatch>,
    pub wheres: Vec<Where>,
    /// Inclusive time range in milliseconds since the epoch.
    pub from_ms: Option<i64>,
    pub until_ms: Option<i64>,
}

const OPS: [&str; 9] = ["==", "!=", "=~", "!~", ">=", "<=", ">", "<", "="];

pub fn parse_header(text: &str) -> Result<HeaderMatch, String> {
    let (name, value) = match text.split_once('=') {
        Some((n, v)) => (n, Some(v.as_bytes().to_vec())),
        None => (text, None),
    };
    if name.is_empty() {
        return Err("expected NAME or NAME=VALUE".to_string());
    }
    Ok(HeaderMatch {
        name: name.to_string(),
        value,
    })
}

/// Parses `PATH OP VALUE`, e.g. `value.status==SHIPPED`, `amount>100`,
/// `headers.source=~^web`.
pub fn parse_where(text: &str) -> Result<Where, String> {
    let bad = |why: &str| {
        format!(
            "invalid --where {text:?}: {why} (expected PATH OP VALUE with OP one of ==, !=, =~, !~, >, >=, <, <=; e.g. value.status==SHIPPED)"
        )
    };
    // The path ends at the first operator character.
    let end = text
        .find(['=', '!', '<', '>'])
        .ok_or_else(|| bad("no operator"))?;
    let path_text = text[..end].trim();
    let rest = &text[end..];
    let op_text = OPS
        .iter()
        .find(|o| rest.starts_with(**o))
        .ok_or_else(|| bad("unknown operator"))?;
    let literal = unquote(rest[op_text.len()..].trim()).to_string();
    if path_text.is_empty() {
        return Err(bad("empty path"));
    }
    let (root, path) = parse_path(path_text).map_err(|e| bad(&e))?;
    let regex = |lit: &str| Regex::new(lit).map_err(|e| bad(&format!("bad regex: {e}")));
    let op = match *op_text {
        "==" | "=" => Op::Eq(literal),
        "!=" => Op::Ne(literal),
        "=~" => Op::Matches(regex(&literal)?),
        "!~" => Op::NotMatches(regex(&literal)?),
        ">" => Op::Cmp(Ordering::Greater, false, literal),
        ">=" => Op::Cmp(Ordering::Greater, true, literal),
        "<" => Op::Cmp(Ordering::Less, false, literal),
        "<=" => Op::Cmp(Ordering::Less, true, literal),
        _ => unreachable!("OPS lists every operator"),
    };
    Ok(Where {
        text: text.to_string(),
        root,
        path,
        op,
    })
}

fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return &s[1..s.len() - 1];
        }
    }
    s
}

/// Splits `value.items[0].id` into its root and segments.
pub fn parse_path(text: &str) -> Result<(Root, Vec<String>), String> {
    let normalized = text.replace('[', ".").replace(']', "");
    let mut segs: Vec<String> = normalized.split('.').map(str::to_string).collect();
    if segs.iter().any(String::is_empty) {
        return Err(format!("empty segment in path {text:?}"));
    }
    let first = segs[0].as_str();
    let root = match first {
        "key" => Root::Key,
        "value" => Root::Value,
        "partition" | "offset" | "timestamp" | "topic" if segs.len() == 1 => match first {
            "partition" => Root::Partition,
            "offset" => Root::Offset,
            "timestamp" => Root::Timestamp,
            _ => Root::Topic,
        },
        "headers" => {
            if segs.len() != 2 {
                return Err(format!("{text:?}: a header path is headers.NAME"));
            }
            return Ok((Root::Header(segs[1].clone()), Vec::new()));
        }
        _ => return Ok((Root::Value, segs)),
    };
    segs.remove(0);
    Ok((root, segs))
}

/// The value at `path` below `v`.
pub fn lookup<'v>(v: &'v Value, path: &[String]) -> Option<&'v Value> {
    let mut cur = v;
    for seg in path {
        cur = match cur {
            Value::Object(o) => o.get(seg)?,
            Value::Array(a) => a.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// Text of a scalar for equality and regex tests: strings without quotes,
/// everything else as compact JSON.
fn as_text(v: &Value) -> std::borrow::Cow<'_, str> {
    match v {
        Value::String(s) => s.as_str().into(),
        other => other.to_string().into(),
    }
}

fn as_number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok().filter(|f| f.is_finite()),
        _ => None,
    }
}

fn equal(v: &Value, lit: &str) -> bool {
    match v {
        Value::Number(n) => {
            if let (Some(a), Ok(b)) = (n.as_i64(), lit.parse::<i64>()) {
                return a == b;
            }
            matches!((n.as_f64(), lit.parse::<f64>()), (Some(a), Ok(b)) if a == b)
        }
        other => as_text(other) == lit,
    }
}

impl Where {
    /// Evaluates this condition on the root value (the decoded key or value,
    /// the header's text, the partition, ...). `None` when the record lacks it.
    pub fn eval(&self, root: Option<&Value>) -> bool {
        let Some(v) = root.and_then(|r| lookup(r, &self.path)) else {
            return false;
        };
        match &self.op {
            Op::Eq(lit) => equal(v, lit),
            Op::Ne(lit) => !equal(v, lit),
            Op::Matches(re) => re.is_match(&as_text(v)),
            Op::NotMatches(re) => !re.is_match(&as_text(v)),
            Op::Cmp(want, or_equal, lit) => {
                let ord = match (lit.parse::<f64>().ok(), v) {
                    (Some(b), _) => as_number(v).and_then(|a| a.partial_cmp(&b)),
                    (None, Value::String(s)) => Some(s.as_str().cmp(lit.as_str())),
                    (None, _) => None,
                };
                match ord {
                    Some(Ordering::Equal) => *or_equal,
                    Some(o) => o == *want,
                    None => false,
                }
            }
        }
    }
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.key.is_none()
            && self.headers.is_empty()
            && self.wheres.is_empty()
            && self.from_ms.is_none()
            && self.until_ms.is_none()
    }

    /// Does a condition look inside the decoded value?
    pub fn needs_value(&self) -> bool {
        self.wheres.iter().any(|w| w.root == Root::Value)
    }

    /// Does a condition look inside the decoded key?
    pub fn needs_key(&self) -> bool {
        self.wheres.iter().any(|w| w.root == Root::Key)
    }

    /// The time range holds (a record without a timestamp passes only when
    /// no range is set).
    pub fn time_ok(&self, ts: Option<i64>) -> bool {
        match ts {
            Some(t) => self.from_ms.is_none_or(|f| t >= f) && self.until_ms.is_none_or(|u| t <= u),
            None => self.from_ms.is_none() && self.until_ms.is_none(),
        }
    }

    /// `--key`: the raw key equals K; `decoded` (called only when the bytes
    /// differ) gives the key's text after decoding, e.g. an Avro string key.
    pub fn key_ok(&self, raw: Option<&[u8]>, decoded: impl FnOnce() -> Option<String>) -> bool {
        let Some(want) = &self.key else {
            return true;
        };
        match raw {
            None => false,
            Some(k) if k == want.as_bytes() => true,
            Some(_) => decoded().is_some_and(|d| &d == want),
        }
    }

    /// `--header`: every condition is met by at least one header.
    pub fn headers_ok<'h>(&self, headers: impl Fn() -> Vec<(&'h str, Option<&'h [u8]>)>) -> bool {
        if self.headers.is_empty() {
            return true;
        }
        let hs = headers();
        self.headers
            .iter()
            .all(|m| hs.iter().any(|(name, value)| m.matches(name, *value)))
    }
}

/// The text a header path compares against: its UTF-8 text, or `null`.
pub fn header_value(value: Option<&[u8]>) -> Value {
    match value {
        None => Value::Null,
        Some(b) => Value::String(String::from_utf8_lossy(b).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn holds(expr: &str, v: &Value) -> bool {
        let w = parse_where(expr).unwrap();
        w.eval(Some(v))
    }

    #[test]
    fn paths_resolve_roots_and_default_to_the_value() {
        assert_eq!(
            parse_path("status").unwrap(),
            (Root::Value, vec!["status".into()])
        );
        assert_eq!(
            parse_path("value.items[2].id").unwrap(),
            (Root::Value, vec!["items".into(), "2".into(), "id".into()])
        );
        assert_eq!(parse_path("key").unwrap(), (Root::Key, vec![]));
        assert_eq!(parse_path("offset").unwrap(), (Root::Offset, vec![]));
        assert_eq!(
            parse_path("headers.trace").unwrap(),
            (Root::Header("trace".into()), vec![])
        );
        assert!(parse_path("a..b").is_err());
        assert!(parse_path("headers.a.b").is_err());
    }

    #[test]
    fn equality_is_numeric_for_numbers_and_textual_otherwise() {
        let v = json!({"n": 10, "f": 2.5, "s": "SHIPPED", "b": true, "z": null, "o": {"a": [1, {"id": "x"}]}});
        assert!(holds("value.n==10", &v));
        assert!(holds("n == 10.0", &v));
        assert!(!holds("n==11", &v));
        assert!(holds("f=2.5", &v));
        assert!(holds("s=='SHIPPED'", &v));
        assert!(holds("b==true", &v));
        assert!(holds("z==null", &v));
        assert!(holds("o.a[1].id==x", &v));
        assert!(holds("s!=NEW", &v));
        assert!(!holds("missing!=NEW", &v), "a missing field never matches");
    }

    #[test]
    fn regex_and_comparisons() {
        let v = json!({"s": "order-123", "n": 7, "d": "12.50", "t": "2026-01-02T00:00:00Z"});
        assert!(holds("s=~^order-\\d+$", &v));
        assert!(!holds("s!~order", &v));
        assert!(holds("n>5", &v) && holds("n>=7", &v) && !holds("n>7", &v));
        assert!(holds("n<8", &v) && holds("n<=7", &v) && !holds("n<7", &v));
        assert!(holds("d>12.4", &v), "numeric strings compare as numbers");
        assert!(holds("t>2026-01-01", &v), "other strings compare as text");
        assert!(!holds("s>5", &v), "a numeric comparison needs a number");
    }

    #[test]
    fn malformed_expressions_are_clear_errors() {
        let e = parse_where("status").unwrap_err();
        assert!(
            e.contains("no operator") && e.contains("value.status==SHIPPED"),
            "{e}"
        );
        assert!(parse_where("==x").unwrap_err().contains("empty path"));
        assert!(parse_where("s=~(").unwrap_err().contains("bad regex"));
        assert!(parse_where("s!x").unwrap_err().contains("unknown operator"));
    }

    #[test]
    fn key_header_and_time_conditions() {
        let f = Filter {
            key: Some("k1".into()),
            headers: vec![
                parse_header("src=web").unwrap(),
                parse_header("trace").unwrap(),
            ],
            from_ms: Some(100),
            until_ms: Some(200),
            ..Default::default()
        };
        assert!(f.key_ok(Some(b"k1"), || None));
        assert!(!f.key_ok(Some(b"k2"), || None));
        assert!(f.key_ok(Some(b"\0\0\0\0\x01\x04k1"), || Some("k1".into())));
        assert!(!f.key_ok(None, || Some("k1".into())));
        let hs = |v: &'static [u8]| move || vec![("src", Some(v)), ("trace", None)];
        assert!(f.headers_ok(hs(b"web")));
        assert!(!f.headers_ok(hs(b"cli")));
        assert!(!f.headers_ok(|| vec![("src", Some(&b"web"[..]))]));
        assert!(f.time_ok(Some(100)) && f.time_ok(Some(200)));
        assert!(!f.time_ok(Some(99)) && !f.time_ok(Some(201)) && !f.time_ok(None));
        assert!(Filter::default().time_ok(None));
        assert!(parse_header("=x").is_err());
    }
}
