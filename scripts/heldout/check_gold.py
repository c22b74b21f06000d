#!/usr/bin/env python3
"""Checks every gold file against its report: each figure's sentenceContains occurs (folded) in the original text
and contains the figure's number as written; document numbers and answered-request numbers occur in the text.
Prints counts of reports, variants and gold figures."""
import json
import sys
from textutil import GOLD, REPORTS, fold, originals



def written_forms(value):
    """The ways a commune writes a number: 1.250, 1250, 87,5, 04."""
    if float(value).is_integer():
        n = int(value)
        dotted = f"{n:,}".replace(",", ".")
        return {dotted, str(n), f"{n:02d}"}
    return {str(value).replace(".", ",")}


def check(text, gold, name):
    problems = []
    folded = fold(text)
    for f in gold["figures"]:
        snippet = fold(f["sentenceContains"])
        if snippet not in folded:
            problems.append(f"{name}: sentenceContains not found: {f['sentenceContains']!r}")
        if not any(fold(form) in snippet for form in written_forms(f["value"])):
            problems.append(f"{name}: value {f['value']} not in snippet {f['sentenceContains']!r}")
        if "upper" in f and not any(fold(form) in snippet for form in written_forms(f["upper"])):
            problems.append(f"{name}: upper {f['upper']} not in snippet")
    for d in gold["documents"]:
        if fold(d["number"]).replace(" ", "") not in folded.replace(" ", ""):
            problems.append(f"{name}: document {d['number']} not in text")
    a = gold.get("answers")
    if a and fold(a["number"]) not in folded.replace(" ", "") and fold(a["number"]) not in folded:
        problems.append(f"{name}: answered number {a['number']} not in text")
    if gold.get("number") and fold(gold["number"]) not in folded.replace(" ", ""):
        problems.append(f"{name}: report number {gold['number']} not in text")
    return problems


def main():
    problems, required, optional, variants = [], 0, 0, 0
    for path in originals():
        gold_path = GOLD / (path.stem + ".json")
        if not gold_path.exists():
            problems.append(f"no gold for {path.name}")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        problems += check(path.read_text(encoding="utf-8"), gold, path.name)
        required += sum(1 for f in gold["figures"] if not f.get("optional"))
        optional += sum(1 for f in gold["figures"] if f.get("optional"))
        variants += len([p for p in REPORTS.glob(path.stem + ".*.txt")])
    print(f"{len(originals())} originals, {variants} variants, {required} required gold figures (+{optional} optional)")
    seeds_dir = (REPORTS.parents[3] / ".." / "shared" / "seeds").resolve()
    for gold_path in sorted(GOLD.glob("seed-*.json")):
        number = gold_path.stem.split("-")[1]
        seed = next(seeds_dir.glob(number + "_*.txt"), None)
        if seed is None:
            problems.append(f"seed {number} not found in {seeds_dir}")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        problems += check(seed.read_text(encoding="utf-8"), gold, gold_path.name)
        print(f"{gold_path.name}: {sum(1 for f in gold['figures'] if not f.get('optional'))} required figures")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
