//! Build script: turns grammar/elixir.lalrpop into the parser module that
//! src/syntax/parser.rs includes.

fn main() {
    println!("cargo:rerun-if-changed=grammar/elixir.lalrpop");
    embed_stdlib();
    // Canonical LR(1) tables: the grammar relies on full LR(1) lookahead.
    std::env::set_var("LALRPOP_LANE_TABLE", "disabled");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .process()
        .expect("grammar/elixir.lalrpop must generate a parser");
}

/// Writes `stdlib_files.rs`: every `.ex` file under stdlib/ as (path, source),
/// so the stdlib is embedded in the binary and loaded on first use.
fn embed_stdlib() {
    println!("cargo:rerun-if-changed=stdlib");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&root).unwrap_or(f);
        out.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            rel.display().to_string(),
            f.display().to_string()
        ));
    }
    out.push_str("]\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("stdlib_files.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

fn collect(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "ex") {
            files.push(path);
        }
    }
}
