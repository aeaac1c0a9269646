"""Word tokens with offsets into the original text, and their normalised forms."""
from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import attrgetter
from typing import NamedTuple

from geo.engine.normalize import normalize

# Words: letters and digits, plus the Arabic marks and tatweel that sit inside words (matched a
# run at a time, not one alternation per character). The group makes a split of the text keep the
# words between the gaps.
_WORD_OR_GAP = re.compile(r"((?:[^\W_]+|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]+)+)")
# The same split for a text with none of those marks (every English story): one character class, twice as fast.
_LETTERS_OR_GAP = re.compile(r"([^\W_]+)")
_IN_WORD_MARK = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d]")
# What may stand between two words of one multi-word name: spaces, a hyphen, an apostrophe,
# an underscore (hashtags: #سيول_الأردن).
_JOINER = re.compile(r"[ \t\u00a0\-_'’‑]{1,3}")
# A dash with a space on each side separates: ACLED's "Baghdad - Karadah", "Dhaka - Gulshan" are a
# city and its district, two names, where "Deir ez-Zor" is one.
_SPACED_DASH = re.compile(r"\s[-‑]\s")
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
_APOSTROPHES = frozenset(("'", "’"))


@lru_cache(maxsize=4096)
def _joins(gap: str) -> bool:
    """Only a joiner stands between two words (a few distinct gaps make up every text)."""
    return gap == " " or (_JOINER.fullmatch(gap) is not None and _SPACED_DASH.fullmatch(gap) is None)


def tokenize(text: str) -> list[Token]:
    # One regex pass over the whole text and maps instead of a Python step per word: the split
    # alternates gaps and words (parts[2k] is the gap before word k: never empty after the first,
    # as matches are greedy), so running sums of the lengths are the words' bounds.
    parts = (_WORD_OR_GAP if _IN_WORD_MARK.search(text) else _LETTERS_OR_GAP).split(text)
    n = len(parts) // 2
    if not n:
        return []
    words, gaps = parts[1::2], parts[0:-1:2]
    bounds = accumulate(map(len, parts[:-1]))  # each word's start, then its end: zip(bounds, bounds) pairs them
    joined = list(map(_joins, gaps[1:]))
    joined.append(False)
    if ". " in text:
        _join_name_abbreviations(words, gaps, joined)
    hashtag, inner, glued = _marks(gaps) if "#" in text else _apostrophes_only(gaps)
    # An ASCII text's words are letters and digits, whose normal form is the lower case: no cache
    # look-up per word (most English stories).
    norms = map(str.lower, words) if text.isascii() else map(_normal_form, words)
    return list(map(_new_token, repeat(Token, n), zip(bounds, bounds, words, norms, joined, hashtag, inner, glued)))


# Abbreviated first words of place names: "St. Louis", "Ft. Worth", "Mt. Kenya" are one name,
# whose dot is no sentence's end (session 24: "between Chicago and St. Louis" lost St. Louis).
NAME_ABBREVIATIONS = frozenset(("St", "Ste", "Ft", "Mt", "Pt", "Co"))


def _join_name_abbreviations(words: list[str], gaps: list[str], joined: list[bool]) -> None:
    for k in compress(count(), map(NAME_ABBREVIATIONS.__contains__, words)):
        if k + 1 < len(words) and gaps[k + 1] == ". " and words[k + 1][:1].isupper() and not (
                k + 2 < len(words) and words[k + 2] == "s" and gaps[k + 2] in _APOSTROPHES):
            joined[k] = True  # ... but "St. John's Lutheran School", "St. Mary's" name a church's or a school's saint


def _apostrophes_only(gaps: list[str]) -> tuple[list[bool], list[bool], list[bool]]:
    """No hashtag in the text: only a word right after an apostrophe is marked."""
    none = [False] * len(gaps)
    glued = list(map(_APOSTROPHES.__contains__, gaps))
    glued[0] = False  # the first word has no word before it to be glued to
    return none, none, glued


def _marks(gaps: list[str]) -> tuple[list[bool], list[bool], list[bool]]:
    """Per word: in a #hashtag (the later words of #سيول_الأردن too), a later word of a compound
    hashtag, glued to the word before by an apostrophe (Dar'a)."""
    hashtag, inner, glued = [], [], []
    tagged = False
    for k, gap in enumerate(gaps):
        before = gap[-1:]
        tag = glue = False
        if before == "#":
            tag = True
        elif k and len(gap) == 1:  # one character between it and the word before
            if before == "_":
                tag = tagged
            else:
                glue = before in _APOSTROPHES
        hashtag.append(tag)
        inner.append(before == "_" and tag)
        glued.append(glue)
        tagged = tag
    return hashtag, inner, glued


_NORM = attrgetter("norm")


def words_in(tokens: list[Token], words: Container[str]) -> Iterator[int]:
    """Indices of the tokens whose normal form is in ``words`` (demonyms, plural division words):
    the tokens are tested in C, so only the few that are in it reach the caller's Python loop."""
    return compress(count(), map(words.__contains__, map(_NORM, tokens)))


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
