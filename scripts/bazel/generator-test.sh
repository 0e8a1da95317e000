#!/usr/bin/env bash
# Bazel's generator-test: runs test/generator-test.sh on a real copy of its runfiles. Runfiles are
# symlinks into the source tree, and generator-test.sh edits its copy of the tree (with cp -r, which
# keeps symlinks) to check that the regeneration check notices.
set -euo pipefail
work="$(mktemp -d "${TEST_TMPDIR:-/tmp}/generator-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -RL src scripts test "$work/"
exec bash "$work/test/generator-test.sh"
