#!/usr/bin/env python3
"""Writes NN_slug.nodiacritics.txt next to each named original report (deterministic: unicodedata only).

Usage: scripts/heldout/strip_diacritics.py 01 03 06 09
"""
import sys
from textutil import REPORTS, originals, strip_diacritics

wanted = set(sys.argv[1:])
for path in originals():
    if path.name[:2] not in wanted:
        continue
    out = path.with_name(path.stem + ".nodiacritics.txt")
    out.write_text(strip_diacritics(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(out.relative_to(REPORTS.parent))
