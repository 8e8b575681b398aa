//! `:persistent_term`: one table of terms shared by every process, for values
//! read often and written rarely (Application's environment is kept in it).
//! Terms are immutable and reference-counted, so a stored term is shared, not
//! copied; a lock guards the table itself.

use std::cmp::Ordering;
use std::sync::Mutex;

use super::args::bif;
use super::{Bif, BifResult};
use crate::term::{compare_exact, Term};
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("persistent_term", "put", 2, put),
    bif("persistent_term", "get", 1, get1),
    bif("persistent_term", "get", 2, get2),
    bif("persistent_term", "get", 0, get0),
    bif("persistent_term", "erase", 1, erase),
];

/// The stored pairs, in the order they were first put: there are few of them.
static TABLE: Mutex<Vec<(Term, Term)>> = Mutex::new(Vec::new());

fn with_table<R>(f: impl FnOnce(&mut Vec<(Term, Term)>) -> R) -> R {
    let mut table = TABLE.lock().unwrap_or_else(|e| e.into_inner());
    f(&mut table)
}

fn same(a: &Term, b: &Term) -> bool {
    compare_exact(a, b) == Ordering::Equal
}

fn lookup(key: &Term) -> Option<Term> {
    with_table(|t| t.iter().find(|(k, _)| same(k, key)).map(|(_, v)| v.clone()))
}

fn put(a: &[Term]) -> BifResult {
    with_table(|t| match t.iter_mut().find(|(k, _)| same(k, &a[0])) {
        Some(slot) => slot.1 = a[1].clone(),
        None => t.push((a[0].clone(), a[1].clone())),
    });
    Ok(Term::atom("ok"))
}

fn get1(a: &[Term]) -> BifResult {
    lookup(&a[0]).ok_or_else(|| Exception::badarg_at(1, "no persistent term stored with this key"))
}

fn get2(a: &[Term]) -> BifResult {
    Ok(lookup(&a[0]).unwrap_or_else(|| a[1].clone()))
}

fn get0(_a: &[Term]) -> BifResult {
    let pairs = with_table(|t| {
        t.iter()
            .map(|(k, v)| Term::tuple(vec![k.clone(), v.clone()]))
            .collect::<Vec<_>>()
    });
    Ok(Term::list(pairs))
}

fn erase(a: &[Term]) -> BifResult {
    let found = with_table(|t| {
        let before = t.len();
        t.retain(|(k, _)| !same(k, &a[0]));
        t.len() != before
    });
    Ok(Term::bool(found))
}
