#!/usr/bin/env python3
"""Word accuracy of diacritics restoration: hocvuso's restorer and pyvi's ViUtils.add_accents on the same text.

Each reference text (written with full diacritics) is stripped of its diacritics here, restored by both tools, and
compared word by word with the reference. See docs/diacritics.md for the exact definition.

Usage: diacritics_accuracy.py HOCVUSO_BINARY DICTIONARY REFERENCE.txt...
"""
import difflib
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

from pyvi import ViUtils

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook above, dot below
WORD = re.compile(r"[^\W\d_]+")


def strip(text):
    """Removes every combining mark and turns đ/Đ into d/D; everything else (case, digits, spacing) stays."""
    out = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", out.replace("đ", "d").replace("Đ", "D"))


def fold(word):
    return strip(word).lower()


def key(word, keep_case=False):
    """A word's spelling for comparison: lower case (unless keep_case), letters with their vowel marks, and the
    syllable's tone wherever it sits (so the old placement "hoà" equals the new "hòa")."""
    letters, tones = [], []
    for c in unicodedata.normalize("NFD", word if keep_case else word.lower()):
        (tones if c in TONES else letters).append(c)
    return unicodedata.normalize("NFC", "".join(letters)), tuple(sorted(tones))


def load_syllables(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")[1:]
    return {fold(line.split("/")[0].strip()) for line in lines if line.strip()}


def aligned(ref_words, out_words):
    """Pairs (reference word, output word or None), aligned on the folded words."""
    if len(ref_words) == len(out_words):
        return list(zip(ref_words, out_words))
    pairs = []
    matcher = difflib.SequenceMatcher(a=[fold(w) for w in ref_words], b=[fold(w) for w in out_words], autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and a1 - a0 == b1 - b0):
            pairs += list(zip(ref_words[a0:a1], out_words[b0:b1]))
        else:
            pairs += [(w, None) for w in ref_words[a0:a1]]
    return pairs


PYVI_FAILURES = []


def pyvi_line(line):
    """pyvi on one line. Its decoder sometimes emits a label sequence it cannot map back (a KeyError); then the line
    is cut in two halves at a space, recursively, and a single word that still fails is left as it is."""
    try:
        return ViUtils.add_accents(line)
    except KeyError:
        PYVI_FAILURES.append(line)
        spaces = [i for i, c in enumerate(line) if c == " "]
        if not spaces:
            return line
        cut = spaces[len(spaces) // 2]
        return pyvi_line(line[:cut]) + " " + pyvi_line(line[cut + 1:])


class Score:
    def __init__(self):
        self.words = self.correct = self.exact = 0
        self.seconds = 0.0

    def add(self, reference, output, syllables):
        ref_lines, out_lines = reference.split("\n"), output.split("\n")
        if len(out_lines) != len(ref_lines):  # fall back to the whole text as one line
            ref_lines, out_lines = [reference.replace("\n", " ")], [output.replace("\n", " ")]
        for ref_line, out_line in zip(ref_lines, out_lines):
            for ref, out in aligned(WORD.findall(ref_line), WORD.findall(out_line)):
                if fold(ref) not in syllables:
                    continue
                self.words += 1
                if out is not None and key(out) == key(ref):
                    self.correct += 1
                    if key(out, keep_case=True) == key(ref, keep_case=True):
                        self.exact += 1

    def line(self, name, characters):
        accuracy = self.correct / self.words if self.words else 0
        exact = self.exact / self.words if self.words else 0
        speed = characters / 1024 / self.seconds if self.seconds else 0
        return (f"{name:<26} {self.words:>6} words  accuracy {accuracy:7.2%}  "
                f"(with letter case {exact:7.2%})  {self.seconds:6.2f} s  {speed:7.1f} KB/s")


def evaluate(name, binary, syllables, references):
    texts = {path: unicodedata.normalize("NFC", open(path, encoding="utf-8").read()) for path in references}
    characters = sum(len(t.encode("utf-8")) for t in texts.values())
    ours, peer = Score(), Score()
    with tempfile.TemporaryDirectory() as folder:
        for path, reference in texts.items():
            stripped = strip(reference)
            stripped_path = os.path.join(folder, os.path.basename(path))
            with open(stripped_path, "w", encoding="utf-8") as f:
                f.write(stripped)
            started = time.perf_counter()
            output = subprocess.run([binary, "restore-diacritics", stripped_path], check=True,
                                    capture_output=True, text=True).stdout
            ours.seconds += time.perf_counter() - started
            if output.endswith("\n") and not stripped.endswith("\n"):
                output = output[:-1]
            ours.add(reference, output, syllables)

            started = time.perf_counter()
            restored = "\n".join(pyvi_line(line) if line.strip() else line for line in stripped.split("\n"))
            peer.seconds += time.perf_counter() - started
            peer.add(reference, restored, syllables)
    print(f"{name}: {len(references)} texts, {characters / 1024:.1f} KB, stripped of diacritics by this script")
    print("  " + ours.line("hocvuso restore-diacritics", characters))
    print("  " + peer.line("pyvi ViUtils.add_accents", characters))
    return ours, peer


def speed(binary, references):
    """hocvuso's restoring speed without the start-up: one run on all texts together minus one run on a one-word file
    (an empty file is refused as unreadable)."""
    text = strip("\n".join(open(path, encoding="utf-8").read() for path in references))
    with tempfile.TemporaryDirectory() as folder:
        empty, full = os.path.join(folder, "empty.txt"), os.path.join(folder, "all.txt")
        open(empty, "w").write("xin chao\n")
        open(full, "w", encoding="utf-8").write(text)
        timings = {}
        for name, path in (("empty", empty), ("full", full)):
            best = None
            for _ in range(3):
                started = time.perf_counter()
                subprocess.run([binary, "restore-diacritics", path], check=True, capture_output=True)
                elapsed = time.perf_counter() - started
                best = elapsed if best is None else min(best, elapsed)
            timings[name] = best
    size = len(text.encode("utf-8")) / 1024
    restoring = max(timings["full"] - timings["empty"], 1e-6)
    print(f"speed: start-up (dictionary + model) {timings['empty']:.2f} s; restoring {size:.1f} KB "
          f"{restoring:.2f} s = {size / restoring:.0f} KB/s (best of 3)")


def main():
    """Arguments: HOCVUSO_BINARY DICTIONARY then groups "--group NAME FILE...", each reported on its own and all
    together."""
    binary, dictionary, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    syllables = load_syllables(dictionary)
    groups, current = [], None
    for i, arg in enumerate(rest):
        if arg == "--group":
            current = None
        elif current is None and rest[i - 1] == "--group":
            current = (arg, [])
            groups.append(current)
        elif current is not None:
            current[1].append(arg)
    totals = [Score(), Score()]
    for name, files in groups:
        for total, score in zip(totals, evaluate(name, binary, syllables, files)):
            total.words += score.words
            total.correct += score.correct
            total.exact += score.exact
            total.seconds += score.seconds
    if len(groups) > 1:
        print("all together:")
        print("  " + totals[0].line("hocvuso restore-diacritics", 0).split("  0.0 KB/s")[0])
        print("  " + totals[1].line("pyvi ViUtils.add_accents", 0).split("  0.0 KB/s")[0])
    speed(binary, [f for _, files in groups for f in files])
    if PYVI_FAILURES:
        print(f"(pyvi failed on {len(PYVI_FAILURES)} lines or parts of lines: they were restored in smaller parts)")
    print("(hocvuso's time is per process: it includes loading the dictionary and the model for every file)")


if __name__ == "__main__":
    main()
