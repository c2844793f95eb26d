//! Where a replayed record goes: its original partition when that exists in
//! the destination, else the partition Java's default partitioner picks for
//! its key (murmur2), else any.

use super::*;

/// Kafka's Java `Utils.murmur2` (the default partitioner's hash), which
/// librdkafka's `murmur2_random` partitioner reproduces.
pub fn murmur2(data: &[u8]) -> i32 {
    const SEED: u32 = 0x9747_b28c;
    const M: u32 = 0x5bd1_e995;
    const R: u32 = 24;
    let mut h: u32 = SEED ^ data.len() as u32;
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        let mut k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h = h.wrapping_mul(M);
        h ^= k;
    }
    let tail = chunks.remainder();
    if tail.len() >= 3 {
        h ^= (tail[2] as u32) << 16;
    }
    if tail.len() >= 2 {
        h ^= (tail[1] as u32) << 8;
    }
    if !tail.is_empty() {
        h ^= tail[0] as u32;
        h = h.wrapping_mul(M);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(M);
    h ^= h >> 15;
    h as i32
}

/// The partition Java's default partitioner gives a keyed record.
pub fn java_partition(key: &[u8], partitions: i32) -> i32 {
    if partitions <= 0 {
        return 0;
    }
    (murmur2(key) & 0x7fff_ffff) % partitions
}

/// How a replayed record's partition is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartitionRule {
    /// The original partition, which exists in the destination.
    Original,
    /// murmur2 of the key, as Java producers do.
    Key,
    /// A null key without an original partition: any partition.
    Any,
}

/// The original partition when the destination is the origin topic and the
/// partition still exists; otherwise the partitioner decides (`None`).
pub fn choose_partition(origin: Option<&Origin>, dest: &str, dest_partitions: i32) -> Option<i32> {
    origin
        .filter(|o| o.topic == dest)
        .and_then(|o| o.partition)
        .filter(|p| (0..dest_partitions).contains(p))
}
