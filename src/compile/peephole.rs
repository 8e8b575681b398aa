//! A last pass over a function's finished code, which the expression compiler
//! leaves simple rather than tight:
//!
//! - A value computed into a temporary register only to be copied to another
//!   (`Tuple(t, ..); Move(d, t)`) is computed straight into the copy's
//!   register and the copy goes, when nothing reads the temporary after the
//!   copy (by a liveness analysis over the function) and nothing jumps to
//!   the copy.
//! - A copy whose source is read no more after it moves the value instead
//!   (`Take`), sparing a reference count taken now and dropped later.
//! - A jump to a jump goes straight to the end of the chain, and a jump to a
//!   return is that return.
//!
//! Every register an instruction may read or write is named by `uses`; when
//! in doubt it names more, which only makes the pass do less.
//!
//! `VIAL_PEEPHOLE=0` turns the pass off, and `VIAL_DUMP=Elixir.Mod` prints a
//! module's code after it: both for telling a compiler bug from a pass bug.

use crate::vm::{Instr, Label, Reg, Size, Target, CONST_OPERAND};

/// Rewrites `code` (and the instruction indexes in `lines`) in place.
/// `arity` is the function's: a clause error reads its arguments.
pub fn optimize(code: &mut Vec<Instr>, lines: &mut [(u32, u32)], arity: u32) {
    thread_jumps(code);
    coalesce_copies(code, lines, arity);
}

/// A jump whose target is a jump (or a return) goes where that one goes.
fn thread_jumps(code: &mut [Instr]) {
    for i in 0..code.len() {
        let Some(&mut l) = code[i].label_mut() else {
            continue;
        };
        let to = final_target(code, l);
        if let Some(l) = code[i].label_mut() {
            *l = to;
        }
        if let Instr::Jump(l) = code[i] {
            if let Some(Instr::Return(r)) = code.get(l as usize) {
                code[i] = Instr::Return(*r);
            }
        }
    }
}

/// Where a jump to `l` ends up after following unconditional jumps.
fn final_target(code: &[Instr], mut l: Label) -> Label {
    // A chain longer than this is a loop of jumps (which no compiled code
    // has, but a bound costs nothing).
    for _ in 0..16 {
        match code.get(l as usize) {
            Some(Instr::Jump(next)) if *next != l => l = *next,
            _ => break,
        }
    }
    l
}

fn coalesce_copies(code: &mut Vec<Instr>, lines: &mut [(u32, u32)], arity: u32) {
    let n = code.len();
    let mut targets = vec![false; n + 1];
    for instr in code.iter_mut() {
        if let Some(&mut l) = instr.label_mut() {
            if let Some(t) = targets.get_mut(l as usize) {
                *t = true;
            }
        }
    }
    let live = liveness(code, arity);
    let mut dead = vec![false; n];
    for i in 0..n {
        let Instr::Move(d, t) = code[i] else {
            continue;
        };
        if d == t || live.live_after(i, t) {
            continue;
        }
        // Whatever happens to the copy, its source is read no more.
        code[i] = Instr::Take(d, t);
        if targets[i] || i == 0 {
            continue;
        }
        // The instruction before, past copies already taken out (none of
        // which anything jumps to) and any `EndTry`, which reads and writes
        // nothing and cannot fail.
        let mut j = i - 1;
        while j > 0 && (dead[j] || matches!(code[j], Instr::EndTry) && !targets[j]) {
            j -= 1;
        }
        if dead[j] || targets[j + 1..i].contains(&true) {
            continue;
        }
        if let Some(dst) = retargetable(&mut code[j]) {
            if *dst == t {
                *dst = d;
                dead[i] = true;
            }
        }
    }
    if !dead.contains(&true) {
        return;
    }
    // Old index → new index; a removed instruction maps to the one after it.
    let mut new_index = Vec::with_capacity(n + 1);
    let mut removed = 0u32;
    for (i, &gone) in dead.iter().enumerate() {
        new_index.push(i as u32 - removed);
        if gone {
            removed += 1;
        }
    }
    new_index.push(n as u32 - removed);
    let mut i = 0;
    code.retain(|_| {
        i += 1;
        !dead[i - 1]
    });
    for instr in code.iter_mut() {
        if let Some(l) = instr.label_mut() {
            *l = new_index[*l as usize];
        }
    }
    for (start, _) in lines.iter_mut() {
        *start = new_index[(*start as usize).min(n)];
    }
}

/// The registers live after each instruction (read on some path from there
/// before being written), as `words` bits per instruction. An exception may
/// leave any instruction for any handler of the function, so what a handler
/// reads is live everywhere.
struct Liveness {
    words: usize,
    /// What is live on entry to each instruction.
    live_in: Vec<u64>,
    /// What any handler reads.
    at_handlers: Vec<u64>,
    succs: Vec<[usize; 2]>,
}

impl Liveness {
    fn live_after(&self, i: usize, r: Reg) -> bool {
        let (w, b) = (r as usize / 64, r % 64);
        if w >= self.words {
            return false;
        }
        let mut word = self.at_handlers[w];
        for &s in &self.succs[i] {
            if let Some(x) = self.live_in.get(s.wrapping_mul(self.words).wrapping_add(w)) {
                if s != usize::MAX {
                    word |= x;
                }
            }
        }
        word & (1 << b) != 0
    }
}

fn liveness(code: &mut [Instr], arity: u32) -> Liveness {
    let n = code.len();
    // Each instruction's reads and certain writes, flattened: `spans[i]` is
    // (start of its reads, start of its kills, end) in `regs`.
    let mut regs: Vec<Reg> = Vec::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::with_capacity(n);
    let mut succs: Vec<[usize; 2]> = Vec::with_capacity(n);
    let mut handlers = Vec::new();
    let mut loops = false;
    let mut top = arity;
    let mut writes = Vec::new();
    for (i, instr) in code.iter_mut().enumerate() {
        let start = regs.len();
        writes.clear();
        uses(instr, arity, &mut regs, &mut writes);
        let mid = regs.len();
        // Only a write made on every way out of the instruction kills.
        let certain = !matches!(
            instr,
            Instr::TestPrefix(..)
                | Instr::MapGet(..)
                | Instr::BinGet(..)
                | Instr::RecvNext(..)
                | Instr::Try(..)
        );
        top = regs[start..]
            .iter()
            .chain(&writes)
            .fold(top, |m, &x| m.max(x.saturating_add(1)));
        if certain {
            regs.extend(&writes);
        }
        spans.push((start, mid, regs.len()));
        let falls = !matches!(
            instr,
            Instr::Jump(_)
                | Instr::Return(_)
                | Instr::TailCall(_)
                | Instr::NoMatch(..)
                | Instr::Reraise(_)
        );
        if let Instr::Try(l, _) = instr {
            handlers.push(*l as usize);
        }
        let label = instr.label_mut().map_or(usize::MAX, |l| *l as usize);
        loops |= label <= i;
        let next = if falls { i + 1 } else { usize::MAX };
        succs.push([next, label]);
    }
    let words = (top as usize).div_ceil(64).max(1);
    let mut live_in = vec![0u64; n * words];
    let mut out = vec![0u64; words];
    let mut inn = vec![0u64; words];
    let mut at_handlers = vec![0u64; words];
    // Computes what is live after `i` into `out`.
    let gather = |live_in: &[u64], at_handlers: &[u64], i: usize, out: &mut [u64]| {
        out.copy_from_slice(at_handlers);
        for &s in &succs[i] {
            if s < n {
                for (o, x) in out.iter_mut().zip(&live_in[s * words..(s + 1) * words]) {
                    *o |= x;
                }
            }
        }
    };
    let set = |bits: &mut [u64], r: Reg, on: bool| {
        let (w, b) = (r as usize / 64, r % 64);
        if w < bits.len() {
            if on {
                bits[w] |= 1 << b;
            } else {
                bits[w] &= !(1 << b);
            }
        }
    };
    loop {
        at_handlers.iter_mut().for_each(|x| *x = 0);
        for &h in &handlers {
            if h < n {
                for (a, x) in at_handlers
                    .iter_mut()
                    .zip(&live_in[h * words..(h + 1) * words])
                {
                    *a |= x;
                }
            }
        }
        let mut changed = false;
        for i in (0..n).rev() {
            gather(&live_in, &at_handlers, i, &mut out);
            inn.copy_from_slice(&out);
            let (start, mid, end) = spans[i];
            for &w in &regs[mid..end] {
                set(&mut inn, w, false);
            }
            for &r in &regs[start..mid] {
                set(&mut inn, r, true);
            }
            for (x, h) in inn.iter_mut().zip(&at_handlers) {
                *x |= h;
            }
            let slot = &mut live_in[i * words..(i + 1) * words];
            if slot != inn.as_slice() {
                slot.copy_from_slice(&inn);
                changed = true;
            }
        }
        // Without a jump backwards every successor comes later and was
        // done first: one pass is the answer.
        if !changed || !loops && handlers.is_empty() {
            break;
        }
    }
    Liveness {
        words,
        live_in,
        at_handlers,
        succs,
    }
}

/// The destination of an instruction that computes one value from its
/// operands (all read before the result is written), which may be changed.
fn retargetable(i: &mut Instr) -> Option<&mut Reg> {
    match i {
        Instr::Const(d, _)
        | Instr::Move(d, _)
        | Instr::Take(d, _)
        | Instr::Tuple(d, _, _)
        | Instr::List(d, _, _, _)
        | Instr::Map(d, _, _)
        | Instr::MapUpdate(d, _, _, _)
        | Instr::Closure(d, _, _, _)
        | Instr::LoadEnv(d, _)
        | Instr::GetElem(d, _, _)
        | Instr::GetHead(d, _)
        | Instr::GetTail(d, _)
        | Instr::Dot(d, _, _)
        | Instr::Op(_, d, _, _)
        | Instr::OpCall(_, d, _, _)
        | Instr::OpImm(_, d, _, _)
        | Instr::BinBuild(d, _) => Some(d),
        Instr::Call(call) => Some(&mut call.dst),
        _ => None,
    }
}

/// The registers `i` may read and those it may write.
fn uses(i: &Instr, arity: u32, reads: &mut Vec<Reg>, writes: &mut Vec<Reg>) {
    let range = |out: &mut Vec<Reg>, start: Reg, n: u32| out.extend(start..start + n);
    let operand = |out: &mut Vec<Reg>, r: Reg| {
        if r & CONST_OPERAND == 0 {
            out.push(r)
        }
    };
    let size = |out: &mut Vec<Reg>, s: &Size| {
        if let Size::Reg(r) = s {
            out.push(*r)
        }
    };
    match i {
        Instr::Const(d, _) | Instr::LoadEnv(d, _) | Instr::RecvNext(d, _) => writes.push(*d),
        Instr::Move(d, s)
        | Instr::Take(d, s)
        | Instr::GetElem(d, s, _)
        | Instr::GetHead(d, s)
        | Instr::GetTail(d, s)
        | Instr::Dot(d, s, _)
        | Instr::OpImm(_, d, s, _)
        | Instr::DefModule(d, _, s) => {
            reads.push(*s);
            writes.push(*d);
        }
        Instr::Tuple(d, s, n) | Instr::Closure(d, _, s, n) => {
            range(reads, *s, *n);
            writes.push(*d);
        }
        Instr::List(d, s, n, tail) => {
            range(reads, *s, *n);
            if *tail != u32::MAX {
                reads.push(*tail);
            }
            writes.push(*d);
        }
        Instr::Map(d, s, n) => {
            range(reads, *s, 2 * *n);
            writes.push(*d);
        }
        Instr::MapUpdate(d, m, s, n) => {
            reads.push(*m);
            range(reads, *s, 2 * *n);
            writes.push(*d);
        }
        Instr::Call(call) | Instr::TailCall(call) => {
            range(reads, call.base, call.argc);
            if matches!(call.target, Target::Fun | Target::Dynamic { .. }) {
                reads.push(call.base.wrapping_sub(1));
            }
            if matches!(i, Instr::Call(_)) {
                writes.push(call.dst);
            } else {
                // A call of the function itself restarts it with the
                // arguments moved to the parameters.
                range(writes, 0, call.argc);
            }
        }
        Instr::Return(r)
        | Instr::JumpIfFalsy(r, _)
        | Instr::JumpUnlessTrue(r, _)
        | Instr::TestConst(r, _, _)
        | Instr::TestTuple(r, _, _)
        | Instr::TestCons(r, _)
        | Instr::TestNil(r, _)
        | Instr::TestMap(r, _)
        | Instr::TestBinary(r, _)
        | Instr::JumpUnlessImm(_, r, _, _)
        | Instr::TestType(_, r, _) => reads.push(*r),
        Instr::RecvWait(r, _) => {
            if *r != u32::MAX {
                reads.push(*r);
            }
        }
        Instr::TestEq(a, b, _) => reads.extend([*a, *b]),
        Instr::TestPrefix(d, s, _, _) => {
            reads.push(*s);
            writes.push(*d);
        }
        Instr::MapGet(d, m, k, _) => {
            reads.extend([*m, *k]);
            writes.push(*d);
        }
        Instr::NoMatch(_, r) => {
            // A clause error shows the arguments.
            reads.push(*r);
            range(reads, 0, arity);
        }
        Instr::Try(_, d) => range(writes, *d, 4),
        Instr::Reraise(r) => range(reads, *r, 3),
        Instr::BinBuild(d, segs) => {
            for s in segs.iter() {
                reads.push(s.value);
                size(reads, &s.size);
            }
            writes.push(*d);
        }
        Instr::BinStart(off, src, _) => {
            reads.push(*src);
            writes.push(*off);
        }
        Instr::BinGet(d, src, off, seg, _) => {
            reads.extend([*src, *off]);
            size(reads, &seg.size);
            writes.extend([*d, *off]);
        }
        Instr::BinEnd(src, off, _) => reads.extend([*src, *off]),
        Instr::Op(_, d, a, b) | Instr::OpCall(_, d, a, b) => {
            operand(reads, *a);
            operand(reads, *b);
            writes.push(*d);
        }
        Instr::JumpUnless(_, a, b, _) => {
            operand(reads, *a);
            operand(reads, *b);
        }
        Instr::Jump(_) | Instr::EndTry | Instr::RecvSkip | Instr::RecvTake => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(code: &[Instr]) -> String {
        code.iter()
            .map(|i| format!("{i:?}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    #[test]
    fn a_value_copied_once_is_computed_where_the_copy_goes() {
        // t = {r1, r2}; d = t; return d
        let mut code = vec![Instr::Tuple(3, 1, 2), Instr::Move(4, 3), Instr::Return(4)];
        let mut lines = vec![(0, 1), (1, 2), (2, 3)];
        optimize(&mut code, &mut lines, 0);
        assert_eq!(show(&code), "Tuple(4, 1, 2); Return(4)");
        assert_eq!(lines, vec![(0, 1), (1, 2), (1, 3)]);
    }

    #[test]
    fn a_source_read_later_is_copied_and_one_read_no_more_is_moved() {
        let mut code = vec![
            Instr::Move(2, 0),
            Instr::Move(3, 0),
            Instr::Tuple(1, 2, 2),
            Instr::Return(1),
        ];
        optimize(&mut code, &mut [], 1);
        assert_eq!(
            show(&code),
            "Move(2, 0); Take(3, 0); Tuple(1, 2, 2); Return(1)"
        );
    }

    #[test]
    fn a_copy_that_is_jumped_to_stays_and_labels_follow_removals() {
        let mut code = vec![
            Instr::Tuple(5, 0, 1),
            Instr::Move(4, 5),
            Instr::Const(2, 0),
            Instr::TestNil(4, 5),
            Instr::Const(2, 1),
            Instr::Move(1, 2),
            Instr::Return(1),
        ];
        optimize(&mut code, &mut [], 1);
        assert_eq!(
            show(&code),
            "Tuple(4, 0, 1); Const(2, 0); TestNil(4, 4); Const(2, 1); Take(1, 2); Return(1)"
        );
    }

    #[test]
    fn what_a_handler_reads_is_live_throughout() {
        // try: t = r0; d = t; ... rescue: reads t
        let mut code = vec![
            Instr::Try(5, 6),
            Instr::Move(3, 0),
            Instr::Move(4, 3),
            Instr::EndTry,
            Instr::Return(4),
            Instr::Return(3),
        ];
        optimize(&mut code, &mut [], 1);
        assert_eq!(
            show(&code),
            "Try(5, 6); Take(3, 0); Move(4, 3); EndTry; Return(4); Return(3)"
        );
    }

    #[test]
    fn jumps_to_jumps_and_returns_are_threaded() {
        let mut code = vec![
            Instr::JumpIfFalsy(0, 2),
            Instr::Jump(3),
            Instr::Jump(3),
            Instr::Return(0),
        ];
        optimize(&mut code, &mut [], 1);
        assert_eq!(
            show(&code),
            "JumpIfFalsy(0, 3); Return(0); Return(0); Return(0)"
        );
    }
}
