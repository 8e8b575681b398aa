//! Checksums of iodata: `:erlang.md5/1` (RFC 1321), `:erlang.crc32/1,2`
//! (the IEEE polynomial, as zlib computes it) and `:erlang.adler32/1,2`.

use super::args::{bif, iolist_bytes};
use super::Bif;
use crate::term::Term;
use crate::vm::Exception;

pub static BIFS: &[Bif] = &[
    bif("erlang", "md5", 1, |a| {
        Ok(Term::binary(md5(&bytes(&a[0], 1)?).to_vec()))
    }),
    bif("erlang", "crc32", 1, |a| {
        Ok(Term::Int(i64::from(crc32(0, &bytes(&a[0], 1)?))))
    }),
    bif("erlang", "crc32", 2, |a| {
        Ok(Term::Int(i64::from(crc32(seed(&a[0])?, &bytes(&a[1], 2)?))))
    }),
    bif("erlang", "adler32", 1, |a| {
        Ok(Term::Int(i64::from(adler32(1, &bytes(&a[0], 1)?))))
    }),
    bif("erlang", "adler32", 2, |a| {
        Ok(Term::Int(i64::from(adler32(
            seed(&a[0])?,
            &bytes(&a[1], 2)?,
        ))))
    }),
];

fn bytes(t: &Term, pos: u8) -> Result<Vec<u8>, Exception> {
    iolist_bytes(t).ok_or_else(|| Exception::badarg_at(pos, "not an iodata term"))
}

fn seed(t: &Term) -> Result<u32, Exception> {
    match t {
        Term::Int(n) => u32::try_from(*n).map_err(|_| Exception::badarg_at(1, "out of range")),
        _ => Err(Exception::badarg_at(1, "not an integer")),
    }
}

/// Per-round shift amounts of MD5.
const SHIFTS: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9,
    14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15,
    21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

pub(super) fn md5(data: &[u8]) -> [u8; 16] {
    // The additive constants: the integer part of 2^32 × |sin(i + 1)|.
    let k: Vec<u32> = (0..64)
        .map(|i| ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32)
        .collect();
    let mut state: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64).wrapping_mul(8)).to_le_bytes());
    for block in msg.chunks_exact(64) {
        let m: Vec<u32> = block
            .chunks_exact(4)
            .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
            .collect();
        let [mut a, mut b, mut c, mut d] = state;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let rotated = a
                .wrapping_add(f)
                .wrapping_add(k[i])
                .wrapping_add(m[g])
                .rotate_left(SHIFTS[i]);
            (a, d, c) = (d, c, b);
            b = b.wrapping_add(rotated);
        }
        for (s, v) in state.iter_mut().zip([a, b, c, d]) {
            *s = s.wrapping_add(v);
        }
    }
    let mut out = [0u8; 16];
    for (i, s) in state.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&s.to_le_bytes());
    }
    out
}

fn crc32(seed: u32, data: &[u8]) -> u32 {
    let mut crc = !seed;
    for b in data {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn adler32(seed: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    let (mut a, mut b) = (seed & 0xffff, seed >> 16);
    for byte in data {
        a = (a + u32::from(*byte)) % MOD;
        b = (b + a) % MOD;
    }
    (b << 16) | a
}
