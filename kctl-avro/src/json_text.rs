//! Writing JSON text straight into a byte buffer: escaped strings, integers,
//! floats, Avro "code-point" strings and base64. `tail` builds every output
//! line with these instead of going through `serde_json::Value`, which would
//! allocate a tree per record.

use base64::Engine as _;

/// For each byte: 0 = copy as is, otherwise the character after the backslash
/// (`u` means a `\u00XX` escape).
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_escape(out: &mut Vec<u8>, byte: u8, kind: u8) {
    if kind == b'u' {
        out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[(byte >> 4) as usize],
            HEX[(byte & 0xf) as usize],
        ]);
    } else {
        out.extend_from_slice(&[b'\\', kind]);
    }
}

/// Writes `s` as a quoted JSON string.
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    write_str_body(out, s);
    out.push(b'"');
}

/// Writes the escaped contents of `s` without the quotes.
pub fn write_str_body(out: &mut Vec<u8>, s: &str) {
    escape_into(out, s.as_bytes());
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Does the 8-byte word hold a byte that needs escaping (below 0x20, `"` or
/// `\`) or a byte >= 0x80? (Bit tricks: a byte is zero iff `(x - 1) & !x`
/// has its high bit set.)
#[inline]
fn word_needs_care(x: u64) -> bool {
    let zero = |v: u64| v.wrapping_sub(LO) & !v & HI;
    let control = x.wrapping_sub(LO * 0x20) & !x & HI;
    (control | zero(x ^ (LO * b'"' as u64)) | zero(x ^ (LO * b'\\' as u64)) | (x & HI)) != 0
}

/// Escapes `bytes` (already known to be UTF-8, or checked by the caller)
/// into `out`; returns whether any byte was >= 0x80. Plain ASCII runs are
/// copied eight bytes at a time.
fn escape_into(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    let mut high = false;
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if i + 8 <= bytes.len() {
            let mut w = [0u8; 8];
            w.copy_from_slice(&bytes[i..i + 8]);
            if !word_needs_care(u64::from_le_bytes(w)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        high |= b >= 0x80;
        let kind = ESCAPE[b as usize];
        if kind != 0 {
            out.extend_from_slice(&bytes[start..i]);
            push_escape(out, b, kind);
            start = i + 1;
        }
        i += 1;
    }
    out.extend_from_slice(&bytes[start..]);
    high
}

/// Writes `bytes` as a quoted JSON string if they are valid UTF-8 (checked
/// only when a byte >= 0x80 occurs); otherwise leaves `out` as it was.
pub fn write_utf8(out: &mut Vec<u8>, bytes: &[u8]) -> Result<(), std::str::Utf8Error> {
    let mark = out.len();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    if escape_into(out, bytes) {
        if let Err(e) = std::str::from_utf8(bytes) {
            out.truncate(mark);
            return Err(e);
        }
    }
    out.push(b'"');
    Ok(())
}

/// Writes bytes as a JSON string of the code points U+0000..U+00FF, one per
/// byte: Avro's JSON encoding of `bytes` and `fixed`.
pub fn write_codepoints(out: &mut Vec<u8>, bytes: &[u8]) {
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    for &b in bytes {
        let kind = ESCAPE[b as usize];
        if kind != 0 {
            push_escape(out, b, kind);
        } else if b < 0x80 {
            out.push(b);
        } else {
            // U+0080..U+00FF in UTF-8.
            out.push(0xc0 | (b >> 6));
            out.push(0x80 | (b & 0x3f));
        }
    }
    out.push(b'"');
}

/// Writes bytes as a quoted standard base64 string.
pub fn write_base64(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    let start = out.len();
    let len = base64::encoded_len(bytes.len(), true).unwrap_or(0);
    out.resize(start + len, 0);
    let written = base64::engine::general_purpose::STANDARD
        .encode_slice(bytes, &mut out[start..])
        .unwrap_or(0);
    out.truncate(start + written);
    out.push(b'"');
}

/// Integers through `itoa`: Avro JSON decoding of the `tail` benchmark's
/// datum took about 440 ns with it against about 480 ns with the hand-written
/// two-digits-per-division writer it replaced (`cargo bench --bench codec`
/// measures the same decode).
pub fn write_i64(out: &mut Vec<u8>, v: i64) {
    // Small numbers (array items, counts, partitions) are most numbers:
    // pushed directly, without the library call a short copy costs.
    match v {
        0..=9 => out.push(b'0' + v as u8),
        10..=99 => out.extend_from_slice(&[b'0' + (v / 10) as u8, b'0' + (v % 10) as u8]),
        _ => out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes()),
    }
}

pub fn write_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// Up to 32 bytes known ahead (a record's field name, a union branch),
/// appended with one constant-size copy.
#[derive(Debug, Clone)]
pub struct Snippet {
    bytes: [u8; 32],
    len: usize,
    long: Option<Box<[u8]>>,
}

impl Snippet {
    pub fn new(text: &[u8]) -> Snippet {
        let mut bytes = [0u8; 32];
        let long = if text.len() <= bytes.len() {
            bytes[..text.len()].copy_from_slice(text);
            None
        } else {
            Some(text.into())
        };
        Snippet {
            bytes,
            len: text.len(),
            long,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn write(&self, out: &mut Vec<u8>) {
        match &self.long {
            None => {
                let len = out.len() + self.len;
                out.extend_from_slice(&self.bytes);
                out.truncate(len);
            }
            Some(b) => out.extend_from_slice(b),
        }
    }
}

/// A finite double as a JSON number (`1.0`, `0.1`, `1e300`); NaN and the
/// infinities, which JSON cannot express, as the strings `"NaN"`,
/// `"Infinity"` and `"-Infinity"` (as Avro's Java JSON encoder does).
pub fn write_f64(out: &mut Vec<u8>, v: f64) {
    if v.is_finite() {
        // serde_json prints the shortest text that reads back as the same double.
        let _ = serde_json::to_writer(&mut *out, &v);
    } else {
        write_non_finite(out, v.is_nan(), v > 0.0);
    }
}

/// As [`write_f64`], with the shortest text for a single-precision float
/// (`0.1`, not `0.10000000149011612`).
pub fn write_f32(out: &mut Vec<u8>, v: f32) {
    if v.is_finite() {
        let _ = serde_json::to_writer(&mut *out, &v);
    } else {
        write_non_finite(out, v.is_nan(), v > 0.0);
    }
}

fn write_non_finite(out: &mut Vec<u8>, nan: bool, positive: bool) {
    out.extend_from_slice(match (nan, positive) {
        (true, _) => b"\"NaN\"",
        (false, true) => b"\"Infinity\"",
        (false, false) => b"\"-Infinity\"",
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut v = Vec::new();
        f(&mut v);
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn strings_escape_exactly_what_json_requires() {
        let s = "a\"b\\c\n\t\u{1}é€😀\u{7f}";
        let t = text(|o| write_str(o, s));
        assert_eq!(t, "\"a\\\"b\\\\c\\n\\t\\u0001é€😀\u{7f}\"");
        assert_eq!(serde_json::from_str::<String>(&t).unwrap(), s);
    }

    #[test]
    fn utf8_bytes_are_checked_and_escaped_in_one_pass() {
        for s in [
            "",
            "a",
            "plain ascii longer than eight bytes",
            "é at start",
            "tab\there and \"quotes\" \\ and \u{1}",
            "0123456\u{7f}89",
            "€€€€€€€€€€",
        ] {
            let mut out = Vec::new();
            write_utf8(&mut out, s.as_bytes()).unwrap();
            assert_eq!(out, text(|o| write_str(o, s)).into_bytes(), "{s:?}");
            assert_eq!(serde_json::from_slice::<String>(&out).unwrap(), s);
        }
        let mut out = b"keep".to_vec();
        assert!(write_utf8(&mut out, b"abcdefgh\xc3\x28").is_err());
        assert!(write_utf8(&mut out, b"\xff").is_err());
        assert_eq!(out, b"keep");
        // Every byte value at every position of a word.
        for pos in 0..9 {
            for b in 0u8..=0x7f {
                let mut input = vec![b'x'; 9];
                input[pos] = b;
                let s = std::str::from_utf8(&input).unwrap();
                let mut out = Vec::new();
                write_utf8(&mut out, &input).unwrap();
                assert_eq!(serde_json::from_slice::<String>(&out).unwrap(), s);
            }
        }
    }

    #[test]
    fn snippets_append_exactly_their_bytes() {
        for text in [&b""[..], b"\"id\":", &[b'x'; 32], &[b'y'; 33]] {
            let mut out = b"ab".to_vec();
            Snippet::new(text).write(&mut out);
            assert_eq!(&out[..2], b"ab");
            assert_eq!(&out[2..], text);
        }
    }

    #[test]
    fn integers_of_every_length() {
        let mut n: u64 = 1;
        for _ in 0..20 {
            for v in [n - 1, n, n.saturating_add(7)] {
                assert_eq!(text(|o| write_u64(o, v)), v.to_string());
                let i = v as i64;
                assert_eq!(text(|o| write_i64(o, i)), i.to_string());
                assert_eq!(text(|o| write_i64(o, -i)), (-i).to_string());
            }
            n = n.saturating_mul(10);
        }
        // Every number around the short paths for one and two digits.
        for i in -250..250 {
            assert_eq!(text(|o| write_i64(o, i)), i.to_string());
        }
    }

    #[test]
    fn codepoint_strings_map_each_byte_to_one_char() {
        let bytes: Vec<u8> = (0..=255).collect();
        let t = text(|o| write_codepoints(o, &bytes));
        let back: String = serde_json::from_str(&t).unwrap();
        let round: Vec<u8> = back.chars().map(|c| c as u32 as u8).collect();
        assert_eq!(round, bytes);
        assert!(back.chars().all(|c| (c as u32) < 256));
    }

    #[test]
    fn numbers_are_shortest_and_non_finite_floats_are_strings() {
        assert_eq!(text(|o| write_i64(o, i64::MIN)), "-9223372036854775808");
        assert_eq!(text(|o| write_i64(o, 0)), "0");
        assert_eq!(text(|o| write_u64(o, u64::MAX)), "18446744073709551615");
        assert_eq!(text(|o| write_f32(o, 0.1)), "0.1");
        assert_eq!(text(|o| write_f64(o, 1.0)), "1.0");
        assert_eq!(text(|o| write_f64(o, f64::NAN)), "\"NaN\"");
        assert_eq!(text(|o| write_f32(o, f32::NEG_INFINITY)), "\"-Infinity\"");
    }

    #[test]
    fn base64_is_standard_and_padded() {
        assert_eq!(text(|o| write_base64(o, &[0, 1, 0xff])), "\"AAH/\"");
        assert_eq!(text(|o| write_base64(o, b"")), "\"\"");
        assert_eq!(text(|o| write_base64(o, b"ab")), "\"YWI=\"");
    }
}
