"""Hamlets no source holds, named as where something is: "farmers near Clonown", "the road to Gunnerside".

    "Keena, whose family has farmed near Clonmacnoise for four generations" -> a place near Athlone
    "washed away a stretch of the road to Gunnerside"                        -> a place near Reeth's town

Local news names the hamlets around its town, and no source here holds most of them (issue 11,
item 4). An English capitalised name that no earlier step read, right after a word that locates
("in", "near", "nearby", "outside", "around", "into", "between", "to", "from", "at"), is a place when every
word of it is rare in English (so not "in Parliament", "near Christmas"), it is not the surname of
someone the story named ("Anjali Puri") or a source ("according to Sunnybrook"), nothing after it
says it is someone or something else ("Kentro Zois, a Greek non-profit"), it is not a language
("sung in Lingala"), and the phrase ends there (a comma, a stop, "and", a lower-case word: not "in
Clonown Road" or "in Tesco's car park"). It is placed beside the nearest town of its sentence, else
the story's most named one (``named_features.town_beside``), precision 2, approximate; with no town
in the story it is not reported. A name the filter dropped though a source holds a village of it
within 100 km of that town ("residents of nearby Haltwhistle who fear...") takes that village's point.
"""
from __future__ import annotations

import re

from geo.engine.document import Mention
from geo.engine.gazetteer import haversine_km
from geo.engine.entity_cues import someone_named
from geo.engine.features import zipf
from geo.engine.named_features import mention_beside, mention_of, town_beside

# A word this common in English is no hamlet's ("Parliament", "Christmas", "Photoshop" is rarer
# than this but comes after "in" with a lower-case noun: "in Photoshop files").
RARE_ZIPF = 2.0
_WORD = r"[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)?"
_LOCATED = re.compile(rf"(?<![\w'’-])(?:in|near|nearby|outside|around|into|between|to|from|at)\s+(?P<name>{_WORD}(?:\s+{_WORD})?)"
                      r"(?=\s*[,.;:)!?]|\s+(?:and|or|on|in|where|when|to|for|with|after|before|last|this)\b)")
# A language, not a place: "a broadcast in Tigrinya", "songs sung in Lingala".
_SAID_IN = re.compile(r"\b(?:speak|speaks|spoke|spoken|speaking|written|wrote|broadcasts?|broadcast|sung|sang|sings|"
                      r"translated|published|fluent|taught|prayed|preached|dubbed|subtitled)\s+in\s+$")
# Who said it, not where: "according to Sunnybrook", "a blow to Villaraigosa".
_SOURCE = re.compile(r"\b(?:according|blow|letter|thanks|owing|due|tribute|credit)\s+to\s+$", re.IGNORECASE)
# What follows says it is someone or something: an age, a verb of speech, "who", or a description
# of a body or a person in apposition ("Kentro Zois, a Greek non-profit organisation").
_NO_PLACE_AFTER = re.compile(
    r"\s*,\s*\d|\s*,?\s*(?:said|says|told|added)\b|\s*,\s*(?:who|whose)\b|\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:company|firm|charity|organi[sz]ation|non-profit|nonprofit|group|agency|trust|foundation|hospital|school|college"
    r"|club|team|brand|chain|shop|store|restaurant|farm|factory|player|striker|man|woman|resident|spokes(?:man|woman))\b")
CONFIDENCE = 0.4
KNOWN_NEAR_KM = 100  # a source's village of the name this near the story's town is the one meant


def _someones_name(text: str, name: str, start: int) -> bool:
    """The story named someone so ("collector Anjali Puri"), or the name speaks ("Keena said")."""
    last = name.split()[-1]
    return someone_named(text, last, start) or re.search(rf"\b{re.escape(last)}\s+(?:said|says|told|added)\b", text) is not None


def _known_near(gaz, name: str, town: Mention):
    """The town or village so named that lies within KNOWN_NEAR_KM of the story's town, if any."""
    near = [p for p in gaz.towns_named(name) if haversine_km(p.lat, p.lon, town.lat, town.lon) <= KNOWN_NEAR_KM]
    return min(near, key=lambda p: haversine_km(p.lat, p.lon, town.lat, town.lon)) if near else None


def find_local_names(text: str, mentions: list[Mention], lang: str, gaz=None) -> list[Mention]:
    if lang == "ar":
        return []
    taken = [(m.start, m.end) for m in mentions]
    placed = [m for m in mentions if m.lat is not None]
    found: list[Mention] = []
    for hit in _LOCATED.finditer(text):
        start, end = hit.span("name")
        name = hit.group("name")
        if any(start < b and a < end for a, b in taken):
            continue
        if any(zipf(w.lower(), "en") >= RARE_ZIPF for w in re.split(r"[\s-]+", name)):
            continue
        if (_someones_name(text, name, start) or _SAID_IN.search(text, max(0, start - 24), start)
                or _SOURCE.search(text, max(0, start - 16), start) or _NO_PLACE_AFTER.match(text, end)):
            continue
        town = town_beside(text, start, placed)
        if town is None:
            continue
        known = _known_near(gaz, name, town) if gaz is not None else None
        if known is not None:
            # A village the filter doubted ("residents of nearby Haltwhistle who fear..."): the
            # source's own point, since it lies by the story's town.
            found.append(mention_of(text, start, end, known, CONFIDENCE))
        else:
            found.append(mention_beside(text, start, end, town, f"beside {town.name}, the story's town", CONFIDENCE))
        taken.append((start, end))
    return found
