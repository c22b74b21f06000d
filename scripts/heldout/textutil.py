"""Shared helpers for the held-out extraction set (Tests/HocVuSoReadingTests/HeldOut)."""
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "Tests" / "HocVuSoReadingTests" / "HeldOut"
REPORTS = HELDOUT / "reports"
GOLD = HELDOUT / "gold"


def strip_diacritics(text: str) -> str:
    """Removes Vietnamese diacritics, keeping case, punctuation and line breaks; đ/Đ become d/D."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept).replace("đ", "d").replace("Đ", "D")


def fold(text: str) -> str:
    """The same folding as VietnameseText.fold: lower case, no diacritics, đ → d, whitespace collapsed."""
    return re.sub(r"\s+", " ", strip_diacritics(text).lower()).strip()


def originals():
    """The original report files (no variant suffix), sorted."""
    return sorted(p for p in REPORTS.glob("*.txt") if p.name.count(".") == 1)
