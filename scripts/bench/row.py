#!/usr/bin/env python3
"""One measured row: reads wrk's WRK line and pgbench's output on stdin, pgbench's transaction logs from a folder.

Usage: row.py NAME KIND TARGET LOG_FOLDER. Writes one result line (see table.py) to stdout.
"""
import pathlib
import re
import statistics
import sys

name, kind, target, folder = sys.argv[1:5]
text = sys.stdin.read()
wrk = re.search(r"^WRK (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)$", text, re.M)
if not wrk:
    sys.exit(f"bench: no wrk result for {name}:\n{text}")
requests, duration_us, errors, non2xx, p50_us, p95_us = map(int, wrk.groups())
tps = float(re.search(r"^tps = ([\d.]+)", text, re.M).group(1))
latencies = sorted(int(line.split()[2]) for log in pathlib.Path(folder).glob("pgbench_log.*") for line in log.open())
quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [latencies[0]] * 99
sql_p50, sql_p95 = quantiles[49] / 1000, quantiles[94] / 1000
rps = requests / (duration_us / 1e6)
jvm_cpu_ms = int(re.search(r"^JVMCPU (\d+)$", text, re.M).group(1))
notes = [f"JVM CPU {jvm_cpu_ms / max(requests, 1):.2f} ms/request"]
if errors or non2xx:
    notes.append(f"FAILED: {non2xx} non-2xx, {errors} socket errors of {requests}")
if kind == "ratio":
    api, sql = f"{rps:,.0f} req/s", f"{tps:,.0f} tps"
    ratio, value = f"{rps / tps:.2f}", rps / tps
    notes.append(f"API p50 {p50_us / 1000:.1f} ms, SQL p50 {sql_p50:.1f} ms")
elif kind == "latency":
    api = f"p50 {p50_us / 1000:.1f} / p95 {p95_us / 1000:.1f} ms"
    sql = f"p50 {sql_p50:.1f} / p95 {sql_p95:.1f} ms"
    ratio = f"{rps / tps:.2f}"
    value = (p50_us if target.startswith("p50") else p95_us) / 1000
    notes.append(f"{rps:,.0f} req/s vs {tps:,.0f} tps")
else:
    sys.exit(f"bench: unknown kind '{kind}' for {name}")
if errors or non2xx:
    value = "failed"
print("\t".join([name, api, sql, ratio, target, str(value), "; ".join(notes)]))
