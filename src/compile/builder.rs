//! The pieces code is built from: the lexical environment (`Env`: file, module,
//! aliases, imports), and the per-function builder (`Fb`) that hands out
//! registers, keeps variable scopes and collects instructions and constants.

use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use crate::term::{Atom, Term};
use crate::vm::{CodeKind, FunCode, Instr, Label, Reg};

/// What a name means where code is written: Elixir's `__ENV__`, reduced.
#[derive(Clone, Debug)]
pub struct Env {
    pub file: Atom,
    pub module: Option<Atom>,
    pub function: Option<(Atom, u32)>,
    /// `alias A.B, as: C`: (`Elixir.C`, `Elixir.A.B`).
    pub aliases: Vec<(Atom, Atom)>,
    pub imports: Vec<Import>,
    /// Modules whose macros may be called here (`require`, `import`, `use`);
    /// Kernel's always may.
    pub requires: Vec<Atom>,
    pub line: u32,
    /// Code evaluated as Erlang's `erl_eval` runs it (`Code.eval_string/3`
    /// and friends, the shell), rather than compiled from a file: its funs
    /// print as `#Function<42.3316493/1 in :erl_eval.expr/6>`.
    pub erl_eval: bool,
}

#[derive(Clone, Debug)]
pub struct Import {
    pub module: Atom,
    /// `only:` names with arities (None: everything).
    pub only: Option<Vec<(Atom, u32)>>,
    pub except: Vec<(Atom, u32)>,
    /// `only: :functions` / `only: :macros`.
    pub kinds: Option<Atom>,
}

impl Env {
    pub fn new(file: Atom) -> Env {
        Env {
            file,
            module: None,
            function: None,
            aliases: Vec::new(),
            imports: Vec::new(),
            requires: Vec::new(),
            line: 1,
            erl_eval: false,
        }
    }

    /// Whether the macros of `module` may be called here.
    pub fn is_required(&self, module: Atom) -> bool {
        module.name() == "Elixir.Kernel" || self.requires.contains(&module)
    }

    /// What `Alias` in `Alias.Rest` stands for here.
    pub fn expand_alias(&self, first: Atom) -> Option<Atom> {
        self.aliases
            .iter()
            .rev()
            .find(|(short, _)| *short == first)
            .map(|(_, full)| *full)
    }
}

/// A variable: its name and the context of the quote it came from (nil for
/// code the user wrote), so macro-introduced variables do not clash.
pub type VarKey = (Atom, Atom);

pub struct Scope {
    pub vars: FxHashMap<VarKey, Reg>,
    /// The environment changes (alias, import) made in this scope.
    pub env: Option<Env>,
}

/// Builds one function's code.
pub struct Fb {
    pub code: Vec<Instr>,
    pub consts: Vec<Term>,
    pub lines: Vec<(u32, u32)>,
    pub next: Reg,
    pub max: Reg,
    /// Registers below this hold variables and are never released.
    pub var_top: Reg,
    pub scopes: Vec<Scope>,
    /// Variables read from the enclosing function, in closure order.
    pub captures: Vec<VarKey>,
    pub children: Vec<Arc<FunCode>>,
    pub modules: Vec<Arc<super::ModuleSource>>,
    pub kind: CodeKind,
    pub name: Atom,
    pub arity: u32,
    pub def_arity: u32,
    pub index: u32,
}

impl Fb {
    pub fn new(kind: CodeKind, name: Atom, arity: u32, def_arity: u32) -> Fb {
        Fb {
            code: Vec::new(),
            consts: Vec::new(),
            lines: Vec::new(),
            next: arity,
            max: arity,
            var_top: arity,
            scopes: vec![Scope {
                vars: FxHashMap::default(),
                env: None,
            }],
            captures: Vec::new(),
            children: Vec::new(),
            modules: Vec::new(),
            kind,
            name,
            arity,
            def_arity,
            index: 0,
        }
    }

    pub fn alloc(&mut self) -> Reg {
        let r = self.next;
        self.next += 1;
        self.max = self.max.max(self.next);
        r
    }

    /// `n` consecutive registers; the first is returned.
    pub fn alloc_n(&mut self, n: u32) -> Reg {
        let r = self.next;
        self.next += n;
        self.max = self.max.max(self.next);
        r
    }

    pub fn alloc_var(&mut self) -> Reg {
        let r = self.alloc();
        self.var_top = self.var_top.max(r + 1);
        r
    }

    pub fn release(&mut self, mark: Reg) {
        self.next = mark.max(self.var_top);
    }

    pub fn emit(&mut self, i: Instr) -> usize {
        let i = self.immediate(i);
        self.code.push(i);
        self.code.len() - 1
    }

    /// An operator instruction whose right operand is a small integer
    /// constant, as its immediate form (`n - 1`, `n < 2`): the commonest
    /// operators in loops, decoded with one test less.
    fn immediate(&self, i: Instr) -> Instr {
        let imm = |r: Reg| -> Option<i32> {
            if r & crate::vm::CONST_OPERAND == 0 {
                return None;
            }
            match self.consts.get((r & !crate::vm::CONST_OPERAND) as usize) {
                Some(Term::Int(n)) => i32::try_from(*n).ok(),
                _ => None,
            }
        };
        match i {
            Instr::Op(op, dst, a, b) if a & crate::vm::CONST_OPERAND == 0 => match imm(b) {
                Some(n) => Instr::OpImm(op, dst, a, n),
                None => i,
            },
            Instr::JumpUnless(op, a, b, l) if a & crate::vm::CONST_OPERAND == 0 => match imm(b) {
                Some(n) => Instr::JumpUnlessImm(op, a, n, l),
                None => i,
            },
            _ => i,
        }
    }

    pub fn here(&self) -> Label {
        self.code.len() as Label
    }

    pub fn constant(&mut self, t: Term) -> u32 {
        // Small constants repeat (atoms, small ints): share them.
        if let Some(i) = self.consts.iter().rposition(|c| match (c, &t) {
            (Term::Atom(a), Term::Atom(b)) => a == b,
            (Term::Int(a), Term::Int(b)) => a == b,
            _ => false,
        }) {
            return i as u32;
        }
        self.consts.push(t);
        (self.consts.len() - 1) as u32
    }

    pub fn line(&mut self, line: u32) {
        if line == 0 {
            return;
        }
        let pc = self.code.len() as u32;
        match self.lines.last_mut() {
            Some((p, l)) if *p == pc => *l = line,
            Some((_, l)) if *l == line => {}
            _ => self.lines.push((pc, line)),
        }
    }

    /// Points the jump at `at` to `to`.
    pub fn patch(&mut self, at: usize, to: Label) {
        if let Some(l) = self.code[at].label_mut() {
            *l = to;
        }
    }

    pub fn lookup(&self, key: &VarKey) -> Option<Reg> {
        self.scopes
            .iter()
            .rev()
            .find_map(|s| s.vars.get(key).copied())
    }

    pub fn bind(&mut self, key: VarKey, reg: Reg) {
        if let Some(s) = self.scopes.last_mut() {
            s.vars.insert(key, reg);
        }
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(Scope {
            vars: FxHashMap::default(),
            env: None,
        });
    }

    pub fn pop_scope(&mut self) -> Scope {
        self.scopes.pop().unwrap_or(Scope {
            vars: FxHashMap::default(),
            env: None,
        })
    }

    pub fn finish(mut self, module: Atom, file: Atom) -> FunCode {
        // Read once: every function compiled passes here.
        static PEEPHOLE: OnceLock<bool> = OnceLock::new();
        static DUMP: OnceLock<Option<String>> = OnceLock::new();
        if *PEEPHOLE.get_or_init(|| std::env::var_os("VIAL_PEEPHOLE").is_none_or(|v| v != "0")) {
            super::peephole::optimize(&mut self.code, &mut self.lines, self.arity);
        }
        let dump = DUMP.get_or_init(|| std::env::var("VIAL_DUMP").ok());
        if dump.as_deref() == Some(module.name()) {
            eprintln!(
                "{}.{}/{} nregs={}",
                module.name(),
                self.name.name(),
                self.arity,
                self.max
            );
            for (i, ins) in self.code.iter().enumerate() {
                eprintln!("  {i:3} {ins:?}");
            }
        }
        FunCode {
            module,
            name: self.name,
            arity: self.arity,
            def_arity: self.def_arity,
            kind: self.kind,
            index: self.index,
            nfree: 0,
            nregs: self.max.max(1),
            code: self.code,
            consts: self.consts,
            lines: self.lines,
            file,
            erl_eval: false,
            children: self.children,
            modules: self.modules,
            jit: Default::default(),
        }
    }
}
