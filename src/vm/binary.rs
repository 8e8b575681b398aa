//! Binaries built and matched segment by segment: `<<x::16-little, rest::binary>>`.
//! A segment has a type (integer, float, binary, bits, utf8/16/32), a size in
//! units, a unit in bits, signedness and endianness, as in Erlang's bit syntax.
//! Values may be bitstrings of any bit length; a match reads at a bit offset.

use crate::term::{Binary, Term};

use super::{Exception, Reg};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegType {
    Integer,
    Float,
    Binary,
    Bits,
    Utf8,
    Utf16,
    Utf32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// The type's default: 8 for integers, 64 for floats, all for binaries.
    Default,
    Const(u32),
    Reg(Reg),
}

#[derive(Debug, Clone)]
pub struct Segment {
    /// The value register when building (unused when matching).
    pub value: Reg,
    pub ty: SegType,
    pub size: Size,
    pub unit: u32,
    pub signed: bool,
    pub little: bool,
}

/// Collects bits; only whole bytes come out.
pub struct Writer {
    bytes: Vec<u8>,
    bits: u64,
}

impl Writer {
    pub fn new() -> Writer {
        Writer {
            bytes: Vec::new(),
            bits: 0,
        }
    }

    fn push_bits(&mut self, value: u128, count: u32) {
        for i in (0..count).rev() {
            let bit = ((value >> i) & 1) as u8;
            let byte = (self.bits / 8) as usize;
            if byte == self.bytes.len() {
                self.bytes.push(0);
            }
            self.bytes[byte] |= bit << (7 - (self.bits % 8));
            self.bits += 1;
        }
    }

    fn push_bytes(&mut self, bytes: &[u8]) {
        if self.bits.is_multiple_of(8) {
            self.bytes.extend_from_slice(bytes);
            self.bits += 8 * bytes.len() as u64;
        } else {
            for &b in bytes {
                self.push_bits(u128::from(b), 8);
            }
        }
    }

    pub fn finish(self) -> Result<Term, Exception> {
        Ok(Term::Binary(Binary::bits(self.bytes, self.bits)))
    }

    /// Appends the first `count` bits of `bin`.
    fn push_bitstring(&mut self, bin: &Binary, count: u64) {
        let bytes = bin.as_bytes();
        let whole = (count / 8) as usize;
        self.push_bytes(&bytes[..whole]);
        let rest = (count % 8) as u32;
        if rest > 0 {
            self.push_bits(u128::from(bytes[whole] >> (8 - rest)), rest);
        }
    }

    /// Appends one segment's value; `size` is the resolved size (None: default).
    pub fn put(&mut self, seg: &Segment, value: &Term, size: Option<u64>) -> Result<(), BsFail> {
        match seg.ty {
            SegType::Integer => {
                let bits = size.unwrap_or(8) * u64::from(seg.unit.max(1));
                let n: i128 = match value {
                    Term::Int(i) => i128::from(*i),
                    Term::Big(b) => {
                        use num_traits::ToPrimitive;
                        // Only the low bits are kept, as in Erlang.
                        let mask = (num_bigint::BigInt::from(1) << 127u32) - 1;
                        let low: num_bigint::BigInt = b.as_ref() & mask;
                        low.to_i128().unwrap_or(0)
                    }
                    _ => return Err(BsFail::Type),
                };
                if bits > 128 {
                    let pad = bits - 128;
                    let fill = if n < 0 { 1u128 } else { 0 };
                    for _ in 0..pad {
                        self.push_bits(fill, 1);
                    }
                    self.put_int(n as u128, 128, seg.little);
                } else {
                    self.put_int(n as u128, bits as u32, seg.little);
                }
            }
            SegType::Float => {
                let f = match value {
                    Term::Float(f) => *f,
                    Term::Int(i) => *i as f64,
                    _ => return Err(BsFail::Type),
                };
                let bits = size.unwrap_or(64) * u64::from(seg.unit.max(1));
                match bits {
                    64 => self.put_int(u128::from(f.to_bits()), 64, seg.little),
                    32 => self.put_int(u128::from((f as f32).to_bits()), 32, seg.little),
                    _ => return Err(BsFail::Type),
                }
            }
            SegType::Binary | SegType::Bits => {
                let Term::Binary(b) = value else {
                    return Err(BsFail::Type);
                };
                let have = b.bit_len();
                let want = match size {
                    None => have,
                    Some(n) => n * u64::from(seg.unit.max(1)),
                };
                let whole_bytes = seg.ty == SegType::Binary && (size.is_none() || seg.unit == 8);
                if want > have {
                    return Err(BsFail::Short);
                }
                if whole_bytes && !want.is_multiple_of(8) {
                    return Err(BsFail::Unit);
                }
                self.push_bitstring(b, want);
            }
            SegType::Utf8 | SegType::Utf16 | SegType::Utf32 => {
                let c = match value {
                    Term::Int(i) => u32::try_from(*i).ok().and_then(char::from_u32),
                    _ => None,
                };
                let Some(c) = c else {
                    return Err(BsFail::Type);
                };
                match seg.ty {
                    SegType::Utf8 => {
                        let mut buf = [0u8; 4];
                        self.push_bytes(c.encode_utf8(&mut buf).as_bytes());
                    }
                    SegType::Utf16 => {
                        let mut buf = [0u16; 2];
                        for unit in c.encode_utf16(&mut buf) {
                            self.put_int(u128::from(*unit), 16, seg.little);
                        }
                    }
                    _ => self.put_int(u128::from(c as u32), 32, seg.little),
                }
            }
        }
        Ok(())
    }

    fn put_int(&mut self, value: u128, bits: u32, little: bool) {
        if little && bits.is_multiple_of(8) {
            for i in 0..bits / 8 {
                self.push_bits((value >> (8 * i)) & 0xFF, 8);
            }
        } else {
            let v = if bits >= 128 {
                value
            } else {
                value & ((1u128 << bits) - 1)
            };
            self.push_bits(v, bits);
        }
    }
}

/// Builds a binary from its segments, reading values and sizes from `regs`.
/// `<<acc::binary, ...>>` (what `acc <> x` becomes) appends to `acc` in place
/// when it can (see `Binary::append`), so a binary grown step by step is
/// built in linear time.
pub fn build(segs: &[Segment], regs: &[Term]) -> Result<Term, Exception> {
    if let Some(t) = concat(segs, regs) {
        return Ok(t);
    }
    let size_of = |seg: &Segment| match seg.size {
        Size::Default => Ok(None),
        Size::Const(n) => Ok(Some(u64::from(n))),
        Size::Reg(r) => match &regs[r as usize] {
            Term::Int(n) if *n >= 0 => Ok(Some(*n as u64)),
            other => Err(BsFail::Size(other.clone())),
        },
    };
    // Segment `i` (0-based) failed.
    let fail =
        |i: usize, why: BsFail| why.exception(i + 1, &segs[i], &regs[segs[i].value as usize]);
    // The BEAM sizes the whole-binary segments before it writes any: the
    // second on, then the first (which it may append to): of
    // `<<a::binary, b::binary>>` with neither a binary, `b` fails.
    let order = (1..segs.len()).chain(std::iter::once(0)).take(segs.len());
    for i in order {
        let seg = &segs[i];
        if matches!(
            (seg.ty, seg.size, &regs[seg.value as usize]),
            (SegType::Binary | SegType::Bits, Size::Default, v) if !matches!(v, Term::Binary(_))
        ) {
            return Err(fail(i, BsFail::Type));
        }
    }
    if let [first, rest @ ..] = segs {
        if let (SegType::Binary, Size::Default, Term::Binary(head)) =
            (first.ty, first.size, &regs[first.value as usize])
        {
            if head.is_binary() {
                let mut w = Writer::new();
                for (i, seg) in rest.iter().enumerate() {
                    let value = &regs[seg.value as usize];
                    size_of(seg)
                        .and_then(|size| w.put(seg, value, size))
                        .map_err(|why| fail(i + 1, why))?;
                }
                if w.bits.is_multiple_of(8) {
                    return Ok(Term::Binary(head.append(&w.bytes)));
                }
            }
        }
    }
    let mut w = Writer::new();
    for (i, seg) in segs.iter().enumerate() {
        let value = &regs[seg.value as usize];
        size_of(seg)
            .and_then(|size| w.put(seg, value, size))
            .map_err(|why| fail(i, why))?;
    }
    w.finish()
}

/// Why a segment of a binary under construction failed.
pub enum BsFail {
    /// The value is not of the segment's type.
    Type,
    /// The size is not a non-negative integer.
    Size(Term),
    /// A binary value shorter than the segment's size.
    Short,
    /// A bitstring value whose size is not a whole number of units.
    Unit,
}

impl BsFail {
    /// The `badarg`, with OTP 25's `error_info` (the cause) and the message
    /// it gives ("construction of binary failed: segment 2 of type 'integer':
    /// expected an integer but got: :a").
    fn exception(self, index: usize, seg: &Segment, value: &Term) -> Exception {
        let ty = match seg.ty {
            SegType::Integer => "integer",
            SegType::Float => "float",
            SegType::Binary | SegType::Bits => "binary",
            SegType::Utf8 => "utf8",
            SegType::Utf16 => "utf16",
            SegType::Utf32 => "utf32",
        };
        let (kind, shown) = match self {
            BsFail::Type => ("type", value.clone()),
            BsFail::Size(size) => ("size", size),
            BsFail::Short => ("short", value.clone()),
            BsFail::Unit => ("unit", value.clone()),
        };
        let cause = Term::tuple(vec![
            Term::Int(index as i64),
            Term::atom(ty),
            Term::atom(kind),
            shown,
        ]);
        let mut e = Exception::badarg();
        if let Some(message) = bs_fail_message(&cause) {
            e.arg_errors.push((0, message));
        }
        let mut info = crate::term::MapInner::new();
        for (k, v) in [
            ("cause", cause),
            ("function", Term::atom("format_bs_fail")),
            ("module", Term::atom("erl_erts_errors")),
        ] {
            info.insert(crate::term::MapKey(Term::atom(k)), v);
        }
        e.info = Some(Box::new(Term::Map(crate::term::Map::from_inner(info))));
        e
    }
}

/// The message of a failed construction from its cause `{segment, type,
/// kind, value}`, as `erl_erts_errors` words it.
pub fn bs_fail_message(cause: &Term) -> Option<String> {
    let [Term::Int(index), Term::Atom(ty), Term::Atom(kind), value] = cause.as_tuple()? else {
        return None;
    };
    let ty = ty.name();
    let shown = crate::term::inspect(value);
    let why = match kind.name() {
        "type" => {
            let expected = match ty {
                "integer" => "an integer".to_string(),
                "float" => "a float or an integer".to_string(),
                "binary" => "a binary".to_string(),
                _ => format!("a non-negative integer encodable as {ty}"),
            };
            format!("expected {expected} but got: {shown}")
        }
        "size" => format!("expected a non-negative integer as size but got: {shown}"),
        "short" => format!("the value {shown} is shorter than the size of the segment"),
        "unit" => {
            format!("the size of the value {shown} is not a multiple of the unit for the segment")
        }
        _ => return None,
    };
    Some(format!(
        "construction of binary failed: segment {index} of type '{ty}': {why}"
    ))
}

/// `<<a::binary, b::binary, ...>>` when every value is a whole binary (what
/// `<>` and interpolation build): one allocation, or none when `a` can grow
/// in place. `None` for anything else.
fn concat(segs: &[Segment], regs: &[Term]) -> Option<Term> {
    let whole = |seg: &Segment| match &regs[seg.value as usize] {
        Term::Binary(b)
            if seg.ty == SegType::Binary && seg.size == Size::Default && b.is_binary() =>
        {
            Some(b)
        }
        _ => None,
    };
    let (first, rest) = segs.split_first()?;
    let head = whole(first)?;
    let mut extra = 0;
    for seg in rest {
        extra += whole(seg)?.len();
    }
    Some(Term::Binary(head.append_with(extra, |out| {
        let mut at = 0;
        for b in rest.iter().filter_map(whole) {
            out[at..at + b.len()].copy_from_slice(b.as_bytes());
            at += b.len();
        }
    })))
}

impl Default for Writer {
    fn default() -> Writer {
        Writer::new()
    }
}

/// Reads `count` bits at bit `offset`, big-endian.
fn read_bits(bytes: &[u8], offset: u64, count: u32) -> u128 {
    let mut v: u128 = 0;
    for i in 0..u64::from(count) {
        let bit = offset + i;
        let byte = bytes[(bit / 8) as usize];
        v = (v << 1) | u128::from((byte >> (7 - (bit % 8))) & 1);
    }
    v
}

/// Matches one segment of `bin` at bit `offset`: the value and the new offset,
/// or `None` when it does not match.
pub fn get(bin: &Binary, offset: u64, seg: &Segment, size: Option<u64>) -> Option<(Term, u64)> {
    let bytes = bin.as_bytes();
    let total = bin.bit_len();
    let left = total.checked_sub(offset)?;
    match seg.ty {
        SegType::Integer => {
            let bits = size.unwrap_or(8) * u64::from(seg.unit.max(1));
            if bits > left {
                return None;
            }
            if bits > 128 {
                let mut n = num_bigint::BigInt::from(0);
                for i in 0..bits {
                    n = (n << 1u32) + read_bits(bytes, offset + i, 1) as u8;
                }
                return Some((Term::from_bigint(n), offset + bits));
            }
            let bits32 = bits as u32;
            let mut raw = read_bits(bytes, offset, bits32);
            if seg.little && bits32.is_multiple_of(8) {
                let mut le = 0u128;
                for i in 0..bits32 / 8 {
                    le |= ((raw >> (bits32 - 8 * (i + 1))) & 0xFF) << (8 * i);
                }
                raw = le;
            }
            let value = if seg.signed && bits32 > 0 && (raw >> (bits32 - 1)) & 1 == 1 {
                if bits32 == 128 {
                    raw as i128
                } else {
                    raw as i128 - (1i128 << bits32)
                }
            } else {
                raw as i128
            };
            let term = match i64::try_from(value) {
                Ok(i) => Term::Int(i),
                Err(_) => Term::from_bigint(num_bigint::BigInt::from(value)),
            };
            Some((term, offset + bits))
        }
        SegType::Float => {
            let bits = size.unwrap_or(64) * u64::from(seg.unit.max(1));
            if bits > left {
                return None;
            }
            let mut raw = read_bits(bytes, offset, bits as u32);
            if seg.little {
                let n = bits as u32 / 8;
                let mut le = 0u128;
                for i in 0..n {
                    le |= ((raw >> (bits as u32 - 8 * (i + 1))) & 0xFF) << (8 * i);
                }
                raw = le;
            }
            let f = match bits {
                64 => f64::from_bits(raw as u64),
                32 => f64::from(f32::from_bits(raw as u32)),
                _ => return None,
            };
            if !f.is_finite() {
                return None;
            }
            Some((Term::Float(f), offset + bits))
        }
        SegType::Binary | SegType::Bits => {
            let bits = match size {
                None => left,
                Some(n) => n * u64::from(seg.unit.max(1)),
            };
            if bits > left || (seg.ty == SegType::Binary && !bits.is_multiple_of(8)) {
                return None;
            }
            if offset.is_multiple_of(8) && bits.is_multiple_of(8) {
                let start = (offset / 8) as usize;
                let sub = bin.slice(start, (bits / 8) as usize);
                return Some((Term::Binary(sub), offset + bits));
            }
            // Not on byte boundaries: copy the bits out.
            let mut w = Writer::new();
            let mut at = offset;
            while at < offset + bits {
                let n = (offset + bits - at).min(64) as u32;
                w.push_bits(read_bits(bytes, at, n), n);
                at += u64::from(n);
            }
            Some((Term::Binary(Binary::bits(w.bytes, w.bits)), offset + bits))
        }
        SegType::Utf8 => {
            if !offset.is_multiple_of(8) {
                return None;
            }
            let rest = &bytes[(offset / 8) as usize..];
            let width = match rest.first()? {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => return None,
            };
            let s = std::str::from_utf8(rest.get(..width)?).ok()?;
            let c = s.chars().next()?;
            Some((Term::Int(i64::from(c as u32)), offset + 8 * width as u64))
        }
        SegType::Utf16 => {
            if left < 16 {
                return None;
            }
            let unit = |off: u64| {
                let raw = read_bits(bytes, off, 16) as u16;
                if seg.little {
                    raw.swap_bytes()
                } else {
                    raw
                }
            };
            let first = unit(offset);
            if (0xD800..0xDC00).contains(&first) {
                if left < 32 {
                    return None;
                }
                let second = unit(offset + 16);
                let c = char::decode_utf16([first, second]).next()?.ok()?;
                Some((Term::Int(i64::from(c as u32)), offset + 32))
            } else {
                let c = char::from_u32(u32::from(first))?;
                Some((Term::Int(i64::from(c as u32)), offset + 16))
            }
        }
        SegType::Utf32 => {
            if left < 32 {
                return None;
            }
            let mut raw = read_bits(bytes, offset, 32) as u32;
            if seg.little {
                raw = raw.swap_bytes();
            }
            let c = char::from_u32(raw)?;
            Some((Term::Int(i64::from(c as u32)), offset + 32))
        }
    }
}
