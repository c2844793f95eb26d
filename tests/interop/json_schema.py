#!/usr/bin/env python3
"""JSON Schema interop with Confluent's own Python client, both ways.

Usage:
  json_schema.py produce BOOTSTRAP REGISTRY_URL TOPIC SCHEMA_FILE EVENTS_FILE
      Registers SCHEMA_FILE under TOPIC-value through Confluent's
      JSONSerializer (auto.register.schemas) and produces each line of
      EVENTS_FILE (one JSON event per line) to partition 0 of TOPIC.
      Prints the schema id the serializer framed the records with.
  consume BOOTSTRAP REGISTRY_URL TOPIC COUNT
      Reads COUNT records of partition 0 by assignment and decodes each
      value with Confluent's JSONDeserializer, which fetches the writer
      schema by the id in the record and validates the value against it.
      Prints one JSON line per record: {"offset", "value"}.
Exits 1 with a message on stderr on any failure.
"""

import json
import sys
import time

from confluent_kafka import Consumer, Producer, TopicPartition, OFFSET_BEGINNING
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.json_schema import JSONDeserializer, JSONSerializer
from confluent_kafka.serialization import MessageField, SerializationContext


def produce(bootstrap, registry, topic, schema_file, events_file):
    client = SchemaRegistryClient({"url": registry})
    with open(schema_file) as f:
        schema = f.read()
    ser = JSONSerializer(schema, client, conf={"auto.register.schemas": True})
    producer = Producer({"bootstrap.servers": bootstrap})
    ctx = SerializationContext(topic, MessageField.VALUE)
    frame_id = None
    with open(events_file) as f:
        for line in f:
            if not line.strip():
                continue
            payload = ser(json.loads(line), ctx)
            frame_id = int.from_bytes(payload[1:5], "big")
            producer.produce(topic, value=payload, partition=0)
    if producer.flush(30) != 0:
        sys.exit("records were not delivered")
    print(frame_id)


def consume(bootstrap, registry, topic, count):
    client = SchemaRegistryClient({"url": registry})
    de = JSONDeserializer(None, schema_registry_client=client)
    consumer = Consumer(
        {"bootstrap.servers": bootstrap, "group.id": "unused", "enable.auto.commit": False}
    )
    consumer.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    ctx = SerializationContext(topic, MessageField.VALUE)
    got = 0
    deadline = time.time() + 60
    while got < count:
        if time.time() > deadline:
            sys.exit(f"only {got} of {count} records arrived")
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            sys.exit(str(msg.error()))
        value = de(msg.value(), ctx)
        print(json.dumps({"offset": msg.offset(), "value": value}, separators=(",", ":")))
        got += 1
    consumer.close()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "produce":
        produce(*sys.argv[2:7])
    elif mode == "consume":
        consume(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        sys.exit(f"unknown mode {mode}")
