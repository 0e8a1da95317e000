#!/usr/bin/env bash
# SMAX_ISA=CAP for an ISA only some families have kernels for (avx512bf16): isa-env-test must succeed
# with CAP as the reported ISA and each FAMILY:TOKEN's kernel (see test/isa-env-test.c). Where this
# CPU or build lacks CAP (smax_initialize() answers unsupported_hardware) the test is skipped: exit
# SMAX_SKIP_CODE (77 for ctest's SKIP_RETURN_CODE; Bazel, which has no skip code, passes 0).
# Usage: isa-env-cap.sh ISA_ENV_TEST CAP [FAMILY:TOKEN ...]
set -u
test="$1"
cap="$2"
shift 2
export SMAX_ISA="$cap"
if "$test" unsupported_hardware none >/dev/null 2>&1; then
  echo "isa-env-cap: skipped: this CPU or build lacks $cap"
  exit "${SMAX_SKIP_CODE:-77}"
fi
exec "$test" success "$cap" "$@"
