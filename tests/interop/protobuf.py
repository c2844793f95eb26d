#!/usr/bin/env python3
"""Protobuf interop with Confluent's own Python client, both ways.

The .proto files are compiled into Python classes by protoc (from
grpcio-tools), not by kctl, so both sides read the schema independently.

Usage:
  protobuf.py produce BOOTSTRAP REGISTRY_URL TOPIC PROTO_DIR PROTO MESSAGE EVENTS_FILE
      Compiles PROTO (a path under PROTO_DIR, which is the import root),
      registers it (and what it imports, each under its import path) through
      Confluent's ProtobufSerializer (auto.register.schemas), and produces
      each line of EVENTS_FILE (one event per line, in the proto3 JSON
      mapping) as MESSAGE to partition 0 of TOPIC. Prints the schema id.
  consume BOOTSTRAP REGISTRY_URL TOPIC PROTO_DIR PROTO MESSAGE COUNT [--no-registry]
      Reads COUNT records of partition 0 by assignment and decodes each
      value with Confluent's ProtobufDeserializer (which fetches the writer
      schema by the id in the frame, unless --no-registry, and reads the
      message-index list). Prints one JSON line per record:
      {"offset", "value"}, the value with the .proto's field names.
Exits 1 with a message on stderr on any failure.
"""

import importlib
import json
import os
import sys
import tempfile
import time

from confluent_kafka import Consumer, Producer, TopicPartition, OFFSET_BEGINNING
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.protobuf import ProtobufDeserializer, ProtobufSerializer
from confluent_kafka.serialization import MessageField, SerializationContext
from google.protobuf import json_format
from grpc_tools import protoc
import grpc_tools


def message_class(proto_dir, proto, message):
    out = tempfile.mkdtemp(prefix="kctl-interop-pb-")
    well_known = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    # Every .proto under the root, so that imports have their modules too.
    files = []
    for root, _, names in os.walk(proto_dir):
        files += [os.path.relpath(os.path.join(root, n), proto_dir) for n in names if n.endswith(".proto")]
    rc = protoc.main(["protoc", f"-I{proto_dir}", f"-I{well_known}", f"--python_out={out}"] + files)
    if rc != 0:
        sys.exit(f"protoc failed on {files}")
    sys.path.insert(0, out)
    module = importlib.import_module(proto[: -len(".proto")].replace("/", ".") + "_pb2")
    cls = module
    for part in message.split("."):
        cls = getattr(cls, part)
    return cls


def produce(bootstrap, registry, topic, proto_dir, proto, message, events_file):
    cls = message_class(proto_dir, proto, message)
    client = SchemaRegistryClient({"url": registry})
    ser = ProtobufSerializer(cls, client, conf={"auto.register.schemas": True})
    producer = Producer({"bootstrap.servers": bootstrap})
    ctx = SerializationContext(topic, MessageField.VALUE)
    frame_id = None
    with open(events_file) as f:
        for line in f:
            if not line.strip():
                continue
            msg = json_format.ParseDict(json.loads(line), cls())
            payload = ser(msg, ctx)
            frame_id = int.from_bytes(payload[1:5], "big")
            producer.produce(topic, value=payload, partition=0)
    if producer.flush(30) != 0:
        sys.exit("records were not delivered")
    print(frame_id)


def consume(bootstrap, registry, topic, proto_dir, proto, message, count, use_registry):
    cls = message_class(proto_dir, proto, message)
    client = SchemaRegistryClient({"url": registry}) if use_registry else None
    de = ProtobufDeserializer(cls, {}, schema_registry_client=client)
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
        as_dict = json_format.MessageToDict(value, preserving_proto_field_name=True)
        print(json.dumps({"offset": msg.offset(), "value": as_dict}, separators=(",", ":")))
        got += 1
    consumer.close()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "produce":
        produce(*sys.argv[2:9])
    elif mode == "consume":
        a = sys.argv[2:]
        consume(a[0], a[1], a[2], a[3], a[4], a[5], int(a[6]), "--no-registry" not in a)
    else:
        sys.exit(f"unknown mode {mode}")
