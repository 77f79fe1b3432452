#!/usr/bin/env bash
# run-charts.sh
#
# Copyright 2026 The Inovda authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the radar benchmark and its matplotlib peer and prints one table with
# the budgets and the ratios (peer time / Inovda time).
#
#   tests/bench/run-charts.sh [BUILD_DIR] [RENDERS]
#
# Needs a built BUILD_DIR (default: build) and, for the peer, Debian's
# python3-matplotlib (apt-get install --no-install-recommends python3-matplotlib).
set -euo pipefail

cd "$(dirname "$0")/../.."
BUILD_DIR=${1:-build}
RENDERS=${2:-500}
BENCH="$BUILD_DIR/tests/bench/bench-charts"
CATALOGUE=data/methodology/iid-2026.xml
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -x "$BENCH" ]; then
  echo "run-charts.sh: $BENCH is missing; build $BUILD_DIR first" >&2
  exit 1
fi

value () {
  sed -n "s/^$2=//p" "$1"
}

"$BENCH" "$RENDERS" "$WORK/inovda" > "$WORK/inovda.txt"
peer=yes
if ! /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then
  peer=no
elif ! /usr/bin/python3 tests/bench/bench-charts.py "$CATALOGUE" "$(( RENDERS / 5 > 20 ? RENDERS / 5 : 20 ))" \
       "$WORK/matplotlib" > "$WORK/matplotlib.txt"; then
  peer=no
fi

row () {
  local label=$1 key=$2 unit=$3 budget=$4
  local ours theirs ratio
  ours=$(value "$WORK/inovda.txt" "$key")
  if [ "$peer" = yes ]; then
    theirs=$(value "$WORK/matplotlib.txt" "$key")
    ratio=$(awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "%.1f×", a / b }')
  else
    theirs="n/a"
    ratio="n/a"
  fi
  printf '| %-44s | %10s %-2s | %10s %-2s | %-8s | %7s |\n' "$label" "$ours" "$unit" "$theirs" "$unit" "$budget" "$ratio"
}

echo "Radar benchmark: 20 axes, 3 series, 1200×900, $(value "$WORK/inovda.txt" renders) renders"
echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
if [ "$peer" = yes ]; then
  echo "Peer: matplotlib $(value "$WORK/matplotlib.txt" matplotlib) (Agg), one process"
else
  echo "Peer: python3-matplotlib is not installed; peer columns are n/a"
fi
echo
printf '| %-44s | %13s | %13s | %-8s | %7s |\n' "Step" "Inovda" "matplotlib" "Budget" "Ratio"
printf '|%s|%s|%s|%s|%s|\n' "----------------------------------------------" "---------------" "---------------" "----------" "---------"
row "Render one radar, wall clock, mean" render_mean_ms ms "< 5 ms"
row "Render one radar, wall clock, median" render_median_ms ms ""
row "Render one radar, CPU time, mean" render_cpu_ms ms "< 5 ms"
row "Export 100 radars to PNG, wall clock" export_total_s s "< 2 s"
row "Export 100 radars to PNG, CPU time" export_cpu_s s "< 2 s"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (wall clock grows with other processes; CPU time barely)"
