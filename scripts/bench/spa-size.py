#!/usr/bin/env python3
"""Kilobytes (gzip -9) of the JavaScript the browser loads before the first route renders.

Usage: spa-size.py DIST. Follows index.html's entry scripts and modulepreload links, and the static imports of
those chunks (not dynamic import(), which loads later). Prints e.g. "143.2 kB (3 files)".
"""
import gzip
import pathlib
import re
import sys

dist = pathlib.Path(sys.argv[1])
html = (dist / "index.html").read_text()
start = re.findall(r'<script[^>]*type="module"[^>]*src="([^"]+)"', html)
start += re.findall(r'<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"', html)
start += re.findall(r'<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"', html)
# static imports in minified ES modules: import"./x.js"; import{a as b}from"./x.js"; export{a}from"./x.js"
STATIC = re.compile(r'(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["\']([^"\']+\.js)["\']')
seen, todo = set(), [dist / s.lstrip("/") for s in start]
while todo:
    path = todo.pop().resolve()
    if path in seen or not path.exists():
        continue
    seen.add(path)
    todo += [path.parent / match for match in STATIC.findall(path.read_text())]
size = sum(len(gzip.compress(p.read_bytes(), compresslevel=9)) for p in seen)
print(f"{size / 1000:.1f} kB ({len(seen)} files)")
