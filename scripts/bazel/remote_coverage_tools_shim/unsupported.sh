#!/bin/sh
echo "bazel coverage is not supported in this offline build (see scripts/bazel/)" >&2
exit 1
