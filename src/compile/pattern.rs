//! Patterns and guards: a pattern becomes tests on registers that jump to a
//! failure label on mismatch and moves that bind its variables; a guard becomes
//! an expression whose errors, like a false result, send control to the same
//! failure label.

use rustc_hash::FxHashMap;

use crate::term::{Atom, Term};
use crate::vm::{Exception, Instr, Reg, SegType, Segment, Size};

use super::builder::VarKey;
use super::expr::{
    as_call, as_var, is_literal, list_items, map_pairs, meta_line, CResult, Compiler,
};

struct PatState {
    fails: Vec<usize>,
    bound: FxHashMap<VarKey, Reg>,
    /// Registers this pattern took out of a value for a variable pattern: the
    /// variable is bound to them without a copy.
    fresh: Vec<Reg>,
}

impl Compiler<'_> {
    /// Matches register `src` against `pat`, binding its variables in the
    /// current scope; returns the jumps to point at the failure code.
    pub fn pattern(&mut self, pat: &Term, src: Reg) -> CResult<Vec<usize>> {
        let mut st = PatState {
            fails: Vec::new(),
            bound: FxHashMap::default(),
            fresh: Vec::new(),
        };
        self.pat(pat, src, &mut st)?;
        for (k, r) in st.bound {
            self.fb().bind(k, r);
        }
        Ok(st.fails)
    }

    /// Matches several registers against several patterns as one pattern: a
    /// variable repeated across them must match equal values (`def f(x, x)`).
    pub fn patterns(&mut self, pairs: &[(&Term, Reg)]) -> CResult<Vec<usize>> {
        let mut st = PatState {
            fails: Vec::new(),
            bound: FxHashMap::default(),
            fresh: Vec::new(),
        };
        for (pat, src) in pairs {
            self.pat(pat, *src, &mut st)?;
        }
        for (k, r) in st.bound {
            self.fb().bind(k, r);
        }
        Ok(st.fails)
    }

    fn pat(&mut self, pat: &Term, src: Reg, st: &mut PatState) -> CResult<()> {
        match pat {
            Term::Int(_) | Term::Big(_) | Term::Float(_) | Term::Atom(_) | Term::Binary(_) => {
                let c = self.fb().constant(pat.clone());
                let j = self.fb().emit(Instr::TestConst(src, c, 0));
                st.fails.push(j);
                Ok(())
            }
            Term::Nil => {
                let j = self.fb().emit(Instr::TestNil(src, 0));
                st.fails.push(j);
                Ok(())
            }
            Term::Cons(_) => self.pat_list(pat, src, st),
            Term::Tuple(t) if t.elems().len() == 2 => {
                let elems = t.elems().to_vec();
                self.pat_tuple(&elems, src, st)
            }
            Term::Tuple(_) => self.pat_form(pat, src, st),
            _ => Err(self.err(0, "invalid pattern")),
        }
    }

    /// A register for a part of a value about to be matched against `part`:
    /// a variable's own register when `part` is a variable.
    fn part_reg(&mut self, part: &Term, st: &mut PatState) -> Reg {
        match as_var(part) {
            Some((name, _)) if !name.name().starts_with('_') && name.name() != "__MODULE__" => {
                let r = self.fb().alloc_var();
                st.fresh.push(r);
                r
            }
            _ => self.fb().alloc(),
        }
    }

    fn pat_tuple(&mut self, elems: &[Term], src: Reg, st: &mut PatState) -> CResult<()> {
        let j = self.fb().emit(Instr::TestTuple(src, elems.len() as u32, 0));
        st.fails.push(j);
        for (i, e) in elems.iter().enumerate() {
            if is_wildcard(e) {
                continue;
            }
            let r = self.part_reg(e, st);
            self.fb().emit(Instr::GetElem(r, src, i as u32));
            self.pat(e, r, st)?;
        }
        Ok(())
    }

    fn pat_list(&mut self, pat: &Term, src: Reg, st: &mut PatState) -> CResult<()> {
        if is_literal(pat) && !matches!(pat, Term::Nil) {
            let c = self.fb().constant(pat.clone());
            let j = self.fb().emit(Instr::TestConst(src, c, 0));
            st.fails.push(j);
            return Ok(());
        }
        let mut items = list_items(pat);
        let mut tail: Option<Term> = None;
        if let Some(last) = items.last().cloned() {
            if let Some((Term::Atom(a), _, args)) = as_call(&last) {
                if a.name() == "|" {
                    let args = list_items(args);
                    items.pop();
                    items.push(args[0].clone());
                    tail = Some(args[1].clone());
                }
            }
        }
        let mut cur = src;
        for (i, item) in items.iter().enumerate() {
            let j = self.fb().emit(Instr::TestCons(cur, 0));
            st.fails.push(j);
            if !is_wildcard(item) {
                let h = self.part_reg(item, st);
                self.fb().emit(Instr::GetHead(h, cur));
                self.pat(item, h, st)?;
            }
            let t = match (i + 1 == items.len(), &tail) {
                (true, Some(rest)) => self.part_reg(rest, st),
                _ => self.fb().alloc(),
            };
            self.fb().emit(Instr::GetTail(t, cur));
            cur = t;
        }
        match tail {
            Some(t) => self.pat(&t, cur, st),
            None => {
                let j = self.fb().emit(Instr::TestNil(cur, 0));
                st.fails.push(j);
                Ok(())
            }
        }
    }

    fn pat_form(&mut self, pat: &Term, src: Reg, st: &mut PatState) -> CResult<()> {
        if let Some((name, ctx)) = as_var(pat) {
            return self.pat_var(name, ctx, src, st);
        }
        let pat = self.expand_pattern(pat)?;
        if let Some((name, ctx)) = as_var(&pat) {
            // `var!(a)` expands to a variable.
            return self.pat_var(name, ctx, src, st);
        }
        if !matches!(pat, Term::Tuple(ref t) if t.elems().len() == 3) {
            return self.pat(&pat, src, st);
        }
        let Some((head, meta, args)) = as_call(&pat) else {
            return Err(self.err(0, "invalid pattern"));
        };
        let line = meta_line(meta);
        let Term::Atom(name) = head else {
            return Err(self.err(
                line,
                format!(
                    "cannot invoke remote function inside a match: {}",
                    crate::term::inspect(&pat)
                ),
            ));
        };
        let items = list_items(args);
        match name.name() {
            "-" | "+" if items.len() == 1 && matches!(items[0], Term::Int(_) | Term::Float(_)) => {
                let v = match (&items[0], name.name()) {
                    (Term::Int(n), "-") => Term::Int(-n),
                    (Term::Float(f), "-") => Term::Float(-f),
                    (other, _) => other.clone(),
                };
                self.pat(&v, src, st)
            }
            "__aliases__" => {
                let a = self.alias(&pat, line)?;
                self.pat(&Term::Atom(a), src, st)
            }
            "{}" => self.pat_tuple(&items, src, st),
            "^" => {
                let Some((vn, vc)) = items.first().and_then(as_var) else {
                    return Err(self.err(line, "invalid pin"));
                };
                let Some(r) = self.lookup_var(&(vn, vc)) else {
                    return Err(self.err(line, format!("undefined variable ^{}", vn.name())));
                };
                let j = self.fb().emit(Instr::TestEq(src, r, 0));
                st.fails.push(j);
                Ok(())
            }
            "=" if items.len() == 2 => {
                self.pat(&items[0], src, st)?;
                self.pat(&items[1], src, st)
            }
            "%{}" => {
                let j = self.fb().emit(Instr::TestMap(src, 0));
                st.fails.push(j);
                let pairs: Vec<(Term, Term)> = map_pairs(&Term::list(items));
                self.pat_pairs(&pairs, src, st, line)
            }
            "%" if items.len() == 2 => {
                let j = self.fb().emit(Instr::TestMap(src, 0));
                st.fails.push(j);
                let name_pat = &items[0];
                let k = self.constant(Term::Atom(Atom::STRUCT))?;
                let v = self.fb().alloc();
                let j = self.fb().emit(Instr::MapGet(v, src, k, 0));
                st.fails.push(j);
                if as_var(name_pat).is_some() {
                    self.pat(name_pat, v, st)?;
                } else {
                    let module = self.struct_name(name_pat, line)?;
                    let fields = self.struct_fields(module, line)?;
                    let c = self.fb().constant(Term::Atom(module));
                    let j = self.fb().emit(Instr::TestConst(v, c, 0));
                    st.fails.push(j);
                    let body = as_call(&items[1])
                        .map(|(_, _, a)| list_items(a))
                        .unwrap_or_default();
                    let pairs = map_pairs(&Term::list(body));
                    for (k, _) in &pairs {
                        if !matches!(k, Term::Atom(a) if fields.iter().any(|(f, _)| f == a)) {
                            return Err(self.err(
                                line,
                                format!(
                                    "unknown key {} for struct {}",
                                    crate::term::inspect(k),
                                    crate::term::inspect::inspect_atom(module.name())
                                ),
                            ));
                        }
                    }
                    return self.pat_pairs(&pairs, src, st, line);
                }
                let body = as_call(&items[1])
                    .map(|(_, _, a)| list_items(a))
                    .unwrap_or_default();
                let pairs = map_pairs(&Term::list(body));
                self.pat_pairs(&pairs, src, st, line)
            }
            "<>" if items.len() == 2 => {
                let prefix = self.expand_pattern(&items[0])?;
                match prefix {
                    Term::Binary(_) => {
                        let c = self.fb().constant(prefix);
                        let rest = self.fb().alloc();
                        let j = self.fb().emit(Instr::TestPrefix(rest, src, c, 0));
                        st.fails.push(j);
                        self.pat(&items[1], rest, st)
                    }
                    _ => {
                        // `<<...>> <> rest`: one binary pattern.
                        let mut segs = match as_call(&prefix) {
                            Some((Term::Atom(b), _, a)) if b.name() == "<<>>" => list_items(a),
                            _ => vec![prefix.clone()],
                        };
                        segs.push(Term::tuple(vec![
                            Term::atom("::"),
                            Term::Nil,
                            Term::list(vec![
                                items[1].clone(),
                                Term::tuple(vec![
                                    Term::atom("binary"),
                                    Term::Nil,
                                    Term::Atom(Atom::NIL),
                                ]),
                            ]),
                        ]));
                        self.pat_binary(&segs, src, st, line)
                    }
                }
            }
            "<<>>" => self.pat_binary(&items, src, st, line),
            "++" if items.len() == 2 => {
                let left = list_items(&items[0]);
                let combined = Term::improper_list(left, items[1].clone());
                // `[a, b] ++ rest` is `[a, b | rest]`.
                match combined {
                    Term::Cons(_) => {
                        let mut v = list_items(&items[0]);
                        if let Some(last) = v.pop() {
                            v.push(Term::tuple(vec![
                                Term::atom("|"),
                                Term::Nil,
                                Term::list(vec![last, items[1].clone()]),
                            ]));
                        }
                        self.pat_list(&Term::list(v), src, st)
                    }
                    _ => self.pat(&items[1], src, st),
                }
            }
            "when" => Err(self.err(line, "invalid use of when")),
            _ => {
                let text = self.code_text(&pat);
                Err(self.err(
                    line,
                    format!(
                        "cannot find or invoke local {}/{} inside a match. Only macros can be invoked in a match and they must be defined before their invocation. Called as: {text}",
                        name.name(),
                        items.len(),
                    ),
                ))
            }
        }
    }

    fn pat_pairs(
        &mut self,
        pairs: &[(Term, Term)],
        src: Reg,
        st: &mut PatState,
        line: u32,
    ) -> CResult<()> {
        for (k, v) in pairs {
            let key = match as_call(k) {
                Some((Term::Atom(p), _, a)) if p.name() == "^" => {
                    let Some((vn, vc)) = list_items(a).first().and_then(as_var) else {
                        return Err(self.err(line, "invalid pin"));
                    };
                    match self.lookup_var(&(vn, vc)) {
                        Some(r) => r,
                        None => {
                            return Err(self.err(line, format!("undefined variable ^{}", vn.name())))
                        }
                    }
                }
                _ => {
                    let k = self.expand_pattern(k)?;
                    self.expr(&k)?
                }
            };
            let r = self.part_reg(v, st);
            let j = self.fb().emit(Instr::MapGet(r, src, key, 0));
            st.fails.push(j);
            self.pat(v, r, st)?;
        }
        Ok(())
    }

    fn pat_var(&mut self, name: Atom, ctx: Atom, src: Reg, st: &mut PatState) -> CResult<()> {
        let n = name.name();
        if n == "_" {
            return Ok(());
        }
        if n == "__MODULE__" {
            let m = self.env.module.map(Term::Atom).unwrap_or_else(Term::nil);
            return self.pat(&m, src, st);
        }
        let key = (name, ctx);
        if let Some(&r) = st.bound.get(&key) {
            let j = self.fb().emit(Instr::TestEq(src, r, 0));
            st.fails.push(j);
            return Ok(());
        }
        if src < self.fb().arity || st.fresh.contains(&src) {
            // A parameter's register is written only by a tail call, which
            // leaves this body, and a fresh part's register only by this
            // pattern: the variable can live there without a copy.
            st.bound.insert(key, src);
            return Ok(());
        }
        let r = self.fb().alloc_var();
        self.fb().emit(Instr::Move(r, src));
        st.bound.insert(key, r);
        Ok(())
    }

    /// Expands macros that may appear in patterns (`@attr`, sigils, `..`).
    fn expand_pattern(&mut self, p: &Term) -> CResult<Term> {
        if as_var(p).is_some() {
            return Ok(p.clone());
        }
        match as_call(p) {
            Some((Term::Atom(a), _, _))
                if matches!(
                    a.name(),
                    "{}" | "%{}" | "%" | "<<>>" | "^" | "=" | "<>" | "++" | "|" | "when" | "::"
                ) =>
            {
                Ok(p.clone())
            }
            // `first..last` and `first..last//step` match a range's fields.
            Some((Term::Atom(a), meta, args)) if matches!(a.name(), ".." | "..//") => {
                let args = list_items(args);
                let mut fields = vec![
                    Term::tuple(vec![Term::atom("first"), args[0].clone()]),
                    Term::tuple(vec![Term::atom("last"), args[1].clone()]),
                ];
                if let Some(step) = args.get(2) {
                    fields.push(Term::tuple(vec![Term::atom("step"), step.clone()]));
                }
                let map = Term::tuple(vec![Term::atom("%{}"), meta.clone(), Term::list(fields)]);
                let alias = Term::tuple(vec![
                    Term::atom("__aliases__"),
                    meta.clone(),
                    Term::list(vec![Term::atom("Range")]),
                ]);
                Ok(Term::tuple(vec![
                    Term::atom("%"),
                    meta.clone(),
                    Term::list(vec![alias, map]),
                ]))
            }
            Some(_) => self.expand(p),
            None => Ok(p.clone()),
        }
    }

    fn pat_binary(&mut self, segs: &[Term], src: Reg, st: &mut PatState, line: u32) -> CResult<()> {
        let off = self.fb().alloc();
        let j = self.fb().emit(Instr::BinStart(off, src, 0));
        st.fails.push(j);
        for seg in segs {
            let (value, spec) = split_segment(seg);
            let value = self.expand_pattern(&value)?;
            // A string literal is its bytes.
            if let Term::Binary(b) = &value {
                if spec.is_none() {
                    for &byte in b.as_bytes() {
                        let s = Segment {
                            value: 0,
                            ty: SegType::Integer,
                            size: Size::Default,
                            unit: 1,
                            signed: false,
                            little: false,
                        };
                        let r = self.fb().alloc();
                        let j = self.fb().emit(Instr::BinGet(r, src, off, Box::new(s), 0));
                        st.fails.push(j);
                        let c = self.fb().constant(Term::Int(i64::from(byte)));
                        let j = self.fb().emit(Instr::TestConst(r, c, 0));
                        st.fails.push(j);
                    }
                    continue;
                }
            }
            let mut s = self.segment(spec.as_ref(), line, true, st)?;
            if let (Term::Float(_), false) = (&value, spec.as_ref().is_some_and(has_written_type)) {
                s.ty = SegType::Float;
            }
            if let (Term::Binary(b), SegType::Binary | SegType::Bits) = (&value, s.ty) {
                if s.size == Size::Default {
                    s.size = Size::Const(b.len() as u32);
                    s.unit = 8;
                }
            }
            let r = self.fb().alloc();
            let j = self.fb().emit(Instr::BinGet(r, src, off, Box::new(s), 0));
            st.fails.push(j);
            self.pat(&value, r, st)?;
        }
        let j = self.fb().emit(Instr::BinEnd(src, off, 0));
        st.fails.push(j);
        Ok(())
    }

    /// A segment's type, size, unit and flags from its `::` spec. In a
    /// pattern, a size may name a variable bound earlier in it.
    fn segment(
        &mut self,
        spec: Option<&Term>,
        line: u32,
        in_pattern: bool,
        st: &mut PatState,
    ) -> CResult<Segment> {
        let mut s = Segment {
            value: 0,
            ty: SegType::Integer,
            size: Size::Default,
            unit: 0,
            signed: false,
            little: false,
        };
        let mut parts = Vec::new();
        if let Some(spec) = spec {
            flatten_spec(spec, &mut parts);
        }
        let mut unit: Option<u32> = None;
        for p in &parts {
            match p {
                Term::Int(n) => s.size = Size::Const(*n as u32),
                _ => {
                    let Some((Term::Atom(name), _, args)) = as_call(p) else {
                        return Err(self.err(line, "invalid binary segment"));
                    };
                    match (name.name(), args) {
                        ("integer", _) => s.ty = SegType::Integer,
                        ("float", _) => s.ty = SegType::Float,
                        ("binary" | "bytes", _) => s.ty = SegType::Binary,
                        ("bits" | "bitstring", _) => s.ty = SegType::Bits,
                        ("utf8", _) => s.ty = SegType::Utf8,
                        ("utf16", _) => s.ty = SegType::Utf16,
                        ("utf32", _) => s.ty = SegType::Utf32,
                        ("signed", _) => s.signed = true,
                        ("unsigned", _) => s.signed = false,
                        ("little", _) => s.little = true,
                        ("big", _) => s.little = false,
                        ("native", _) => s.little = cfg!(target_endian = "little"),
                        ("size", Term::Cons(_)) => {
                            let a = list_items(args);
                            s.size = match &a[0] {
                                Term::Int(n) => Size::Const(*n as u32),
                                other => {
                                    if in_pattern {
                                        if let Some(key) = as_var(other) {
                                            if let Some(&r) = st.bound.get(&key) {
                                                Size::Reg(r)
                                            } else {
                                                Size::Reg(self.expr(other)?)
                                            }
                                        } else {
                                            Size::Reg(self.expr(other)?)
                                        }
                                    } else {
                                        Size::Reg(self.expr(other)?)
                                    }
                                }
                            };
                        }
                        ("unit", Term::Cons(_)) => {
                            if let Some(Term::Int(n)) = list_items(args).first() {
                                unit = Some(*n as u32);
                            }
                        }
                        (_, Term::Atom(_)) => {
                            // A bare variable as the size: `x::size` is written `x::n` rarely.
                            if let Some(key) = as_var(p) {
                                let r = match st.bound.get(&key) {
                                    Some(&r) => r,
                                    None => self.expr(p)?,
                                };
                                s.size = Size::Reg(r);
                            }
                        }
                        _ => {
                            let text = self.code_text(p);
                            return Err(
                                self.err(line, format!("unknown bitstring specifier: {text}"))
                            );
                        }
                    }
                }
            }
        }
        s.unit = match unit {
            Some(u) => u,
            None => match s.ty {
                SegType::Binary if s.size != Size::Default => 8,
                SegType::Binary | SegType::Bits => 1,
                _ => 1,
            },
        };
        Ok(s)
    }

    /// Builds a binary: `<<a, b::16, rest::binary>>`.
    pub fn bin_build(&mut self, items: &[Term], line: u32) -> CResult<Reg> {
        let mut segs = Vec::new();
        let dst = self.fb().alloc();
        let mut st = PatState {
            fails: Vec::new(),
            bound: FxHashMap::default(),
            fresh: Vec::new(),
        };
        for seg in items {
            let (value, spec) = split_segment(seg);
            let value = self.expand(&value)?;
            let mut s = self.segment(spec.as_ref(), line, false, &mut st)?;
            if let Some(conflict) = literal_type_conflict(&value, spec.as_ref(), s.ty) {
                return Err(self.err(
                    line,
                    format!("conflicting type specification for bit field: {conflict}"),
                ));
            }
            if spec.is_none() {
                if let Term::Binary(_) = value {
                    s.ty = SegType::Binary;
                }
            }
            // A float literal with no written type is a float: `<<1.5::32>>`.
            if let (Term::Float(_), false) = (&value, spec.as_ref().is_some_and(has_written_type)) {
                s.ty = SegType::Float;
            }
            // `<<"é"::utf8>>`: each character of the literal, encoded.
            if let (Term::Binary(text), SegType::Utf8 | SegType::Utf16 | SegType::Utf32) =
                (&value, s.ty)
            {
                for c in String::from_utf8_lossy(text.as_bytes()).chars() {
                    let mut one = s.clone();
                    let r = self.fb().alloc();
                    self.expr_into(&Term::Int(i64::from(c as u32)), r)?;
                    one.value = r;
                    segs.push(one);
                }
                continue;
            }
            let r = self.fb().alloc();
            self.expr_into(&value, r)?;
            s.value = r;
            segs.push(s);
        }
        self.fb().line(line);
        self.fb()
            .emit(Instr::BinBuild(dst, segs.into_boxed_slice()));
        self.fb().release(dst + 1);
        Ok(dst)
    }

    /// Compiles a guard; its failure (false, or an error) jumps to the returned
    /// jump instructions' label.
    pub fn guard(&mut self, g: &Term) -> CResult<Vec<usize>> {
        match self.guard_code(g) {
            Ok(fails) => Ok(fails),
            Err(e) => Err(self.guard_call_error(e, g)),
        }
    }

    /// An undefined local call inside a guard is reported as Elixir reports it
    /// there: only macros can be invoked in guards.
    fn guard_call_error(&mut self, e: Exception, g: &Term) -> Exception {
        // Outside a module's function Elixir keeps "there is no such import".
        if self.env.function.is_none() {
            return e;
        }
        let description = match &e.reason {
            Term::Map(m) => m.get(&Term::atom("description")),
            _ => None,
        };
        let Some(Term::Binary(d)) = description else {
            return e;
        };
        let d = String::from_utf8_lossy(d.as_bytes()).into_owned();
        let Some(rest) = d.strip_prefix("undefined function ") else {
            return e;
        };
        let Some((name, arity)) = rest.split_once(' ').and_then(|(na, _)| na.rsplit_once('/'))
        else {
            return e;
        };
        let Some(call) = find_local_call(g, name, arity.parse().unwrap_or(usize::MAX)) else {
            return e;
        };
        let text = self.code_text(&call);
        let line = match &e.reason {
            Term::Map(m) => match m.get(&Term::atom("line")) {
                Some(Term::Int(l)) => u32::try_from(*l).unwrap_or(0),
                _ => 0,
            },
            _ => 0,
        };
        self.err(line, format!("cannot find or invoke local {name}/{arity} inside guards. Only macros can be invoked in a guards and they must be defined before their invocation. Called as: {text}"))
    }

    fn guard_code(&mut self, g: &Term) -> CResult<Vec<usize>> {
        let mut fails = Vec::new();
        // `when a when b` means a or b.
        if let Some((Term::Atom(w), _, args)) = as_call(g) {
            if w.name() == "when" {
                let a = list_items(args);
                if a.len() == 2 {
                    let or = Term::tuple(vec![Term::atom("or"), Term::Nil, Term::list(a)]);
                    return self.guard(&or);
                }
            }
        }
        if self.simple_guard(g)? {
            let mark = self.fb().next;
            self.emit_simple_guard(g, &mut fails)?;
            self.fb().release(mark);
            return Ok(fails);
        }
        let mark = self.fb().next;
        let t = self.fb().alloc_n(3);
        let try_at = self.fb().emit(Instr::Try(0, t));
        let r = self.expr(g)?;
        self.fb().emit(Instr::EndTry);
        fails.push(self.fb().emit(Instr::JumpUnlessTrue(r, 0)));
        let ok = self.fb().emit(Instr::Jump(0));
        let handler = self.fb().here();
        self.fb().patch(try_at, handler);
        fails.push(self.fb().emit(Instr::Jump(0)));
        let after = self.fb().here();
        self.fb().patch(ok, after);
        self.fb().release(mark);
        Ok(fails)
    }
}

impl Compiler<'_> {
    /// Whether a guard cannot raise, so needs no protected region: comparisons
    /// and type tests of variables, literals and `self()`, joined by `and`
    /// and `or` (whose operands are then always booleans).
    fn simple_guard(&mut self, g: &Term) -> CResult<bool> {
        if let Some((x, y)) = guard_and(g).or_else(|| guard_or(g)) {
            return Ok(self.simple_guard(&x)? && self.simple_guard(&y)?);
        }
        let g = self.expand(g)?;
        let Some(call) = self.call_target(&g)? else {
            return Ok(false);
        };
        let crate::vm::Target::Bif(bif) = call.target else {
            return Ok(false);
        };
        let test = match call.args.len() {
            1 => bif.module == "erlang" && TYPE_TESTS.contains(&bif.name),
            2 => crate::vm::Op::of(bif.module, bif.name).is_some_and(|op| op.is_comparison()),
            _ => false,
        };
        Ok(test && call.args.iter().all(simple_operand))
    }

    /// Compiles a guard that `simple_guard` accepted: each test jumps to the
    /// failure label when it does not hold.
    fn emit_simple_guard(&mut self, g: &Term, fails: &mut Vec<usize>) -> CResult<()> {
        if let Some((x, y)) = guard_and(g) {
            self.emit_simple_guard(&x, fails)?;
            return self.emit_simple_guard(&y, fails);
        }
        if let Some((x, y)) = guard_or(g) {
            // x's failures try y; x's success skips it.
            let mut left_fails = Vec::new();
            self.emit_simple_guard(&x, &mut left_fails)?;
            let ok = self.fb().emit(Instr::Jump(0));
            let right = self.fb().here();
            for at in left_fails {
                self.fb().patch(at, right);
            }
            self.emit_simple_guard(&y, fails)?;
            let after = self.fb().here();
            self.fb().patch(ok, after);
            return Ok(());
        }
        let mark = self.fb().next;
        let g = self.expand(g)?;
        let call = self.call_target(&g)?;
        if let Some(call) = call {
            if let (crate::vm::Target::Bif(bif), [a]) = (&call.target, call.args.as_slice()) {
                if let Some(test) = crate::vm::TypeTest::of(bif.module, bif.name) {
                    let r = self.operand(a)?;
                    if r & crate::vm::CONST_OPERAND == 0 {
                        self.fb().line(call.line);
                        fails.push(self.fb().emit(Instr::TestType(test, r, 0)));
                        self.fb().release(mark);
                        return Ok(());
                    }
                }
            }
            if let (crate::vm::Target::Bif(bif), [a, b]) = (&call.target, call.args.as_slice()) {
                if let Some(op) = crate::vm::Op::of(bif.module, bif.name) {
                    let ra = self.operand(a)?;
                    let rb = self.operand(b)?;
                    self.fb().line(call.line);
                    fails.push(self.fb().emit(Instr::JumpUnless(op, ra, rb, 0)));
                    self.fb().release(mark);
                    return Ok(());
                }
            }
        }
        let r = self.expr(&g)?;
        fails.push(self.fb().emit(Instr::JumpUnlessTrue(r, 0)));
        self.fb().release(mark);
        Ok(())
    }
}

/// The `:erlang` type tests of one argument, which accept any term.
const TYPE_TESTS: &[&str] = &[
    "is_atom",
    "is_binary",
    "is_bitstring",
    "is_boolean",
    "is_float",
    "is_function",
    "is_integer",
    "is_list",
    "is_map",
    "is_number",
    "is_pid",
    "is_port",
    "is_reference",
    "is_tuple",
];

/// `x and y` as written in a guard.
fn guard_and(g: &Term) -> Option<(Term, Term)> {
    match as_call(g) {
        Some((Term::Atom(a), _, args)) if a.name() == "and" => match list_items(args).as_slice() {
            [x, y] => Some((x.clone(), y.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// `x or y` as written in a guard.
fn guard_or(g: &Term) -> Option<(Term, Term)> {
    match as_call(g) {
        Some((Term::Atom(a), _, args)) if a.name() == "or" => match list_items(args).as_slice() {
            [x, y] => Some((x.clone(), y.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// A variable, a literal number or atom, or `self()`: evaluating it cannot
/// raise.
fn simple_operand(t: &Term) -> bool {
    match t {
        Term::Int(_) | Term::Float(_) | Term::Atom(_) | Term::Nil => true,
        _ if as_var(t).is_some() => true,
        _ => matches!(as_call(t), Some((Term::Atom(f), _, Term::Nil)) if f.name() == "self"),
    }
}

fn is_wildcard(t: &Term) -> bool {
    matches!(as_var(t), Some((n, _)) if n.name() == "_")
}

/// `value::spec` into its parts.
fn split_segment(seg: &Term) -> (Term, Option<Term>) {
    if let Some((Term::Atom(a), _, args)) = as_call(seg) {
        if a.name() == "::" {
            let args = list_items(args);
            if args.len() == 2 {
                return (args[0].clone(), Some(args[1].clone()));
            }
        }
    }
    (seg.clone(), None)
}

fn flatten_spec(spec: &Term, out: &mut Vec<Term>) {
    if let Some((Term::Atom(a), _, args)) = as_call(spec) {
        if a.name() == "-" {
            let args = list_items(args);
            if args.len() == 2 {
                flatten_spec(&args[0], out);
                flatten_spec(&args[1], out);
                return;
            }
        }
        if a.name() == "*" {
            // `size * unit` shorthand: `binary-size(4)-unit(8)` or `8*4`.
            let args = list_items(args);
            if args.len() == 2 {
                out.push(Term::tuple(vec![
                    Term::atom("size"),
                    Term::Nil,
                    Term::list(vec![args[0].clone()]),
                ]));
                out.push(Term::tuple(vec![
                    Term::atom("unit"),
                    Term::Nil,
                    Term::list(vec![args[1].clone()]),
                ]));
                return;
            }
        }
    }
    out.push(spec.clone());
}

/// Whether a segment's spec names its type (`integer`, `binary`, ...), not
/// only its size, unit, sign or endianness.
fn has_written_type(spec: &Term) -> bool {
    let mut parts = Vec::new();
    flatten_spec(spec, &mut parts);
    parts.iter().any(|p| {
        matches!(as_call(p), Some((Term::Atom(n), _, _)) if matches!(n.name(),
            "integer" | "float" | "binary" | "bytes" | "bits" | "bitstring" | "utf8" | "utf16" | "utf32"))
    })
}

/// `<<1.5::integer>>`, `<<"ab"::float>>`: a literal whose own type the
/// segment's written type cannot hold, as `"integer" and "float"`.
fn literal_type_conflict(value: &Term, spec: Option<&Term>, ty: SegType) -> Option<String> {
    if !has_written_type(spec?) {
        return None;
    }
    let (literal, fits) = match value {
        Term::Int(_) | Term::Big(_) => ("integer", !matches!(ty, SegType::Binary | SegType::Bits)),
        Term::Float(_) => ("float", matches!(ty, SegType::Float)),
        Term::Binary(_) => ("binary", !matches!(ty, SegType::Integer | SegType::Float)),
        _ => return None,
    };
    if fits {
        return None;
    }
    let name = match ty {
        SegType::Integer => "integer",
        SegType::Float => "float",
        SegType::Binary => "binary",
        SegType::Bits => "bitstring",
        SegType::Utf8 => "utf8",
        SegType::Utf16 => "utf16",
        SegType::Utf32 => "utf32",
    };
    Some(format!("\"{name}\" and \"{literal}\""))
}

/// The first local call `name(...)` with `arity` arguments inside `t`.
fn find_local_call(t: &Term, name: &str, arity: usize) -> Option<Term> {
    if let Some((Term::Atom(n), _, args @ (Term::Cons(_) | Term::Nil))) = as_call(t) {
        if n.name() == name && list_items(args).len() == arity {
            return Some(t.clone());
        }
    }
    match t {
        Term::Tuple(tu) => tu
            .elems()
            .iter()
            .find_map(|e| find_local_call(e, name, arity)),
        Term::Cons(_) => list_items(t)
            .iter()
            .find_map(|e| find_local_call(e, name, arity)),
        _ => None,
    }
}
