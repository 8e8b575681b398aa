#!/usr/bin/env bash
# Process speed and size: vial against real Elixir on the same programs, in the same run (issue 4).
# Each tests/bench/proc/NAME.exs times its own work inside the process (`:timer.tc`, start-up apart)
# and prints `result: ...` and `us: N`; both sides must print the same result. Each benchmark runs
# RUNS times under each side, alternating; the table shows the medians and the ratio vial / elixir
# (above 1 means vial is slower).
#
#   spawn            SPAWN_N processes (200000) that each send one message back
#   ring             a ring of RING_SIZE processes (10000) passing a token RING_HOPS hops (1000000)
#   pingpong         two processes exchanging PINGPONG_N round trips (1000000)
#   gen_server_call  CALL_N GenServer.call round trips (200000)
#   idle             IDLE_N processes (1000000) alive at once, waiting in receive: bytes per
#                    process (growth of the resident set while spawning them, and the peak RSS
#                    from /usr/bin/time -v divided by N) and the time to spawn them; elixir runs
#                    with +P 2000000 so that it may have that many
#   cpu              two CPU-bound processes (CPU_N iterations each, 100000000:
#                    long enough that starting the second thread does not weigh) on one scheduler
#                    and on two (vial VIAL_SCHEDULERS=1|2, elixir +S 1|+S 2): the speed-up of each
#
# Usage: tests/bench/proc.sh [RUNS] [NAME...]   (RUNS defaults to 3; NAME defaults to all)
#   VIAL=path runs that binary instead of building target/release/vial.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
shift $(($# < 1 ? $# : 1))
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(spawn ring pingpong gen_server_call idle cpu)
cd "$root"
if [ -n "${VIAL:-}" ]; then
  vial="$VIAL"
else
  cargo build --release --quiet
  vial="$root/target/release/vial"
fi
dir="$root/tests/bench/proc"
declare -A args=([spawn]="${SPAWN_N:-200000}" [ring]="${RING_HOPS:-1000000} ${RING_SIZE:-10000}"
  [pingpong]="${PINGPONG_N:-1000000}" [gen_server_call]="${CALL_N:-200000}"
  [idle]="${IDLE_N:-1000000}" [cpu]="${CPU_N:-100000000}")

median() {
  sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'
}

# run_one NAME CMD...: runs one benchmark under CMD; sets `us`, `result` and `out`.
run_one() {
  local name="$1"
  shift
  # shellcheck disable=SC2086
  if ! out="$("$@" "$dir/$name.exs" ${args[$name]} 2>&1)"; then
    echo "$name: $* failed:" >&2
    echo "$out" >&2
    exit 1
  fi
  us="$(sed -n 's/^us: //p' <<< "$out")"
  result="$(sed -n 's/^result: //p' <<< "$out")"
  if [ -z "$us" ] || [ -z "$result" ]; then
    echo "$name: $* printed no result or time:" >&2
    echo "$out" >&2
    exit 1
  fi
}

# peak_rss_kb CMD...: runs CMD under /usr/bin/time -v; sets `out` and `peak_kb`.
peak_rss_kb() {
  local log
  log="$(mktemp)"
  if ! out="$(/usr/bin/time -v -o "$log" "$@" 2>&1)"; then
    echo "$* failed:" >&2
    echo "$out" >&2
    rm -f "$log"
    exit 1
  fi
  peak_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")"
  rm -f "$log"
}

rows=()
row() { rows+=("$(printf '%-34s %14s %14s %8s' "$@")"); }

for name in "${names[@]}"; do
  [ -n "${args[$name]:-}" ] || { echo "unknown benchmark: $name" >&2; exit 2; }
  case "$name" in
  idle)
    n="${args[idle]}"
    v_us=() e_us=() v_bpp=() e_bpp=() v_peak=() e_peak=()
    for _ in $(seq "$runs"); do
      peak_rss_kb "$vial" "$dir/idle.exs" "$n"
      v_us+=("$(sed -n 's/^us: //p' <<< "$out")") v_bpp+=("$(sed -n 's/^bytes_per_process: //p' <<< "$out")")
      v_peak+=("$((peak_kb * 1024 / n))")
      peak_rss_kb elixir --erl "+P 2000000" "$dir/idle.exs" "$n"
      e_us+=("$(sed -n 's/^us: //p' <<< "$out")") e_bpp+=("$(sed -n 's/^bytes_per_process: //p' <<< "$out")")
      e_peak+=("$((peak_kb * 1024 / n))")
    done
    echo "idle: vial us [${v_us[*]}] bytes/process [${v_bpp[*]}]; elixir us [${e_us[*]}] bytes/process [${e_bpp[*]}]"
    for what in us bpp peak; do
      vs="v_${what}[@]" es="e_${what}[@]"
      v="$(printf '%s\n' "${!vs}" | median)" e="$(printf '%s\n' "${!es}" | median)"
      case "$what" in
      us) label="idle: spawn $n, us" ;;
      bpp) label="idle: RSS growth, bytes/process" ;;
      peak) label="idle: peak RSS / $n, bytes" ;;
      esac
      row "$label" "$v" "$e" "$(ratio "$v" "$e")"
    done
    ;;
  cpu)
    declare -A t=()
    for side in vial elixir; do
      for s in 1 2; do
        times=()
        for _ in $(seq "$runs"); do
          if [ "$side" = vial ]; then
            VIAL_SCHEDULERS="$s" run_one cpu "$vial"
          else
            run_one cpu elixir --erl "+S $s"
          fi
          times+=("$us")
        done
        t[$side$s]="$(printf '%s\n' "${times[@]}" | median)"
        echo "cpu: $side, $s scheduler(s): [${times[*]}]"
      done
    done
    row "cpu: 1 scheduler, us" "${t[vial1]}" "${t[elixir1]}" "$(ratio "${t[vial1]}" "${t[elixir1]}")"
    row "cpu: 2 schedulers, us" "${t[vial2]}" "${t[elixir2]}" "$(ratio "${t[vial2]}" "${t[elixir2]}")"
    row "cpu: speed-up 1 -> 2 schedulers" "$(ratio "${t[vial1]}" "${t[vial2]}")x" "$(ratio "${t[elixir1]}" "${t[elixir2]}")x" "-"
    ;;
  *)
    vial_times=() elixir_times=()
    for _ in $(seq "$runs"); do
      run_one "$name" "$vial"
      vial_times+=("$us") vial_result="$result"
      run_one "$name" elixir
      elixir_times+=("$us")
      if [ "$result" != "$vial_result" ]; then
        echo "$name: results differ: vial '$vial_result', elixir '$result'" >&2
        exit 1
      fi
    done
    v="$(printf '%s\n' "${vial_times[@]}" | median)"
    e="$(printf '%s\n' "${elixir_times[@]}" | median)"
    row "$name (${args[$name]// /, }), us" "$v" "$e" "$(ratio "$v" "$e")"
    echo "$name: vial [${vial_times[*]}] elixir [${elixir_times[*]}]"
    ;;
  esac
done
echo "machine: $(nproc) cores"
printf '%-34s %14s %14s %8s\n' benchmark vial elixir ratio
printf '%s\n' "${rows[@]}"
