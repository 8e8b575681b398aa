//! The virtual machine: compiled functions (`FunCode`) as register code, run by
//! an interpreter whose frames live on a heap stack owned by the process, never
//! on the Rust stack. A call pushes a frame whose registers start where the
//! caller put the arguments (a sliding register window); a tail call reuses the
//! frame, so tail-recursive loops run in constant space and a non-tail
//! recursion a million calls deep is only a longer vector.

mod binary;
mod exception;
pub(crate) mod interp;
pub mod jit;
pub mod natives;
mod stdlib_lines;

use std::sync::{Arc, OnceLock};

use crate::bif::Bif;
use crate::term::{Atom, Term};

pub use exception::{Class, Exception, Frame, Frame as StackFrame};
pub use interp::{killed, Slice, Vm};

/// A register index, relative to the frame's base.
pub type Reg = u32;
/// An instruction index in `FunCode::code`.
pub type Label = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// A named function of a module (`def`, `defp`, `defmacro`).
    Def,
    /// The body of an anonymous function.
    Closure,
    /// The top level of a script or an evaluated string.
    Script,
}

/// One compiled function body.
#[derive(Debug)]
pub struct FunCode {
    pub module: Atom,
    /// The `def` this code belongs to (for closures, the enclosing one).
    pub name: Atom,
    pub arity: u32,
    /// The arity of the enclosing `def`, for `#Function<... in M.f/2>`.
    pub def_arity: u32,
    pub kind: CodeKind,
    /// Closure number within its module, for printing.
    pub index: u32,
    /// How many captured values follow the parameters in the registers.
    pub nfree: u32,
    pub nregs: u32,
    pub code: Vec<Instr>,
    pub consts: Vec<Term>,
    /// (first instruction, source line), in instruction order.
    pub lines: Vec<(u32, u32)>,
    pub file: Atom,
    /// A fun of evaluated code (see `Env::erl_eval`).
    pub erl_eval: bool,
    /// Bodies of the anonymous functions created by this code.
    pub children: Vec<Arc<FunCode>>,
    /// Module definitions this code performs when run (`defmodule` at run time).
    pub modules: Vec<Arc<crate::compile::ModuleSource>>,
    /// Native code for the function, once hot (see vm/jit.rs).
    pub jit: jit::Slot,
}

impl FunCode {
    /// The source line of the instruction at `pc`.
    pub fn line_at(&self, pc: u32) -> u32 {
        let i = self.lines.partition_point(|&(start, _)| start <= pc);
        if i == 0 {
            self.lines.first().map_or(0, |l| l.1)
        } else {
            self.lines[i - 1].1
        }
    }

    /// `#Function<0.12345/1 in M.f/2>` as Elixir prints a closure.
    pub fn describe(&self) -> String {
        let hash = fun_hash(self.module);
        match self.kind {
            // erl_eval makes a fun of each arity from 0 to 20 by one clause
            // of its own: OTP 25's numbers them down from 43.
            CodeKind::Script if self.erl_eval => format!(
                "#Function<{}.3316493/{} in :erl_eval.expr/6>",
                43u32.saturating_sub(self.arity),
                self.arity
            ),
            CodeKind::Script => format!(
                "#Function<{}.{hash} in file:{}>",
                self.index,
                self.file.name()
            ),
            _ => format!(
                "#Function<{}.{hash}/{} in {}.{}/{}>",
                self.index,
                self.arity,
                crate::term::inspect::inspect_atom(self.module.name()),
                crate::term::inspect::inspect_remote_name(self.name.name()),
                self.def_arity
            ),
        }
    }
}

/// A stable number standing in for the BEAM's hash of a module's code.
fn fun_hash(module: Atom) -> u32 {
    let mut h: u32 = 2_166_136_261;
    for b in module.name().bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(16_777_619);
    }
    h % 134_217_727
}

/// The built-ins with a fast path in the interpreter (`Target::Intrinsic`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intrinsic {
    /// `:erlang.self/0`.
    SelfPid,
    /// `:erlang.send/2` to a pid.
    Send,
}

impl Intrinsic {
    /// The intrinsic that does `module.name/arity`, if one does.
    pub fn of(module: &str, name: &str, arity: u32) -> Option<Intrinsic> {
        match (module, name, arity) {
            ("erlang", "self", 0) => Some(Intrinsic::SelfPid),
            ("erlang", "send", 2) => Some(Intrinsic::Send),
            _ => None,
        }
    }
}

/// Which function a call instruction calls.
#[derive(Debug)]
pub enum Target {
    /// A function of the caller's own module, resolved on first use.
    Local {
        name: Atom,
        arity: u32,
        cache: OnceLock<Arc<FunCode>>,
    },
    /// `Mod.fun(...)`, resolved through the module table on each call.
    Remote {
        module: Atom,
        name: Atom,
        arity: u32,
    },
    /// A pure built-in.
    Bif(&'static Bif),
    /// A built-in that needs the process (apply, inspect, send, ...).
    Native(natives::Native),
    /// A built-in common enough in process code to be done in the call
    /// instruction itself; any case off its fast path calls the native.
    Intrinsic(Intrinsic, natives::Native),
    /// `f.(args)`: the fun is in the register just below the arguments.
    Fun,
    /// `mod.fun(args)` with the module in a register: the register below the
    /// arguments holds the module.
    Dynamic { name: Atom },
}

#[derive(Debug)]
pub struct Call {
    pub target: Target,
    /// The first argument register; arguments are consecutive.
    pub base: Reg,
    pub argc: u32,
    pub dst: Reg,
}

/// Why a clause-selecting construct failed, and so which exception it raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoMatch {
    Badmatch,
    CaseClause,
    CondClause,
    TryClause,
    WithClause,
    /// The function's arguments are registers 0..arity.
    FunctionClause,
    /// A `fn` with no matching clause: also a FunctionClauseError.
    FnClause,
}

#[derive(Debug)]
pub enum Instr {
    Const(Reg, u32),
    Move(Reg, Reg),
    /// A `Move` whose source is read no more (see compile/peephole.rs): the
    /// value moves, with no count to take and none to drop later.
    Take(Reg, Reg),
    Tuple(Reg, Reg, u32),
    /// dst, first element, count, tail register (`u32::MAX` for `[]`).
    List(Reg, Reg, u32, Reg),
    /// dst, first key (keys and values alternate), pair count.
    Map(Reg, Reg, u32),
    /// `%{map | k => v}`: dst, map, first key, pair count; keys must exist.
    MapUpdate(Reg, Reg, Reg, u32),
    /// dst, child index, first captured value, count.
    Closure(Reg, u32, Reg, u32),
    /// Reads captured value k of the running closure.
    LoadEnv(Reg, u32),
    Call(Box<Call>),
    TailCall(Box<Call>),
    Return(Reg),
    Jump(Label),
    /// Jumps when the register holds `false` or `nil`.
    JumpIfFalsy(Reg, Label),
    /// Jumps unless the register holds exactly `true`.
    JumpUnlessTrue(Reg, Label),
    /// Pattern tests: jump to the label on mismatch.
    TestEq(Reg, Reg, Label),
    TestConst(Reg, u32, Label),
    TestTuple(Reg, u32, Label),
    TestCons(Reg, Label),
    TestNil(Reg, Label),
    TestMap(Reg, Label),
    TestBinary(Reg, Label),
    /// The binary in the first register starts with the constant; the rest goes
    /// to dst: (dst, src, const, fail).
    TestPrefix(Reg, Reg, u32, Label),
    GetElem(Reg, Reg, u32),
    GetHead(Reg, Reg),
    GetTail(Reg, Reg),
    /// dst, map, key register, fail.
    MapGet(Reg, Reg, Reg, Label),
    /// Raises the error for an unmatched value held in the register.
    NoMatch(NoMatch, Reg),
    /// Starts a protected region; on an exception, registers dst..dst+3 get
    /// class, reason and stacktrace, and execution goes to the label.
    Try(Label, Reg),
    EndTry,
    /// Raises again from class, reason, stacktrace in three registers.
    Reraise(Reg),
    /// Builds a binary from segments into dst.
    BinBuild(Reg, Box<[binary::Segment]>),
    /// Starts matching a bitstring: (offset register set to 0, src, fail).
    BinStart(Reg, Reg, Label),
    /// (dst, src, offset register, segment, fail).
    BinGet(Reg, Reg, Reg, Box<binary::Segment>, Label),
    /// The whole bitstring was consumed: (src, offset, fail).
    BinEnd(Reg, Reg, Label),
    /// `x.name`: a map's key, or a zero-arity call: (dst, src, name).
    Dot(Reg, Reg, Atom),
    /// `receive`: the first message after the save point into dst, or a jump
    /// to the label when none is left.
    RecvNext(Reg, Label),
    /// The message looked at did not match: move the save point past it.
    RecvSkip,
    /// The message looked at matched: take it out of the mailbox.
    RecvTake,
    /// Nothing matched: wait for a new message (then go on with the next
    /// instruction) or for the timeout held in the register (`u32::MAX`:
    /// none), then jump to the label.
    RecvWait(Reg, Label),
    /// Runs a `defmodule` that this code contains: (dst, index in modules,
    /// register holding the module name).
    DefModule(Reg, u32, Reg),
    /// A binary operator of `:erlang`: (op, dst, left, right). Small integers
    /// (and floats) are computed in place; anything else goes to the built-in.
    /// An operand with `CONST_OPERAND` set is a constant's index.
    Op(Op, Reg, Reg, Reg),
    /// `Op` for an operator the BEAM calls rather than computing inline (`a +
    /// b` of two variables in a module): the same, but a failure keeps the
    /// `:erlang` frame a call would have.
    OpCall(Op, Reg, Reg, Reg),
    /// Jumps unless the comparison holds: (op, left, right, label); operands
    /// as for `Op`.
    JumpUnless(Op, Reg, Reg, Label),
    /// `Op` whose right operand is a small integer constant: (op, dst, left,
    /// the integer).
    OpImm(Op, Reg, Reg, i32),
    /// `JumpUnless` whose right operand is a small integer constant.
    JumpUnlessImm(Op, Reg, i32, Label),
    /// A guard's type test (`is_integer(x)`): jumps to the label unless the
    /// register's value has the type.
    TestType(TypeTest, Reg, Label),
}

impl Instr {
    /// The label the instruction may jump to (each has one at most), to set
    /// once known or to move when code moves.
    pub fn label_mut(&mut self) -> Option<&mut Label> {
        match self {
            Instr::Jump(l)
            | Instr::JumpIfFalsy(_, l)
            | Instr::JumpUnlessTrue(_, l)
            | Instr::TestEq(_, _, l)
            | Instr::TestConst(_, _, l)
            | Instr::TestTuple(_, _, l)
            | Instr::TestCons(_, l)
            | Instr::TestNil(_, l)
            | Instr::TestMap(_, l)
            | Instr::TestBinary(_, l)
            | Instr::TestPrefix(_, _, _, l)
            | Instr::MapGet(_, _, _, l)
            | Instr::Try(l, _)
            | Instr::BinStart(_, _, l)
            | Instr::BinGet(_, _, _, _, l)
            | Instr::BinEnd(_, _, l)
            | Instr::RecvNext(_, l)
            | Instr::RecvWait(_, l)
            | Instr::JumpUnless(_, _, _, l)
            | Instr::JumpUnlessImm(_, _, _, l)
            | Instr::TestType(_, _, l) => Some(l),
            _ => None,
        }
    }
}

/// The `:erlang` type tests of one argument that guards use most, tested by
/// `Instr::TestType` without a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeTest {
    Atom,
    Binary,
    Bitstring,
    Boolean,
    Float,
    Function,
    Integer,
    List,
    Map,
    Number,
    Pid,
    Reference,
    Tuple,
}

impl TypeTest {
    /// The test that `:erlang.name/1` is.
    pub fn of(module: &str, name: &str) -> Option<TypeTest> {
        if module != "erlang" {
            return None;
        }
        Some(match name {
            "is_atom" => TypeTest::Atom,
            "is_binary" => TypeTest::Binary,
            "is_bitstring" => TypeTest::Bitstring,
            "is_boolean" => TypeTest::Boolean,
            "is_float" => TypeTest::Float,
            "is_function" => TypeTest::Function,
            "is_integer" => TypeTest::Integer,
            "is_list" => TypeTest::List,
            "is_map" => TypeTest::Map,
            "is_number" => TypeTest::Number,
            "is_pid" => TypeTest::Pid,
            "is_reference" => TypeTest::Reference,
            "is_tuple" => TypeTest::Tuple,
            _ => return None,
        })
    }

    #[inline]
    pub fn holds(self, t: &Term) -> bool {
        match self {
            TypeTest::Atom => matches!(t, Term::Atom(_)),
            TypeTest::Binary => matches!(t, Term::Binary(b) if b.is_binary()),
            TypeTest::Bitstring => matches!(t, Term::Binary(_)),
            TypeTest::Boolean => {
                matches!(t, Term::Atom(a) if *a == Atom::TRUE || *a == Atom::FALSE)
            }
            TypeTest::Float => matches!(t, Term::Float(_)),
            TypeTest::Function => matches!(t, Term::Fun(_)),
            TypeTest::Integer => matches!(t, Term::Int(_) | Term::Big(_)),
            TypeTest::List => matches!(t, Term::Nil | Term::Cons(_)),
            TypeTest::Map => matches!(t, Term::Map(_)),
            TypeTest::Number => matches!(t, Term::Int(_) | Term::Big(_) | Term::Float(_)),
            TypeTest::Pid => matches!(t, Term::Pid(_)),
            TypeTest::Reference => matches!(t, Term::Ref(_)),
            TypeTest::Tuple => matches!(t, Term::Tuple(_)),
        }
    }
}

/// Marks an operand of `Instr::Op` or `Instr::JumpUnless` that is a constant.
pub const CONST_OPERAND: u32 = 1 << 31;

/// The `:erlang` operators with instructions of their own (`Instr::Op`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Lt,
    Gt,
    Le,
    Ge,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `===`
    Exact,
    /// `!==`
    NotExact,
}

impl Op {
    const ALL: [Op; 13] = [
        Op::Add,
        Op::Sub,
        Op::Mul,
        Op::Div,
        Op::Rem,
        Op::Lt,
        Op::Gt,
        Op::Le,
        Op::Ge,
        Op::Eq,
        Op::Ne,
        Op::Exact,
        Op::NotExact,
    ];

    /// The `:erlang` function name.
    pub fn name(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Sub => "-",
            Op::Mul => "*",
            Op::Div => "div",
            Op::Rem => "rem",
            Op::Lt => "<",
            Op::Gt => ">",
            Op::Le => "=<",
            Op::Ge => ">=",
            Op::Eq => "==",
            Op::Ne => "/=",
            Op::Exact => "=:=",
            Op::NotExact => "=/=",
        }
    }

    /// The operator that `:erlang.name/2` is, if it has an instruction.
    pub fn of(module: &str, name: &str) -> Option<Op> {
        if module != "erlang" {
            return None;
        }
        Op::ALL.into_iter().find(|op| op.name() == name)
    }

    /// Comparisons give a boolean and never raise.
    pub fn is_comparison(self) -> bool {
        !matches!(self, Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Rem)
    }

    /// The built-in that computes every case the instruction does not.
    pub fn bif(self) -> &'static Bif {
        static BIFS: OnceLock<Vec<&'static Bif>> = OnceLock::new();
        BIFS.get_or_init(|| {
            let erlang = Atom::new("erlang");
            Op::ALL
                .iter()
                .map(|op| {
                    crate::bif::lookup(erlang, Atom::new(op.name()), 2)
                        .expect("every operator is a built-in")
                })
                .collect()
        })[self as usize]
    }
}

pub use binary::{SegType, Segment, Size};

/// How `inspect` prints a struct when called from Rust: through its `Inspect`
/// implementation, run by a VM of its own (see `natives::inspect`).
pub fn inspect_struct_hook(
    t: &Term,
    opts: &crate::term::inspect::Opts,
) -> Option<crate::term::algebra::Doc> {
    natives::inspect::struct_hook(t, opts)
}
