//! The process built-ins of `:erlang`: spawning, sending, links, monitors,
//! exit signals, registered names, timers and `process_info`; and what a
//! process leaves behind when it ends (its exit reason, the error report of
//! one that crashed).

use std::io::Write;
use std::sync::Arc;

use crate::runtime::{process, sched, timer};
use crate::term::{self, Atom, Fun, Term};

use super::{Entry, NativeOut, NativeOut::Value};
use crate::vm::{Class, Exception, Vm};

pub static NATIVES: &[Entry] = &[
    e("erlang", "self", 0, self0),
    e("erlang", "make_ref", 0, make_ref0),
    e("erlang", "spawn", 1, spawn1),
    e("erlang", "spawn", 3, spawn3),
    e("erlang", "spawn_link", 1, spawn_link1),
    e("erlang", "spawn_link", 3, spawn_link3),
    e("erlang", "spawn_monitor", 1, spawn_monitor1),
    e("erlang", "spawn_monitor", 3, spawn_monitor3),
    e("erlang", "send", 2, send2),
    e("erlang", "send", 3, send3),
    e("erlang", "link", 1, link1),
    e("erlang", "unlink", 1, unlink1),
    e("erlang", "monitor", 2, monitor2),
    e("erlang", "monitor", 3, monitor3),
    e("erlang", "alias", 0, alias0),
    e("erlang", "alias", 1, alias0),
    e("erlang", "unalias", 1, unalias1),
    e("erlang", "demonitor", 1, demonitor1),
    e("erlang", "demonitor", 2, demonitor2),
    e("erlang", "exit", 2, exit2),
    e("erlang", "process_flag", 2, process_flag2),
    e("erlang", "register", 2, register2),
    e("erlang", "unregister", 1, unregister1),
    e("erlang", "whereis", 1, whereis1),
    e("erlang", "registered", 0, registered0),
    e("erlang", "is_process_alive", 1, is_process_alive1),
    e("erlang", "process_info", 1, process_info1),
    e("erlang", "process_info", 2, process_info2),
    e("erlang", "processes", 0, processes0),
    e("erlang", "send_after", 3, send_after3),
    e("erlang", "start_timer", 3, start_timer3),
    e("erlang", "cancel_timer", 1, cancel_timer1),
    e("erlang", "cancel_timer", 2, cancel_timer2),
    e("erlang", "read_timer", 1, read_timer1),
    e("erlang", "read_timer", 2, read_timer2),
    e("erlang", "node", 1, node1),
    e("erlang", "system_info", 1, system_info1),
    e("erlang", "memory", 0, memory0),
    e("erlang", "memory", 1, memory1),
    e("erlang", "yield", 0, yield0),
    e("erlang", "group_leader", 0, group_leader0),
    e("erlang", "group_leader", 2, group_leader2),
];

const fn e(module: &'static str, name: &'static str, arity: u32, f: super::Native) -> Entry {
    Entry {
        module,
        name,
        arity,
        f,
    }
}

fn me(vm: &Vm) -> Result<Arc<process::Process>, Exception> {
    vm.process.clone().ok_or_else(Exception::badarg)
}

fn pid_arg(t: &Term, position: u8) -> Result<u64, Exception> {
    match t {
        Term::Pid(p) => Ok(*p),
        _ => Err(Exception::badarg_at(position, "not a pid")),
    }
}

fn self0(vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::Pid(vm.self_pid())))
}

fn make_ref0(_vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::Ref(process::make_ref())))
}

// ---------------------------------------------------------------------------
// Spawning.

#[derive(Clone, Copy, PartialEq)]
enum With {
    Nothing,
    Link,
    Monitor,
}

/// Starts a process calling `fun` with `args`; the pid (and the monitor's
/// reference).
fn start(vm: &mut Vm, fun: Term, args: Vec<Term>, with: With) -> Result<Term, Exception> {
    let Term::Fun(_) = &fun else {
        return Err(Exception::badarg_at(1, "not a fun"));
    };
    let p = process::create();
    // A new process has its parent's group leader.
    let gl = vm.process.as_ref().and_then(|me| me.lock().group_leader);
    p.lock().group_leader = gl;
    if with == With::Link {
        let mine = me(vm)?;
        process::link(&mine, p.pid);
    }
    let monitor = if with == With::Monitor {
        let mine = me(vm)?;
        Some(process::monitor(&mine, p.pid, Term::Pid(p.pid)))
    } else {
        None
    };
    match Vm::spawned(p.clone(), &fun, args) {
        Ok(new) => sched::start(p.clone(), Box::new(new)),
        Err(err) => {
            // The new process fails at once (an undefined function, a fun of
            // the wrong arity), as on the BEAM: the caller is not the one to
            // raise.
            let mut helper = Vm::new();
            helper.process = Some(p.clone());
            let reason = exit_reason(&mut helper, p.pid, Err(err));
            process::terminate(&p, &reason);
        }
    }
    let pid = Term::Pid(p.pid);
    Ok(match monitor {
        Some(r) => Term::tuple(vec![pid, Term::Ref(r)]),
        None => pid,
    })
}

fn mfa_fun(a: &[Term]) -> Result<(Term, Vec<Term>), Exception> {
    let (Term::Atom(m), Term::Atom(f)) = (&a[0], &a[1]) else {
        return Err(Exception::badarg());
    };
    let args = a[2].list_to_vec().ok_or_else(Exception::badarg)?;
    let fun = Term::Fun(Arc::new(Fun::Export {
        module: *m,
        name: *f,
        arity: args.len() as u32,
    }));
    Ok((fun, args))
}

fn spawn1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    start(vm, a[0].clone(), vec![], With::Nothing).map(Value)
}

fn spawn3(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (f, args) = mfa_fun(a)?;
    start(vm, f, args, With::Nothing).map(Value)
}

fn spawn_link1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    start(vm, a[0].clone(), vec![], With::Link).map(Value)
}

fn spawn_link3(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (f, args) = mfa_fun(a)?;
    start(vm, f, args, With::Link).map(Value)
}

fn spawn_monitor1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    start(vm, a[0].clone(), vec![], With::Monitor).map(Value)
}

fn spawn_monitor3(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (f, args) = mfa_fun(a)?;
    start(vm, f, args, With::Monitor).map(Value)
}

// ---------------------------------------------------------------------------
// Messages and signals.

/// The pid a destination names: a pid, a registered name, `{name, node}`.
fn resolve(dest: &Term) -> Result<Option<u64>, Exception> {
    match dest {
        Term::Pid(p) => Ok(Some(*p)),
        // An alias: an inactive one drops the message.
        Term::Ref(r) => {
            let owner = process::alias_target(*r);
            if let Some(owner) = owner {
                alias_used(*r, owner);
            }
            Ok(owner)
        }
        Term::Atom(a) => match process::whereis(*a) {
            Some(p) => Ok(Some(p)),
            None => Err(Exception::badarg_at(1, "invalid destination")),
        },
        Term::Tuple(_) => match dest.as_tuple() {
            Some([Term::Atom(name), Term::Atom(_node)]) => Ok(process::whereis(*name)),
            _ => Err(Exception::badarg_at(1, "invalid destination")),
        },
        _ => Err(Exception::badarg_at(1, "invalid destination")),
    }
}

fn send2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    if let Some(pid) = resolve(&a[0])? {
        vm.send_pid(pid, a[1].clone());
    }
    Ok(Value(a[1].clone()))
}

fn send3(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    send2(vm, &a[..2])?;
    Ok(Value(Term::Atom(crate::atom!("ok"))))
}

fn link1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let other = pid_arg(&a[0], 1)?;
    let mine = me(vm)?;
    if !process::link(&mine, other) {
        let trapping = mine.lock().trap_exit;
        if trapping {
            mine.deliver(Term::tuple(vec![
                Term::Atom(crate::atom!("EXIT")),
                Term::Pid(other),
                Term::Atom(crate::atom!("noproc")),
            ]));
        } else {
            return Err(Exception::error_atom("noproc"));
        }
    }
    Ok(Value(Term::bool(true)))
}

fn unlink1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let other = pid_arg(&a[0], 1)?;
    process::unlink(&me(vm)?, other);
    Ok(Value(Term::bool(true)))
}

fn monitor2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let (r, _) = start_monitor(vm, &a[0], &a[1], Term::Atom(crate::atom!("DOWN")))?;
    Ok(Value(Term::Ref(r)))
}

/// A monitor of `item` (a pid, a registered name, `{name, node}`) whose
/// message is tagged `tag`.
fn start_monitor(
    vm: &mut Vm,
    kind: &Term,
    item: &Term,
    tag: Term,
) -> Result<(u64, bool), Exception> {
    if !kind.is_atom(crate::atom!("process")) {
        return Err(Exception::badarg_at(1, "invalid monitor type"));
    }
    let node = Term::Atom(crate::atom!("nonode@nohost"));
    let (target, object) = match item {
        Term::Pid(p) => (Some(*p), Term::Pid(*p)),
        Term::Atom(n) => (
            process::whereis(*n),
            Term::tuple(vec![Term::Atom(*n), node]),
        ),
        t => match t.as_tuple() {
            Some([Term::Atom(n), nd]) => (
                process::whereis(*n),
                Term::tuple(vec![Term::Atom(*n), nd.clone()]),
            ),
            _ => return Err(Exception::badarg_at(2, "not a pid")),
        },
    };
    // The process a caller monitors is usually the one it is about to send
    // to: found through the VM's cache.
    let found = target.and_then(|t| vm.process_of(t).cloned());
    let mine = vm.process.as_ref().ok_or_else(Exception::badarg)?;
    Ok(process::monitor_found(mine, found.as_ref(), object, tag))
}

/// `monitor/3`: with `alias: :demonitor` (or `:reply_demonitor`,
/// `:explicit_unalias`) the reference is also an alias of the caller, active
/// until the monitor ends (or `unalias/1`; with `:reply_demonitor`, until a
/// message comes through it, which also ends the monitor); with `tag: t` the
/// message is `{t, ref, :process, object, reason}`.
fn monitor3(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let opts = a[2]
        .list_to_vec()
        .ok_or_else(|| Exception::badarg_at(3, "not a list"))?;
    let mut alias = None;
    let mut tag = Term::Atom(crate::atom!("DOWN"));
    for o in &opts {
        match o.as_tuple() {
            Some([Term::Atom(k), Term::Atom(v)])
                if k.name() == "alias"
                    && matches!(
                        v.name(),
                        "explicit_unalias" | "demonitor" | "reply_demonitor"
                    ) =>
            {
                alias = Some(*v)
            }
            Some([Term::Atom(k), t]) if k.name() == "tag" => tag = t.clone(),
            _ => return Err(Exception::badarg_at(3, "invalid option in list")),
        }
    }
    let (r, active) = start_monitor(vm, &a[0], &a[1], tag)?;
    if let Some(mode) = alias {
        // The monitor may already have fired (`:noproc`): an alias then
        // has nothing to wait for.
        if active {
            process::add_alias(r, vm.self_pid());
            if mode == crate::atom!("reply_demonitor") {
                REPLY_DEMONITOR_USED.store(true, std::sync::atomic::Ordering::Relaxed);
                reply_demonitor().insert(r);
            }
        }
    }
    Ok(Value(Term::Ref(r)))
}

/// Whether any `:reply_demonitor` alias was ever made: until then a send to
/// an alias does not look at the table.
static REPLY_DEMONITOR_USED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// The aliases made by `monitor/3` with `alias: :reply_demonitor` that no
/// message has gone through yet.
fn reply_demonitor() -> std::sync::MutexGuard<'static, std::collections::HashSet<u64>> {
    static SET: std::sync::OnceLock<std::sync::Mutex<std::collections::HashSet<u64>>> =
        std::sync::OnceLock::new();
    SET.get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

/// The monitor `r` ended without a message through its alias.
fn forget_reply_demonitor(r: u64) {
    if REPLY_DEMONITOR_USED.load(std::sync::atomic::Ordering::Relaxed) {
        reply_demonitor().remove(&r);
    }
}

/// A message is going through alias `r` of process `owner`: a
/// `:reply_demonitor` alias ends, with its monitor.
fn alias_used(r: u64, owner: u64) {
    if !REPLY_DEMONITOR_USED.load(std::sync::atomic::Ordering::Relaxed)
        || !reply_demonitor().remove(&r)
    {
        return;
    }
    process::remove_alias(r);
    if let Some(p) = process::lookup(owner) {
        process::demonitor(&p, r);
    }
}

fn alias0(vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    let r = process::make_ref();
    process::add_alias(r, vm.self_pid());
    Ok(Value(Term::Ref(r)))
}

fn unalias1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Ref(r) = a[0] else {
        return Err(Exception::badarg_at(1, "not a reference"));
    };
    Ok(Value(Term::bool(process::remove_alias(r))))
}

/// Ends the caller's monitor `r`, both halves, the monitored process found
/// through the VM's cache; whether it was active.
fn end_monitor(vm: &mut Vm, r: u64) -> Result<bool, Exception> {
    let mine = vm.process.as_ref().ok_or_else(Exception::badarg)?;
    let target = process::end_monitor(mine, r);
    if let Some(p) = target.and_then(|t| vm.process_of(t)) {
        p.forget_monitor(r);
    }
    forget_reply_demonitor(r);
    Ok(target.is_some())
}

fn demonitor1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Ref(r) = a[0] else {
        return Err(Exception::badarg_at(1, "not a reference"));
    };
    end_monitor(vm, r)?;
    Ok(Value(Term::bool(true)))
}

fn demonitor2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Ref(r) = a[0] else {
        return Err(Exception::badarg_at(1, "not a reference"));
    };
    let opts = a[1].list_to_vec().ok_or_else(Exception::badarg)?;
    let active = end_monitor(vm, r)?;
    if opts.iter().any(|o| o.is_atom(crate::atom!("flush"))) {
        vm.flush_down(r);
    }
    if opts.iter().any(|o| o.is_atom(crate::atom!("info"))) {
        return Ok(Value(Term::bool(active)));
    }
    Ok(Value(Term::bool(true)))
}

fn exit2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let to = pid_arg(&a[0], 1)?;
    let from = vm.self_pid();
    process::exit_signal(from, to, a[1].clone());
    if to == from {
        // A signal to oneself acts at once.
        if let Some(reason) = me(vm)?.take_signals() {
            return Err(crate::vm::killed(reason));
        }
    }
    Ok(Value(Term::bool(true)))
}

fn process_flag2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let mine = me(vm)?;
    match &a[0] {
        Term::Atom(f) if f.name() == "trap_exit" => {
            let on = match &a[1] {
                Term::Atom(b) if *b == Atom::TRUE => true,
                Term::Atom(b) if *b == Atom::FALSE => false,
                _ => return Err(Exception::badarg_at(2, "invalid value for trap_exit")),
            };
            let old = std::mem::replace(&mut mine.lock().trap_exit, on);
            Ok(Value(Term::bool(old)))
        }
        // Accepted and ignored: one priority, no heap tuning.
        Term::Atom(f)
            if matches!(
                f.name(),
                "priority"
                    | "min_heap_size"
                    | "fullsweep_after"
                    | "message_queue_data"
                    | "sensitive"
            ) =>
        {
            Ok(Value(Term::Atom(crate::atom!("normal"))))
        }
        _ => Err(Exception::badarg_at(1, "invalid process flag")),
    }
}

fn register2(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(name) = &a[0] else {
        return Err(Exception::badarg_at(1, "not an atom"));
    };
    if name.name() == "undefined" {
        return Err(Exception::badarg_at(1, "undefined is not a valid name"));
    }
    let pid = pid_arg(&a[1], 2)?;
    match process::register(*name, pid) {
        Ok(()) => Ok(Value(Term::bool(true))),
        Err(process::RegisterError::Dead) => Err(Exception::badarg_at(
            2,
            "the pid does not refer to an existing process",
        )),
        Err(process::RegisterError::NameTaken) => {
            Err(Exception::badarg_at(1, "this name is already in use"))
        }
        Err(process::RegisterError::AlreadyNamed) => {
            Err(Exception::badarg_at(2, "the process is already registered"))
        }
    }
}

fn unregister1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(name) = &a[0] else {
        return Err(Exception::badarg_at(1, "not an atom"));
    };
    if process::unregister(*name) {
        Ok(Value(Term::bool(true)))
    } else {
        // OTP 25 words it so.
        Err(Exception::badarg_at(1, "not a pid"))
    }
}

fn whereis1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(name) = &a[0] else {
        return Err(Exception::badarg_at(1, "not an atom"));
    };
    Ok(Value(match process::whereis(*name) {
        Some(p) => Term::Pid(p),
        None => Term::Atom(crate::atom!("undefined")),
    }))
}

fn registered0(_vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::list(
        process::registered()
            .into_iter()
            .map(Term::Atom)
            .collect::<Vec<_>>(),
    )))
}

fn is_process_alive1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let pid = pid_arg(&a[0], 1)?;
    let alive = process::lookup(pid).is_some_and(|p| p.lock().state != process::State::Exited);
    Ok(Value(Term::bool(alive)))
}

fn processes0(_vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::list(
        process::all()
            .into_iter()
            .map(Term::Pid)
            .collect::<Vec<_>>(),
    )))
}

const INFO_KEYS: &[&str] = &[
    "registered_name",
    "current_function",
    "status",
    "message_queue_len",
    "links",
    "dictionary",
    "trap_exit",
    "priority",
    "heap_size",
    "reductions",
];

/// Reads another process while no thread runs it: one running now is
/// waited for to the end of its slice. A process parked in a nested receive
/// keeps its VM, so the wait is bounded; `read` then gets no VM.
fn when_parked<T>(p: &process::Process, read: impl Fn(&process::Shared, Option<&Vm>) -> T) -> T {
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(200);
    loop {
        let sh = p.lock();
        let running = sh.state == process::State::Running && sh.vm.is_none();
        if !running || std::time::Instant::now() >= deadline {
            return read(&sh, sh.vm.as_deref());
        }
        drop(sh);
        std::thread::yield_now();
    }
}

/// One `process_info` item, or None for an unknown key.
fn info_item(vm: &Vm, p: &process::Process, key: &str) -> Option<Term> {
    let sh = p.lock();
    let pids = |v: &[u64]| Term::list(v.iter().map(|&x| Term::Pid(x)).collect::<Vec<_>>());
    let value = match key {
        "message_queue_len" if vm.self_pid() == p.pid => Term::Int(vm.queue_len(&sh) as i64),
        "message_queue_len" => {
            let inbox = p.inbox_len.load(std::sync::atomic::Ordering::Relaxed);
            Term::Int(sh.mailbox.len() as i64 + i64::from(inbox))
        }
        "messages" if vm.self_pid() == p.pid => Term::list(vm.messages(&sh)),
        "messages" => {
            // A process running on another thread holds some of its messages
            // in its VM until its slice ends.
            drop(sh);
            return Some(when_parked(p, |sh, _| {
                Term::list(sh.mailbox.iter().cloned().collect::<Vec<_>>())
            }));
        }
        "links" => pids(&sh.links),
        "monitors" => Term::list(
            sh.monitoring
                .iter()
                .map(|&(_, t)| Term::tuple(vec![Term::Atom(crate::atom!("process")), Term::Pid(t)]))
                .collect::<Vec<_>>(),
        ),
        "monitored_by" => pids(&sh.monitored_by.iter().map(|m| m.1).collect::<Vec<_>>()),
        "status" => Term::atom(match sh.state {
            process::State::Running => "running",
            process::State::Runnable => "runnable",
            process::State::Waiting => "waiting",
            process::State::Exited => "exiting",
        }),
        "registered_name" => match sh.name {
            Some(n) => Term::Atom(n),
            None => Term::Nil,
        },
        "trap_exit" => Term::bool(sh.trap_exit),
        "dictionary" => {
            let pairs = |d: &[(Term, Term)]| {
                Term::list(
                    d.iter()
                        .map(|(k, v)| Term::tuple(vec![k.clone(), v.clone()]))
                        .collect::<Vec<_>>(),
                )
            };
            if vm.self_pid() == p.pid {
                pairs(&vm.dictionary)
            } else {
                drop(sh);
                when_parked(p, |_, o| o.map_or(Term::Nil, |o| pairs(&o.dictionary)))
            }
        }
        "priority" => Term::Atom(crate::atom!("normal")),
        "current_function" => Term::tuple(vec![
            Term::Atom(crate::atom!("erlang")),
            Term::Atom(crate::atom!("hibernate")),
            Term::Int(3),
        ]),
        "heap_size" | "total_heap_size" => Term::Int(233),
        "stack_size" => Term::Int(1),
        "memory" => Term::Int(2688),
        "reductions" => Term::Int(0),
        "group_leader" => Term::Pid(0),
        _ => return None,
    };
    Some(value)
}

fn process_info1(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let pid = pid_arg(&a[0], 1)?;
    let Some(p) = process::lookup(pid) else {
        return Ok(Value(Term::Atom(crate::atom!("undefined"))));
    };
    let items = INFO_KEYS
        .iter()
        .filter_map(|k| {
            let v = info_item(vm, &p, k)?;
            // An unnamed process has no `registered_name` item.
            if *k == "registered_name" && matches!(v, Term::Nil) {
                return None;
            }
            Some(Term::tuple(vec![Term::atom(k), v]))
        })
        .collect::<Vec<_>>();
    Ok(Value(Term::list(items)))
}

fn process_info2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let pid = pid_arg(&a[0], 1)?;
    let Some(p) = process::lookup(pid) else {
        return Ok(Value(Term::Atom(crate::atom!("undefined"))));
    };
    let one = |key: &Term| -> Result<Term, Exception> {
        let Term::Atom(k) = key else {
            return Err(Exception::badarg_at(2, "not a valid item"));
        };
        let v = info_item(vm, &p, k.name())
            .ok_or_else(|| Exception::badarg_at(2, "not a valid item"))?;
        Ok(Term::tuple(vec![Term::Atom(*k), v]))
    };
    match &a[1] {
        Term::Atom(_) => one(&a[1]).map(Value),
        list => {
            let keys = list.list_to_vec().ok_or_else(Exception::badarg)?;
            let items = keys.iter().map(one).collect::<Result<Vec<_>, _>>()?;
            Ok(Value(Term::list(items)))
        }
    }
}

// ---------------------------------------------------------------------------
// Timers.

fn time_arg(t: &Term) -> Result<u64, Exception> {
    match t {
        Term::Int(n) if *n >= 0 => Ok(*n as u64),
        _ => Err(Exception::badarg_at(1, "not a non-negative integer")),
    }
}

fn timer_dest(t: &Term) -> Result<Term, Exception> {
    match t {
        Term::Pid(_) | Term::Atom(_) => Ok(t.clone()),
        _ => Err(Exception::badarg_at(2, "not a pid or an atom")),
    }
}

fn send_after3(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let ms = time_arg(&a[0])?;
    let dest = timer_dest(&a[1])?;
    let r = timer::send_after(ms, dest, a[2].clone());
    Ok(Value(Term::Ref(r)))
}

fn start_timer3(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let ms = time_arg(&a[0])?;
    let dest = timer_dest(&a[1])?;
    // The message carries the timer's own reference: reserve it first.
    let r = timer::send_after_with(ms, dest, |r| {
        Term::tuple(vec![
            Term::Atom(crate::atom!("timeout")),
            Term::Ref(r),
            a[2].clone(),
        ])
    });
    Ok(Value(Term::Ref(r)))
}

fn cancel_timer1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Ref(r) = a[0] else {
        return Err(Exception::badarg_at(1, "not a reference"));
    };
    Ok(Value(match timer::remaining(r, true) {
        Some(ms) => Term::Int(ms as i64),
        None => Term::bool(false),
    }))
}

/// `cancel_timer/2`: with `info: false` the answer is `:ok`; with
/// `async: true` it arrives as a `{:cancel_timer, ref, result}` message.
fn cancel_timer2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    timer_with_options(vm, a, "cancel_timer", cancel_timer1)
}

fn read_timer2(vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    timer_with_options(vm, a, "read_timer", read_timer1)
}

fn timer_with_options(
    vm: &mut Vm,
    a: &[Term],
    tag: &str,
    f: super::Native,
) -> Result<NativeOut, Exception> {
    let opts = a[1]
        .list_to_vec()
        .ok_or_else(|| Exception::badarg_at(2, "invalid options"))?;
    let flag = |name: &str, default: bool| {
        opts.iter()
            .find_map(|o| match o.as_tuple() {
                Some([Term::Atom(k), Term::Atom(v)]) if k.name() == name => Some(*v == Atom::TRUE),
                _ => None,
            })
            .unwrap_or(default)
    };
    let (is_async, info) = (flag("async", false), flag("info", true));
    let Value(result) = f(vm, &a[..1])? else {
        return Err(Exception::badarg());
    };
    if is_async {
        if info {
            let msg = Term::tuple(vec![Term::atom(tag), a[0].clone(), result]);
            process::send(vm.self_pid(), msg);
        }
        return Ok(Value(Term::Atom(crate::atom!("ok"))));
    }
    Ok(Value(if info {
        result
    } else {
        Term::Atom(crate::atom!("ok"))
    }))
}

fn node1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    match &a[0] {
        Term::Pid(_) | Term::Ref(_) => Ok(Value(Term::Atom(crate::atom!("nonode@nohost")))),
        _ => Err(Exception::badarg_at(1, "not a pid, port or reference")),
    }
}

fn read_timer1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Ref(r) = a[0] else {
        return Err(Exception::badarg_at(1, "not a reference"));
    };
    Ok(Value(match timer::remaining(r, false) {
        Some(ms) => Term::Int(ms as i64),
        None => Term::bool(false),
    }))
}

// ---------------------------------------------------------------------------
// The system.

fn system_info1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let Term::Atom(k) = &a[0] else {
        return Err(Exception::badarg_at(1, "invalid system info item"));
    };
    let n = |x: usize| Term::Int(x as i64);
    Ok(Value(match k.name() {
        "process_count" => n(process::count()),
        "process_limit" => n(262_144),
        "schedulers" | "schedulers_online" => n(sched::schedulers()),
        "logical_processors" | "logical_processors_available" => {
            n(std::thread::available_parallelism()
                .map(|x| x.get())
                .unwrap_or(1))
        }
        "otp_release" => Term::list(
            "25".chars()
                .map(|c| Term::Int(c as i64))
                .collect::<Vec<_>>(),
        ),
        "version" => Term::list(
            "13.0"
                .chars()
                .map(|c| Term::Int(c as i64))
                .collect::<Vec<_>>(),
        ),
        "wordsize" => n(8),
        "endian" => Term::atom(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
        "atom_limit" => n(1_048_576),
        "port_count" => n(0),
        "thread_pool_size" => n(1),
        "smp_support" | "threads" => Term::bool(true),
        _ => return Err(Exception::badarg_at(1, "invalid system info item")),
    }))
}

/// A rough account of the memory in use, in the shape of `:erlang.memory/0`.
fn memory_items() -> Vec<(&'static str, i64)> {
    let procs = process::count() as i64 * 1000;
    let total = resident_bytes().unwrap_or(procs + 20_000_000);
    vec![
        ("total", total),
        ("processes", procs),
        ("processes_used", procs),
        ("system", total - procs),
        ("atom", 500_000),
        ("atom_used", 490_000),
        ("binary", 100_000),
        ("code", 5_000_000),
        ("ets", 0),
    ]
}

/// The resident set size, from /proc where there is one.
fn resident_bytes() -> Option<i64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: i64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn memory0(_vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::list(
        memory_items()
            .into_iter()
            .map(|(k, v)| Term::tuple(vec![Term::atom(k), Term::Int(v)]))
            .collect::<Vec<_>>(),
    )))
}

fn memory1(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let items = memory_items();
    let find = |k: &Term| -> Result<Term, Exception> {
        let Term::Atom(k) = k else {
            return Err(Exception::badarg_at(1, "invalid memory type"));
        };
        items
            .iter()
            .find(|(n, _)| *n == k.name())
            .map(|(_, v)| Term::Int(*v))
            .ok_or_else(|| Exception::badarg_at(1, "invalid memory type"))
    };
    match &a[0] {
        Term::Atom(_) => find(&a[0]).map(Value),
        list => {
            let keys = list.list_to_vec().ok_or_else(Exception::badarg)?;
            let mut out = Vec::new();
            for k in &keys {
                out.push(Term::tuple(vec![k.clone(), find(k)?]));
            }
            Ok(Value(Term::list(out)))
        }
    }
}

/// The pid that stands for the terminal as a group leader (there is no
/// process behind it: output to it goes straight to standard output).
const TERMINAL: u64 = 64;

/// The running process's I/O server, if not the terminal.
fn group_leader(vm: &Vm) -> Option<u64> {
    let p = vm.process.as_ref()?;
    let gl = p.lock().group_leader;
    gl.map(|g| g.get())
}

fn group_leader0(vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::Pid(group_leader(vm).unwrap_or(TERMINAL))))
}

fn group_leader2(_vm: &mut Vm, a: &[Term]) -> Result<NativeOut, Exception> {
    let gl = pid_arg(&a[0], 1)?;
    let pid = pid_arg(&a[1], 2)?;
    let p = process::lookup(pid)
        .ok_or_else(|| Exception::badarg_at(2, "the pid does not refer to an existing process"))?;
    p.lock().group_leader = std::num::NonZeroU64::new(gl).filter(|_| gl != TERMINAL);
    Ok(Value(Term::bool(true)))
}

/// The I/O server process that output to `device` goes to, if not the
/// terminal: see `write_out`.
pub fn io_server(vm: &Vm, device: Option<&Term>) -> Option<u64> {
    match device {
        None => group_leader(vm),
        Some(Term::Atom(a)) => match a.name() {
            "stdio" | "standard_io" => group_leader(vm),
            "stderr" | "standard_error" => process::whereis(crate::atom!("standard_error")),
            _ => None,
        },
        Some(Term::Pid(p)) if *p != TERMINAL => Some(*p),
        _ => None,
    }
}

fn yield0(_vm: &mut Vm, _a: &[Term]) -> Result<NativeOut, Exception> {
    Ok(Value(Term::bool(true)))
}

// ---------------------------------------------------------------------------
// Blocking work.

type Job = Box<dyn FnOnce() -> Result<NativeOut, Exception> + Send>;

/// Runs `job` (which may block: reading the terminal) on the I/O thread and
/// answers `{:wait, ref}`; the caller's Elixir code then waits in `receive`
/// for `{:"$vial_io", ref, result}`, so no scheduler thread is held. Jobs run
/// one at a time, in the order they were asked for.
pub fn blocking(
    vm: &mut Vm,
    job: impl FnOnce() -> Result<NativeOut, Exception> + Send + 'static,
) -> Result<NativeOut, Exception> {
    static QUEUE: std::sync::OnceLock<std::sync::Mutex<std::sync::mpsc::Sender<(Job, u64, u64)>>> =
        std::sync::OnceLock::new();
    let queue = QUEUE.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<(Job, u64, u64)>();
        let started = std::thread::Builder::new()
            .name("vial-io".into())
            .spawn(move || {
                for (job, pid, r) in rx {
                    let result = match job() {
                        Ok(Value(v)) => v,
                        Ok(_) => Term::Atom(crate::atom!("error")),
                        Err(e) => Term::tuple(vec![Term::Atom(crate::atom!("error")), e.reason]),
                    };
                    let msg = Term::tuple(vec![
                        Term::Atom(crate::atom!("$vial_io")),
                        Term::Ref(r),
                        result,
                    ]);
                    process::send(pid, msg);
                }
            });
        if let Err(e) = started {
            eprintln!("vial: cannot start the I/O thread: {e}");
            std::process::exit(1);
        }
        std::sync::Mutex::new(tx)
    });
    let r = process::make_ref();
    let sent =
        queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send((Box::new(job), vm.self_pid(), r));
    if sent.is_err() {
        return Err(Exception::badarg());
    }
    Ok(Value(Term::tuple(vec![
        Term::Atom(crate::atom!("wait")),
        Term::Ref(r),
    ])))
}

// ---------------------------------------------------------------------------
// The end of a process.

/// The exit reason of a process whose function returned (`:normal`) or
/// raised; for an uncaught error or throw, prints the error report Elixir's
/// logger prints.
pub fn exit_reason(vm: &mut Vm, pid: u64, result: Result<Term, Exception>) -> Term {
    let e = match result {
        Ok(_) => return Term::Atom(crate::atom!("normal")),
        Err(e) => e,
    };
    if e.killed || e.class == Class::Exit {
        return e.reason;
    }
    let stack = crate::vm::interp::stack_term(&e.stack, &e.arg_errors, e.info.as_deref());
    let raw = match e.class {
        Class::Throw => Term::tuple(vec![Term::Atom(crate::atom!("nocatch")), e.reason.clone()]),
        _ => e.reason.clone(),
    };
    let shown = match e.class {
        Class::Throw => Exception::error(raw.clone()),
        _ => e.clone(),
    };
    let mut report = format!(
        "Process {} raised an exception\n{}",
        term::inspect(&Term::Pid(pid)),
        crate::cli::describe_unblamed(
            vm,
            &Exception {
                stack: e.stack.clone(),
                ..shown
            }
        )
    );
    let clause = crate::cli::is_clause_error(&e.reason);
    for f in &e.stack {
        if let Some(line) = crate::cli::format_frame(f, clause) {
            report.push('\n');
            report.push_str(&line);
        }
    }
    if !takes_the_script_down(pid) {
        log_error(report);
    }
    Term::tuple(vec![raw, stack])
}

/// Whether the process `pid` is linked to the script's main process, which
/// does not trap exits: its crash ends the script, and `elixir` halts before
/// Logger's console gets to print the report.
fn takes_the_script_down(pid: u64) -> bool {
    let Some(p) = process::lookup(pid) else {
        return false;
    };
    let links = p.lock().links.clone();
    links.into_iter().filter_map(process::lookup).any(|other| {
        let sh = other.lock();
        sh.main.is_some() && !sh.trap_exit
    })
}

/// Hands an error report to Logger (stdlib/logger.ex) when its process runs,
/// so that its level, its console settings and `ExUnit.CaptureLog` apply;
/// otherwise nothing has configured Logger yet and the report is printed as
/// its console would print it.
fn log_error(text: String) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let ms = now.as_millis() as u64;
    if let Some(logger) = process::whereis(crate::atom!("Elixir.Logger")) {
        let event = Term::tuple(vec![
            Term::Atom(crate::atom!("$log_event")),
            Term::Atom(crate::atom!("error")),
            Term::binary(text.into_bytes()),
            Term::Int(ms as i64),
        ]);
        process::send(logger, event);
        return;
    }
    let report = format!("\n{} [error] {text}\n", clock(ms));
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(report.as_bytes());
    let _ = out.flush();
}

/// The wall-clock time `ms` (since the epoch) as the logger prints it: `14:03:07.512`.
fn clock(ms: u64) -> String {
    let day = ms % 86_400_000;
    format!(
        "{:02}:{:02}:{:02}.{:03}",
        day / 3_600_000,
        day / 60_000 % 60,
        day / 1000 % 60,
        day % 1000
    )
}
