//! A native tier for functions of small integers, compiled by Cranelift.
//!
//! DESIGN.md's VM interprets register code whose frames live on the heap. That
//! stays the one model of execution; this module adds, beside it, machine code
//! for the functions where interpretation costs most against the BEAM's JIT:
//! hot module functions that only compute with small integers (`fib`, `gcd`,
//! counting loops). A function qualifies when every instruction it has is one
//! this tier can run on machine integers (moves, integer constants, `+ - *
//! div rem`, comparisons that branch, pattern tests, returns, calls of
//! functions of its own module that qualify too, a tail call of itself as a
//! loop) and it has been called `threshold()` times.
//!
//! The machine code speculates: every register holds a small integer. The
//! interpreter enters it only with integer arguments, and the code cannot make
//! anything else, so the speculation holds until an instruction would leave
//! it: an overflow (the result is a bignum), a division by zero, a clause that
//! matches nothing (an exception), the reduction budget running out (the
//! process must yield), or the native stack getting deep. There the code
//! *deoptimises*: each native frame, innermost first, writes its registers and
//! the instruction to resume at into a `Record`, and returns. The interpreter
//! turns the records into the heap frames it would have had (`Vm::materialize`
//! in interp.rs) and goes on from the failing instruction, which it then runs
//! itself: so an error, a bignum or a yield behaves, and a stack trace reads,
//! exactly as if no native code had run. Calls count reductions as the
//! interpreter counts them.
//!
//! Code is compiled once and never freed, like a module's code (see
//! `interp::Frame::code`); a group of functions that call each other is
//! compiled together. `VIAL_JIT=0` turns the tier off; `VIAL_JIT=N` sets the
//! call count at which a function is compiled (1: at once, for the tests).

use std::cell::UnsafeCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, AbiParam, Block, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
    UserFuncName, Value,
};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Linkage, Module};

use super::{FunCode, Instr, Op, Target, TypeTest, CONST_OPERAND};
use crate::term::Term;

/// At most this many arguments (the entry copies them from an array).
pub const MAX_ARGS: usize = 8;
/// Native calls nested deeper than this deoptimise, so that a deep recursion
/// goes on in heap frames rather than overflowing the thread's stack.
const MAX_DEPTH: i64 = 10_000;
/// Functions with more registers stay interpreted.
const MAX_REGS: u32 = 128;
/// `Slot::heat` of a function that never qualifies.
const NEVER: u32 = u32::MAX;

/// A function's native code, if any, and how often it has been called.
#[derive(Default)]
pub struct Slot {
    /// `Entry`, or null while there is none.
    entry: AtomicPtr<u8>,
    /// The body other native code calls: `(ctx, depth, args...) -> i64`.
    body: AtomicPtr<u8>,
    heat: AtomicU32,
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.entry().is_some() {
            "native"
        } else {
            "-"
        })
    }
}

/// Runs a function's native code: `(ctx, arguments) -> value`, the value
/// meaningless when `ctx.bailed` is set.
pub type Entry = unsafe extern "C" fn(*mut Ctx, *const i64) -> i64;

impl Slot {
    #[inline(always)]
    pub fn entry(&self) -> Option<Entry> {
        let p = self.entry.load(Ordering::Acquire);
        // SAFETY: only `compile` stores, and only a finished `Entry`.
        (!p.is_null()).then(|| unsafe { std::mem::transmute::<*mut u8, Entry>(p) })
    }

    /// Counts a call; true when the function has just become hot enough to
    /// compile.
    #[inline(always)]
    pub fn warm(&self) -> bool {
        // Counts lost to a race between schedulers only delay compiling.
        let h = self.heat.load(Ordering::Relaxed);
        if h == NEVER {
            return false;
        }
        let t = threshold();
        if h < t {
            self.heat.store(h + 1, Ordering::Relaxed);
            false
        } else {
            h == t
        }
    }
}

/// The call count at which a function is compiled (`NEVER`: the tier is off).
#[inline(always)]
fn threshold() -> u32 {
    static T: OnceLock<u32> = OnceLock::new();
    *T.get_or_init(|| match std::env::var("VIAL_JIT") {
        Ok(v) if v == "0" => NEVER,
        Ok(v) => v.parse().unwrap_or(1000),
        Err(_) => 1000,
    })
}

/// What native code shares with the interpreter, one per scheduler thread:
/// native code never runs on two processes of one thread at once.
#[repr(C)]
pub struct Ctx {
    /// Reductions left; native code counts its calls down here.
    pub budget: i64,
    /// Set by a deoptimisation: the returned value means nothing.
    pub bailed: i64,
    /// The frames of a deoptimisation, innermost first.
    pub records: Vec<Record>,
}

/// One native frame given back to the interpreter.
pub struct Record {
    pub code: *const FunCode,
    /// The instruction to resume at: the failing one for the innermost frame,
    /// the one after the call for the others.
    pub pc: u32,
    pub regs: Vec<i64>,
}

thread_local! {
    static CTX: UnsafeCell<Ctx> = const {
        UnsafeCell::new(Ctx { budget: 0, bailed: 0, records: Vec::new() })
    };
}

/// The running thread's `Ctx`. Native code and the interpreter use it in
/// turn, never at once, and no reference to it outlives the caller's use.
pub fn ctx() -> *mut Ctx {
    CTX.with(|c| c.get())
}

/// Called by native code that deoptimises.
extern "C" fn record(ctx: *mut Ctx, code: *const FunCode, pc: i64, regs: *const i64, n: i64) {
    // SAFETY: native code passes the thread's context and a slot of `n`
    // registers of its own frame.
    unsafe {
        let ctx = &mut *ctx;
        ctx.bailed = 1;
        let regs = std::slice::from_raw_parts(regs, n as usize).to_vec();
        ctx.records.push(Record {
            code,
            pc: pc as u32,
            regs,
        });
    }
}

/// Compiles `code`, and the functions it calls that have no native code yet,
/// if they all qualify.
pub fn compile(code: &FunCode) {
    static LOCK: Mutex<()> = Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    if code.jit.entry().is_some() {
        return;
    }
    let mut group: Vec<&FunCode> = vec![code];
    let mut i = 0;
    while i < group.len() {
        match check(group[i]) {
            Check::Never => {
                code.jit.heat.store(NEVER, Ordering::Relaxed);
                return;
            }
            // A call not yet made (so not yet resolved): try again later.
            Check::NotYet => {
                code.jit.heat.store(0, Ordering::Relaxed);
                return;
            }
            Check::Calls(callees) => {
                for c in callees {
                    if c.jit.body.load(Ordering::Acquire).is_null()
                        && !group.iter().any(|g| std::ptr::eq(*g, c))
                    {
                        group.push(c);
                    }
                }
            }
        }
        i += 1;
    }
    // Compiling must not take the scheduler down: a failure, even a panic,
    // leaves the function interpreted.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| build(&group)))
        .unwrap_or_else(|_| Err("the code generator panicked".into()));
    if std::env::var_os("VIAL_JIT_DEBUG").is_some() {
        let names: Vec<String> = group
            .iter()
            .map(|c| format!("{}.{}/{}", c.module.name(), c.name.name(), c.arity))
            .collect();
        eprintln!("vial jit: {} {result:?}", names.join(" "));
    }
    if result.is_err() {
        code.jit.heat.store(NEVER, Ordering::Relaxed);
    }
}

enum Check<'a> {
    Never,
    NotYet,
    Calls(Vec<&'a FunCode>),
}

/// An operand of `Op` and `JumpUnless` as native code sees it.
enum Operand {
    Reg,
    Imm(i64),
}

fn operand(code: &FunCode, r: u32) -> Option<Operand> {
    if r & CONST_OPERAND == 0 {
        return Some(Operand::Reg);
    }
    match code.consts.get((r & !CONST_OPERAND) as usize) {
        Some(Term::Int(n)) => Some(Operand::Imm(*n)),
        _ => None,
    }
}

/// Whether every instruction of `code` runs natively, and the functions it
/// calls.
fn check(code: &FunCode) -> Check<'_> {
    use super::CodeKind;
    if code.kind != CodeKind::Def
        || code.nfree != 0
        || code.erl_eval
        || code.arity as usize > MAX_ARGS
        || code.nregs > MAX_REGS
        || code.code.is_empty()
    {
        return Check::Never;
    }
    let mut callees = Vec::new();
    let last = code.code.len() - 1;
    for (pc, i) in code.code.iter().enumerate() {
        let ok = match i {
            Instr::Const(_, c) => matches!(code.consts.get(*c as usize), Some(Term::Int(_))),
            Instr::Move(..) | Instr::Take(..) | Instr::Return(_) | Instr::Jump(_) => true,
            Instr::JumpIfFalsy(..) | Instr::JumpUnlessTrue(..) => true,
            Instr::TestEq(..) | Instr::TestConst(..) | Instr::TestType(..) => true,
            Instr::TestTuple(..)
            | Instr::TestCons(..)
            | Instr::TestNil(..)
            | Instr::TestMap(..)
            | Instr::TestBinary(..) => true,
            Instr::NoMatch(..) => true,
            Instr::Op(op, _, a, b) | Instr::OpCall(op, _, a, b) => {
                !op.is_comparison() && operand(code, *a).is_some() && operand(code, *b).is_some()
            }
            Instr::OpImm(op, ..) => !op.is_comparison(),
            Instr::JumpUnless(op, a, b, _) => {
                op.is_comparison() && operand(code, *a).is_some() && operand(code, *b).is_some()
            }
            Instr::JumpUnlessImm(op, ..) => op.is_comparison(),
            Instr::Call(call) | Instr::TailCall(call) => match &call.target {
                Target::Local { cache, .. } => match cache.get() {
                    None => return Check::NotYet,
                    Some(c) if std::ptr::eq(&**c, code) => true,
                    Some(c) => {
                        if c.jit.heat.load(Ordering::Relaxed) == NEVER {
                            return Check::Never;
                        }
                        callees.push(&**c);
                        true
                    }
                },
                _ => false,
            },
            _ => false,
        };
        if !ok {
            return Check::Never;
        }
        // Every instruction but these goes on to the next one.
        let ends = matches!(
            i,
            Instr::Return(_) | Instr::Jump(_) | Instr::NoMatch(..) | Instr::TailCall(_)
        );
        if pc == last && !ends {
            return Check::Never;
        }
    }
    Check::Calls(callees)
}

/// The host's code generator, set up once.
fn isa() -> Result<OwnedTargetIsa, String> {
    static ISA: OnceLock<Result<OwnedTargetIsa, String>> = OnceLock::new();
    ISA.get_or_init(host_isa).clone()
}

fn host_isa() -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags.set("is_pic", "false").map_err(|e| e.to_string())?;
    flags
        .set("use_colocated_libcalls", "false")
        .map_err(|e| e.to_string())?;
    let isa = cranelift_native::builder()?;
    isa.finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())
}

/// The body's signature: `(ctx, depth, args...) -> i64`.
fn body_signature(module: &JITModule, arity: u32) -> Signature {
    let mut sig = module.make_signature();
    for _ in 0..arity + 2 {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

fn build(group: &[&FunCode]) -> Result<(), String> {
    let mut module = JITModule::new(JITBuilder::with_isa(isa()?, default_libcall_names()));
    let mut ids: HashMap<*const FunCode, FuncId> = HashMap::new();
    let mut entries = Vec::new();
    for (n, code) in group.iter().enumerate() {
        let sig = body_signature(&module, code.arity);
        let id = module
            .declare_function(&format!("body{n}"), Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        ids.insert(*code as *const FunCode, id);
        let mut esig = module.make_signature();
        esig.params.push(AbiParam::new(types::I64));
        esig.params.push(AbiParam::new(types::I64));
        esig.returns.push(AbiParam::new(types::I64));
        let eid = module
            .declare_function(&format!("entry{n}"), Linkage::Local, &esig)
            .map_err(|e| e.to_string())?;
        entries.push((eid, esig));
    }
    let mut ctx = module.make_context();
    let mut fctx = FunctionBuilderContext::new();
    for (n, code) in group.iter().enumerate() {
        let id = ids[&(*code as *const FunCode)];
        ctx.func.signature = body_signature(&module, code.arity);
        ctx.func.name = UserFuncName::user(0, id.as_u32());
        {
            let b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            Translate::new(b, &mut module, code, &ids).body();
        }
        module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("{e:?}"))?;
        module.clear_context(&mut ctx);

        // The entry: loads the arguments and calls the body.
        let (eid, esig) = &entries[n];
        ctx.func.signature = esig.clone();
        ctx.func.name = UserFuncName::user(0, eid.as_u32());
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let block = b.create_block();
            b.append_block_params_for_function_params(block);
            b.switch_to_block(block);
            let (c, args) = (b.block_params(block)[0], b.block_params(block)[1]);
            let mut vals = vec![c, b.ins().iconst(types::I64, MAX_DEPTH)];
            for i in 0..code.arity {
                vals.push(
                    b.ins()
                        .load(types::I64, MemFlagsData::trusted(), args, (8 * i) as i32),
                );
            }
            let f = module.declare_func_in_func(id, b.func);
            let call = b.ins().call(f, &vals);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(module.target_config());
        }
        module
            .define_function(*eid, &mut ctx)
            .map_err(|e| format!("{e:?}"))?;
        module.clear_context(&mut ctx);
    }
    module.finalize_definitions().map_err(|e| e.to_string())?;
    for (n, code) in group.iter().enumerate() {
        let body = module.get_finalized_function(ids[&(*code as *const FunCode)]);
        let entry = module.get_finalized_function(entries[n].0);
        code.jit.body.store(body as *mut u8, Ordering::Release);
        code.jit.entry.store(entry as *mut u8, Ordering::Release);
    }
    // The code lives as long as the program (see the header).
    std::mem::forget(module);
    Ok(())
}

/// Translates one function's register code into Cranelift IR.
struct Translate<'a, 'b> {
    b: FunctionBuilder<'b>,
    module: &'a mut JITModule,
    code: &'a FunCode,
    ids: &'a HashMap<*const FunCode, FuncId>,
    regs: Vec<Variable>,
    blocks: Vec<Block>,
    ctx: Value,
    depth: Value,
    slot: Option<cranelift_codegen::ir::StackSlot>,
    /// Deoptimisation blocks to fill (see `deopt_block`).
    deopts: Vec<(Block, usize)>,
}

impl<'a, 'b> Translate<'a, 'b> {
    fn new(
        mut b: FunctionBuilder<'b>,
        module: &'a mut JITModule,
        code: &'a FunCode,
        ids: &'a HashMap<*const FunCode, FuncId>,
    ) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let regs: Vec<Variable> = (0..code.nregs).map(|_| b.declare_var(types::I64)).collect();
        let zero = b.ins().iconst(types::I64, 0);
        for (r, var) in regs.iter().enumerate() {
            let v = if r < code.arity as usize {
                params[r + 2]
            } else {
                zero
            };
            b.def_var(*var, v);
        }
        let blocks = code.code.iter().map(|_| b.create_block()).collect();
        Translate {
            b,
            module,
            code,
            ids,
            regs,
            blocks,
            ctx: params[0],
            depth: params[1],
            slot: None,
            deopts: Vec::new(),
        }
    }

    fn get(&mut self, r: u32) -> Value {
        self.b.use_var(self.regs[r as usize])
    }

    fn set(&mut self, r: u32, v: Value) {
        self.b.def_var(self.regs[r as usize], v);
    }

    fn operand(&mut self, r: u32) -> Value {
        match operand(self.code, r) {
            Some(Operand::Imm(n)) => self.b.ins().iconst(types::I64, n),
            _ => self.get(r),
        }
    }

    /// A new block that gives the frame back to the interpreter at `pc` and
    /// returns. It is filled once the running block is (`fill_deopts`): the
    /// registers it saves are those of the block that branches to it, which
    /// ends with that branch.
    fn deopt_block(&mut self, pc: usize) -> Block {
        let block = self.b.create_block();
        self.b.set_cold_block(block);
        self.deopts.push((block, pc));
        block
    }

    fn fill_deopts(&mut self) {
        while let Some((block, pc)) = self.deopts.pop() {
            self.b.switch_to_block(block);
            self.deopt_here(pc);
        }
    }

    fn deopt_here(&mut self, pc: usize) {
        let n = self.code.nregs;
        let slot = *self.slot.get_or_insert_with(|| {
            self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                8 * n,
                3,
            ))
        });
        for r in 0..n {
            let v = self.get(r);
            self.b
                .ins()
                .stack_store(types::I64, v, slot, (8 * r) as i32);
        }
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        let mut sig = self.module.make_signature();
        for _ in 0..5 {
            sig.params.push(AbiParam::new(types::I64));
        }
        let sig = self.b.import_signature(sig);
        let f = self.b.ins().iconst(types::I64, record as *const () as i64);
        let code = self
            .b
            .ins()
            .iconst(types::I64, self.code as *const FunCode as i64);
        let pc = self.b.ins().iconst(types::I64, pc as i64);
        let n = self.b.ins().iconst(types::I64, i64::from(n));
        self.b
            .ins()
            .call_indirect(sig, f, &[self.ctx, code, pc, addr, n]);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().return_(&[zero]);
    }

    /// Goes to `to` when `cond` holds, else to the next instruction.
    fn branch(&mut self, cond: Value, to: Block, pc: usize) {
        let next = self.blocks[pc + 1];
        self.b.ins().brif(cond, to, &[], next, &[]);
    }

    fn body(mut self) {
        self.b.ins().jump(self.blocks[0], &[]);
        for pc in 0..self.code.code.len() {
            self.b.switch_to_block(self.blocks[pc]);
            self.instr(pc);
            self.fill_deopts();
        }
        self.b.seal_all_blocks();
        let config = self.module.target_config();
        self.b.finalize(config);
    }

    fn instr(&mut self, pc: usize) {
        let i64t = types::I64;
        match &self.code.code[pc] {
            Instr::Const(d, c) => {
                let Some(Term::Int(n)) = self.code.consts.get(*c as usize) else {
                    unreachable!("checked")
                };
                let v = self.b.ins().iconst(i64t, *n);
                self.set(*d, v);
            }
            Instr::Move(d, s) | Instr::Take(d, s) => {
                let v = self.get(*s);
                self.set(*d, v);
            }
            Instr::Return(r) => {
                let v = self.get(*r);
                self.b.ins().return_(&[v]);
                return;
            }
            Instr::Jump(l) => {
                self.b.ins().jump(self.blocks[*l as usize], &[]);
                return;
            }
            // An integer is truthy and is not `true`.
            Instr::JumpIfFalsy(..) => {}
            Instr::JumpUnlessTrue(_, l)
            | Instr::TestTuple(_, _, l)
            | Instr::TestCons(_, l)
            | Instr::TestNil(_, l)
            | Instr::TestMap(_, l)
            | Instr::TestBinary(_, l) => {
                self.b.ins().jump(self.blocks[*l as usize], &[]);
                return;
            }
            Instr::TestType(t, _, l) => {
                if !matches!(t, TypeTest::Integer | TypeTest::Number) {
                    self.b.ins().jump(self.blocks[*l as usize], &[]);
                    return;
                }
            }
            Instr::TestEq(a, b, l) => {
                let (a, b) = (self.get(*a), self.get(*b));
                let ne = self.b.ins().icmp(IntCC::NotEqual, a, b);
                self.branch(ne, self.blocks[*l as usize], pc);
                return;
            }
            Instr::TestConst(r, c, l) => {
                // A pattern matches exactly: only an integer equals an integer.
                let Some(Term::Int(n)) = self.code.consts.get(*c as usize) else {
                    self.b.ins().jump(self.blocks[*l as usize], &[]);
                    return;
                };
                let v = self.get(*r);
                let ne = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, *n);
                self.branch(ne, self.blocks[*l as usize], pc);
                return;
            }
            Instr::NoMatch(..) => {
                self.deopt_here(pc);
                return;
            }
            Instr::Op(op, d, a, b) | Instr::OpCall(op, d, a, b) => {
                let (a, b) = (self.operand(*a), self.operand(*b));
                let v = self.arith(*op, a, b, pc);
                self.set(*d, v);
            }
            Instr::OpImm(op, d, a, imm) => {
                let a = self.get(*a);
                let b = self.b.ins().iconst(i64t, i64::from(*imm));
                let v = self.arith(*op, a, b, pc);
                self.set(*d, v);
            }
            Instr::JumpUnless(op, a, b, l) => {
                let (a, b) = (self.operand(*a), self.operand(*b));
                let fails = self.b.ins().icmp(fails_when(*op), a, b);
                self.branch(fails, self.blocks[*l as usize], pc);
                return;
            }
            Instr::JumpUnlessImm(op, a, imm, l) => {
                let a = self.get(*a);
                let fails = self.b.ins().icmp_imm_s(fails_when(*op), a, i64::from(*imm));
                self.branch(fails, self.blocks[*l as usize], pc);
                return;
            }
            Instr::Call(call) | Instr::TailCall(call) => {
                let tail = matches!(self.code.code[pc], Instr::TailCall(_));
                let Target::Local { cache, .. } = &call.target else {
                    unreachable!("checked")
                };
                let callee: &FunCode = cache.get().expect("checked");
                // A reduction, as the interpreter counts it: none left, and the
                // interpreter makes the call (and so yields).
                let budget = self
                    .b
                    .ins()
                    .load(i64t, MemFlagsData::trusted(), self.ctx, 0);
                let out = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedLessThanOrEqual, budget, 0);
                let stop = self.deopt_block(pc);
                let go = self.b.create_block();
                self.b.ins().brif(out, stop, &[], go, &[]);
                self.b.switch_to_block(go);
                let left = self.b.ins().iadd_imm_s(budget, -1);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), left, self.ctx, 0);
                let args: Vec<Value> = (0..call.argc).map(|k| self.get(call.base + k)).collect();
                if tail && std::ptr::eq(callee, self.code) {
                    // A loop.
                    for (k, v) in args.into_iter().enumerate() {
                        self.set(k as u32, v);
                    }
                    self.b.ins().jump(self.blocks[0], &[]);
                    return;
                }
                let deep = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedLessThanOrEqual, self.depth, 0);
                let stop = self.deopt_block(pc);
                let go = self.b.create_block();
                self.b.ins().brif(deep, stop, &[], go, &[]);
                self.b.switch_to_block(go);
                let depth = self.b.ins().iadd_imm_s(self.depth, -1);
                let mut vals = vec![self.ctx, depth];
                vals.extend(args);
                let call_inst = match self.ids.get(&(callee as *const FunCode)) {
                    Some(id) => {
                        let f = self.module.declare_func_in_func(*id, self.b.func);
                        self.b.ins().call(f, &vals)
                    }
                    None => {
                        // Compiled before, with its own group.
                        let sig = body_signature(self.module, callee.arity);
                        let sig = self.b.import_signature(sig);
                        let at = callee.jit.body.load(Ordering::Acquire) as i64;
                        let f = self.b.ins().iconst(i64t, at);
                        self.b.ins().call_indirect(sig, f, &vals)
                    }
                };
                let r = self.b.inst_results(call_inst)[0];
                let bailed = self
                    .b
                    .ins()
                    .load(i64t, MemFlagsData::trusted(), self.ctx, 8);
                let go = self.b.create_block();
                let back = self.b.create_block();
                self.b.set_cold_block(back);
                self.b.ins().brif(bailed, back, &[], go, &[]);
                self.b.switch_to_block(back);
                if tail {
                    // This frame was replaced by the callee's: nothing to give.
                    let zero = self.b.ins().iconst(i64t, 0);
                    self.b.ins().return_(&[zero]);
                } else {
                    self.deopt_here(pc + 1);
                }
                self.b.switch_to_block(go);
                if tail {
                    self.b.ins().return_(&[r]);
                    return;
                }
                self.set(call.dst, r);
            }
            _ => unreachable!("checked"),
        }
        self.b.ins().jump(self.blocks[pc + 1], &[]);
    }

    /// `a op b` on machine integers; where the interpreter would leave small
    /// integers (overflow, a zero divisor), the frame deoptimises at `pc`.
    fn arith(&mut self, op: Op, a: Value, b: Value, pc: usize) -> Value {
        let (v, bad) = match op {
            Op::Add => self.b.ins().sadd_overflow(a, b),
            Op::Sub => self.b.ins().ssub_overflow(a, b),
            Op::Mul => self.b.ins().smul_overflow(a, b),
            Op::Div | Op::Rem => {
                // A zero divisor, or MIN / -1.
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                let minus = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                let both = self.b.ins().band(minus, min);
                let bad = self.b.ins().bor(zero, both);
                let stop = self.deopt_block(pc);
                let go = self.b.create_block();
                self.b.ins().brif(bad, stop, &[], go, &[]);
                self.b.switch_to_block(go);
                let v = if op == Op::Div {
                    self.b.ins().sdiv(a, b)
                } else {
                    self.b.ins().srem(a, b)
                };
                return v;
            }
            _ => unreachable!("checked: no comparison"),
        };
        let stop = self.deopt_block(pc);
        let go = self.b.create_block();
        self.b.ins().brif(bad, stop, &[], go, &[]);
        self.b.switch_to_block(go);
        v
    }
}

/// The condition under which a comparison does not hold.
fn fails_when(op: Op) -> IntCC {
    match op {
        Op::Lt => IntCC::SignedGreaterThanOrEqual,
        Op::Gt => IntCC::SignedLessThanOrEqual,
        Op::Le => IntCC::SignedGreaterThan,
        Op::Ge => IntCC::SignedLessThan,
        Op::Eq | Op::Exact => IntCC::NotEqual,
        Op::Ne | Op::NotExact => IntCC::Equal,
        _ => unreachable!("checked: a comparison"),
    }
}
