//! `:maps`: the functions of Erlang's map module that take no fun. A map
//! argument that is not a map fails with `{:badmap, term}` and a missing key
//! with `{:badkey, key}`, as on the BEAM. Keys are matched exactly (`1` and
//! `1.0` are different keys), and lists of keys come out in map order.

use std::ops::Bound;

use super::args::{self, bif, iter};
use super::erlang::map_arg;
use super::{Bif, BifResult};
use crate::term::{Map, MapKey, Term};
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("maps", "get", 2, get_2),
    bif("maps", "get", 3, |a| {
        Ok(map_arg(&a[1])?
            .get(&a[0])
            .cloned()
            .unwrap_or_else(|| a[2].clone()))
    }),
    bif("maps", "find", 2, find),
    bif("maps", "put", 3, |a| {
        Ok(Term::Map(map_arg(&a[2])?.put(a[0].clone(), a[1].clone())))
    }),
    bif("maps", "remove", 2, |a| {
        Ok(Term::Map(map_arg(&a[1])?.remove(&a[0])))
    }),
    bif("maps", "update", 3, update),
    bif("maps", "is_key", 2, |a| {
        Ok(Term::bool(map_arg(&a[1])?.get(&a[0]).is_some()))
    }),
    bif("maps", "keys", 1, |a| {
        Ok(Term::list(
            map_arg(&a[0])?
                .iter()
                .map(|(k, _)| k.clone())
                .collect::<Vec<_>>(),
        ))
    }),
    bif("maps", "values", 1, |a| {
        Ok(Term::list(
            map_arg(&a[0])?
                .iter()
                .map(|(_, v)| v.clone())
                .collect::<Vec<_>>(),
        ))
    }),
    bif("maps", "to_list", 1, |a| Ok(pairs_list(map_arg(&a[0])?))),
    // The pairs in the order `maps:fold/3` and `maps:next/1` visit them
    // (for a large map, the reverse of `maps:to_list/1`).
    bif("vial", "map_walk", 1, |a| {
        Ok(Term::list(
            map_arg(&a[0])?
                .iterator_order()
                .into_iter()
                .map(|(k, v)| Term::tuple(vec![k.clone(), v.clone()]))
                .collect::<Vec<_>>(),
        ))
    }),
    bif("maps", "from_list", 1, from_list),
    bif("maps", "from_keys", 2, from_keys),
    bif("maps", "merge", 2, merge),
    bif("maps", "new", 0, |_| Ok(Term::Map(Map::new()))),
    bif("maps", "size", 1, |a| {
        Ok(Term::Int(map_arg(&a[0])?.len() as i64))
    }),
    bif("maps", "take", 2, take),
    bif("maps", "with", 2, with),
    bif("maps", "without", 2, without),
    bif("maps", "intersect", 2, intersect),
    bif("maps", "iterator", 1, iterator),
    bif("maps", "next", 1, next),
];

fn get_2(a: &[Term]) -> BifResult {
    map_arg(&a[1])?
        .get(&a[0])
        .cloned()
        .ok_or_else(|| Exception::tagged("badkey", a[0].clone()))
}

fn find(a: &[Term]) -> BifResult {
    Ok(match map_arg(&a[1])?.get(&a[0]) {
        Some(v) => Term::tuple(vec![Term::atom("ok"), v.clone()]),
        None => Term::atom("error"),
    })
}

fn update(a: &[Term]) -> BifResult {
    let m = map_arg(&a[2])?;
    if m.get(&a[0]).is_none() {
        return Err(Exception::tagged("badkey", a[0].clone()));
    }
    Ok(Term::Map(m.put(a[0].clone(), a[1].clone())))
}

/// `[{k, v}, ...]` in map order.
pub fn pairs_list(m: &Map) -> Term {
    Term::list(
        m.iter()
            .map(|(k, v)| Term::tuple(vec![k.clone(), v.clone()]))
            .collect::<Vec<_>>(),
    )
}

/// A list argument of the map built-ins: "not a list" or "not a proper list".
fn list_arg(t: &Term) -> Result<Vec<Term>, Exception> {
    if !args::is_list(t) {
        return Err(Exception::badarg_at(1, "not a list"));
    }
    t.list_to_vec()
        .ok_or_else(|| Exception::badarg_at(1, "not a proper list"))
}

/// `from_list/1`: later pairs win.
fn from_list(a: &[Term]) -> BifResult {
    let items = list_arg(&a[0])?;
    let mut m = crate::term::MapInner::new();
    for item in items {
        match item.as_tuple() {
            Some([k, v]) => {
                m.insert(MapKey(k.clone()), v.clone());
            }
            _ => return Err(Exception::badarg()),
        }
    }
    Ok(Term::Map(Map::from_inner(m)))
}

fn from_keys(a: &[Term]) -> BifResult {
    let keys = list_arg(&a[0])?;
    Ok(Term::Map(Map::from_pairs(
        keys.into_iter().map(|k| (k, a[1].clone())),
    )))
}

/// `merge/2`: values of the second map win.
fn merge(a: &[Term]) -> BifResult {
    let x = map_arg(&a[0])?;
    let y = map_arg(&a[1])?;
    let (mut base, extra, second_wins) = if x.len() >= y.len() {
        (x.inner().clone(), y, true)
    } else {
        (y.inner().clone(), x, false)
    };
    for (k, v) in extra.iter() {
        let key = MapKey(k.clone());
        if second_wins || !base.contains_key(&key) {
            base.insert(key, v.clone());
        }
    }
    Ok(Term::Map(Map::from_inner(base)))
}

fn take(a: &[Term]) -> BifResult {
    let m = map_arg(&a[1])?;
    Ok(match m.get(&a[0]) {
        Some(v) => Term::tuple(vec![v.clone(), Term::Map(m.remove(&a[0]))]),
        None => Term::atom("error"),
    })
}

fn with(a: &[Term]) -> BifResult {
    let keys = list_arg(&a[0])?;
    let m = map_arg(&a[1])?;
    Ok(Term::Map(Map::from_pairs(keys.into_iter().filter_map(
        |k| {
            let v = m.get(&k)?.clone();
            Some((k, v))
        },
    ))))
}

fn without(a: &[Term]) -> BifResult {
    let keys = list_arg(&a[0])?;
    let m = map_arg(&a[1])?;
    let mut inner = m.inner().clone();
    for k in keys {
        inner.remove(&MapKey(k));
    }
    Ok(Term::Map(Map::from_inner(inner)))
}

/// `intersect/2`: the keys in both, with the second map's values.
fn intersect(a: &[Term]) -> BifResult {
    let x = map_arg(&a[0])?;
    let y = map_arg(&a[1])?;
    Ok(Term::Map(Map::from_pairs(y.iter().filter_map(|(k, v)| {
        x.get(k)?;
        Some((k.clone(), v.clone()))
    }))))
}

/// An iterator is `[0 | map]` before the first key and `[{last_key} | map]`
/// after it, so each `next/1` step is a range lookup rather than a walk.
fn iterator(a: &[Term]) -> BifResult {
    map_arg(&a[0])?;
    Ok(Term::improper_list(vec![Term::Int(0)], a[0].clone()))
}

fn next(a: &[Term]) -> BifResult {
    let bad = || Exception::badarg_at(1, "not a valid iterator");
    let mut it = iter(&a[0]);
    let pos = it.next().ok_or_else(bad)?;
    let Term::Map(m) = it.rest() else {
        return Err(bad());
    };
    // A large map walks its trie order: the first step lists the keys in
    // that order, and each step takes the next.
    let trie = |keys: Term| -> BifResult {
        let Term::Cons(c) = keys else {
            return Ok(Term::atom("none"));
        };
        let v = m.get(&c.head).ok_or_else(bad)?.clone();
        let state = Term::tuple(vec![Term::atom("trie"), c.tail.clone()]);
        let rest = Term::improper_list(vec![state], it.rest().clone());
        Ok(Term::tuple(vec![c.head.clone(), v, rest]))
    };
    if m.len() > crate::term::FLAT_LIMIT {
        return match pos {
            Term::Int(0) => trie(Term::list(
                m.iterator_order()
                    .into_iter()
                    .map(|(k, _)| k.clone())
                    .collect::<Vec<_>>(),
            )),
            Term::Tuple(t) => match t.elems() {
                [_, keys] => trie(keys.clone()),
                _ => Err(bad()),
            },
            _ => Err(bad()),
        };
    }
    let found = match pos {
        Term::Int(0) => m.inner().iter().next(),
        Term::Tuple(t) => match t.elems() {
            [last] => m
                .inner()
                .range((Bound::Excluded(MapKey(last.clone())), Bound::Unbounded))
                .next(),
            _ => return Err(bad()),
        },
        _ => return Err(bad()),
    };
    Ok(match found {
        Some((k, v)) => {
            let rest = Term::improper_list(vec![Term::tuple(vec![k.0.clone()])], it.rest().clone());
            Term::tuple(vec![k.0.clone(), v.clone(), rest])
        }
        None => Term::atom("none"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pairs `maps:next/1` gives, one step at a time.
    fn walk(m: &Term) -> Vec<(Term, Term)> {
        let mut it = iterator(std::slice::from_ref(m)).ok();
        let mut seen = Vec::new();
        while let Some(i) = it.take() {
            let step = next(&[i]).ok();
            if let Some(Some([k, v, rest])) = step.as_ref().map(Term::as_tuple) {
                seen.push((k.clone(), v.clone()));
                it = Some(rest.clone());
            }
        }
        seen
    }

    #[test]
    fn iterators_walk_a_small_map_in_term_order() {
        let m = Term::Map(Map::from_pairs(
            (0..30).map(|i| (Term::Int(i), Term::Int(i * 2))),
        ));
        let seen = walk(&m);
        assert_eq!(seen.len(), 30);
        assert!(seen
            .iter()
            .enumerate()
            .all(|(i, (k, v))| { *k == Term::Int(i as i64) && *v == Term::Int(2 * i as i64) }));
    }

    #[test]
    fn iterators_walk_a_large_map_against_to_list() {
        // OTP 25: `maps:next/1` walks a large map in the reverse of
        // `maps:to_list/1`, and so does `maps:fold/3`.
        let m = Map::from_pairs((0..50).map(|i| (Term::Int(i), Term::Int(i * 2))));
        let mut listed: Vec<(Term, Term)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        listed.reverse();
        assert_eq!(walk(&Term::Map(m)), listed);
    }
}
