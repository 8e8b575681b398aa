//! The schedulers: one thread per core (`--schedulers N`, `VIAL_SCHEDULERS`),
//! each with a crossbeam work-stealing deque, plus a global injector for
//! processes made runnable from outside a scheduler thread (the main process,
//! the timer thread). A process runs a budget of reductions (`Vm::resume`)
//! and comes back here: finished, yielded (to the back of the queue) or
//! waiting in `receive` (parked in its `Process` until a message wakes it).
//!
//! A process woken by the one running goes to its scheduler's `next` slot
//! rather than the deque, and runs as soon as the running one waits or
//! yields: a message and its answer go back and forth on one thread with no
//! queue operations. A bounded streak keeps such a pair from starving the
//! rest of the queue.
//!
//! Idle schedulers sleep on a condition variable; a push wakes one when some
//! sleep, so an idle vial uses no CPU. The push and the sleeper's last look
//! at the queues are ordered (SeqCst) so that no wake-up is lost.
//!
//! The threads start on the first spawn, so a script without processes pays
//! nothing for them.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};

use crossbeam_deque::{Injector, Steal, Stealer, Worker};

use super::process::{self, Process, State};
use crate::vm::{Slice, Vm};

struct Pool {
    injector: Injector<Arc<Process>>,
    stealers: Vec<Stealer<Arc<Process>>>,
    sleepers: AtomicUsize,
    /// Scheduler threads running, and how many of them are blocked in a
    /// nested `receive` (see `blocking`).
    threads: AtomicUsize,
    blocked: AtomicUsize,
    lock: Mutex<()>,
    wake: Condvar,
}

/// A scheduler thread's own run queue.
struct Local {
    queue: Worker<Arc<Process>>,
    /// The process woken last by the one running here, to run next (before
    /// the queue, and out of other schedulers' reach): a message's receiver
    /// runs as soon as its sender waits, on the same thread, without a trip
    /// through the deque.
    next: Option<Arc<Process>>,
    /// How many processes in a row came from `next`: past `NEXT_STREAK`
    /// a woken process queues like any other, so that two processes
    /// talking to each other cannot keep the rest of the queue waiting.
    streak: u32,
}

const NEXT_STREAK: u32 = 32;

thread_local! {
    static LOCAL: RefCell<Option<Local>> = const { RefCell::new(None) };
}

static COUNT: OnceLock<usize> = OnceLock::new();

/// Sets the number of scheduler threads (before the first spawn).
pub fn set_schedulers(n: usize) {
    let _ = COUNT.set(n.max(1));
}

/// How many scheduler threads run processes.
pub fn schedulers() -> usize {
    *COUNT.get_or_init(|| {
        std::env::var("VIAL_SCHEDULERS")
            .ok()
            .and_then(|s| s.parse().ok())
            .filter(|&n| n > 0)
            .unwrap_or_else(|| {
                std::thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(1)
            })
    })
}

/// Reductions a process runs before it yields: `VIAL_REDUCTIONS=1` is the
/// stress mode that switches processes at every call.
pub fn budget() -> i32 {
    static BUDGET: OnceLock<i32> = OnceLock::new();
    *BUDGET.get_or_init(|| {
        std::env::var("VIAL_REDUCTIONS")
            .ok()
            .and_then(|s| s.parse().ok())
            .filter(|&n| n > 0)
            .unwrap_or(2000)
    })
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<&'static Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let n = schedulers();
        let workers: Vec<Worker<Arc<Process>>> = (0..n).map(|_| Worker::new_fifo()).collect();
        let pool: &'static Pool = Box::leak(Box::new(Pool {
            injector: Injector::new(),
            stealers: workers.iter().map(|w| w.stealer()).collect(),
            sleepers: AtomicUsize::new(0),
            threads: AtomicUsize::new(n),
            blocked: AtomicUsize::new(0),
            lock: Mutex::new(()),
            wake: Condvar::new(),
        }));
        for (i, w) in workers.into_iter().enumerate() {
            start_thread(pool, i, w);
        }
        pool
    })
}

fn start_thread(pool: &'static Pool, i: usize, w: Worker<Arc<Process>>) {
    let spawned = std::thread::Builder::new()
        .name(format!("vial-sched-{}", i + 1))
        // As much stack as the main thread: nested runs (inspect, eval) recurse.
        .stack_size(16 << 20)
        .spawn(move || run(pool, i, w));
    if let Err(e) = spawned {
        eprintln!("vial: cannot start a scheduler thread: {e}");
        std::process::exit(1);
    }
}

/// Called by a thread about to block for a process (a `receive` inside a
/// nested run, such as code evaluated by `Code.eval_string/1`, cannot give
/// its thread back). On a scheduler thread, its queued processes move to
/// the injector, and when every scheduler would be blocked a new one starts,
/// so that whoever is to send the awaited message still runs. Returns the
/// guard that undoes the count when the wait is over.
pub fn blocking() -> Option<Blocked> {
    let on_scheduler = LOCAL.with(|l| l.borrow().is_some());
    if !on_scheduler {
        return None;
    }
    let pool = pool();
    LOCAL.with(|l| {
        if let Some(local) = &mut *l.borrow_mut() {
            if let Some(p) = local.next.take() {
                pool.injector.push(p);
            }
            while let Some(p) = local.queue.pop() {
                pool.injector.push(p);
            }
        }
    });
    let blocked = pool.blocked.fetch_add(1, Ordering::SeqCst) + 1;
    if blocked >= pool.threads.load(Ordering::SeqCst) {
        let i = pool.threads.fetch_add(1, Ordering::SeqCst);
        start_thread(pool, i, Worker::new_fifo());
    }
    wake_one(pool);
    Some(Blocked)
}

pub struct Blocked;

impl Drop for Blocked {
    fn drop(&mut self) {
        pool().blocked.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Puts a process that has just become runnable (woken by a message or a
/// signal, or new) in a queue: the current scheduler's own when called from
/// one, as the process to run next, else the injector.
///
/// A process woken by the one running here usually runs next on this same
/// thread (the running one is about to wait or yield), so another scheduler
/// is only woken when work is piling up here or comes from outside: waking a
/// sleeping thread for every message would make two processes that talk to
/// each other bounce between threads.
pub fn schedule(p: Arc<Process>) {
    enqueue(p, true);
}

/// `schedule`, for a process that used up its reductions: to the back of
/// the queue.
fn requeue(p: Arc<Process>) {
    enqueue(p, false);
}

fn enqueue(p: Arc<Process>, woken: bool) {
    let pool = pool();
    let (leftover, queued) = LOCAL.with(|l| match &mut *l.borrow_mut() {
        Some(local) => {
            let p = if woken && local.streak < NEXT_STREAK {
                match local.next.replace(p) {
                    Some(older) => older,
                    None => return (None, local.queue.len() + 1),
                }
            } else {
                p
            };
            local.queue.push(p);
            (None, local.queue.len() + usize::from(local.next.is_some()))
        }
        None => (Some(p), 0),
    });
    match leftover {
        Some(p) => pool.injector.push(p),
        None if queued <= 1 => return,
        None => {}
    }
    wake_one(pool);
}

/// Wakes a sleeping scheduler, if one sleeps.
fn wake_one(pool: &Pool) {
    std::sync::atomic::fence(Ordering::SeqCst);
    if pool.sleepers.load(Ordering::SeqCst) > 0 {
        let _guard = pool.lock.lock().unwrap_or_else(|e| e.into_inner());
        pool.wake.notify_one();
    }
}

/// Runs `code` in the script's main process on the schedulers (where it can
/// wait in `receive` without holding a thread), and hands the VM back with
/// the result when the code returns.
pub fn run_main(
    p: &Arc<Process>,
    mut vm: Box<Vm>,
    code: Arc<crate::vm::FunCode>,
) -> (Box<Vm>, Result<crate::term::Term, crate::vm::Exception>) {
    vm.enter(code, Vec::new());
    let (tx, rx) = std::sync::mpsc::channel();
    p.lock().main = Some(tx);
    start(p.clone(), vm);
    match rx.recv() {
        Ok(done) => done,
        Err(_) => {
            eprintln!("vial: the schedulers stopped");
            std::process::exit(1);
        }
    }
}

/// Starts a new process running `vm` (already set up to call its function).
pub fn start(p: Arc<Process>, vm: Box<Vm>) {
    {
        let mut sh = p.lock();
        sh.vm = Some(vm);
        sh.state = State::Runnable;
    }
    schedule(p);
}

/// The next process to run: from this thread's queue, else the injector,
/// else stolen from another scheduler. Every few slices the injector comes
/// first, so that processes woken from outside (by a timer, say) are not
/// starved by busy ones that keep requeueing themselves here.
fn find(pool: &Pool, me: usize, local: &mut Local, tick: u32) -> Option<Arc<Process>> {
    if tick.is_multiple_of(16) {
        if let Steal::Success(p) = pool.injector.steal() {
            local.streak = 0;
            return Some(p);
        }
    }
    if let Some(p) = local.next.take() {
        local.streak += 1;
        return Some(p);
    }
    local.streak = 0;
    let local = &local.queue;
    if let Some(p) = local.pop() {
        return Some(p);
    }
    loop {
        let mut retry = false;
        match pool.injector.steal_batch_and_pop(local) {
            Steal::Success(p) => return Some(p),
            Steal::Retry => retry = true,
            Steal::Empty => {}
        }
        let n = pool.stealers.len();
        for k in 1..=n {
            if (me + k) % n == me {
                continue;
            }
            match pool.stealers[(me + k) % n].steal() {
                Steal::Success(p) => return Some(p),
                Steal::Retry => retry = true,
                Steal::Empty => {}
            }
        }
        if !retry {
            return None;
        }
    }
}

fn has_work(pool: &Pool) -> bool {
    !pool.injector.is_empty() || pool.stealers.iter().any(|s| !s.is_empty())
}

fn run(pool: &'static Pool, me: usize, local: Worker<Arc<Process>>) {
    LOCAL.with(|l| {
        *l.borrow_mut() = Some(Local {
            queue: local,
            next: None,
            streak: 0,
        })
    });
    let mut tick: u32 = 0;
    loop {
        tick = tick.wrapping_add(1);
        let next = LOCAL.with(|l| match &mut *l.borrow_mut() {
            Some(local) => find(pool, me, local, tick),
            None => None,
        });
        match next {
            Some(p) => run_slice(p),
            None => {
                let guard = pool.lock.lock().unwrap_or_else(|e| e.into_inner());
                pool.sleepers.fetch_add(1, Ordering::SeqCst);
                std::sync::atomic::fence(Ordering::SeqCst);
                if !has_work(pool) {
                    let _g = pool.wake.wait(guard).unwrap_or_else(|e| e.into_inner());
                }
                pool.sleepers.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }
}

/// Runs one process for a slice.
///
/// The process's lock is taken once as the slice begins (to take the VM and
/// the messages that have arrived) and once as it ends (to put them back,
/// and to park the process unless something came meanwhile).
fn run_slice(p: Arc<Process>) {
    let mut vm = {
        let mut sh = p.lock();
        if sh.state == State::Exited {
            return;
        }
        let Some(mut vm) = sh.vm.take() else {
            return;
        };
        sh.state = State::Running;
        vm.take_mail(&mut sh);
        vm
    };
    match vm.resume() {
        Slice::Yielded => {
            let mut sh = p.lock();
            vm.return_mail(&mut sh);
            sh.vm = Some(vm);
            sh.state = State::Runnable;
            drop(sh);
            requeue(p);
        }
        Slice::Waiting(deadline) => {
            let seen = vm.mailbox_seen();
            let mut sh = p.lock();
            vm.return_mail(&mut sh);
            let ready = sh.mailbox.len() > seen || !sh.signals.is_empty() || sh.timed_out;
            let arm = match deadline {
                Some((at, false)) if !ready => {
                    vm.timer_armed();
                    Some(at)
                }
                _ => None,
            };
            sh.vm = Some(vm);
            if ready {
                sh.state = State::Runnable;
                drop(sh);
                schedule(p);
            } else {
                sh.state = State::Waiting;
                if let Some(at) = arm {
                    p.arm_timer(sh, at);
                }
            }
        }
        Slice::Done(result) => {
            let main = {
                let mut sh = p.lock();
                let main = sh.main.take();
                if main.is_some() {
                    vm.return_mail(&mut sh);
                }
                main
            };
            if let Some(done) = main {
                // A step of the script is over: the main thread takes the VM back.
                let _ = done.send((vm, result));
                return;
            }
            let reason = crate::vm::natives::process::exit_reason(&mut vm, p.pid, result);
            drop(vm);
            process::terminate(&p, &reason);
        }
    }
}
