#!/usr/bin/python3
# bench-charts.py
#
# Copyright 2026 The Inovda authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The peer of bench-charts.c: the same 20-axis, 3-series radar at 1200x900,
# drawn by Debian's python3-matplotlib (Agg) in one process. Prints the same
# key=value lines.
#
#   /usr/bin/python3 bench-charts.py CATALOGUE.xml [RENDERS] [FOLDER]

import math
import os
import statistics
import sys
import tempfile
import textwrap
import time
import xml.etree.ElementTree as ET

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

WIDTH, HEIGHT, DPI = 1200, 900, 100
N_SERIES = 3
N_EXPORTS = 100
NS = {"k": "urn:inovda:katalog:1"}
LABELS = ["2026, klaim", "2026, verifikasi", "2025, verifikasi"]
# Okabe-Ito, as the C renderer's light palette
COLOURS = ["#0072b2", "#d55e00", "#009e73"]
STYLES = ["-", "--", ":"]
MARKERS = ["o", "s", "^"]


def value_percent(series, axis):
    return 35 + ((axis * 37 + series * 11) % 17) * 60 // 16


def indicators(path):
    root = ET.parse(path).getroot()
    rows = []
    for row in root.findall("k:indikator", NS):
        if row.get("aspek") == "sid":
            rows.append((row.get("id"), row.find("k:nama", NS).text))
    return rows


def build_figure(rows):
    plt.rcParams["font.family"] = ["Cantarell", "DejaVu Sans"]
    n = len(rows)
    angles = [2 * math.pi * k / n for k in range(n)]
    fig = plt.figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
    ax = fig.add_subplot(111, projection="polar")
    ax.set_theta_offset(math.pi / 2)
    ax.set_theta_direction(-1)
    ax.set_ylim(0, 1)
    ax.set_rgrids([0.2, 0.4, 0.6, 0.8, 1.0], ["20%", "40%", "60%", "80%", "100%"], fontsize=9)
    ax.set_thetagrids([math.degrees(a) for a in angles],
                      ["\n".join(textwrap.wrap(f"{i} {name}", 24)) for i, name in rows], fontsize=10)
    for s in range(N_SERIES):
        values = [value_percent(s, k) / 100 for k in range(n)]
        ax.fill(angles + angles[:1], values + values[:1], color=COLOURS[s], alpha=0.14)
        ax.plot(angles + angles[:1], values + values[:1], color=COLOURS[s], linestyle=STYLES[s],
                marker=MARKERS[s], markersize=5, linewidth=2, label=LABELS[s])
    fig.suptitle("Provinsi Kalimantan Selatan", x=0.02, ha="left", fontweight="bold", fontsize=17)
    fig.text(0.02, 0.93, "Rata-rata indikator SID dari 63 inovasi yang dihitung, 2026", fontsize=12, alpha=0.7)
    fig.legend(loc="lower center", ncol=N_SERIES, frameon=False)
    return fig


def main():
    catalogue = sys.argv[1]
    renders = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    folder = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="inovda-bench-mpl-")
    os.makedirs(folder, exist_ok=True)

    fig = build_figure(indicators(catalogue))
    for _ in range(3):
        fig.canvas.draw()

    times = []
    cpu_start = time.process_time()
    for _ in range(renders):
        start = time.perf_counter()
        fig.canvas.draw()
        times.append((time.perf_counter() - start) * 1000)
    print(f"render_cpu_ms={(time.process_time() - cpu_start) * 1000 / renders:.3f}")
    print(f"renders={renders}")
    print(f"render_mean_ms={statistics.mean(times):.3f}")
    print(f"render_median_ms={statistics.median(times):.3f}")
    print(f"render_min_ms={min(times):.3f}")

    start = time.perf_counter()
    cpu_start = time.process_time()
    for i in range(N_EXPORTS):
        fig.savefig(os.path.join(folder, f"radar-{i:03d}.png"), dpi=DPI)
    print(f"exports={N_EXPORTS}")
    print(f"export_total_s={time.perf_counter() - start:.3f}")
    print(f"export_cpu_s={time.process_time() - cpu_start:.3f}")
    print(f"folder={folder}")
    print(f"matplotlib={matplotlib.__version__}")


if __name__ == "__main__":
    main()
