//! Build script: turns grammar/elixir.lalrpop into the parser module that
//! src/syntax/parser.rs includes.

fn main() {
    println!("cargo:rerun-if-changed=grammar/elixir.lalrpop");
    // Canonical LR(1) tables: the grammar relies on full LR(1) lookahead.
    std::env::set_var("LALRPOP_LANE_TABLE", "disabled");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .process()
        .expect("grammar/elixir.lalrpop must generate a parser");
}
