//! `:erlang` built-ins about the running system rather than a value: time
//! (monotonic, system, offset, unit conversion), unique integers, the node
//! name, and `phash2`. They read clocks and counters but no process state.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::args::{self, bif};
use super::{Bif, BifResult};
use crate::term::{Atom, Term};
use crate::vm::Exception;

mod phash;

pub static BIFS: &[Bif] = &[
    bif("erlang", "monotonic_time", 0, |_| {
        Ok(Term::Int(monotonic_ns()))
    }),
    bif("erlang", "monotonic_time", 1, |a| {
        in_unit(monotonic_ns(), &a[0], 1)
    }),
    bif("erlang", "system_time", 0, |_| Ok(Term::Int(system_ns()))),
    bif("erlang", "system_time", 1, |a| {
        in_unit(system_ns(), &a[0], 1)
    }),
    bif("erlang", "time_offset", 0, |_| Ok(Term::Int(offset_ns()))),
    bif("erlang", "time_offset", 1, |a| {
        in_unit(offset_ns(), &a[0], 1)
    }),
    bif("erlang", "convert_time_unit", 3, convert_time_unit),
    bif("erlang", "timestamp", 0, |_| timestamp()),
    bif("erlang", "unique_integer", 0, |_| {
        Ok(Term::Int(next_unique(false)))
    }),
    bif("erlang", "unique_integer", 1, unique_integer),
    bif("erlang", "phash2", 1, |a| {
        Ok(Term::Int(i64::from(phash::phash2(&a[0]) & ((1 << 27) - 1))))
    }),
    bif("erlang", "phash2", 2, phash2_2),
    bif("erlang", "statistics", 1, statistics),
    bif("os", "system_time", 0, |_| Ok(Term::Int(system_ns()))),
    bif("os", "system_time", 1, |a| in_unit(system_ns(), &a[0], 1)),
    bif("os", "timestamp", 0, |_| timestamp()),
];

/// `:erlang.statistics/1` for what a program asks it: `{total, since_last}`
/// pairs of milliseconds (`:wall_clock`, `:runtime`, the CPU time taken to be
/// the time elapsed) and of reductions (counted as one a call, so only their
/// growth means something), and an empty `:run_queue`.
fn statistics(a: &[Term]) -> BifResult {
    static LAST_WALL: AtomicI64 = AtomicI64::new(0);
    static LAST_RUNTIME: AtomicI64 = AtomicI64::new(0);
    static REDUCTIONS: AtomicI64 = AtomicI64::new(0);
    static LAST_REDUCTIONS: AtomicI64 = AtomicI64::new(0);
    let since = |total: i64, last: &AtomicI64| {
        let before = last.swap(total, Ordering::Relaxed);
        Term::tuple(vec![Term::Int(total), Term::Int(total - before)])
    };
    let ms = start().0.elapsed().as_millis() as i64;
    match &a[0] {
        Term::Atom(k) if k.name() == "wall_clock" => Ok(since(ms, &LAST_WALL)),
        Term::Atom(k) if k.name() == "runtime" => Ok(since(ms, &LAST_RUNTIME)),
        Term::Atom(k) if k.name() == "reductions" || k.name() == "exact_reductions" => {
            let total = REDUCTIONS.fetch_add(1000, Ordering::Relaxed) + 1000;
            Ok(since(total, &LAST_REDUCTIONS))
        }
        Term::Atom(k) if k.name() == "run_queue" || k.name() == "total_run_queue_lengths" => {
            Ok(Term::Int(0))
        }
        _ => Err(Exception::badarg_at(1, "invalid statistics item")),
    }
}

/// Where monotonic time starts: a large negative number of native units, as
/// on the BEAM, so that code cannot mistake it for system time.
const MONOTONIC_START: i64 = -576_460_752_303_423_488;

fn start() -> &'static (Instant, i64) {
    static START: OnceLock<(Instant, i64)> = OnceLock::new();
    START.get_or_init(|| (Instant::now(), wall_ns()))
}

fn wall_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

fn monotonic_ns() -> i64 {
    MONOTONIC_START + start().0.elapsed().as_nanos() as i64
}

/// System time is monotonic time plus a fixed offset, so the two agree.
fn offset_ns() -> i64 {
    start().1 - MONOTONIC_START
}

fn system_ns() -> i64 {
    monotonic_ns() + offset_ns()
}

/// Parts per second of a time unit (native is nanoseconds).
fn unit(t: &Term) -> Option<i64> {
    match t {
        Term::Int(n) if *n > 0 => Some(*n),
        Term::Atom(a) => match a.name() {
            "second" | "seconds" => Some(1),
            "millisecond" | "milli_seconds" => Some(1_000),
            "microsecond" | "micro_seconds" => Some(1_000_000),
            "nanosecond" | "nano_seconds" | "native" | "perf_counter" => Some(1_000_000_000),
            _ => None,
        },
        _ => None,
    }
}

fn in_unit(ns: i64, u: &Term, pos: u8) -> BifResult {
    let per_sec = unit(u).ok_or_else(|| Exception::badarg_at(pos, "invalid time unit"))?;
    Ok(convert(&BigInt::from(ns), 1_000_000_000, per_sec))
}

/// Converts between units, rounding towards negative infinity.
fn convert(value: &BigInt, from: i64, to: i64) -> Term {
    let scaled = value * to;
    let from = BigInt::from(from);
    let q = &scaled / &from;
    let r = &scaled % &from;
    // `/` truncates; step down when a negative quotient was rounded up.
    if !r.is_zero() && scaled.is_negative() {
        Term::from_bigint(q - 1)
    } else {
        Term::from_bigint(q)
    }
}

fn convert_time_unit(a: &[Term]) -> BifResult {
    let value = args::bigint(&a[0]).ok_or_else(|| Exception::badarg_at(1, "not an integer"))?;
    let from = unit(&a[1]).ok_or_else(|| Exception::badarg_at(2, "invalid time unit"))?;
    let to = unit(&a[2]).ok_or_else(|| Exception::badarg_at(3, "invalid time unit"))?;
    Ok(convert(&value, from, to))
}

/// `{MegaSecs, Secs, MicroSecs}` of system time.
fn timestamp() -> BifResult {
    let us = system_ns() / 1_000;
    Ok(Term::tuple(vec![
        Term::Int(us / 1_000_000_000_000),
        Term::Int(us / 1_000_000 % 1_000_000),
        Term::Int(us % 1_000_000),
    ]))
}

static UNIQUE: AtomicI64 = AtomicI64::new(0);

/// Unique integers count up from a large negative number, or from 1 when
/// they must be positive.
fn next_unique(positive: bool) -> i64 {
    let n = UNIQUE.fetch_add(1, Ordering::Relaxed);
    if positive {
        n + 1
    } else {
        MONOTONIC_START + n
    }
}

fn unique_integer(a: &[Term]) -> BifResult {
    let mods = args::list(&a[0], 1)?;
    let mut positive = false;
    for m in &mods {
        match m.as_atom().map(Atom::name) {
            Some("positive") => positive = true,
            Some("monotonic") => {}
            _ => return Err(Exception::badarg_at(1, "invalid modifier")),
        }
    }
    Ok(Term::Int(next_unique(positive)))
}

fn phash2_2(a: &[Term]) -> BifResult {
    let range = match &a[1] {
        Term::Int(n) if (1..=1 << 32).contains(n) => *n,
        // OTP 25's error info blames the first argument here.
        _ => return Err(Exception::badarg_at(1, "out of range")),
    };
    Ok(Term::Int(i64::from(phash::phash2(&a[0])) % range))
}
