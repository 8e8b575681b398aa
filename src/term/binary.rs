//! Binaries: immutable shared bytes behind a thin pointer (so `Term` stays 16
//! bytes). A binary may be a slice of another (a sub-binary), so matching
//! `<<_, rest::binary>>` does not copy the rest; and a binary built by
//! appending (`acc <> x`) lives in a buffer with spare room, so the next
//! append to it writes in place, as on the BEAM: building a string by
//! appending is linear, not quadratic.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Shared bytes; see the module header.
#[derive(Clone, Debug)]
pub struct Binary(Arc<BinRepr>);

#[derive(Debug)]
enum BinRepr {
    /// A short binary, stored in the header's own allocation.
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Owned(Box<[u8]>),
    /// A bitstring whose length is not a whole number of bytes: `bits` bits,
    /// the last byte holding the remainder in its high-order bits (the rest 0).
    Bits {
        bytes: Box<[u8]>,
        bits: u64,
    },
    /// Bytes `start..start + len` of `parent`, which is `Owned` or `Buffer`
    /// (never itself a `Slice`: slicing a slice points at the grandparent).
    Slice {
        parent: Arc<BinRepr>,
        start: usize,
        len: usize,
    },
    /// An append buffer; only ever the parent of a `Slice`, never a value.
    Buffer(AppendBuf),
}

/// The most bytes stored inline: as many as fit beside the tag and length
/// without making `BinRepr` larger than its other variants (32 bytes).
const INLINE: usize = 30;

/// Results shorter than this are plain copies: a spare-room buffer only pays
/// once a binary is long enough for copying it to cost more than a header.
const APPEND_MIN: usize = 64;

/// Bytes with room to grow. `used` bytes at the front are claimed: each was
/// written once, by the thread that claimed it, before any binary covering it
/// existed, and is never written again. The rest is free; a thread claims a
/// stretch of it by moving `used` forward with a compare-and-swap from
/// exactly the end of the binary it appends to, so only an append to the
/// newest end can win, and two appends to the same binary cannot both write.
struct AppendBuf {
    data: Box<[UnsafeCell<u8>]>,
    used: AtomicUsize,
}

// SAFETY: the bytes are shared between threads under the protocol above: a
// byte is written only by the one thread whose compare-and-swap on `used`
// claimed it, and before that thread hands out any binary covering it (which
// it can only pass to another thread through a synchronising channel); bytes
// below `used` are never written again, and readers only read ranges of
// binaries they hold, which lie below `used`. So no byte is ever read and
// written concurrently, nor written twice.
unsafe impl Sync for AppendBuf {}

impl std::fmt::Debug for AppendBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppendBuf")
            .field("capacity", &self.data.len())
            .field("used", &self.used.load(Ordering::Relaxed))
            .finish()
    }
}

impl AppendBuf {
    /// A buffer of `head` followed by `extra` bytes that `fill` writes, with
    /// room for about as much again.
    fn new(head: &[u8], extra: usize, fill: impl FnOnce(&mut [u8])) -> AppendBuf {
        let len = head.len() + extra;
        // Zeroed memory: a large block comes zeroed from the system, so the
        // spare room costs nothing until it is used.
        let mut boxed: Box<[u8]> = vec![0u8; len * 2].into_boxed_slice();
        boxed[..head.len()].copy_from_slice(head);
        fill(&mut boxed[head.len()..len]);
        // SAFETY: `UnsafeCell<u8>` has the same layout as `u8`
        // (`repr(transparent)`), so a boxed `[u8]` is a valid boxed
        // `[UnsafeCell<u8>]` of the same length, freed with the same layout.
        let data = unsafe { Box::from_raw(Box::into_raw(boxed) as *mut [UnsafeCell<u8>]) };
        AppendBuf {
            data,
            used: AtomicUsize::new(len),
        }
    }

    /// Bytes `start..start + len`, which must be claimed (below `used`).
    fn bytes(&self, start: usize, len: usize) -> &[u8] {
        assert!(start + len <= self.data.len());
        // SAFETY: the range lies in the buffer (checked above) and below
        // `used`, so its bytes were written before the binary reading them
        // existed and are never written again (see `AppendBuf`): no mutation
        // can happen while the returned borrow lives. The pointer comes from
        // the whole slice, so it may address every byte of the range.
        unsafe { std::slice::from_raw_parts((self.data.as_ptr() as *const u8).add(start), len) }
    }

    /// Claims `extra` bytes right after `end` and has `fill` write them;
    /// gives `fill` back, not called, when `end` is not the used end any
    /// more or there is no room.
    fn try_append<F: FnOnce(&mut [u8])>(&self, end: usize, extra: usize, fill: F) -> Result<(), F> {
        let Some(new_end) = end.checked_add(extra) else {
            return Err(fill);
        };
        if new_end > self.data.len() {
            return Err(fill);
        }
        if self
            .used
            .compare_exchange(end, new_end, Ordering::AcqRel, Ordering::Relaxed)
            .is_err()
        {
            return Err(fill);
        }
        // SAFETY: the compare-and-swap gave this thread alone the bytes
        // `end..new_end` (in bounds, checked above, and initialised: the
        // buffer starts zeroed): no other thread writes them, and no binary
        // covering them exists yet, so nobody reads them; the exclusive
        // borrow ends before this returns. The pointer is derived from the
        // whole `UnsafeCell` slice, which allows writing through a shared
        // borrow.
        let dst = unsafe {
            std::slice::from_raw_parts_mut((self.data.as_ptr() as *mut u8).add(end), extra)
        };
        fill(dst);
        Ok(())
    }
}

impl Binary {
    pub fn new(bytes: impl Into<Box<[u8]>>) -> Binary {
        Binary(Arc::new(BinRepr::Owned(bytes.into())))
    }

    /// A copy of `bytes`; a short one takes a single allocation.
    pub fn from_slice(bytes: &[u8]) -> Binary {
        Binary::build(bytes.len(), |b| b.copy_from_slice(bytes))
    }

    /// A binary of `len` bytes that `fill` writes (given zeroes).
    fn build(len: usize, fill: impl FnOnce(&mut [u8])) -> Binary {
        if len <= INLINE {
            let mut bytes = [0u8; INLINE];
            fill(&mut bytes[..len]);
            return Binary(Arc::new(BinRepr::Inline {
                len: len as u8,
                bytes,
            }));
        }
        let mut bytes = vec![0u8; len].into_boxed_slice();
        fill(&mut bytes);
        Binary::new(bytes)
    }

    /// A bitstring of `bits` bits (the leading ones of `bytes`).
    pub fn bits(mut bytes: Vec<u8>, bits: u64) -> Binary {
        bytes.truncate(bits.div_ceil(8) as usize);
        if bits.is_multiple_of(8) {
            return Binary::new(bytes);
        }
        if let Some(last) = bytes.last_mut() {
            *last &= 0xFFu8 << (8 - bits % 8);
        }
        Binary(Arc::new(BinRepr::Bits {
            bytes: bytes.into(),
            bits,
        }))
    }

    /// The bytes; for a bitstring, the last one is partly filled.
    pub fn as_bytes(&self) -> &[u8] {
        match &*self.0 {
            BinRepr::Inline { len, bytes } => &bytes[..*len as usize],
            BinRepr::Owned(b) => b,
            BinRepr::Bits { bytes, .. } => bytes,
            BinRepr::Slice { parent, start, len } => match &**parent {
                BinRepr::Owned(b) => &b[*start..*start + *len],
                BinRepr::Buffer(buf) => buf.bytes(*start, *len),
                _ => &[],
            },
            BinRepr::Buffer(_) => &[],
        }
    }

    /// The length in bits.
    pub fn bit_len(&self) -> u64 {
        match &*self.0 {
            BinRepr::Bits { bits, .. } => *bits,
            _ => 8 * self.len() as u64,
        }
    }

    /// A whole number of bytes (`is_binary/1`), not only a bitstring.
    pub fn is_binary(&self) -> bool {
        !matches!(&*self.0, BinRepr::Bits { .. })
    }

    pub fn len(&self) -> usize {
        match &*self.0 {
            BinRepr::Slice { len, .. } => *len,
            _ => self.as_bytes().len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes `start..start + len` of this binary, sharing its storage (the
    /// range must lie within the binary).
    pub fn slice(&self, start: usize, len: usize) -> Binary {
        if start == 0 && len == self.len() {
            return self.clone();
        }
        match &*self.0 {
            BinRepr::Bits { bytes, .. } => Binary::from_slice(&bytes[start..start + len]),
            _ if len <= APPEND_MIN => Binary::from_slice(&self.as_bytes()[start..start + len]),
            BinRepr::Slice {
                parent, start: s0, ..
            } => Binary(Arc::new(BinRepr::Slice {
                parent: parent.clone(),
                start: s0 + start,
                len,
            })),
            _ => Binary(Arc::new(BinRepr::Slice {
                parent: self.0.clone(),
                start,
                len,
            })),
        }
    }

    /// This binary followed by `tail` (`self <> tail`); see `append_with`.
    pub fn append(&self, tail: &[u8]) -> Binary {
        self.append_with(tail.len(), |b| b.copy_from_slice(tail))
    }

    /// This binary followed by `extra` bytes that `fill` writes (it must
    /// write every one). When this binary ends where its append
    /// buffer's used part ends and the buffer has room, the bytes are
    /// written in place and the result shares the buffer; holders of `self`
    /// still see only their own bytes. Otherwise the result is a new buffer
    /// with room to grow (doubling), or a plain copy when short. `self` must
    /// be a whole number of bytes.
    pub fn append_with(&self, extra: usize, fill: impl FnOnce(&mut [u8])) -> Binary {
        if extra == 0 {
            return self.clone();
        }
        let mut fill = fill;
        if let BinRepr::Slice { parent, start, len } = &*self.0 {
            if let BinRepr::Buffer(buf) = &**parent {
                match buf.try_append(start + len, extra, fill) {
                    Ok(()) => {
                        return Binary(Arc::new(BinRepr::Slice {
                            parent: parent.clone(),
                            start: *start,
                            len: len + extra,
                        }))
                    }
                    Err(f) => fill = f,
                }
            }
        }
        let head = self.as_bytes();
        let len = head.len() + extra;
        if len < APPEND_MIN {
            return Binary::build(len, |b| {
                b[..head.len()].copy_from_slice(head);
                fill(&mut b[head.len()..]);
            });
        }
        Binary(Arc::new(BinRepr::Slice {
            parent: Arc::new(BinRepr::Buffer(AppendBuf::new(head, extra, fill))),
            start: 0,
            len,
        }))
    }
}

#[cfg(test)]
mod tests;
