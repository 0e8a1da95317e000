#!/usr/bin/env bash
# Bazel's <benchmark>-smoke tests (as bench/CMakeLists.txt's): runs a benchmark binary with the
# given arguments and fails on a non-zero exit or when its output says "failed" (a kernel skipped
# because the CPU lacks its ISA says "lacks" instead).
# Usage: bench-smoke.sh BINARY [ARGS...]
set -uo pipefail
output="$("$@" 2>&1)"
status=$?
printf '%s\n' "$output"
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
if grep -q "failed" <<<"$output"; then
  echo "bench-smoke: the output says \"failed\"" >&2
  exit 1
fi
