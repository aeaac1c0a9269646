"""Word tokens with offsets into the original text, and their normalised forms."""
from __future__ import annotations

import re
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


def tokenize(text: str) -> list[Token]:
    matches = list(_WORD.finditer(text))
    tokens: list[Token] = []
    for i, m in enumerate(matches):
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        gap = text[m.end():nxt.start()] if nxt else ""
        joined = bool(nxt) and (gap == "" or _JOINER.fullmatch(gap) is not None)
        before = text[m.start() - 1] if m.start() > 0 else ""
        hashtag = before == "#" or (before == "_" and bool(tokens) and tokens[-1].hashtag and tokens[-1].end == m.start() - 1)
        glued = before in ("'", "’") and bool(tokens) and tokens[-1].end == m.start() - 1
        tokens.append(Token(m.start(), m.end(), m.group(), normalize(m.group()), joined, hashtag,
                            before == "_" and hashtag, glued))
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
