//! DLQ header detection (`domain::dlq::detect`), which `dlq inspect`, `show`
//! and `replay` run on every entry they read: one header list per framework
//! convention, and one of plain application headers.
//!
//!     cargo bench --bench dlq_headers

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kctl::domain::dlq::{detect, user_headers, RecordHeader};

fn h(k: &str, v: &[u8]) -> RecordHeader {
    (k.to_string(), Some(v.to_vec()))
}

fn lists() -> Vec<(&'static str, Vec<RecordHeader>)> {
    vec![
        (
            "connect",
            vec![
                h("trace", b"t1"),
                h("__connect.errors.topic", b"orders"),
                h("__connect.errors.partition", b"2"),
                h("__connect.errors.offset", b"20"),
                h("__connect.errors.connector.name", b"sink-1"),
                h("__connect.errors.task.id", b"0"),
                h("__connect.errors.stage", b"TASK_PUT"),
                h(
                    "__connect.errors.exception.class.name",
                    b"java.sql.SQLException",
                ),
                h("__connect.errors.exception.message", b"duplicate key"),
                h("__connect.errors.exception.stacktrace", b"at x"),
            ],
        ),
        (
            "spring_dlt",
            vec![
                h("kafka_dlt-original-topic", b"orders"),
                h("kafka_dlt-original-partition", &3i32.to_be_bytes()),
                h("kafka_dlt-original-offset", &1234i64.to_be_bytes()),
                h(
                    "kafka_dlt-original-timestamp",
                    &1_700_000_000_000i64.to_be_bytes(),
                ),
                h(
                    "kafka_dlt-exception-fqcn",
                    b"org.springframework.kafka.listener.ListenerExecutionFailedException",
                ),
                h("kafka_dlt-exception-message", b"Listener failed"),
                h("kafka_dlt-exception-stacktrace", b"at y"),
                h("traceparent", b"00-abc-def-01"),
            ],
        ),
        (
            "application_only",
            vec![
                h("traceparent", b"00-abc-def-01"),
                h("content-type", b"application/avro"),
                h("x-tenant", b"acme"),
            ],
        ),
    ]
}

fn detection(c: &mut Criterion) {
    let mut g = c.benchmark_group("dlq_headers");
    for (name, headers) in lists() {
        g.bench_function(name, |b| {
            b.iter(|| {
                let d = detect(black_box(&headers));
                black_box(user_headers(&headers, &d))
            })
        });
    }
    g.finish();
}

criterion_group!(benches, detection);
criterion_main!(benches);
