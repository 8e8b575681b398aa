//! Erlang's equality and ordering across types.

use super::Term;

/// `===`: same type and same value.
pub fn exact_eq(a: &Term, b: &Term) -> bool {
    match (a, b) {
        (Term::Int(x), Term::Int(y)) => x == y,
        (Term::Big(x), Term::Big(y)) => x == y,
        (Term::Float(x), Term::Float(y)) => x == y,
        (Term::Atom(x), Term::Atom(y)) => x == y,
        (Term::Binary(x), Term::Binary(y)) => x.as_bytes() == y.as_bytes(),
        (Term::Nil, Term::Nil) => true,
        (Term::Cons(x), Term::Cons(y)) => exact_eq(&x.head, &y.head) && exact_eq(&x.tail, &y.tail),
        (Term::Tuple(x), Term::Tuple(y)) => {
            x.elems().len() == y.elems().len()
                && x.elems().iter().zip(y.elems()).all(|(p, q)| exact_eq(p, q))
        }
        _ => false,
    }
}
