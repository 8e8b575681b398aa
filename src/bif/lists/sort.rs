//! `lists:sort/1` as OTP orders it. Terms that compare equal but differ
//! (`1` and `1.0`) come out in the order OTP's merge sort leaves them, which is
//! not the input order: the sort first cuts the list into ascending runs (kept
//! in input order) or descending ones (reversed, ties and all), then merges
//! runs three (or two) at a time, alternating the direction of each pass.

use std::cmp::Ordering;

use crate::term::{compare, Term};

fn le(a: &Term, b: &Term) -> bool {
    compare(a, b) != Ordering::Greater
}

fn lt(a: &Term, b: &Term) -> bool {
    compare(a, b) == Ordering::Less
}

/// The list sorted as `lists:sort/1` sorts it.
pub fn sort(v: Vec<Term>) -> Vec<Term> {
    if v.len() < 2 {
        return v;
    }
    let mut rest = v.into_iter();
    let (Some(x), Some(y)) = (rest.next(), rest.next()) else {
        return Vec::new();
    };
    let rest: Vec<Term> = rest.collect();
    // Two or three elements are placed directly.
    if rest.len() <= 1 {
        return place_few(x, y, rest.into_iter().next());
    }
    if le(&x, &y) {
        if compare(&x, &y) == Ordering::Equal {
            return equal_prefix(x, y, rest);
        }
        Runs::new(Direction::Ascending, x, y, Vec::new()).cut(rest)
    } else {
        Runs::new(Direction::Descending, x, y, Vec::new()).cut(rest)
    }
}

fn place_few(x: Term, y: Term, z: Option<Term>) -> Vec<Term> {
    let Some(z) = z else {
        return if le(&x, &y) { vec![x, y] } else { vec![y, x] };
    };
    if le(&x, &y) {
        if le(&y, &z) {
            vec![x, y, z]
        } else if le(&x, &z) {
            vec![x, z, y]
        } else {
            vec![z, x, y]
        }
    } else if le(&x, &z) {
        vec![y, x, z]
    } else if le(&y, &z) {
        vec![y, z, x]
    } else {
        vec![z, y, x]
    }
}

/// The list starts with equal terms: they are gathered until the first that
/// differs decides whether the first run ascends or descends.
fn equal_prefix(first: Term, second: Term, rest: Vec<Term>) -> Vec<Term> {
    let mut seen = vec![first];
    let mut last = second;
    let mut rest = rest.into_iter();
    loop {
        let Some(next) = rest.next() else {
            seen.push(last);
            return seen;
        };
        match compare(&last, &next) {
            Ordering::Equal => seen.push(std::mem::replace(&mut last, next)),
            Ordering::Less => {
                return Runs::new(Direction::Ascending, last, next, seen).cut(rest.collect())
            }
            Ordering::Greater => {
                return Runs::new(Direction::Descending, last, next, seen).cut(rest.collect())
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Direction {
    Ascending,
    Descending,
}

/// The run being built: its elements before the last two (`earlier`, in
/// input order), the last two (`x` then `y`), and at most one element set
/// aside that fitted neither end (`spare`); `done` holds the finished runs.
struct Runs {
    dir: Direction,
    x: Term,
    y: Term,
    earlier: Vec<Term>,
    spare: Option<Term>,
    done: Vec<Vec<Term>>,
}

impl Runs {
    fn new(dir: Direction, x: Term, y: Term, earlier: Vec<Term>) -> Runs {
        Runs {
            dir,
            x,
            y,
            earlier,
            spare: None,
            done: Vec::new(),
        }
    }

    /// `a` goes after `b` in this direction (`a >= b` ascending, `a =< b`
    /// descending).
    fn after(&self, a: &Term, b: &Term) -> bool {
        match self.dir {
            Direction::Ascending => le(b, a),
            Direction::Descending => le(a, b),
        }
    }

    /// A run as the merge passes take it: the last element first.
    fn finish(&mut self, x: Term, y: Term) -> Vec<Term> {
        let mut run = std::mem::take(&mut self.earlier);
        run.push(x);
        run.push(y);
        run.reverse();
        run
    }

    fn cut(mut self, rest: Vec<Term>) -> Vec<Term> {
        for z in rest {
            if self.after(&z, &self.y) {
                let y = std::mem::replace(&mut self.y, z);
                let x = std::mem::replace(&mut self.x, y);
                self.earlier.push(x);
            } else if self.after(&z, &self.x) {
                // Between the last two: it goes before `y`.
                let x = std::mem::replace(&mut self.x, z);
                self.earlier.push(x);
            } else if let Some(s) = self.spare.take() {
                // A second misfit: the run ends, and the two misfits start
                // the next one in order.
                let x = std::mem::replace(&mut self.x, s.clone());
                let y = std::mem::replace(&mut self.y, z.clone());
                let run = self.finish(x, y);
                self.done.push(run);
                let spare_first = match self.dir {
                    Direction::Ascending => le(&s, &z),
                    Direction::Descending => lt(&z, &s),
                };
                if spare_first {
                    (self.x, self.y) = (s, z);
                } else {
                    (self.x, self.y) = (z, s);
                }
            } else if self.earlier.is_empty() {
                // Only two so far: it becomes the run's first element.
                self.earlier.push(z);
            } else {
                self.spare = Some(z);
            }
        }
        let (x, y) = (self.x.clone(), self.y.clone());
        let last = self.finish(x, y);
        // The runs newest first, as the merge passes expect them.
        let mut runs: Vec<Vec<Term>> = Vec::with_capacity(self.done.len() + 2);
        if let Some(s) = self.spare.take() {
            runs.push(vec![s]);
        }
        runs.push(last);
        runs.extend(self.done.into_iter().rev());
        match self.dir {
            // An ascending run, read last element first, descends.
            Direction::Ascending => merge_descending(runs),
            Direction::Descending => merge_ascending(runs),
        }
    }
}

/// Merges `k` sorted lists, taking the least (or, `!ascending`, the greatest)
/// head each time; ties go to the earliest list when `first_wins`, else the
/// latest. The merged list comes out reversed, ready for the next pass.
fn merge(lists: Vec<Vec<Term>>, ascending: bool, first_wins: bool) -> Vec<Term> {
    let total = lists.iter().map(Vec::len).sum();
    let mut out = Vec::with_capacity(total);
    let mut pos = vec![0usize; lists.len()];
    loop {
        let mut best: Option<usize> = None;
        for (i, l) in lists.iter().enumerate() {
            let Some(h) = l.get(pos[i]) else { continue };
            let better = match best {
                None => true,
                Some(b) => {
                    let o = compare(h, &lists[b][pos[b]]);
                    let o = if ascending { o } else { o.reverse() };
                    o == Ordering::Less || (o == Ordering::Equal && !first_wins)
                }
            };
            if better {
                best = Some(i);
            }
        }
        let Some(b) = best else { break };
        out.push(lists[b][pos[b]].clone());
        pos[b] += 1;
    }
    out.reverse();
    out
}

/// A pass over ascending lists, in input order: each three (or a final two)
/// merge into one descending list; the pass after merges those.
fn merge_ascending(lists: Vec<Vec<Term>>) -> Vec<Term> {
    if lists.len() <= 1 {
        return lists.into_iter().next().unwrap_or_default();
    }
    let mut out = Vec::with_capacity(lists.len() / 3 + 1);
    let mut it = lists.into_iter();
    while let Some(a) = it.next() {
        match (it.next(), it.next()) {
            (Some(b), Some(c)) => out.push(merge(vec![a, b, c], true, true)),
            (Some(b), None) => out.push(merge(vec![a, b], true, true)),
            (None, _) => out.push(a.into_iter().rev().collect()),
        }
    }
    // The merged lists newest first, for the descending pass.
    out.reverse();
    merge_descending(out)
}

/// A pass over descending lists, newest first: each three (or a final two)
/// merge, with ties going to the older list, into one ascending list.
fn merge_descending(lists: Vec<Vec<Term>>) -> Vec<Term> {
    let mut out = Vec::with_capacity(lists.len() / 3 + 1);
    let mut it = lists.into_iter();
    while let Some(a) = it.next() {
        match (it.next(), it.next()) {
            (Some(b), Some(c)) => out.push(merge(vec![c, b, a], false, false)),
            (Some(b), None) => out.push(merge(vec![b, a], false, false)),
            (None, _) => out.push(a.into_iter().rev().collect()),
        }
    }
    out.reverse();
    merge_ascending(out)
}
