//! Atoms: interned names in one global table, compared by index. Atoms are never
//! freed (as on the BEAM), so a name can be handed out as `&'static str`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{OnceLock, RwLock};

use rustc_hash::FxHashMap;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Atom(u32);

struct Table {
    by_name: HashMap<&'static str, u32>,
    names: Vec<&'static str>,
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
        let i = t.names.len() as u32;
        t.names.push(leaked);
        t.by_name.insert(leaked, i);
        Atom(i)
    }

    pub fn name(self) -> &'static str {
        table().read().unwrap_or_else(|e| e.into_inner()).names[self.0 as usize]
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
            names: Vec::new(),
        };
        for (i, name) in PRESET.iter().enumerate() {
            t.names.push(name);
            t.by_name.insert(name, i as u32);
        }
        RwLock::new(t)
    })
}
