//! The one place that talks to PCRE2's C library: compiling a pattern,
//! reading its capture count and name table, and running one match. Every
//! `unsafe` block of `:re` is here, behind a small safe type the rest of the
//! family uses; a compiled `Pattern` is immutable and shared across processes.

use std::ffi::{c_int, c_void};
use std::ptr::{self, NonNull};

use pcre2_sys::*;

/// A compiled PCRE2 pattern (JIT-compiled where the platform allows).
pub struct Pattern {
    code: NonNull<pcre2_code_8>,
    /// Groups plus the whole match: the ovector pairs a match needs.
    pairs: usize,
}

// SAFETY: a compiled pcre2_code is never written after compilation (JIT
// compilation happens before the value is shared), and PCRE2 documents
// matching one code from several threads at once, each with its own match data.
unsafe impl Send for Pattern {}
unsafe impl Sync for Pattern {}

impl Drop for Pattern {
    fn drop(&mut self) {
        // SAFETY: `code` came from pcre2_compile_8 and is freed exactly once.
        unsafe { pcre2_code_free_8(self.code.as_ptr()) }
    }
}

/// Why a pattern did not compile: PCRE2's error number and the byte offset in
/// the pattern where it was noticed.
#[derive(Debug, Clone, Copy)]
pub struct CompileError {
    pub code: i32,
    pub offset: usize,
}

/// How a pattern is compiled: PCRE2's option bits plus the newline and `\R`
/// conventions, which PCRE2 takes through a compile context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Flags {
    pub options: u32,
    pub newline: u32,
    pub bsr: u32,
}

/// The groups of one match up to the highest that took part (index 0 is the
/// whole match): byte ranges, `None` for a group that did not take part.
pub type Slots = Vec<Option<(usize, usize)>>;

/// Why one match attempt failed other than by not matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchError {
    /// The subject is not valid UTF-8 (or the offset splits a character).
    BadUtf,
    /// The match or depth limit was reached (Erlang reports `nomatch`).
    Limit,
    Other(i32),
}

impl Pattern {
    pub fn compile(source: &[u8], flags: Flags) -> Result<Pattern, CompileError> {
        let mut code: c_int = 0;
        let mut offset: usize = 0;
        // SAFETY: the context is created, used and freed here; the pattern
        // pointer and length describe `source`, which outlives the call.
        let raw = unsafe {
            let ctx = pcre2_compile_context_create_8(ptr::null_mut());
            if ctx.is_null() {
                return Err(CompileError {
                    code: 121,
                    offset: 0,
                });
            }
            pcre2_set_newline_8(ctx, flags.newline);
            pcre2_set_bsr_8(ctx, flags.bsr);
            // PCRE (the BEAM's engine) allowed `\K` in lookarounds and only
            // fixed-length lookbehinds.
            pcre2_set_compile_extra_options_8(ctx, PCRE2_EXTRA_ALLOW_LOOKAROUND_BSK);
            pcre2_set_max_varlookbehind_8(ctx, 0);
            // 'static tables, so they outlive every pattern compiled with them.
            pcre2_set_character_tables_8(ctx, super::dialect::latin1_tables().as_ptr());
            let raw = pcre2_compile_8(
                source.as_ptr(),
                source.len(),
                flags.options,
                &mut code,
                &mut offset,
                ctx,
            );
            pcre2_compile_context_free_8(ctx);
            raw
        };
        let code = NonNull::new(raw).ok_or(CompileError { code, offset })?;
        // SAFETY: `code` is a freshly compiled pattern. A JIT failure (no
        // memory, unsupported platform) leaves the interpreter in charge.
        unsafe {
            pcre2_jit_compile_8(code.as_ptr(), PCRE2_JIT_COMPLETE);
        }
        let mut pattern = Pattern { code, pairs: 1 };
        pattern.pairs = pattern.capture_count() + 1;
        Ok(pattern)
    }

    fn info_u32(&self, what: u32) -> u32 {
        let mut out: u32 = 0;
        // SAFETY: the CAPTURECOUNT/NAMECOUNT/NAMEENTRYSIZE queries write one u32.
        unsafe {
            pcre2_pattern_info_8(
                self.code.as_ptr(),
                what,
                &mut out as *mut u32 as *mut c_void,
            );
        }
        out
    }

    /// The number of capture groups (not counting the whole match).
    pub fn capture_count(&self) -> usize {
        self.info_u32(PCRE2_INFO_CAPTURECOUNT) as usize
    }

    /// The named groups as (name, group number), in PCRE2's table order,
    /// which is sorted by name.
    pub fn names(&self) -> Vec<(Vec<u8>, usize)> {
        let count = self.info_u32(PCRE2_INFO_NAMECOUNT) as usize;
        let size = self.info_u32(PCRE2_INFO_NAMEENTRYSIZE) as usize;
        if count == 0 || size < 3 {
            return Vec::new();
        }
        let mut table: *const u8 = ptr::null();
        // SAFETY: NAMETABLE writes a pointer to `count` entries of `size`
        // bytes each, owned by the code and alive as long as `self`.
        let bytes = unsafe {
            pcre2_pattern_info_8(
                self.code.as_ptr(),
                PCRE2_INFO_NAMETABLE,
                &mut table as *mut *const u8 as *mut c_void,
            );
            if table.is_null() {
                return Vec::new();
            }
            std::slice::from_raw_parts(table, count * size)
        };
        bytes
            .chunks(size)
            .map(|entry| {
                // Each entry: the group number (two bytes, big-endian), then
                // the name, zero-terminated within the entry.
                let group = (usize::from(entry[0]) << 8) | usize::from(entry[1]);
                let name = &entry[2..];
                let end = name.iter().position(|&b| b == 0).unwrap_or(name.len());
                (name[..end].to_vec(), group)
            })
            .collect()
    }

    /// One match attempt from byte `start`. On success the slots of the
    /// groups up to the highest one that took part (index 0 is the whole
    /// match), `None` for a group that did not.
    pub fn find(
        &self,
        subject: &[u8],
        start: usize,
        options: u32,
    ) -> Result<Option<Slots>, MatchError> {
        MATCH_DATA.with(|cell| {
            let mut cached = cell.borrow_mut();
            if cached.as_ref().is_none_or(|d| d.pairs < self.pairs) {
                *cached = MatchData::new(self.pairs.max(16));
            }
            let data = cached
                .as_ref()
                .ok_or(MatchError::Other(PCRE2_ERROR_NOMEMORY))?;
            self.find_with(data, subject, start, options)
        })
    }

    fn find_with(
        &self,
        data: &MatchData,
        subject: &[u8],
        start: usize,
        options: u32,
    ) -> Result<Option<Slots>, MatchError> {
        // SAFETY: the match data has room for every group of this pattern;
        // the ovector read is bounded by the pair count PCRE2 reported; the
        // subject pointer and length describe `subject`.
        unsafe {
            let data = data.raw.as_ptr();
            let mut rc = pcre2_match_8(
                self.code.as_ptr(),
                subject.as_ptr(),
                subject.len(),
                start,
                options,
                data,
                ptr::null_mut(),
            );
            if rc == PCRE2_ERROR_JIT_STACKLIMIT {
                // The JIT's stack is small; the interpreter's grows on the heap.
                rc = pcre2_match_8(
                    self.code.as_ptr(),
                    subject.as_ptr(),
                    subject.len(),
                    start,
                    options | PCRE2_NO_JIT,
                    data,
                    ptr::null_mut(),
                );
            }
            if rc > 0 {
                let pairs = rc as usize;
                let ovector =
                    std::slice::from_raw_parts(pcre2_get_ovector_pointer_8(data), 2 * pairs);
                Ok(Some(
                    (0..pairs)
                        .map(|i| {
                            let (s, e) = (ovector[2 * i], ovector[2 * i + 1]);
                            // `\K` in a lookahead can put the end before the start.
                            (s != PCRE2_UNSET).then(|| (s, e.max(s)))
                        })
                        .collect(),
                ))
            } else if rc == PCRE2_ERROR_NOMATCH {
                Ok(None)
            } else if (PCRE2_ERROR_UTF8_ERR21..=PCRE2_ERROR_UTF8_ERR1).contains(&rc)
                || rc == PCRE2_ERROR_BADUTFOFFSET
            {
                Err(MatchError::BadUtf)
            } else if rc == PCRE2_ERROR_MATCHLIMIT
                || rc == PCRE2_ERROR_DEPTHLIMIT
                || rc == PCRE2_ERROR_HEAPLIMIT
            {
                Err(MatchError::Limit)
            } else {
                Err(MatchError::Other(rc))
            }
        }
    }
}

/// Match data (the ovector and the interpreter's backtracking memory), one
/// per thread and reused by every match on it, grown for patterns with more
/// groups; allocating it per match would dominate short matches.
struct MatchData {
    raw: NonNull<pcre2_match_data_8>,
    pairs: usize,
}

impl MatchData {
    fn new(pairs: usize) -> Option<MatchData> {
        // SAFETY: plain allocation; null (no memory) is checked.
        let raw = unsafe { pcre2_match_data_create_8(pairs as u32, ptr::null_mut()) };
        Some(MatchData {
            raw: NonNull::new(raw)?,
            pairs,
        })
    }
}

impl Drop for MatchData {
    fn drop(&mut self) {
        // SAFETY: `raw` came from pcre2_match_data_create_8 and is freed once.
        unsafe { pcre2_match_data_free_8(self.raw.as_ptr()) }
    }
}

thread_local! {
    static MATCH_DATA: std::cell::RefCell<Option<MatchData>> = const { std::cell::RefCell::new(None) };
}
