""""المملكة" for the kingdom the story is about: a country named by what it is, not by its name.

A Saudi ministry's tweet says "حالات كورونا في المملكة"; a Jordanian story "الأمطار في المملكة".
The kingdom is the one the story names (its places, its adjectives: الأردنية), or the one an
adjective right after it names ("المملكة الأردنية"). With no kingdom in the story, nothing is
reported: guessing would put Saudi news in Morocco.
"""
from __future__ import annotations

from collections import Counter

from geo.engine.document import PRECISION_REGION, Mention
from geo.engine.gazetteer import Gazetteer
from geo.engine.recognize import Candidate, clitic_variants
from geo.engine.tokens import Token, sentence_bounds

KINGDOM_WORDS = {"المملكه"}
KINGDOMS = {"SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "SE", "NO", "DK", "TH", "KH", "BT", "LS", "SZ", "TO"}
REFERENT_CONFIDENCE = 0.6


def _kingdom_token(tok: Token) -> int | None:
    """Characters of proclitics before "المملكة" in this token, or None when it is not that word."""
    for peeled, stem in clitic_variants(tok.norm):
        if stem in KINGDOM_WORDS:
            return len(peeled) - (1 if peeled.endswith("لل") else 0)
    return None


def kingdom_mentions(text: str, tokens: list[Token], cands: list[Candidate], mentions: list[Mention],
                     gaz: Gazetteer, demonyms: dict[str, tuple[str, ...]]) -> list[Mention]:
    """Mentions for each bare "المملكة" of a story that names its kingdom."""
    taken = {i for c in cands for i in range(c.first, c.last + 1)}
    spots = [(k, skip) for k, t in enumerate(tokens) if k not in taken and (skip := _kingdom_token(t)) is not None]
    if not spots:
        return []
    story: Counter[str] = Counter(m.country_code for m in mentions if m.country_code in KINGDOMS)
    for t in tokens:
        for cc in demonyms.get(t.norm, ()):
            if cc in KINGDOMS:
                story[cc] += 1
    out = []
    for k, skip in spots:
        after = demonyms.get(tokens[k + 1].norm, ()) if k + 1 < len(tokens) and tokens[k].joined_to_next else ()
        codes = [cc for cc in after if cc in KINGDOMS] or [cc for cc, _ in story.most_common(1)]
        place = gaz.country(codes[0]) if codes else None
        if place is None:
            continue
        tok = tokens[k]
        start = tok.start + (len(tok.text) - len(tok.text.lstrip("#")))
        start += _letters_offset(tok.text[start - tok.start:], skip)
        lo, hi = sentence_bounds(text, start, tok.end)
        out.append(Mention(
            start=start, end=tok.end, text=text[start:tok.end], name=place.name, name_ar=place.name_ar,
            name_en=place.name, lat=round(place.lat, 5), lon=round(place.lon, 5), country_code=place.country_code,
            feature=place.feature, geonameid=place.geonameid, precision=PRECISION_REGION,
            confidence=REFERENT_CONFIDENCE, excerpt=text[lo:hi], excerpt_start=lo,
        ))
    return out


def _letters_offset(surface: str, letters: int) -> int:
    """Index just after the first ``letters`` Arabic letters of ``surface`` (diacritics skipped)."""
    if letters <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(surface):
        if "\u0621" <= ch <= "\u064a":
            seen += 1
            if seen == letters:
                return i + 1
    return 0
