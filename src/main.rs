//! The `vial` binary: parses arguments in `cli` and exits with its status.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(vial::cli::run(&args));
}
