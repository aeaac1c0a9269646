"""Word tokens with offsets into the original text, and their normalised forms."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from geo.engine.normalize import normalize

# Letters and digits, plus the Arabic marks and tatweel that sit inside words.
_WORD = re.compile(r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d])+")
# What may stand between two words of one multi-word name: spaces, a hyphen, an apostrophe,
# an underscore (hashtags: #سيول_الأردن).
_JOINER = re.compile(r"[ \t\u00a0\-_'’‑]{1,3}")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    norm: str
    joined_to_next: bool  # only a joiner separates it from the next token
    hashtag: bool  # a word of a #hashtag, including the later words of #سيول_الأردن
    hashtag_inner: bool = False  # a later word of a compound hashtag (الأردن in #سيول_الأردن)
    after_apostrophe: bool = False  # an apostrophe right before it, glued to the word before: Dar'a, Sa'ada


# Most words recur across stories: their normal forms are computed once.
_normal_form = lru_cache(maxsize=1 << 16)(normalize)
_new_token = tuple.__new__  # builds a Token without the NamedTuple constructor's Python-level call
_APOSTROPHES = ("'", "’")


def tokenize(text: str) -> list[Token]:
    spans = [m.span() for m in _WORD.finditer(text)]
    next_starts = [start for start, _ in spans[1:]] + [-1]
    tokens: list[Token] = []
    prev: Token | None = None
    for (start, end), next_start in zip(spans, next_starts):
        word = text[start:end]
        if next_start < 0:
            joined = False
        else:
            gap = text[end:next_start]
            joined = gap == " " or _JOINER.fullmatch(gap) is not None  # one space: the common case, no regex
        before = text[start - 1] if start else ""
        hashtag = glued = False
        if before == "#":
            hashtag = True
        elif prev is not None and prev.end == start - 1:  # one character between it and the word before
            if before == "_":
                hashtag = prev.hashtag
            else:
                glued = before in _APOSTROPHES
        prev = _new_token(Token, (start, end, word, _normal_form(word), joined, hashtag,
                                  before == "_" and hashtag, glued))
        tokens.append(prev)
    return tokens


def sentence_bounds(text: str, start: int, end: int, limit: int = 400) -> tuple[int, int]:
    """The sentence around [start, end): from the previous sentence end to the next one."""
    lo = max(0, start - limit)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    right = m.end() if m else min(len(text), end + limit)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right
