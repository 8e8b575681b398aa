//! The wall clock as a calendar date and time: `:erlang.universaltime/0`,
//! `:erlang.localtime/0` and their `:calendar` names, as
//! `{{year, month, day}, {hour, minute, second}}`. Local time comes from the C
//! library (`localtime_r`), which knows the machine's time zone as the BEAM's does.

use std::ffi::{c_char, c_int, c_long};
use std::time::{SystemTime, UNIX_EPOCH};

use super::args::bif;
use super::Bif;
use crate::term::Term;

pub static BIFS: &[Bif] = &[
    bif("erlang", "universaltime", 0, |_| Ok(universal())),
    bif("erlang", "localtime", 0, |_| Ok(local())),
    bif("calendar", "universal_time", 0, |_| Ok(universal())),
    bif("calendar", "local_time", 0, |_| Ok(local())),
];

fn now_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn datetime(date: (i64, i64, i64), time: (i64, i64, i64)) -> Term {
    Term::tuple(vec![
        Term::tuple(vec![
            Term::Int(date.0),
            Term::Int(date.1),
            Term::Int(date.2),
        ]),
        Term::tuple(vec![
            Term::Int(time.0),
            Term::Int(time.1),
            Term::Int(time.2),
        ]),
    ])
}

fn universal() -> Term {
    let secs = now_seconds();
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    datetime(civil(days), (rest / 3600, rest / 60 % 60, rest % 60))
}

/// The proleptic Gregorian date `days` after 1970-01-01 (counted in 400-year eras).
fn civil(days: i64) -> (i64, i64, i64) {
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

/// `struct tm` as glibc and musl lay it out.
#[repr(C)]
struct Tm {
    sec: c_int,
    min: c_int,
    hour: c_int,
    mday: c_int,
    mon: c_int,
    year: c_int,
    wday: c_int,
    yday: c_int,
    isdst: c_int,
    gmtoff: c_long,
    zone: *const c_char,
}

extern "C" {
    fn tzset();
    fn localtime_r(time: *const i64, out: *mut Tm) -> *mut Tm;
}

fn local() -> Term {
    let secs = now_seconds();
    let mut tm = Tm {
        sec: 0,
        min: 0,
        hour: 0,
        mday: 0,
        mon: 0,
        year: 0,
        wday: 0,
        yday: 0,
        isdst: 0,
        gmtoff: 0,
        zone: std::ptr::null(),
    };
    // SAFETY: `secs` and `tm` are live locals of the types the C functions take;
    // localtime_r writes only into `tm` and keeps no pointer to either.
    let ok = unsafe {
        tzset();
        !localtime_r(&secs, &mut tm).is_null()
    };
    if !ok {
        return universal();
    }
    datetime(
        (
            i64::from(tm.year) + 1900,
            i64::from(tm.mon) + 1,
            i64::from(tm.mday),
        ),
        (i64::from(tm.hour), i64::from(tm.min), i64::from(tm.sec)),
    )
}
