//! Processes: identity, mailbox, links, monitors, registered names and exit
//! signals, following Erlang's rules.
//!
//! A process is an `Arc<Process>`. What other processes touch (the mailbox,
//! pending exit signals, links, monitors, the run state) sits behind one small
//! mutex, and so does the VM of a process no thread runs. The VM itself is
//! owned by whoever runs the process: a scheduler thread for a slice
//! (`sched`), or, for the script's main process between the steps the
//! schedulers run, the main thread (which compiles the next file, and blocks
//! its thread if that compiling code waits in `receive`). Messages are terms,
//! which are immutable and shared, so sending one is O(1) whatever its size.
//!
//! The mailbox is in two parts, as on the BEAM: senders append to
//! `Shared::mailbox` under the lock, and the running process moves what has
//! arrived into its VM's own queue in one step (`Vm::take_mail`), where
//! `receive` scans and takes messages without the lock. The process's
//! messages are that queue followed by `mailbox`; at the end of each slice
//! the VM's queue goes back to the front of `mailbox`, so whoever looks at a
//! process that is not running sees them all in order.
//!
//! Waking is exactly-once: a sender pushes its message under the lock and, if
//! the process was `Waiting`, marks it `Runnable` and hands it to the
//! scheduler (or unparks the thread that blocks for it). A process only
//! becomes `Waiting` under the same lock after checking that nothing arrived.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::thread::Thread;
use std::time::Instant;

use rustc_hash::FxHashMap;

use crate::term::{Atom, Term};
use crate::vm::Vm;

/// Where a process is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// A thread is running its code.
    Running,
    /// In a run queue.
    Runnable,
    /// Parked in `receive` until a message, a signal or its timeout.
    Waiting,
    Exited,
}

/// An exit signal on its way to a process.
pub struct ExitSignal {
    pub from: u64,
    pub reason: Term,
    /// From a link (as opposed to `Process.exit/2`).
    pub linked: bool,
}

pub struct Shared {
    pub mailbox: VecDeque<Term>,
    pub signals: Vec<ExitSignal>,
    pub links: Vec<u64>,
    /// Monitors others hold on this process: (reference, watcher, what the
    /// `:DOWN` message names: the pid, or `{name, node}` when monitored by
    /// name, the tag of that message: `:DOWN` unless `monitor/3` was given `tag:`).
    pub monitored_by: Vec<(u64, u64, Term, Term)>,
    /// Monitors this process holds: (reference, target pid).
    pub monitoring: Vec<(u64, u64)>,
    pub name: Option<Atom>,
    pub state: State,
    pub trap_exit: bool,
    /// The receive timeout of the current wait fired.
    pub timed_out: bool,
    /// The deadline of the receive waiting with an armed timer; cleared when
    /// that receive ends, so that a late timer finds nothing to time out.
    pub deadline: Option<Instant>,
    /// The earliest timer entry of this process's still in the timer heap. A
    /// receive whose deadline is no earlier adds none: when that entry fires
    /// it arms one for the deadline then current (see `time_out`), so a
    /// process calling a server over and over with the default 5 s timeout
    /// adds one entry per 5 s, not one per call.
    pub timer_at: Option<Instant>,
    /// The thread blocked in `receive` for this process, if one is.
    pub parked: Option<Thread>,
    /// Where its standard output goes when not to the terminal: an I/O
    /// server process (`:erlang.group_leader/2`).
    pub group_leader: Option<std::num::NonZeroU64>,
    /// The VM of a scheduled process while no thread runs it.
    pub vm: Option<Box<Vm>>,
    /// For the script's main process, while the schedulers run one of its
    /// top-level steps: where to hand the VM back when the step ends.
    pub main: Option<MainDone>,
}

pub struct Process {
    pub pid: u64,
    shared: Mutex<Shared>,
    /// An exit signal waits in `shared.signals`: checked without the lock
    /// whenever the process's reduction budget runs out.
    pub signalled: AtomicBool,
    /// How many messages the running process has moved out of `mailbox`
    /// into its VM's own queue (see `Vm::take_mail`), for others asking
    /// its queue's length while it runs.
    pub inbox_len: AtomicU32,
}

/// The VM of the main process and how its step ended.
pub type MainDone = std::sync::mpsc::Sender<(Box<Vm>, Result<Term, crate::vm::Exception>)>;

impl Process {
    pub fn lock(&self) -> MutexGuard<'_, Shared> {
        self.shared.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn new(pid: u64) -> Process {
        Process {
            pid,
            shared: Mutex::new(Shared {
                mailbox: VecDeque::new(),
                signals: Vec::new(),
                links: Vec::new(),
                monitored_by: Vec::new(),
                monitoring: Vec::new(),
                name: None,
                state: State::Running,
                trap_exit: false,
                timed_out: false,
                deadline: None,
                timer_at: None,
                parked: None,
                group_leader: None,
                vm: None,
                main: None,
            }),
            signalled: AtomicBool::new(false),
            inbox_len: AtomicU32::new(0),
        }
    }

    /// Makes a waiting process run again; the caller holds its lock.
    fn wake(self: &Arc<Self>, sh: &mut Shared) {
        if sh.state != State::Waiting {
            return;
        }
        sh.state = State::Runnable;
        match sh.parked.take() {
            Some(t) => t.unpark(),
            None => super::sched::schedule(self.clone()),
        }
    }

    /// Delivers a message.
    pub fn deliver(self: &Arc<Self>, msg: Term) {
        let mut sh = self.lock();
        if sh.state == State::Exited {
            return;
        }
        sh.mailbox.push_back(msg);
        self.wake(&mut sh);
    }

    /// The monitored process's half of ending monitor `r`.
    pub fn forget_monitor(&self, r: u64) {
        self.lock().monitored_by.retain(|m| m.0 != r);
    }

    /// Delivers an exit signal. One that a trapping process turns into a
    /// message joins the mailbox at once, so that it keeps its place among
    /// the messages from the same sender (a `:DOWN` sent after it comes
    /// after it); one that changes nothing (`:normal` to a process not
    /// trapping) is dropped; the rest wait for the process to act on them.
    pub fn signal(self: &Arc<Self>, sig: ExitSignal) {
        let mut sh = self.lock();
        if sh.state == State::Exited {
            return;
        }
        let kill = !sig.linked && sig.reason.is_atom(crate::atom!("kill"));
        if sh.trap_exit && !kill {
            sh.mailbox.push_back(Term::tuple(vec![
                Term::Atom(crate::atom!("EXIT")),
                Term::Pid(sig.from),
                sig.reason,
            ]));
            self.wake(&mut sh);
            return;
        }
        let to_self = sig.from == self.pid && !sig.linked;
        if !kill && sig.reason.is_atom(crate::atom!("normal")) && !to_self {
            return;
        }
        sh.signals.push(sig);
        self.signalled.store(true, Ordering::Release);
        self.wake(&mut sh);
    }

    /// Arms the timer of a receive that has begun to wait until `at`.
    pub fn arm_timer(&self, mut sh: MutexGuard<'_, Shared>, at: Instant) {
        sh.deadline = Some(at);
        if sh.timer_at.is_some_and(|t| t <= at) {
            return;
        }
        sh.timer_at = Some(at);
        drop(sh);
        super::timer::receive_timeout(at, self.pid);
    }

    /// A receive timer entry for `at` fired: the waiting receive times out if
    /// its deadline has come, or gets an entry for its deadline if none is
    /// left that comes before it.
    pub fn time_out(self: &Arc<Self>, at: Instant) {
        let mut sh = self.lock();
        if sh.timer_at == Some(at) {
            sh.timer_at = None;
        }
        if sh.state == State::Exited {
            return;
        }
        match sh.deadline {
            Some(d) if d <= Instant::now() => {
                sh.timed_out = true;
                self.wake(&mut sh);
            }
            Some(d) => self.arm_timer(sh, d),
            None => {}
        }
    }

    /// Acts on pending exit signals: trapped ones become `{:EXIT, from, reason}`
    /// messages, the rest are ignored (`:normal`) or end the process: the
    /// reason it must die with.
    #[inline]
    pub fn take_signals(&self) -> Option<Term> {
        // A plain load first: checked at every wait and every slice, it is
        // nearly always false, and a swap would take the cache line each time.
        if !self.signalled.load(Ordering::Relaxed) {
            return None;
        }
        self.act_on_signals()
    }

    #[cold]
    fn act_on_signals(&self) -> Option<Term> {
        if !self.signalled.swap(false, Ordering::Acquire) {
            return None;
        }
        let mut sh = self.lock();
        let signals = std::mem::take(&mut sh.signals);
        for sig in signals {
            let kill = !sig.linked && sig.reason.is_atom(crate::atom!("kill"));
            if kill {
                return Some(Term::Atom(crate::atom!("killed")));
            }
            if sh.trap_exit {
                sh.mailbox.push_back(Term::tuple(vec![
                    Term::Atom(crate::atom!("EXIT")),
                    Term::Pid(sig.from),
                    sig.reason,
                ]));
            } else if !sig.reason.is_atom(crate::atom!("normal")) {
                return Some(sig.reason);
            } else if sig.from == self.pid && !sig.linked {
                // `Process.exit(self(), :normal)` ends the caller.
                return Some(sig.reason);
            }
        }
        None
    }
}

// ---------------------------------------------------------------------------
// The process table and registered names.

const SHARDS: usize = 64;

type Shard = Mutex<FxHashMap<u64, Arc<Process>>>;

fn shards() -> &'static [Shard] {
    static TABLE: OnceLock<Vec<Shard>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..SHARDS)
            .map(|_| Mutex::new(FxHashMap::default()))
            .collect()
    })
}

fn shard(pid: u64) -> MutexGuard<'static, FxHashMap<u64, Arc<Process>>> {
    shards()[pid as usize % SHARDS]
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

fn names() -> MutexGuard<'static, FxHashMap<Atom, u64>> {
    static NAMES: OnceLock<Mutex<FxHashMap<Atom, u64>>> = OnceLock::new();
    NAMES
        .get_or_init(|| Mutex::new(FxHashMap::default()))
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

/// The first pid: the script's process prints as `#PID<0.96.0>` or nearby,
/// as under `elixir`.
static NEXT_PID: AtomicU64 = AtomicU64::new(96);
static COUNT: AtomicUsize = AtomicUsize::new(0);
static NEXT_REF: AtomicU64 = AtomicU64::new(1);

pub fn make_ref() -> u64 {
    NEXT_REF.fetch_add(1, Ordering::Relaxed)
}

/// How many processes are alive.
pub fn count() -> usize {
    COUNT.load(Ordering::Relaxed)
}

/// A new process, entered in the table.
pub fn create() -> Arc<Process> {
    let pid = NEXT_PID.fetch_add(1, Ordering::Relaxed);
    let p = Arc::new(Process::new(pid));
    shard(pid).insert(pid, p.clone());
    COUNT.fetch_add(1, Ordering::Relaxed);
    p
}

pub fn lookup(pid: u64) -> Option<Arc<Process>> {
    shard(pid).get(&pid).cloned()
}

/// Every live pid.
pub fn all() -> Vec<u64> {
    let mut pids: Vec<u64> = shards()
        .iter()
        .flat_map(|s| {
            s.lock()
                .unwrap_or_else(|e| e.into_inner())
                .keys()
                .copied()
                .collect::<Vec<_>>()
        })
        .collect();
    pids.sort_unstable();
    pids
}

pub fn whereis(name: Atom) -> Option<u64> {
    names().get(&name).copied()
}

pub fn registered() -> Vec<Atom> {
    names().keys().copied().collect()
}

/// Why `Process.register/2` refused.
pub enum RegisterError {
    Dead,
    NameTaken,
    AlreadyNamed,
}

pub fn register(name: Atom, pid: u64) -> Result<(), RegisterError> {
    let Some(p) = lookup(pid) else {
        return Err(RegisterError::Dead);
    };
    let mut names = names();
    if names.contains_key(&name) {
        return Err(RegisterError::NameTaken);
    }
    let mut sh = p.lock();
    if sh.state == State::Exited {
        return Err(RegisterError::Dead);
    }
    if sh.name.is_some() {
        return Err(RegisterError::AlreadyNamed);
    }
    sh.name = Some(name);
    names.insert(name, pid);
    Ok(())
}

pub fn unregister(name: Atom) -> bool {
    let mut names = names();
    let Some(pid) = names.remove(&name) else {
        return false;
    };
    drop(names);
    if let Some(p) = lookup(pid) {
        p.lock().name = None;
    }
    true
}

// ---------------------------------------------------------------------------
// Process aliases: a reference that stands for a process while it is active
// (`:erlang.alias/0`, `monitor/3` with `alias:`); a message sent to an
// inactive alias is dropped, so a reply that comes too late never arrives.

/// The shard of the alias table that holds reference `r` (sharded like the
/// process table: every `GenServer.call` adds and removes one).
fn aliases(r: u64) -> MutexGuard<'static, FxHashMap<u64, u64>> {
    static ALIASES: OnceLock<Vec<Mutex<FxHashMap<u64, u64>>>> = OnceLock::new();
    ALIASES.get_or_init(|| {
        (0..SHARDS)
            .map(|_| Mutex::new(FxHashMap::default()))
            .collect()
    })[r as usize % SHARDS]
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

pub fn add_alias(r: u64, pid: u64) {
    aliases(r).insert(r, pid);
}

/// Deactivates an alias; whether it was active.
pub fn remove_alias(r: u64) -> bool {
    aliases(r).remove(&r).is_some()
}

pub fn alias_target(r: u64) -> Option<u64> {
    aliases(r).get(&r).copied()
}

/// Sends `msg` to a pid; silently dropped when the process is gone.
pub fn send(pid: u64, msg: Term) {
    if let Some(p) = lookup(pid) {
        p.deliver(msg);
    }
}

/// Links two processes; false when `other` is not alive.
pub fn link(me: &Arc<Process>, other: u64) -> bool {
    if other == me.pid {
        return true;
    }
    let Some(p) = lookup(other) else {
        return false;
    };
    {
        let mut sh = p.lock();
        if sh.state == State::Exited {
            return false;
        }
        if !sh.links.contains(&me.pid) {
            sh.links.push(me.pid);
        }
    }
    let mut mine = me.lock();
    if !mine.links.contains(&other) {
        mine.links.push(other);
    }
    true
}

pub fn unlink(me: &Arc<Process>, other: u64) {
    me.lock().links.retain(|&p| p != other);
    if let Some(p) = lookup(other) {
        p.lock().links.retain(|&q| q != me.pid);
    }
}

/// `Process.monitor/1`: a fresh reference; `{:DOWN, ...}` with `:noproc` at
/// once when the target is gone.
pub fn monitor(me: &Arc<Process>, target: u64, object: Term) -> u64 {
    monitor_tagged(me, target, object, Term::Atom(crate::atom!("DOWN")))
}

/// `:erlang.monitor/3` with `tag:`: the message says `tag` instead of `:DOWN`.
pub fn monitor_tagged(me: &Arc<Process>, target: u64, object: Term, tag: Term) -> u64 {
    monitor_found(me, lookup(target).as_ref(), object, tag).0
}

/// `monitor_tagged` of `target` found already (None: no such process);
/// also whether the monitor is active (false: its `:noproc` message is sent).
pub fn monitor_found(
    me: &Arc<Process>,
    target: Option<&Arc<Process>>,
    object: Term,
    tag: Term,
) -> (u64, bool) {
    let r = make_ref();
    let alive = match target {
        Some(p) => {
            let mut sh = p.lock();
            if sh.state == State::Exited {
                false
            } else {
                sh.monitored_by
                    .push((r, me.pid, object.clone(), tag.clone()));
                true
            }
        }
        None => false,
    };
    match target {
        Some(p) if alive => me.lock().monitoring.push((r, p.pid)),
        _ => me.deliver(down_message(
            tag,
            r,
            object,
            Term::Atom(crate::atom!("noproc")),
        )),
    }
    (r, alive)
}

/// `Process.demonitor/1`: whether the monitor was still active.
pub fn demonitor(me: &Arc<Process>, r: u64) -> bool {
    match end_monitor(me, r) {
        Some(target) => {
            if let Some(p) = lookup(target) {
                p.forget_monitor(r);
            }
            true
        }
        None => false,
    }
}

/// The caller's half of ending monitor `r`: its alias and its entry. Returns
/// the monitored pid if the monitor was active; that process's half is
/// `Process::forget_monitor`.
pub fn end_monitor(me: &Process, r: u64) -> Option<u64> {
    remove_alias(r);
    let mut sh = me.lock();
    let i = sh.monitoring.iter().position(|&(x, _)| x == r)?;
    Some(sh.monitoring.swap_remove(i).1)
}

pub fn down_message(tag: Term, r: u64, object: Term, reason: Term) -> Term {
    Term::tuple(vec![
        tag,
        Term::Ref(r),
        Term::Atom(crate::atom!("process")),
        object,
        reason,
    ])
}

/// `Process.exit(pid, reason)`.
pub fn exit_signal(from: u64, to: u64, reason: Term) {
    if let Some(p) = lookup(to) {
        p.signal(ExitSignal {
            from,
            reason,
            linked: false,
        });
    }
}

/// Ends a process: out of the table and the names, exit signals to its links,
/// `:DOWN` to its monitors.
pub fn terminate(p: &Arc<Process>, reason: &Term) {
    let (links, monitored_by, monitoring, name) = {
        let mut sh = p.lock();
        if sh.state == State::Exited {
            return;
        }
        sh.state = State::Exited;
        sh.mailbox.clear();
        sh.signals.clear();
        (
            std::mem::take(&mut sh.links),
            std::mem::take(&mut sh.monitored_by),
            std::mem::take(&mut sh.monitoring),
            sh.name.take(),
        )
    };
    if let Some(n) = name {
        let mut names = names();
        if names.get(&n) == Some(&p.pid) {
            names.remove(&n);
        }
    }
    shard(p.pid).remove(&p.pid);
    COUNT.fetch_sub(1, Ordering::Relaxed);
    for other in links {
        if let Some(q) = lookup(other) {
            let removed = {
                let mut sh = q.lock();
                let before = sh.links.len();
                sh.links.retain(|&x| x != p.pid);
                before != sh.links.len()
            };
            if removed {
                q.signal(ExitSignal {
                    from: p.pid,
                    reason: reason.clone(),
                    linked: true,
                });
            }
        }
    }
    for (r, watcher, object, tag) in monitored_by {
        if let Some(q) = lookup(watcher) {
            q.lock().monitoring.retain(|&(x, _)| x != r);
            // A monitor's alias ends with it.
            remove_alias(r);
            q.deliver(down_message(tag, r, object, reason.clone()));
        }
    }
    for (r, target) in monitoring {
        if let Some(q) = lookup(target) {
            q.lock().monitored_by.retain(|m| m.0 != r);
        }
    }
}
