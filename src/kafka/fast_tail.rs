//! `tail`'s reader: kctl's own Fetch requests on a PLAINTEXT cluster, and
//! librdkafka for everything else and from any point it cannot read exactly.
//!
//! Why: librdkafka's broker thread parses each fetched record into an
//! allocated message that the reading thread frees, so two threads take turns
//! on the allocator's lock for every record. perf of `tail -o json` on one
//! partition put about 0.5 s of every 1,000,000 records there, on a 2-core
//! machine where the decoding thread needs the other core
//! (docs/benchmarks.md). Here the answer of a Fetch is read whole into one
//! buffer and its records are handed out as positions in it: no allocation
//! per record, and the next Fetch is already in flight while they are
//! decoded.
//!
//! What is read here and what is not:
//! - PLAINTEXT only, and only without `-X` properties (a property may change
//!   how librdkafka fetches, so any one means librdkafka reads, as before).
//! - Start positions, watermarks and offsets by time still come from the
//!   librdkafka consumer, and so do partition leaders (its metadata).
//! - Anything else (an error of any kind, aborted transactions to leave
//!   out, a compressed batch, a lost connection) hands the read to the
//!   librdkafka consumer at exactly the offsets reached, assigned then: no
//!   record is skipped or shown twice, and every error is worded as before.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{ErrorKind, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::rc::Rc;
use std::time::{Duration, Instant};

use anyhow::Result;

use super::consumer::{Record, TailConsumer};
use super::fetch::{self, FetchSpec, PartitionState, Slot, Stop};
use super::wire;
use crate::domain::tail::{RecordView, Watermarks};
use crate::ops::ports::{Event, RecordSource};
use crate::settings::Settings;

/// How long a broker may hold a Fetch with nothing to answer (the
/// librdkafka path's `fetch.wait.max.ms`).
const MAX_WAIT_MS: i32 = 100;
/// Per response and per partition: the librdkafka path's `fetch.max.bytes`
/// and `max.partition.fetch.bytes`, which bound memory the same way (two
/// answers at most: one being read, one in flight).
const MAX_BYTES: i32 = 2 << 20;
const PARTITION_MAX_BYTES: i32 = 1 << 20;
/// Answers larger than this are refused (Kafka returns a first batch larger
/// than the limits whole, KIP-74: up to the topic's `max.message.bytes`).
const MAX_ANSWER: usize = 256 << 20;

/// A record read by kctl's own fetch: positions in a shared answer buffer.
pub struct OwnRecord {
    buf: Rc<Vec<u8>>,
    slot: Slot,
}

/// A record from either reader.
pub enum TailRecord<'a> {
    Own(OwnRecord),
    Librdkafka(Record<'a>),
}

impl RecordView for TailRecord<'_> {
    fn partition(&self) -> i32 {
        match self {
            TailRecord::Own(r) => r.slot.partition,
            TailRecord::Librdkafka(r) => r.partition(),
        }
    }

    fn offset(&self) -> i64 {
        match self {
            TailRecord::Own(r) => r.slot.offset,
            TailRecord::Librdkafka(r) => r.offset(),
        }
    }

    fn timestamp(&self) -> Option<i64> {
        match self {
            TailRecord::Own(r) => (r.slot.timestamp >= 0).then_some(r.slot.timestamp),
            TailRecord::Librdkafka(r) => r.timestamp(),
        }
    }

    fn key(&self) -> Option<&[u8]> {
        match self {
            TailRecord::Own(r) => fetch::slice(&r.buf, r.slot.key),
            TailRecord::Librdkafka(r) => r.key(),
        }
    }

    fn value(&self) -> Option<&[u8]> {
        match self {
            TailRecord::Own(r) => fetch::slice(&r.buf, r.slot.value),
            TailRecord::Librdkafka(r) => r.value(),
        }
    }

    fn header_count(&self) -> usize {
        match self {
            TailRecord::Own(r) => r.slot.headers.1 as usize,
            TailRecord::Librdkafka(r) => r.header_count(),
        }
    }

    fn header(&self, i: usize) -> Option<(&[u8], Option<&[u8]>)> {
        match self {
            TailRecord::Own(r) => fetch::header(&r.buf, r.slot.headers.0, r.slot.headers.1, i),
            TailRecord::Librdkafka(r) => r.header(i),
        }
    }
}

/// `tail`'s source of records (see the module's documentation).
pub struct FastTail {
    inner: TailConsumer,
    /// Whether kctl's own fetch may read (PLAINTEXT, no `-X`).
    own: bool,
    timeout: Duration,
    state: RefCell<Mode>,
}

enum Mode {
    /// Not assigned yet, or reading through librdkafka.
    Librdkafka,
    Own(Box<Own>),
}

/// One partition of kctl's own read.
struct Part {
    /// Next offset to hand out: every record before it has been handed out
    /// (or was a control record).
    position: i64,
    /// Next offset to fetch (ahead of `position` while an answer is read).
    fetch_at: i64,
    /// Finished: never fetched again, its records no longer handed out.
    paused: bool,
    /// The offset at which the end was last announced.
    end_said: Option<i64>,
    /// The connection (leader) it is fetched on.
    conn: usize,
}

/// A connection to one partition leader, with at most one Fetch in flight.
struct Conn {
    address: String,
    stream: TcpStream,
    correlation: i32,
    /// What the Fetch in flight asked for.
    asked: Option<Vec<(i32, i64)>>,
    /// The answer being received: its length prefix, then its body.
    head: [u8; 4],
    head_got: usize,
    body: Vec<u8>,
    body_got: usize,
    /// When the Fetch in flight went out, and how long its answer may take
    /// (`--timeout` past the time the broker may hold it) before the read
    /// goes on through librdkafka, whose timeouts and warnings then apply.
    sent: Instant,
    patience: Duration,
}

struct Own {
    topic: String,
    parts: BTreeMap<i32, Part>,
    conns: Vec<Conn>,
    /// The connection whose answer is read next.
    turn: usize,
    /// The answer being handed out, its records and its partitions.
    answer: Rc<Vec<u8>>,
    slots: Vec<Slot>,
    next_slot: usize,
    states: Vec<PartitionState>,
    /// Ends to announce once the answer's records are handed out.
    ends: Vec<i32>,
    /// Why the read goes on through librdkafka once the answer's records
    /// are handed out.
    stop: Option<Stop>,
    spare: Vec<u8>,
}

impl FastTail {
    /// `tail`'s source for `topic`: the librdkafka consumer (connected, see
    /// [`TailConsumer::connect`]), and kctl's own fetch where it may read.
    pub fn connect(settings: &Settings, topic: &str) -> Result<Self> {
        Ok(Self {
            inner: TailConsumer::connect(settings, topic)?,
            own: own_fetch_allowed(settings),
            timeout: settings.timeout,
            state: RefCell::new(Mode::Librdkafka),
        })
    }

    /// Connects to each partition's leader and sends the first Fetches.
    fn start_own(&self, starts: &[(i32, i64)]) -> Result<Own, Stop> {
        let topic = self.inner.topic().to_string();
        let leaders = self
            .inner
            .leaders()
            .map_err(|e| Stop(format!("no partition leaders: {e}")))?;
        let mut conns: Vec<Conn> = Vec::new();
        let mut parts = BTreeMap::new();
        for &(p, offset) in starts {
            let address = leaders
                .get(&p)
                .ok_or_else(|| Stop(format!("partition {p} has no leader")))?;
            let conn = match conns.iter().position(|c| &c.address == address) {
                Some(i) => i,
                None => {
                    conns.push(Conn::open(address, self.timeout)?);
                    conns.len() - 1
                }
            };
            parts.insert(
                p,
                Part {
                    position: offset,
                    fetch_at: offset,
                    paused: false,
                    end_said: None,
                    conn,
                },
            );
        }
        let mut own = Own::new(topic, parts, conns);
        for c in 0..own.conns.len() {
            own.send(c)?;
        }
        Ok(own)
    }

    /// Goes on with librdkafka from the offsets reached.
    fn hand_over(&self, own: &Own, why: &Stop) -> Result<()> {
        let from: Vec<(i32, i64)> = own.positions();
        let at: Vec<String> = from.iter().map(|(p, o)| format!("{p}@{o}")).collect();
        log::debug!(
            "{}: reading on through librdkafka from {} ({why})",
            own.topic,
            if at.is_empty() {
                "nowhere (all finished)".to_string()
            } else {
                at.join(", ")
            }
        );
        self.inner.assign(&from)
    }
}

/// kctl's own fetch reads only PLAINTEXT clusters configured by nothing but
/// their bootstrap servers: any `-X` property (security, or a fetch setting
/// librdkafka would honour) leaves the read to librdkafka.
fn own_fetch_allowed(settings: &Settings) -> bool {
    settings
        .kafka_properties
        .iter()
        .all(|(k, v)| k == "security.protocol" && v.expose().eq_ignore_ascii_case("plaintext"))
}

impl Conn {
    fn open(address: &str, timeout: Duration) -> Result<Conn, Stop> {
        let failed = |e: std::io::Error| Stop(format!("{address}: {e}"));
        let addr = address
            .to_socket_addrs()
            .map_err(failed)?
            .next()
            .ok_or_else(|| Stop(format!("{address}: no address")))?;
        let stream = TcpStream::connect_timeout(&addr, timeout).map_err(failed)?;
        stream.set_nodelay(true).map_err(failed)?;
        stream.set_write_timeout(Some(timeout)).map_err(failed)?;
        Ok(Conn {
            address: address.to_string(),
            stream,
            correlation: 0,
            asked: None,
            head: [0; 4],
            head_got: 0,
            body: Vec::new(),
            body_got: 0,
            sent: Instant::now(),
            patience: timeout + Duration::from_millis(MAX_WAIT_MS as u64),
        })
    }

    fn request(&mut self, body: &[u8]) -> Result<(), Stop> {
        self.correlation = self.correlation.wrapping_add(1);
        self.sent = Instant::now();
        let frame = wire::frame(fetch::FETCH, fetch::FETCH_VERSION, self.correlation, body);
        self.stream
            .write_all(&frame)
            .map_err(|e| Stop(format!("{}: {e}", self.address)))
    }

    /// Reads on until the answer is whole (`true`, its body in `self.body`)
    /// or `timeout` passes (`false`; what came so far is kept).
    fn receive(&mut self, timeout: Duration, spare: &mut Vec<u8>) -> Result<bool, Stop> {
        self.stream
            .set_read_timeout(Some(timeout.max(Duration::from_millis(1))))
            .map_err(|e| Stop(format!("{}: {e}", self.address)))?;
        if self.head_got < 4 {
            if !fill(
                &mut self.stream,
                &self.address,
                &mut self.head,
                &mut self.head_got,
            )? {
                return Ok(false);
            }
            let len = i32::from_be_bytes(self.head);
            let len = usize::try_from(len)
                .ok()
                .filter(|l| (4..=MAX_ANSWER).contains(l))
                .ok_or_else(|| Stop(format!("{}: answer of size {len}", self.address)))?;
            self.body = std::mem::take(spare);
            self.body.clear();
            self.body.resize(len, 0);
            self.body_got = 0;
        }
        if !fill(
            &mut self.stream,
            &self.address,
            &mut self.body,
            &mut self.body_got,
        )? {
            return Ok(false);
        }
        self.head_got = 0;
        Ok(true)
    }
}

/// The index of the first of `streams` with something to read (or an
/// error or hang-up to report), waiting up to `timeout`; `None` when none
/// has.
fn first_readable(streams: &[&TcpStream], timeout: Duration) -> Option<usize> {
    use std::os::fd::AsRawFd;
    let mut fds: Vec<libc::pollfd> = streams
        .iter()
        .map(|s| libc::pollfd {
            fd: s.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    let ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
    // SAFETY: `fds` is a live array of `fds.len()` pollfd structures, each
    // naming a socket these streams own for the whole call.
    let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
    if ready <= 0 {
        return None;
    }
    fds.iter().position(|f| f.revents != 0)
}

/// Reads into `buf[*got..]` until it is full (`true`) or the read timeout
/// passes (`false`; `*got` says how far it came).
fn fill(
    stream: &mut TcpStream,
    address: &str,
    buf: &mut [u8],
    got: &mut usize,
) -> Result<bool, Stop> {
    while *got < buf.len() {
        match stream.read(&mut buf[*got..]) {
            Ok(0) => return Err(Stop(format!("{address} closed the connection"))),
            Ok(n) => *got += n,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return Ok(false)
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(Stop(format!("{address}: {e}"))),
        }
    }
    Ok(true)
}

impl Own {
    fn new(topic: String, parts: BTreeMap<i32, Part>, conns: Vec<Conn>) -> Own {
        Own {
            topic,
            parts,
            conns,
            turn: 0,
            answer: Rc::new(Vec::new()),
            slots: Vec::new(),
            next_slot: 0,
            states: Vec::new(),
            ends: Vec::new(),
            stop: None,
            spare: Vec::new(),
        }
    }

    /// A Fetch in flight whose answer is overdue, as a reason to stop.
    fn overdue(&self) -> Option<Stop> {
        self.conns
            .iter()
            .find(|c| c.asked.is_some() && c.sent.elapsed() > c.patience)
            .map(|c| {
                Stop(format!(
                    "no answer from {} in {} ms",
                    c.address,
                    c.patience.as_millis()
                ))
            })
    }

    /// Where each unfinished partition has got to: past every record handed
    /// out (and every control record before it).
    fn positions(&self) -> Vec<(i32, i64)> {
        let mut at: BTreeMap<i32, i64> = self
            .parts
            .iter()
            .filter(|(_, p)| !p.paused)
            .map(|(&id, p)| (id, p.position))
            .collect();
        for s in &self.slots[..self.next_slot] {
            if let Some(o) = at.get_mut(&s.partition) {
                *o = (*o).max(s.offset + 1);
            }
        }
        at.into_iter().collect()
    }

    /// Sends connection `c` its next Fetch, for its unfinished partitions.
    fn send(&mut self, c: usize) -> Result<(), Stop> {
        let asked: Vec<(i32, i64)> = self
            .parts
            .iter()
            .filter(|(_, p)| p.conn == c && !p.paused)
            .map(|(&id, p)| (id, p.fetch_at))
            .collect();
        if asked.is_empty() {
            self.conns[c].asked = None;
            return Ok(());
        }
        let body = fetch::fetch_request(&FetchSpec {
            topic: &self.topic,
            max_wait_ms: MAX_WAIT_MS,
            max_bytes: MAX_BYTES,
            partition_max_bytes: PARTITION_MAX_BYTES,
            partitions: &asked,
        });
        self.conns[c].request(&body)?;
        self.conns[c].asked = Some(asked);
        Ok(())
    }

    /// The answer handed out is done: its partitions move past it.
    fn finish_answer(&mut self) {
        for s in self.states.drain(..) {
            if let Some(p) = self.parts.get_mut(&s.partition) {
                p.position = p.position.max(s.next);
            }
        }
        self.slots.clear();
        self.next_slot = 0;
    }

    /// Waits up to `timeout` for the next answer (the connections take
    /// turns); `false` when none came in time.
    fn next_answer(&mut self, timeout: Duration) -> Result<bool, Stop> {
        let n = self.conns.len();
        let waiting: Vec<usize> = (0..n)
            .map(|i| (self.turn + i) % n)
            .filter(|&c| self.conns[c].asked.is_some())
            .collect();
        let c = match waiting.as_slice() {
            [] => {
                // Every partition finished: nothing in flight.
                std::thread::sleep(timeout);
                return Ok(false);
            }
            [only] => *only,
            // Several leaders: the first to answer, so that a broker holding
            // its Fetch (nothing new for `--follow`) never delays another's.
            _ => {
                let streams: Vec<&TcpStream> =
                    waiting.iter().map(|&c| &self.conns[c].stream).collect();
                match first_readable(&streams, timeout) {
                    Some(i) => waiting[i],
                    None => return self.overdue().map_or(Ok(false), Err),
                }
            }
        };
        if !self.conns[c].receive(timeout, &mut self.spare)? {
            return self.overdue().map_or(Ok(false), Err);
        }
        self.turn = (c + 1) % n;
        let conn = &mut self.conns[c];
        let asked = conn.asked.take().unwrap_or_default();
        let mut body = std::mem::take(&mut conn.body);
        let start = wire::body_start(&body, conn.correlation)
            .map_err(|e| Stop(format!("{}: {e}", conn.address)))?;
        body.drain(..start);
        self.slots.clear();
        self.next_slot = 0;
        let answer = fetch::read_answer(&body, &self.topic, &asked, &mut self.slots)?;
        for s in &answer.states {
            if let Some(p) = self.parts.get_mut(&s.partition) {
                p.fetch_at = p.fetch_at.max(s.next);
                if s.next >= s.end && p.end_said != Some(s.next) {
                    p.end_said = Some(s.next);
                    self.ends.push(s.partition);
                }
            }
        }
        self.states = answer.states;
        match answer.stop {
            // The next Fetch goes out before these records are decoded.
            None => self.send(c)?,
            Some(why) => self.stop = Some(why),
        }
        let old = std::mem::replace(&mut self.answer, Rc::new(body));
        if let Ok(v) = Rc::try_unwrap(old) {
            self.spare = v;
        }
        Ok(true)
    }

    /// The next record of the answer to hand out, skipping finished partitions.
    fn next_record(&mut self) -> Option<Slot> {
        while self.next_slot < self.slots.len() {
            let s = self.slots[self.next_slot];
            self.next_slot += 1;
            if self.parts.get(&s.partition).is_some_and(|p| !p.paused) {
                return Some(s);
            }
        }
        None
    }
}

impl RecordSource for FastTail {
    type Rec<'a> = TailRecord<'a>;

    fn partitions(&self) -> Result<Vec<i32>> {
        self.inner.partitions()
    }

    fn watermarks(&self, partition: i32) -> Result<Watermarks> {
        self.inner.watermarks(partition)
    }

    fn offsets_for_time(&self, ms: i64, partitions: &[i32]) -> Result<Vec<Option<i64>>> {
        self.inner.offsets_for_time(ms, partitions)
    }

    fn assign(&self, starts: &[(i32, i64)]) -> Result<()> {
        if self.own {
            match self.start_own(starts) {
                Ok(own) => {
                    log::debug!(
                        "{}: reading with kctl's own Fetch requests",
                        self.inner.topic()
                    );
                    *self.state.borrow_mut() = Mode::Own(Box::new(own));
                    return Ok(());
                }
                Err(why) => {
                    log::debug!("{}: reading through librdkafka ({why})", self.inner.topic())
                }
            }
        }
        *self.state.borrow_mut() = Mode::Librdkafka;
        self.inner.assign(starts)
    }

    fn poll(&self, timeout: Duration) -> Event<Self::Rec<'_>> {
        let mut state = self.state.borrow_mut();
        let Mode::Own(own) = &mut *state else {
            drop(state);
            return match self.inner.poll(timeout) {
                Event::Record(r) => Event::Record(TailRecord::Librdkafka(r)),
                Event::PartitionEnd(p) => Event::PartitionEnd(p),
                Event::Idle => Event::Idle,
                Event::Transient(m) => Event::Transient(m),
                Event::Fatal(m) => Event::Fatal(m),
            };
        };
        loop {
            if let Some(slot) = own.next_record() {
                return Event::Record(TailRecord::Own(OwnRecord {
                    buf: Rc::clone(&own.answer),
                    slot,
                }));
            }
            if let Some(p) = own.ends.pop() {
                return Event::PartitionEnd(p);
            }
            own.finish_answer();
            let next = match own.stop.take() {
                Some(why) => Err(why),
                None => own.next_answer(timeout),
            };
            match next {
                Ok(true) => {}
                Ok(false) => return Event::Idle,
                Err(why) => {
                    let handed = self.hand_over(own, &why);
                    *state = Mode::Librdkafka;
                    return match handed {
                        Ok(()) => Event::Idle,
                        Err(e) => Event::Fatal(format!("{e:#}")),
                    };
                }
            }
        }
    }

    fn pause(&self, partition: i32) {
        match &mut *self.state.borrow_mut() {
            Mode::Own(own) => {
                if let Some(p) = own.parts.get_mut(&partition) {
                    p.paused = true;
                }
            }
            Mode::Librdkafka => self.inner.pause(partition),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    fn pair(listener: &TcpListener) -> (TcpStream, TcpStream) {
        let near = TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (far, _) = listener.accept().unwrap();
        (near, far)
    }

    #[test]
    fn a_fetch_left_unanswered_past_the_timeout_stops_the_own_read() {
        // A listener that accepts and never answers (a broker that stalls
        // cannot be staged on a real Kafka).
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let conn = Conn::open(&address, Duration::from_millis(200)).unwrap();
        let (_server_side, _) = listener.accept().unwrap();
        let part = Part {
            position: 0,
            fetch_at: 0,
            paused: false,
            end_said: None,
            conn: 0,
        };
        let mut own = Own::new("t".into(), BTreeMap::from([(0, part)]), vec![conn]);
        own.send(0).unwrap();
        let started = Instant::now();
        let why = loop {
            match own.next_answer(Duration::from_millis(20)) {
                Ok(false) => assert!(started.elapsed() < Duration::from_secs(10), "no stop"),
                Ok(true) => panic!("an answer from a silent server"),
                Err(why) => break why,
            }
        };
        assert!(
            started.elapsed() >= Duration::from_millis(300),
            "not before its time"
        );
        assert_eq!(why.0, format!("no answer from {address} in 300 ms"));
    }

    #[test]
    fn the_first_connection_with_an_answer_is_read_whichever_it_is() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let (quiet, quiet_far) = pair(&listener);
        let (busy, mut busy_far) = pair(&listener);
        let wait = Duration::from_millis(50);
        assert_eq!(first_readable(&[&quiet, &busy], wait), None, "nothing yet");
        busy_far.write_all(b"answer").unwrap();
        assert_eq!(
            first_readable(&[&quiet, &busy], Duration::from_secs(10)),
            Some(1)
        );
        drop(quiet_far);
        assert_eq!(
            first_readable(&[&quiet], wait),
            Some(0),
            "a hang-up is reported"
        );
    }
}
