//! A minimal Kafka protocol client for the two requests librdkafka has no
//! admin call for: DescribeLogDirs (per-broker partition sizes and disk
//! usage) and DescribeQuorum (the KRaft controller quorum).
//!
//! It speaks PLAINTEXT only: one TCP connection per request, request header
//! v2 and the flexible encodings (KIP-482) of DescribeLogDirs v4 and
//! DescribeQuorum v1. On a TLS or SASL listener callers get
//! [`WireError::Unsupported`] and show the figure as unknown; they never
//! guess it. `wire_groups` uses the same client to ask for many groups'
//! offsets and descriptions in one request per coordinator.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

const DESCRIBE_LOG_DIRS: i16 = 35;
const DESCRIBE_QUORUM: i16 = 55;
/// Responses larger than this are refused rather than allocated.
const MAX_RESPONSE: usize = 256 << 20;

#[derive(Debug, thiserror::Error)]
pub enum WireError {
    #[error("{0}")]
    Unsupported(String),
    #[error("{0}")]
    Failed(String),
}

/// One log directory of one broker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogDir {
    pub path: String,
    /// Kafka's error name for the directory (e.g. KAFKA_STORAGE_ERROR), if any.
    pub error: Option<String>,
    /// Partition replicas held in this directory: (topic, partition, bytes).
    pub partitions: Vec<(String, i32, i64)>,
    /// Filesystem size and free space; `None` when the broker did not say.
    pub total_bytes: Option<i64>,
    pub usable_bytes: Option<i64>,
}

/// One voter or observer of the KRaft quorum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replica {
    pub id: i32,
    pub log_end_offset: i64,
    /// Leader wall-clock time of the offset it last caught up to (-1 unknown).
    pub last_caught_up_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quorum {
    pub leader_id: i32,
    pub leader_epoch: i32,
    pub high_watermark: i64,
    pub voters: Vec<Replica>,
    pub observers: Vec<Replica>,
}

/// DescribeLogDirs v4 for every topic, sent to the broker at `address`.
pub fn describe_log_dirs(address: &str, timeout: Duration) -> Result<Vec<LogDir>, WireError> {
    // Topics: a null compact array (all topics), then no tagged fields.
    let body = [0u8, 0u8];
    let resp = call(address, DESCRIBE_LOG_DIRS, 4, &body, timeout)?;
    parse_log_dirs(&resp)
        .map_err(|e| WireError::Failed(format!("DescribeLogDirs from {address}: {e}")))
}

/// DescribeQuorum v1 for the metadata log, sent to the broker at `address`
/// (a broker forwards it to the active controller).
pub fn describe_quorum(address: &str, timeout: Duration) -> Result<Quorum, WireError> {
    let mut body = Vec::new();
    put_uvarint(&mut body, 2); // one topic
    put_compact_str(&mut body, "__cluster_metadata");
    put_uvarint(&mut body, 2); // one partition
    body.extend_from_slice(&0i32.to_be_bytes());
    body.push(0); // partition tags
    body.push(0); // topic tags
    body.push(0); // request tags
    let resp = call(address, DESCRIBE_QUORUM, 1, &body, timeout)?;
    parse_quorum(&resp)
        .map_err(|e| WireError::Failed(format!("DescribeQuorum from {address}: {e}")))
}

/// Sends one request and returns the response body (after its header).
pub(super) fn call(
    address: &str,
    api_key: i16,
    version: i16,
    body: &[u8],
    timeout: Duration,
) -> Result<Vec<u8>, WireError> {
    let failed = |e: std::io::Error| WireError::Failed(format!("{address}: {e}"));
    let addr = address
        .to_socket_addrs()
        .map_err(failed)?
        .next()
        .ok_or_else(|| WireError::Failed(format!("{address}: no address")))?;
    let mut stream = TcpStream::connect_timeout(&addr, timeout).map_err(failed)?;
    stream.set_read_timeout(Some(timeout)).map_err(failed)?;
    stream.set_write_timeout(Some(timeout)).map_err(failed)?;
    let correlation: i32 = 1;
    stream
        .write_all(&frame(api_key, version, correlation, body))
        .map_err(failed)?;
    let mut len = [0u8; 4];
    stream.read_exact(&mut len).map_err(|e| {
        if e.kind() == std::io::ErrorKind::UnexpectedEof {
            WireError::Failed(format!(
                "{address} closed the connection (a TLS or SASL listener, or a request it does not support)"
            ))
        } else {
            failed(e)
        }
    })?;
    let len = i32::from_be_bytes(len);
    let len = usize::try_from(len)
        .ok()
        .filter(|l| (5..=MAX_RESPONSE).contains(l))
        .ok_or_else(|| WireError::Failed(format!("{address}: response of invalid size {len}")))?;
    let mut resp = vec![0u8; len];
    stream.read_exact(&mut resp).map_err(failed)?;
    let start =
        body_start(&resp, correlation).map_err(|e| WireError::Failed(format!("{address}: {e}")))?;
    Ok(resp[start..].to_vec())
}

/// A request as sent: its length, request header v2 (client id `kctl`, no
/// tags), then `body`.
pub(super) fn frame(api_key: i16, version: i16, correlation: i32, body: &[u8]) -> Vec<u8> {
    let client_id = b"kctl";
    let len = 2 + 2 + 4 + 2 + client_id.len() + 1 + body.len();
    let mut frame = Vec::with_capacity(4 + len);
    frame.extend_from_slice(&(len as i32).to_be_bytes());
    frame.extend_from_slice(&api_key.to_be_bytes());
    frame.extend_from_slice(&version.to_be_bytes());
    frame.extend_from_slice(&correlation.to_be_bytes());
    frame.extend_from_slice(&(client_id.len() as i16).to_be_bytes());
    frame.extend_from_slice(client_id);
    frame.push(0); // header tags
    frame.extend_from_slice(body);
    frame
}

/// Where the body of a response starts, after response header v1 (its
/// correlation id, checked against `correlation`, and its tags).
pub(super) fn body_start(resp: &[u8], correlation: i32) -> Result<usize, String> {
    let mut r = Reader::new(resp);
    let got = r.i32()?;
    if got != correlation {
        return Err(format!(
            "response to another request (correlation id {got})"
        ));
    }
    r.tags()?;
    Ok(r.pos)
}

fn parse_log_dirs(b: &[u8]) -> Result<Vec<LogDir>, String> {
    let mut r = Reader::new(b);
    let _throttle = r.i32()?;
    let code = r.i16()?;
    if code != 0 {
        return Err(error_name(code));
    }
    let n = r.array_len()?;
    let mut dirs = Vec::with_capacity(n);
    for _ in 0..n {
        let code = r.i16()?;
        let path = r.compact_str()?;
        let mut partitions = Vec::new();
        for _ in 0..r.array_len()? {
            let topic = r.compact_str()?;
            for _ in 0..r.array_len()? {
                let partition = r.i32()?;
                let size = r.i64()?;
                let _offset_lag = r.i64()?;
                let future = r.u8()? != 0;
                r.tags()?;
                if !future {
                    partitions.push((topic.clone(), partition, size));
                }
            }
            r.tags()?;
        }
        let total = r.i64()?;
        let usable = r.i64()?;
        r.tags()?;
        dirs.push(LogDir {
            path,
            error: (code != 0).then(|| error_name(code)),
            partitions,
            total_bytes: (total >= 0).then_some(total),
            usable_bytes: (usable >= 0).then_some(usable),
        });
    }
    Ok(dirs)
}

fn parse_quorum(b: &[u8]) -> Result<Quorum, String> {
    let mut r = Reader::new(b);
    let code = r.i16()?;
    if code != 0 {
        return Err(error_name(code));
    }
    let mut found = None;
    for _ in 0..r.array_len()? {
        let _topic = r.compact_str()?;
        for _ in 0..r.array_len()? {
            let _partition = r.i32()?;
            let code = r.i16()?;
            let leader_id = r.i32()?;
            let leader_epoch = r.i32()?;
            let high_watermark = r.i64()?;
            let voters = replicas(&mut r)?;
            let observers = replicas(&mut r)?;
            r.tags()?;
            if code != 0 {
                return Err(error_name(code));
            }
            found = Some(Quorum {
                leader_id,
                leader_epoch,
                high_watermark,
                voters,
                observers,
            });
        }
        r.tags()?;
    }
    found.ok_or_else(|| "no metadata partition in the answer".to_string())
}

fn replicas(r: &mut Reader<'_>) -> Result<Vec<Replica>, String> {
    let n = r.array_len()?;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.i32()?;
        let log_end_offset = r.i64()?;
        let _last_fetch = r.i64()?;
        let last_caught_up_ms = r.i64()?;
        r.tags()?;
        out.push(Replica {
            id,
            log_end_offset,
            last_caught_up_ms,
        });
    }
    Ok(out)
}

/// The names of the error codes these two requests return; others by number.
pub(super) fn error_name(code: i16) -> String {
    match code {
        29 => "CLUSTER_AUTHORIZATION_FAILED".into(),
        56 => "KAFKA_STORAGE_ERROR".into(),
        57 => "LOG_DIR_NOT_FOUND".into(),
        6 => "NOT_LEADER_OR_FOLLOWER".into(),
        35 => "UNSUPPORTED_VERSION".into(),
        58 => "SASL_AUTHENTICATION_FAILED".into(),
        _ => format!("Kafka error code {code}"),
    }
}

pub(super) fn put_uvarint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(super) fn put_compact_str(out: &mut Vec<u8>, s: &str) {
    put_uvarint(out, s.len() as u64 + 1);
    out.extend_from_slice(s.as_bytes());
}

pub(super) struct Reader<'a> {
    b: &'a [u8],
    pub(super) pos: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(b: &'a [u8]) -> Self {
        Reader { b, pos: 0 }
    }

    pub(super) fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| {
                format!(
                    "truncated answer ({} bytes, needed {})",
                    self.b.len(),
                    self.pos + n
                )
            })?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    pub(super) fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    pub(super) fn i16(&mut self) -> Result<i16, String> {
        Ok(i16::from_be_bytes(
            self.take(2)?.try_into().unwrap_or_default(),
        ))
    }

    pub(super) fn i32(&mut self) -> Result<i32, String> {
        Ok(i32::from_be_bytes(
            self.take(4)?.try_into().unwrap_or_default(),
        ))
    }

    pub(super) fn i64(&mut self) -> Result<i64, String> {
        Ok(i64::from_be_bytes(
            self.take(8)?.try_into().unwrap_or_default(),
        ))
    }

    pub(super) fn uvarint(&mut self) -> Result<u64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err("malformed varint".into())
    }

    /// A compact array's length; a null array reads as empty.
    pub(super) fn array_len(&mut self) -> Result<usize, String> {
        let n = self.uvarint()?.saturating_sub(1);
        // Every element takes at least one byte: a larger count is corrupt.
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= self.b.len() - self.pos)
            .ok_or_else(|| format!("array of {n} elements in a short answer"))
    }

    pub(super) fn compact_str(&mut self) -> Result<String, String> {
        let n = self.uvarint()?.saturating_sub(1);
        let n = usize::try_from(n).map_err(|_| "string too long".to_string())?;
        Ok(String::from_utf8_lossy(self.take(n)?).into_owned())
    }

    /// Skips a tagged-field section.
    pub(super) fn tags(&mut self) -> Result<(), String> {
        for _ in 0..self.uvarint()? {
            let _tag = self.uvarint()?;
            let size = usize::try_from(self.uvarint()?).map_err(|_| "tag too long".to_string())?;
            self.take(size)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log_dirs_answer() -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&0i32.to_be_bytes()); // throttle
        b.extend_from_slice(&0i16.to_be_bytes()); // error
        put_uvarint(&mut b, 2); // one dir
        b.extend_from_slice(&0i16.to_be_bytes());
        put_compact_str(&mut b, "/data/kafka");
        put_uvarint(&mut b, 2); // one topic
        put_compact_str(&mut b, "orders");
        put_uvarint(&mut b, 3); // two partitions
        for (p, size, future) in [(0i32, 1234i64, 0u8), (1, 99, 1)] {
            b.extend_from_slice(&p.to_be_bytes());
            b.extend_from_slice(&size.to_be_bytes());
            b.extend_from_slice(&0i64.to_be_bytes());
            b.push(future);
            b.push(0);
        }
        b.push(0); // topic tags
        b.extend_from_slice(&1000i64.to_be_bytes());
        b.extend_from_slice(&(-1i64).to_be_bytes());
        // a tagged field the parser does not know: skipped
        b.extend_from_slice(&[1, 7, 2, 0xaa, 0xbb]);
        b.push(0);
        b
    }

    #[test]
    fn log_dirs_answer_is_read_and_future_replicas_left_out() {
        let dirs = parse_log_dirs(&log_dirs_answer()).unwrap();
        assert_eq!(
            dirs,
            vec![LogDir {
                path: "/data/kafka".into(),
                error: None,
                partitions: vec![("orders".into(), 0, 1234)],
                total_bytes: Some(1000),
                usable_bytes: None,
            }]
        );
    }

    #[test]
    fn a_truncated_answer_is_an_error_not_a_panic() {
        let full = log_dirs_answer();
        for cut in 0..full.len() - 1 {
            assert!(parse_log_dirs(&full[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn a_top_level_error_is_named() {
        let mut b = 0i32.to_be_bytes().to_vec();
        b.extend_from_slice(&29i16.to_be_bytes());
        b.push(1);
        b.push(0);
        assert_eq!(
            parse_log_dirs(&b).unwrap_err(),
            "CLUSTER_AUTHORIZATION_FAILED"
        );
    }

    #[test]
    fn quorum_answer_is_read() {
        let mut b = 0i16.to_be_bytes().to_vec();
        put_uvarint(&mut b, 2);
        put_compact_str(&mut b, "__cluster_metadata");
        put_uvarint(&mut b, 2);
        b.extend_from_slice(&0i32.to_be_bytes());
        b.extend_from_slice(&0i16.to_be_bytes());
        b.extend_from_slice(&2i32.to_be_bytes()); // leader
        b.extend_from_slice(&7i32.to_be_bytes()); // epoch
        b.extend_from_slice(&500i64.to_be_bytes()); // hw
        put_uvarint(&mut b, 3); // two voters
        for (id, leo, caught) in [(2i32, 500i64, 10i64), (1, 480, -1)] {
            b.extend_from_slice(&id.to_be_bytes());
            b.extend_from_slice(&leo.to_be_bytes());
            b.extend_from_slice(&(-1i64).to_be_bytes());
            b.extend_from_slice(&caught.to_be_bytes());
            b.push(0);
        }
        put_uvarint(&mut b, 1); // no observers
        b.push(0);
        b.push(0);
        b.push(0);
        let q = parse_quorum(&b).unwrap();
        assert_eq!(q.leader_id, 2);
        assert_eq!(q.leader_epoch, 7);
        assert_eq!(q.voters.len(), 2);
        assert_eq!(q.voters[1].log_end_offset, 480);
        assert!(q.observers.is_empty());
    }

    #[test]
    fn varints_round_trip() {
        for v in [0u64, 1, 127, 128, 300, 1 << 35] {
            let mut b = Vec::new();
            put_uvarint(&mut b, v);
            assert_eq!(Reader::new(&b).uvarint().unwrap(), v);
        }
    }
}
