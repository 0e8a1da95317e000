#!/usr/bin/env bash
# The regeneration check must pass on the committed tree and fail when any generated file is edited
# by hand, when one goes missing, or when a stale one is left behind. Runs on a copy of the tree.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/src" "$root/scripts" "$work/"

"$python" "$work/scripts/generate-all" --check

expect_failure() {
  if "$python" "$work/scripts/generate-all" --check >/dev/null; then
    echo "FAIL: the check passed after: $1"
    exit 1
  fi
  "$python" "$work/scripts/generate-all" >/dev/null  # restores the tree
  "$python" "$work/scripts/generate-all" --check >/dev/null
  echo "ok: the check fails after: $1"
}

kernel="$(ls "$work"/src/f32-vmulc/gen/*.c | head -1)"
echo "/* edited by hand */" >> "$kernel"
expect_failure "a hand edit of $(basename "$kernel")"

rm "$work/src/f32-rmax/gen/f32-rmax.inc"
expect_failure "deleting f32-rmax.inc"

touch "$work/src/f32-rmax/gen/f32-rmax-stale.c"
expect_failure "leaving a stale generated file"

sed -i 's/^SMAX_ISA(scalar, 1,/SMAX_ISA(scalar, 2,/' "$work/src/gen/isa.inc"
expect_failure "editing src/gen/isa.inc"
echo "PASS"
