#!/usr/bin/env bash
# Language speed: vial against real Elixir on the same programs, in the same run (issue 3).
# Each tests/bench/lang/NAME.exs times its own work inside the process (`:timer.tc`, start-up
# apart) and prints `result: ...` and `us: N`; both sides must print the same result, so the work
# is real. Each benchmark runs RUNS times under each side, alternating, and the table shows the
# medians and the ratio vial / elixir (above 1 means vial is slower). Start-up is the wall time of
# the whole process for hello.exs (one IO.puts), median of STARTUP_RUNS runs. Needs `elixir`.
#
# Usage: tests/bench/lang.sh [RUNS] [STARTUP_RUNS] [NAME...]
#   NAME is one of fib list map string startup (default: all). Sizes can be changed with
#   FIB_N (default 32), LIST_N (1000000), MAP_N (200000), STRING_N (25000).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}" startup_runs="${2:-10}"
shift $(($# < 2 ? $# : 2))
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(fib list map string startup)
cd "$root"
cargo build --release --quiet
vial="$root/target/release/vial"
dir="$root/tests/bench/lang"
declare -A size=([fib]="${FIB_N:-32}" [list]="${LIST_N:-1000000}" [map]="${MAP_N:-200000}"
  [string]="${STRING_N:-25000}")

median() {
  sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# run_one CMD NAME: runs one benchmark; sets `us` and `result` from its output.
run_one() {
  local out
  if ! out="$("$1" "$dir/$2.exs" "${size[$2]}" 2>&1)"; then
    echo "$2: $1 failed:" >&2
    echo "$out" >&2
    exit 1
  fi
  us="$(sed -n 's/^us: //p' <<< "$out")"
  result="$(sed -n 's/^result: //p' <<< "$out")"
  if [ -z "$us" ] || [ -z "$result" ]; then
    echo "$2: $1 printed no result or time:" >&2
    echo "$out" >&2
    exit 1
  fi
}

# wall_us CMD: wall time in microseconds of `CMD hello.exs`, which must print hello, world.
wall_us() {
  local start end out
  start="$(date +%s%N)"
  out="$("$1" "$dir/hello.exs")"
  end="$(date +%s%N)"
  if [ "$out" != "hello, world" ]; then
    echo "startup: $1 printed '$out'" >&2
    exit 1
  fi
  echo $(((end - start) / 1000))
}

rows=()
for name in "${names[@]}"; do
  vial_times=() elixir_times=()
  if [ "$name" = startup ]; then
    for _ in $(seq "$startup_runs"); do
      vial_times+=("$(wall_us "$vial")")
      elixir_times+=("$(wall_us elixir)")
    done
    label="startup (hello.exs, wall)"
  else
    [ -n "${size[$name]:-}" ] || { echo "unknown benchmark: $name" >&2; exit 2; }
    for _ in $(seq "$runs"); do
      run_one "$vial" "$name"
      vial_times+=("$us") vial_result="$result"
      run_one elixir "$name"
      elixir_times+=("$us")
      if [ "$result" != "$vial_result" ]; then
        echo "$name: results differ: vial '$vial_result', elixir '$result'" >&2
        exit 1
      fi
    done
    label="$name (n=${size[$name]})"
  fi
  v="$(printf '%s\n' "${vial_times[@]}" | median)"
  e="$(printf '%s\n' "${elixir_times[@]}" | median)"
  ratio="$(awk -v e="$e" -v v="$v" 'BEGIN { printf "%.2f", v / e }')"
  rows+=("$(printf '%-28s %14s %14s %8s' "$label" "$v" "$e" "$ratio")")
  echo "$name: vial [${vial_times[*]}] elixir [${elixir_times[*]}]"
done
printf '%-28s %14s %14s %8s\n' benchmark "vial us" "elixir us" ratio
printf '%s\n' "${rows[@]}"
