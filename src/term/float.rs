//! Floats printed as Erlang prints them: the shortest digits that read back to the
//! same float, laid out as `0.1`, `1.0e20`, `3.0e-5`. Ryu finds the digits; the
//! layout rule was found by differential testing against Elixir 1.14 / OTP 25:
//! a decimal exponent from 0 to 15 prints in full (`1000000000000000.0`), 16 and up
//! print as `1.0e16`, and a negative exponent prints in full only when that is no
//! longer than the exponent form (`0.0001` but `1.2e-4`, `0.0012345678`).

/// Elixir's `inspect/1` and `Float.to_string/1` of a float.
pub fn format_float(f: f64) -> String {
    if f.is_nan() || f.is_infinite() {
        // The BEAM has no such floats; print something readable rather than panic.
        return format!("{f}");
    }
    let mut out = String::new();
    if f.is_sign_negative() {
        out.push('-');
    }
    if f == 0.0 {
        out.push_str("0.0");
        return out;
    }
    let (digits, exp) = shortest_digits(f.abs());
    out.push_str(&layout(&digits, exp));
    out
}

/// The shortest round-trip decimal digits of a positive finite float, with no
/// leading or trailing zeros, and the exponent of the first digit: the value is
/// `d.ddd × 10^exp`.
fn shortest_digits(f: f64) -> (String, i32) {
    let mut buf = ryu::Buffer::new();
    let text = buf.format_finite(f);
    let (mantissa, mut exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    // Position of the decimal point within the mantissa's digits.
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int_part.chars().chain(frac_part.chars()).collect();
    exp += int_part.len() as i32 - 1;
    let leading = all.len() - all.trim_start_matches('0').len();
    exp -= leading as i32;
    let digits = all
        .trim_start_matches('0')
        .trim_end_matches('0')
        .to_string();
    if digits.is_empty() {
        return ("0".to_string(), 0);
    }
    (digits, exp)
}

fn layout(digits: &str, exp: i32) -> String {
    let n = digits.len() as i32;
    if (0..16).contains(&exp) {
        let int_len = exp + 1;
        if n <= int_len {
            let zeros = "0".repeat((int_len - n) as usize);
            return format!("{digits}{zeros}.0");
        }
        let (int, frac) = digits.split_at(int_len as usize);
        return format!("{int}.{frac}");
    }
    let scientific = scientific(digits, exp);
    if exp < 0 {
        let fixed = format!("0.{}{digits}", "0".repeat((-exp - 1) as usize));
        if fixed.len() <= scientific.len() {
            return fixed;
        }
    }
    scientific
}

fn scientific(digits: &str, exp: i32) -> String {
    let (first, rest) = digits.split_at(1);
    let rest = if rest.is_empty() { "0" } else { rest };
    format!("{first}.{rest}e{exp}")
}
