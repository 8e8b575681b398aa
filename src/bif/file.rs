//! `:file`, `:filelib` and `:os`: the operating system under `File`, `Path`
//! and `System` in stdlib/. Each call touches the file system or the process
//! environment directly and answers as OTP does: `{:ok, value}` or
//! `{:error, posix_atom}`, file names as charlists where Erlang gives them.
//! Open files are handles in a table here, named by a `{:file_descriptor,
//! :vial_file, ref}` term; the IO natives read and write them through
//! [`read_line`], [`read_chars`] and [`write_bytes`].

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, UNIX_EPOCH};

use super::args::{self, bif};
use super::{Bif, BifResult};
use crate::term::{Atom, Term};
use crate::vm::Exception;

mod wildcard;

pub static BIFS: &[Bif] = &[
    bif("file", "read_file", 1, read_file),
    bif("file", "write_file", 2, |a| {
        write_file(&a[0], &a[1], &Term::Nil)
    }),
    bif("file", "write_file", 3, |a| write_file(&a[0], &a[1], &a[2])),
    bif("file", "read_file_info", 1, |a| {
        file_info(&a[0], &Term::Nil, true)
    }),
    bif("file", "read_file_info", 2, |a| {
        file_info(&a[0], &a[1], true)
    }),
    bif("file", "read_link_info", 1, |a| {
        file_info(&a[0], &Term::Nil, false)
    }),
    bif("file", "read_link_info", 2, |a| {
        file_info(&a[0], &a[1], false)
    }),
    bif("file", "write_file_info", 2, |a| {
        write_file_info(&a[0], &a[1], &Term::Nil)
    }),
    bif("file", "write_file_info", 3, |a| {
        write_file_info(&a[0], &a[1], &a[2])
    }),
    bif("file", "change_mode", 2, change_mode),
    bif("file", "list_dir", 1, list_dir),
    bif("file", "make_dir", 1, |a| {
        unit(fs::create_dir(path(&a[0])?))
    }),
    bif("file", "del_dir", 1, del_dir),
    bif("file", "delete", 1, delete),
    bif("file", "rename", 2, |a| {
        unit(fs::rename(path(&a[0])?, path(&a[1])?))
    }),
    bif("file", "copy", 2, copy),
    bif("file", "copy", 3, copy),
    bif("file", "make_symlink", 2, |a| {
        unit(std::os::unix::fs::symlink(path(&a[0])?, path(&a[1])?))
    }),
    bif("file", "make_link", 2, |a| {
        unit(fs::hard_link(path(&a[0])?, path(&a[1])?))
    }),
    bif("file", "read_link", 1, |a| {
        ok_or_posix(fs::read_link(path(&a[0])?).map(|p| name_charlist(p.as_os_str())))
    }),
    bif("file", "get_cwd", 0, |_| {
        ok_or_posix(std::env::current_dir().map(|p| name_charlist(p.as_os_str())))
    }),
    bif("file", "set_cwd", 1, |a| {
        unit(std::env::set_current_dir(path(&a[0])?))
    }),
    bif("file", "format_error", 1, |a| {
        Ok(args::charlist(format_error(&a[0])))
    }),
    bif("file", "open", 2, open),
    bif("file", "close", 1, close),
    bif("file", "read_line", 1, |a| read_result(read_line(&a[0]))),
    bif("file", "read", 2, |a| {
        let n = args::small(&a[1], 2)?.max(0) as usize;
        read_result(read_bytes(&a[0], n))
    }),
    bif("file", "write", 2, |a| {
        let bytes =
            args::iolist_bytes(&a[1]).ok_or_else(|| Exception::badarg_at(2, "not iodata"))?;
        Ok(match write_bytes(&a[0], &bytes) {
            Some(Ok(())) => Term::atom("ok"),
            Some(Err(e)) => error_tuple(&e),
            None => posix_error("einval"),
        })
    }),
    bif("file", "position", 2, position),
    bif("filelib", "wildcard", 1, |a| wildcard::filelib(&a[0], None)),
    bif("filelib", "wildcard", 2, |a| {
        wildcard::filelib(&a[0], Some(&a[1]))
    }),
    bif("filelib", "is_dir", 1, |a| {
        Ok(Term::bool(path(&a[0])?.is_dir()))
    }),
    bif("filelib", "is_file", 1, |a| {
        Ok(Term::bool(path(&a[0])?.exists()))
    }),
    bif("filelib", "is_regular", 1, |a| {
        Ok(Term::bool(path(&a[0])?.is_file()))
    }),
    bif("vial_file", "wildcard", 3, wildcard::elixir),
    bif("os", "getenv", 0, getenv_0),
    bif("os", "getenv", 1, |a| {
        Ok(getenv(&a[0])?.unwrap_or(Term::bool(false)))
    }),
    bif("os", "getenv", 2, |a| {
        Ok(getenv(&a[0])?.unwrap_or_else(|| a[1].clone()))
    }),
    bif("os", "putenv", 2, putenv),
    bif("os", "unsetenv", 1, unsetenv),
    bif("os", "type", 0, |_| {
        Ok(Term::tuple(vec![Term::atom("unix"), Term::atom(os_name())]))
    }),
    bif("os", "getpid", 0, |_| {
        Ok(args::charlist(&std::process::id().to_string()))
    }),
    bif("os", "find_executable", 1, |a| {
        let name = text(&a[0], 1)?;
        Ok(find_executable(&name).map_or(Term::bool(false), |p| name_charlist(p.as_os_str())))
    }),
    bif("os", "cmd", 1, os_cmd),
    bif("vial_os", "cmd", 3, system_cmd),
    bif("vial_os", "schedulers", 0, |_| {
        let n = std::thread::available_parallelism().map_or(1, |n| n.get());
        Ok(Term::Int(n as i64))
    }),
    bif("vial_os", "sleep", 1, |a| {
        let ms = args::small(&a[0], 1)?;
        std::thread::sleep(Duration::from_millis(ms.max(0) as u64));
        Ok(Term::atom("ok"))
    }),
];

// ---------------------------------------------------------------------------
// Arguments and results.

/// A file name: a binary, chardata, or an atom, as Erlang's file functions take.
fn path(t: &Term) -> Result<PathBuf, Exception> {
    match t {
        Term::Binary(b) => Ok(PathBuf::from(OsStr::from_bytes(b.as_bytes()))),
        Term::Atom(a) => Ok(PathBuf::from(a.name())),
        _ => match args::chardata(t) {
            Ok(s) => Ok(PathBuf::from(s)),
            Err(_) => Err(Exception::badarg_at(1, "not a valid file name")),
        },
    }
}

fn text(t: &Term, pos: u8) -> Result<String, Exception> {
    match t {
        Term::Binary(b) => Ok(String::from_utf8_lossy(b.as_bytes()).into_owned()),
        Term::Atom(a) => Ok(a.name().to_string()),
        _ => args::chardata(t).map_err(|_| Exception::badarg_at(pos, "not a string")),
    }
}

/// A file name as Erlang lists it: a charlist of its characters, or of its
/// bytes when it is not UTF-8.
fn name_charlist(name: &OsStr) -> Term {
    match name.to_str() {
        Some(s) => args::charlist(s),
        None => Term::list(
            name.as_bytes()
                .iter()
                .map(|b| Term::Int(i64::from(*b)))
                .collect::<Vec<_>>(),
        ),
    }
}

/// The POSIX name Erlang gives an OS error.
pub fn posix_name(e: &io::Error) -> &'static str {
    let by_number = e.raw_os_error().and_then(|n| {
        Some(match n {
            1 => "eperm",
            2 => "enoent",
            3 => "esrch",
            4 => "eintr",
            5 => "eio",
            6 => "enxio",
            7 => "e2big",
            8 => "enoexec",
            9 => "ebadf",
            10 => "echild",
            11 => "eagain",
            12 => "enomem",
            13 => "eacces",
            14 => "efault",
            15 => "enotblk",
            16 => "ebusy",
            17 => "eexist",
            18 => "exdev",
            19 => "enodev",
            20 => "enotdir",
            21 => "eisdir",
            22 => "einval",
            23 => "enfile",
            24 => "emfile",
            25 => "enotty",
            26 => "etxtbsy",
            27 => "efbig",
            28 => "enospc",
            29 => "espipe",
            30 => "erofs",
            31 => "emlink",
            32 => "epipe",
            #[cfg(target_os = "linux")]
            36 => "enametoolong",
            #[cfg(target_os = "linux")]
            39 => "enotempty",
            #[cfg(target_os = "linux")]
            40 => "eloop",
            #[cfg(target_os = "macos")]
            62 => "eloop",
            #[cfg(target_os = "macos")]
            63 => "enametoolong",
            #[cfg(target_os = "macos")]
            66 => "enotempty",
            _ => return None,
        })
    });
    by_number.unwrap_or(match e.kind() {
        io::ErrorKind::NotFound => "enoent",
        io::ErrorKind::PermissionDenied => "eacces",
        io::ErrorKind::AlreadyExists => "eexist",
        io::ErrorKind::IsADirectory => "eisdir",
        io::ErrorKind::NotADirectory => "enotdir",
        io::ErrorKind::DirectoryNotEmpty => "enotempty",
        _ => "einval",
    })
}

fn posix_error(name: &str) -> Term {
    Term::tuple(vec![Term::atom("error"), Term::atom(name)])
}

fn error_tuple(e: &io::Error) -> Term {
    posix_error(posix_name(e))
}

fn unit(r: io::Result<()>) -> BifResult {
    Ok(match r {
        Ok(()) => Term::atom("ok"),
        Err(e) => error_tuple(&e),
    })
}

fn ok_or_posix(r: io::Result<Term>) -> BifResult {
    Ok(match r {
        Ok(v) => Term::tuple(vec![Term::atom("ok"), v]),
        Err(e) => error_tuple(&e),
    })
}

/// `file:format_error/1`'s text for a reason.
fn format_error(reason: &Term) -> &'static str {
    match reason.as_atom().map(Atom::name) {
        Some("enoent") => "no such file or directory",
        Some("eacces") => "permission denied",
        Some("eisdir") => "illegal operation on a directory",
        Some("enotdir") => "not a directory",
        Some("eexist") => "file already exists",
        Some("enotempty") => "directory not empty",
        Some("eperm") => "not owner",
        Some("exdev") => "cross-domain link",
        Some("einval") => "invalid argument",
        Some("enospc") => "no space left on device",
        Some("ebusy") => "file busy",
        Some("erofs") => "read-only file system",
        Some("ebadf") => "bad file number",
        Some("emfile") => "too many open files",
        Some("enfile") => "file table overflow",
        Some("eio") => "I/O error",
        Some("eloop") => "too many levels of symbolic links",
        Some("enametoolong") => "file name too long",
        Some("efbig") => "file too large",
        Some("espipe") => "invalid seek",
        Some("epipe") => "broken pipe",
        Some("enomem") => "not enough memory",
        Some("eagain") => "resource temporarily unavailable",
        Some("enodev") => "no such device",
        Some("enxio") => "no such device or address",
        Some("emlink") => "too many links",
        Some("etxtbsy") => "text file busy",
        Some("badarg") => "bad argument",
        Some("terminated") => "the file server process is terminated",
        _ => "unknown POSIX error",
    }
}

// ---------------------------------------------------------------------------
// Whole files.

fn read_file(a: &[Term]) -> BifResult {
    ok_or_posix(fs::read(path(&a[0])?).map(Term::binary))
}

/// The open options of Erlang's modes: `:read` when no mode asks to write.
fn open_options(modes: &Term) -> Result<fs::OpenOptions, Exception> {
    let (mut read, mut write, mut append, mut exclusive) = (false, false, false, false);
    for m in args::list(modes, 2)? {
        match m.as_atom().map(Atom::name) {
            Some("read") => read = true,
            Some("write") => write = true,
            Some("append") => append = true,
            Some("exclusive") => exclusive = true,
            Some(
                "binary" | "raw" | "read_ahead" | "delayed_write" | "utf8" | "sync" | "charlist"
                | "compressed" | "ram" | "trim_bom",
            ) => {}
            _ if m.as_tuple().is_some() => {}
            _ => return Err(Exception::badarg_at(2, "invalid file mode")),
        }
    }
    let mut o = fs::OpenOptions::new();
    if !write && !append && !exclusive {
        read = true;
    }
    o.read(read);
    if append {
        o.append(true).create(true);
    } else if write || exclusive {
        o.write(true);
        if exclusive {
            o.create_new(true);
        } else {
            o.create(true);
            // `[:read, :write]` keeps what is there; `[:write]` alone truncates.
            o.truncate(!read);
        }
    }
    Ok(o)
}

fn write_file(file: &Term, data: &Term, modes: &Term) -> BifResult {
    let bytes = args::iolist_bytes(data).ok_or_else(|| Exception::badarg_at(2, "not iodata"))?;
    let mut modes = args::list(modes, 3)?;
    if !modes
        .iter()
        .any(|m| m.is_atom(Atom::new("append")) || m.is_atom(Atom::new("exclusive")))
    {
        modes.push(Term::atom("write"));
    }
    let opts = open_options(&Term::list(modes))?;
    unit(opts.open(path(file)?).and_then(|mut f| f.write_all(&bytes)))
}

// ---------------------------------------------------------------------------
// File information.

/// Days since 1970-01-01 as a (year, month, day) of the proleptic Gregorian
/// calendar, counting in 400-year eras of 146,097 days.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The inverse of [`civil_from_days`].
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[derive(Clone, Copy, PartialEq)]
enum TimeFormat {
    Posix,
    /// Universal time; local time is taken to be universal (vial reads no time zone).
    DateTime,
}

fn time_format(opts: &Term) -> TimeFormat {
    let posix = args::iter(opts).any(|o| {
        matches!(o.as_tuple(), Some([k, v]) if k.is_atom(Atom::new("time")) && v.is_atom(Atom::new("posix")))
    });
    if posix {
        TimeFormat::Posix
    } else {
        TimeFormat::DateTime
    }
}

fn time_term(secs: i64, format: TimeFormat) -> Term {
    if format == TimeFormat::Posix {
        return Term::Int(secs);
    }
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    Term::tuple(vec![
        Term::tuple(vec![Term::Int(y), Term::Int(mo), Term::Int(d)]),
        Term::tuple(vec![
            Term::Int(s / 3600),
            Term::Int(s / 60 % 60),
            Term::Int(s % 60),
        ]),
    ])
}

/// Seconds since the epoch of a posix integer or a `{{y, m, d}, {h, mi, s}}`.
fn time_secs(t: &Term) -> Option<i64> {
    if let Term::Int(n) = t {
        return Some(*n);
    }
    let [date, time] = t.as_tuple()? else {
        return None;
    };
    let num = |t: &Term| match t {
        Term::Int(n) => Some(*n),
        _ => None,
    };
    let (Some([y, mo, d]), Some([h, mi, s])) = (date.as_tuple(), time.as_tuple()) else {
        return None;
    };
    let days = days_from_civil(num(y)?, num(mo)?, num(d)?);
    Some(days * 86_400 + num(h)? * 3600 + num(mi)? * 60 + num(s)?)
}

fn file_info(file: &Term, opts: &Term, follow: bool) -> BifResult {
    let p = path(file)?;
    let meta = if follow {
        fs::metadata(&p)
    } else {
        fs::symlink_metadata(&p)
    };
    let m = match meta {
        Ok(m) => m,
        Err(e) => return Ok(error_tuple(&e)),
    };
    let format = time_format(opts);
    let ft = m.file_type();
    let kind = if ft.is_symlink() {
        "symlink"
    } else if ft.is_dir() {
        "directory"
    } else if ft.is_file() {
        "regular"
    } else {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_block_device() || ft.is_char_device() {
            "device"
        } else {
            "other"
        }
    };
    let mode = m.mode();
    let access = match access_bits(&m) {
        (true, true) => "read_write",
        (true, false) => "read",
        (false, true) => "write",
        (false, false) => "none",
    };
    Ok(Term::tuple(vec![
        Term::atom("ok"),
        Term::tuple(vec![
            Term::atom("file_info"),
            Term::Int(m.size() as i64),
            Term::atom(kind),
            Term::atom(access),
            time_term(m.atime(), format),
            time_term(m.mtime(), format),
            time_term(m.ctime(), format),
            Term::Int(i64::from(mode)),
            Term::Int(m.nlink() as i64),
            Term::Int(m.dev() as i64),
            Term::Int(m.rdev() as i64),
            Term::Int(m.ino() as i64),
            Term::Int(i64::from(m.uid())),
            Term::Int(i64::from(m.gid())),
        ]),
    ]))
}

/// Whether this process may read and write a file, judged from its mode
/// bits against the process's user and group (read from `/proc/self`, where
/// there is one); the superuser may do both.
fn access_bits(m: &fs::Metadata) -> (bool, bool) {
    let me = fs::metadata("/proc/self").ok().map(|p| (p.uid(), p.gid()));
    let mode = m.mode();
    let shift = match me {
        Some((0, _)) => return (true, true),
        Some((uid, _)) if uid == m.uid() => 6,
        Some((_, gid)) if gid == m.gid() => 3,
        Some(_) => 0,
        None => 6,
    };
    (mode >> shift & 0o4 != 0, mode >> shift & 0o2 != 0)
}

/// Applies the access time, modification time and mode of a `file_info`
/// record; fields left `:undefined` stay as they are.
fn write_file_info(file: &Term, info: &Term, _opts: &Term) -> BifResult {
    let p = path(file)?;
    let fields = match info.as_tuple() {
        Some(f) if f.len() == 14 && f[0].is_atom(Atom::new("file_info")) => f,
        _ => return Ok(posix_error("badarg")),
    };
    let defined = |t: &Term| !t.is_atom(Atom::new("undefined"));
    let at = |t: &Term| time_secs(t).map(|s| UNIX_EPOCH + Duration::from_secs(s.max(0) as u64));
    if defined(&fields[7]) {
        let Term::Int(mode) = fields[7] else {
            return Ok(posix_error("badarg"));
        };
        if let Err(e) = fs::set_permissions(&p, fs::Permissions::from_mode(mode as u32)) {
            return Ok(error_tuple(&e));
        }
    }
    let (atime, mtime) = (&fields[4], &fields[5]);
    if defined(atime) || defined(mtime) {
        // As in OTP, a time left undefined becomes the present.
        let now = std::time::SystemTime::now();
        let when = |t: &Term| if defined(t) { at(t) } else { Some(now) };
        let (Some(accessed), Some(modified)) = (when(atime), when(mtime)) else {
            return Ok(posix_error("badarg"));
        };
        let times = fs::FileTimes::new()
            .set_accessed(accessed)
            .set_modified(modified);
        return unit(fs::File::open(&p).and_then(|f| f.set_times(times)));
    }
    Ok(Term::atom("ok"))
}

fn change_mode(a: &[Term]) -> BifResult {
    let mode = args::small(&a[1], 2)?;
    unit(fs::set_permissions(
        path(&a[0])?,
        fs::Permissions::from_mode(mode as u32),
    ))
}

// ---------------------------------------------------------------------------
// Folders and names.

fn list_dir(a: &[Term]) -> BifResult {
    let read = || -> io::Result<Term> {
        let mut names = Vec::new();
        for entry in fs::read_dir(path(&a[0]).map_err(|_| io::Error::from_raw_os_error(22))?)? {
            names.push(name_charlist(&entry?.file_name()));
        }
        Ok(Term::list(names))
    };
    ok_or_posix(read())
}

fn del_dir(a: &[Term]) -> BifResult {
    Ok(match fs::remove_dir(path(&a[0])?) {
        Ok(()) => Term::atom("ok"),
        // Erlang reports a folder that is not empty as `eexist`.
        Err(e) if posix_name(&e) == "enotempty" => posix_error("eexist"),
        Err(e) => error_tuple(&e),
    })
}

fn delete(a: &[Term]) -> BifResult {
    let p = path(&a[0])?;
    if fs::symlink_metadata(&p).is_ok_and(|m| m.is_dir()) {
        return Ok(posix_error("eperm"));
    }
    unit(fs::remove_file(p))
}

/// `copy(source, destination[, byte_count])`: `:infinity` or a count of
/// bytes to copy from the start of the source.
fn copy(a: &[Term]) -> BifResult {
    let (from, to) = (path(&a[0])?, path(&a[1])?);
    let limit = match a.get(2) {
        None => None,
        Some(Term::Int(n)) if *n >= 0 => Some(*n as u64),
        Some(t) if t.is_atom(Atom::new("infinity")) => None,
        Some(_) => return Err(Exception::badarg_at(3, "not a byte count")),
    };
    let run = || -> io::Result<Term> {
        let src = fs::File::open(&from)?;
        let mut dst = fs::File::create(&to)?;
        let copied = match limit {
            Some(n) => io::copy(&mut io::Read::take(src, n), &mut dst)?,
            None => io::copy(&mut { src }, &mut dst)?,
        };
        Ok(Term::Int(copied as i64))
    };
    ok_or_posix(run())
}

// ---------------------------------------------------------------------------
// Open files.

/// An open file and what has been read ahead of the caller.
struct Handle {
    file: fs::File,
    ahead: Vec<u8>,
    /// Opened with `{:encoding, :utf8}`: the IO functions read characters as
    /// UTF-8; otherwise each byte is a (latin-1) character.
    unicode: bool,
}

impl Handle {
    /// Reads until `done` says the buffer holds enough, or the file ends.
    fn fill_until(&mut self, done: impl Fn(&[u8]) -> bool) -> io::Result<()> {
        let mut chunk = [0u8; 8192];
        while !done(&self.ahead) {
            let n = self.file.read(&mut chunk)?;
            if n == 0 {
                break;
            }
            self.ahead.extend_from_slice(&chunk[..n]);
        }
        Ok(())
    }

    /// Moves the file back over what was read ahead, before a write or seek.
    fn unread(&mut self) -> io::Result<()> {
        if !self.ahead.is_empty() {
            self.file
                .seek(SeekFrom::Current(-(self.ahead.len() as i64)))?;
            self.ahead.clear();
        }
        Ok(())
    }
}

fn handles() -> &'static Mutex<HashMap<u64, Handle>> {
    static HANDLES: std::sync::OnceLock<Mutex<HashMap<u64, Handle>>> = std::sync::OnceLock::new();
    HANDLES.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Handle ids, far from the numbers `make_ref/0` hands out.
static NEXT_HANDLE: AtomicU64 = AtomicU64::new(1 << 48);

fn handle_id(t: &Term) -> Option<u64> {
    match t.as_tuple()? {
        [tag, owner, Term::Ref(id)]
            if tag.is_atom(Atom::new("file_descriptor"))
                && owner.is_atom(Atom::new("vial_file")) =>
        {
            Some(*id)
        }
        _ => None,
    }
}

fn with_handle<R>(
    device: &Term,
    f: impl FnOnce(&mut Handle) -> io::Result<R>,
) -> Option<io::Result<R>> {
    let id = handle_id(device)?;
    let mut table = handles().lock().unwrap_or_else(|e| e.into_inner());
    let h = table.get_mut(&id)?;
    Some(f(h))
}

fn open(a: &[Term]) -> BifResult {
    let p = path(&a[0])?;
    let opts = open_options(&a[1])?;
    let unicode = args::iter(&a[1]).any(|m| {
        m.is_atom(Atom::new("utf8"))
            || matches!(m.as_tuple(), Some([k, v]) if k.is_atom(Atom::new("encoding")) && !v.is_atom(Atom::new("latin1")))
    });
    let trim_bom = args::iter(&a[1]).any(|m| m.is_atom(Atom::new("trim_bom")));
    match opts.open(p) {
        // Linux opens a folder for reading; the BEAM answers eisdir.
        Ok(file) if file.metadata().is_ok_and(|m| m.is_dir()) => {
            Ok(Term::tuple(vec![Term::atom("error"), Term::atom("eisdir")]))
        }
        Ok(mut file) => {
            let mut ahead = Vec::new();
            if trim_bom {
                // A leading UTF-8 byte order mark is skipped; anything else
                // read while looking for it is kept for the first read.
                let mut head = [0u8; 3];
                let mut got = 0;
                while got < 3 {
                    match io::Read::read(&mut file, &mut head[got..]) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => got += n,
                    }
                }
                if head[..got] != [0xEF, 0xBB, 0xBF] {
                    ahead.extend_from_slice(&head[..got]);
                }
            }
            let id = NEXT_HANDLE.fetch_add(1, Ordering::Relaxed);
            let mut table = handles().lock().unwrap_or_else(|e| e.into_inner());
            table.insert(
                id,
                Handle {
                    file,
                    ahead,
                    unicode,
                },
            );
            let device = Term::tuple(vec![
                Term::atom("file_descriptor"),
                Term::atom("vial_file"),
                Term::Ref(id),
            ]);
            Ok(Term::tuple(vec![Term::atom("ok"), device]))
        }
        Err(e) => Ok(error_tuple(&e)),
    }
}

fn close(a: &[Term]) -> BifResult {
    let Some(id) = handle_id(&a[0]) else {
        return Ok(posix_error("badarg"));
    };
    let removed = handles()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&id);
    Ok(match removed {
        Some(_) => Term::atom("ok"),
        None => posix_error("einval"),
    })
}

/// Whether an open file reads characters as UTF-8 (`None`: not an open file).
pub fn is_unicode(device: &Term) -> Option<bool> {
    with_handle(device, |h| Ok(h.unicode)).and_then(Result::ok)
}

/// The next line of an open file (with its newline), `None` at its end; the
/// outer `None` when `device` is not an open file.
pub fn read_line(device: &Term) -> Option<io::Result<Option<Vec<u8>>>> {
    with_handle(device, |h| {
        h.fill_until(|b| b.contains(&b'\n'))?;
        if h.ahead.is_empty() {
            return Ok(None);
        }
        let end = h
            .ahead
            .iter()
            .position(|b| *b == b'\n')
            .map_or(h.ahead.len(), |i| i + 1);
        Ok(Some(h.ahead.drain(..end).collect()))
    })
}

/// Up to `n` bytes of an open file, `None` at its end.
pub fn read_bytes(device: &Term, n: usize) -> Option<io::Result<Option<Vec<u8>>>> {
    with_handle(device, |h| {
        h.fill_until(|b| b.len() >= n)?;
        if h.ahead.is_empty() && n > 0 {
            return Ok(None);
        }
        let end = n.min(h.ahead.len());
        Ok(Some(h.ahead.drain(..end).collect()))
    })
}

/// Up to `n` UTF-8 characters of an open file, `None` at its end.
pub fn read_chars(device: &Term, n: usize) -> Option<io::Result<Option<Vec<u8>>>> {
    with_handle(device, |h| {
        h.fill_until(|b| {
            utf8_prefix(b, n) < b.len() || String::from_utf8_lossy(b).chars().count() >= n
        })?;
        if h.ahead.is_empty() && n > 0 {
            return Ok(None);
        }
        let end = utf8_prefix(&h.ahead, n);
        Ok(Some(h.ahead.drain(..end).collect()))
    })
}

/// The length in bytes of the first `n` characters of `bytes`.
pub fn utf8_prefix(bytes: &[u8], n: usize) -> usize {
    let mut i = 0;
    for _ in 0..n {
        if i >= bytes.len() {
            break;
        }
        let width = match bytes[i] {
            b if b < 0x80 => 1,
            b if b >> 5 == 0b110 => 2,
            b if b >> 4 == 0b1110 => 3,
            b if b >> 3 == 0b11110 => 4,
            _ => 1,
        };
        i = (i + width).min(bytes.len());
    }
    i
}

/// Writes to an open file; `None` when `device` is not one.
pub fn write_bytes(device: &Term, bytes: &[u8]) -> Option<io::Result<()>> {
    with_handle(device, |h| {
        h.unread()?;
        h.file.write_all(bytes)
    })
}

fn read_result(r: Option<io::Result<Option<Vec<u8>>>>) -> BifResult {
    Ok(match r {
        Some(Ok(Some(bytes))) => Term::tuple(vec![Term::atom("ok"), Term::binary(bytes)]),
        Some(Ok(None)) => Term::atom("eof"),
        Some(Err(e)) => error_tuple(&e),
        None => posix_error("einval"),
    })
}

fn position(a: &[Term]) -> BifResult {
    let to = match &a[1] {
        Term::Int(n) => SeekFrom::Start((*n).max(0) as u64),
        t if t.is_atom(Atom::new("bof")) => SeekFrom::Start(0),
        t if t.is_atom(Atom::new("eof")) => SeekFrom::End(0),
        t if t.is_atom(Atom::new("cur")) => SeekFrom::Current(0),
        t => match t.as_tuple() {
            Some([k, Term::Int(n)]) => match k.as_atom().map(Atom::name) {
                Some("bof") => SeekFrom::Start((*n).max(0) as u64),
                Some("cur") => SeekFrom::Current(*n),
                Some("eof") => SeekFrom::End(*n),
                _ => return Ok(posix_error("einval")),
            },
            _ => return Ok(posix_error("einval")),
        },
    };
    let r = with_handle(&a[0], |h| {
        h.unread()?;
        h.file.seek(to)
    });
    match r {
        Some(r) => ok_or_posix(r.map(|n| Term::Int(n as i64))),
        None => Ok(posix_error("einval")),
    }
}

// ---------------------------------------------------------------------------
// The environment and programs.

fn getenv_0(_: &[Term]) -> BifResult {
    let vars = std::env::vars_os().map(|(k, v)| {
        let mut s = k.as_bytes().to_vec();
        s.push(b'=');
        s.extend_from_slice(v.as_bytes());
        name_charlist(OsStr::from_bytes(&s))
    });
    Ok(Term::list(vars.collect::<Vec<_>>()))
}

fn getenv(name: &Term) -> Result<Option<Term>, Exception> {
    let name = text(name, 1)?;
    if name.is_empty() || name.contains('=') || name.contains('\0') {
        return Ok(None);
    }
    Ok(std::env::var_os(name).map(|v| name_charlist(&v)))
}

fn putenv(a: &[Term]) -> BifResult {
    let (k, v) = (text(&a[0], 1)?, text(&a[1], 2)?);
    if k.is_empty() || k.contains('=') || k.contains('\0') || v.contains('\0') {
        return Err(Exception::badarg());
    }
    std::env::set_var(k, v);
    Ok(Term::bool(true))
}

fn unsetenv(a: &[Term]) -> BifResult {
    let k = text(&a[0], 1)?;
    if k.is_empty() || k.contains('=') || k.contains('\0') {
        return Err(Exception::badarg());
    }
    std::env::remove_var(k);
    Ok(Term::bool(true))
}

fn os_name() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "linux" => "linux",
        "freebsd" => "freebsd",
        "openbsd" => "openbsd",
        "netbsd" => "netbsd",
        _ => "unknown",
    }
}

/// The program `name` names: itself when it holds a slash, else the first
/// executable of that name in `PATH`.
fn find_executable(name: &str) -> Option<PathBuf> {
    let runnable =
        |p: &std::path::Path| fs::metadata(p).is_ok_and(|m| m.is_file() && m.mode() & 0o111 != 0);
    if name.contains('/') {
        let p = PathBuf::from(name);
        return runnable(&p).then_some(p);
    }
    let dirs = std::env::var_os("PATH")?;
    std::env::split_paths(&dirs)
        .map(|d| d.join(name))
        .find(|p| runnable(p))
}

fn os_cmd(a: &[Term]) -> BifResult {
    let command = text(&a[0], 1)?;
    let out = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(&command)
        .stdin(std::process::Stdio::null())
        .output();
    Ok(match out {
        Ok(o) => name_charlist(OsStr::from_bytes(&o.stdout)),
        Err(_) => Term::Nil,
    })
}

/// `System.cmd/3`'s work: runs `exe` with `args` and the options `cd`, `env`
/// (`{name, value}` pairs, value `nil` to unset), `stderr_to_stdout` and `arg0`;
/// returns `{output, exit_status}`.
fn system_cmd(a: &[Term]) -> BifResult {
    let exe = text(&a[0], 1)?;
    let Some(program) = find_executable(&exe) else {
        return Err(Exception::error_atom("enoent"));
    };
    let mut cmd = std::process::Command::new(program);
    for arg in args::list(&a[1], 2)? {
        cmd.arg(text(&arg, 2)?);
    }
    cmd.stdin(std::process::Stdio::null());
    let mut merge = false;
    for opt in args::list(&a[2], 3)? {
        let Some([Term::Atom(k), v]) = opt.as_tuple() else {
            continue;
        };
        match k.name() {
            "cd" => {
                cmd.current_dir(text(v, 3)?);
            }
            "env" => {
                for pair in args::list(v, 3)? {
                    if let Some([name, value]) = pair.as_tuple() {
                        let name = text(name, 3)?;
                        if value.is_atom(Atom::NIL) || value.is_atom(Atom::FALSE) {
                            cmd.env_remove(name);
                        } else {
                            cmd.env(name, text(value, 3)?);
                        }
                    }
                }
            }
            "stderr_to_stdout" => merge = v.is_atom(Atom::TRUE),
            "arg0" => {
                use std::os::unix::process::CommandExt;
                cmd.arg0(text(v, 3)?);
            }
            _ => {}
        }
    }
    if !merge {
        cmd.stderr(std::process::Stdio::inherit());
        let out = cmd
            .output()
            .map_err(|e| Exception::error_atom(posix_name(&e)))?;
        return Ok(cmd_result(out.stdout, out.status));
    }
    // Both streams into one pipe, in the order the program writes them.
    let (mut reader, writer) = io::pipe().map_err(|e| Exception::error_atom(posix_name(&e)))?;
    let writer2 = writer
        .try_clone()
        .map_err(|e| Exception::error_atom(posix_name(&e)))?;
    cmd.stdout(writer).stderr(writer2);
    let mut child = cmd
        .spawn()
        .map_err(|e| Exception::error_atom(posix_name(&e)))?;
    drop(cmd);
    let mut output = Vec::new();
    let _ = reader.read_to_end(&mut output);
    let status = child
        .wait()
        .map_err(|e| Exception::error_atom(posix_name(&e)))?;
    Ok(cmd_result(output, status))
}

fn cmd_result(output: Vec<u8>, status: std::process::ExitStatus) -> Term {
    use std::os::unix::process::ExitStatusExt;
    let code = status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    Term::tuple(vec![Term::binary(output), Term::Int(i64::from(code))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for days in [-800_000, -1, 0, 1, 59, 365, 11_016, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn utf8_prefixes_count_characters() {
        assert_eq!(utf8_prefix("héllo".as_bytes(), 2), 3);
        assert_eq!(utf8_prefix(b"ab", 5), 2);
    }
}
