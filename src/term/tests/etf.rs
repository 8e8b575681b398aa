//! A decoder for the subset of Erlang's external term format the golden corpus
//! uses (`:erlang.term_to_binary/1` of numbers, atoms, binaries, lists, tuples).

use crate::term::{BigInt, Term};
use num_bigint::Sign;

pub fn decode(bytes: &[u8]) -> Result<Term, String> {
    let mut r = Reader { bytes, pos: 0 };
    if r.u8()? != 131 {
        return Err("missing version byte".into());
    }
    let t = r.term()?;
    if r.pos != bytes.len() {
        return Err("trailing bytes".into());
    }
    Ok(t)
}

pub fn from_hex(hex: &str) -> Result<Vec<u8>, String> {
    (0..hex.len())
        .step_by(2)
        .map(|i| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| format!("bad hex at {i}"))
        })
        .collect()
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let s = self.bytes.get(self.pos..self.pos + n).ok_or("truncated")?;
        self.pos += n;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<usize, String> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]) as usize)
    }

    fn u32(&mut self) -> Result<usize, String> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn atom(&mut self, len: usize, latin1: bool) -> Result<Term, String> {
        let b = self.take(len)?;
        let name: String = if latin1 {
            b.iter().map(|&c| c as char).collect()
        } else {
            String::from_utf8(b.to_vec()).map_err(|e| e.to_string())?
        };
        Ok(Term::atom(&name))
    }

    fn big(&mut self, n: usize) -> Result<Term, String> {
        let sign = if self.u8()? == 0 {
            Sign::Plus
        } else {
            Sign::Minus
        };
        let digits = self.take(n)?;
        Ok(Term::from_bigint(BigInt::from_bytes_le(sign, digits)))
    }

    fn term(&mut self) -> Result<Term, String> {
        match self.u8()? {
            70 => {
                let b = self.take(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                Ok(Term::Float(f64::from_be_bytes(a)))
            }
            97 => Ok(Term::Int(self.u8()? as i64)),
            98 => {
                let b = self.take(4)?;
                Ok(Term::Int(
                    i32::from_be_bytes([b[0], b[1], b[2], b[3]]) as i64
                ))
            }
            110 => {
                let n = self.u8()? as usize;
                self.big(n)
            }
            111 => {
                let n = self.u32()?;
                self.big(n)
            }
            100 | 118 => {
                let tag_latin1 = self.bytes[self.pos - 1] == 100;
                let n = self.u16()?;
                self.atom(n, tag_latin1)
            }
            115 | 119 => {
                let tag_latin1 = self.bytes[self.pos - 1] == 115;
                let n = self.u8()? as usize;
                self.atom(n, tag_latin1)
            }
            104 => {
                let n = self.u8()? as usize;
                self.tuple(n)
            }
            105 => {
                let n = self.u32()?;
                self.tuple(n)
            }
            106 => Ok(Term::Nil),
            107 => {
                let n = self.u16()?;
                let b = self.take(n)?.to_vec();
                Ok(Term::list(b.into_iter().map(|c| Term::Int(c as i64))))
            }
            108 => {
                let n = self.u32()?;
                let items = (0..n).map(|_| self.term()).collect::<Result<Vec<_>, _>>()?;
                let tail = self.term()?;
                Ok(Term::improper_list(items, tail))
            }
            109 => {
                let n = self.u32()?;
                Ok(Term::binary(self.take(n)?.to_vec()))
            }
            tag => Err(format!("unsupported tag {tag}")),
        }
    }

    fn tuple(&mut self, n: usize) -> Result<Term, String> {
        let items = (0..n).map(|_| self.term()).collect::<Result<Vec<_>, _>>()?;
        Ok(Term::tuple(items))
    }
}
