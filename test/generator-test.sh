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

touch "$work/src/gen/stale-families.inc"
expect_failure "leaving a stale file in src/gen/"

sed -i 's/^SMAX_FAMILY(f32_vmulc, vmulc, "f32-vmulc", 0, 8,/SMAX_FAMILY(f32_vmulc, vmulc, "f32-vmulc", 1, 8,/' \
  "$work/src/gen/families.inc"
expect_failure "editing src/gen/families.inc"

# A family folder with a table but no row in src/families.table is an error, not a silent omission.
cp "$work/src/families.table" "$work/families.table.orig"
sed -i '/^f32-vmulc /d' "$work/src/families.table"
if "$python" "$work/scripts/generate-all" --check >/dev/null 2>&1; then
  echo "FAIL: the check passed with f32-vmulc missing from src/families.table"
  exit 1
fi
cp "$work/families.table.orig" "$work/src/families.table"
"$python" "$work/scripts/generate-all" --check >/dev/null
echo "ok: the check fails when src/families.table lacks a family's row"
echo "PASS"
