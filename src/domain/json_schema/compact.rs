//! Whether a JSON text is exactly what serde_json writes for the value it
//! holds (compact, escapes as serde_json spells them, numbers in their
//! shortest form, no key twice in an object): then `tail` can print a JSON
//! Schema payload as it is, and `produce` re-frames the same bytes, without
//! building the value. A single pass over the bytes; `false` is always safe
//! (the caller then parses the value).

/// Objects with more keys than this are left to the parser (the duplicate
/// check is a linear scan).
const MAX_KEYS: usize = 64;
/// serde_json's own nesting limit.
const MAX_DEPTH: usize = 128;

pub fn is_compact(b: &[u8]) -> bool {
    let mut s = Scan {
        b,
        i: 0,
        keys: Vec::new(),
    };
    s.value(0) && s.i == b.len()
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    /// The keys of the objects being read, innermost last.
    keys: Vec<&'a [u8]>,
}

impl<'a> Scan<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> bool {
        if depth >= MAX_DEPTH {
            return false;
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().is_some(),
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => false,
        }
    }

    fn literal(&mut self, word: &[u8]) -> bool {
        if self.b[self.i..].starts_with(word) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn object(&mut self, depth: usize) -> bool {
        self.i += 1;
        if self.eat(b'}') {
            return true;
        }
        let mark = self.keys.len();
        loop {
            let Some(key) = self.string() else {
                return false;
            };
            if self.keys.len() - mark >= MAX_KEYS || self.keys[mark..].contains(&key) {
                return false;
            }
            self.keys.push(key);
            if !self.eat(b':') || !self.value(depth + 1) {
                return false;
            }
            if self.eat(b'}') {
                self.keys.truncate(mark);
                return true;
            }
            if !self.eat(b',') {
                return false;
            }
        }
    }

    fn array(&mut self, depth: usize) -> bool {
        self.i += 1;
        if self.eat(b']') {
            return true;
        }
        loop {
            if !self.value(depth + 1) {
                return false;
            }
            if self.eat(b']') {
                return true;
            }
            if !self.eat(b',') {
                return false;
            }
        }
    }

    /// A string spelt as serde_json spells it; its raw bytes, quotes
    /// excluded.
    fn string(&mut self) -> Option<&'a [u8]> {
        if !self.eat(b'"') {
            return None;
        }
        let start = self.i;
        let mut high = 0u8;
        loop {
            // Plain characters in bulk: everything but `"`, `\` and controls.
            while let Some(&c) = self.b.get(self.i) {
                if c < 0x20 || c == b'"' || c == b'\\' {
                    break;
                }
                high |= c;
                self.i += 1;
            }
            let c = self.peek()?;
            self.i += 1;
            match c {
                b'"' => {
                    let text = &self.b[start..self.i - 1];
                    // Outside strings everything is ASCII by construction.
                    if high >= 0x80 && std::str::from_utf8(text).is_err() {
                        return None;
                    }
                    return Some(text);
                }
                0..=0x1f => return None,
                b'\\' => {
                    let e = self.peek()?;
                    self.i += 1;
                    match e {
                        b'"' | b'\\' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                        // serde_json writes \u00XX, lowercase, only for the
                        // control characters without a short escape.
                        b'u' => {
                            let h = self.b.get(self.i..self.i + 4)?;
                            self.i += 4;
                            let hex = |c: u8| match c {
                                b'0'..=b'9' => Some(c - b'0'),
                                b'a'..=b'f' => Some(c - b'a' + 10),
                                _ => None,
                            };
                            if h[0] != b'0' || h[1] != b'0' {
                                return None;
                            }
                            let v = hex(h[2])? * 16 + hex(h[3])?;
                            if v >= 0x20 || matches!(v, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d) {
                                return None;
                            }
                        }
                        _ => return None,
                    }
                }
                _ => {}
            }
        }
    }

    fn number(&mut self) -> bool {
        let start = self.i;
        self.eat(b'-');
        let digits = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        let int_end = self.i;
        if int_end == digits || (self.b[digits] == b'0' && int_end - digits > 1) {
            return false;
        }
        let mut float = false;
        if self.eat(b'.') {
            float = true;
            let f = self.i;
            while matches!(self.peek(), Some(b'0'..=b'9')) {
                self.i += 1;
            }
            if self.i == f {
                return false;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            float = true;
            self.i += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            let e = self.i;
            while matches!(self.peek(), Some(b'0'..=b'9')) {
                self.i += 1;
            }
            if self.i == e {
                return false;
            }
        }
        // Digits, signs, `.` and exponents: ASCII.
        let token = std::str::from_utf8(&self.b[start..self.i]).unwrap_or("");
        if !float {
            // An integer stays one when it fits 64 bits; -0 reads back as 0.
            return token != "-0" && (token.parse::<u64>().is_ok() || token.parse::<i64>().is_ok());
        }
        if plain_decimal_is_canonical(token) {
            return true;
        }
        match token.parse::<f64>() {
            Ok(x) if x.is_finite() => {
                // serde_json's own text for the double, on the stack.
                let mut buf = [0u8; 32];
                let mut w = std::io::Cursor::new(&mut buf[..]);
                let ok = serde_json::to_writer(&mut w, &x).is_ok();
                let n = w.position() as usize;
                ok && &buf[..n] == token.as_bytes()
            }
            _ => false,
        }
    }
}

/// Whether a decimal without exponent (`-12.5`, `0.001`, `3.0`) is the
/// text serde_json writes for its double, decided from its digits alone:
/// at most 15 significant digits (so no shorter decimal reads as the same
/// double), no trailing zero after the point (but `X.0`), and a magnitude
/// serde_json writes without an exponent (below 1e16, at least 1e-5).
/// `false` leaves it to the exact check.
fn plain_decimal_is_canonical(token: &str) -> bool {
    let t = token.strip_prefix('-').unwrap_or(token);
    let Some((int, frac)) = t.split_once('.') else {
        return false;
    };
    if int.is_empty() || frac.is_empty() || !frac.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    if int == "0" {
        if frac == "0" {
            // 0.0 (and -0.0, which serde_json writes as "-0.0").
            return true;
        }
        let zeros = frac.bytes().take_while(|&c| c == b'0').count();
        let sig = frac.len() - zeros;
        return zeros <= 4 && sig <= 15 && !frac.ends_with('0');
    }
    if frac == "0" {
        let sig = int.trim_end_matches('0').len();
        return int.len() <= 16 && sig <= 15;
    }
    int.len() + frac.len() <= 15 && !frac.ends_with('0')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// What serde_json's round trip says.
    fn round_trips(b: &[u8]) -> bool {
        serde_json::from_slice::<Value>(b)
            .ok()
            .and_then(|v| serde_json::to_vec(&v).ok())
            .is_some_and(|c| c == b)
    }

    /// The digit rule accepts only what serde_json writes, over doubles of
    /// every magnitude and digit count.
    #[test]
    fn plain_decimals_are_judged_as_serde_json_writes_them() {
        let mut rng = crate::domain::generate::Rng::new(11);
        let mut accepted = 0;
        for _ in 0..200_000 {
            let digits = 1 + rng.below(17) as i32;
            let mantissa = rng.below(10u64.pow(digits as u32)) as f64;
            let exp = rng.below(30) as i32 - 15;
            let x = mantissa * 10f64.powi(exp - digits);
            for text in [
                serde_json::to_string(&x).unwrap(),
                format!("{x:.3}"),
                format!("{x:.1}"),
                format!("{x}"),
            ] {
                if plain_decimal_is_canonical(&text) {
                    accepted += 1;
                    let back: f64 = text.parse().unwrap();
                    assert_eq!(serde_json::to_string(&back).unwrap(), text);
                }
            }
        }
        assert!(accepted > 100_000, "{accepted}");
    }

    #[test]
    fn agrees_with_the_round_trip_or_says_no() {
        let cases: &[&[u8]] = &[
            br#"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#,
            br#"{"a": 1}"#,
            br#"{"a":1,"a":2}"#,
            br#"{"a":1.0,"b":0.1,"c":1e300,"d":-2.5,"e":1e-7}"#,
            br#"{"a":1.50}"#,
            br#"{"a":1E5}"#,
            br#"{"a":100000.0}"#,
            br#"[-0]"#,
            br#"[-0.0,-12.5,0.00001,0.000001,0.0001,1234567890123456.0,12345678901234567.0]"#,
            br#"[-0.0]"#,
            br#"[0.000001]"#,
            br#"[1234567890123456.0]"#,
            br#"[12345678901234567.0]"#,
            br#"[100000000000000000000.0]"#,
            br#"[0.30000000000000004]"#,
            br#"[0,-1,18446744073709551615,-9223372036854775808]"#,
            br#"[18446744073709551616]"#,
            r#"["\u00e9","é","\n","\u000a","\u001f","\u001F","\/","a\"b\\c"]"#.as_bytes(),
            br#"{}"#,
            br#"[]"#,
            br#"[1,]"#,
            br#"{"a":}"#,
            br#""x""#,
            b"[\"\xff\"]",
            br#"[1] "#,
            br#"[01]"#,
        ];
        for c in cases {
            let fast = is_compact(c);
            assert!(!fast || round_trips(c), "{}", String::from_utf8_lossy(c));
        }
        for c in [
            &br#"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#[..],
            br#"{"a":1.0,"b":0.1,"d":-2.5}"#,
            br#"[0,-1,18446744073709551615,-9223372036854775808]"#,
            r#"["é","\n","\u001f","a\"b\\c"]"#.as_bytes(),
        ] {
            assert!(round_trips(c), "{}", String::from_utf8_lossy(c));
            assert!(is_compact(c), "{}", String::from_utf8_lossy(c));
        }
    }
}
