//! Unit tests for `:re`'s pieces that golden programs reach only indirectly:
//! the PCRE 8 rewrites, the Latin-1 tables, the pattern term round trip and
//! the global-match rules. Behaviour against real Elixir is covered by
//! tests/programs/regex_*.exs.

use super::*;

fn bin(s: &str) -> Term {
    Term::string(s)
}

fn opts(items: Vec<Term>) -> Term {
    Term::list(items)
}

fn show(t: &Term) -> String {
    crate::term::inspect(t)
}

#[test]
fn literal_braces_and_bare_hex_escapes_are_rewritten_as_pcre8_reads_them() {
    let rewrite = |s: &str| {
        let (out, added) = dialect::pcre8_rewrite(s.as_bytes());
        (String::from_utf8_lossy(&out).into_owned(), added)
    };
    assert_eq!(rewrite("a{2,3}"), ("a{2,3}".to_string(), vec![]));
    assert_eq!(rewrite("a{,3}"), ("a\\{,3}".to_string(), vec![1]));
    assert_eq!(rewrite("a{ 2 }"), ("a\\{ 2 }".to_string(), vec![1]));
    assert_eq!(
        rewrite("[{,]\\x{41}\\Q{,\\E"),
        ("[{,]\\x{41}\\Q{,\\E".to_string(), vec![])
    );
    assert_eq!(rewrite("\\xg"), ("\\x00g".to_string(), vec![2, 3]));
    assert_eq!(rewrite("\\\\x"), ("\\\\x".to_string(), vec![]));
}

#[test]
fn latin1_tables_classify_accented_letters() {
    let t = dialect::latin1_tables();
    assert_eq!(t.len(), 1088);
    let in_class =
        |class: usize, c: u8| t[512 + class * 32 + usize::from(c / 8)] & (1 << (c % 8)) != 0;
    const WORD: usize = 5;
    assert!(in_class(WORD, 0xE9)); // é
    assert!(!in_class(WORD, 0xD7)); // ×
    assert!(in_class(WORD, b'_'));
    assert_eq!(t[256 + 0xC9], 0xE9); // É flips to é
    assert_eq!(t[256 + 0xDF], 0xDF); // ß has no upper case in Latin-1
    assert_eq!(t[0xC0], 0xE0); // lower-case map
}

#[test]
fn compile_errors_use_pcre8_texts_and_offsets() {
    let r = compile(&bin("a(b"), &Term::Nil).map(|t| show(&t));
    assert_eq!(r.ok().as_deref(), Some("{:error, {'missing )', 3}}"));
    let r = compile(&bin("(?<=a+)b"), &Term::Nil).map(|t| show(&t));
    assert_eq!(
        r.ok().as_deref(),
        Some("{:error, {'lookbehind assertion is not fixed length', 6}}")
    );
}

#[test]
fn a_pattern_term_runs_after_a_round_trip() {
    let Ok(ok) = compile(&bin("(?<w>b+)"), &opts(vec![Term::atom("caseless")])) else {
        panic!("compiles")
    };
    let Some([_, pattern]) = ok.as_tuple() else {
        panic!("{{:ok, pattern}}")
    };
    let capture = Term::tuple(vec![
        Term::atom("capture"),
        Term::atom("all_names"),
        Term::atom("binary"),
    ]);
    let r = run(&bin("aBBc"), pattern, &opts(vec![capture])).map(|t| show(&t));
    assert_eq!(r.ok().as_deref(), Some("{:match, [\"BB\"]}"));
}

#[test]
fn global_matches_retry_non_empty_after_an_empty_match() {
    let capture = Term::tuple(vec![
        Term::atom("capture"),
        Term::atom("first"),
        Term::atom("binary"),
    ]);
    let r = run(
        &bin("aa"),
        &bin("a*?"),
        &opts(vec![Term::atom("global"), capture]),
    )
    .map(|t| show(&t));
    assert_eq!(
        r.ok().as_deref(),
        Some("{:match, [[\"\"], [\"a\"], [\"\"], [\"a\"], [\"\"]]}")
    );
}

#[test]
fn invalid_utf8_in_unicode_mode_is_badarg() {
    let subject = Term::binary(vec![0xFF]);
    assert!(run(&subject, &bin("a"), &opts(vec![Term::atom("unicode")])).is_err());
}
