"""Text normalisation for matching, with a map back to the original offsets.

Arabic: diacritics and tatweel removed; alef variants (أ إ آ ٱ) -> ا; alef maqsura ى -> ي;
ta marbuta ة -> ه; hamza seats ؤ -> و, ئ -> ي; Persian letters folded (ک ی ہ). English and
other Latin text: case-folded, accents stripped, curly quotes straightened. Every rule maps one
character to at most one character, so a normalised string keeps an index map to the original
and mentions always point into the text the user gave.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_AR_DIACRITICS = set(range(0x064B, 0x0660)) | {0x0670} | set(range(0x06D6, 0x06EE))
_DROP = {0x0640, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD} | _AR_DIACRITICS
_AR_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۃ": "ه", "ہ": "ه", "ە": "ه",
    "ؤ": "و", "ک": "ك", "ڪ": "ك", "گ": "ك",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
}

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character's normalised form: '' (dropped) or exactly one character."""
    code = ord(ch)
    if code in _DROP:
        return ""
    mapped = _AR_MAP.get(ch)
    if mapped is not None:
        return mapped
    if code < 0x80:
        return ch.lower()
    if 0x0600 <= code <= 0x06FF:
        return ch
    # Latin with accents: NFKD then drop combining marks; keep the first base character.
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base.casefold()
    if len(base) == 1:
        # A presentation form folds as its letter does: "ﯼ" -> "ی" -> "ي" (idempotent).
        return base if base == ch else _fold_char(base)
    if not base:
        return ""
    # ß -> ss, œ -> oe, ligatures: keep one char so the offset map stays one-to-one.
    return _fold_char(base[0]) if base[0].isalnum() else ch.lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index it came from."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if folded:
            out.append(folded)
            index.append(i)
    return "".join(out), index


class _FoldTable(dict):
    """str.translate table that fills itself: each character's fold, computed once."""

    def __missing__(self, code: int) -> str | None:
        folded = _fold_char(chr(code))
        value = folded if folded else None
        self[code] = value
        return value


_TABLE = _FoldTable()


def normalize(text: str) -> str:
    """Normalised form used for every gazetteer key and every lookup."""
    return text.translate(_TABLE)


def is_arabic(text: str) -> bool:
    return ARABIC_LETTER.search(text) is not None


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is Latin: ASCII, Latin-1 and Extended-A/B, and Latin
    Extended Additional, where GeoNames writes its Arabic transliterations ("Ḩays", "Ar Riyāḑ")."""
    return all(ord(c) < 0x250 or "\u1e00" <= c <= "\u1eff" or not c.isalpha() for c in text)


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, else 'en'."""
    sample = text[:5000]
    ar = len(ARABIC_LETTER.findall(sample))
    latin = sum(1 for c in sample if "a" <= c.lower() <= "z")
    return "ar" if ar >= latin else "en"


_NON_WORD = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """Key under which a gazetteer name is stored: normalised words joined by single spaces.

    Matches how the recogniser joins tokens: "Al-Jufrah" -> "al jufrah", "Côte d'Ivoire" ->
    "cote d ivoire", "#سيول_الأردن" -> "سيول الاردن".
    """
    return _NON_WORD.sub(" ", normalize(name)).strip()
