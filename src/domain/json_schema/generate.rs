//! Random events that conform to a JSON Schema, for `kctl produce
//! --generate`: objects with every required property and about half of the
//! optional ones, the first type of a type list, `enum` and `const` values,
//! formats `date-time` (within the day before the base time), `date`,
//! `time`, `uuid` (version 4), `email`, `uri`, `hostname` and `ipv4`,
//! numbers within `minimum`/`maximum` (exclusive ones too) and
//! `multipleOf`, strings within `minLength`/`maxLength`, arrays within
//! `minItems`/`maxItems` (0 to 4 items by default), `$ref`s followed (to
//! other subjects' schemas too), `allOf` merged, `oneOf`/`anyOf` branches
//! in turn, strings drawn from their `pattern` ([`super::pattern`]). Each
//! event is validated, a few draws are tried, and an event that still does
//! not validate is an error naming the reason. Seeded as the Avro generator is (same seed,
//! same events).

use serde_json::{Map, Number, Value};

use super::JsonSchema;
use crate::domain::generate::{uuid_text, uuid_v4, word, Rng};

/// Depth below which optional properties and array items stop.
const MAX_DEPTH: usize = 12;
const HARD_LIMIT: usize = 64;
/// Draws per event before giving up on a schema the generator cannot meet.
const ATTEMPTS: usize = 20;

pub struct Generator<'s> {
    schema: &'s JsonSchema,
    rng: Rng,
    base_millis: i64,
    turn: usize,
}

impl<'s> Generator<'s> {
    pub fn new(schema: &'s JsonSchema, seed: u64, base_millis: i64) -> Generator<'s> {
        Generator {
            schema,
            rng: Rng::new(seed),
            base_millis,
            turn: 0,
        }
    }

    /// The next event, valid against the schema.
    pub fn next_value(&mut self) -> Result<Value, String> {
        let mut last = String::new();
        for _ in 0..ATTEMPTS {
            let v = self.gen(self.schema.root(), None, 0)?;
            match self.schema.validate(&v) {
                Ok(()) => {
                    self.turn += 1;
                    return Ok(v);
                }
                Err(e) => last = e,
            }
        }
        Err(format!(
            "cannot generate an event that fits the schema ({last}); a `pattern` with syntax kctl cannot generate from, or constraints that contradict each other, cannot be met"
        ))
    }

    fn gen<'v>(
        &mut self,
        s: &'v Value,
        doc: Option<&'v Value>,
        depth: usize,
    ) -> Result<Value, String>
    where
        's: 'v,
    {
        if depth > HARD_LIMIT {
            return Err(format!(
                "the schema recurses deeper than {HARD_LIMIT} levels without an optional property or array to stop at"
            ));
        }
        let (s, doc) = self.schema.deref(s, doc);
        let Some(obj) = s.as_object() else {
            // `true` accepts anything: a word.
            return Ok(Value::String(word(&mut self.rng)));
        };
        if let Some(c) = obj.get("const") {
            return Ok(c.clone());
        }
        if let Some(Value::Array(values)) = obj.get("enum") {
            if !values.is_empty() {
                let i = self.rng.below(values.len() as u64) as usize;
                return Ok(values[i].clone());
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(branches)) = obj.get(key) {
                if !branches.is_empty() {
                    let pick = (self.turn + self.rng.below(branches.len() as u64) as usize)
                        % branches.len();
                    let mut merged = obj.clone();
                    merged.remove(key);
                    let (b, bdoc) = self.schema.deref(&branches[pick], doc);
                    let v = self.gen_merged(&merged, doc, b, bdoc, depth)?;
                    return Ok(v);
                }
            }
        }
        if let Some(Value::Array(parts)) = obj.get("allOf") {
            let mut merged = obj.clone();
            merged.remove("allOf");
            for p in parts {
                let (p, _) = self.schema.deref(p, doc);
                merge_into(&mut merged, p);
            }
            return self.gen(&Value::Object(merged), doc, depth);
        }
        let ty = match obj.get("type") {
            Some(Value::String(t)) => t.as_str(),
            Some(Value::Array(ts)) => {
                // Prefer a non-null type; `null` only when it is the only one.
                let names: Vec<&str> = ts.iter().filter_map(Value::as_str).collect();
                let non_null: Vec<&str> = names.iter().copied().filter(|t| *t != "null").collect();
                let from = if non_null.is_empty() {
                    &names
                } else {
                    &non_null
                };
                match from.len() {
                    0 => "null",
                    n => from[self.rng.below(n as u64) as usize],
                }
            }
            _ if obj.contains_key("properties") => "object",
            _ if obj.contains_key("items") => "array",
            _ => "string",
        };
        Ok(match ty {
            "null" => Value::Null,
            "boolean" => Value::Bool(self.rng.below(2) == 1),
            "integer" => Value::from(self.integer(obj)),
            "number" => self.number(obj),
            "string" => Value::String(self.string(obj)),
            "array" => self.array(obj, doc, depth)?,
            _ => self.object(obj, doc, depth)?,
        })
    }

    /// A branch of a `oneOf`/`anyOf` together with the schema's own keywords.
    fn gen_merged<'v>(
        &mut self,
        own: &Map<String, Value>,
        doc: Option<&'v Value>,
        branch: &'v Value,
        bdoc: Option<&'v Value>,
        depth: usize,
    ) -> Result<Value, String>
    where
        's: 'v,
    {
        if own.keys().all(|k| is_annotation(k)) {
            return self.gen(branch, bdoc, depth + 1);
        }
        let mut merged = own.clone();
        merge_into(&mut merged, branch);
        self.gen(&Value::Object(merged), doc.or(bdoc), depth + 1)
    }

    fn integer(&mut self, s: &Map<String, Value>) -> i64 {
        let num = |k: &str| s.get(k).and_then(Value::as_f64);
        let mut lo = num("minimum").map_or(0, |m| m.ceil() as i64);
        let mut hi = num("maximum").map_or(lo.max(0) + 1000, |m| m.floor() as i64);
        if let Some(x) = num("exclusiveMinimum") {
            lo = lo.max(x.floor() as i64 + 1);
        }
        if let Some(x) = num("exclusiveMaximum") {
            hi = hi.min(x.ceil() as i64 - 1);
        }
        if num("maximum").is_none() && num("exclusiveMaximum").is_none() {
            hi = lo + 1000;
        }
        if hi < lo {
            return lo;
        }
        let mut v = lo + self.rng.below((hi - lo + 1) as u64) as i64;
        if let Some(m) = s
            .get("multipleOf")
            .and_then(Value::as_i64)
            .filter(|m| *m > 0)
        {
            v = (v / m) * m;
            if v < lo {
                v += m;
            }
        }
        v
    }

    fn number(&mut self, s: &Map<String, Value>) -> Value {
        let num = |k: &str| s.get(k).and_then(Value::as_f64);
        let lo = num("minimum")
            .or(num("exclusiveMinimum").map(|x| x + 0.01))
            .unwrap_or(0.0);
        let hi = num("maximum")
            .or(num("exclusiveMaximum").map(|x| x - 0.01))
            .unwrap_or(lo + 10_000.0);
        // Hundredths print exactly.
        let steps = ((hi - lo) * 100.0).floor().max(0.0) as u64;
        let mut v = ((lo * 100.0).ceil() + self.rng.below(steps + 1) as f64) / 100.0;
        if let Some(m) = num("multipleOf").filter(|m| *m > 0.0) {
            v = ((v / m).floor() * m).max(lo);
        }
        Number::from_f64(v).map_or(Value::Null, Value::Number)
    }

    fn string(&mut self, s: &Map<String, Value>) -> String {
        let rng = &mut self.rng;
        let text = match s.get("format").and_then(Value::as_str) {
            Some("date-time") => {
                let ms = self.base_millis - rng.below(86_400_000) as i64;
                return chrono::DateTime::from_timestamp_millis(ms)
                    .unwrap_or_default()
                    .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            }
            Some("date") => {
                let ms = self.base_millis - rng.below(365) as i64 * 86_400_000;
                return chrono::DateTime::from_timestamp_millis(ms)
                    .unwrap_or_default()
                    .format("%Y-%m-%d")
                    .to_string();
            }
            Some("time") => {
                let secs = rng.below(86_400);
                return format!("{:02}:{:02}:{:02}Z", secs / 3600, secs / 60 % 60, secs % 60);
            }
            Some("uuid") => return uuid_text(&uuid_v4(rng)),
            Some("email") => format!("{}@{}.example", word(rng), word(rng)),
            Some("uri") => format!("https://{}.example/{}", word(rng), word(rng)),
            Some("hostname") => format!("{}.example", word(rng)),
            Some("ipv4") => format!(
                "10.{}.{}.{}",
                rng.below(256),
                rng.below(256),
                rng.below(256)
            ),
            _ => match s.get("pattern").and_then(Value::as_str) {
                Some(p) => super::pattern::sample(p, rng).unwrap_or_else(|| word(rng)),
                None => word(rng),
            },
        };
        let min = s.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = s
            .get("maxLength")
            .and_then(Value::as_u64)
            .map(|m| m as usize);
        let mut text = text;
        while text.chars().count() < min {
            text.push_str(&word(rng));
        }
        if let Some(max) = max {
            text = text.chars().take(max).collect();
        }
        text
    }

    fn array<'v>(
        &mut self,
        s: &'v Map<String, Value>,
        doc: Option<&'v Value>,
        depth: usize,
    ) -> Result<Value, String>
    where
        's: 'v,
    {
        let min = s.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        let max = s
            .get("maxItems")
            .and_then(Value::as_u64)
            .unwrap_or(min + 4)
            .max(min);
        let n = if depth >= MAX_DEPTH {
            min
        } else {
            min + self.rng.below(max.min(min + 4) - min + 1)
        };
        let items = s.get("items").filter(|i| i.is_object() || i.is_boolean());
        let mut out = Vec::with_capacity(n as usize);
        for _ in 0..n {
            out.push(match items {
                Some(i) => self.gen(i, doc, depth + 1)?,
                None => Value::String(word(&mut self.rng)),
            });
        }
        if s.get("uniqueItems") == Some(&Value::Bool(true)) {
            let mut seen = Vec::new();
            out.retain(|v| {
                let fresh = !seen.contains(v);
                if fresh {
                    seen.push(v.clone());
                }
                fresh
            });
        }
        Ok(Value::Array(out))
    }

    fn object<'v>(
        &mut self,
        s: &'v Map<String, Value>,
        doc: Option<&'v Value>,
        depth: usize,
    ) -> Result<Value, String>
    where
        's: 'v,
    {
        let required: Vec<&str> = s
            .get("required")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut out = Map::new();
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            for (name, p) in props {
                let wanted = required.contains(&name.as_str())
                    || (depth < MAX_DEPTH && self.rng.below(2) == 1);
                if wanted {
                    out.insert(name.clone(), self.gen(p, doc, depth + 1)?);
                }
            }
        }
        for name in required {
            if !out.contains_key(name) {
                out.insert(name.to_string(), Value::String(word(&mut self.rng)));
            }
        }
        Ok(Value::Object(out))
    }
}

fn is_annotation(k: &str) -> bool {
    matches!(
        k,
        "title" | "description" | "$comment" | "examples" | "default" | "$id" | "$schema"
    )
}

/// Merges `part` into `into` (for `allOf`): properties and required lists
/// are unioned, other keywords taken when absent.
fn merge_into(into: &mut Map<String, Value>, part: &Value) {
    let Some(part) = part.as_object() else { return };
    for (k, v) in part {
        match (k.as_str(), into.get_mut(k), v) {
            ("properties", Some(Value::Object(have)), Value::Object(add)) => {
                for (name, p) in add {
                    match have.get_mut(name) {
                        // Both constrain the property: it must meet both.
                        Some(Value::Object(existing)) => merge_into(existing, p),
                        Some(_) => {}
                        None => {
                            have.insert(name.clone(), p.clone());
                        }
                    }
                }
            }
            ("required", Some(Value::Array(have)), Value::Array(add)) => {
                for r in add {
                    if !have.contains(r) {
                        have.push(r.clone());
                    }
                }
            }
            (_, Some(_), _) => {}
            (_, None, _) => {
                into.insert(k.clone(), v.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn generated_events_validate_and_repeat_with_the_seed() {
        let schema = JsonSchema::new(
            json!({
                "type": "object",
                "additionalProperties": false,
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "at": {"type": "string", "format": "date-time"},
                    "mail": {"type": "string", "format": "email"},
                    "kind": {"enum": ["A", "B"]},
                    "qty": {"type": "integer", "minimum": 1, "maximum": 9},
                    "price": {"type": "number", "exclusiveMinimum": 0, "maximum": 50},
                    "tags": {"type": "array", "items": {"type": "string", "maxLength": 5}, "minItems": 1, "maxItems": 3},
                    "note": {"type": ["string", "null"]},
                    "sub": {"$ref": "#/$defs/Sub"}
                },
                "required": ["id", "at", "kind", "qty", "price", "tags", "sub"],
                "$defs": {"Sub": {"type": "object", "properties": {"x": {"type": "boolean"}}, "required": ["x"]}}
            }),
            Vec::new(),
        )
        .unwrap();
        let base = 1_735_689_600_000;
        let mut a = Generator::new(&schema, 42, base);
        let mut b = Generator::new(&schema, 42, base);
        for _ in 0..50 {
            let v = a.next_value().unwrap();
            assert!(schema.validate(&v).is_ok(), "{v}");
            assert_eq!(v, b.next_value().unwrap());
            let q = v["qty"].as_i64().unwrap();
            assert!((1..=9).contains(&q));
        }
    }
}
