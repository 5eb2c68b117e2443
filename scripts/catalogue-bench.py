#!/usr/bin/env python3
"""Catalogue search latency: on the starting content, then after generating N measures through the API.

Usage: catalogue-bench.py BASE_URL [N]. Prints figures only; it asserts nothing about speed.
Generated measures are drafts made by the demo editor, so the editor's searches see all of them.
"""
import json
import random
import statistics
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE = sys.argv[1].rstrip("/") + "/api/v1"
COUNT = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
WORDS = ("huisvesting vergunninghouders woningen gemeente provincie opvang asielzoekers inburgering taakstelling "
         "financiële regeling subsidie flexwonen doorstroom statushouders aandachtsgroepen leerroute taalles werk "
         "participatie begeleiding corporatie locatie capaciteit noodopvang gezinnen jongeren zorg onderwijs").split()
QUERIES = ["woning", "financiele regeling", "inburgering leerroute", "flexwonen gemeente", "statushouders"]


def call(method, path, token=None, body=None):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def sign_in():
    return call("POST", "/sessions", body={"email": "redacteur@bzk.handreiking.test", "password": "demo-wachtwoord"})["accessToken"]


def timed_searches(token, label, repetitions=20):
    for q in QUERIES:
        times, total = [], 0
        for _ in range(repetitions):
            start = time.perf_counter()
            total = call("GET", "/measures?" + urllib.parse.urlencode({"q": q, "pageSize": 20}), token)["totalItems"]
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(f"search {label:<22} q={q!r:<26} {total:>6} hits   median {statistics.median(times):6.1f} ms   "
              f"p95 {times[int(len(times) * 0.95) - 1]:6.1f} ms")


def measure(token, n, rng):
    body = {
        "title": " ".join(rng.choice(WORDS) for _ in range(5)).capitalize() + f" {n}",
        "summary": " ".join(rng.choice(WORDS) for _ in range(20)),
        "body": "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(3)),
        "domains": [rng.choice(["reception", "housing", "integration"])],
        "audiences": [rng.choice(["municipality", "province"])],
        "organisationCodes": [rng.choice(["BZK", "JENV", "SZW", "COA", "VNG"])],
    }
    call("POST", "/measures", token, body)


def main():
    token = sign_in()
    timed_searches(token, "starting content")
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda n: measure(token, n, random.Random(n)), range(COUNT)))
    print(f"generated {COUNT} measures through the API in {time.perf_counter() - start:.1f} s")
    token = sign_in()  # the first token may have expired meanwhile
    timed_searches(token, f"+{COUNT} measures")


if __name__ == "__main__":
    main()
