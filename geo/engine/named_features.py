"""Lakes, rivers, mountains and islands no gazetteer knows, found by the word that says what they are.

    "Kaibab Lake and Dogtown Lake, which supply most of the town's water" -> two lakes near Williams
    "the road over Takaka Hill is shut"                                 -> a hill near Nelson
    "walkers on Cuilcagh Mountain", "a photo spot on the shore of Lake Hallstatt"

Local news names the water and the hills around its towns, and no source here holds most of them
(issue 11, item 4: a place is still found when the text says what it is). An English capitalised name
with a feature word after it ("X Lake", "X River", "X Mountains", "X National Park") or before it
("Lake X", "Mount X", "Loch X", "River X") is a place when it is a whole capitalised run: "Green River
Community College" and "the Green Bay Packers" go on with a capitalised word and are not. It is
placed beside the nearest placed town or district of its sentence (the one before it first), else of
the story's most named one, precision 2, approximate; with neither it is not reported (the English
sets are scored end to end: a point a country wide only costs there). A town read inside such a name
("Dogtown" in "Dogtown Lake") gives way to it: the lake is what the text names. Never a word of an
armed group's name ("Al Qaeda in the Arabian Peninsula").
"""
from __future__ import annotations

import re
from collections import Counter

from geo.engine.actor_homes import group_name_spans
from geo.engine.document import PRECISION_EXACT, PRECISION_NEAR, Mention, Place
from geo.engine.tokens import sentence_bounds

# A name's word: capitalised, never a possessive ("Utah's Zion National Park" is Zion's) and never a
# sentence's opening word ("The Atlas Mountains" is the Atlas Mountains, known by that name).
_WORD = r"(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|In|On|At)\b)[A-Z][a-zA-Z-]*(?:['’][a-rt-zA-Z][a-zA-Z-]*)?"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
_SIDE = r"(?:(?:Upper|Lower|North|South|East|West|Little|Big|Great)\s+)?"
_HEAD_AFTER = (r"Lakes?|River|Creek|Brook|Mountains?|Hills?|Valley|Islands?|Gorge|Canyon|Bay|Peninsula|Forest"
               r"|Desert|Falls|Reservoir|Dam|National\s+Park|Summit|Glacier|Waterway|Estuary|Lagoon|Plains?|Gulf"
               r"|Caves?|Marsh|Swamp|Wetlands|Beach|State\s+(?:Park|Forest|Natural\s+Area)|Provincial\s+Park"
               r"|National\s+(?:Monument|Seashore)|Nature\s+Reserve|Recreation\s+Area"
               r"|Conservation\s+Area|Pass|Gap|Game\s+Reserve|Wildlife\s+Sanctuary")
# Feature words that are also surnames: only after them is a name checked for a person's context.
_SURNAME_HEADS = frozenset("Lake Lakes Hill Hills Brook Forest Bay Marsh".split())
_HEAD_BEFORE = r"Lake|Mount|Mt\.|Loch|Lough|River|Isle\s+of|Cape"
# Before its name a feature word takes one word: "Lake Hallstatt", not "Mt. Pleasant News".
_FEATURE = re.compile(
    rf"(?<![\w'’-])(?:{_SIDE}(?:{_HEAD_BEFORE})\s+{_WORD}|{_SIDE}{_NAME}\s+(?:{_HEAD_AFTER}))(?![\w'’-])")
# A lower-case word after the name that makes it an institution's or a team's: "the Orchard Brook
# apartments", "Licking Valley students", "the Green Lake senior centre".
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:apartments?|complex(?:es)?|subdivision|condominiums?|condos?|estates|seniors?|juniors?|freshman|sophomore"
    r"|students?|pupils?|teachers?|graduates?|schools?|elementary|high|middle|church|hotel|motel|mall|plaza|team"
    r"|players?|band|festival|series|company|brewery|winery|restaurant|cafe|store|shop|club|campus)\b")
# A person named like a feature: "Juantissa Hill, 24,", "said Angela Hill", "Robin Lake, a senior at",
# "with Tex Hill," said": an age, a verb of speech or a role in apposition next to the name.
_PERSON_AFTER = re.compile(r"\s*,\s*\d|\s*,?\s*[\"”’]?\s*(?:said|says|told|added)\b|\s*,\s*(?:a|an|the|who|whose)\s+"
                           r"(?!(?:small|remote|popular|nearby|local|large|big|shallow|deep|man-made|tidal)?\s*"
                           r"(?:lake|river|creek|stream|mountain|hill|valley|island|reservoir|bay|forest|park|area|village"
                           r"|town|tributary|peak|range|gorge|canyon|waterway|spot|site|place|region|wetland)s?\b)")
_PERSON_BEFORE = re.compile(r"(?:\b(?:said|says|told|coach|manager|director|spokesman|spokeswoman|officer|chief|president"
                            r"|teacher|student|resident|owner|author|reporter|mayor|councillor|councilman|councilwoman)"
                            r"|\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov)\.?)\s+$", re.IGNORECASE)
# A capitalised word that may stand before the run without joining it: a sentence's first word.
_OPENERS = frozenset("The A An In On At By From Near Across Along Over Around Beyond Below Above Into".split())
# A capitalised word right after the match: the run goes on ("Green River Community College").
_CAPITAL_NEXT = re.compile(r"[ \t][A-Z]")
_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]+$")
_FROM = re.compile(r"\bfrom\s+$")  # "a couple from Perth": where someone came from
# A town, a district or a named area: what a lake or a hill is placed beside (not a country or a state).
_ANCHOR_FEATURES = ("city", "admin2", "area")


def _whole_run(text: str, start: int, end: int) -> bool:
    """The match is a whole capitalised run: no capitalised word right after it, and none right
    before it but a sentence's opening word."""
    if _CAPITAL_NEXT.match(text, end):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is None or not before.group(1)[:1].isupper() or before.group(1) in _OPENERS


def _a_person(text: str, start: int, end: int) -> bool:
    """A name ending in a feature word that is also a surname ("Angela Hill"), told as a person's."""
    return (text[start:end].split()[-1] in _SURNAME_HEADS
            and bool(_PERSON_AFTER.match(text, end) or _PERSON_BEFORE.search(text, max(0, start - 16), start)))


def story_country(mentions: list[Mention]) -> tuple[str | None, int, int]:
    """The country most of the story's distinct places (not estimated ones) lie in, the first named
    on a tie; with its number of distinct places and the story's. Distinct places, not mentions:
    "al Shabaab" three times, misread as an Iranian village, is one place."""
    sure = sorted((m for m in mentions if m.lat is not None and not m.approximate and m.country_code),
                  key=lambda m: m.start)
    places = Counter(code for code, _, _ in {(m.country_code, m.lat, m.lon) for m in sure})
    if not places:
        return None, 0, 0
    first: dict[str, int] = {}
    for m in sure:
        first.setdefault(m.country_code, m.start)
    home = max(places, key=lambda code: (places[code], -first[code]))
    return home, places[home], sum(places.values())


def town_beside(text: str, start: int, placed: list[Mention]) -> Mention | None:
    """The placed town or district nearest before the name in its sentence, else after it there
    (neither one named as where someone came from), else the story's most named one of the country
    most of its distinct places are in, the first named on a tie (session 28: "Waterville, Maine", three times in a Kerry
    story, is no anchor for Valentia Island); never a place the engine itself only estimated (an
    approximate mention)."""
    lo, hi = sentence_bounds(text, start, start + 1)
    local = [m for m in placed if _is_anchor(m)]
    here = [m for m in local if not _FROM.search(text, max(0, m.start - 6), m.start)]
    before = [m for m in here if lo <= m.start < start]
    if before:
        return before[-1]
    after = [m for m in here if start < m.start < hi]
    if after:
        return after[0]
    if not local:
        return None
    home, _, _ = story_country(placed)
    local = [m for m in local if m.country_code == home] or local
    counts = Counter(m.name for m in local)
    return max(local, key=lambda m: (counts[m.name], -m.start))


def mention_beside(text: str, start: int, end: int, anchor: Mention, relation: str, confidence: float,
                   name: str | None = None) -> Mention:
    """An English name no source holds, at the point of the placed mention it lies beside,
    precision 2, approximate: the shape every rule that places such a name gives it."""
    surface = text[start:end]
    name = name or surface
    lo, hi = sentence_bounds(text, start, end)
    return Mention(start=start, end=end, text=surface, name=name, name_ar=None, name_en=name,
                   lat=anchor.lat, lon=anchor.lon, country_code=anchor.country_code, feature="area", geonameid=None,
                   precision=PRECISION_NEAR, confidence=confidence, excerpt=text[lo:hi], excerpt_start=lo,
                   approximate=True,
                   alternatives=[{"name": anchor.name, "lat": anchor.lat, "lon": anchor.lon, "relation": relation}])


def mention_of(text: str, start: int, end: int, place: Place, confidence: float) -> Mention:
    """A name read as a source's town by a rule rather than the resolver, exact (precision 1)."""
    lo, hi = sentence_bounds(text, start, end)
    return Mention(start=start, end=end, text=text[start:end], name=place.name, name_ar=place.name_ar,
                   name_en=place.name, lat=round(place.lat, 5), lon=round(place.lon, 5),
                   country_code=place.country_code, feature=place.feature, geonameid=place.geonameid,
                   precision=PRECISION_EXACT, confidence=confidence, excerpt=text[lo:hi], excerpt_start=lo)


def find_named_features(text: str, mentions: list[Mention], lang: str) -> tuple[list[tuple[int, int]], list[Mention]]:
    """(the spans of feature names no source holds, the mentions read inside them, which they replace).
    The names are placed by ``place_named_features`` once the story's towns are read for good."""
    if lang == "ar" or not _FEATURE.search(text):
        return [], []
    spans = []
    groups = None  # armed groups' names, found once and only when a feature word is met
    for match in _FEATURE.finditer(text):
        start, end = match.span()
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if not _whole_run(text, start, end) or _INSTITUTION_AFTER.match(text, end) or _a_person(text, start, end) or any(
                m.start <= start and end <= m.end or m.start < start or m.end > end for m in overlapping):
            continue  # part of a longer name, known whole, or a known name runs across its edge
        groups = group_name_spans(text) if groups is None else groups
        if any(a <= start and end <= b for a, b in groups):
            continue  # "Al Qaeda in the Arabian Peninsula": a word of a group's name
        spans.append((start, end, overlapping))
    inside_ids = {id(m) for _, _, overlapping in spans for m in overlapping}
    # A name is placed only beside a town (town_beside): with none outside the names, none is found,
    # and a town read inside one ("Dogtown" in "Dogtown Lake") stays.
    if not any(_is_anchor(m) for m in mentions if id(m) not in inside_ids):
        return [], []
    return [(start, end) for start, end, _ in spans], [m for _, _, overlapping in spans for m in overlapping]


def _is_anchor(m: Mention) -> bool:
    """A placed town, district or named area the text itself gives: what a name is placed beside."""
    return m.lat is not None and m.feature in _ANCHOR_FEATURES and not m.approximate


def place_named_features(text: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The feature names found by ``find_named_features``, each beside its town (``town_beside``).
    Placed after the rules that move a misread town (approximate.stray_namesakes, stated_size): "the
    Doe River gorge" lies beside the story's Hampton, not beside Hampton, Virginia, as first read."""
    found = []
    for start, end in spans:
        anchor = town_beside(text, start, mentions)
        if anchor is not None:
            found.append(mention_beside(text, start, end, anchor, f"near {anchor.name}", 0.5))
    return found
