#!/usr/bin/env python3
"""Housing-quota monitor and signals: figures for the national view and the support queue.

Usage: monitor-bench.py BASE_URL. Imports 352 municipalities x 20 half years (2031-H1 to 2040-H2) through
the CSV import as the demo support team, then times the national totals and the full municipality list
of the last half year; submits signals and times the support queue. Prints figures; asserts nothing.
"""
import json
import random
import statistics
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE = sys.argv[1].rstrip("/") + "/api/v1"


def call(method, path, token=None, body=None, content_type="application/json"):
    data = None if body is None else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
    request = urllib.request.Request(BASE + path, method=method, data=data)
    request.add_header("Content-Type", content_type)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read() or b"null")


def sign_in(email):
    return call("POST", "/sessions", body={"email": email, "password": "demo-wachtwoord"})["accessToken"]


def timed(label, action, repetitions=20):
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{label:<62} median {statistics.median(times):7.1f} ms   p95 {times[int(len(times) * 0.95) - 1]:7.1f} ms   ({repetitions} calls)")


def municipalities():
    codes, page = [], 1
    while True:
        result = call("GET", f"/regions?type=municipality&pageSize=100&page={page}")
        codes += [r["code"] for r in result["items"]]
        if page >= result["totalPages"]:
            return codes
        page += 1


def quota_monitor(support):
    rng = random.Random(2021)
    periods = [f"{year}-H{half}" for year in range(2031, 2041) for half in (1, 2)]
    lines = ["municipality;period;target;realised;arrearsIn"]
    for code in municipalities():
        for i, period in enumerate(periods):
            target = rng.randint(0, 120)
            lines.append(f"{code};{period};{target};{rng.randint(0, target + 10)};{rng.randint(0, 20) if i == 0 else ''}")
    start = time.perf_counter()
    result = call("POST", "/housing-quotas/imports", support, "\n".join(lines) + "\n", "text/csv")
    print(f"import of {result['lines']} quota lines (352 municipalities x 20 half years): {(time.perf_counter() - start) * 1000:.0f} ms")

    def all_pages():
        page = 1
        while page <= call("GET", f"/housing-quotas?period=2040-H2&pageSize=100&page={page}")["totalPages"]:
            page += 1

    timed("national view: GET /housing-quotas/totals?period=2040-H2", lambda: call("GET", "/housing-quotas/totals?period=2040-H2"))
    timed("all 352 municipalities of 2040-H2 (4 pages of 100)", all_pages)
    timed("one municipality's 20 half years (/housing-quotas/history)", lambda: call("GET", "/housing-quotas/history?municipality=GM0344"))


def signals(count=500):
    utrecht = sign_in("gemeente.utrecht@handreiking.test")
    support = sign_in("team@coa.handreiking.test")
    themes = ["ind-processing-times", "flexible-asylum-chain", "housing-quota", "housing-finance", "public-support", "priority-groups", "integration", "other"]

    def submit(n):
        call("POST", "/signals", utrecht, {"type": "signal", "theme": themes[n % len(themes)], "title": f"Benchsignaal {n}", "description": "Meting."})

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(submit, range(count)))
    elapsed = time.perf_counter() - start
    print(f"{count} signals submitted by 8 clients at once: {elapsed:.1f} s ({count / elapsed:.0f} per second, numbers without gaps)")
    timed("support queue, first page (sort=urgency)", lambda: call("GET", "/signals?pageSize=20", support))
    timed("signal statistics, last 12 months", lambda: call("GET", "/signals/statistics"))


if __name__ == "__main__":
    support_token = sign_in("team@coa.handreiking.test")
    quota_monitor(support_token)
    signals()
