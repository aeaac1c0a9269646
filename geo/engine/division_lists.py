"""Names listed before a plural division word: "in Becker, Clay and Otter Tail counties".

Each name of such a list stands for "<name> County" (Parish, Province...), not for a town of
that name: "Douglas" in "Douglas and Sarpy counties" is Douglas County, Nebraska, and a name
the gazetteer knows only as a county ("Oconee", "Hitchcock") is a place there too. The
recogniser read each name alone, as a town (Barrow was Utqiagvik, Alaska) or not at all. A
listed name becomes a sure candidate whose places are the divisions "<name> <type>" the
gazetteer knows; the resolver then chooses among same-named divisions by the story's other
names, as it does for "Douglas County" written out. Only English; a name the gazetteer has no
such division for is left as it was.
"""
from __future__ import annotations

import re

from geo.engine.gazetteer import Gazetteer
from geo.engine.recognize import Candidate
from geo.engine.tokens import Token, words_in

PLURAL_DIVISIONS = {
    "counties": "county", "parishes": "parish", "provinces": "province", "governorates": "governorate",
    "boroughs": "borough", "townships": "township",
}
MAX_ITEM_WORDS = 3
_COMMA = re.compile(r"\s*,\s*")
_SPACE = re.compile(r"\s+")
_CONJUNCTIONS = ("and", "or")


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _item_before(tokens: list[Token], end: int) -> int | None:
    """Index of the first token of the capitalised run ending at ``end`` (its words joined), or None."""
    if end < 0 or not _capitalised(tokens[end]):
        return None
    k = end
    while k > 0 and end - k + 1 < MAX_ITEM_WORDS and tokens[k - 1].joined_to_next and _capitalised(tokens[k - 1]) \
            and tokens[k - 1].norm not in _CONJUNCTIONS:
        k -= 1
    return k


def listed_divisions(gaz: Gazetteer, text: str, tokens: list[Token], lang: str) -> list[Candidate]:
    """Sure candidates for the names of every "A, B and C counties" list of the text."""
    if lang == "ar":
        return []
    found: list[Candidate] = []
    for p in words_in(tokens, PLURAL_DIVISIONS):
        tok = tokens[p]
        kind = PLURAL_DIVISIONS[tok.norm]
        if p == 0 or not tok.text.islower() or not _SPACE.fullmatch(text[tokens[p - 1].end:tok.start]):
            continue
        items: list[tuple[int, int]] = []
        end, closed = p - 1, False  # closed: the "and"/"or" before the last name was met (walking back)
        while True:
            first = _item_before(tokens, end)
            if first is None:
                break
            items.append((first, end))
            k = first - 1
            if k < 1:
                break
            if not closed and tokens[k].norm in _CONJUNCTIONS and tokens[k].text.islower() \
                    and _SPACE.fullmatch(text[tokens[k].end:tokens[first].start]) \
                    and (_SPACE.fullmatch(text[tokens[k - 1].end:tokens[k].start])
                         or _COMMA.fullmatch(text[tokens[k - 1].end:tokens[k].start])):
                closed, end = True, k - 1
            elif closed and _COMMA.fullmatch(text[tokens[k].end:tokens[first].start]):
                end = k
            else:
                break
        if len(items) < 2:
            continue  # "Douglas counties" is no list; a lone name before the plural is something else
        for first, last in items:
            # The item's last words: a sentence's first word may open it ("Small Hitchcock and Hayes counties").
            for start in range(first, last + 1):
                name = " ".join(t.norm for t in tokens[start:last + 1])
                ids = tuple(pid for pid in gaz.ids(f"{name} {kind}") or () if gaz.place(pid).feature in ("admin1", "admin2"))
                if ids:
                    found.append(Candidate(tokens[start].start, tokens[last].end, start, last, f"{name} {kind}", ids,
                                           sure=True))
                    break
    return sorted(found, key=lambda c: c.start)

