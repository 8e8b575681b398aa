//! The interpreter loop. Registers of every active call live in one vector
//! (`regs`); each frame knows where its window starts. Calls, returns, tail
//! calls and exception unwinding only move indices and push or pop `Frame`s,
//! so the depth of Elixir recursion never touches the Rust stack.
//!
//! `call` runs a function to completion from Rust (the top level of a script,
//! a macro during expansion, an `Inspect` implementation while printing): it
//! marks the frame depth it started at and returns when that frame returns.

use std::collections::VecDeque;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustc_hash::FxHashMap;

use crate::runtime::{self, process::Process};
use crate::term::{Atom, Fun, Map, Term};

use super::binary::{self, Size};
use super::jit;
use super::natives::NativeOut;
use super::{Call, Class, Exception, FunCode, Instr, Intrinsic, NoMatch, Op, StackFrame, Target};

struct Frame {
    /// The code being run, without a reference count of its own: the code of
    /// a module's functions is never freed (the module table keeps replaced
    /// modules, see `runtime::register`), a closure's code lives as long as
    /// `env`, and any other code is kept alive by `hold`. Calls and returns
    /// then touch no count shared between schedulers.
    code: CodePtr,
    hold: Option<Arc<FunCode>>,
    pc: u32,
    base: u32,
    /// Absolute register in the caller that receives the result.
    ret: u32,
    /// The closure being run, whose captured values `LoadEnv` reads.
    env: Option<Arc<Fun>>,
}

/// Code kept alive by something else (see `Frame::code`).
#[derive(Clone, Copy)]
struct CodePtr(*const FunCode);

// SAFETY: `FunCode` is immutable and shared between threads anyway (it is
// behind `Arc`s); the pointer only lets a VM move between schedulers.
unsafe impl Send for CodePtr {}
unsafe impl Sync for CodePtr {}

impl CodePtr {
    /// The code, for as long as whatever keeps it alive does.
    #[inline(always)]
    fn get<'a>(self) -> &'a FunCode {
        // SAFETY: see `Frame::code`.
        unsafe { &*self.0 }
    }
}

impl Frame {
    #[inline(always)]
    fn code<'a>(&self) -> &'a FunCode {
        self.code.get()
    }
}

struct Handler {
    /// The handler belongs to frame `depth - 1`.
    depth: usize,
    pc: u32,
    dst: u32,
}

/// The state of one running process's code.
pub struct Vm {
    regs: Vec<Term>,
    frames: Vec<Frame>,
    handlers: Vec<Handler>,
    /// The process dictionary.
    pub dictionary: Vec<(Term, Term)>,
    /// What few VMs need, apart so that a process's VM stays small.
    extra: Option<Box<VmExtra>>,
    /// The process this VM runs (none for a helper VM that only prints).
    pub process: Option<Arc<Process>>,
    /// Reductions left in this slice.
    budget: i32,
    /// The messages taken from the process's shared mailbox during this
    /// slice (see `take_mail`): `receive` scans these without a lock.
    inbox: VecDeque<Term>,
    /// `receive`'s save point: how many messages at the front of the mailbox
    /// (`inbox`, then the shared part) the running receive has looked at
    /// and passed over.
    save: usize,
    /// The receive timer fired before this slice began (a copy of
    /// `Shared::timed_out`, which the locked path of `RecvWait` consumes).
    woke_timed_out: bool,
    /// The process last sent to, so that a conversation with one process
    /// finds it without the process table.
    send_to: Option<Arc<Process>>,
    /// The running receive's deadline, and whether a timer is armed for it.
    recv: Option<(Instant, bool)>,
    /// Being run by a scheduler, which takes the VM back when it suspends.
    scheduled: bool,
    /// Why the last slice stopped early: `Some(deadline)` waiting in receive.
    waiting: Option<Option<(Instant, bool)>>,
    /// Remote calls resolved to code, valid while the module table's
    /// generation is `cache_generation`.
    remote_cache: FxHashMap<(Atom, Atom, u32), Resolved>,
    cache_generation: u64,
    /// The arguments of the running native (see `native_in_regs`).
    arg_buf: Vec<Term>,
}

/// The parts of a VM that only some use: module definitions and `&m.f/a`.
#[derive(Default)]
pub struct VmExtra {
    /// Every module defined, in order (`Code.require_file/1` returns those
    /// its file defined).
    pub defined: Vec<Atom>,
    /// Definitions reached while a module body's expression runs
    /// (`:vial.module_def/1`), for the module being defined to record.
    pub pending_defs: Vec<Term>,
    /// The code of `&module.name/arity` funs, valid while the module
    /// table's generation is the VM's `cache_generation`.
    export_cache: FxHashMap<(Atom, Atom, u32), Arc<FunCode>>,
}

/// What `Vm::run_native` did.
enum NativeRun {
    /// Nothing: the interpreter runs the call.
    Interpret,
    /// The call returned this.
    Value(i64),
    /// The call deoptimised: its frames wait in the thread's `jit::Ctx`.
    Bailed,
}

/// How a slice of a scheduled process ended.
pub enum Slice {
    /// Its reductions ran out: it goes to the back of the queue.
    Yielded,
    /// In `receive` with nothing to take: the deadline, and whether its timer
    /// is already armed.
    Waiting(Option<(Instant, bool)>),
    /// The process's function returned or raised.
    Done(Result<Term, Exception>),
}

/// What `run_inner` stopped for.
enum Flow {
    Done(Term),
    /// A scheduled process gives its thread back (`Vm::resume` reports why).
    Suspend,
}

impl Default for Vm {
    fn default() -> Vm {
        Vm::new()
    }
}

/// What to call next after a native returned.
enum Next {
    Value(Term),
    /// Code to enter and what keeps it alive (see `Frame::code`); arguments
    /// to place (empty: already in place); closure.
    Enter(CodePtr, Option<Arc<FunCode>>, Vec<Term>, Option<Arc<Fun>>),
}

/// Keeps freed memory in the allocator instead of returning it to the system
/// at once: a program that builds and drops million-element lists (and the
/// vectors a deep recursion grows) would otherwise pay a page fault for every
/// page of every new list.
fn tune_allocator() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        extern "C" {
            fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
        }
        /// `mi_option_purge_delay` in mimalloc.h (v2 and v3).
        const PURGE_DELAY: std::ffi::c_int = 15;
        // Referring to the crate links the library that defines the function.
        let _ = std::mem::size_of::<mimalloc::MiMalloc>();
        // SAFETY: a plain setter of a global option, valid at any time.
        unsafe { mi_option_set(PURGE_DELAY, -1) };
    });
}

impl Vm {
    pub fn new() -> Vm {
        tune_allocator();
        Vm::with_capacity(1024, 64, None)
    }

    /// An empty VM with room for `regs` registers and `frames` frames.
    fn with_capacity(regs: usize, frames: usize, process: Option<Arc<Process>>) -> Vm {
        Vm {
            regs: Vec::with_capacity(regs),
            frames: Vec::with_capacity(frames),
            handlers: Vec::new(),
            dictionary: Vec::new(),
            extra: None,
            process,
            budget: runtime::sched::budget(),
            inbox: VecDeque::new(),
            save: 0,
            woke_timed_out: false,
            send_to: None,
            recv: None,
            scheduled: false,
            waiting: None,
            remote_cache: FxHashMap::default(),
            cache_generation: runtime::generation(),
            arg_buf: Vec::new(),
        }
    }

    /// A VM for a new process that will call `fun` with `args`: small, since
    /// most processes stay shallow (a million may wait at once).
    pub fn spawned(process: Arc<Process>, fun: &Term, args: Vec<Term>) -> Result<Vm, Exception> {
        let mut vm = Vm::with_capacity(8, 2, Some(process));
        let (code, hold, args, env) = vm.prepare_fun(fun, args)?;
        vm.enter_with(code, hold, args, env);
        Ok(vm)
    }

    /// Sets the VM up to call `code` with `args` when resumed (the main
    /// process's next step); nothing may be running.
    pub fn enter(&mut self, code: Arc<FunCode>, args: Vec<Term>) {
        self.enter_with(CodePtr(Arc::as_ptr(&code)), Some(code), args, None);
    }

    fn enter_with(
        &mut self,
        code: CodePtr,
        hold: Option<Arc<FunCode>>,
        args: Vec<Term>,
        env: Option<Arc<Fun>>,
    ) {
        self.regs.clear();
        self.frames.clear();
        self.handlers.clear();
        let c = code.get();
        let nregs = c.nregs.max(args.len() as u32 + c.nfree);
        self.regs.extend(args);
        self.regs.resize(nregs as usize, Term::Nil);
        self.frames.push(Frame {
            code,
            hold,
            pc: 0,
            base: 0,
            ret: u32::MAX,
            env,
        });
    }

    /// Runs a scheduled process for one slice of reductions.
    pub fn resume(&mut self) -> Slice {
        self.budget = runtime::sched::budget();
        if let Some(p) = &self.process {
            if let Some(reason) = p.take_signals() {
                self.frames.clear();
                return Slice::Done(Err(killed(reason)));
            }
        }
        self.scheduled = true;
        let r = self.run(0);
        self.scheduled = false;
        match r {
            Ok(Some(v)) => Slice::Done(Ok(v)),
            Ok(None) => match self.waiting.take() {
                Some(deadline) => Slice::Waiting(deadline),
                None => Slice::Yielded,
            },
            Err(e) => Slice::Done(Err(e)),
        }
    }

    /// The VM's module definitions and export cache, made on first use.
    pub fn extra(&mut self) -> &mut VmExtra {
        self.extra.get_or_insert_with(Default::default)
    }

    /// How many messages the waiting receive has already looked at.
    pub fn mailbox_seen(&self) -> usize {
        self.save
    }

    /// Moves the messages that have arrived into this VM's own queue, where
    /// `receive` reads them without the lock; `sh` is the process's.
    pub fn take_mail(&mut self, sh: &mut runtime::process::Shared) {
        self.woke_timed_out = sh.timed_out;
        if sh.mailbox.is_empty() {
            return;
        }
        if self.inbox.is_empty() {
            std::mem::swap(&mut self.inbox, &mut sh.mailbox);
        } else {
            self.inbox.append(&mut sh.mailbox);
        }
        self.note_inbox();
    }

    /// Puts this VM's queue back at the front of the shared mailbox (at the
    /// end of a slice, or before blocking a thread), so that the process's
    /// messages are all in one place while it does not run.
    pub fn return_mail(&mut self, sh: &mut runtime::process::Shared) {
        if self.inbox.is_empty() {
            return;
        }
        self.inbox.append(&mut sh.mailbox);
        std::mem::swap(&mut self.inbox, &mut sh.mailbox);
        self.note_inbox();
    }

    /// Ends a slice in `receive`: the scheduler parks the process, and arms
    /// its timer unless it is armed already (see `timer_armed`).
    fn suspend_receive(&mut self) {
        self.waiting = Some(self.recv);
    }

    /// The scheduler has armed the timer of the waiting receive.
    pub fn timer_armed(&mut self) {
        if let Some(r) = &mut self.recv {
            r.1 = true;
        }
    }

    /// Publishes the length of the VM's queue for `message_queue_len`.
    fn note_inbox(&self) {
        if let Some(p) = &self.process {
            let n = u32::try_from(self.inbox.len()).unwrap_or(u32::MAX);
            p.inbox_len.store(n, Ordering::Relaxed);
        }
    }

    /// The messages waiting: this VM's queue, then the shared part.
    pub fn messages(&self, sh: &runtime::process::Shared) -> Vec<Term> {
        self.inbox
            .iter()
            .chain(sh.mailbox.iter())
            .cloned()
            .collect()
    }

    /// How many messages wait.
    pub fn queue_len(&self, sh: &runtime::process::Shared) -> usize {
        self.inbox.len() + sh.mailbox.len()
    }

    /// Removes `{_, ref, _, _, _}` messages (`:DOWN` of the monitor `r`,
    /// or those of another tag) from the mailbox (`demonitor/2`'s `:flush`).
    pub fn flush_down(&mut self, r: u64) {
        let down = |m: &Term| matches!(m.as_tuple(), Some([_, Term::Ref(x), _, _, _]) if *x == r);
        self.inbox.retain(|m| !down(m));
        self.note_inbox();
        if let Some(p) = &self.process {
            p.lock().mailbox.retain(|m| !down(m));
        }
    }

    /// Sends `msg` to `pid`; dropped when that process is gone.
    pub fn send_pid(&mut self, pid: u64, msg: Term) {
        if let Some(p) = self.process_of(pid) {
            p.deliver(msg);
        }
    }

    /// The process that `pid` names, if it is alive (or has just ended: a
    /// message to it is then dropped, as to a dead pid). The last one found
    /// is kept, so that sending to the same process again skips the table.
    pub fn process_of(&mut self, pid: u64) -> Option<&Arc<Process>> {
        if self.send_to.as_ref().is_none_or(|p| p.pid != pid) {
            self.send_to = Some(runtime::process::lookup(pid)?);
        }
        self.send_to.as_ref()
    }

    /// The pid of the running process.
    pub fn self_pid(&self) -> u64 {
        self.process.as_ref().map_or(0, |p| p.pid)
    }

    /// Runs `code` with `args` to completion.
    pub fn call(&mut self, code: Arc<FunCode>, args: Vec<Term>) -> Result<Term, Exception> {
        self.call_env(CodePtr(Arc::as_ptr(&code)), Some(code), args, None)
    }

    /// Runs `code` to completion; `hold` keeps it alive unless it is a
    /// module's code or a closure's (see `Frame::code`).
    fn call_env(
        &mut self,
        code: CodePtr,
        hold: Option<Arc<FunCode>>,
        args: Vec<Term>,
        env: Option<Arc<Fun>>,
    ) -> Result<Term, Exception> {
        let stop = self.frames.len();
        // Above the running frame's window, registers are free.
        let base = match self.frames.last() {
            Some(f) => f.base + f.code().nregs,
            None => 0,
        };
        self.regs.truncate(base as usize);
        if self.regs.len() < base as usize {
            self.regs.resize(base as usize, Term::Nil);
        }
        let c = code.get();
        let nregs = c.nregs.max(args.len() as u32 + c.nfree);
        self.regs.extend(args);
        self.regs.resize((base + nregs) as usize, Term::Nil);
        self.frames.push(Frame {
            code,
            hold,
            pc: 0,
            base,
            ret: u32::MAX,
            env,
        });
        let result = self.run(stop);
        self.regs.truncate(base as usize);
        result.map(|v| v.unwrap_or(Term::Nil))
    }

    /// Calls a fun value with `args` to completion.
    pub fn call_fun(&mut self, fun: &Term, args: Vec<Term>) -> Result<Term, Exception> {
        let (code, hold, args, env) = self.prepare_fun(fun, args)?;
        self.call_env(code, hold, args, env)
    }

    /// Calls `module.name(args)` to completion.
    pub fn call_mfa(
        &mut self,
        module: Atom,
        name: Atom,
        args: Vec<Term>,
    ) -> Result<Term, Exception> {
        match self.resolve_remote(module, name, args.len() as u32)? {
            Resolved::Code(code) => self.call_env(code, None, args, None),
            Resolved::Bif(f) => f(&args),
            Resolved::Native(n) => match n(self, &args)? {
                NativeOut::Value(v) => Ok(v),
                NativeOut::CallFun(f, a) => self.call_fun(&f, a),
                NativeOut::CallMfa(m, f, a) => self.call_mfa(m, f, a),
            },
        }
    }

    /// The code and full register contents (arguments, then captured values)
    /// for calling a fun.
    #[allow(clippy::type_complexity)]
    fn prepare_fun(
        &mut self,
        fun: &Term,
        args: Vec<Term>,
    ) -> Result<(CodePtr, Option<Arc<FunCode>>, Vec<Term>, Option<Arc<Fun>>), Exception> {
        let Term::Fun(f) = fun else {
            return Err(bad_fun(fun.clone(), args));
        };
        if f.arity() != args.len() as u32 {
            return Err(bad_fun(fun.clone(), args));
        }
        match &**f {
            // The closure keeps its code alive.
            Fun::Closure { code, .. } => {
                Ok((CodePtr(Arc::as_ptr(code)), None, args, Some(f.clone())))
            }
            Fun::Export {
                module,
                name,
                arity,
            } => {
                let (code, hold) = self.export_code(*module, *name, *arity)?;
                Ok((code, hold, args, None))
            }
        }
    }

    /// `resolve_remote` for a call site: what a name resolved to is kept until
    /// a module is defined or deleted.
    fn resolve_remote_cached(
        &mut self,
        module: Atom,
        name: Atom,
        arity: u32,
    ) -> Result<Resolved, Exception> {
        let generation = self.sync_caches();
        if let Some(r) = self.remote_cache.get(&(module, name, arity)) {
            return Ok(*r);
        }
        let r = self.resolve_remote(module, name, arity)?;
        if generation == runtime::generation() {
            self.remote_cache.insert((module, name, arity), r);
        }
        Ok(r)
    }

    /// The code of `&module.name/arity`: a module's code (which lives for
    /// ever), or a trampoline that calls the built-in, with the reference
    /// that keeps it alive.
    fn export_code(
        &mut self,
        module: Atom,
        name: Atom,
        arity: u32,
    ) -> Result<(CodePtr, Option<Arc<FunCode>>), Exception> {
        let generation = self.sync_caches();
        if let Some(code) = self.extra().export_cache.get(&(module, name, arity)) {
            return Ok((CodePtr(Arc::as_ptr(code)), Some(code.clone())));
        }
        let code = match self.resolve_remote_cached(module, name, arity)? {
            Resolved::Code(code) => return Ok((code, None)),
            Resolved::Bif(_) | Resolved::Native(_) => runtime::bif_trampoline(module, name, arity),
        };
        if generation == runtime::generation() {
            self.extra()
                .export_cache
                .insert((module, name, arity), code.clone());
        }
        Ok((CodePtr(Arc::as_ptr(&code)), Some(code)))
    }

    /// Empties the call caches when a module was defined or deleted since
    /// they were filled; returns the generation they now belong to.
    fn sync_caches(&mut self) -> u64 {
        let generation = runtime::generation();
        if generation != self.cache_generation {
            self.remote_cache.clear();
            if let Some(x) = &mut self.extra {
                x.export_cache.clear();
            }
            self.cache_generation = generation;
        }
        generation
    }

    fn resolve_remote(
        &mut self,
        module: Atom,
        name: Atom,
        arity: u32,
    ) -> Result<Resolved, Exception> {
        if let Some(bif) = crate::bif::lookup(module, name, arity) {
            return Ok(Resolved::Bif(bif.f));
        }
        if let Some(n) = super::natives::lookup(module, name, arity) {
            return Ok(Resolved::Native(n));
        }
        if module == crate::atom!("Elixir.Kernel") {
            // `&Kernel.length/1`: Kernel's inlined functions are built-ins.
            if let Some((m, f)) = crate::expand::inline(name.name(), arity as usize) {
                if let Some(bif) = crate::bif::lookup(Atom::new(m), Atom::new(f), arity) {
                    return Ok(Resolved::Bif(bif.f));
                }
                // `apply(Kernel, :exit, [r])`: and those that need the process.
                if let Some(n) = super::natives::lookup(Atom::new(m), Atom::new(f), arity) {
                    return Ok(Resolved::Native(n));
                }
            }
        }
        match runtime::public_function(self, module, name, arity) {
            // The module table keeps a module's code for ever.
            Some(code) => Ok(Resolved::Code(CodePtr(Arc::as_ptr(&code)))),
            None => Err(runtime::undef(module, name, arity)),
        }
    }

    /// Runs until the frame at depth `stop` returns; `None` when a scheduled
    /// process suspended instead.
    fn run(&mut self, stop: usize) -> Result<Option<Term>, Exception> {
        loop {
            match self.run_inner(stop) {
                Ok(Flow::Done(v)) => return Ok(Some(v)),
                Ok(Flow::Suspend) => return Ok(None),
                Err(mut e) => {
                    // A built-in's own frame (file-less, from `with_args`)
                    // is followed by its callers', as on the BEAM.
                    // A CompileError names no frames unless the compiler
                    // gave it some (a struct it could not expand).
                    if !e.given_stack
                        && e.stack.iter().all(|f| f.file.is_none())
                        && !is_compile_error(&e.reason)
                    {
                        let mut callers = self.stacktrace(stop);
                        let tail_called = self.frames.last().is_some_and(|f| {
                            let at = (f.pc as usize).wrapping_sub(1);
                            matches!(f.code().code.get(at), Some(Instr::TailCall(_)))
                        });
                        // A tail call to a function that fails (or does not
                        // exist) has left its caller's frame already on the
                        // BEAM; an `:erlang` BIF runs inside its caller's.
                        let bif = e.stack.first().is_some_and(|f| {
                            beam_bif(f.module.name(), f.function.name(), f.arity as usize)
                        });
                        if !e.stack.is_empty() && tail_called && !bif && !callers.is_empty() {
                            callers.remove(0);
                        }
                        // A call of a bad fun fails after pushing its return
                        // address: the caller shows twice.
                        if e.stack.is_empty() && !tail_called && is_bad_fun(&e.reason) {
                            if let Some(top) = callers.first().cloned() {
                                callers.insert(0, top);
                            }
                        }
                        if let Some(args) = e.caller_args.take() {
                            if let Some(top) = callers.first_mut() {
                                top.args = Some(*args);
                            }
                        }
                        e.stack.extend(callers);
                        e.stack.truncate(BACKTRACE_DEPTH);
                        super::stdlib_lines::remap(&mut e.stack);
                    }
                    match self.handlers.last() {
                        // An exit signal ends the process: no handler runs.
                        Some(h) if h.depth > stop && !e.killed => {
                            let h = self.handlers.pop().expect("checked above");
                            self.frames.truncate(h.depth);
                            let frame = self.frames.last_mut().expect("handler frame");
                            frame.pc = h.pc;
                            let base = frame.base as usize;
                            let top = base + frame.code().nregs as usize;
                            // A callee's return may have cut the vector below this
                            // frame's window (its window starts inside ours).
                            if self.regs.len() < top {
                                self.regs.resize(top, Term::Nil);
                            }
                            let dst = base + h.dst as usize;
                            self.regs[dst] = Term::Atom(e.class.atom());
                            self.regs[dst + 1] = e.reason.clone();
                            self.regs[dst + 2] =
                                stack_term(&e.stack, &e.arg_errors, e.info.as_deref());
                        }
                        _ => {
                            self.frames.truncate(stop);
                            self.handlers.retain(|h| h.depth <= stop);
                            return Err(e);
                        }
                    }
                }
            }
        }
    }

    /// The frames from the top down to `stop`, for an exception raised now:
    /// as the BEAM records them, at most `BACKTRACE_DEPTH`, and a caller that
    /// repeats the one below it (a recursion through the same call) once.
    fn stacktrace(&self, stop: usize) -> Vec<StackFrame> {
        let mut out: Vec<StackFrame> = Vec::new();
        for (i, f) in self.frames[stop..].iter().rev().enumerate() {
            if out.len() == BACKTRACE_DEPTH {
                break;
            }
            let code = f.code();
            let (function, mut arity) = frame_name(code, f.env.is_some());
            // The BEAM's lifted function takes the captured values as arguments too.
            if let Some(Fun::Closure { env, .. }) = f.env.as_deref() {
                arity += env.len() as u32;
            }
            let frame = StackFrame {
                module: code.module,
                function,
                arity,
                args: None,
                file: Some(code.file),
                // `pc` is past the instruction that called or failed.
                line: code.line_at(f.pc.saturating_sub(1)),
            };
            let repeated = i > 1
                && out.last().is_some_and(|p| {
                    (p.module, p.function, p.arity, p.line)
                        == (frame.module, frame.function, frame.arity, frame.line)
                });
            if !repeated {
                out.push(frame);
            }
        }
        out
    }

    fn run_inner(&mut self, stop: usize) -> Result<Flow, Exception> {
        let suspendable = stop == 0 && self.scheduled;
        let frame = self.frames.last().expect("a frame to run");
        let mut code: &FunCode = frame.code();
        // The running code's instructions, kept apart from `code` so that
        // fetching one is a single load.
        let mut instrs: *const Instr = code.code.as_ptr();
        let mut base = frame.base as usize;
        let mut pc = frame.pc as usize;
        // Registers are read and written without a bounds check: the
        // compiler numbers a function's registers below its `nregs`, and
        // every way into a frame (call, return, unwinding, `call_env`) makes
        // `regs` cover `base + nregs` first. Debug builds (the tests) check.
        macro_rules! reg {
            ($r:expr) => {
                *{
                    let i = base + $r as usize;
                    debug_assert!(i < self.regs.len());
                    // SAFETY: see above.
                    unsafe { &*self.regs.as_ptr().add(i) }
                }
            };
        }
        macro_rules! regm {
            ($r:expr) => {
                *{
                    let i = base + $r as usize;
                    debug_assert!(i < self.regs.len());
                    // SAFETY: see above.
                    unsafe { &mut *self.regs.as_mut_ptr().add(i) }
                }
            };
        }
        // Writes a register; overwriting a value without a heap part needs
        // no drop.
        macro_rules! set {
            ($r:expr, $v:expr) => {{
                let v = $v;
                put(&mut regm!($r), v);
            }};
        }
        // An operand of `Op` and `JumpUnless`: a register or a constant.
        macro_rules! opnd {
            ($r:expr) => {{
                let r = $r;
                if r & super::CONST_OPERAND == 0 {
                    &reg!(r)
                } else {
                    &code.consts[(r & !super::CONST_OPERAND) as usize]
                }
            }};
        }
        macro_rules! save_pc {
            () => {
                if let Some(f) = self.frames.last_mut() {
                    f.pc = pc as u32;
                }
            };
        }
        macro_rules! fail {
            ($e:expr) => {{
                save_pc!();
                return Err($e);
            }};
        }
        macro_rules! try_ {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => fail!(e),
                }
            };
        }
        // Goes on with the frame on top (after a return or a deoptimisation).
        macro_rules! reload {
            () => {{
                let frame = self.frames.last().expect("a frame");
                code = frame.code();
                instrs = code.code.as_ptr();
                base = frame.base as usize;
                pc = frame.pc as usize;
            }};
        }
        // Native code for a call that replaces the running frame (a tail
        // call), its arguments at `abs`: the value is returned, or the frames
        // of a deoptimisation replace this one.
        macro_rules! native_tail {
            ($callee:expr, $abs:expr, $argc:expr) => {
                match self.run_native($callee, $abs, $argc) {
                    NativeRun::Interpret => {}
                    NativeRun::Value(n) => {
                        match self.do_return(Term::Int(n), stop) {
                            Some(v) => return Ok(Flow::Done(v)),
                            None => reload!(),
                        }
                        continue;
                    }
                    NativeRun::Bailed => {
                        let f = self.frames.pop().expect("a running frame");
                        let (fbase, fret) = (f.base as usize, f.ret);
                        drop(f);
                        self.materialize(fbase, fret);
                        reload!();
                        continue;
                    }
                }
            };
        }
        // Native code for a call that pushes a frame, its arguments at `abs`
        // and its value for register `dst`: the value is put there, or the
        // frames of a deoptimisation are pushed above this one.
        macro_rules! native_call {
            ($callee:expr, $abs:expr, $argc:expr, $dst:expr) => {
                match self.run_native($callee, $abs, $argc) {
                    NativeRun::Interpret => {}
                    NativeRun::Value(n) => {
                        put(&mut self.regs[base + $dst], Term::Int(n));
                        continue;
                    }
                    NativeRun::Bailed => {
                        save_pc!();
                        self.materialize($abs, (base + $dst) as u32);
                        reload!();
                        continue;
                    }
                }
            };
        }
        loop {
            debug_assert!(pc < code.code.len());
            // SAFETY: every function's code ends in a return, a tail call or
            // a raise, and jumps go to labels inside it.
            let instr = unsafe { &*instrs.add(pc) };
            pc += 1;
            match instr {
                Instr::Const(dst, idx) => set!(*dst, code.consts[*idx as usize].clone()),
                Instr::Move(dst, src) => set!(*dst, reg!(*src).clone()),
                Instr::Take(dst, src) => {
                    let v = std::mem::replace(&mut regm!(*src), Term::Nil);
                    set!(*dst, v);
                }
                Instr::Tuple(dst, start, n) => {
                    let s = base + *start as usize;
                    let t = crate::term::Tuple::from_slice(&self.regs[s..s + *n as usize]);
                    set!(*dst, Term::Tuple(t));
                }
                Instr::List(dst, start, n, tail) => {
                    let mut acc = if *tail == u32::MAX {
                        Term::Nil
                    } else {
                        reg!(*tail).clone()
                    };
                    let s = base + *start as usize;
                    for i in (0..*n as usize).rev() {
                        acc = Term::cons(self.regs[s + i].clone(), acc);
                    }
                    set!(*dst, acc);
                }
                Instr::Map(dst, start, n) => {
                    let s = base + *start as usize;
                    let mut m = crate::term::MapInner::new();
                    for i in 0..*n as usize {
                        m.insert(
                            crate::term::MapKey(self.regs[s + 2 * i].clone()),
                            self.regs[s + 2 * i + 1].clone(),
                        );
                    }
                    set!(*dst, Term::Map(Map::from_inner(m)));
                }
                Instr::MapUpdate(dst, src, start, n) => {
                    let Term::Map(m) = &reg!(*src) else {
                        fail!(Exception::tagged("badmap", reg!(*src).clone()));
                    };
                    let mut m = m.clone();
                    let s = base + *start as usize;
                    for i in 0..*n as usize {
                        let k = self.regs[s + 2 * i].clone();
                        if m.get(&k).is_none() {
                            if code.erl_eval {
                                fail!(erl_eval_badkey(
                                    k,
                                    self.regs[s + 2 * i + 1].clone(),
                                    &reg!(*src)
                                ));
                            }
                            fail!(Exception::tagged("badkey", k));
                        }
                        m.put_mut(k, self.regs[s + 2 * i + 1].clone());
                    }
                    set!(*dst, Term::Map(m));
                }
                Instr::Closure(dst, child, start, n) => {
                    let s = base + *start as usize;
                    let env: Box<[Term]> = self.regs[s..s + *n as usize].to_vec().into();
                    let code = code.children[*child as usize].clone();
                    set!(*dst, Term::Fun(Arc::new(Fun::Closure { code, env })));
                }
                Instr::LoadEnv(dst, k) => {
                    let v = match self.frames.last().and_then(|f| f.env.as_deref()) {
                        Some(Fun::Closure { env, .. }) => env[*k as usize].clone(),
                        _ => Term::Nil,
                    };
                    set!(*dst, v);
                }
                Instr::Call(call) | Instr::TailCall(call) => {
                    // A call is a reduction; when the budget has run out a
                    // scheduled process yields before the call (and makes it
                    // when resumed, with a new budget), and any process looks
                    // at its signals.
                    if self.budget <= 0 {
                        if suspendable {
                            pc -= 1;
                            save_pc!();
                            return Ok(Flow::Suspend);
                        }
                        self.budget = runtime::sched::budget();
                        if let Some(reason) = self.process.as_ref().and_then(|p| p.take_signals()) {
                            fail!(killed(reason));
                        }
                    }
                    self.budget -= 1;
                    let tail = matches!(instr, Instr::TailCall(_));
                    let Call {
                        target,
                        base: abase,
                        argc,
                        dst,
                    } = &**call;
                    let abs = base + *abase as usize;
                    let argc = *argc as usize;
                    let dst = *dst as usize;
                    // Find the code to enter, or compute the value directly.
                    let next = match target {
                        Target::Local { name, arity, cache } => {
                            // A function calling itself in tail position (a
                            // loop): the frame stays as it is, and the code's
                            // reference count, shared by every scheduler
                            // running it, is not touched.
                            let same = cache
                                .get()
                                .is_some_and(|c| std::ptr::eq(Arc::as_ptr(c), code));
                            if tail && same {
                                for i in 0..argc {
                                    let v = std::mem::replace(&mut self.regs[abs + i], Term::Nil);
                                    self.regs[base + i] = v;
                                }
                                pc = 0;
                                native_tail!(code, base, argc);
                                continue;
                            }
                            // The commonest call of all, a known function of
                            // this module not in tail position: straight in,
                            // with nothing to hold and no closure.
                            if let (false, Some(c)) = (tail, cache.get()) {
                                let callee: &FunCode = c;
                                native_call!(callee, abs, argc, dst);
                                let top = abs + callee.nregs as usize;
                                if self.regs.len() < top {
                                    self.regs.resize(top, Term::Nil);
                                }
                                let ret = (base + dst) as u32;
                                if let Some(f) = self.frames.last_mut() {
                                    f.pc = pc as u32;
                                }
                                if self.frames.len() == self.frames.capacity() {
                                    self.frames.reserve(self.frames.len().max(64));
                                }
                                let len = self.frames.len();
                                // SAFETY: as in the general path below.
                                unsafe {
                                    let slot = self.frames.as_mut_ptr().add(len);
                                    std::ptr::write(
                                        slot,
                                        Frame {
                                            code: CodePtr(callee),
                                            hold: None,
                                            pc: 0,
                                            base: abs as u32,
                                            ret,
                                            env: None,
                                        },
                                    );
                                    self.frames.set_len(len + 1);
                                }
                                code = callee;
                                instrs = code.code.as_ptr();
                                base = abs;
                                pc = 0;
                                continue;
                            }
                            // A module's code is never freed: no count to take.
                            let callee = match cache.get() {
                                Some(c) => CodePtr(Arc::as_ptr(c)),
                                None => {
                                    save_pc!();
                                    match runtime::function(self, code.module, *name, *arity) {
                                        Some(c) => {
                                            let _ = cache.set(c.clone());
                                            CodePtr(Arc::as_ptr(&c))
                                        }
                                        None => fail!(runtime::undef(code.module, *name, *arity)),
                                    }
                                }
                            };
                            Next::Enter(callee, None, Vec::new(), None)
                        }
                        Target::Remote {
                            module,
                            name,
                            arity,
                        } => {
                            save_pc!();
                            match self.resolve_remote_cached(*module, *name, *arity) {
                                Ok(Resolved::Code(c)) => Next::Enter(c, None, Vec::new(), None),
                                Ok(Resolved::Bif(f)) => Next::Value(try_!(with_args(
                                    f(&self.regs[abs..abs + argc]),
                                    &self.regs[abs..abs + argc],
                                    *module,
                                    *name
                                ))),
                                Ok(Resolved::Native(n)) => {
                                    try_!(self.native_in_regs(n, abs, argc))
                                }
                                Err(e) => fail!(undef_args(e, &self.regs[abs..abs + argc])),
                            }
                        }
                        Target::Bif(bif) => {
                            let args = &self.regs[abs..abs + argc];
                            match (bif.f)(args) {
                                Ok(v) => Next::Value(v),
                                Err(e)
                                    if bif.module == "erlang"
                                        && bif.name == "/"
                                        && compiled(code) =>
                                {
                                    fail!(e)
                                }
                                Err(e) => {
                                    let e = with_args(
                                        Err(e),
                                        args,
                                        Atom::new(bif.module),
                                        Atom::new(bif.name),
                                    );
                                    fail!(e.expect_err("an error"))
                                }
                            }
                        }
                        Target::Intrinsic(Intrinsic::SelfPid, _) if self.process.is_some() => {
                            Next::Value(Term::Pid(self.self_pid()))
                        }
                        Target::Intrinsic(Intrinsic::Send, _)
                            if matches!(self.regs[abs], Term::Pid(_)) =>
                        {
                            let msg = std::mem::replace(&mut self.regs[abs + 1], Term::Nil);
                            if let Term::Pid(pid) = self.regs[abs] {
                                self.send_pid(pid, msg.clone());
                            }
                            Next::Value(msg)
                        }
                        // Intrinsics off their fast path are plain natives.
                        Target::Native(n) | Target::Intrinsic(_, n) => {
                            save_pc!();
                            try_!(self.native_in_regs(*n, abs, argc))
                        }
                        Target::Fun => {
                            save_pc!();
                            // The arguments are already in place.
                            match &self.regs[abs - 1] {
                                Term::Fun(f) if f.arity() as usize == argc => match &**f {
                                    Fun::Closure { code, .. } => {
                                        // The closure in `env` keeps its code alive.
                                        let code = CodePtr(Arc::as_ptr(code));
                                        Next::Enter(code, None, Vec::new(), Some(f.clone()))
                                    }
                                    Fun::Export {
                                        module,
                                        name,
                                        arity,
                                    } => {
                                        let (m, n, a) = (*module, *name, *arity);
                                        // A built-in is called here, as the
                                        // trampoline of `export_code` would.
                                        match try_!(self.resolve_remote_cached(m, n, a)) {
                                            Resolved::Code(c) => {
                                                Next::Enter(c, None, Vec::new(), None)
                                            }
                                            Resolved::Bif(f) => {
                                                let args = &self.regs[abs..abs + argc];
                                                Next::Value(try_!(with_args(f(args), args, m, n)))
                                            }
                                            Resolved::Native(_) => {
                                                let (c, hold) = try_!(self.export_code(m, n, a));
                                                Next::Enter(c, hold, Vec::new(), None)
                                            }
                                        }
                                    }
                                },
                                _ => {
                                    let fun = self.regs[abs - 1].clone();
                                    let args: Vec<Term> = self.regs[abs..abs + argc].to_vec();
                                    fail!(bad_fun(fun, args))
                                }
                            }
                        }
                        Target::Dynamic { name } => {
                            save_pc!();
                            let module = self.regs[abs - 1].clone();
                            let field = match (&module, argc) {
                                // `map.key` (the quoted form does not say whether parens were written).
                                (Term::Map(map), 0) => match map.get(&Term::Atom(*name)) {
                                    Some(v) => Some(v.clone()),
                                    None => fail!(Exception::error(Term::tuple(vec![
                                        Term::Atom(crate::atom!("badkey")),
                                        Term::Atom(*name),
                                        module.clone()
                                    ]))),
                                },
                                _ => None,
                            };
                            if let Some(v) = field {
                                Next::Value(v)
                            } else {
                                let Term::Atom(m) = module else {
                                    // `1.field` is a KeyError; `1.f(x)` a bad module.
                                    if argc == 0 {
                                        fail!(Exception::error(Term::tuple(vec![
                                            Term::Atom(crate::atom!("badkey")),
                                            Term::Atom(*name),
                                            module
                                        ])));
                                    }
                                    fail!(Exception::badarg_at(1, "not an atom"));
                                };
                                match self.resolve_remote_cached(m, *name, argc as u32) {
                                    Ok(Resolved::Code(c)) => Next::Enter(c, None, Vec::new(), None),
                                    Ok(Resolved::Bif(f)) => Next::Value(try_!(with_args(
                                        f(&self.regs[abs..abs + argc]),
                                        &self.regs[abs..abs + argc],
                                        m,
                                        *name
                                    ))),
                                    Ok(Resolved::Native(n)) => {
                                        try_!(self.native_in_regs(n, abs, argc))
                                    }
                                    Err(e) => fail!(undef_args(e, &self.regs[abs..abs + argc])),
                                }
                            }
                        }
                    };
                    match next {
                        Next::Value(v) => {
                            if tail {
                                // Return the value as `Return` would.
                                match self.do_return(v, stop) {
                                    Some(v) => return Ok(Flow::Done(v)),
                                    None => {
                                        let frame = self.frames.last().expect("caller frame");
                                        code = frame.code();
                                        instrs = code.code.as_ptr();
                                        base = frame.base as usize;
                                        pc = frame.pc as usize;
                                    }
                                }
                            } else {
                                put(&mut self.regs[base + dst], v);
                            }
                        }
                        Next::Enter(callee, hold, full, env) => {
                            if hold.is_none() && env.is_none() && full.is_empty() {
                                if tail {
                                    native_tail!(callee.get(), abs, argc);
                                } else {
                                    native_call!(callee.get(), abs, argc, dst);
                                }
                            }
                            if self.frames.len() == self.frames.capacity() {
                                self.frames.reserve(self.frames.len().max(64));
                            }
                            let new_base = if tail { base } else { abs };
                            if !full.is_empty() {
                                // Arguments from a native: they replace the ones in place.
                                let need = new_base + full.len();
                                if self.regs.len() < need {
                                    self.regs.resize(need, Term::Nil);
                                }
                                for (i, v) in full.into_iter().enumerate() {
                                    self.regs[new_base + i] = v;
                                }
                            } else if tail {
                                for i in 0..argc {
                                    let v = std::mem::replace(&mut self.regs[abs + i], Term::Nil);
                                    self.regs[base + i] = v;
                                }
                            }
                            // Registers only grow here; a return cuts them back
                            // (see `do_return`), so stale values above the live
                            // window are overwritten before they are read.
                            let top = new_base + callee.get().nregs as usize;
                            if self.regs.len() < top {
                                self.regs.resize(top, Term::Nil);
                            }
                            let frame = self.frames.last_mut().expect("a running frame");
                            if tail {
                                // `code` may point into the replaced code: the old
                                // Arc lives until this arm ends.
                                // code and its closure (which may keep it) live
                                // until this arm ends.
                                let _old = std::mem::replace(&mut frame.hold, hold);
                                let _old_env = std::mem::replace(&mut frame.env, env);
                                frame.code = callee;
                                frame.pc = 0;
                                code = callee.get();
                                instrs = code.code.as_ptr();
                            } else {
                                frame.pc = pc as u32;
                                let ret = (base + dst) as u32;
                                code = callee.get();
                                instrs = code.code.as_ptr();
                                let len = self.frames.len();
                                // SAFETY: capacity was made above; the slot
                                // past the end is written before the length
                                // covers it. (Built in place: a frame built on
                                // the stack and copied stalls the store buffer.)
                                unsafe {
                                    let slot = self.frames.as_mut_ptr().add(len);
                                    std::ptr::write(
                                        slot,
                                        Frame {
                                            code: callee,
                                            hold,
                                            pc: 0,
                                            base: new_base as u32,
                                            ret,
                                            env,
                                        },
                                    );
                                    self.frames.set_len(len + 1);
                                }
                            }
                            base = new_base;
                            pc = 0;
                        }
                    }
                }
                Instr::Return(r) => {
                    let done = match regm!(*r) {
                        // A small integer, the commonest result, goes from
                        // register to register as a number: built as a whole
                        // term on the stack, its two halves, stored apart,
                        // would be read back as one wide load and stall.
                        Term::Int(n) => match self.pop_frame(stop) {
                            None => Some(Term::Int(n)),
                            Some(ret) => {
                                debug_assert!(ret < self.regs.len());
                                // SAFETY: `pop_frame` leaves the caller's
                                // window, which holds `ret`, inside `regs`.
                                match unsafe { self.regs.get_unchecked_mut(ret) } {
                                    Term::Int(slot) => *slot = n,
                                    slot => put(slot, Term::Int(n)),
                                }
                                None
                            }
                        },
                        ref mut slot => {
                            let v = std::mem::replace(slot, Term::Nil);
                            self.do_return(v, stop)
                        }
                    };
                    match done {
                        Some(v) => return Ok(Flow::Done(v)),
                        None => {
                            let frame = self.frames.last().expect("caller frame");
                            code = frame.code();
                            instrs = code.code.as_ptr();
                            base = frame.base as usize;
                            pc = frame.pc as usize;
                        }
                    }
                }
                Instr::Jump(l) => pc = *l as usize,
                Instr::JumpIfFalsy(r, l) => {
                    if let Term::Atom(a) = reg!(*r) {
                        if a == Atom::FALSE || a == Atom::NIL {
                            pc = *l as usize;
                        }
                    }
                }
                Instr::JumpUnlessTrue(r, l) => {
                    if !reg!(*r).is_atom(Atom::TRUE) {
                        pc = *l as usize;
                    }
                }
                Instr::TestEq(a, b, l) => {
                    if reg!(*a) != reg!(*b) {
                        pc = *l as usize;
                    }
                }
                Instr::TestConst(a, c, l) => {
                    if reg!(*a) != code.consts[*c as usize] {
                        pc = *l as usize;
                    }
                }
                Instr::TestTuple(r, n, l) => match &reg!(*r) {
                    Term::Tuple(t) if t.elems().len() == *n as usize => {}
                    _ => pc = *l as usize,
                },
                Instr::TestCons(r, l) => {
                    if !matches!(reg!(*r), Term::Cons(_)) {
                        pc = *l as usize;
                    }
                }
                Instr::TestNil(r, l) => {
                    if !matches!(reg!(*r), Term::Nil) {
                        pc = *l as usize;
                    }
                }
                Instr::TestMap(r, l) => {
                    if !matches!(reg!(*r), Term::Map(_)) {
                        pc = *l as usize;
                    }
                }
                Instr::TestBinary(r, l) => {
                    if !matches!(reg!(*r), Term::Binary(_)) {
                        pc = *l as usize;
                    }
                }
                Instr::TestPrefix(dst, src, c, l) => {
                    let ok = match (&reg!(*src), &code.consts[*c as usize]) {
                        (Term::Binary(b), Term::Binary(p))
                            if b.as_bytes().starts_with(p.as_bytes()) =>
                        {
                            Some(Term::Binary(b.slice(p.len(), b.len() - p.len())))
                        }
                        _ => None,
                    };
                    match ok {
                        Some(rest) => set!(*dst, rest),
                        None => pc = *l as usize,
                    }
                }
                Instr::GetElem(dst, src, i) => {
                    let v = match &reg!(*src) {
                        Term::Tuple(t) => t.elems()[*i as usize].clone(),
                        _ => Term::Nil,
                    };
                    set!(*dst, v);
                }
                Instr::GetHead(dst, src) => {
                    let v = match &reg!(*src) {
                        Term::Cons(c) => c.head.clone(),
                        _ => Term::Nil,
                    };
                    set!(*dst, v);
                }
                Instr::GetTail(dst, src) => {
                    let v = match &reg!(*src) {
                        Term::Cons(c) => c.tail.clone(),
                        _ => Term::Nil,
                    };
                    set!(*dst, v);
                }
                Instr::MapGet(dst, src, key, l) => {
                    let v = match &reg!(*src) {
                        Term::Map(m) => m.get(&reg!(*key)).cloned(),
                        _ => None,
                    };
                    match v {
                        Some(v) => set!(*dst, v),
                        None => pc = *l as usize,
                    }
                }
                Instr::NoMatch(kind, r) => {
                    let v = reg!(*r).clone();
                    let mut e = match kind {
                        NoMatch::Badmatch => Exception::tagged("badmatch", v),
                        NoMatch::CaseClause => Exception::tagged("case_clause", v),
                        NoMatch::TryClause => Exception::tagged("try_clause", v),
                        NoMatch::WithClause => Exception::tagged("with_clause", v),
                        NoMatch::CondClause => {
                            Exception::error(runtime::exception_struct("CondClauseError", vec![]))
                        }
                        NoMatch::FunctionClause | NoMatch::FnClause => {
                            Exception::error_atom("function_clause")
                        }
                    };
                    if matches!(kind, NoMatch::FunctionClause | NoMatch::FnClause) {
                        save_pc!();
                        let mut stack = self.stacktrace(stop);
                        let n = code.arity as usize;
                        if let Some(top) = stack.first_mut() {
                            top.args = Some(self.regs[base..base + n].to_vec());
                            top.arity = code.arity;
                            // Elixir blames the line of the first clause.
                            top.line = code.lines.first().map_or(top.line, |l| l.1);
                        }
                        super::stdlib_lines::remap(&mut stack);
                        e.stack = stack;
                    }
                    fail!(e);
                }
                Instr::Try(l, dst) => self.handlers.push(Handler {
                    depth: self.frames.len(),
                    pc: *l,
                    dst: *dst,
                }),
                Instr::EndTry => {
                    self.handlers.pop();
                }
                Instr::Reraise(r) => {
                    let class = match &reg!(*r) {
                        Term::Atom(a) if a.name() == "throw" => Class::Throw,
                        Term::Atom(a) if a.name() == "exit" => Class::Exit,
                        _ => Class::Error,
                    };
                    let reason = reg!(*r + 1).clone();
                    fail!(raised_with(class, reason, &reg!(*r + 2)));
                }
                Instr::BinBuild(dst, segs) => {
                    regm!(*dst) = try_!(binary::build(segs, &self.regs[base..]));
                }
                Instr::BinStart(off, src, l) => {
                    if matches!(reg!(*src), Term::Binary(_)) {
                        regm!(*off) = Term::Int(0);
                    } else {
                        pc = *l as usize;
                    }
                }
                Instr::BinGet(dst, src, off, seg, l) => {
                    let size = match seg.size {
                        Size::Default => None,
                        Size::Const(n) => Some(u64::from(n)),
                        Size::Reg(r) => match &reg!(r) {
                            Term::Int(n) if *n >= 0 => Some(*n as u64),
                            _ => {
                                pc = *l as usize;
                                continue;
                            }
                        },
                    };
                    let got = match (&reg!(*src), &reg!(*off)) {
                        (Term::Binary(b), Term::Int(o)) => binary::get(b, *o as u64, seg, size),
                        _ => None,
                    };
                    match got {
                        Some((v, o)) => {
                            regm!(*dst) = v;
                            regm!(*off) = Term::Int(o as i64);
                        }
                        None => pc = *l as usize,
                    }
                }
                Instr::BinEnd(src, off, l) => {
                    let done = match (&reg!(*src), &reg!(*off)) {
                        (Term::Binary(b), Term::Int(o)) => *o as u64 == b.bit_len(),
                        _ => false,
                    };
                    if !done {
                        pc = *l as usize;
                    }
                }
                Instr::Dot(dst, src, name) => {
                    let v = reg!(*src).clone();
                    match &v {
                        Term::Map(m) => match m.get(&Term::Atom(*name)) {
                            Some(x) => regm!(*dst) = x.clone(),
                            None => fail!(Exception::error(Term::tuple(vec![
                                Term::Atom(crate::atom!("badkey")),
                                Term::Atom(*name),
                                v.clone()
                            ]))),
                        },
                        Term::Atom(m) => {
                            save_pc!();
                            let r = try_!(self.call_mfa(*m, *name, vec![]));
                            regm!(*dst) = r;
                        }
                        // `1.field`: Elixir raises KeyError with a hint.
                        _ => fail!(Exception::error(Term::tuple(vec![
                            Term::Atom(crate::atom!("badkey")),
                            Term::Atom(*name),
                            v.clone()
                        ]))),
                    }
                }
                Instr::RecvNext(dst, l) => {
                    // Signals act before messages that came after them (a
                    // linked process's exit before its monitor's `:DOWN`),
                    // even when they arrive while this receive is scanning.
                    if let Some(reason) = self.process.as_ref().and_then(|p| p.take_signals()) {
                        fail!(killed(reason));
                    }
                    // Only the VM's own queue: what else has arrived is
                    // taken by `RecvWait`, where the scan goes when this
                    // runs out.
                    match self.inbox.get(self.save) {
                        Some(m) => regm!(*dst) = m.clone(),
                        None => pc = *l as usize,
                    }
                }
                Instr::RecvSkip => self.save += 1,
                Instr::RecvTake => {
                    if self.save == 0 {
                        self.inbox.pop_front();
                    } else {
                        self.inbox.remove(self.save);
                    }
                    self.note_inbox();
                    if matches!(self.recv, Some((_, true))) {
                        if let Some(p) = &self.process {
                            let mut sh = p.lock();
                            sh.deadline = None;
                            sh.timed_out = false;
                        }
                    }
                    self.save = 0;
                    self.recv = None;
                }
                Instr::RecvWait(t, l) => {
                    let timeout = if *t == u32::MAX {
                        None
                    } else {
                        match &reg!(*t) {
                            Term::Int(n) if *n >= 0 => Some(*n as u64),
                            Term::Atom(a) if a.name() == "infinity" => None,
                            _ => fail!(Exception::error_atom("timeout_value")),
                        }
                    };
                    if self.recv.is_none() {
                        if let Some(ms) = timeout {
                            self.recv = Some((Instant::now() + Duration::from_millis(ms), false));
                        }
                    }
                    if self.inbox.len() > self.save {
                        // Taken at the start of this slice: scan it.
                        continue;
                    }
                    let expired = |recv: &Option<(Instant, bool)>| {
                        recv.is_some_and(|(at, _)| Instant::now() >= at)
                    };
                    if suspendable && !self.woke_timed_out && !expired(&self.recv) {
                        // The scheduler looks at the shared mailbox under its
                        // lock as it parks the process, and runs it again at
                        // once if anything has come.
                        self.suspend_receive();
                        pc -= 1;
                        save_pc!();
                        return Ok(Flow::Suspend);
                    }
                    let Some(p) = self.process.clone() else {
                        // A helper VM has no mailbox: only the timeout can end the wait.
                        match self.recv.take() {
                            Some((at, _)) => {
                                std::thread::sleep(at.saturating_duration_since(Instant::now()));
                                pc = *l as usize;
                                continue;
                            }
                            None => loop {
                                std::thread::park();
                            },
                        }
                    };
                    // The locked path reads the timer's own flag.
                    self.woke_timed_out = false;
                    loop {
                        if let Some(reason) = p.take_signals() {
                            fail!(killed(reason));
                        }
                        let mut sh = p.lock();
                        if !sh.mailbox.is_empty() {
                            // Something new arrived: scan it.
                            self.take_mail(&mut sh);
                            break;
                        }
                        if sh.timed_out || expired(&self.recv) {
                            if matches!(self.recv, Some((_, true))) {
                                sh.deadline = None;
                            }
                            sh.timed_out = false;
                            drop(sh);
                            self.save = 0;
                            self.recv = None;
                            pc = *l as usize;
                            break;
                        }
                        if suspendable {
                            drop(sh);
                            self.suspend_receive();
                            pc -= 1;
                            save_pc!();
                            return Ok(Flow::Suspend);
                        }
                        // A process on a thread of its own (or a nested run)
                        // blocks its thread until woken, its messages where
                        // others can see them.
                        self.return_mail(&mut sh);
                        sh.state = runtime::process::State::Waiting;
                        sh.parked = Some(std::thread::current());
                        drop(sh);
                        let _blocked = runtime::sched::blocking();
                        match self.recv {
                            Some((at, _)) => std::thread::park_timeout(
                                at.saturating_duration_since(Instant::now()),
                            ),
                            None => std::thread::park(),
                        }
                        let mut sh = p.lock();
                        sh.parked = None;
                        sh.state = runtime::process::State::Running;
                        self.take_mail(&mut sh);
                        if self.inbox.len() > self.save {
                            break;
                        }
                    }
                }
                Instr::Op(op, dst, a, b) | Instr::OpCall(op, dst, a, b) => {
                    if let (Term::Int(x), Term::Int(y)) = (opnd!(*a), opnd!(*b)) {
                        if let Some(n) = int_op(*op, *x, *y) {
                            match &mut regm!(*dst) {
                                // Only the number changes: one store.
                                Term::Int(slot) => *slot = n,
                                slot => put(slot, Term::Int(n)),
                            }
                            continue;
                        }
                        if op.is_comparison() {
                            let v = Term::bool(int_compare(*op, *x, *y));
                            put(&mut regm!(*dst), v);
                            continue;
                        }
                    }
                    let framed = matches!(instr, Instr::OpCall(..));
                    let v = try_!(general_op(*op, opnd!(*a), opnd!(*b)).map_err(|e| {
                        if framed {
                            e
                        } else {
                            inlined_op_error(e, *op, code)
                        }
                    }));
                    set!(*dst, v);
                }
                Instr::OpImm(op, dst, a, imm) => {
                    if let Term::Int(x) = reg!(*a) {
                        if let Some(n) = int_op(*op, x, *imm as i64) {
                            match &mut regm!(*dst) {
                                Term::Int(slot) => *slot = n,
                                slot => put(slot, Term::Int(n)),
                            }
                            continue;
                        }
                        if op.is_comparison() {
                            let v = Term::bool(int_compare(*op, x, *imm as i64));
                            put(&mut regm!(*dst), v);
                            continue;
                        }
                    }
                    let v = try_!(general_op(*op, &reg!(*a), &Term::Int(*imm as i64))
                        .map_err(|e| inlined_op_error(e, *op, code)));
                    set!(*dst, v);
                }
                Instr::JumpUnless(op, a, b, l) => {
                    if !general_compare(*op, opnd!(*a), opnd!(*b)) {
                        pc = *l as usize;
                    }
                }
                Instr::TestType(t, r, l) => {
                    if !t.holds(&reg!(*r)) {
                        pc = *l as usize;
                    }
                }
                Instr::JumpUnlessImm(op, a, imm, l) => {
                    let holds = match reg!(*a) {
                        Term::Int(x) => int_compare(*op, x, *imm as i64),
                        ref t => general_compare(*op, t, &Term::Int(*imm as i64)),
                    };
                    if !holds {
                        pc = *l as usize;
                    }
                }
                Instr::DefModule(dst, idx, name_reg) => {
                    save_pc!();
                    let src = code.modules[*idx as usize].clone();
                    let name = reg!(*name_reg).clone();
                    let r = try_!(crate::compile::define_module(self, &src, name.clone()));
                    if let Term::Atom(m) = name {
                        self.extra().defined.push(m);
                    }
                    regm!(*dst) = r;
                }
            }
        }
    }

    /// Calls a native on the arguments in registers `abs..abs + argc`, moved
    /// out first: the native may run code that grows the register vector, and
    /// the registers of a call's arguments are not read again once it is made
    /// (no native makes its call run a second time). They go to a buffer kept
    /// for the purpose (taken while in use, so a native running code that
    /// calls another native simply gets a new one).
    #[inline]
    fn native_in_regs(
        &mut self,
        n: super::natives::Native,
        abs: usize,
        argc: usize,
    ) -> Result<Next, Exception> {
        let mut args = std::mem::take(&mut self.arg_buf);
        args.extend(
            self.regs[abs..abs + argc]
                .iter_mut()
                .map(|r| std::mem::replace(r, Term::Nil)),
        );
        let next = self.native_next(n, &args);
        args.clear();
        if self.arg_buf.capacity() < args.capacity() {
            self.arg_buf = args;
        }
        next
    }

    fn native_next(&mut self, n: super::natives::Native, args: &[Term]) -> Result<Next, Exception> {
        match n(self, args).map_err(|e| native_frame(e, n, args))? {
            NativeOut::Value(v) => Ok(Next::Value(v)),
            NativeOut::CallFun(f, a) => {
                let (c, hold, full, env) = self.prepare_fun(&f, a)?;
                Ok(Next::Enter(c, hold, full, env))
            }
            NativeOut::CallMfa(m, f, a) => match self.resolve_remote(m, f, a.len() as u32) {
                Ok(Resolved::Code(c)) => Ok(Next::Enter(c, None, a, None)),
                Ok(Resolved::Bif(b)) => Ok(Next::Value(with_args(b(&a), &a, m, f)?)),
                Ok(Resolved::Native(n2)) => self.native_next(n2, &a),
                Err(e) => Err(undef_args(e, &a)),
            },
        }
    }

    /// Runs `callee`'s native code (vm/jit.rs) on the arguments at `abs`, if
    /// it has any and they are all small integers; counts the call towards
    /// compiling it otherwise.
    #[inline(always)]
    fn run_native(&mut self, callee: &FunCode, abs: usize, argc: usize) -> NativeRun {
        match callee.jit.entry() {
            Some(entry) => self.enter_native(entry, abs, argc),
            None => {
                if callee.jit.warm() {
                    jit::compile(callee);
                }
                NativeRun::Interpret
            }
        }
    }

    #[inline(never)]
    fn enter_native(&mut self, entry: jit::Entry, abs: usize, argc: usize) -> NativeRun {
        let mut args = [0i64; jit::MAX_ARGS];
        for (i, a) in args.iter_mut().enumerate().take(argc) {
            match self.regs[abs + i] {
                Term::Int(n) => *a = n,
                _ => return NativeRun::Interpret,
            }
        }
        let ctx = jit::ctx();
        // SAFETY: the thread's context, used by nothing else meanwhile; the
        // entry reads `callee.arity` (= argc) arguments.
        unsafe {
            (*ctx).budget = i64::from(self.budget);
            (*ctx).bailed = 0;
            let v = entry(ctx, args.as_ptr());
            self.budget = (*ctx).budget as i32;
            if (*ctx).bailed != 0 {
                NativeRun::Bailed
            } else {
                NativeRun::Value(v)
            }
        }
    }

    /// Turns the records of a deoptimisation into the heap frames the
    /// interpreter would have had: the outermost at `base`, returning into
    /// `ret`, each inner one where its caller's call put it.
    #[cold]
    fn materialize(&mut self, mut base: usize, mut ret: u32) {
        let ctx = jit::ctx();
        // SAFETY: as in `run_native`; native code has returned.
        let mut records = unsafe { std::mem::take(&mut (*ctx).records) };
        let n = records.len();
        for (k, rec) in records.iter().rev().enumerate() {
            // SAFETY: native code is only made for module functions, whose
            // code is never freed.
            let code: &FunCode = unsafe { &*rec.code };
            let top = base + code.nregs as usize;
            if self.regs.len() < top {
                self.regs.resize(top, Term::Nil);
            }
            for (i, v) in rec.regs.iter().enumerate() {
                put(&mut self.regs[base + i], Term::Int(*v));
            }
            self.frames.push(Frame {
                code: CodePtr(rec.code),
                hold: None,
                pc: rec.pc,
                base: base as u32,
                ret,
                env: None,
            });
            if k + 1 < n {
                // An outer frame stopped after a call (tail calls leave none).
                let Some(Instr::Call(c)) = code.code.get(rec.pc as usize - 1) else {
                    unreachable!("a native frame stops after a call")
                };
                ret = (base + c.dst as usize) as u32;
                base += c.base as usize;
            }
        }
        records.clear();
        // SAFETY: as above.
        unsafe { (*ctx).records = records };
    }

    /// Pops the current frame, handing `v` to the caller; `Some(v)` when the
    /// frame was the one `call` started.
    #[inline(always)]
    fn do_return(&mut self, v: Term, stop: usize) -> Option<Term> {
        match self.pop_frame(stop) {
            None => Some(v),
            Some(ret) => {
                put(&mut self.regs[ret], v);
                None
            }
        }
    }

    /// Pops the current frame: the caller's register that receives the
    /// result, or `None` when the frame was the one `call` started.
    #[inline(always)]
    fn pop_frame(&mut self, stop: usize) -> Option<usize> {
        // Only the fields needed are read, and the frame is not moved out: a
        // wide load of a frame written a moment ago by narrower stores would
        // wait for them to reach the cache.
        let len = self.frames.len();
        let done = self.frames.last_mut().expect("a frame to return from");
        let ret = done.ret;
        if done.hold.is_none() && done.env.is_none() {
            // SAFETY: the frame owns nothing; the rest is plain data.
            unsafe { self.frames.set_len(len - 1) };
        } else {
            let (hold, env) = (done.hold.take(), done.env.take());
            // SAFETY: what the frame owns was just taken out.
            unsafe { self.frames.set_len(len - 1) };
            drop((hold, env));
        }
        if len - 1 == stop {
            return None;
        }
        let caller = self.frames.last().expect("caller");
        let top = (caller.base + caller.code().nregs) as usize;
        // The dead windows above the caller keep their values until a call
        // overwrites them; once they are well above, they go, so that what
        // only a finished call held is freed.
        if self.regs.len() > top + STALE_REGS {
            self.regs.truncate(top);
        } else if self.regs.len() < top {
            // A deeper return or a `call` cut below this window.
            self.regs.resize(top, Term::Nil);
        }
        Some(ret as usize)
    }
}

/// A frame's function as the BEAM names it: an anonymous function is
/// `-f/2-fun-0-` after the function that made it (a script's code counts as
/// `__FILE__/1`).
fn frame_name(code: &FunCode, anonymous: bool) -> (Atom, u32) {
    if !anonymous {
        let arity = if code.kind == super::CodeKind::Script {
            1
        } else {
            code.def_arity
        };
        return (code.name, arity);
    }
    let def_arity = if code.name.name() == "__FILE__" {
        1
    } else {
        code.def_arity
    };
    let name = format!("-{}/{}-fun-{}-", code.name.name(), def_arity, code.index);
    (Atom::new(&name), code.arity)
}

/// The exception that ends a process hit by an exit signal: it runs no
/// handler on its way out.
pub fn killed(reason: Term) -> Exception {
    let mut e = Exception::exit(reason);
    e.killed = true;
    e
}

/// How many frames a stacktrace keeps: the BEAM's default `backtrace_depth`.
const BACKTRACE_DEPTH: usize = 8;

/// How many registers above the live window a return leaves in place.
const STALE_REGS: usize = 1024;

/// The error of calling something that is not a fun, or a fun of another arity.
fn bad_fun(fun: Term, args: Vec<Term>) -> Exception {
    if matches!(fun, Term::Fun(_)) {
        Exception::tagged("badarity", Term::tuple(vec![fun, Term::list(args)]))
    } else {
        Exception::tagged("badfun", fun)
    }
}

#[derive(Clone, Copy)]
enum Resolved {
    Code(CodePtr),
    Bif(crate::bif::BifFn),
    Native(super::natives::Native),
}

/// `%{map | k => v}` with a missing key in evaluated code: erl_eval updates
/// through `:maps.update/3` in a fold over the pairs (OTP 25's lines), and
/// that error names the map too.
fn erl_eval_badkey(k: Term, v: Term, map: &Term) -> Exception {
    let mut e = Exception::error(Term::tuple(vec![
        Term::atom("badkey"),
        k.clone(),
        map.clone(),
    ]));
    let frame = |module: &str, function: &str, arity: u32, file: &str, line: u32| StackFrame {
        module: Atom::new(module),
        function: Atom::new(function),
        arity,
        args: None,
        file: Some(Atom::new(file)),
        line,
    };
    e.stack = vec![
        StackFrame {
            args: Some(vec![k, v, map.clone()]),
            file: None,
            ..frame("maps", "update", 3, "", 0)
        },
        frame("erl_eval", "-expr/6-fun-2-", 2, "erl_eval.erl", 309),
        frame("lists", "foldl", 3, "lists.erl", 1350),
    ];
    e
}

/// Stores `v` in a register, skipping the drop of an old value that owns nothing.
#[inline(always)]
fn put(slot: &mut Term, v: Term) {
    match slot {
        Term::Int(_) | Term::Float(_) | Term::Atom(_) | Term::Nil | Term::Pid(_) | Term::Ref(_) => {
            // SAFETY: these variants hold no heap part, so nothing leaks.
            unsafe { std::ptr::write(slot, v) }
        }
        _ => *slot = v,
    }
}

/// An arithmetic operator on two small integers with a small result.
#[inline(always)]
fn int_op(op: Op, x: i64, y: i64) -> Option<i64> {
    match op {
        Op::Add => x.checked_add(y),
        Op::Sub => x.checked_sub(y),
        Op::Mul => x.checked_mul(y),
        // checked_div/rem refuse a zero divisor and MIN / -1.
        Op::Div => x.checked_div(y),
        Op::Rem => x.checked_rem(y),
        _ => None,
    }
}

/// An operator on small integers or floats, computed without the built-in;
/// `None` for every other case (overflow, mixed types, errors).
#[inline(always)]
fn fast_op(op: Op, a: &Term, b: &Term) -> Option<Term> {
    match (a, b) {
        (Term::Int(x), Term::Int(y)) => {
            let (x, y) = (*x, *y);
            let n = match op {
                Op::Add => x.checked_add(y)?,
                Op::Sub => x.checked_sub(y)?,
                Op::Mul => x.checked_mul(y)?,
                // checked_div/rem refuse a zero divisor and MIN / -1.
                Op::Div => x.checked_div(y)?,
                Op::Rem => x.checked_rem(y)?,
                _ => return fast_compare(op, a, b).map(Term::bool),
            };
            Some(Term::Int(n))
        }
        (Term::Float(x), Term::Float(y)) => {
            let r = match op {
                Op::Add => x + y,
                Op::Sub => x - y,
                Op::Mul => x * y,
                Op::Div | Op::Rem => return None,
                _ => return fast_compare(op, a, b).map(Term::bool),
            };
            r.is_finite().then_some(Term::Float(r))
        }
        _ if op.is_comparison() => fast_compare(op, a, b).map(Term::bool),
        _ => None,
    }
}

/// A comparison operator on two small integers.
#[inline(always)]
fn int_compare(op: Op, x: i64, y: i64) -> bool {
    match op {
        Op::Lt => x < y,
        Op::Gt => x > y,
        Op::Le => x <= y,
        Op::Ge => x >= y,
        Op::Eq | Op::Exact => x == y,
        Op::Ne | Op::NotExact => x != y,
        // Not a comparison: `JumpUnless` is only made for comparisons.
        _ => false,
    }
}

/// A comparison by the fast path or the built-in.
fn general_compare(op: Op, a: &Term, b: &Term) -> bool {
    match fast_compare(op, a, b) {
        Some(h) => h,
        None => {
            let args = [a.clone(), b.clone()];
            matches!((op.bif().f)(&args), Ok(v) if v.is_atom(Atom::TRUE))
        }
    }
}

/// An operator by the fast path or the built-in, with the built-in's frame
/// on an error.
fn general_op(op: Op, a: &Term, b: &Term) -> Result<Term, Exception> {
    if let Some(v) = fast_op(op, a, b) {
        return Ok(v);
    }
    let bif = op.bif();
    let args = [a.clone(), b.clone()];
    match (bif.f)(&args) {
        Ok(v) => Ok(v),
        // The frame's names are made only for an error.
        Err(e) => with_args(Err(e), &args, Atom::new(bif.module), Atom::new(bif.name)),
    }
}

/// A comparison of two small integers, two floats or two atoms for equality.
#[inline(always)]
fn fast_compare(op: Op, a: &Term, b: &Term) -> Option<bool> {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (Term::Int(x), Term::Int(y)) => x.cmp(y),
        (Term::Float(x), Term::Float(y)) if !matches!(op, Op::Exact | Op::NotExact) => {
            x.partial_cmp(y)?
        }
        (Term::Atom(x), Term::Atom(y)) if x == y => Ordering::Equal,
        (Term::Atom(_), Term::Atom(_))
            if matches!(op, Op::Eq | Op::Ne | Op::Exact | Op::NotExact) =>
        {
            Ordering::Less
        }
        // `pid != self()`, `ref == r`: equality only (their order is the
        // term order's business).
        (Term::Pid(x), Term::Pid(y)) | (Term::Ref(x), Term::Ref(y))
            if matches!(op, Op::Eq | Op::Ne | Op::Exact | Op::NotExact) =>
        {
            if x == y {
                Ordering::Equal
            } else {
                Ordering::Less
            }
        }
        _ => return None,
    };
    Some(match op {
        Op::Lt => ord == Ordering::Less,
        Op::Gt => ord == Ordering::Greater,
        Op::Le => ord != Ordering::Greater,
        Op::Ge => ord != Ordering::Less,
        Op::Eq | Op::Exact => ord == Ordering::Equal,
        Op::Ne | Op::NotExact => ord != Ordering::Equal,
        _ => return None,
    })
}

/// An exception raised again with the stacktrace it had (`reraise`, a
/// `try` passing on what it does not handle): frames, the explanations and
/// `error_info` of the top one, and nothing added.
pub fn raised_with(class: Class, reason: Term, stack: &Term) -> Exception {
    let mut e = Exception::new(class, reason);
    let (frames, arg_errors) = frames_from_term(stack);
    e.stack = frames;
    e.arg_errors = arg_errors;
    e.info = top_error_info(stack).map(Box::new);
    e.given_stack = true;
    e
}

/// The `error_info` of a stacktrace's top frame.
fn top_error_info(stack: &Term) -> Option<Term> {
    let top = stack.list_to_vec()?.into_iter().next()?;
    let [_, _, _, info] = top.as_tuple()? else {
        return None;
    };
    info.list_to_vec()?
        .into_iter()
        .find_map(|kv| match kv.as_tuple() {
            Some([Term::Atom(k), v]) if k.name() == "error_info" => Some(v.clone()),
            _ => None,
        })
}

/// Adds the failed built-in's own frame, with its arguments, to an error.
fn with_args(
    r: Result<Term, Exception>,
    args: &[Term],
    module: Atom,
    name: Atom,
) -> Result<Term, Exception> {
    r.map_err(|mut e| {
        if e.stack.is_empty() {
            e.stack.push(StackFrame {
                module,
                function: name,
                arity: args.len() as u32,
                args: Some(args.to_vec()),
                file: None,
                line: 0,
            });
        }
        e
    })
}

/// Whether code is a module's (compiled, on the BEAM) rather than a script's
/// or an evaluated string's (interpreted there by `erl_eval`, which calls every
/// operator as a function).
/// Whether OTP 25 implements `m:f/a` as a BIF, which runs inside its
/// caller's frame even when called in tail position (the functions of these
/// modules that vial writes in Rust but OTP writes in Erlang are left out).
fn beam_bif(m: &str, f: &str, a: usize) -> bool {
    match m {
        "erlang" | "math" => true,
        "maps" => matches!(
            (f, a),
            ("get", 2)
                | ("find", 2)
                | ("from_list", 1)
                | ("from_keys", 2)
                | ("is_key", 2)
                | ("keys", 1)
                | ("merge", 2)
                | ("put", 3)
                | ("remove", 2)
                | ("take", 2)
                | ("to_list", 1)
                | ("update", 3)
                | ("values", 1)
        ),
        "lists" => matches!(
            (f, a),
            ("reverse", 2) | ("keyfind", 3) | ("keymember", 3) | ("keysearch", 3) | ("member", 2)
        ),
        "unicode" => matches!(
            (f, a),
            ("characters_to_binary", 2) | ("characters_to_list", 2)
        ),
        "binary" => matches!(
            f,
            "at" | "bin_to_list"
                | "copy"
                | "decode_unsigned"
                | "encode_unsigned"
                | "first"
                | "last"
                | "list_to_bin"
                | "longest_common_prefix"
                | "longest_common_suffix"
                | "match"
                | "matches"
                | "part"
                | "split"
        ),
        _ => false,
    }
}

fn compiled(code: &FunCode) -> bool {
    code.kind != super::CodeKind::Script && code.name.name() != "__FILE__"
}

/// A failed `+` or `-` in a module's code: the BEAM computes them inline, so
/// the error has no frame of `:erlang` (`*`, `div` and the rest are calls and
/// keep theirs).
fn inlined_op_error(mut e: Exception, op: Op, code: &FunCode) -> Exception {
    if matches!(op, Op::Add | Op::Sub) && compiled(code) {
        e.stack.clear();
    }
    e
}

fn is_bad_fun(reason: &Term) -> bool {
    matches!(reason.as_tuple(), Some([Term::Atom(tag), _]) if matches!(tag.name(), "badfun" | "badarity"))
}

fn is_compile_error(reason: &Term) -> bool {
    matches!(reason, Term::Map(m) if m.struct_name() == Some(Atom::new("Elixir.CompileError")))
}

/// An `undef` names the call that failed with its arguments: `M.g(3)`.
fn undef_args(mut e: Exception, args: &[Term]) -> Exception {
    if let [top] = e.stack.as_mut_slice() {
        if top.args.is_none() && e.reason.is_atom(Atom::new("undef")) {
            top.args = Some(args.to_vec());
        }
    }
    e
}

/// A native of an Erlang module that fails (`:erlang.send/2` with a bad
/// destination) is a BIF on the BEAM: its frame, with the arguments, tops
/// the stacktrace. `:erlang.error/1` and its kin raise for their caller.
fn native_frame(mut e: Exception, n: super::natives::Native, args: &[Term]) -> Exception {
    if e.class != Class::Error || !e.stack.is_empty() || e.killed {
        return e;
    }
    if let Some((module, name)) = super::natives::name_of(n) {
        let raises = matches!(
            name.name(),
            "error" | "raise" | "exit" | "throw" | "nif_error"
        );
        // vial's own helpers (`:vial.dot/2`, ...) stand for code the BEAM
        // runs inline, with no frame of their own.
        if !module.name().starts_with("Elixir.") && module.name() != "vial" && !raises {
            e.stack.push(StackFrame {
                module,
                function: name,
                arity: args.len() as u32,
                args: Some(args.to_vec()),
                file: None,
                line: 0,
            });
        }
    }
    e
}

/// A stacktrace as Elixir code sees it: `[{mod, fun, arity_or_args, [file: ..., line: ...]}]`.
/// The explanations of a `badarg` ride along in the top frame's info.
pub fn stack_term(
    stack: &[StackFrame],
    arg_errors: &[(u8, String)],
    top_info: Option<&Term>,
) -> Term {
    Term::list(
        stack
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let arity = match &f.args {
                    Some(a) => Term::list(a.clone()),
                    None => Term::Int(i64::from(f.arity)),
                };
                let mut info = Vec::new();
                if let Some(file) = f.file {
                    info.push(Term::tuple(vec![
                        Term::Atom(crate::atom!("file")),
                        Term::list(
                            file.name()
                                .chars()
                                .map(|c| Term::Int(c as i64))
                                .collect::<Vec<_>>(),
                        ),
                    ]));
                    info.push(Term::tuple(vec![
                        Term::Atom(crate::atom!("line")),
                        Term::Int(i64::from(f.line)),
                    ]));
                }
                if i == 0 {
                    if let Some(info_map) = top_info.cloned().or_else(|| error_info(f, arg_errors))
                    {
                        info.push(Term::tuple(vec![
                            Term::Atom(crate::atom!("error_info")),
                            info_map,
                        ]));
                    }
                }
                Term::tuple(vec![
                    Term::Atom(f.module),
                    Term::Atom(f.function),
                    arity,
                    Term::list(info),
                ])
            })
            .collect::<Vec<_>>(),
    )
}

/// The `error_info` of a failed built-in's frame, as the BEAM gives it: the
/// module that explains the failure (`%{module: :erl_erts_errors}`). Its
/// explanations of a `badarg` are kept aside for `arg_errors_of`.
fn error_info(f: &StackFrame, arg_errors: &[(u8, String)]) -> Option<Term> {
    let args = f.args.as_ref()?;
    let explainer = match f.module.name() {
        "erlang" => "erl_erts_errors",
        _ if !arg_errors.is_empty() => "erl_stdlib_errors",
        _ => return None,
    };
    if !arg_errors.is_empty() {
        let mut recent = RECENT_ARG_ERRORS.lock().unwrap_or_else(|e| e.into_inner());
        if recent.len() == RECENT_ARG_ERRORS_KEPT {
            recent.pop_front();
        }
        recent.push_back(((f.module, f.function, args.clone()), arg_errors.to_vec()));
    }
    let mut m = crate::term::MapInner::new();
    m.insert(
        crate::term::MapKey(Term::Atom(crate::atom!("module"))),
        Term::Atom(Atom::new(explainer)),
    );
    Some(Term::Map(Map::from_inner(m)))
}

/// A failed call's explanations, keyed by the call, for a stacktrace that
/// comes back as a term (`:erlang.raise/3`, `Exception.normalize/3`).
type ArgErrorsEntry = ((Atom, Atom, Vec<Term>), Vec<(u8, String)>);
static RECENT_ARG_ERRORS: std::sync::Mutex<std::collections::VecDeque<ArgErrorsEntry>> =
    std::sync::Mutex::new(std::collections::VecDeque::new());
const RECENT_ARG_ERRORS_KEPT: usize = 32;

/// The explanations of a `badarg` of `module.function(args)`: those of a
/// recent failure of the same call, else what the built-in says when called
/// again (a pure built-in fails the same way each time).
fn arg_errors_of(module: Atom, function: Atom, args: &[Term]) -> Vec<(u8, String)> {
    let recent = RECENT_ARG_ERRORS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, errors)) = recent
        .iter()
        .rev()
        .find(|((m, f, a), _)| *m == module && *f == function && a.as_slice() == args)
    {
        return errors.clone();
    }
    drop(recent);
    match crate::bif::lookup(module, function, args.len() as u32) {
        Some(bif) => match (bif.f)(args) {
            Err(e) => e.arg_errors,
            Ok(_) => Vec::new(),
        },
        None => Vec::new(),
    }
}

/// The frames and badarg explanations back from a stacktrace term (`reraise`).
pub fn frames_from_term(t: &Term) -> (Vec<StackFrame>, Vec<(u8, String)>) {
    let mut frames = Vec::new();
    let mut arg_errors = Vec::new();
    for item in t.list_to_vec().unwrap_or_default() {
        let Some([Term::Atom(m), Term::Atom(f), a, info]) = item.as_tuple() else {
            continue;
        };
        let (m, f) = (*m, *f);
        let (arity, args) = match a {
            Term::Int(n) => (*n as u32, None),
            other => {
                let v = other.list_to_vec().unwrap_or_default();
                (v.len() as u32, Some(v))
            }
        };
        let mut file = None;
        let mut line = 0;
        for kv in info.list_to_vec().unwrap_or_default() {
            match kv.as_tuple() {
                // A file given as a binary (`reraise` with a hand-made stack).
                Some([Term::Atom(k), Term::Binary(b)]) if k.name() == "file" => {
                    file = Some(Atom::new(&String::from_utf8_lossy(b.as_bytes())));
                }
                Some([Term::Atom(k), v]) if k.name() == "file" => {
                    let s: String = v
                        .list_to_vec()
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|c| match c {
                            Term::Int(c) => char::from_u32(*c as u32),
                            _ => None,
                        })
                        .collect();
                    file = Some(Atom::new(&s));
                }
                Some([Term::Atom(k), Term::Int(n)]) if k.name() == "line" => line = *n as u32,
                Some([Term::Atom(k), Term::Map(info)]) if k.name() == "error_info" => {
                    let cause = info.get(&Term::Atom(crate::atom!("cause")));
                    if let Some(message) = cause.and_then(super::binary::bs_fail_message) {
                        arg_errors = vec![(0, message)];
                    } else if let Some(args) = &args {
                        arg_errors = arg_errors_of(m, f, args);
                    }
                }
                _ => {}
            }
        }
        frames.push(StackFrame {
            module: m,
            function: f,
            arity,
            args,
            file,
            line,
        });
    }
    (frames, arg_errors)
}
