//! The Confluent wire format: `0x00`, a 4-byte big-endian schema id, then the
//! Avro binary datum without a container header.

use std::fmt;

pub const MAGIC: u8 = 0;
pub const HEADER_LEN: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameError {
    /// Fewer than the 5 header bytes.
    Truncated { len: usize },
    /// The first byte is not the Confluent magic byte.
    BadMagic { byte: u8 },
}

impl fmt::Display for FrameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrameError::Truncated { len } => write!(
                f,
                "truncated Confluent frame: {len} bytes, need at least {HEADER_LEN}"
            ),
            FrameError::BadMagic { byte } => {
                write!(
                    f,
                    "not a Confluent frame: magic byte is 0x{byte:02x}, expected 0x00"
                )
            }
        }
    }
}

impl std::error::Error for FrameError {}

/// Splits a framed record into its schema id and Avro payload.
pub fn split(bytes: &[u8]) -> Result<(u32, &[u8]), FrameError> {
    if bytes.len() < HEADER_LEN {
        return Err(FrameError::Truncated { len: bytes.len() });
    }
    if bytes[0] != MAGIC {
        return Err(FrameError::BadMagic { byte: bytes[0] });
    }
    let id = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]);
    Ok((id, &bytes[HEADER_LEN..]))
}

/// Cheap test used by `auto` decoding: could these bytes be a Confluent frame?
pub fn looks_framed(bytes: &[u8]) -> bool {
    bytes.len() >= HEADER_LEN && bytes[0] == MAGIC
}

/// Writes the 5-byte header for `id` followed by `payload` into `out`.
pub fn frame_into(id: u32, payload: &[u8], out: &mut Vec<u8>) {
    out.reserve(HEADER_LEN + payload.len());
    out.push(MAGIC);
    out.extend_from_slice(&id.to_be_bytes());
    out.extend_from_slice(payload);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_id_and_payload() {
        let mut buf = Vec::new();
        frame_into(0x0102_0304, b"avro", &mut buf);
        assert_eq!(buf, [0, 1, 2, 3, 4, b'a', b'v', b'r', b'o']);
        assert_eq!(split(&buf), Ok((0x0102_0304, &b"avro"[..])));
    }

    #[test]
    fn rejects_short_and_unframed_input() {
        assert_eq!(split(&[0, 0, 1]), Err(FrameError::Truncated { len: 3 }));
        assert_eq!(
            split(b"{\"a\":1}"),
            Err(FrameError::BadMagic { byte: b'{' })
        );
        assert!(split(&[0, 0, 0, 0, 7]).unwrap().1.is_empty());
    }
}
