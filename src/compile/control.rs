//! Clause-selecting constructs: `case`, `cond`, `if`, `with`, `try` (with
//! `rescue`, `catch`, `else`, `after`), `receive`, and the clauses of `fn`
//! and `def`. Each clause is a pattern test, a guard and a body; a failed test
//! falls through to the next clause, and after the last the construct raises.

use crate::term::{Atom, Term};
use crate::vm::{Instr, NoMatch, Reg, Target};

use super::expr::{as_call, as_var, kw_get, list_items, CResult, Compiler};

/// One `head -> body` clause.
pub struct Clause {
    pub patterns: Vec<Term>,
    pub guard: Option<Term>,
    pub body: Term,
}

/// The `->` clauses of a do-block section.
pub fn clauses_of(t: &Term) -> Vec<Clause> {
    list_items(t)
        .iter()
        .filter_map(|c| {
            let (_, _, args) = as_call(c)?;
            let args = list_items(args);
            let head = args.first()?;
            let body = args.get(1)?.clone();
            let mut patterns = list_items(head);
            let mut guard = None;
            if let [single] = patterns.as_slice() {
                if let Some((Term::Atom(w), _, wargs)) = as_call(single) {
                    if w.name() == "when" {
                        let mut wargs = list_items(wargs);
                        guard = wargs.pop();
                        patterns = wargs;
                    }
                }
            }
            Some(Clause {
                patterns,
                guard,
                body,
            })
        })
        .collect()
}

impl Compiler<'_> {
    /// Compiles a body in tail position or into `dst`.
    fn body(&mut self, body: &Term, tail: bool, dst: Reg) -> CResult<()> {
        if tail {
            self.tail(body)
        } else {
            self.expr_into(body, dst)
        }
    }

    /// Clause bodies jump here after a non-tail body.
    fn finish_jumps(&mut self, jumps: Vec<usize>) {
        let end = self.fb().here();
        for j in jumps {
            self.fb().patch(j, end);
        }
    }

    /// Matches `subject` registers against each clause in turn; `no_match`
    /// raises when none matches (`None`: fall out with the subject as value).
    pub fn match_clauses(
        &mut self,
        subjects: &[Reg],
        clauses: &[Clause],
        tail: bool,
        dst: Reg,
        no_match: Option<NoMatch>,
    ) -> CResult<()> {
        let mut ends = Vec::new();
        for c in clauses {
            self.fb().push_scope();
            let mark = self.fb().next;
            let pairs: Vec<(&Term, Reg)> =
                c.patterns.iter().zip(subjects.iter().copied()).collect();
            let mut fails = self.patterns(&pairs)?;
            if let Some(g) = &c.guard {
                fails.extend(self.guard(g)?);
            }
            self.body(&c.body, tail, dst)?;
            if !tail {
                ends.push(self.fb().emit(Instr::Jump(0)));
            }
            self.fb().pop_scope();
            self.fb().release(mark);
            let next = self.fb().here();
            for j in fails {
                self.fb().patch(j, next);
            }
        }
        match no_match {
            Some(kind) => {
                let s = subjects.first().copied().unwrap_or(0);
                // No clause of a function matched: the error names the line
                // of its first head, not of the last body compiled.
                if matches!(kind, NoMatch::FunctionClause) {
                    if let Some(&(_, first)) = self.fb().lines.first() {
                        self.fb().line(first);
                    }
                }
                self.fb().emit(Instr::NoMatch(kind, s));
            }
            None => {
                let s = subjects.first().copied().unwrap_or(0);
                if tail {
                    self.fb().emit(Instr::Return(s));
                } else if s != dst {
                    self.fb().emit(Instr::Move(dst, s));
                }
            }
        }
        self.finish_jumps(ends);
        Ok(())
    }

    /// `case`, `cond`, `if`, `try`, `receive`, `with`.
    pub fn control(&mut self, name: Atom, line: u32, items: &[Term], tail: bool) -> CResult<Reg> {
        let dst = self.fb().alloc();
        self.fb().line(line);
        match name.name() {
            "case" => {
                let (Some(subject), Some(opts)) = (items.first(), items.get(1)) else {
                    return Err(self.err(line, "invalid case"));
                };
                let s = self.expr(subject)?;
                let s2 = self.fb().alloc_var();
                self.fb().emit(Instr::Move(s2, s));
                let clauses = clauses_of(kw_get(opts, "do").unwrap_or(&Term::Nil));
                self.match_clauses(&[s2], &clauses, tail, dst, Some(NoMatch::CaseClause))?;
            }
            "cond" => {
                let opts = items.first().cloned().unwrap_or(Term::Nil);
                let clauses = clauses_of(kw_get(&opts, "do").unwrap_or(&Term::Nil));
                let mut ends = Vec::new();
                for c in &clauses {
                    let Some(test) = c.patterns.first() else {
                        continue;
                    };
                    let mark = self.fb().next;
                    let r = self.expr(test)?;
                    let j = self.fb().emit(Instr::JumpIfFalsy(r, 0));
                    self.fb().push_scope();
                    self.body(&c.body, tail, dst)?;
                    self.fb().pop_scope();
                    if !tail {
                        ends.push(self.fb().emit(Instr::Jump(0)));
                    }
                    self.fb().release(mark);
                    let next = self.fb().here();
                    self.fb().patch(j, next);
                }
                self.fb().emit(Instr::NoMatch(NoMatch::CondClause, dst));
                self.finish_jumps(ends);
            }
            "if" => {
                let (Some(cond), Some(opts)) = (items.first(), items.get(1)) else {
                    return Err(self.err(line, "invalid if"));
                };
                let j = self.cond_jump(cond)?;
                let then = kw_get(opts, "do").cloned().unwrap_or_else(Term::nil);
                let els = kw_get(opts, "else").cloned().unwrap_or_else(Term::nil);
                self.fb().push_scope();
                self.body(&then, tail, dst)?;
                self.fb().pop_scope();
                let end = if tail {
                    None
                } else {
                    Some(self.fb().emit(Instr::Jump(0)))
                };
                let here = self.fb().here();
                self.fb().patch(j, here);
                self.fb().push_scope();
                self.body(&els, tail, dst)?;
                self.fb().pop_scope();
                if let Some(e) = end {
                    let here = self.fb().here();
                    self.fb().patch(e, here);
                }
            }
            "with" => self.with(items, line, tail, dst)?,
            "try" => {
                let opts = items.first().cloned().unwrap_or(Term::Nil);
                self.try_(&opts, line, dst)?;
                if tail {
                    self.fb().emit(Instr::Return(dst));
                }
            }
            "receive" => {
                let opts = items.first().cloned().unwrap_or(Term::Nil);
                self.receive(&opts, line, tail, dst)?;
            }
            _ => return Err(self.err(line, "unknown control form")),
        }
        Ok(dst)
    }

    /// Evaluates an `if` condition and jumps when it is falsy; a comparison
    /// jumps on its operands without making a boolean.
    fn cond_jump(&mut self, cond: &Term) -> CResult<usize> {
        let cond = self.expand(cond)?;
        if let Some(call) = self.call_target(&cond)? {
            if let (crate::vm::Target::Bif(bif), [a, b]) = (&call.target, call.args.as_slice()) {
                if let Some(op) = crate::vm::Op::of(bif.module, bif.name) {
                    if op.is_comparison() {
                        let ra = self.operand(a)?;
                        let rb = self.operand(b)?;
                        self.fb().line(call.line);
                        return Ok(self.fb().emit(Instr::JumpUnless(op, ra, rb, 0)));
                    }
                }
            }
        }
        let r = self.expr(&cond)?;
        Ok(self.fb().emit(Instr::JumpIfFalsy(r, 0)))
    }

    fn with(&mut self, items: &[Term], line: u32, tail: bool, dst: Reg) -> CResult<()> {
        let Some((opts, steps)) = items.split_last() else {
            return Err(self.err(line, "invalid with"));
        };
        let w = self.fb().alloc_var();
        self.fb().push_scope();
        let mut fails = Vec::new();
        for step in steps {
            match as_call(step) {
                Some((Term::Atom(op), _, args)) if op.name() == "<-" => {
                    let args = list_items(args);
                    let v = self.expr(&args[1])?;
                    self.fb().emit(Instr::Move(w, v));
                    let (pat, guard) = split_when(&args[0]);
                    fails.extend(self.pattern(&pat, w)?);
                    if let Some(g) = guard {
                        fails.extend(self.guard(&g)?);
                    }
                }
                _ => {
                    let _ = self.expr(step)?;
                }
            }
        }
        let body = kw_get(opts, "do").cloned().unwrap_or_else(Term::nil);
        self.body(&body, tail, dst)?;
        self.fb().pop_scope();
        let end = if tail {
            None
        } else {
            Some(self.fb().emit(Instr::Jump(0)))
        };
        let else_at = self.fb().here();
        for j in fails {
            self.fb().patch(j, else_at);
        }
        match kw_get(opts, "else") {
            Some(e) => {
                let clauses = clauses_of(e);
                self.match_clauses(&[w], &clauses, tail, dst, Some(NoMatch::WithClause))?;
            }
            None => {
                if tail {
                    self.fb().emit(Instr::Return(w));
                } else {
                    self.fb().emit(Instr::Move(dst, w));
                }
            }
        }
        if let Some(e) = end {
            let here = self.fb().here();
            self.fb().patch(e, here);
        }
        Ok(())
    }

    fn try_(&mut self, opts: &Term, line: u32, dst: Reg) -> CResult<()> {
        let after = kw_get(opts, "after").cloned();
        // `after` runs on every way out: wrap the rest in a handler of its own.
        let outer = self.fb().alloc_n(3);
        let outer_try = after.as_ref().map(|_| self.fb().emit(Instr::Try(0, outer)));
        let t = self.fb().alloc_n(3);
        let try_at = self.fb().emit(Instr::Try(0, t));
        let body = kw_get(opts, "do").cloned().unwrap_or_else(Term::nil);
        let v = self.fb().alloc_var();
        self.expr_into(&body, v)?;
        self.fb().emit(Instr::EndTry);
        match kw_get(opts, "else") {
            Some(e) => {
                let clauses = clauses_of(e);
                self.match_clauses(&[v], &clauses, false, dst, Some(NoMatch::TryClause))?;
            }
            None => {
                self.fb().emit(Instr::Move(dst, v));
            }
        }
        let done = self.fb().emit(Instr::Jump(0));
        let handler = self.fb().here();
        self.fb().patch(try_at, handler);
        let mut ends = Vec::new();
        let st_key = (Atom::new("__STACKTRACE__"), Atom::new("vial"));
        if let Some(r) = kw_get(opts, "rescue") {
            for c in clauses_of(r) {
                self.fb().push_scope();
                self.fb().bind(st_key, t + 2);
                let mark = self.fb().next;
                let mut fails = Vec::new();
                // Only errors are rescued.
                let err_atom = self.fb().constant(Term::atom("error"));
                fails.push(self.fb().emit(Instr::TestConst(t, err_atom, 0)));
                let e = self.fb().alloc_var();
                let call = self.remote_target(
                    Atom::new("Elixir.Exception"),
                    Atom::new("normalize"),
                    vec![],
                    line,
                );
                let base = self.fb().alloc_n(3);
                self.fb().emit(Instr::Move(base, t));
                self.fb().emit(Instr::Move(base + 1, t + 1));
                self.fb().emit(Instr::Move(base + 2, t + 2));
                let target = match call.target {
                    Target::Remote { module, name, .. } => Target::Remote {
                        module,
                        name,
                        arity: 3,
                    },
                    other => other,
                };
                self.fb().emit(Instr::Call(Box::new(crate::vm::Call {
                    target,
                    base,
                    argc: 3,
                    dst: e,
                })));
                let pat = c.patterns.first().cloned().unwrap_or_else(Term::nil);
                let (var, names) = rescue_parts(&pat);
                if let Some(names) = names {
                    let k = self.constant(Term::Atom(Atom::STRUCT))?;
                    let s = self.fb().alloc();
                    fails.push(self.fb().emit(Instr::MapGet(s, e, k, 0)));
                    let mut oks = Vec::new();
                    for n in &names {
                        let m = self.alias(n, line)?;
                        let c = self.fb().constant(Term::Atom(m));
                        // A hit jumps over the next test.
                        let test = self.fb().emit(Instr::TestConst(s, c, 0));
                        oks.push(self.fb().emit(Instr::Jump(0)));
                        let next = self.fb().here();
                        self.fb().patch(test, next);
                    }
                    fails.push(self.fb().emit(Instr::Jump(0)));
                    let ok = self.fb().here();
                    for j in oks {
                        self.fb().patch(j, ok);
                    }
                }
                if let Some((vn, vc)) = var {
                    if vn.name() != "_" {
                        let r = self.fb().alloc_var();
                        self.fb().emit(Instr::Move(r, e));
                        self.fb().bind((vn, vc), r);
                    }
                }
                self.expr_into(&c.body, dst)?;
                ends.push(self.fb().emit(Instr::Jump(0)));
                self.fb().pop_scope();
                self.fb().release(mark);
                let next = self.fb().here();
                for j in fails {
                    self.fb().patch(j, next);
                }
            }
        }
        if let Some(cs) = kw_get(opts, "catch") {
            for c in clauses_of(cs) {
                self.fb().push_scope();
                self.fb().bind(st_key, t + 2);
                let mark = self.fb().next;
                let mut fails = Vec::new();
                let (kind, value) = match c.patterns.as_slice() {
                    [v] => (Term::atom("throw"), v.clone()),
                    [k, v] => (k.clone(), v.clone()),
                    _ => return Err(self.err(line, "invalid catch clause")),
                };
                fails.extend(self.patterns(&[(&kind, t), (&value, t + 1)])?);
                if let Some(g) = &c.guard {
                    fails.extend(self.guard(g)?);
                }
                self.expr_into(&c.body, dst)?;
                ends.push(self.fb().emit(Instr::Jump(0)));
                self.fb().pop_scope();
                self.fb().release(mark);
                let next = self.fb().here();
                for j in fails {
                    self.fb().patch(j, next);
                }
            }
        }
        self.fb().emit(Instr::Reraise(t));
        let here = self.fb().here();
        self.fb().patch(done, here);
        for j in ends {
            self.fb().patch(j, here);
        }
        if let (Some(after), Some(at)) = (after, outer_try) {
            self.fb().emit(Instr::EndTry);
            let mark = self.fb().next;
            let _ = self.expr(&after)?;
            self.fb().release(mark);
            let skip = self.fb().emit(Instr::Jump(0));
            let h = self.fb().here();
            self.fb().patch(at, h);
            let _ = self.expr(&after)?;
            self.fb().release(mark);
            self.fb().emit(Instr::Reraise(outer));
            let end = self.fb().here();
            self.fb().patch(skip, end);
        }
        Ok(())
    }

    /// `receive`: each message from the save point on is matched against the
    /// clauses; the first that matches is taken out of the mailbox and its
    /// body runs. When none is left, the process waits for the next message
    /// or for the `after` timeout.
    fn receive(&mut self, opts: &Term, line: u32, tail: bool, dst: Reg) -> CResult<()> {
        let clauses = clauses_of(kw_get(opts, "do").unwrap_or(&Term::Nil));
        let after = kw_get(opts, "after").map(clauses_of);
        let after = match after.as_deref() {
            Some([c]) if c.patterns.len() == 1 => Some(c),
            Some(_) => {
                return Err(self.err(
                    line,
                    "expected a single -> clause for :after in \"receive\"",
                ))
            }
            None => None,
        };
        let timeout = match after {
            Some(c) => {
                let r = self.expr(&c.patterns[0])?;
                let keep = self.fb().alloc_var();
                self.fb().emit(Instr::Move(keep, r));
                keep
            }
            None => u32::MAX,
        };
        let msg = self.fb().alloc_var();
        let top = self.fb().here();
        let next = self.fb().emit(Instr::RecvNext(msg, 0));
        let mut ends = Vec::new();
        for c in &clauses {
            self.fb().push_scope();
            let mark = self.fb().next;
            let pairs: Vec<(&Term, Reg)> = c.patterns.iter().map(|p| (p, msg)).take(1).collect();
            let mut fails = self.patterns(&pairs)?;
            if let Some(g) = &c.guard {
                fails.extend(self.guard(g)?);
            }
            self.fb().emit(Instr::RecvTake);
            self.body(&c.body, tail, dst)?;
            if !tail {
                ends.push(self.fb().emit(Instr::Jump(0)));
            }
            self.fb().pop_scope();
            self.fb().release(mark);
            let here = self.fb().here();
            for j in fails {
                self.fb().patch(j, here);
            }
        }
        self.fb().emit(Instr::RecvSkip);
        self.fb().emit(Instr::Jump(top));
        let wait = self.fb().here();
        self.fb().patch(next, wait);
        let timed_out = self.fb().emit(Instr::RecvWait(timeout, 0));
        self.fb().emit(Instr::Jump(top));
        let here = self.fb().here();
        self.fb().patch(timed_out, here);
        // Without `after` the wait never times out and nothing jumps here.
        if let Some(c) = after {
            self.fb().push_scope();
            self.body(&c.body, tail, dst)?;
            self.fb().pop_scope();
        }
        self.finish_jumps(ends);
        Ok(())
    }

    /// The clauses of `fn` (or of a `def`): arguments are registers 0..arity.
    pub fn clauses_fn(&mut self, clauses: &[Term], arity: u32, line: u32) -> CResult<()> {
        let parsed = clauses_of(&Term::list(clauses.to_vec()));
        for c in &parsed {
            if c.patterns.len() as u32 != arity {
                return Err(self.err(
                    line,
                    "cannot mix clauses with different arities in anonymous functions",
                ));
            }
        }
        let subjects: Vec<Reg> = (0..arity).collect();
        self.match_clauses(&subjects, &parsed, true, 0, Some(NoMatch::FnClause))
    }
}

/// `pat when guard` into its parts.
pub fn split_when(t: &Term) -> (Term, Option<Term>) {
    if let Some((Term::Atom(w), _, args)) = as_call(t) {
        if w.name() == "when" {
            let args = list_items(args);
            if args.len() == 2 {
                return (args[0].clone(), Some(args[1].clone()));
            }
        }
    }
    (t.clone(), None)
}

/// A rescue head: `e in [A, B]`, `e in A`, `A`, `[A, B]`, or `e`.
fn rescue_parts(pat: &Term) -> (Option<(Atom, Atom)>, Option<Vec<Term>>) {
    if let Some(v) = as_var(pat) {
        return (Some(v), None);
    }
    if let Some((Term::Atom(op), _, args)) = as_call(pat) {
        if op.name() == "in" {
            let args = list_items(args);
            if args.len() == 2 {
                let names = match &args[1] {
                    Term::Cons(_) | Term::Nil => list_items(&args[1]),
                    other => vec![other.clone()],
                };
                return (as_var(&args[0]), Some(names));
            }
        }
    }
    match pat {
        Term::Cons(_) => (None, Some(list_items(pat))),
        other => (None, Some(vec![other.clone()])),
    }
}
