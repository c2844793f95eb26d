//! Strings that match a JSON Schema `pattern`, for `--generate`: the
//! pattern is parsed with `regex-syntax` (the parser of the `regex` crate
//! kctl validates with) and walked, drawing literals, one character of each
//! class (printable ASCII when the class has any), a branch of each
//! alternation and a count within each repetition (at most 3 beyond its
//! minimum). Anchors and other look-arounds add nothing. A pattern the
//! parser does not take (ECMA-262 syntax Rust's regex lacks) yields `None`.

use regex_syntax::hir::{Class, Hir, HirKind};

use crate::domain::generate::Rng;

/// A string `pattern` matches, or `None` when it cannot be parsed.
pub fn sample(pattern: &str, rng: &mut Rng) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    let mut out = String::new();
    walk(&hir, rng, &mut out, 0)?;
    Some(out)
}

fn walk(h: &Hir, rng: &mut Rng, out: &mut String, depth: usize) -> Option<()> {
    if depth > 64 {
        return None;
    }
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(l) => out.push_str(std::str::from_utf8(&l.0).ok()?),
        HirKind::Class(Class::Unicode(c)) => {
            let ranges: Vec<(u32, u32)> = c
                .ranges()
                .iter()
                .map(|r| (r.start() as u32, r.end() as u32))
                .collect();
            out.push(pick(&ranges, rng)?);
        }
        HirKind::Class(Class::Bytes(c)) => {
            let ranges: Vec<(u32, u32)> = c
                .ranges()
                .iter()
                .map(|r| (u32::from(r.start()), u32::from(r.end()).min(0x7f)))
                .filter(|(a, b)| a <= b)
                .collect();
            out.push(pick(&ranges, rng)?);
        }
        HirKind::Repetition(r) => {
            let max = r.max.unwrap_or(r.min + 3).min(r.min + 3);
            let n = r.min + rng.below(u64::from(max - r.min) + 1) as u32;
            for _ in 0..n {
                walk(&r.sub, rng, out, depth + 1)?;
            }
        }
        HirKind::Capture(c) => walk(&c.sub, rng, out, depth + 1)?,
        HirKind::Concat(parts) => {
            for p in parts {
                walk(p, rng, out, depth + 1)?;
            }
        }
        HirKind::Alternation(branches) => {
            let b = &branches[rng.below(branches.len() as u64) as usize];
            walk(b, rng, out, depth + 1)?;
        }
    }
    Some(())
}

/// A character of the class `ranges`: printable ASCII when it has any.
fn pick(ranges: &[(u32, u32)], rng: &mut Rng) -> Option<char> {
    let printable: Vec<char> = (0x20u32..0x7f)
        .filter(|c| ranges.iter().any(|(a, b)| a <= c && c <= b))
        .filter_map(char::from_u32)
        .collect();
    if !printable.is_empty() {
        return Some(printable[rng.below(printable.len() as u64) as usize]);
    }
    let (a, b) = *ranges.get(rng.below(ranges.len().max(1) as u64) as usize)?;
    (0..8).find_map(|_| char::from_u32(a + rng.below(u64::from(b - a) + 1) as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_match_their_pattern() {
        let mut rng = Rng::new(3);
        for p in [
            r"^[A-Z]{3}-\d{4}$",
            r"^(INV|SAL)-[0-9a-f]{8}$",
            r"^\w+@\w+\.example$",
            r"^[^\s]{2,5}$",
            r"^SKU-[A-Z0-9]+(-[A-Z]{2})?$",
            r"^\+?[1-9]\d{1,14}$",
            "^é+ü?$",
        ] {
            let re = regex::Regex::new(p).unwrap();
            for _ in 0..50 {
                let s = sample(p, &mut rng).unwrap();
                assert!(re.is_match(&s), "{p}: {s:?}");
            }
        }
        assert!(
            sample(r"(?<=a)b", &mut rng).is_none(),
            "look-behind is not Rust syntax"
        );
    }
}
