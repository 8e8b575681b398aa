//! The ratchet the golden harnesses share: a list of the cases that pass
//! (`passing.txt`), each of which must keep passing. With
//! `VIAL_UPDATE_PASSING=1` the list is rewritten from the results instead.

use std::path::Path;

/// Checks `results` (case name, outcome) against the list at `list`, or
/// rewrites the list. `what` names the cases in messages ("programs").
pub fn ratchet(list: &Path, results: &[(String, Result<(), String>)], what: &str) {
    let passing: Vec<&str> = results
        .iter()
        .filter(|(_, r)| r.is_ok())
        .map(|(n, _)| n.as_str())
        .collect();
    if std::env::var_os("VIAL_UPDATE_PASSING").is_some() {
        let mut text = passing.join("\n");
        text.push('\n');
        std::fs::write(list, text).expect("write passing.txt");
        return;
    }
    let expected = std::fs::read_to_string(list).unwrap_or_default();
    let mut regressions = Vec::new();
    for name in expected.lines().filter(|l| !l.trim().is_empty()) {
        match results.iter().find(|(n, _)| n == name) {
            Some((_, Ok(()))) => {}
            Some((_, Err(why))) => regressions.push(format!("{name}: {why}")),
            None => regressions.push(format!("{name}: no such file")),
        }
    }
    assert!(
        regressions.is_empty(),
        "{} {what} in passing.txt no longer pass:\n\n{}",
        regressions.len(),
        regressions.join("\n\n")
    );
}
