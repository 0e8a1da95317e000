#!/usr/bin/env bash
# Installs the built smax into a temporary prefix, then builds and runs a consumer through
# find_package(smax) (shared and static) and through pkg-config.
# Usage: install-test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$source/test/install" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
libdir="$(dirname "$(find "$work/prefix" -name 'libsmax.so' | head -1)")"
LD_LIBRARY_PATH="$libdir" "$work/consumer/consumer_shared"
"$work/consumer/consumer_static"
export PKG_CONFIG_PATH="$libdir/pkgconfig"
cc "$source/test/install/consumer.c" $(pkg-config --cflags --libs smax) -o "$work/consumer_pc"
LD_LIBRARY_PATH="$libdir" "$work/consumer_pc"
echo PASS
