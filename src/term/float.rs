//! Floats printed as Erlang prints them: the shortest digits that read back to the
//! same float, laid out as `0.1`, `1.0e20`, `3.0e-5`.

pub fn format_float(f: f64) -> String {
    format!("{f:?}")
}
