//! ANSI escape sequences for `syntax_colors`: the names `IO.ANSI` knows
//! (`:red`, `:light_blue`, `:bright`, `:reset`, ...), a list of them, or raw
//! text, as `IO.ANSI.format_fragment/2` turns them into escapes.

use crate::term::Term;

/// The escape sequence for a colour given as ANSI data; `None` if a name is unknown.
pub fn escape(color: &Term) -> Option<String> {
    let mut out = String::new();
    let mut stack = vec![color];
    while let Some(t) = stack.pop() {
        match t {
            Term::Atom(a) => out.push_str(&format!("\x1b[{}m", code(a.name())?)),
            Term::Binary(b) => out.push_str(std::str::from_utf8(b.as_bytes()).ok()?),
            Term::Int(c) => out.push(u32::try_from(*c).ok().and_then(char::from_u32)?),
            Term::Nil => {}
            Term::Cons(cell) => {
                stack.push(&cell.tail);
                stack.push(&cell.head);
            }
            _ => return None,
        }
    }
    Some(out)
}

const COLORS: [&str; 8] = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
];

/// The SGR code of an `IO.ANSI` name.
fn code(name: &str) -> Option<String> {
    let fixed = match name {
        "reset" => 0,
        "bright" => 1,
        "faint" => 2,
        "italic" => 3,
        "underline" => 4,
        "blink_slow" => 5,
        "blink_rapid" => 6,
        "inverse" | "reverse" => 7,
        "conceal" => 8,
        "crossed_out" => 9,
        "primary_font" => 10,
        "font_1" => 11,
        "font_2" => 12,
        "font_3" => 13,
        "font_4" => 14,
        "font_5" => 15,
        "font_6" => 16,
        "font_7" => 17,
        "font_8" => 18,
        "font_9" => 19,
        "normal" => 22,
        "not_italic" => 23,
        "no_underline" => 24,
        "blink_off" => 25,
        "inverse_off" | "reverse_off" => 27,
        "default_color" => 39,
        "default_background" => 49,
        "framed" => 51,
        "encircled" => 52,
        "overlined" => 53,
        "not_framed_encircled" => 54,
        "not_overlined" => 55,
        _ => {
            let (light, rest) = match name.strip_prefix("light_") {
                Some(rest) => (true, rest),
                None => (false, name),
            };
            let (background, color) = match rest.strip_suffix("_background") {
                Some(c) => (true, c),
                None => (false, rest),
            };
            let index = COLORS.iter().position(|c| *c == color)?;
            let base = match (light, background) {
                (false, false) => 30,
                (false, true) => 40,
                (true, false) => 90,
                (true, true) => 100,
            };
            base + index
        }
    };
    Some(fixed.to_string())
}
