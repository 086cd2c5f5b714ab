#!/usr/bin/env python3
"""Prints the medians of the last `cargo bench` run as a Markdown table.

Criterion prints the mean on the console; its median, with a 95 % confidence
interval, is in target/criterion/<benchmark>/new/estimates.json. This reads
every benchmark found there, in the order `cargo bench` runs them.

    python3 benches/criterion_table.py [CRITERION_DIR]

CRITERION_DIR defaults to $CARGO_TARGET_DIR/criterion or target/criterion.
Remove that folder before `cargo bench` to list only the benchmarks of one
run.
"""

import json
import os
import sys

GROUP_ORDER = ["index", "search", "draw", "cli", "growth"]


def duration(ns):
    """A time in nanoseconds, in the unit that suits it."""
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}" if ns / scale < 100 else f"{ns / scale:.0f} {unit}"
    return f"{ns:.3g} ns"


def main():
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(target, "criterion")
    rows = []
    for folder, _, files in os.walk(root):
        if os.path.basename(folder) != "new" or "estimates.json" not in files:
            continue
        with open(os.path.join(folder, "benchmark.json")) as f:
            bench = json.load(f)
        with open(os.path.join(folder, "estimates.json")) as f:
            median = json.load(f)["median"]
        group = bench["group_id"]
        order = GROUP_ORDER.index(group) if group in GROUP_ORDER else len(GROUP_ORDER)
        rows.append((order, os.path.getmtime(folder), bench["full_id"], median))
    if not rows:
        sys.exit(f"no criterion results under {root}: run `cargo bench` first")
    print("| benchmark | median | 95 % confidence interval of the median |")
    print("| --- | ---: | ---: |")
    for _, _, full_id, median in sorted(rows):
        interval = median["confidence_interval"]
        print(
            f"| `{full_id}` | {duration(median['point_estimate'])} "
            f"| {duration(interval['lower_bound'])} – {duration(interval['upper_bound'])} |"
        )


if __name__ == "__main__":
    main()
