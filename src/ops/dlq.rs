//! `kctl dlq inspect` and `kctl dlq show`, and the reading they share with
//! `dlq replay`: the entries of a dead-letter topic that match a selection,
//! read through a [`DlqSource`].

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{anyhow, Result};
use kctl_avro::decode::{Compiled, JsonStyle};
use kctl_avro::wire;
use serde::Serialize;
use serde_json::Value;

use crate::domain::dlq::{self, Detection, DlqRecord, Entry, EntryFilter};
use crate::domain::envelope;
use crate::domain::subject::SchemaKind;
use crate::ops::ports::{DlqSource, SchemaError, WriterSchemas};

#[derive(Serialize)]
pub struct PartitionExtent {
    pub partition: i32,
    pub low: i64,
    pub high: i64,
}

/// Reads the DLQ entries matching `filter` (at most `limit`, the first by
/// partition then offset), mapping each matching record with `keep`.
pub async fn read_matching<S: DlqSource, T>(
    reader: &mut S,
    filter: &EntryFilter,
    limit: Option<usize>,
    mut keep: impl FnMut(DlqRecord, Detection) -> T,
    pos: impl Fn(&T) -> (i32, i64),
) -> Result<(Vec<PartitionExtent>, Vec<T>)> {
    let extent = reader.extent()?;
    let known: Vec<i32> = extent.iter().map(|&(p, _, _)| p).collect();
    if let Some(p) = filter.unknown_partition(&known) {
        return Err(anyhow!(
            "partition {p} does not exist in the dead-letter topic (it has partitions 0 to {})",
            known.len().saturating_sub(1)
        ));
    }
    let ranges: Vec<(i32, i64, i64)> = extent
        .iter()
        .filter_map(|&(p, low, high)| filter.read_range(p, low, high).map(|(f, t)| (p, f, t)))
        .collect();
    reader.assign(&ranges)?;
    let mut per_partition: HashMap<i32, usize> = HashMap::new();
    let mut out = Vec::new();
    while let Some(rec) = reader.next().await? {
        let d = dlq::detect(&rec.headers);
        if !filter.matches(
            rec.partition,
            rec.offset,
            rec.timestamp,
            rec.key.as_deref(),
            &rec.headers,
            &d,
        ) {
            continue;
        }
        if let Some(n) = limit {
            // The first N overall are among the first N of each partition.
            let c = per_partition.entry(rec.partition).or_insert(0);
            if *c >= n {
                continue;
            }
            *c += 1;
        }
        out.push(keep(rec, d));
    }
    out.sort_by_key(|t| pos(t));
    if let Some(n) = limit {
        out.truncate(n);
    }
    let extent = extent
        .into_iter()
        .map(|(partition, low, high)| PartitionExtent {
            partition,
            low,
            high,
        })
        .collect();
    Ok((extent, out))
}

pub async fn read_entries<S: DlqSource>(
    reader: &mut S,
    filter: &EntryFilter,
    limit: Option<usize>,
) -> Result<(Vec<PartitionExtent>, Vec<Entry>)> {
    read_matching(
        reader,
        filter,
        limit,
        |rec, detection| Entry {
            partition: rec.partition,
            offset: rec.offset,
            timestamp: rec.timestamp,
            key: rec.key,
            value_len: rec.value.as_ref().map(Vec::len),
            detection,
        },
        |e| (e.partition, e.offset),
    )
    .await
}

#[derive(Serialize)]
pub struct Inspection {
    pub dlq: String,
    pub selection: Vec<String>,
    pub partitions: Vec<PartitionExtent>,
    #[serde(flatten)]
    pub summary: dlq::InspectSummary,
}

/// `dlq show`: the selected entries with key and value decoded (Avro
/// through `schemas`, when given), origin and error details.
pub async fn show<S: DlqSource>(
    reader: &mut S,
    dlq: &str,
    filter: &EntryFilter,
    limit: Option<usize>,
    schemas: Option<&dyn WriterSchemas>,
) -> Result<Vec<ShownEntry>> {
    let (_, records) = read_matching(
        reader,
        filter,
        limit,
        |rec, d| (rec, d),
        |(r, _)| (r.partition, r.offset),
    )
    .await?;
    let decoder = Decoder { schemas };
    let mut shown = Vec::with_capacity(records.len());
    for (rec, d) in records {
        let unavailable = |m: String| {
            anyhow!(
                "{m} (needed to decode entry {}; --no-decode shows the bytes without decoding)",
                dlq::replay_id(dlq, rec.partition, rec.offset)
            )
        };
        let key = decode_payload(&decoder, rec.key.as_deref()).map_err(unavailable)?;
        let value = decode_payload(&decoder, rec.value.as_deref()).map_err(unavailable)?;
        shown.push(ShownEntry {
            replay_id: dlq::replay_id(dlq, rec.partition, rec.offset),
            partition: rec.partition,
            offset: rec.offset,
            timestamp: rec.timestamp,
            time: rec.timestamp.map(dlq::format_time),
            convention: d.convention,
            origin: d.origin.clone(),
            error: d.error.clone(),
            replay_count: d.replay_count,
            previous_replay_id: d.previous_replay_id.clone(),
            key,
            value,
            headers: rec
                .headers
                .iter()
                .map(|(k, v)| envelope::Header::from_bytes(k, v.as_deref()))
                .collect(),
            raw_headers: rec.headers,
        });
    }
    Ok(shown)
}

/// `dlq inspect`: the selected entries summarised by origin, error class and
/// age, with the DLQ's partitions.
pub async fn inspect<S: DlqSource>(
    reader: &mut S,
    dlq: &str,
    filter: &EntryFilter,
    limit: Option<usize>,
) -> Result<Inspection> {
    let (partitions, entries) = read_entries(reader, filter, limit).await?;
    Ok(Inspection {
        dlq: dlq.to_string(),
        selection: filter.describe(),
        partitions,
        summary: dlq::summarize(&entries),
    })
}

/// Decodes Confluent-framed Avro through the command's schema cache (which
/// remembers failures too, so an unreachable registry costs one timeout);
/// without one, payloads are left as they are.
struct Decoder<'s> {
    schemas: Option<&'s dyn WriterSchemas>,
}

impl Decoder<'_> {
    /// The schema, or why not.
    fn compiled(&self, id: u32) -> std::result::Result<Arc<Compiled>, NoSchema> {
        match self.schemas {
            None => Err(NoSchema::Data("no schema registry".to_string())),
            Some(cache) => cache.decoder(id).map_err(|e| match e {
                SchemaError::Fetch(m) | SchemaError::Compile(m) => NoSchema::Data(m),
                SchemaError::Unavailable(m) => NoSchema::Unavailable(m),
            }),
        }
    }

    /// The format of schema `id`, or why it is not known.
    fn kind(&self, id: u32) -> std::result::Result<SchemaKind, NoSchema> {
        match self.schemas {
            None => Err(NoSchema::Data("no schema registry".to_string())),
            Some(cache) => cache.kind(id).map_err(|e| match e {
                SchemaError::Fetch(m) | SchemaError::Compile(m) => NoSchema::Data(m),
                SchemaError::Unavailable(m) => NoSchema::Unavailable(m),
            }),
        }
    }

    /// The payload as shown; `Err` (why) when the registry cannot be asked.
    fn decode(&self, bytes: &[u8]) -> std::result::Result<Shown, String> {
        if self.schemas.is_some() && wire::looks_framed(bytes) {
            if let Ok((id, payload)) = wire::split(bytes) {
                // JSON Schema framing carries the JSON text itself.
                match self.kind(id) {
                    Ok(SchemaKind::Json) => {
                        return Ok(match serde_json::from_slice::<Value>(payload) {
                            Ok(v) => (v, "json-schema", Some(id), None),
                            Err(e) => {
                                let (v, f) = plain(bytes);
                                (v, f, Some(id), Some(format!("invalid JSON: {e}")))
                            }
                        });
                    }
                    Ok(SchemaKind::Protobuf) => {
                        let decoded = self
                            .schemas
                            .ok_or_else(|| "no schema registry".to_string())
                            .and_then(|c| c.proto_schema(id).map_err(|e| e.to_string()))
                            .and_then(|s| s.to_value(payload));
                        return Ok(match decoded {
                            Ok((v, _)) => (v, "protobuf", Some(id), None),
                            Err(e) => {
                                let (v, f) = plain(bytes);
                                (v, f, Some(id), Some(e))
                            }
                        });
                    }
                    Err(NoSchema::Unavailable(why)) => return Err(why),
                    _ => {}
                }
                match self.compiled(id) {
                    Ok(c) => match c.to_value(payload, JsonStyle::Plain) {
                        Ok(v) => return Ok((v, "avro", Some(id), None)),
                        Err(e) => {
                            let (v, f) = plain(bytes);
                            return Ok((v, f, Some(id), Some(e.to_string())));
                        }
                    },
                    Err(NoSchema::Data(e)) => {
                        let (v, f) = plain(bytes);
                        return Ok((v, f, Some(id), Some(format!("schema {id}: {e}"))));
                    }
                    Err(NoSchema::Unavailable(why)) => return Err(why),
                }
            }
        }
        let (v, f) = plain(bytes);
        Ok((v, f, None, None))
    }
}

/// Why a schema id did not resolve.
enum NoSchema {
    /// The registry's answer about this id, or a schema kctl cannot use:
    /// the payload is shown undecoded with the reason.
    Data(String),
    /// The registry cannot be asked: `show` stops.
    Unavailable(String),
}

/// (value, format, schema id, decode error)
type Shown = (Value, &'static str, Option<u32>, Option<String>);

fn plain(bytes: &[u8]) -> (Value, &'static str) {
    let (v, f) = envelope::payload_to_json(bytes);
    let name = match f {
        envelope::Format::Json => "json",
        envelope::Format::String => "string",
        envelope::Format::Base64 => "base64",
        envelope::Format::Avro => "avro",
        envelope::Format::JsonSchema => "json-schema",
        envelope::Format::Protobuf => "protobuf",
    };
    (v, name)
}

#[derive(Serialize)]
pub struct Payload {
    pub value: Value,
    pub format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_id: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decode_error: Option<String>,
}

#[derive(Serialize)]
pub struct ShownEntry {
    pub replay_id: String,
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Option<i64>,
    /// `timestamp` as people read it, for the table only: JSON and YAML
    /// carry epoch milliseconds, as every kctl timestamp.
    #[serde(skip)]
    pub time: Option<String>,
    pub convention: Option<dlq::Convention>,
    pub origin: Option<dlq::Origin>,
    pub error: dlq::ErrorInfo,
    pub replay_count: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_replay_id: Option<String>,
    /// `null` for a null key or value (not the same as empty).
    pub key: Option<Payload>,
    pub value: Option<Payload>,
    pub headers: Vec<envelope::Header>,
    #[serde(skip)]
    pub raw_headers: Vec<dlq::RecordHeader>,
}

fn decode_payload(
    decoder: &Decoder,
    bytes: Option<&[u8]>,
) -> std::result::Result<Option<Payload>, String> {
    let Some(bytes) = bytes else {
        return Ok(None);
    };
    let (value, format, schema_id, decode_error) = decoder.decode(bytes)?;
    Ok(Some(Payload {
        value,
        format,
        schema_id,
        decode_error,
    }))
}

/// The exit of `dlq show`: an error, after every entry was shown, when a
/// key or value could not be decoded (its bytes are shown with the reason).
pub fn show_outcome(shown: &[ShownEntry]) -> Result<()> {
    let failed: Vec<(&ShownEntry, &str)> = shown
        .iter()
        .filter_map(|e| {
            [&e.key, &e.value]
                .into_iter()
                .flatten()
                .find_map(|p| p.decode_error.as_deref())
                .map(|m| (e, m))
        })
        .collect();
    match failed.first() {
        None => Ok(()),
        Some((e, m)) => Err(anyhow!(
            "{} entr{} could not be decoded (first: {}: {m}); shown with their bytes and the reason; --no-decode shows the bytes without decoding",
            failed.len(),
            if failed.len() == 1 { "y" } else { "ies" },
            e.replay_id
        )),
    }
}
