//! Kafka's Fetch request (v12) and its answer, and the v2 record batches it
//! carries: the pure half of `tail`'s own reader ([`super::fast_tail`]).
//!
//! Only what can be read exactly is read here; everything else is a
//! [`Stop`], after which the caller hands the read to librdkafka at the
//! offsets it has reached: a partition error, aborted transactions in the
//! answer (librdkafka filters them), a compressed batch, a batch of another
//! magic, a record that does not parse, or an answer with no whole batch.
//!
//! Request and answer layouts are Kafka's `FetchRequest.json` and
//! `FetchResponse.json` at version 12 (the flexible encodings of KIP-482, topics
//! by name); the batch layout is Kafka's `DefaultRecordBatch`.

use std::fmt;

use super::wire::{put_compact_str, put_uvarint, Reader};

pub(super) const FETCH: i16 = 1;
pub(super) const FETCH_VERSION: i16 = 12;
/// Isolation level `read_committed`, librdkafka's default.
const READ_COMMITTED: u8 = 1;
/// Bytes of a v2 batch header (base offset to record count).
const BATCH_HEADER: usize = 61;

/// Why the read goes on through librdkafka.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop(pub String);

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What one Fetch asks for.
pub struct FetchSpec<'a> {
    pub topic: &'a str,
    pub max_wait_ms: i32,
    pub max_bytes: i32,
    pub partition_max_bytes: i32,
    /// `(partition, offset to fetch from)`.
    pub partitions: &'a [(i32, i64)],
}

/// The body of a Fetch v12 request (after the request header): a full fetch
/// outside any fetch session, as a consumer that is not a replica.
pub fn fetch_request(spec: &FetchSpec<'_>) -> Vec<u8> {
    let mut b = Vec::with_capacity(64 + spec.topic.len() + 28 * spec.partitions.len());
    b.extend_from_slice(&(-1i32).to_be_bytes()); // replica id: a consumer
    b.extend_from_slice(&spec.max_wait_ms.to_be_bytes());
    b.extend_from_slice(&1i32.to_be_bytes()); // min bytes: answer once anything is there
    b.extend_from_slice(&spec.max_bytes.to_be_bytes());
    b.push(READ_COMMITTED);
    b.extend_from_slice(&0i32.to_be_bytes()); // session id: none
    b.extend_from_slice(&(-1i32).to_be_bytes()); // session epoch: a full fetch, no session
    put_uvarint(&mut b, 2); // one topic
    put_compact_str(&mut b, spec.topic);
    put_uvarint(&mut b, spec.partitions.len() as u64 + 1);
    for &(p, offset) in spec.partitions {
        b.extend_from_slice(&p.to_be_bytes());
        b.extend_from_slice(&(-1i32).to_be_bytes()); // current leader epoch: unknown
        b.extend_from_slice(&offset.to_be_bytes());
        b.extend_from_slice(&(-1i32).to_be_bytes()); // last fetched epoch: unknown
        b.extend_from_slice(&(-1i64).to_be_bytes()); // log start offset: not a replica
        b.extend_from_slice(&spec.partition_max_bytes.to_be_bytes());
        b.push(0); // partition tags
    }
    b.push(0); // topic tags
    put_uvarint(&mut b, 1); // no forgotten topics
    put_compact_str(&mut b, ""); // rack id
    b.push(0); // request tags
    b
}

/// One record, as positions in the answer's buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub partition: i32,
    pub offset: i64,
    /// Milliseconds since the epoch; negative when the record has none.
    pub timestamp: i64,
    /// Start and length of the key; length -1 for a null key.
    pub key: (u32, i32),
    pub value: (u32, i32),
    /// Start of the first header and how many there are.
    pub headers: (u32, u32),
}

/// What an answer says about one partition besides its records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartitionState {
    pub partition: i32,
    /// The offset to fetch next: past every whole batch in the answer
    /// (control batches and records before the offset asked for included).
    pub next: i64,
    /// The end readable with `read_committed` (the last stable offset, or the
    /// high watermark when the broker gives none).
    pub end: i64,
    /// Whether the answer held any batch for it.
    pub had_data: bool,
}

/// What an answer gave: each partition's state, and where reading had to
/// stop, if it did.
#[derive(Debug, Default)]
pub struct Answer {
    pub states: Vec<PartitionState>,
    /// A partition this reader cannot read exactly from its `next` offset
    /// on: the records before it are in the slots, the answer's later
    /// partitions are not read.
    pub stop: Option<Stop>,
}

/// Reads a Fetch v12 answer body (after the response header) for `topic`:
/// appends every record at or after the offset asked for to `slots`, in log
/// order per partition, and returns each partition's state. `asked` gives the
/// offset each partition was fetched from. An error is an answer not read at
/// all.
pub fn read_answer(
    buf: &[u8],
    topic: &str,
    asked: &[(i32, i64)],
    slots: &mut Vec<Slot>,
) -> Result<Answer, Stop> {
    let bad = |e: String| Stop(format!("unreadable Fetch answer: {e}"));
    let mut r = Reader::new(buf);
    let _throttle = r.i32().map_err(bad)?;
    let error = r.i16().map_err(bad)?;
    if error != 0 {
        return Err(Stop(format!(
            "Fetch failed: {}",
            super::wire::error_name(error)
        )));
    }
    let _session = r.i32().map_err(bad)?;
    let mut answer = Answer {
        states: Vec::with_capacity(asked.len()),
        stop: None,
    };
    for _ in 0..r.array_len().map_err(bad)? {
        let name = r.compact_str().map_err(bad)?;
        if name != topic {
            return Err(Stop(format!("Fetch answer for another topic ({name:?})")));
        }
        for _ in 0..r.array_len().map_err(bad)? {
            let partition = r.i32().map_err(bad)?;
            let error = r.i16().map_err(bad)?;
            let high = r.i64().map_err(bad)?;
            let stable = r.i64().map_err(bad)?;
            let _log_start = r.i64().map_err(bad)?;
            let aborted = r.array_len().map_err(bad)?;
            for _ in 0..aborted {
                r.take(16).map_err(bad)?;
                r.tags().map_err(bad)?;
            }
            let _preferred_replica = r.i32().map_err(bad)?;
            let len = r.uvarint().map_err(bad)?.saturating_sub(1);
            let len = usize::try_from(len).map_err(|_| bad("records too long".into()))?;
            let start = r.pos;
            let records = r.take(len).map_err(bad)?;
            r.tags().map_err(bad)?;
            let Some(&(_, from)) = asked.iter().find(|(p, _)| *p == partition) else {
                return Err(Stop(format!(
                    "Fetch answer for partition {partition}, not asked for"
                )));
            };
            if error != 0 {
                answer.stop = Some(Stop(format!(
                    "partition {partition}: {}",
                    super::wire::error_name(error)
                )));
                return Ok(answer);
            }
            if aborted > 0 {
                // Records of aborted transactions to leave out: librdkafka's job.
                answer.stop = Some(Stop(format!(
                    "partition {partition} holds aborted transactions"
                )));
                return Ok(answer);
            }
            let end = if stable >= 0 { stable } else { high };
            let (next, stop) = read_batches(buf, start, records, partition, from, slots);
            answer.states.push(PartitionState {
                partition,
                next,
                end,
                had_data: !records.is_empty(),
            });
            if stop.is_some() {
                answer.stop = stop;
                return Ok(answer);
            }
        }
        r.tags().map_err(bad)?;
    }
    r.tags().map_err(bad)?;
    Ok(answer)
}

/// Reads the whole batches of one partition's records (which start at
/// `base` in `buf`); returns the offset after the last batch read. A
/// trailing partial batch (cut by the size limits) is left for the next
/// fetch; a batch that cannot be read exactly stops the reading there, with
/// the reason.
fn read_batches(
    buf: &[u8],
    base: usize,
    records: &[u8],
    partition: i32,
    from: i64,
    slots: &mut Vec<Slot>,
) -> (i64, Option<Stop>) {
    let mut next = from;
    match read_whole_batches(buf, base, records, partition, &mut next, slots) {
        Ok(()) => (next, None),
        Err(stop) => (next, Some(stop)),
    }
}

fn read_whole_batches(
    buf: &[u8],
    base: usize,
    records: &[u8],
    partition: i32,
    next: &mut i64,
    slots: &mut Vec<Slot>,
) -> Result<(), Stop> {
    let mut pos = 0usize;
    while records.len() - pos >= 12 {
        let b = &records[pos..];
        let base_offset = i64::from_be_bytes(b[0..8].try_into().unwrap_or_default());
        let length = i32::from_be_bytes(b[8..12].try_into().unwrap_or_default());
        let Some(total) = usize::try_from(length).ok().and_then(|l| l.checked_add(12)) else {
            return Err(Stop(format!(
                "partition {partition}: batch of length {length}"
            )));
        };
        if total > b.len() {
            break; // partial: fetched again next time
        }
        if total < BATCH_HEADER {
            return Err(Stop(format!(
                "partition {partition}: batch of length {length}"
            )));
        }
        let batch = &b[..total];
        let magic = batch[16] as i8;
        if magic != 2 {
            return Err(Stop(format!(
                "partition {partition}: a batch of message format v{magic}"
            )));
        }
        let attributes = i16::from_be_bytes([batch[21], batch[22]]);
        let last_delta = i32::from_be_bytes(batch[23..27].try_into().unwrap_or_default());
        let batch_end = base_offset + i64::from(last_delta) + 1;
        if attributes & 0x07 != 0 {
            return Err(Stop(format!(
                "partition {partition}: compressed batch ({})",
                match attributes & 0x07 {
                    1 => "gzip",
                    2 => "snappy",
                    3 => "lz4",
                    4 => "zstd",
                    _ => "unknown codec",
                }
            )));
        }
        let control = attributes & 0x20 != 0;
        if !control && batch_end > *next {
            let log_append = attributes & 0x08 != 0;
            let base_ts = i64::from_be_bytes(batch[27..35].try_into().unwrap_or_default());
            let max_ts = i64::from_be_bytes(batch[35..43].try_into().unwrap_or_default());
            let count = i32::from_be_bytes(batch[57..61].try_into().unwrap_or_default());
            let at = base + pos + BATCH_HEADER;
            let kept = slots.len();
            read_records(
                buf,
                at,
                base + pos + total,
                Batch {
                    partition,
                    base_offset,
                    base_ts,
                    fixed_ts: log_append.then_some(max_ts),
                    count,
                    from: *next,
                },
                slots,
            )
            .map_err(|e| {
                // None of the batch is handed out: it is read again from its start.
                slots.truncate(kept);
                Stop(format!(
                    "partition {partition}: unreadable record in the batch at offset {base_offset}: {e}"
                ))
            })?;
        }
        *next = (*next).max(batch_end);
        pos += total;
    }
    if pos == 0 && !records.is_empty() {
        return Err(Stop(format!(
            "partition {partition}: no whole batch in {} bytes",
            records.len()
        )));
    }
    Ok(())
}

struct Batch {
    partition: i32,
    base_offset: i64,
    base_ts: i64,
    fixed_ts: Option<i64>,
    count: i32,
    from: i64,
}

fn read_records(
    buf: &[u8],
    at: usize,
    end: usize,
    batch: Batch,
    slots: &mut Vec<Slot>,
) -> Result<(), String> {
    let mut r = VarReader {
        b: &buf[..end],
        pos: at,
    };
    for _ in 0..batch.count.max(0) {
        let len = r.varint()?;
        let body_start = r.pos;
        let rec_end = usize::try_from(len)
            .ok()
            .and_then(|l| body_start.checked_add(l))
            .filter(|&e| e <= end)
            .ok_or_else(|| format!("record of length {len}"))?;
        r.skip(1)?; // attributes
        let ts_delta = r.varint()?;
        let offset_delta = r.varint()?;
        let key = r.bytes()?;
        let value = r.bytes()?;
        let header_count = r.varint()?;
        let header_count =
            u32::try_from(header_count).map_err(|_| format!("{header_count} headers"))?;
        let headers_at = r.pos;
        if r.pos > rec_end {
            return Err("record longer than its length".into());
        }
        let offset = batch.base_offset + offset_delta;
        if offset >= batch.from {
            slots.push(Slot {
                partition: batch.partition,
                offset,
                timestamp: batch
                    .fixed_ts
                    .unwrap_or(batch.base_ts.wrapping_add(ts_delta)),
                key,
                value,
                headers: (headers_at as u32, header_count),
            });
        }
        r.pos = rec_end;
    }
    Ok(())
}

/// Header `i` of a record whose headers start at `at` in `buf`: its name and
/// value (`None` for a null value). `None` when it is not there.
pub fn header(buf: &[u8], at: u32, count: u32, i: usize) -> Option<(&[u8], Option<&[u8]>)> {
    if i >= count as usize {
        return None;
    }
    let mut r = VarReader {
        b: buf,
        pos: at as usize,
    };
    for n in 0..=i {
        let name = r.bytes().ok()?;
        let value = r.bytes().ok()?;
        if n == i {
            let name = slice(buf, name)?;
            return Some((name, slice(buf, value)));
        }
    }
    None
}

/// The bytes a `(start, length)` pair names; `None` for length -1.
pub fn slice(buf: &[u8], (start, len): (u32, i32)) -> Option<&[u8]> {
    let len = usize::try_from(len).ok()?;
    buf.get(start as usize..start as usize + len)
}

/// Reads the zigzag varints of the record format.
struct VarReader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl VarReader<'_> {
    fn varint(&mut self) -> Result<i64, String> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.b.get(self.pos).ok_or("truncated")?;
            self.pos += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok((v >> 1) as i64 ^ -((v & 1) as i64));
            }
        }
        Err("malformed varint".into())
    }

    fn skip(&mut self, n: usize) -> Result<(), String> {
        if self.b.len() - self.pos < n {
            return Err("truncated".into());
        }
        self.pos += n;
        Ok(())
    }

    /// A length-prefixed field: `(start, length)`, length -1 for null.
    fn bytes(&mut self) -> Result<(u32, i32), String> {
        let len = self.varint()?;
        if len < 0 {
            return Ok((self.pos as u32, -1));
        }
        let n = usize::try_from(len).map_err(|_| "field too long".to_string())?;
        let start = self.pos;
        self.skip(n)?;
        let start = u32::try_from(start).map_err(|_| "answer too large".to_string())?;
        let n = i32::try_from(n).map_err(|_| "field too long".to_string())?;
        Ok((start, n))
    }
}

/// Fetch answers built by hand, byte by byte from Kafka's layouts: for the
/// unit tests here and `benches/fetch.rs`.
#[doc(hidden)]
pub mod sample {
    use super::super::wire::{put_compact_str, put_uvarint};
    use super::BATCH_HEADER;

    fn put_varint(out: &mut Vec<u8>, v: i64) {
        put_uvarint(out, ((v << 1) ^ (v >> 63)) as u64);
    }

    /// A length-prefixed field of a record; length -1 for null.
    fn put_field(out: &mut Vec<u8>, field: Option<&[u8]>) {
        match field {
            Some(b) => {
                put_varint(out, b.len() as i64);
                out.extend_from_slice(b);
            }
            None => put_varint(out, -1),
        }
    }

    /// A record: key, value, headers.
    pub type Rec<'a> = (
        Option<&'a [u8]>,
        Option<&'a [u8]>,
        &'a [(&'a str, Option<&'a [u8]>)],
    );

    /// A v2 batch of `records` at `base`, with `attributes`.
    pub fn batch(base: i64, attributes: i16, base_ts: i64, records: &[Rec<'_>]) -> Vec<u8> {
        let mut body = Vec::new();
        for (i, (k, v, hs)) in records.iter().enumerate() {
            let mut r = vec![0u8]; // attributes
            put_varint(&mut r, i as i64 * 10); // timestamp delta
            put_varint(&mut r, i as i64); // offset delta
            put_field(&mut r, *k);
            put_field(&mut r, *v);
            put_varint(&mut r, hs.len() as i64);
            for (name, value) in hs.iter() {
                put_field(&mut r, Some(name.as_bytes()));
                put_field(&mut r, *value);
            }
            put_varint(&mut body, r.len() as i64);
            body.extend_from_slice(&r);
        }
        let mut b = Vec::new();
        b.extend_from_slice(&base.to_be_bytes());
        b.extend_from_slice(&((BATCH_HEADER - 12 + body.len()) as i32).to_be_bytes());
        b.extend_from_slice(&0i32.to_be_bytes()); // leader epoch
        b.push(2); // magic
        b.extend_from_slice(&0u32.to_be_bytes()); // crc (not checked, as librdkafka's default)
        b.extend_from_slice(&attributes.to_be_bytes());
        b.extend_from_slice(&(records.len().max(1) as i32 - 1).to_be_bytes());
        b.extend_from_slice(&base_ts.to_be_bytes());
        b.extend_from_slice(&(base_ts + 1000).to_be_bytes()); // max timestamp
        b.extend_from_slice(&(-1i64).to_be_bytes());
        b.extend_from_slice(&(-1i16).to_be_bytes());
        b.extend_from_slice(&(-1i32).to_be_bytes());
        b.extend_from_slice(&(records.len() as i32).to_be_bytes());
        b.extend_from_slice(&body);
        b
    }

    /// One partition's part of an answer.
    pub struct Part {
        pub partition: i32,
        pub error: i16,
        pub high: i64,
        pub aborted: usize,
        pub records: Vec<u8>,
    }

    pub fn answer(topic: &str, parts: &[Part]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(&0i32.to_be_bytes()); // throttle
        b.extend_from_slice(&0i16.to_be_bytes()); // error
        b.extend_from_slice(&0i32.to_be_bytes()); // session
        put_uvarint(&mut b, 2);
        put_compact_str(&mut b, topic);
        put_uvarint(&mut b, parts.len() as u64 + 1);
        for p in parts {
            b.extend_from_slice(&p.partition.to_be_bytes());
            b.extend_from_slice(&p.error.to_be_bytes());
            b.extend_from_slice(&p.high.to_be_bytes());
            b.extend_from_slice(&p.high.to_be_bytes()); // last stable offset
            b.extend_from_slice(&0i64.to_be_bytes()); // log start
            put_uvarint(&mut b, p.aborted as u64 + 1);
            for i in 0..p.aborted {
                b.extend_from_slice(&(i as i64).to_be_bytes());
                b.extend_from_slice(&0i64.to_be_bytes());
                b.push(0);
            }
            b.extend_from_slice(&(-1i32).to_be_bytes()); // preferred replica
            put_uvarint(&mut b, p.records.len() as u64 + 1);
            b.extend_from_slice(&p.records);
            b.push(0); // partition tags
        }
        b.push(0); // topic tags
        b.push(0); // answer tags
        b
    }
}

#[cfg(test)]
mod tests {
    use super::sample::*;
    use super::*;

    fn part(partition: i32, high: i64, records: Vec<u8>) -> Part {
        Part {
            partition,
            error: 0,
            high,
            aborted: 0,
            records,
        }
    }

    #[test]
    fn records_are_read_with_keys_values_headers_and_timestamps() {
        let hs: &[(&str, Option<&[u8]>)] = &[("trace", Some(b"t1")), ("gone", None)];
        let mut records = batch(
            5,
            0,
            1000,
            &[(Some(b"k0"), Some(b"v0"), hs), (None, None, &[])],
        );
        records.extend(batch(7, 0x08, 2000, &[(Some(b"k2"), Some(b""), &[])])); // log append time
        let buf = answer("t", &[part(0, 8, records)]);
        let mut slots = Vec::new();
        let answer = read_answer(&buf, "t", &[(0, 5)], &mut slots).unwrap();
        assert!(answer.stop.is_none());
        let states = answer.states;
        assert_eq!(
            states,
            [PartitionState {
                partition: 0,
                next: 8,
                end: 8,
                had_data: true
            }]
        );
        let got: Vec<_> = slots
            .iter()
            .map(|s| {
                (
                    s.offset,
                    s.timestamp,
                    slice(&buf, s.key),
                    slice(&buf, s.value),
                    s.headers.1,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (5, 1000, Some(&b"k0"[..]), Some(&b"v0"[..]), 2),
                (6, 1010, None, None, 0),
                (7, 3000, Some(&b"k2"[..]), Some(&b""[..]), 0),
            ]
        );
        let (at, n) = slots[0].headers;
        assert_eq!(
            header(&buf, at, n, 0),
            Some((&b"trace"[..], Some(&b"t1"[..])))
        );
        assert_eq!(header(&buf, at, n, 1), Some((&b"gone"[..], None)));
        assert_eq!(header(&buf, at, n, 2), None);
    }

    #[test]
    fn records_before_the_offset_asked_and_control_batches_are_skipped_and_a_partial_batch_left() {
        let mut records = batch(
            10,
            0,
            0,
            &[
                (None, Some(b"a"), &[]),
                (None, Some(b"b"), &[]),
                (None, Some(b"c"), &[]),
            ],
        );
        records.extend(batch(
            13,
            0x20,
            0,
            &[(Some(b"\0\0\0\0"), Some(b"marker"), &[])],
        )); // control
        let whole = batch(14, 0, 0, &[(None, Some(b"d"), &[])]);
        records.extend(&whole[..whole.len() - 3]); // cut by the size limit
        let buf = answer("t", &[part(0, 20, records)]);
        let mut slots = Vec::new();
        let states = read_answer(&buf, "t", &[(0, 11)], &mut slots)
            .unwrap()
            .states;
        let offsets: Vec<_> = slots.iter().map(|s| s.offset).collect();
        assert_eq!(offsets, [11, 12]);
        assert_eq!(
            states[0].next, 14,
            "past the control batch, before the partial one"
        );
        assert_eq!(states[0].end, 20);
    }

    #[test]
    fn what_is_not_read_exactly_stops_with_its_reason() {
        let mut slots = Vec::new();
        let one = |p: Part| {
            let buf = answer("t", &[p]);
            match read_answer(&buf, "t", &[(0, 0)], &mut Vec::new()) {
                Ok(answer) => answer.stop.expect("a stop").0,
                Err(stop) => stop.0,
            }
        };
        let compressed = batch(0, 3, 0, &[(None, Some(b"x"), &[])]);
        assert!(one(part(0, 1, compressed)).contains("compressed batch (lz4)"));
        let mut old = batch(0, 0, 0, &[(None, Some(b"x"), &[])]);
        old[16] = 1;
        assert!(one(part(0, 1, old)).contains("message format v1"));
        let mut aborted = part(0, 1, batch(0, 0, 0, &[(None, Some(b"x"), &[])]));
        aborted.aborted = 1;
        assert!(one(aborted).contains("aborted transactions"));
        let mut err = part(0, 1, Vec::new());
        err.error = 6;
        assert!(one(err).contains("NOT_LEADER_OR_FOLLOWER"));
        let whole = batch(0, 0, 0, &[(None, Some(b"x"), &[])]);
        assert!(one(part(0, 1, whole[..whole.len() - 1].to_vec())).contains("no whole batch"));
        let mut corrupt = batch(0, 0, 0, &[(None, Some(b"xyz"), &[])]);
        let n = corrupt.len();
        corrupt[n - 5] = 0x7e; // the value's length, now past the record's end
        assert!(one(part(0, 1, corrupt)).contains("unreadable record"));
        // The records before a batch that stops the reading are kept, and
        // the partition's next offset is that batch's.
        let mut records = batch(0, 0, 0, &[(None, Some(b"a"), &[]), (None, Some(b"b"), &[])]);
        records.extend(batch(2, 4, 0, &[(None, Some(b"c"), &[])]));
        let buf = answer("t", &[part(0, 3, records), part(1, 9, Vec::new())]);
        let mut kept = Vec::new();
        let a = read_answer(&buf, "t", &[(0, 0), (1, 0)], &mut kept).unwrap();
        assert_eq!(kept.iter().map(|s| s.offset).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(a.states.len(), 1, "partition 1 is not read after the stop");
        assert_eq!(a.states[0].next, 2);
        assert!(a.stop.unwrap().0.contains("compressed batch (zstd)"));
        // Truncated answers are errors, never panics.
        let buf = answer(
            "t",
            &[part(0, 2, batch(0, 0, 0, &[(None, Some(b"x"), &[])]))],
        );
        for cut in 0..buf.len() {
            let _ = read_answer(&buf[..cut], "t", &[(0, 0)], &mut slots);
        }
    }

    #[test]
    fn an_empty_answer_gives_the_end_and_no_records() {
        let buf = answer("t", &[part(0, 42, Vec::new()), part(3, 7, Vec::new())]);
        let mut slots = Vec::new();
        let states = read_answer(&buf, "t", &[(0, 42), (3, 5)], &mut slots)
            .unwrap()
            .states;
        assert!(slots.is_empty());
        assert_eq!(
            states,
            [
                PartitionState {
                    partition: 0,
                    next: 42,
                    end: 42,
                    had_data: false
                },
                PartitionState {
                    partition: 3,
                    next: 5,
                    end: 7,
                    had_data: false
                },
            ]
        );
    }

    #[test]
    fn the_request_asks_for_each_partition_from_its_offset() {
        let body = fetch_request(&FetchSpec {
            topic: "t",
            max_wait_ms: 100,
            max_bytes: 2 << 20,
            partition_max_bytes: 1 << 20,
            partitions: &[(0, 5), (2, 9)],
        });
        let mut r = Reader::new(&body);
        assert_eq!(r.i32().unwrap(), -1);
        assert_eq!(r.i32().unwrap(), 100);
        assert_eq!(r.i32().unwrap(), 1);
        assert_eq!(r.i32().unwrap(), 2 << 20);
        assert_eq!(r.u8().unwrap(), READ_COMMITTED);
        assert_eq!((r.i32().unwrap(), r.i32().unwrap()), (0, -1));
        assert_eq!(r.array_len().unwrap(), 1);
        assert_eq!(r.compact_str().unwrap(), "t");
        assert_eq!(r.array_len().unwrap(), 2);
        for (p, o) in [(0, 5), (2, 9)] {
            assert_eq!(r.i32().unwrap(), p);
            assert_eq!(r.i32().unwrap(), -1);
            assert_eq!(r.i64().unwrap(), o);
            assert_eq!(r.i32().unwrap(), -1);
            assert_eq!(r.i64().unwrap(), -1);
            assert_eq!(r.i32().unwrap(), 1 << 20);
            r.tags().unwrap();
        }
        r.tags().unwrap();
        assert_eq!(r.array_len().unwrap(), 0);
        assert_eq!(r.compact_str().unwrap(), "");
        r.tags().unwrap();
        assert_eq!(r.pos, body.len());
    }
}
