//! The `vial` binary: parses arguments in `cli` and exits with its status.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Stack for the main work. Deeply nested input (a 100,000-operand expression)
/// is folded, printed and dropped by recursive code; only the pages touched are
/// ever committed.
const STACK_SIZE: usize = 1 << 30;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || vial::cli::run(&args))
        .map(|handle| handle.join().unwrap_or(70))
        .unwrap_or(70);
    std::process::exit(status);
}
