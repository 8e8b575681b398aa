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
    /// A buffer holding `head` then `tail`, with room for about as much again.
    fn new(head: &[u8], tail: &[u8]) -> AppendBuf {
        let len = head.len() + tail.len();
        let mut bytes = Vec::with_capacity(len * 2);
        bytes.extend_from_slice(head);
        bytes.extend_from_slice(tail);
        bytes.resize(len * 2, 0);
        let boxed: Box<[u8]> = bytes.into_boxed_slice();
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

    /// Claims `tail.len()` bytes right after `end` and writes `tail` there;
    /// false when `end` is not the used end any more or there is no room.
    fn try_append(&self, end: usize, tail: &[u8]) -> bool {
        let Some(new_end) = end.checked_add(tail.len()) else {
            return false;
        };
        if new_end > self.data.len() {
            return false;
        }
        if self
            .used
            .compare_exchange(end, new_end, Ordering::AcqRel, Ordering::Relaxed)
            .is_err()
        {
            return false;
        }
        // SAFETY: the compare-and-swap gave this thread alone the bytes
        // `end..new_end` (in bounds, checked above): no other thread writes
        // them, and no binary covering them exists yet, so nobody reads them.
        // The pointer is derived from the whole `UnsafeCell` slice, which
        // allows writing through a shared borrow.
        unsafe {
            let dst = (self.data.as_ptr() as *mut u8).add(end);
            std::ptr::copy_nonoverlapping(tail.as_ptr(), dst, tail.len());
        }
        true
    }
}

impl Binary {
    pub fn new(bytes: impl Into<Box<[u8]>>) -> Binary {
        Binary(Arc::new(BinRepr::Owned(bytes.into())))
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
            BinRepr::Bits { bytes, .. } => Binary::new(&bytes[start..start + len]),
            _ if len <= APPEND_MIN => Binary::new(&self.as_bytes()[start..start + len]),
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

    /// This binary followed by `tail` (`self <> tail`). When this binary ends
    /// where its append buffer's used part ends and the buffer has room,
    /// `tail` is written in place and the result shares the buffer; holders
    /// of `self` still see only their own bytes. Otherwise the result is a
    /// new buffer with room to grow (doubling), or a plain copy when short.
    /// `self` must be a whole number of bytes.
    pub fn append(&self, tail: &[u8]) -> Binary {
        if tail.is_empty() {
            return self.clone();
        }
        if let BinRepr::Slice { parent, start, len } = &*self.0 {
            if let BinRepr::Buffer(buf) = &**parent {
                if buf.try_append(start + len, tail) {
                    return Binary(Arc::new(BinRepr::Slice {
                        parent: parent.clone(),
                        start: *start,
                        len: len + tail.len(),
                    }));
                }
            }
        }
        let head = self.as_bytes();
        let len = head.len() + tail.len();
        if len < APPEND_MIN {
            return Binary::new([head, tail].concat());
        }
        Binary(Arc::new(BinRepr::Slice {
            parent: Arc::new(BinRepr::Buffer(AppendBuf::new(head, tail))),
            start: 0,
            len,
        }))
    }
}

#[cfg(test)]
mod tests;
