#!/usr/bin/env bash
# libsmax.so exports exactly the API: every function declared in include/smax.h, and nothing else.
# The list of public functions is read from the header itself (through the C preprocessor, so that
# comments and examples do not count), never typed a second time.
# Usage: exported-symbols-test.sh <libsmax.so> <include/smax.h> <nm> <C compiler> [-I<dir>...]
set -euo pipefail
library="$1"
header="$2"
nm="$3"
cc="$4"
shift 4

# Declarations of the header, preprocessed: every "smax_<name>(" left is a function it declares
# (-E drops comments and #defines, so examples and function-like macros cannot match).
public="$("$cc" -E -P -x c "$@" "$header" | grep -o '\bsmax_[A-Za-z0-9_]*[[:space:]]*(' | tr -d ' \t(' |
          sort -u)"
if [ -z "$public" ]; then
  echo "FAIL: found no function declarations in $header" >&2
  exit 1
fi

# Defined dynamic symbols (functions and data) of the shared library.
exported="$("$nm" -D --defined-only "$library" | awk 'NF >= 3 { print $3 }' | sed 's/@.*//' | sort -u)"

status=0
extra="$(comm -13 <(echo "$public") <(echo "$exported"))"
if [ -n "$extra" ]; then
  echo "FAIL: $(echo "$extra" | wc -l) symbols exported from $library are not functions of $header:" >&2
  echo "$extra" | head -n 20 | sed 's/^/  /' >&2
  status=1
fi
missing="$(comm -23 <(echo "$public") <(echo "$exported"))"
if [ -n "$missing" ]; then
  echo "FAIL: functions of $header not exported from $library:" >&2
  echo "$missing" | sed 's/^/  /' >&2
  status=1
fi
if [ "$status" -eq 0 ]; then
  echo "OK: $library exports exactly the $(echo "$public" | wc -l) functions of $header"
fi
exit "$status"
