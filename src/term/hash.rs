//! The hashes OTP computes over terms, where vial must agree with them bit for
//! bit: Bob Jenkins' `mix` and his lookup2 block hash (shared with
//! `erlang:phash2`, src/bif/system/phash.rs), and the VM's internal hash,
//! which decides the order a map of more than 32 keys iterates and prints in.
//!
//! A large map on the BEAM is a hash-array-mapped trie over each key's 32-bit
//! internal hash, consumed four bits at a time from the low end; its pairs
//! come out in the order of those nibbles. vial keeps every map in term order
//! and sorts a large one by the same nibbles when it is walked, so `inspect`,
//! `Map.keys/1` and `Enum` see what Elixir shows. Facts worked out against
//! OTP 25 (x86-64): an immediate hashes its tagged 64-bit word as two halves,
//! a binary goes through lookup2 seeded with the running hash plus a type
//! constant, a list of bytes goes four to a word, and every step mixes in a
//! multiple of the golden ratio naming the type. Atoms, pids, refs and funs
//! hash their table index or address there, which no other VM can reproduce;
//! vial hashes them by its own indices, so a large map keyed by them is in a
//! stable order of its own.

use super::Term;

pub const GOLDEN: u32 = 0x9e37_79b9;

/// The type constant `n`: `n` times the golden ratio.
pub const fn golden(n: u32) -> u32 {
    GOLDEN.wrapping_mul(n)
}

pub fn mix(a: u32, b: u32, c: u32) -> u32 {
    mix3(a, b, c).2
}

pub fn mix3(mut a: u32, mut b: u32, mut c: u32) -> (u32, u32, u32) {
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 13);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 8);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 13);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 12);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 16);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 5);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 3);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 10);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 15);
    (a, b, c)
}

/// Jenkins' lookup2 over `bytes`, seeded with `seed`.
pub fn block(bytes: &[u8], seed: u32) -> u32 {
    let word = |k: &[u8]| {
        k.iter()
            .enumerate()
            .fold(0u32, |w, (i, b)| w.wrapping_add(u32::from(*b) << (8 * i)))
    };
    let (mut a, mut b, mut c) = (GOLDEN, GOLDEN, seed);
    let mut chunks = bytes.chunks_exact(12);
    for k in &mut chunks {
        a = a.wrapping_add(word(&k[0..4]));
        b = b.wrapping_add(word(&k[4..8]));
        c = c.wrapping_add(word(&k[8..12]));
        // lookup2 carries all three words on to the next block.
        (a, b, c) = mix3(a, b, c);
    }
    let k = chunks.remainder();
    c = c.wrapping_add(bytes.len() as u32);
    let part = |range: std::ops::Range<usize>| {
        word(k.get(range.start..range.end.min(k.len())).unwrap_or(&[]))
    };
    a = a.wrapping_add(part(0..4));
    b = b.wrapping_add(part(4..8));
    // The low byte of `c` holds the length: the rest shifts up one.
    c = c.wrapping_add(part(8..11) << 8);
    mix(a, b, c)
}

/// The internal hash starts from this prime, so it differs from `phash2`.
const INTERNAL_SEED: u32 = 3_432_918_353;

/// Small integers are immediates of 60 bits on a 64-bit BEAM.
const SMALL: std::ops::Range<i64> = -(1 << 59)..(1 << 59);

/// `[]` as the BEAM's tagged word.
const NIL_WORD: u64 = 0x3B;

/// What is left to hash, innermost last.
enum Job<'a> {
    Hash(&'a Term),
    /// The end of a list's cells: the tail that follows is not a cell.
    Tail,
}

struct Internal {
    hash: u32,
}

impl Internal {
    fn two(&mut self, x: u32, y: u32, tag: u32) {
        self.hash = mix(tag.wrapping_add(x), tag.wrapping_add(y), self.hash);
    }

    fn word(&mut self, w: u64) {
        self.two(w as u32, (w >> 32) as u32, golden(1));
    }

    /// A light mix of a type constant alone (the cells of a list).
    fn constant(&mut self, c: u32) {
        self.hash = (self.hash ^ c).rotate_left(17);
    }

    fn big(&mut self, negative: bool, digits: &[u64]) {
        let tag = golden(if negative { 10 } else { 11 });
        for d in digits {
            self.two(*d as u32, (*d >> 32) as u32, tag);
        }
    }

    fn run(&mut self, t: &Term) {
        let mut jobs = vec![Job::Hash(t)];
        while let Some(job) = jobs.pop() {
            let t = match job {
                Job::Hash(t) => t,
                Job::Tail => {
                    self.constant(golden(18));
                    continue;
                }
            };
            match t {
                Term::Int(i) if SMALL.contains(i) => self.word(((*i as u64) << 4) | 0xF),
                Term::Int(i) => self.big(*i < 0, &[i.unsigned_abs()]),
                Term::Big(b) => {
                    let (sign, digits) = b.to_u64_digits();
                    self.big(sign == num_bigint::Sign::Minus, &digits);
                }
                Term::Float(f) => {
                    let bits = if *f == 0.0 { 0 } else { f.to_bits() };
                    self.two(bits as u32, (bits >> 32) as u32, golden(12));
                }
                Term::Atom(a) => self.word((u64::from(a.index()) << 6) | 0xB),
                Term::Pid(n) => self.word((*n << 4) | 0x3),
                Term::Ref(n) => {
                    self.two(*n as u32, 0, golden(7));
                    self.two((*n >> 32) as u32, 0, golden(8));
                }
                Term::Fun(f) => self.word(std::sync::Arc::as_ptr(f) as usize as u64),
                Term::Nil => self.word(NIL_WORD),
                Term::Binary(b) => {
                    let seed = golden(13).wrapping_add(self.hash);
                    let bits = b.bit_len();
                    if bits == 0 {
                        self.hash = seed;
                        continue;
                    }
                    let bytes = b.as_bytes();
                    let whole = (bits / 8) as usize;
                    self.hash = block(&bytes[..whole], seed);
                    let rest = (bits % 8) as u32;
                    if rest > 0 {
                        let last = bytes.get(whole).copied().unwrap_or(0);
                        self.two(rest, u32::from(last >> (8 - rest)), golden(15));
                    }
                }
                Term::Cons(_) => {
                    // A run of bytes goes four to a word, then the count
                    // of any left over; a cell holding anything else marks
                    // itself, hashes its head, and then the rest.
                    let mut cell = t;
                    let (mut word, mut count) = (0u32, 0u32);
                    while let Term::Cons(c) = cell {
                        let Term::Int(b @ 0..=255) = c.head else {
                            break;
                        };
                        word = (word << 8).wrapping_add(b as u32);
                        count += 1;
                        if count == 4 {
                            self.two(word, 0, golden(4));
                            (word, count) = (0, 0);
                        }
                        cell = &c.tail;
                    }
                    if count > 0 {
                        self.two(word, count, golden(22));
                    }
                    match cell {
                        Term::Cons(c) => {
                            self.constant(golden(17));
                            jobs.push(Job::Hash(&c.tail));
                            if !matches!(c.tail, Term::Cons(_)) {
                                jobs.push(Job::Tail);
                            }
                            jobs.push(Job::Hash(&c.head));
                        }
                        tail => jobs.push(Job::Hash(tail)),
                    }
                }
                Term::Tuple(tu) => {
                    let elems = tu.elems();
                    self.two(elems.len() as u32, 0, golden(9));
                    jobs.extend(elems.iter().rev().map(Job::Hash));
                }
                Term::Map(m) => {
                    self.two(m.len() as u32, 0, golden(16));
                    for (k, v) in m.iter().collect::<Vec<_>>().into_iter().rev() {
                        jobs.push(Job::Hash(v));
                        jobs.push(Job::Hash(k));
                    }
                }
            }
        }
    }
}

/// The BEAM's internal hash of a term (salt 0).
pub fn internal(t: &Term) -> u32 {
    let mut h = Internal {
        hash: INTERNAL_SEED,
    };
    h.run(t);
    h.hash
}

/// Where a key sits in a large map's trie, as a number that sorts like the
/// trie's walk: the hash with its nibbles reversed, lowest nibble on top.
pub fn trie_position(t: &Term) -> u32 {
    let h = internal(t);
    let mut r = 0;
    for k in 0..8 {
        r = (r << 4) | ((h >> (4 * k)) & 0xF);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::Map;

    fn keys(m: &Map) -> Vec<Term> {
        m.iter().map(|(k, _)| k.clone()).collect()
    }

    #[test]
    fn large_maps_list_their_keys_as_otp_does() {
        // `Map.keys(Map.new(1..40, &{&1, &1}))` on Elixir 1.14 / OTP 25.
        let otp = [
            33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25, 28, 6, 38, 13, 40, 20, 15, 14,
            2, 7, 1, 8, 3, 17, 22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16,
        ];
        let m = Map::from_pairs((1..=40).map(|i| (Term::Int(i), Term::Int(i))));
        assert_eq!(keys(&m), otp.map(Term::Int).to_vec());
        // `Map.keys(Map.new(1..40, &{"w#{&1}", &1}))`.
        let otp = [
            38, 17, 20, 29, 7, 21, 9, 40, 23, 24, 1, 12, 28, 5, 2, 14, 3, 13, 25, 16, 39, 4, 11,
            32, 6, 18, 8, 10, 35, 26, 30, 37, 31, 22, 34, 36, 27, 33, 15, 19,
        ];
        let word = |i: i64| Term::string(&format!("w{i}"));
        let m = Map::from_pairs((1..=40).map(|i| (word(i), Term::Int(i))));
        assert_eq!(keys(&m), otp.map(word).to_vec());
    }

    #[test]
    fn small_maps_stay_in_term_order() {
        let m = Map::from_pairs((1..=32).rev().map(|i| (Term::Int(i), Term::Nil)));
        assert_eq!(keys(&m), (1..=32).map(Term::Int).collect::<Vec<_>>());
    }
}
