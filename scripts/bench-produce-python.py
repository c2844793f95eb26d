#!/usr/bin/env python3
"""Confluent's Python producer with AvroSerializer, for scripts/bench-produce.

Usage: bench-produce-python.py BOOTSTRAP REGISTRY TOPIC FILE [KEY=VALUE ...]

Reads FILE (one JSON event per line), serialises each with
confluent_kafka.schema_registry.avro.AvroSerializer (the latest schema of
TOPIC-value, never auto-registering), produces it without waiting for each
delivery (poll(0) as it goes, poll(0.005) when the queue is full), flushes,
and prints "N records, B bytes delivered" on stderr. Extra KEY=VALUE pairs are
librdkafka properties, so the benchmark gives it the same producer settings as
kctl. Exits 1 if any record failed.
"""

import json
import sys

from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext


def main():
    bootstrap, registry, topic, path = sys.argv[1:5]
    conf = {"bootstrap.servers": bootstrap}
    for kv in sys.argv[5:]:
        k, v = kv.split("=", 1)
        conf[k] = v
    sr = SchemaRegistryClient({"url": registry})
    ser = AvroSerializer(sr, conf={"auto.register.schemas": False, "use.latest.version": True})
    ctx = SerializationContext(topic, MessageField.VALUE)
    producer = Producer(conf)
    stats = {"ok": 0, "failed": 0, "bytes": 0}

    def on_delivery(err, msg):
        if err is None:
            stats["ok"] += 1
            stats["bytes"] += len(msg.value())
        else:
            stats["failed"] += 1

    with open(path, "rb") as f:
        for line in f:
            value = ser(json.loads(line), ctx)
            while True:
                try:
                    producer.produce(topic, value=value, on_delivery=on_delivery)
                    break
                except BufferError:
                    producer.poll(0.005)
            producer.poll(0)
    producer.flush()
    print(f"{stats['ok']} records, {stats['bytes']} bytes delivered, {stats['failed']} failed",
          file=sys.stderr)
    sys.exit(1 if stats["failed"] else 0)


if __name__ == "__main__":
    main()
