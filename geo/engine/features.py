"""Features of one candidate name, for the learned filter (geo/engine/filter_model.py).

Lexical identity and the words around it carry most of the signal (الحكومة, "Mr." before
"Jordan"); the gazetteer adds what kind of place it could be and how big; word frequency says
how likely the form is an ordinary word.
"""
from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache, partial
from operator import attrgetter
from typing import Callable, NamedTuple

from geo.engine.gazetteer import Gazetteer, is_main_name
from geo.engine.recognize import Candidate
from geo.engine.tokens import Token

_NORM = attrgetter("norm")
_SENTENCE_PUNCT = set(".!?؟:\n\"“”«»")


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


_FEATURE_RANK = {"continent": 5, "country": 4, "admin1": 3, "admin2": 2, "area": 2, "city": 1}


def _place_summary(rows: list[tuple], n: int) -> tuple[str, int, int]:
    """(best feature, log10 of the biggest population, number of places) for a name's ``n``
    places, from the Gazetteer.columns rows of its first 200."""
    rank = _FEATURE_RANK
    best_feat, best_pop = "city", 0
    for feature, _, _, _, population in rows[:200]:
        if rank.get(feature, 0) > rank.get(best_feat, 0):
            best_feat = feature
        best_pop = max(best_pop, population)
    return best_feat, int(math.log10(best_pop + 1)), n


class NameFacts(NamedTuple):
    """What the filter reads of one name's places: the same in every story that names it, so a
    parser remembers it across stories (CandidateFilter) instead of walking the places each time."""

    summary: tuple[str, int, int]  # _place_summary
    named: tuple[str, ...]  # countries its first 50 places name outright (a country or a division), first seen first
    codes: frozenset[str | None]  # country codes of its first 50 places
    cells: tuple[tuple[int, int], ...]  # 1-degree cells of its first 5 point-like places, in order
    main_name: bool  # the key is a main name of one of its first 10 places
    capital: bool  # one of its first 10 places is a capital


def name_facts(gaz: Gazetteer, key: str, place_ids: tuple[int, ...]) -> NameFacts:
    # Read from the columns: most names the filter sees are dropped, and a record made for each of
    # their hundreds of readings would only cost time and memory.
    rows = gaz.columns(place_ids[:200])  # (feature, country code, lat, lon, population)
    first = rows[:50]
    return NameFacts(
        summary=_place_summary(rows, len(place_ids)),
        named=tuple(dict.fromkeys(cc for feature, cc, _, _, _ in first if feature in ("country", "admin1") and cc)),
        codes=frozenset(cc for _, cc, _, _, _ in first),
        cells=tuple((int(lat // 1), int(lon // 1)) for feature, _, lat, lon, _ in rows[:5] if feature in _POINT_FEATURES),
        main_name=any(is_main_name(key, gaz.main_keys(pid)) for pid in place_ids[:10]),
        capital=any(pid in gaz.capitals for pid in place_ids[:10]),
    )


Facts = Callable[[str, tuple[int, ...]], NameFacts]  # (key, place ids) -> NameFacts, e.g. a memo of name_facts


def demonym_votes(tokens: list[Token], demonyms: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """The countries a story's adjectives and demonyms (الليبية, Turkish) point at, half a country
    mention each (the filter and the resolver read the same)."""
    votes: dict[str, float] = {}
    # Only the few words that are demonyms reach the Python loop (a filter in C over every word).
    for norm in filter(demonyms.__contains__, map(_NORM, tokens)):
        for cc in demonyms[norm]:
            votes[cc] = votes.get(cc, 0.0) + 0.5
    return votes


def document_focus(gaz: Gazetteer, tokens: list[Token], cands: list[Candidate],
                   demonyms: dict[str, tuple[str, ...]], facts: Facts | None = None) -> dict[str, dict[str, float]]:
    """Per name key, the countries it points at when it names a country or a division outright;
    plus, under "", what the story's adjectives and demonyms point at (الليبية, Turkish)."""
    facts = facts or partial(name_facts, gaz)
    votes: dict[str, dict[str, float]] = {"": demonym_votes(tokens, demonyms)}
    for c in cands:
        if c.key not in votes:
            votes[c.key] = dict.fromkeys(facts(c.key, c.place_ids).named, 1.0)
    return votes


NEAR_CELLS = 2  # degrees: places within about 200 km count as neighbours
_POINT_FEATURES = ("city", "admin2", "area")


def place_cells(gaz: Gazetteer, cands: list[Candidate], facts: Facts | None = None) -> dict[tuple[int, int], set[str]]:
    """1-degree cells of each name's five biggest point-like places, with the names there.
    Real places in a story cluster; a common word's accidental matches land anywhere."""
    facts = facts or partial(name_facts, gaz)
    cells: dict[tuple[int, int], set[str]] = {}
    for c in cands:
        for cell in facts(c.key, c.place_ids).cells:
            cells.setdefault(cell, set()).add(c.key)
    return cells


_NO_NAMES: frozenset[str] = frozenset()  # an empty cell, without a new set per look


def _neighbour_names(gaz: Gazetteer, cand: Candidate, cells: dict[tuple[int, int], set[str]],
                     around: dict[tuple[int, int], set[str]] | None = None, facts: Facts | None = None) -> int:
    """How many other names have a place within NEAR_CELLS cells of one of this name's places.
    ``around``, one dict per story, remembers the names around each cell: a story's names share cells."""
    around = {} if around is None else around
    facts = facts or partial(name_facts, gaz)
    near: set[str] = set()
    for cell in facts(cand.key, cand.place_ids).cells:
        names = around.get(cell)
        if names is None:
            names = around[cell] = _names_around(cells, *cell)
        near |= names
    near.discard(cand.key)
    return len(near)


def _names_around(cells: dict[tuple[int, int], set[str]], a: int, b: int) -> set[str]:
    near: set[str] = set()
    for da in range(-NEAR_CELLS, NEAR_CELLS + 1):
        for db in range(-NEAR_CELLS, NEAR_CELLS + 1):
            near |= cells.get((a + da, b + db), _NO_NAMES)
    return near


_TOTAL = "*"


def _focus_share(focus: dict[str, dict[str, float]], own_key: str, codes: frozenset[str | None],
                 by_country: dict[str, float] | None = None) -> float:
    """Share of the rest of the story's country evidence that falls on ``codes``.

    ``by_country`` (focus_by_country) holds the whole story's sums, so one name costs the size
    of its own votes rather than of the story's."""
    if by_country is None:
        by_country = focus_by_country(focus)
    own = focus.get(own_key, {})
    total = by_country.get(_TOTAL, 0.0) - sum(own.values())
    # Only the story's few countries can count (the name's own are among them), where a name's
    # codes may be fifty: they are walked instead. Halves and ones sum exactly in any order.
    hit = sum(w - own.get(cc, 0.0) for cc, w in by_country.items() if cc in codes and cc)
    total, hit = round(total, 9), round(hit, 9)  # sums of halves and ones: exact at this rounding
    return hit / total if total else -1.0


def focus_by_country(focus: dict[str, dict[str, float]]) -> dict[str, float]:
    """The story's country evidence summed per country, and overall under _TOTAL."""
    sums: dict[str, float] = {_TOTAL: 0.0}
    for named in focus.values():
        for cc, w in named.items():
            sums[cc] = sums.get(cc, 0.0) + w
            sums[_TOTAL] += w
    return sums


_LIST_WORDS = {"و", "ثم", "او", "and", "or", "then"}


def _list_link(text: str, tokens: list[Token], left_last: int, right_first: int) -> bool:
    """Only a comma or a conjunction between two names."""
    between = tokens[left_last + 1:right_first]
    if len(between) > 1 or any(t.norm not in _LIST_WORDS for t in between):
        return False
    gap = text[tokens[left_last].end:tokens[right_first].start]
    return bool(between) or "," in gap or "،" in gap


def article_clitic(clitic: str, key: str) -> str:
    """The clitic as the filter should weigh it. Peeling ف off a word is mostly wrong (فراس,
    فرنسا: the letter is the word's own), which the learnt weight says; before the article it is
    always right (فالقدس: no Arabic word has ال after a first radical), and there ف is the
    conjunction, weighed as the other conjunction و. (ك before the article stays as learnt:
    كالزهرة البيضاء is "like the white flower", a comparison with a common noun far more often
    than with a place.)"""
    if clitic[-1:] == "ف" and key.startswith("ال"):
        return clitic[:-1] + "و"
    return clitic


def candidate_features(gaz: Gazetteer, text: str, tokens: list[Token], cands: list[Candidate],
                       idx: int, lang: str, focus: dict[str, dict[str, float]] | None = None,
                       cells: dict[tuple[int, int], set[str]] | None = None,
                       memo: dict | None = None, facts: Facts | None = None) -> dict[str, float]:
    """Features of ``cands[idx]``; ``focus`` and ``cells`` are computed once per story
    (document_focus, place_cells). ``memo``, one dict per story, keeps the per-name parts so a
    long story costs linear time (the same name always gets the same values); ``facts`` gives
    what a name's places say (name_facts, or a memo of it kept across stories)."""
    memo = {} if memo is None else memo
    facts = facts or partial(name_facts, gaz)
    cand = cands[idx]
    feats: dict[str, float] = {}
    key = cand.key
    known = facts(key, cand.place_ids)
    feat, pop, n = known.summary
    feats[f"form={key}"] = 1.0
    feats[f"feat={feat}"] = 1.0
    feats[f"pop={pop}"] = 1.0
    feats[f"feat_pop={feat}:{min(pop, 7)}"] = 1.0
    feats[f"ncand={min(n, 6)}"] = 1.0
    ntok = cand.last - cand.first + 1
    feats[f"ntok={min(ntok, 4)}"] = 1.0
    surface = text[cand.start:cand.end]
    z = zipf(surface if lang == "ar" else surface.lower(), lang)
    feats[f"zipf={int(z)}"] = 1.0
    feats[f"zipf_feat={int(z)}:{feat}"] = 1.0
    if cand.clitic:
        feats[f"clitic={article_clitic(cand.clitic, cand.key)}"] = 1.0
    if cand.fuzzy:
        feats["fuzzy"] = 1.0
    if cand.hashtag:
        feats["hashtag"] = 1.0
    if cand.hashtag_inner:
        feats["hashtag_inner"] = 1.0
    prev = tokens[cand.first - 1] if cand.first > 0 else None
    nxt = tokens[cand.last + 1] if cand.last + 1 < len(tokens) else None
    before = text[prev.end:cand.start] if prev else ""
    after = text[cand.end:nxt.start] if nxt else ""
    feats[f"prev={prev.norm if prev else '<s>'}"] = 1.0
    feats[f"next={nxt.norm if nxt else '</s>'}"] = 1.0
    if cand.first > 1:
        feats[f"prev2={tokens[cand.first - 2].norm}"] = 1.0
    if not _SENTENCE_PUNCT.isdisjoint(before) or prev is None:
        feats["after_punct"] = 1.0
    if "," in after or "،" in after:
        feats["comma_after"] = 1.0
    if "(" in before:
        feats["paren_before"] = 1.0
    if lang == "en":
        if surface.isupper():
            feats["allcaps"] = 1.0
        if prev is not None and prev.joined_to_next and prev.text[:1].isupper() and not feats.get("after_punct"):
            feats["prev_cap"] = 1.0
        if nxt is not None and tokens[cand.last].joined_to_next and nxt.text[:1].isupper():
            feats["next_cap"] = 1.0
            feats[f"next_cap_word={nxt.norm}"] = 1.0
        if prev is not None and text[prev.end:prev.end + 1] == "." and len(prev.text) <= 3:
            feats["after_abbrev"] = 1.0
    # In a list of places ("ترهونة، ثم بني وليد", "Homs, Hama and Idlib") each item is a place.
    if idx > 0 and _list_link(text, tokens, cands[idx - 1].last, cand.first):
        feats["listed_after_candidate"] = 1.0
    if idx + 1 < len(cands) and _list_link(text, tokens, cand.last, cands[idx + 1].first):
        feats["listed_before_candidate"] = 1.0
    if idx + 1 < len(cands) and cands[idx + 1].first == cand.last + 1:
        feats["next_is_candidate"] = 1.0
    if idx > 0 and cands[idx - 1].last == cand.first - 1:
        feats["prev_is_candidate"] = 1.0
    if focus is not None:
        share_key = ("share", key, cand.place_ids[:50])
        if share_key not in memo:
            if "by_country" not in memo:
                memo["by_country"] = focus_by_country(focus)
            memo[share_key] = _focus_share(focus, key, known.codes, memo["by_country"])
        share = memo[share_key]
        bucket = "none" if share < 0 else "0" if share == 0 else "low" if share < 0.3 else "mid" if share < 0.6 else "high"
        feats[f"focus={bucket}"] = 1.0
        feats[f"focus_feat={bucket}:{feat}"] = 1.0
    if cells is not None:
        near_key = ("near", key, cand.place_ids[:5])
        if near_key not in memo:
            memo[near_key] = _neighbour_names(gaz, cand, cells, memo.setdefault("around", {}), facts)
        near = memo[near_key]
        feats[f"near_names={min(near, 3)}"] = 1.0
        feats[f"near_feat={min(near, 3)}:{feat}"] = 1.0
    if known.main_name:
        feats["main_name"] = 1.0
        feats[f"main_pop={min(pop, 7)}"] = 1.0
    if known.capital:
        feats["capital"] = 1.0
    if "repeats" not in memo:
        memo["repeats"] = Counter(c.key for c in cands)
    same = memo["repeats"][key]
    feats[f"repeats={min(same, 3)}"] = 1.0
    return feats
