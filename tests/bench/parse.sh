#!/usr/bin/env bash
# Parse speed: vial's parser against Elixir's Code.string_to_quoted!/1 on the same generated
# 20,000-line file, in the same run. Each side reports the median of RUNS parses (work measured
# inside the process, start-up apart); the script repeats that ROUNDS times and prints each
# ratio and the median ratio. Needs `elixir` on PATH.
#
# Usage: tests/bench/parse.sh [LINES] [RUNS] [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
lines="${1:-20000}" runs="${2:-5}" rounds="${3:-5}"
cd "$root"
cargo build --release --quiet
input="$(mktemp --suffix=.exs)"
trap 'rm -f "$input"' EXIT
tests/bench/parse_input.sh "$lines" > "$input"
echo "input: $(wc -l < "$input") lines, $(wc -c < "$input") bytes"
ratios=()
for round in $(seq "$rounds"); do
  vial_us="$(target/release/vial --time-parse "$input" "$runs")"
  elixir_us="$(elixir -e '
    [file, runs] = System.argv()
    src = File.read!(file)
    times = for _ <- 1..String.to_integer(runs), do: elem(:timer.tc(fn -> Code.string_to_quoted!(src) end), 0)
    IO.puts(Enum.at(Enum.sort(times), div(length(times), 2)))
  ' "$input" "$runs")"
  ratio="$(awk -v e="$elixir_us" -v v="$vial_us" 'BEGIN { printf "%.2f", e / v }')"
  ratios+=("$ratio")
  echo "round $round: vial ${vial_us} us, elixir ${elixir_us} us, vial is ${ratio}x faster"
done
median="$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
echo "median: vial parses ${median}x faster than Code.string_to_quoted!/1"
