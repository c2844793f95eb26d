//! kctl's own Fetch reader (`kafka::fetch::read_answer`), which `tail` runs
//! on every answer it gets on a PLAINTEXT cluster: an answer of about 1 MiB
//! (a partition's share) of 200-byte records with keys, in batches of 500,
//! read into record positions.
//!
//!     cargo bench --bench fetch

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kctl::kafka::fetch::read_answer;
use kctl::kafka::fetch::sample::{answer, batch, Part};

fn read(c: &mut Criterion) {
    let value = [b'v'; 190];
    let no_headers: &[(&str, Option<&[u8]>)] = &[];
    let mut records = Vec::new();
    let mut offset = 0i64;
    while records.len() < 1 << 20 {
        let keys: Vec<String> = (0..500).map(|i| format!("k{}", offset + i)).collect();
        let batch_records: Vec<_> = keys
            .iter()
            .map(|k| (Some(k.as_bytes()), Some(&value[..]), no_headers))
            .collect();
        records.extend(batch(offset, 0, 1_700_000_000_000, &batch_records));
        offset += 500;
    }
    let buf = answer(
        "bench",
        &[Part {
            partition: 0,
            error: 0,
            high: offset,
            aborted: 0,
            records,
        }],
    );
    let mut slots = Vec::with_capacity(offset as usize);
    let mut group = c.benchmark_group("fetch");
    group.throughput(Throughput::Elements(offset as u64));
    group.bench_function("read_answer", |b| {
        b.iter(|| {
            slots.clear();
            let got = read_answer(black_box(&buf), "bench", &[(0, 0)], &mut slots);
            black_box(got.map(|a| a.states.len()).unwrap_or(0))
        })
    });
    group.finish();
}

criterion_group!(benches, read);
criterion_main!(benches);
