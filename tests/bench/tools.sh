#!/usr/bin/env bash
# ExUnit and the shell: vial against real Elixir in the same run (issues 5 and 6). Wall times,
# start-up included, since that is what a reader waits for; medians of RUNS alternating runs.
#
#   exunit   a generated test file of EXUNIT_N tests (500), each a few assertions, run as
#            `elixir FILE` and `vial FILE`; both must report "N tests, 0 failures"
#   shell    start to first prompt and out: `echo 'System.halt()' | iex` against the same piped
#            into `vial`
#
# Usage: tests/bench/tools.sh [RUNS] [NAME...]   (RUNS defaults to 5; NAME defaults to both)
#   VIAL=path runs that binary instead of building target/release/vial.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
shift $(($# < 1 ? $# : 1))
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(exunit shell)
cd "$root"
if [ -n "${VIAL:-}" ]; then
  vial="$VIAL"
else
  cargo build --release --quiet
  vial="$root/target/release/vial"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

n="${EXUNIT_N:-500}"
{
  echo "ExUnit.start()"
  echo "defmodule BenchTest do"
  echo "  use ExUnit.Case"
  for i in $(seq "$n"); do
    echo "  test \"number $i\" do"
    echo "    assert $i + 1 == $((i + 1))"
    echo "    assert Enum.sum(1..$i) == $((i * (i + 1) / 2))"
    echo "    refute $i == 0"
    echo "  end"
  done
  echo "end"
} >"$tmp/bench_test.exs"

median() {
  sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# wall_ms CMD...: milliseconds CMD takes, its stdout kept in $tmp/out.
wall_ms() {
  local start end
  start="$(date +%s%N)"
  "$@" >"$tmp/out" 2>&1 || true
  end="$(date +%s%N)"
  echo $(((end - start) / 1000000))
}

shell_of() {
  echo 'System.halt()' | "$1"
}

rows=()
for name in "${names[@]}"; do
  vial_times=() elixir_times=()
  for _ in $(seq "$runs"); do
    case "$name" in
      exunit)
        vial_times+=("$(wall_ms "$vial" "$tmp/bench_test.exs")")
        grep -q "^$n tests, 0 failures" "$tmp/out" || { echo "vial: $(tail -3 "$tmp/out")" >&2; exit 1; }
        elixir_times+=("$(wall_ms elixir "$tmp/bench_test.exs")")
        grep -q "^$n tests, 0 failures" "$tmp/out" || { echo "elixir: $(tail -3 "$tmp/out")" >&2; exit 1; }
        label="exunit ($n tests), ms"
        ;;
      shell)
        vial_times+=("$(wall_ms shell_of "$vial")")
        elixir_times+=("$(wall_ms shell_of iex)")
        label="shell start and halt, ms"
        ;;
      *)
        echo "unknown benchmark: $name" >&2
        exit 2
        ;;
    esac
  done
  v="$(printf '%s\n' "${vial_times[@]}" | median)"
  e="$(printf '%s\n' "${elixir_times[@]}" | median)"
  ratio="$(awk -v e="$e" -v v="$v" 'BEGIN { printf "%.2f", v / e }')"
  rows+=("$(printf '%-28s %10s %10s %8s' "$label" "$v" "$e" "$ratio")")
  echo "$name: vial [${vial_times[*]}] elixir [${elixir_times[*]}]"
done
printf '%-28s %10s %10s %8s\n' benchmark "vial" "elixir" ratio
printf '%s\n' "${rows[@]}"
