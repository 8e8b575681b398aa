//! Maps: persistent (imbl) ordered maps kept in the order Erlang prints small
//! maps in (`compare_map_keys`: term order, integers before floats), so
//! iteration and `inspect` agree with Elixir for maps of up to 32 keys.

use std::cmp::Ordering;
use std::sync::Arc;

use super::{compare_map_keys, Term};

/// A key in map order. `1` and `1.0` are different keys.
#[derive(Clone, Debug)]
pub struct MapKey(pub Term);

impl PartialEq for MapKey {
    fn eq(&self, other: &MapKey) -> bool {
        compare_map_keys(&self.0, &other.0) == Ordering::Equal
    }
}

impl Eq for MapKey {}

impl PartialOrd for MapKey {
    fn partial_cmp(&self, other: &MapKey) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for MapKey {
    fn cmp(&self, other: &MapKey) -> Ordering {
        compare_map_keys(&self.0, &other.0)
    }
}

pub type MapInner = imbl::OrdMap<MapKey, Term>;

/// A map value; a thin pointer so that `Term` stays 16 bytes.
#[derive(Clone, Debug, Default)]
pub struct Map(Arc<MapInner>);

impl Map {
    pub fn new() -> Map {
        Map::default()
    }

    pub fn from_inner(inner: MapInner) -> Map {
        Map(Arc::new(inner))
    }

    pub fn from_pairs(pairs: impl IntoIterator<Item = (Term, Term)>) -> Map {
        let mut m = MapInner::new();
        for (k, v) in pairs {
            m.insert(MapKey(k), v);
        }
        Map::from_inner(m)
    }

    pub fn inner(&self) -> &MapInner {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, key: &Term) -> Option<&Term> {
        self.0.get(&MapKey(key.clone()))
    }

    /// A copy with `key` set to `value` (sharing structure with `self`).
    pub fn put(&self, key: Term, value: Term) -> Map {
        let mut inner = (*self.0).clone();
        inner.insert(MapKey(key), value);
        Map::from_inner(inner)
    }

    /// Sets `key` in place when this is the only owner, else copies first.
    pub fn put_mut(&mut self, key: Term, value: Term) {
        Arc::make_mut(&mut self.0).insert(MapKey(key), value);
    }

    pub fn remove(&self, key: &Term) -> Map {
        let mut inner = (*self.0).clone();
        inner.remove(&MapKey(key.clone()));
        Map::from_inner(inner)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Term, &Term)> {
        self.0.iter().map(|(k, v)| (&k.0, v))
    }

    /// The pairs in print order.
    pub fn pairs(&self) -> Vec<(Term, Term)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    /// The struct name when this map has an atom under `:__struct__`.
    pub fn struct_name(&self) -> Option<super::Atom> {
        self.get(&Term::Atom(super::Atom::STRUCT))?.as_atom()
    }
}
