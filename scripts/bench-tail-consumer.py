#!/usr/bin/env python3
"""Confluent's Python consumer, as a reference point for scripts/bench-tail.

Reads every partition of TOPIC from the low to the high watermark (assigned,
no group join, no commits), with the fastest loop the client offers
(`consume(num_messages=10000)`; with --poll, the per-message `poll()` loop
most applications use), and writes each value plus a newline to stdout
through a 1 MiB buffer. With --avro, values are decoded with
Confluent's AvroDeserializer and written as `json.dumps` of the result.
-X key=value sets librdkafka properties, as for kctl and the bare loop.
Prints the record count on stderr.

Usage: bench-tail-consumer.py BOOTSTRAP TOPIC [--poll] [--avro REGISTRY_URL] [-X key=value]...
"""

import io
import json
import os
import sys

from confluent_kafka import Consumer, TopicPartition


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    bootstrap, topic = args[0], args[1]
    registry = None
    per_message = False
    conf = {
        "bootstrap.servers": bootstrap,
        "group.id": "bench-python-%d" % os.getpid(),
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
    }
    rest = args[2:]
    while rest:
        flag = rest.pop(0)
        if flag == "--poll":
            per_message = True
        elif flag == "--avro":
            registry = rest.pop(0)
        elif flag == "-X":
            k, v = rest.pop(0).split("=", 1)
            conf[k] = v
        else:
            sys.exit("unknown argument %s" % flag)
    c = Consumer(conf)
    md = c.list_topics(topic, timeout=10)
    ends = {}
    assign = []
    for p in sorted(md.topics[topic].partitions):
        low, high = c.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
        ends[p] = high
        if high > low:
            assign.append(TopicPartition(topic, p, low))
    c.assign(assign)
    open_partitions = len(assign)

    decode = None
    if registry:
        from confluent_kafka.schema_registry import SchemaRegistryClient
        from confluent_kafka.schema_registry.avro import AvroDeserializer
        from confluent_kafka.serialization import MessageField, SerializationContext

        deserializer = AvroDeserializer(SchemaRegistryClient({"url": registry}))
        ctx = SerializationContext(topic, MessageField.VALUE)

        def decode(v):
            return json.dumps(deserializer(v, ctx), default=str).encode()

    out = io.BufferedWriter(io.FileIO(sys.stdout.fileno(), "w", closefd=False), 1 << 20)
    count = 0
    def batches():
        while True:
            if per_message:
                m = c.poll(1.0)
                yield [m] if m is not None else []
            else:
                yield c.consume(num_messages=10000, timeout=1.0)

    batch = batches()
    while open_partitions:
        for m in next(batch):
            if m.error():
                continue
            p, o = m.partition(), m.offset()
            if o >= ends[p]:
                continue
            v = m.value() or b""
            out.write(decode(v) if decode else v)
            out.write(b"\n")
            count += 1
            if o + 1 == ends[p]:
                open_partitions -= 1
    out.flush()
    c.close()
    print("%d records" % count, file=sys.stderr)


if __name__ == "__main__":
    main()
