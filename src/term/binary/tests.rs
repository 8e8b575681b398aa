//! Append-in-place binaries: every holder keeps seeing its own bytes.

use super::Binary;

fn text(b: &Binary) -> String {
    String::from_utf8(b.as_bytes().to_vec()).unwrap()
}

/// A binary long enough to get an append buffer.
fn long(c: char) -> String {
    std::iter::repeat_n(c, 100).collect()
}

#[test]
fn append_builds_the_concatenation() {
    let a = Binary::new(long('a').as_bytes());
    let b = a.append(b"xyz");
    assert_eq!(text(&b), long('a') + "xyz");
    assert_eq!(b.len(), 103);
    assert_eq!(text(&a), long('a'));
}

#[test]
fn appending_to_a_shared_prefix_twice_gives_independent_values() {
    let base = Binary::new(long('a').as_bytes()).append(b"-");
    let one = base.append(b"one");
    let two = base.append(b"two");
    assert_eq!(text(&base), long('a') + "-");
    assert_eq!(text(&one), long('a') + "-one");
    assert_eq!(text(&two), long('a') + "-two");
    // Appending further to either branch leaves the other alone.
    let one_more = one.append(b"!");
    let two_more = two.append(b"?");
    assert_eq!(text(&one_more), long('a') + "-one!");
    assert_eq!(text(&two_more), long('a') + "-two?");
    assert_eq!(text(&one), long('a') + "-one");
    assert_eq!(text(&two), long('a') + "-two");
}

#[test]
fn a_long_chain_of_appends_keeps_every_intermediate_value() {
    let mut values = vec![Binary::new(&b""[..])];
    let mut expected = vec![String::new()];
    for i in 0..2000 {
        let piece = format!("w{i} ");
        let next = values.last().unwrap().append(piece.as_bytes());
        expected.push(expected.last().unwrap().clone() + &piece);
        values.push(next);
    }
    for (v, e) in values.iter().zip(&expected) {
        assert_eq!(&text(v), e);
    }
}

#[test]
fn appending_empty_returns_the_same_bytes() {
    let a = Binary::new(long('q').as_bytes()).append(b"r");
    let b = a.append(b"");
    assert_eq!(text(&b), text(&a));
    // `a` still ends at the used end, so it can still grow in place.
    let c = a.append(b"s");
    assert_eq!(text(&c), long('q') + "rs");
}

#[test]
fn slices_of_an_append_buffer_read_their_own_range() {
    let a = Binary::new(long('a').as_bytes()).append(&long('b').into_bytes());
    let mid = a.slice(90, 20);
    assert_eq!(text(&mid), "aaaaaaaaaabbbbbbbbbb");
    let tail = a.slice(50, 150);
    assert_eq!(text(&tail), long('a')[50..].to_string() + &long('b'));
    // A sub-binary that ends at the used end may grow in place too.
    let grown = tail.append(b"!");
    assert_eq!(text(&grown), long('a')[50..].to_string() + &long('b') + "!");
    assert_eq!(text(&a), long('a') + &long('b'));
    let again = a.append(b"?");
    assert_eq!(text(&again), long('a') + &long('b') + "?");
}

#[test]
fn short_results_are_plain_copies() {
    let a = Binary::new(&b"ab"[..]);
    let b = a.append(b"cd");
    assert_eq!(text(&b), "abcd");
    assert_eq!(text(&a), "ab");
}

#[test]
fn appends_from_many_threads_to_one_binary_each_get_their_own_value() {
    let base = Binary::new(long('a').as_bytes()).append(b"-");
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let base = base.clone();
            std::thread::spawn(move || {
                let mut cur = base;
                let mut want = long('a') + "-";
                for i in 0..500 {
                    let piece = format!("{t}:{i};");
                    cur = cur.append(piece.as_bytes());
                    want.push_str(&piece);
                }
                (cur, want)
            })
        })
        .collect();
    for h in handles {
        let (got, want) = h.join().unwrap();
        assert_eq!(text(&got), want);
    }
    assert_eq!(text(&base), long('a') + "-");
}

#[test]
fn short_binaries_are_inline_and_headers_stay_small() {
    assert_eq!(std::mem::size_of::<super::BinRepr>(), 32);
    assert_eq!(std::mem::size_of::<crate::term::Term>(), 16);
    let s = Binary::from_slice(b"inline bytes");
    assert!(matches!(&*s.0, super::BinRepr::Inline { .. }));
    assert_eq!(text(&s), "inline bytes");
    let full = Binary::from_slice(&[b'z'; super::INLINE]);
    assert_eq!(full.len(), super::INLINE);
    let out = Binary::from_slice(&[b'z'; super::INLINE + 1]);
    assert!(matches!(&*out.0, super::BinRepr::Owned(_)));
    assert_eq!(out.slice(3, 4).as_bytes(), b"zzzz");
}

#[test]
fn append_with_fills_in_place_and_in_copies() {
    let a = Binary::new(long('a').as_bytes()).append(b"-");
    let b = a.append_with(3, |out| out.copy_from_slice(b"xyz"));
    let c = a.append_with(2, |out| out.copy_from_slice(b"pq"));
    assert_eq!(text(&b), long('a') + "-xyz");
    assert_eq!(text(&c), long('a') + "-pq");
    let short = Binary::from_slice(b"ab").append_with(1, |out| out[0] = b'c');
    assert_eq!(text(&short), "abc");
}
