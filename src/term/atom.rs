//! Atoms: interned names in one global table, compared by index. Atoms are never
//! freed (as on the BEAM), so a name can be handed out as `&'static str`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{OnceLock, RwLock};

use rustc_hash::FxHashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Atom(u32);

/// The atom of a literal name, interned once per place it is written: for
/// hot paths, where `Atom::new`'s lookup would cost more than the work.
#[macro_export]
macro_rules! atom {
    ($name:literal) => {{
        static ATOM: std::sync::OnceLock<$crate::term::Atom> = std::sync::OnceLock::new();
        *ATOM.get_or_init(|| $crate::term::Atom::new($name))
    }};
}

struct Table {
    by_name: HashMap<&'static str, u32>,
    /// How many atoms there are.
    len: u32,
}

/// The names by index, read without a lock (`Atom::name` is on many hot
/// paths: printing, ordering, matching options): chunks that, once made, are
/// never moved or freed; each name is set once, under the table's write lock,
/// before its atom is handed to anyone.
const CHUNK: usize = 4096;
type Chunk = [OnceLock<&'static str>; CHUNK];
static NAMES: [AtomicPtr<Chunk>; 4096] = [const { AtomicPtr::new(std::ptr::null_mut()) }; 4096];

/// Records the name of atom `i` (the table's write lock held).
fn set_name(i: u32, name: &'static str) {
    let (c, k) = (i as usize / CHUNK, i as usize % CHUNK);
    let slot = &NAMES[c];
    let mut chunk = slot.load(Ordering::Acquire);
    if chunk.is_null() {
        let fresh: Box<Chunk> = Box::new([const { OnceLock::new() }; CHUNK]);
        chunk = Box::into_raw(fresh);
        slot.store(chunk, Ordering::Release);
    }
    // SAFETY: chunks are leaked, never freed or moved.
    let _ = unsafe { &*chunk }[k].set(name);
}

/// Atoms every stage needs, pre-interned at fixed indices.
const PRESET: &[&str] = &[
    "nil",
    "true",
    "false",
    "__block__",
    "line",
    "do",
    "__aliases__",
    "__struct__",
];

impl Atom {
    pub const NIL: Atom = Atom(0);
    pub const TRUE: Atom = Atom(1);
    pub const FALSE: Atom = Atom(2);
    pub const BLOCK: Atom = Atom(3);
    pub const LINE: Atom = Atom(4);
    pub const DO: Atom = Atom(5);
    pub const ALIASES: Atom = Atom(6);
    pub const STRUCT: Atom = Atom(7);

    pub fn new(name: &str) -> Atom {
        thread_local! {
            /// Names this thread has interned: most lookups need no lock.
            static SEEN: RefCell<FxHashMap<&'static str, Atom>> = RefCell::new(FxHashMap::default());
        }
        if let Some(a) = SEEN.with(|s| s.borrow().get(name).copied()) {
            return a;
        }
        let atom = Atom::intern(name);
        SEEN.with(|s| s.borrow_mut().insert(atom.name(), atom));
        atom
    }

    /// The atom named `name` if it has been made before.
    pub fn existing(name: &str) -> Option<Atom> {
        table()
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .by_name
            .get(name)
            .map(|&i| Atom(i))
    }

    fn intern(name: &str) -> Atom {
        let table = table();
        if let Some(&i) = table
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .by_name
            .get(name)
        {
            return Atom(i);
        }
        let mut t = table.write().unwrap_or_else(|e| e.into_inner());
        if let Some(&i) = t.by_name.get(name) {
            return Atom(i);
        }
        let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
        let i = t.len;
        assert!((i as usize) < CHUNK * NAMES.len(), "too many atoms");
        set_name(i, leaked);
        t.len += 1;
        t.by_name.insert(leaked, i);
        Atom(i)
    }

    pub fn name(self) -> &'static str {
        // The presets are set when the table is first made.
        let _ = table();
        let (c, k) = (self.0 as usize / CHUNK, self.0 as usize % CHUNK);
        let chunk = NAMES[c].load(Ordering::Acquire);
        // SAFETY: an atom exists only once its name is set (see `NAMES`).
        let name = unsafe { chunk.as_ref() }.and_then(|chunk| chunk[k].get());
        name.expect("an interned atom")
    }

    pub fn index(self) -> u32 {
        self.0
    }
}

fn table() -> &'static RwLock<Table> {
    static TABLE: OnceLock<RwLock<Table>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            by_name: HashMap::new(),
            len: 0,
        };
        for (i, name) in PRESET.iter().enumerate() {
            set_name(i as u32, name);
            t.len += 1;
            t.by_name.insert(name, i as u32);
        }
        RwLock::new(t)
    })
}
