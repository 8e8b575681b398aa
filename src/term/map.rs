//! Maps: persistent (imbl) ordered maps kept in the order Erlang prints small
//! maps in (`compare_map_keys`: term order, integers before floats). A map of
//! more than 32 keys is a hash trie on the BEAM and iterates in the order of
//! its keys' hashes (src/term/hash.rs): `iter` walks it that way too, sorting
//! on the way; `sorted_iter` is term order, for comparing maps.

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

/// The most keys a map holds flat, in term order, on the BEAM.
pub const FLAT_LIMIT: usize = 32;

/// The pairs of a map in the BEAM's order (see `Map::iter`).
pub enum MapIter<'a> {
    Flat(imbl::ordmap::Iter<'a, MapKey, Term, imbl::shared_ptr::DefaultSharedPtr>),
    Trie(std::vec::IntoIter<(&'a Term, &'a Term)>),
}

impl<'a> Iterator for MapIter<'a> {
    type Item = (&'a Term, &'a Term);

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            MapIter::Flat(it) => it.next().map(|(k, v)| (&k.0, v)),
            MapIter::Trie(it) => it.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            MapIter::Flat(it) => it.size_hint(),
            MapIter::Trie(it) => it.size_hint(),
        }
    }
}

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

    /// The pairs in the order the BEAM walks them (`maps:to_list/1`,
    /// `inspect`): term order up to 32 keys, then the hash trie's order.
    pub fn iter(&self) -> MapIter<'_> {
        if self.len() <= FLAT_LIMIT {
            return MapIter::Flat(self.0.iter());
        }
        let mut pairs = self.trie_order();
        pairs.reverse();
        MapIter::Trie(pairs.into_iter())
    }

    /// The pairs in term order of their keys, whatever the size.
    pub fn sorted_iter(&self) -> impl Iterator<Item = (&Term, &Term)> {
        self.0.iter().map(|(k, v)| (&k.0, v))
    }

    /// The pairs in the order `maps:next/1` gives them: term order for a
    /// small map, the trie's nibbles ascending for a large one (the
    /// reverse of `iter`).
    pub fn iterator_order(&self) -> Vec<(&Term, &Term)> {
        if self.len() <= FLAT_LIMIT {
            return self.sorted_iter().collect();
        }
        self.trie_order()
    }

    /// The pairs of a large map by their place in the BEAM's trie, lowest
    /// first (keys whose 32 hash bits all agree stay in term order).
    fn trie_order(&self) -> Vec<(&Term, &Term)> {
        let mut keyed: Vec<(u32, (&Term, &Term))> = self
            .sorted_iter()
            .map(|(k, v)| (super::hash::trie_position(k), (k, v)))
            .collect();
        keyed.sort_by_key(|(pos, _)| *pos);
        keyed.into_iter().map(|(_, kv)| kv).collect()
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
