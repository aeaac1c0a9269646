"""Context for minor readings: villages with no population and transliteration-folded matches.

A name that only a village owns ("Karma", "Metina") or that only a fold found ("Saraqab" for
Sarāqib) is kept when the story gives it context, else dropped:
- a settlement word just before or after it ("the village of Karma", "قرية ...", "near
  al-Abbarah", "Nassriya city"),
- a nearby known place: another name in the story has a place within NEAR_KM of one of its
  places, or names the first-level division it lies in ("Ein Issa in Ar-Raqqa"),
- the story's country focus (a country or division named in it, a demonym, another town's
  country), enough only when the name is not an everyday word and was matched exactly.
A folded match must also be spelt like its place, and is never an everyday word or a demonym.
An English name that English text never uses otherwise (Drougama) needs no context.
With that context, its places are narrowed to those the context supports.
"""
from __future__ import annotations

import math
from difflib import SequenceMatcher

from geo.engine.gazetteer import Gazetteer
from geo.engine.recognize import Candidate
from geo.engine.tokens import Token

SETTLEMENT_WORDS = frozenset(
    "village villages town hamlet area areas locality neighbourhood neighborhood district subdistrict camp "
    "near outskirts vicinity suburb suburbs quarter commune site valley mount mountain wadi oasis countryside "
    "قريه قري بلده بلدات منطقه حي ناحيه مخيم قرب بالقرب محيط اطراف ضواحي مزرعه وادي جبل سهل".split())
AFTER_WORDS = frozenset("village town city area district camp neighbourhood neighborhood valley "
                        "subdistrict locality region".split())
NEAR_KM = 60.0  # ACLED's notes name the district or town a village lies in; districts are this wide
EVERYDAY_ZIPF = 3.0  # wordfreq: from here a name reads as a word first (Karma 3.9, Metina 0)
# A name English text never uses otherwise (wordfreq below this: Drougama, Taouremba 0) is kept
# without context when matched exactly; person names sit above it (Kameni 1.3, Sobhi 1.5, Ahli 1.9).
UNSEEN_ZIPF = 1.0
FOCUS_SCAN = 30  # places per other name looked at for the story's countries
SPELLING_SLACK = 0.15  # folded matches keep the places spelt within this much of the closest one
# A folded match must still be spelt like the place (difflib ratio, articles dropped): Ein Issa /
# Ayn Isa 0.67, Hodeidah / Hudaydah 0.625 pass; Sajed / Saida 0.6, Iowans / Enez 0.2 do not.
MIN_SPELLING = 0.62
BIG_TOWN = 100_000  # a folded match onto a town this big (Hodeidah for Al Hudaydah) is its usual spelling
_ARTICLES = ("al ", "el ", "as ", "ash ", "an ", "ad ", "ar ", "at ", "az ", "ath ", "es ", "ez ", "ed ", "en ")


def _minor_only(gaz: Gazetteer, cand: Candidate) -> bool:
    return all(gaz.is_minor(pid) for pid in cand.place_ids)


def needs_context(gaz: Gazetteer, cand: Candidate) -> bool:
    """A Latin folded match, or a name only minor places (WOF villages) own."""
    return cand.fuzzy and cand.key.isascii() or _minor_only(gaz, cand)


def _cue(tokens: list[Token], cand: Candidate) -> bool:
    """A settlement word among the two words before the name ("the village of X", "قرية X")
    or right after it ("Nassriya city", "the Um Jalal area")."""
    if any(tokens[i].norm in SETTLEMENT_WORDS for i in range(max(0, cand.first - 2), cand.first)):
        return True
    return cand.last + 1 < len(tokens) and tokens[cand.last + 1].norm in AFTER_WORDS


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


_NEAR_DEG = NEAR_KM / 111.0  # a degree of latitude is 111 km: points farther apart in latitude are not near


def _near(lat: float, lon: float, points: list[tuple[float, float]]) -> bool:
    return any(abs(lat - la) <= _NEAR_DEG and _km(lat, lon, la, lo) <= NEAR_KM for la, lo in points)


def _bare(key: str) -> str:
    for a in _ARTICLES:
        if key.startswith(a):
            return key[len(a):]
    return key


def _closest_spelt(gaz: Gazetteer, cand: Candidate, ids: list[int], slack: float = SPELLING_SLACK) -> list[int]:
    """Of a folded match's places, those spelt like the text and most like it: a fold of three
    consonants ("ans" for Ein Issa) also meets Anis and Inisa."""
    if not cand.fuzzy or not ids:
        return ids
    key = _bare(cand.key)
    sims = {pid: SequenceMatcher(None, key, _bare(gaz.main_keys(pid)[0])).ratio() for pid in ids}
    best = max(sims.values())
    return [pid for pid in ids if sims[pid] >= MIN_SPELLING
            and (sims[pid] >= best - slack or gaz.place(pid).population >= BIG_TOWN)]


def _spelt_alike(gaz: Gazetteer, cand: Candidate, ids: list[int]) -> bool:
    """The fold found the very name (a village's Latin name is indexed by its fold only), or a
    big town, which the news spells many ways."""
    return any(gaz.main_keys(pid)[0] == cand.key or gaz.place(pid).population >= BIG_TOWN for pid in ids)


def _zipf(surface: str, lang: str) -> float:
    from geo.engine.features import zipf

    return zipf(surface if lang == "ar" else surface.lower(), lang)


def drop_word_folds(text: str, cands: list[Candidate], lang: str,
                    demonyms: dict[str, tuple[str, ...]] | None = None) -> list[Candidate]:
    """Folded matches of everyday words and demonyms ("Tuesday", "Irish"), removed before the
    filter so that they do not count as neighbouring names of the real ones."""
    return [c for c in cands if not (c.fuzzy and c.key.isascii() and (
        c.key in (demonyms or {}) or _zipf(text[c.start:c.end], lang) >= EVERYDAY_ZIPF))]


def require_context(gaz: Gazetteer, text: str, tokens: list[Token], cands: list[Candidate], lang: str,
                    demonyms: dict[str, tuple[str, ...]] | None = None) -> list[Candidate]:
    """The candidates, minus minor readings the story gives no context for."""
    guarded = [needs_context(gaz, c) for c in cands]
    if not any(guarded):
        return cands
    anchors = [gaz.place(pid) for c, g in zip(cands, guarded) if not g for pid in c.place_ids[:FOCUS_SCAN]]
    countries = {p.country_code for p in anchors if p.country_code}
    for t in tokens:
        countries.update((demonyms or {}).get(t.norm, ()))
    points = [(p.lat, p.lon) for p in anchors if p.feature not in ("country", "continent", "admin1")]
    regions = {(p.country_code, p.admin1) for p in anchors if p.feature == "admin1"}
    kept = []
    for c, g in zip(cands, guarded):
        if not g:
            kept.append(c)
            continue
        everyday = _zipf(text[c.start:c.end], lang) >= EVERYDAY_ZIPF
        if c.fuzzy and (everyday or c.key in (demonyms or {})):
            continue  # "Brian" is not Buran, "Irish" not Arish
        places = [gaz.place(pid) for pid in _closest_spelt(gaz, c, list(c.place_ids), slack=1.0)]
        near = [p.id for p in places if (p.country_code, p.admin1) in regions or _near(p.lat, p.lon, points)]
        focus = [p.id for p in places if p.country_code in countries]
        if _cue(tokens, c):
            ids = near or focus or [p.id for p in places]
        elif near:
            ids = near
        elif focus and not everyday and (not c.fuzzy or _spelt_alike(gaz, c, focus)):
            ids = focus  # a folded match needs more than the country: person names fold onto villages
        elif lang == "en" and _zipf(text[c.start:c.end], lang) < UNSEEN_ZIPF:
            ids = [p.id for p in places if not c.fuzzy or gaz.main_keys(p.id)[0] == c.key]
        else:
            continue
        if ids:
            c.place_ids = tuple(_closest_spelt(gaz, c, ids))
            kept.append(c)
    return kept
