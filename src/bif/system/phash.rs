//! `erlang:phash2/1,2`: OTP's portable hash, bit for bit. Each term feeds
//! 32-bit words, tagged by type with a multiple of the golden ratio, into Bob
//! Jenkins' `mix` (his lookup2 block hash for the bytes of a binary); a map
//! hashes each key-value pair on its own and xors them, so key order cannot
//! matter. Values worked out against OTP 25.

use crate::term::Term;

use crate::term::hash::{block, golden as tag, mix};

const INT: u32 = tag(1);
const NIL: u32 = tag(2);
const ATOM: u32 = tag(3);
const BYTES: u32 = tag(4);
const PID: u32 = tag(5);
const REF: u32 = tag(7);
const TUPLE: u32 = tag(9);
const BIG_NEG: u32 = tag(10);
const BIG_POS: u32 = tag(11);
const FLOAT: u32 = tag(12);
const BINARY: u32 = tag(13);
const BIT_TAIL: u32 = tag(15);
const MAP: u32 = tag(16);
const FUN: u32 = tag(17);
const MAP_PAIRS: u32 = tag(19);

/// `[]` on its own.
const EMPTY_LIST: u32 = 3_468_870_702;

/// The atom table's hash of a name (hashpjw over its bytes, a UTF-8 pair
/// that encodes a Latin-1 character counting as that character).
fn atom_hash(name: &str) -> u32 {
    let bytes = name.as_bytes();
    let mut h: u32 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mut v = bytes[i];
        i += 1;
        if i < bytes.len() && v & 0xFE == 0xC2 && bytes[i] & 0xC0 == 0x80 {
            v = (v << 6) | (bytes[i] & 0x3F);
            i += 1;
        }
        h = (h << 4).wrapping_add(u32::from(v));
        let g = h & 0xf000_0000;
        if g != 0 {
            h ^= g >> 24;
            h ^= g;
        }
    }
    h
}

/// What is left to do, innermost last.
enum Job<'a> {
    Hash(&'a Term),
    /// A key-value pair of a map is hashed: fold it into the pairs' xor.
    PairDone,
    /// All pairs of a map are hashed: back to the hash outside it.
    MapDone {
        outer: u32,
        outer_pairs: u32,
    },
}

struct Hasher {
    hash: u32,
    pairs: u32,
}

impl Hasher {
    fn two(&mut self, x: u32, y: u32, tag: u32) {
        self.hash = mix(tag.wrapping_add(x), tag.wrapping_add(y), self.hash);
    }

    fn one(&mut self, x: u32, tag: u32) {
        self.two(x, 0, tag);
    }

    fn int(&mut self, i: i64) {
        if (-(1 << 27)..1 << 27).contains(&i) {
            // Negative numbers are mixed twice, their magnitude first.
            if i < 0 {
                self.one(i.unsigned_abs() as u32, INT);
            }
            self.one(i as u32, INT);
        } else {
            self.big(i < 0, &[i.unsigned_abs()]);
        }
    }

    /// 64-bit digits of the magnitude, least significant first.
    fn big(&mut self, negative: bool, digits: &[u64]) {
        let tag = if negative { BIG_NEG } else { BIG_POS };
        for d in digits {
            self.two(*d as u32, (*d >> 32) as u32, tag);
        }
    }

    fn binary(&mut self, b: &crate::term::Binary) {
        let seed = BINARY.wrapping_add(self.hash);
        let bytes = b.as_bytes();
        let bits = b.bit_len();
        if bits == 0 {
            self.hash = seed;
            return;
        }
        let whole = (bits / 8) as usize;
        self.hash = block(&bytes[..whole], seed);
        let rest = (bits % 8) as u32;
        if rest > 0 {
            let last = bytes.get(whole).copied().unwrap_or(0);
            self.two(rest, u32::from(last >> (8 - rest)), BIT_TAIL);
        }
    }

    fn run(&mut self, t: &Term) {
        let mut jobs = vec![Job::Hash(t)];
        while let Some(job) = jobs.pop() {
            let t = match job {
                Job::Hash(t) => t,
                Job::PairDone => {
                    self.pairs ^= self.hash;
                    self.hash = 0;
                    continue;
                }
                Job::MapDone { outer, outer_pairs } => {
                    let pairs = self.pairs;
                    self.hash = outer;
                    self.one(pairs, MAP_PAIRS);
                    self.pairs = outer_pairs;
                    continue;
                }
            };
            match t {
                Term::Int(i) => self.int(*i),
                Term::Big(b) => {
                    let (sign, digits) = b.to_u64_digits();
                    self.big(sign == num_bigint::Sign::Minus, &digits);
                }
                Term::Float(f) => {
                    // -0.0 hashes as 0.0.
                    let bits = if *f == 0.0 { 0 } else { f.to_bits() };
                    self.two((bits >> 32) as u32, bits as u32, FLOAT);
                }
                Term::Atom(a) => {
                    let h = atom_hash(a.name());
                    if self.hash == 0 {
                        self.hash = h;
                    } else {
                        self.one(h, ATOM);
                    }
                }
                Term::Binary(b) => self.binary(b),
                Term::Nil => {
                    if self.hash == 0 {
                        self.hash = EMPTY_LIST;
                    } else {
                        self.one(2, NIL);
                    }
                }
                Term::Cons(_) => {
                    // Elements that are bytes go four to a word; anything
                    // else is hashed on its own, then the rest of the list.
                    let mut cell = t;
                    let (mut word, mut count) = (0u32, 0);
                    while let Term::Cons(c) = cell {
                        match c.head {
                            Term::Int(b @ 0..=255) => {
                                word = (word << 8).wrapping_add(b as u32);
                                count += 1;
                                if count == 4 {
                                    self.one(word, BYTES);
                                    (word, count) = (0, 0);
                                }
                                cell = &c.tail;
                            }
                            _ => break,
                        }
                    }
                    if count > 0 {
                        self.one(word, BYTES);
                    }
                    match cell {
                        Term::Cons(c) => {
                            jobs.push(Job::Hash(&c.tail));
                            jobs.push(Job::Hash(&c.head));
                        }
                        tail => jobs.push(Job::Hash(tail)),
                    }
                }
                Term::Tuple(tu) => {
                    let elems = tu.elems();
                    self.one(elems.len() as u32, TUPLE);
                    jobs.extend(elems.iter().rev().map(Job::Hash));
                }
                Term::Map(m) => {
                    self.one(m.len() as u32, MAP);
                    if m.is_empty() {
                        continue;
                    }
                    jobs.push(Job::MapDone {
                        outer: self.hash,
                        outer_pairs: self.pairs,
                    });
                    (self.hash, self.pairs) = (0, 0);
                    for (k, v) in m.iter() {
                        jobs.push(Job::PairDone);
                        jobs.push(Job::Hash(v));
                        jobs.push(Job::Hash(k));
                    }
                }
                // vial's pids, references and funs are not the BEAM's; they
                // hash by what identifies them here.
                Term::Pid(p) => self.two(*p as u32, (*p >> 32) as u32, PID),
                Term::Ref(r) => self.two(*r as u32, (*r >> 32) as u32, REF),
                Term::Fun(f) => {
                    let addr = std::sync::Arc::as_ptr(f) as usize as u64;
                    self.two(addr as u32, (addr >> 32) as u32, FUN);
                }
            }
        }
    }
}

/// The full 32-bit hash; `phash2/1` keeps its low 27 bits, `phash2/2` takes
/// it modulo the range.
pub fn phash2(t: &Term) -> u32 {
    let mut h = Hasher { hash: 0, pairs: 0 };
    h.run(t);
    h.hash
}
