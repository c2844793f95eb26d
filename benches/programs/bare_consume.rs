//! The librdkafka ceiling that `kctl tail -o raw` is measured against
//! (scripts/bench): a bare rdkafka `BaseConsumer` assigned to every
//! partition of a topic, reading from the low to the high watermark and
//! writing each payload plus a newline to stdout through one `BufWriter`.
//! Nothing else: no decoding, no filters, no headers.
//!
//!     cargo run --release --example bare_consume -- BOOTSTRAP TOPIC [-X key=value]...
//!
//! `-X` sets librdkafka properties, so the benchmark gives this loop exactly
//! the fetch settings it gives kctl. Prints the record count on stderr.

use std::io::{BufWriter, Write};
use std::time::Duration;

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Message;
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(bootstrap), Some(topic)) = (args.next(), args.next()) else {
        eprintln!("usage: bare_consume BOOTSTRAP TOPIC [-X key=value]...");
        std::process::exit(2);
    };
    let mut cfg = ClientConfig::new();
    cfg.set("bootstrap.servers", &bootstrap)
        .set("group.id", format!("bare-consume-{}", std::process::id()))
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false");
    while let Some(flag) = args.next() {
        let kv = match flag.as_str() {
            "-X" => args.next().expect("-X needs key=value"),
            other => other
                .strip_prefix("-X")
                .expect("unknown argument")
                .to_string(),
        };
        let (k, v) = kv.split_once('=').expect("-X key=value");
        cfg.set(k, v);
    }
    let consumer: BaseConsumer = cfg.create().expect("consumer");
    let timeout = Duration::from_secs(10);
    let md = consumer
        .fetch_metadata(Some(&topic), timeout)
        .expect("metadata");
    let parts: Vec<i32> = md.topics()[0].partitions().iter().map(|p| p.id()).collect();
    let mut ends = vec![0i64; parts.iter().max().map_or(0, |m| *m as usize + 1)];
    let mut tpl = TopicPartitionList::new();
    let mut open = 0;
    for &p in &parts {
        let (low, high) = consumer
            .fetch_watermarks(&topic, p, timeout)
            .expect("watermarks");
        ends[p as usize] = high;
        if high > low {
            tpl.add_partition_offset(&topic, p, Offset::Offset(low))
                .unwrap();
            open += 1;
        }
    }
    consumer.assign(&tpl).expect("assign");
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut count: u64 = 0;
    while open > 0 {
        match consumer.poll(Duration::from_secs(1)) {
            Some(Ok(m)) => {
                let end = ends[m.partition() as usize];
                if m.offset() < end {
                    out.write_all(m.payload().unwrap_or_default()).unwrap();
                    out.write_all(b"\n").unwrap();
                    count += 1;
                    if m.offset() + 1 == end {
                        open -= 1;
                    }
                }
            }
            Some(Err(e)) => eprintln!("bare_consume: {e}"),
            None => {}
        }
    }
    out.flush().unwrap();
    eprintln!("{count} records");
}
