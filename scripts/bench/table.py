#!/usr/bin/env python3
"""Prints the bench's one table from its result lines: name, API, SQL, ratio, target, value, note (tab-separated).

A target is a comparison with an optional p50/p95 prefix and unit: >=0.5, p95<50ms, <3000ms, <350MB, <150kB, >=95.
Usage: table.py RESULTS CONNECTIONS DURATION CORES.
"""
import datetime
import operator
import re
import sys

results, connections, duration, cores = sys.argv[1:5]
OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
rows = []
for line in open(results):
    name, api, sql, ratio, target, value, note = (line.rstrip("\n").split("\t") + [""] * 7)[:7]
    found = re.fullmatch(r"(?:p\d\d)?(<=|>=|<|>)([\d.]+)\w*", target)
    if value in ("", "failed") or not found:
        met = "no" if value == "failed" else "?"
    else:
        number = float(re.search(r"[\d.]+", value.replace(",", "")).group())
        met = "yes" if OPS[found.group(1)](number, float(found.group(2))) else "no"
    rows.append([name, api, sql, ratio, target.replace(">=", "≥ ").replace("<", "< "), met, note])
header = ["figure", "API (wrk)", "SQL (pgbench)", "ratio", "target", "met", "note"]
widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
print(f"\nmake bench, {when}, {cores} cores; API and SQL back to back, {connections} connections, {duration} s each\n")
for row in [header, ["-" * w for w in widths]] + rows:
    print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |")
