#!/usr/bin/env python3
"""Decode what `kctl produce` wrote with Confluent's own Python client.

Usage: decode_produced.py BOOTSTRAP REGISTRY_URL TOPIC COUNT

Reads COUNT records from every partition of TOPIC (from the beginning, by
assignment: no consumer group is joined) and decodes Confluent-framed keys and
values with confluent_kafka.schema_registry.avro.AvroDeserializer, which
fetches the writer schema from the registry by the id in each record. Prints
one JSON object per record, sorted by (partition, offset):

    {"partition": 0, "offset": 0, "key": ..., "value": ..., "headers": [[name, value], ...]}

Non-JSON Avro values are rendered so the Rust test can compare them exactly:
bytes -> {"$bytes": "<hex>"}, decimal -> {"$decimal": "<str>"},
datetime -> {"$millis": <epoch ms>}, date -> {"$date": "<iso>"}, uuid -> str,
a record chosen from a union -> {"$record": "<full name>", "value": {...}}
(AvroDeserializer's return_record_name=True). A key or value that is not
Confluent-framed is shown as {"$raw": "<utf-8 or hex>"}; null stays null.
Exits 1 with a message on stderr when fewer than COUNT records arrive in 60 s.
"""

import datetime
import decimal
import json
import sys
import time
import uuid

from confluent_kafka import Consumer, TopicPartition, OFFSET_BEGINNING
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer
from confluent_kafka.serialization import MessageField, SerializationContext


def render(v):
    if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str):
        return {"$record": v[0], "value": render(v[1])}
    if isinstance(v, dict):
        return {k: render(x) for k, x in v.items()}
    if isinstance(v, list):
        return [render(x) for x in v]
    if isinstance(v, (bytes, bytearray)):
        return {"$bytes": bytes(v).hex()}
    if isinstance(v, decimal.Decimal):
        return {"$decimal": str(v)}
    if isinstance(v, datetime.datetime):
        return {"$millis": int(round(v.timestamp() * 1000))}
    if isinstance(v, datetime.date):
        return {"$date": v.isoformat()}
    if isinstance(v, uuid.UUID):
        return str(v)
    return v


def raw(b):
    try:
        return {"$raw": b.decode("utf-8")}
    except UnicodeDecodeError:
        return {"$raw": b.hex()}


def main():
    bootstrap, registry, topic, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    sr = SchemaRegistryClient({"url": registry})
    deser = AvroDeserializer(sr, return_record_name=True)
    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": "kctl-interop-unused",
        "enable.auto.commit": False,
        # Connection failures surface as the exception below, not as log spam.
        "log_level": 2,
    })
    md = consumer.list_topics(topic, timeout=10)
    parts = sorted(md.topics[topic].partitions)
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in parts])
    out = []
    deadline = time.time() + 60
    while len(out) < count and time.time() < deadline:
        m = consumer.poll(0.5)
        if m is None:
            continue
        if m.error():
            print(f"consume error: {m.error()}", file=sys.stderr)
            sys.exit(1)

        def decode(b, field):
            if b is None:
                return None
            if len(b) >= 5 and b[0] == 0:
                return render(deser(b, SerializationContext(topic, field)))
            return raw(b)

        out.append({
            "partition": m.partition(),
            "offset": m.offset(),
            "key": decode(m.key(), MessageField.KEY),
            "value": decode(m.value(), MessageField.VALUE),
            "headers": [[k, None if v is None else v.decode("utf-8", "replace")]
                        for k, v in (m.headers() or [])],
        })
    consumer.close()
    if len(out) < count:
        print(f"only {len(out)} of {count} records arrived", file=sys.stderr)
        sys.exit(1)
    out.sort(key=lambda r: (r["partition"], r["offset"]))
    for r in out:
        print(json.dumps(r, sort_keys=True))


if __name__ == "__main__":
    main()
