#!/bin/sh
# Regenerates every src/bif/tests/*.golden from its *.cases list with real
# Elixir 1.14 / OTP 25: each case line becomes `case  ==>  outcome`.
set -e
cd "$(dirname "$0")"
for cases in *.cases; do
  elixir probe.exs < "$cases" > "${cases%.cases}.golden"
done
