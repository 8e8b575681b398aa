//! The lines Elixir 1.14's own frames show: a frame of one of vial's stdlib
//! functions (code under `lib/elixir/lib/`) takes the line Elixir's function of
//! the same name shows at the same kind of place, from a table extracted from
//! Elixir's BEAM files by `tests/stdlib_lines.exs` (src/vm/stdlib_lines.txt).
//! vial's stdlib is written differently, so its own lines mean nothing to a
//! reader of Elixir's sources.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::StackFrame;
use crate::term::Atom;

/// `Module function arity line:place ...` per line; see tests/stdlib_lines.exs.
const TABLE: &str = include_str!("stdlib_lines.txt");

type Places = Vec<(u32, &'static str)>;
type Key = (&'static str, &'static str, u32);

struct Table {
    /// The file of a module's frames, as vial names it (`lib/elixir/` and Elixir's).
    files: HashMap<&'static str, String>,
    places: Vec<Places>,
    by_name: HashMap<Key, usize>,
    /// Anonymous functions by the function that made them (`-f/2-fun-`):
    /// vial numbers its closures differently.
    by_maker: HashMap<Key, Vec<usize>>,
}

fn table() -> &'static Table {
    static TABLE_MAP: OnceLock<Table> = OnceLock::new();
    TABLE_MAP.get_or_init(|| {
        let mut table = Table {
            files: HashMap::new(),
            places: Vec::new(),
            by_name: HashMap::new(),
            by_maker: HashMap::new(),
        };
        for line in TABLE.lines() {
            if let Some(rest) = line.strip_prefix("@file ") {
                if let Some((module, file)) = rest.split_once(' ') {
                    // OTP's modules show their own source (`maps.erl`)
                    let path = if file.ends_with(".erl") {
                        file.to_string()
                    } else {
                        format!("lib/elixir/{file}")
                    };
                    table.files.insert(module, path);
                }
                continue;
            }
            let mut words = line.split(' ');
            let (Some(module), Some(function), Some(arity)) =
                (words.next(), words.next(), words.next())
            else {
                continue;
            };
            let Ok(arity) = arity.parse() else { continue };
            let places = words
                .filter_map(|w| {
                    let (line, what) = w.split_once(':')?;
                    Some((line.parse().ok()?, what))
                })
                .collect();
            let i = table.places.len();
            table.places.push(places);
            table.by_name.insert((module, function, arity), i);
            if let Some(maker) = closure_maker(function) {
                table
                    .by_maker
                    .entry((module, maker, arity))
                    .or_default()
                    .push(i);
            }
        }
        table
    })
}

/// vial's stdlib functions that stand for one Elixir's compiler made or names
/// otherwise: (module, vial's name, arity) -> (Elixir's name, arity). In a
/// name, `{}` is the function whose closure the frame above is (Enum.count/2's
/// folding is `Enum."-count/2-lists^foldl/2-0-"/3`), else the default after `|`.
#[rustfmt::skip]
const ALIASES: &[(&str, &str, u32, &str, u32)] = &[
    ("Elixir.Enum", "fold_list", 3, "-{}-lists^foldl/2-0-|reduce/3", 3),
    ("Elixir.Enum", "map_list", 3, "-{}-lists^map/1-0-|map/2", 2),
    ("Elixir.Enum", "sum_list", 3, "-sum/1-lists^foldl/2-0-", 2),
    ("Elixir.Enum", "each_list", 2, "-each/2-lists^foreach/1-0-", 2),
    ("Elixir.Enum", "fold_range_loop", 5, "reduce_range", 5),
    ("Elixir.Enum", "filter_list", 3, "filter_list", 2),
    ("Elixir.Enum", "fold_while", 3, "reduce_while", 3),
    ("Elixir.Enum", "zip_with_two", 3, "zip_with_list", 3),
    ("Elixir.Enum", "map_reduce_list", 4, "-map_reduce/3-lists^mapfoldl/2-0-", 3),
    ("Elixir.List", "fold_left", 3, "-foldl/3-lists^foldl/2-0-", 3),
    ("Elixir.Map", "new", 2, "new_from_enum", 2),
    ("Elixir.GenServer", "call_pid", 4, "call", 3),
    ("Elixir.GenServer", "call_self", 3, "call", 3),
    ("Elixir.Task", "await_timeout", 2, "await", 2),
];

/// Elixir's name and arity for a vial function in `ALIASES`.
fn alias(frame: &StackFrame, callee: Option<&StackFrame>) -> Option<(String, u32)> {
    let module = frame.module.name();
    let function = frame.function.name();
    let &(_, _, _, name, arity) = ALIASES
        .iter()
        .find(|a| (a.0, a.1, a.2) == (module, function, frame.arity))?;
    let Some((template, default)) = name.split_once('|') else {
        return Some((name.to_string(), arity));
    };
    let maker = callee
        .filter(|c| c.module == frame.module)
        .and_then(|c| closure_maker(c.function.name()))
        .map(|m| m[1..m.len() - 5].to_string());
    let made = maker
        .map(|m| template.replace("{}", &m))
        .filter(|n| table().by_name.contains_key(&(module, n.as_str(), arity)));
    Some((
        made.unwrap_or_else(|| template.replace("{}", default)),
        arity,
    ))
}

/// The place a function that raises in several places fails at when vial's
/// stands for it, by vial's name: GenServer.call/3 exits where a call to a
/// pid fails (a time-out, the server gone) or where it refuses a call to
/// itself; its own frame (no process of that name) takes the first place.
/// Task.await/2 exits where the task fails, or where it times out.
const RAISES: &[(&str, &str, u32, u32)] = &[
    ("Elixir.GenServer", "call_pid", 4, 1038),
    ("Elixir.GenServer", "call_self", 3, 1031),
    ("Elixir.Task", "await_timeout", 2, 830),
];

/// vial's stdlib functions whose work Elixir's compiler inlines into their
/// callers (Enum's `reduce/3`): they leave no frame.
const INLINED: &[(&str, &str, u32)] = &[("Elixir.Enum", "fold", 3), ("Elixir.Enum", "walk", 3)];

fn inlined(frame: &StackFrame) -> bool {
    let stdlib = frame
        .file
        .is_some_and(|f| f.name().starts_with("lib/elixir/lib/"));
    stdlib && INLINED.contains(&(frame.module.name(), frame.function.name(), frame.arity))
}

/// OTP functions whose frame is that of a loop inside them: the place that
/// calls them names the function itself (Enum.map/2 calls `:maps.fold/3`,
/// whose frame is `:maps.fold_1/3`).
const CALLED_AS: &[(&str, &str, u32, &str)] = &[("maps", "fold_1", 3, "maps.fold/3")];

fn called_as(callee: &StackFrame) -> Option<&'static str> {
    let module = callee.module.name();
    // An implementation of Enumerable is reached through the protocol.
    if module.starts_with("Elixir.Enumerable.") {
        return Some("Elixir.Enumerable.reduce/3");
    }
    CALLED_AS
        .iter()
        .find(|c| (c.0, c.1, c.2) == (module, callee.function.name(), callee.arity))
        .map(|c| c.3)
}

/// A closure made by an inlined function (`-walk/3-fun-0-`, Enum's
/// reduce/3) is, in Elixir, one made by the function it is inlined into: the
/// next frame of the same module below it (`-map/2-fun-0-`, shown
/// `anonymous fn/3 in Enum.map/2`), at the line of that function's call of
/// `Enumerable.reduce/3`, where the inlined code stands.
fn rename_inlined_closures(frames: &mut [StackFrame]) {
    for i in 0..frames.len() {
        let (head, below) = frames.split_at_mut(i + 1);
        let frame = &mut head[i];
        let Some(maker) = closure_maker(frame.function.name()) else {
            continue;
        };
        let inlined_maker = INLINED
            .iter()
            .any(|&(m, f, a)| m == frame.module.name() && maker == format!("-{f}/{a}-fun-"));
        if !inlined_maker {
            continue;
        }
        let caller = below
            .iter()
            .find(|f| f.module == frame.module && closure_maker(f.function.name()).is_none());
        let Some(caller) = caller else { continue };
        let places = table()
            .by_name
            .get(&(frame.module.name(), caller.function.name(), caller.arity))
            .map(|&p| &table().places[p]);
        let line = places.and_then(|p| {
            p.iter()
                .find(|(_, w)| *w == "Elixir.Enumerable.reduce/3")
                .map(|p| p.0)
        });
        let name = format!("-{}/{}-fun-0-", caller.function.name(), caller.arity);
        frame.function = Atom::new(&name);
        if let Some(line) = line {
            frame.line = line;
        }
    }
}

/// `-f/2-fun-` of `-f/2-fun-3-`.
fn closure_maker(name: &str) -> Option<&str> {
    let cut = name.rfind("-fun-")?;
    (name.starts_with('-') && name.ends_with('-')).then(|| &name[..cut + 5])
}

/// Gives each frame of a stdlib function the line Elixir shows for it: where
/// it calls the frame above it (a fun, a function of that name), where it
/// raises when it is the top frame, or its clause heads for a
/// FunctionClauseError (a top frame carrying its arguments).
pub fn remap(frames: &mut Vec<StackFrame>) {
    frames.retain(|f| !inlined(f));
    for i in 0..frames.len() {
        let (before, rest) = frames.split_at_mut(i);
        let frame = &mut rest[0];
        let stdlib = frame
            .file
            .is_some_and(|f| f.name().starts_with("lib/elixir/lib/"));
        if !stdlib {
            continue;
        }
        let table = table();
        let callee = before.last();
        let raises = RAISES
            .iter()
            .find(|r| (r.0, r.1, r.2) == (frame.module.name(), frame.function.name(), frame.arity))
            .map(|r| r.3);
        if let Some((name, arity)) = alias(frame, callee) {
            frame.function = Atom::new(&name);
            frame.arity = arity;
        }
        let function = frame.function.name().replace(' ', "\\s");
        let module = frame.module.name();
        if let Some(file) = table.files.get(module) {
            if frame.file.is_some_and(|f| f.name() != file) {
                frame.file = Some(Atom::new(file));
            }
        }
        let line = match table.by_name.get(&(module, function.as_str(), frame.arity)) {
            Some(&i) => {
                let (exact, fallback) = pick(frame, callee, raises, &table.places[i]);
                exact.or(fallback)
            }
            None => {
                let makers = closure_maker(&function)
                    .and_then(|m| table.by_maker.get(&(module, m, frame.arity)));
                let picks: Vec<_> = makers
                    .into_iter()
                    .flatten()
                    .map(|&i| pick(frame, callee, raises, &table.places[i]))
                    .collect();
                picks
                    .iter()
                    .find_map(|p| p.0)
                    .or_else(|| picks.first().and_then(|p| p.1))
            }
        };
        if let Some(line) = line {
            frame.line = line;
        }
    }
    rename_inlined_closures(frames);
}

/// The line of the place matching the callee, and a line to fall back on.
fn pick(
    frame: &StackFrame,
    callee: Option<&StackFrame>,
    raises: Option<u32>,
    places: &Places,
) -> (Option<u32>, Option<u32>) {
    let find = |want: &str| places.iter().find(|(_, w)| *w == want).map(|p| p.0);
    // (no place matches: the first in the source, as the first clause is
    // usually the common case)
    let fallback = places.iter().filter(|(_, w)| *w != "fc").map(|p| p.0).min();
    let exact = match callee {
        None if frame.args.is_some() => return (find("fc"), None),
        None => raises.or_else(|| find("!")),
        Some(c) => {
            let name = c.function.name().replace(' ', "\\s");
            let remote = format!("{}.{}/{}", c.module.name(), name, c.arity);
            let local = format!("{}/{}", name, c.arity);
            // A call of `map/2` shows as the frame of what the compiler
            // made of its `:lists.map/2`: `-map/2-lists^map/1-0-`.
            let inlined = name
                .strip_prefix('-')
                .and_then(|n| n.split_once("-lists^"))
                .map(|(f, _)| f.to_string());
            find(&remote)
                .or_else(|| called_as(c).and_then(find))
                .or_else(|| (c.module == frame.module).then(|| find(&local)).flatten())
                .or_else(|| {
                    let f = inlined.as_deref()?;
                    let remote = format!("{}.{f}", c.module.name());
                    find(&remote).or_else(|| (c.module == frame.module).then(|| find(f)).flatten())
                })
                .or_else(|| find("fun"))
        }
    };
    (exact, fallback)
}
