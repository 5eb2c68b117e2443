#!/usr/bin/env python3
"""Kilobytes (gzip -9) of the JavaScript the browser loads before the home page renders, and of the first bundle.

Usage: spa-size.py DIST. Reads the build's manifest (DIST/.vite/manifest.json). The first bundle is the entry and
the chunks it imports statically; the home page renders only when it also has the pages' texts (nl.pages, which
every page awaits, in whatever language) and its own route chunk with that chunk's static imports. Prints e.g.
"162.4 kB home page (146.3 kB first bundle + page texts + its own chunks, 9 files)"; the first number is the figure.
"""
import gzip
import json
import pathlib
import sys

dist = pathlib.Path(sys.argv[1])
manifest = json.loads((dist / ".vite" / "manifest.json").read_text())


def closure(keys):
    """The files of these manifest entries and of every chunk they import statically."""
    files, todo = set(), list(keys)
    while todo:
        chunk = manifest[todo.pop()]
        if chunk["file"] not in files:
            files.add(chunk["file"])
            todo += chunk.get("imports", [])
    return files


def key_ending(suffix):
    keys = [key for key in manifest if key.endswith(suffix)]
    if len(keys) != 1:
        sys.exit(f"spa-size: expected one chunk for {suffix} in the manifest, found {len(keys)}")
    return keys[0]


def kilobytes(files):
    return sum(len(gzip.compress((dist / f).read_bytes(), compresslevel=9)) for f in files) / 1000


entry = [key for key, chunk in manifest.items() if chunk.get("isEntry")]
first = closure(entry)
home = closure(entry + [key_ending("locales/nl.pages.ts"), key_ending("routes/HomePage.tsx")])
print(f"{kilobytes(home):.1f} kB home page ({kilobytes(first):.1f} kB first bundle + page texts + its own chunks, "
      f"{len(home)} files)")
