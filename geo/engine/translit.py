"""Transliteration folding of Latin place names, so that spellings of one Arabic name meet.

"Saraqab"/"Sarāqib", "Jandairis"/"Jindayris", "Tal Tamer"/"Tall Tamr", "Ein Issa"/"`Ayn `Isa"
and "Deir ez-Zor"/"Dayr az Zawr" all fold to the same key. Arabic short vowels are unwritten, so
romanisations disagree mostly on vowels: the fold keeps consonants (and whether a word starts
with a vowel), drops articles and hamza/ayn marks, and collapses doubled letters (before vowels go: Hodeidah keeps d-d). It is applied
to gazetteer keys at index build and to candidate keys at lookup, only after an exact miss.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Arabic articles as romanised ("ad-Dana", "Dayr az Zawr"), dropped when another word follows.
ARTICLES = frozenset("al el il ul as ash ad ar at az an ath adh es esh ed er et ez en eth".split())
_MARK_CHARS = "ʿʾʻʼ`'´’‘ʹ"
_MARKS = dict.fromkeys(map(ord, _MARK_CHARS))  # a str.translate table that deletes them (no regex per key)
# Diphthongs and English-style vowel spellings first (ou/oo -> u, ee -> i, ei/ey/ai -> ay,
# aw/ow -> aw), then w/y after a vowel are vowels too (Zawr/Zor, Dayr/Deir).
_VOWEL_GLIDE = re.compile(r"(?<=[aeiou])[wy]")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")  # Tarhunah / Tarhuna, Saqba / Saqbah
_VOWELS = re.compile("[aeiou]")
_DOUBLE = re.compile(r"(.)\1+")
_DIGRAPHS = (("q", "k"), ("ck", "k"), ("ph", "f"), ("dj", "j"), ("tch", "sh"), ("ch", "sh"))
MIN_LETTERS = 3  # shorter skeletons ("an" for Ein, "mn" for Man) collide with too many words


@lru_cache(maxsize=1 << 16)  # a story's capitalised words come back in many n-grams, and across stories
def _fold_word(w: str) -> str:
    w = w.translate(_MARKS)
    if not w:
        return ""
    w = _FINAL_H.sub("", _DOUBLE.sub(r"\1", w))
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    head = "a" if w[0] in "aeiou" else ""
    w = _VOWEL_GLIDE.sub("", w)
    w = _VOWELS.sub("", w)
    return head + w


@lru_cache(maxsize=100_000)
def fold_latin(key: str) -> str:
    """The folded form of a normalised Latin key (``name_key`` output), or '' when it is too
    short to be told from ordinary words. Words are run together: an apostrophe for ayn splits
    a word in the key ("Ma'arrat" is "ma arrat"), so word bounds cannot be trusted; only the
    first word keeps its leading-vowel mark."""
    words = [w for w in key.translate(_MARKS).split() if w]
    if len(words) > 1:
        words = [w for w in words[:-1] if w not in ARTICLES] + words[-1:]
    folded = [f for f in (_fold_word(w) for w in words) if f]
    if not folded:
        return ""
    out = folded[0] + "".join(f[1:] if f[0] == "a" else f for f in folded[1:])
    return out if len(out) >= MIN_LETTERS else ""
