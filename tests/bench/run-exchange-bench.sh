#!/usr/bin/env bash
# run-exchange-bench.sh
#
# Copyright 2026 The Inovda authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The exchange benchmark in one command: generates the national dataset and
# its half-size twin (once; the same bytes every run), then runs every step
# and the peers and prints the table with the ratios against the budgets.
#
#   tests/bench/run-exchange-bench.sh [BUILD_DIR] [DATA_DIR] [-- OPTIONS]
#
# BUILD_DIR defaults to build, DATA_DIR to /tmp/inovda-exchange-bench (about
# 1.5 GB with the step outputs). OPTIONS go to "bench-exchange run", e.g.
# --repeat 3, --no-peers or --peer-timeout 600. The peers need Debian's
# gnumeric and libreoffice-calc-nogui.
set -euo pipefail

cd "$(dirname "$0")/../.."
BUILD_DIR=${1:-build}
DATA_DIR=${2:-/tmp/inovda-exchange-bench}
shift $(($# > 2 ? 2 : $#))
[ "${1:-}" = "--" ] && shift

GENERATE="$BUILD_DIR/tests/bench/bench-generate-national"
BENCH="$BUILD_DIR/tests/bench/bench-exchange"
for tool in "$GENERATE" "$BENCH"; do
  if [ ! -x "$tool" ]; then
    echo "run-exchange-bench.sh: $tool is missing; build $BUILD_DIR first" >&2
    exit 1
  fi
done

mkdir -p "$DATA_DIR"
if [ ! -f "$DATA_DIR/national.xml" ]; then
  "$GENERATE" "$DATA_DIR/national"
fi
if [ ! -f "$DATA_DIR/half.xml" ]; then
  "$GENERATE" --fraction 0.5 "$DATA_DIR/half"
fi
sha256sum "$DATA_DIR/national.xlsx" "$DATA_DIR/national.xml"

exec "$BENCH" run "$DATA_DIR/national" --half "$DATA_DIR/half" --work "$DATA_DIR/work" "$@"
