//! Timers without a thread per timer: one thread sleeps until the earliest
//! deadline of a heap and fires what is due — receive timeouts of scheduled
//! processes and `Process.send_after/3` messages. A cancelled timer stays in
//! the heap and is skipped when it comes up.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use rustc_hash::FxHashMap;

use crate::term::Term;

enum Action {
    /// A receive of `pid` may have timed out (see `Process::time_out`).
    Timeout { pid: u64, at: Instant },
    /// `send_after`: deliver `msg` to `dest` (a pid or a registered name).
    Send { r: u64, dest: Term, msg: Term },
}

struct Entry {
    at: Instant,
    seq: u64,
    action: Action,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        (self.at, self.seq) == (other.at, other.seq)
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.at, self.seq).cmp(&(other.at, other.seq))
    }
}

#[derive(Default)]
struct Timers {
    heap: BinaryHeap<Reverse<Entry>>,
    seq: u64,
    /// Pending `send_after` timers by reference, with their deadlines.
    active: FxHashMap<u64, Instant>,
}

struct Wheel {
    timers: Mutex<Timers>,
    changed: Condvar,
}

fn wheel() -> &'static Wheel {
    static WHEEL: OnceLock<&'static Wheel> = OnceLock::new();
    WHEEL.get_or_init(|| {
        let w: &'static Wheel = Box::leak(Box::new(Wheel {
            timers: Mutex::new(Timers::default()),
            changed: Condvar::new(),
        }));
        let started = std::thread::Builder::new()
            .name("vial-timers".into())
            .spawn(move || run(w));
        if let Err(e) = started {
            eprintln!("vial: cannot start the timer thread: {e}");
            std::process::exit(1);
        }
        w
    })
}

fn lock(w: &Wheel) -> MutexGuard<'_, Timers> {
    w.timers.lock().unwrap_or_else(|e| e.into_inner())
}

fn add(at: Instant, action: Action) {
    let w = wheel();
    let mut t = lock(w);
    t.seq += 1;
    let seq = t.seq;
    let earliest = t.heap.peek().is_none_or(|Reverse(e)| at < e.at);
    t.heap.push(Reverse(Entry { at, seq, action }));
    if earliest {
        w.changed.notify_one();
    }
}

pub fn receive_timeout(at: Instant, pid: u64) {
    add(at, Action::Timeout { pid, at });
}

/// `Process.send_after/3`: the timer's reference.
pub fn send_after(ms: u64, dest: Term, msg: Term) -> u64 {
    let r = super::process::make_ref();
    let at = Instant::now() + Duration::from_millis(ms);
    lock(wheel()).active.insert(r, at);
    add(at, Action::Send { r, dest, msg });
    r
}

/// `:erlang.start_timer/3`: like `send_after`, with a message built from the
/// timer's own reference.
pub fn send_after_with(ms: u64, dest: Term, msg: impl FnOnce(u64) -> Term) -> u64 {
    let r = super::process::make_ref();
    let at = Instant::now() + Duration::from_millis(ms);
    lock(wheel()).active.insert(r, at);
    add(
        at,
        Action::Send {
            r,
            dest,
            msg: msg(r),
        },
    );
    r
}

/// Milliseconds left on a `send_after` timer; `cancel` also stops it.
pub fn remaining(r: u64, cancel: bool) -> Option<u64> {
    let mut t = lock(wheel());
    let at = if cancel {
        t.active.remove(&r)?
    } else {
        *t.active.get(&r)?
    };
    Some(at.saturating_duration_since(Instant::now()).as_millis() as u64)
}

fn run(w: &'static Wheel) {
    let mut t = lock(w);
    loop {
        let now = Instant::now();
        let mut due = Vec::new();
        while let Some(Reverse(e)) = t.heap.peek() {
            if e.at > now {
                break;
            }
            let Some(Reverse(e)) = t.heap.pop() else {
                break;
            };
            if let Action::Send { r, .. } = &e.action {
                if t.active.remove(r).is_none() {
                    continue;
                }
            }
            due.push(e.action);
        }
        if !due.is_empty() {
            drop(t);
            for action in due {
                fire(action);
            }
            t = lock(w);
            continue;
        }
        t = match t.heap.peek() {
            Some(Reverse(e)) => {
                let wait = e.at.saturating_duration_since(now);
                w.changed
                    .wait_timeout(t, wait)
                    .unwrap_or_else(|e| e.into_inner())
                    .0
            }
            None => w.changed.wait(t).unwrap_or_else(|e| e.into_inner()),
        };
    }
}

fn fire(action: Action) {
    match action {
        Action::Timeout { pid, at } => {
            if let Some(p) = super::process::lookup(pid) {
                p.time_out(at);
            }
        }
        Action::Send { dest, msg, .. } => {
            let pid = match dest {
                Term::Pid(p) => Some(p),
                Term::Atom(a) => super::process::whereis(a),
                _ => None,
            };
            if let Some(pid) = pid {
                super::process::send(pid, msg);
            }
        }
    }
}
