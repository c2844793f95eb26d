#!/usr/bin/env python3
"""Produces Avro records with Confluent's own AvroSerializer + SerializingProducer,
for tests/integration/tail.rs (`confluent_python_avro_serializer_records_decode_exactly`).

The value schema covers unions, logical types (timestamp-millis, date, uuid,
decimal), bytes, fixed, float, maps, arrays, enums, a nested record and a
schema reference: `com.test.interop.Address` is registered as its own subject
and the value schema references it.

For every record produced, one JSON line goes to stdout with what kctl must
print for it, computed here independently of kctl:

    {"key": ..., "avro": <Avro JSON encoding>, "avro_text": <its compact text>,
     "plain": <plain rendering>}

Usage: produce_avro.py --bootstrap HOST:PORT --registry URL --topic TOPIC
"""

import argparse
import base64
import datetime
import decimal
import json
import sys
import uuid

from confluent_kafka import SerializingProducer
from confluent_kafka.schema_registry import Schema, SchemaReference, SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import StringSerializer

ADDRESS = {
    "type": "record",
    "name": "Address",
    "namespace": "com.test.interop",
    "fields": [
        {"name": "street", "type": "string"},
        {"name": "zip", "type": ["null", "string"], "default": None},
    ],
}

EVENT = {
    "type": "record",
    "name": "Event",
    "namespace": "com.test.interop",
    "fields": [
        {"name": "id", "type": "long"},
        {"name": "name", "type": ["null", "string"], "default": None},
        {"name": "ts", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "day", "type": {"type": "int", "logicalType": "date"}},
        {"name": "uid", "type": {"type": "string", "logicalType": "uuid"}},
        {
            "name": "price",
            "type": {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2},
        },
        {"name": "raw", "type": "bytes"},
        {"name": "four", "type": {"type": "fixed", "name": "Four", "size": 4}},
        {"name": "ratio", "type": "float"},
        {"name": "attrs", "type": {"type": "map", "values": "string"}},
        {
            "name": "inner",
            "type": {
                "type": "record",
                "name": "Inner",
                "fields": [
                    {"name": "score", "type": "double"},
                    {"name": "tags", "type": {"type": "array", "items": "string"}},
                    {
                        "name": "level",
                        "type": {"type": "enum", "name": "Level", "symbols": ["LOW", "HIGH"]},
                    },
                ],
            },
        },
        {"name": "home", "type": "com.test.interop.Address"},
        {
            "name": "choice",
            "type": ["null", "string", "com.test.interop.Address", "com.test.interop.Inner"],
            "default": None,
        },
        {
            "name": "when",
            "type": ["null", {"type": "long", "logicalType": "timestamp-millis"}],
            "default": None,
        },
    ],
}

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def codepoints(b):
    """Avro's JSON encoding of bytes: one code point per byte."""
    return "".join(chr(x) for x in b)


def decimal_bytes(d, scale):
    """Two's-complement big-endian unscaled value, minimal length (as fastavro)."""
    unscaled = int(d.scaleb(scale))
    n = (abs(unscaled).bit_length() + 8) // 8
    return unscaled.to_bytes(n, "big", signed=True)


def millis(dt):
    return (dt - EPOCH) // datetime.timedelta(milliseconds=1)


def rfc3339_millis(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def records():
    ts1 = datetime.datetime(2026, 11, 24, 10, 0, 0, 123000, tzinfo=datetime.timezone.utc)
    ts2 = datetime.datetime(1969, 12, 31, 23, 59, 59, 999000, tzinfo=datetime.timezone.utc)
    u1 = uuid.UUID("550e8400-e29b-41d4-a716-446655440000")
    inner1 = {"score": 0.25, "tags": ["a", "b\u00e9"], "level": "HIGH"}
    inner2 = {"score": -1500.25, "tags": [], "level": "LOW"}
    return [
        (
            "k1",
            {
                "id": 1,
                "name": "first \"quoted\" \u00e9\n",
                "ts": ts1,
                "day": datetime.date(2026, 11, 24),
                "uid": str(u1),
                "price": decimal.Decimal("1234.50"),
                "raw": bytes([0, 1, 2, 0x7F, 0x80, 0xFF]),
                "four": b"\x00\xff\x10\x22",
                "ratio": 0.5,
                "attrs": {"zeta": "1", "alpha": "2", "mid": ""},
                "inner": inner1,
                "home": {"street": "Main St 1", "zip": "12345"},
                "choice": ("com.test.interop.Address", {"street": "Side", "zip": None}),
                "when": ts2,
            },
        ),
        (
            "k2",
            {
                "id": -2,
                "name": None,
                "ts": ts2,
                "day": datetime.date(1969, 12, 31),
                "uid": "00000000-0000-0000-0000-000000000000",
                "price": decimal.Decimal("-0.01"),
                "raw": b"",
                "four": b"abcd",
                "ratio": -2.0,
                "attrs": {},
                "inner": inner2,
                "home": {"street": "", "zip": None},
                "choice": ("string", "just text"),
                "when": None,
            },
        ),
        (
            "k3",
            {
                "id": 9007199254740993,
                "name": "third",
                "ts": ts1,
                "day": datetime.date(2000, 2, 29),
                "uid": str(u1),
                "price": decimal.Decimal("99999999.99"),
                "raw": bytes(range(256)),
                "four": b"\x01\x02\x03\x04",
                "ratio": 1.5,
                "attrs": {"b": "x", "a": "y"},
                "inner": inner1,
                "home": {"street": "Elm", "zip": None},
                "choice": ("com.test.interop.Inner", inner2),
                "when": ts1,
            },
        ),
    ]


def union_avro(branch, value):
    return None if value is None else {branch: value}


def expected_avro(v):
    """The Avro JSON encoding, built from the Python values and the schema."""
    branch, choice = v["choice"]
    if branch == "com.test.interop.Address":
        choice_json = {branch: address_avro(choice)}
    elif branch == "com.test.interop.Inner":
        choice_json = {branch: inner_json(choice)}
    else:
        choice_json = {branch: choice}
    return {
        "id": v["id"],
        "name": union_avro("string", v["name"]),
        "ts": millis(v["ts"]),
        "day": (v["day"] - datetime.date(1970, 1, 1)).days,
        "uid": v["uid"],
        "price": codepoints(decimal_bytes(v["price"], 2)),
        "raw": codepoints(v["raw"]),
        "four": codepoints(v["four"]),
        "ratio": v["ratio"],
        "attrs": v["attrs"],
        "inner": inner_json(v["inner"]),
        "home": address_avro(v["home"]),
        "choice": choice_json,
        "when": union_avro("long", None if v["when"] is None else millis(v["when"])),
    }


def address_avro(a):
    return {"street": a["street"], "zip": union_avro("string", a["zip"])}


def inner_json(i):
    return {"score": i["score"], "tags": i["tags"], "level": i["level"]}


def expected_plain(v):
    """The plain rendering: unions unwrapped, logical types as text, bytes as base64."""
    b64 = lambda b: base64.b64encode(b).decode()
    _, choice = v["choice"]
    return {
        "id": v["id"],
        "name": v["name"],
        "ts": rfc3339_millis(v["ts"]),
        "day": v["day"].isoformat(),
        "uid": v["uid"],
        "price": "%.2f" % v["price"],
        "raw": b64(v["raw"]),
        "four": b64(v["four"]),
        "ratio": v["ratio"],
        "attrs": v["attrs"],
        "inner": inner_json(v["inner"]),
        "home": v["home"],
        "choice": choice,
        "when": None if v["when"] is None else rfc3339_millis(v["when"]),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bootstrap", required=True)
    ap.add_argument("--registry", required=True)
    ap.add_argument("--topic", required=True)
    args = ap.parse_args()

    sr = SchemaRegistryClient({"url": args.registry})
    address_subject = args.topic + "-com.test.interop.Address"
    sr.register_schema(address_subject, Schema(json.dumps(ADDRESS), "AVRO"))
    version = sr.get_latest_version(address_subject).version
    event_schema = Schema(
        json.dumps(EVENT),
        "AVRO",
        references=[SchemaReference("com.test.interop.Address", address_subject, version)],
    )
    sr.register_schema(args.topic + "-value", event_schema)

    serializer = AvroSerializer(
        sr,
        event_schema,
        conf={"auto.register.schemas": False, "use.latest.version": True},
    )
    producer = SerializingProducer(
        {
            "bootstrap.servers": args.bootstrap,
            "key.serializer": StringSerializer("utf_8"),
            "value.serializer": serializer,
        }
    )
    for key, value in records():
        branch, choice = value["choice"]
        # fastavro's tuple notation names the union branch of a record; a
        # plain string picks the "string" branch by itself.
        to_send = dict(value, choice=(branch, choice) if isinstance(choice, dict) else choice)
        producer.produce(topic=args.topic, key=key, value=to_send, partition=0)
        producer.flush(30)
        avro = expected_avro(value)
        print(
            json.dumps(
                {
                    "key": key,
                    "avro": avro,
                    "avro_text": json.dumps(avro, ensure_ascii=False, separators=(",", ":")),
                    "plain": expected_plain(value),
                },
                ensure_ascii=False,
            )
        )
    remaining = producer.flush(30)
    if remaining:
        sys.exit("%d records were not delivered" % remaining)


if __name__ == "__main__":
    main()
