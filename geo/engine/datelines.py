"""A dateline's town that no earlier step reported: "PORTMAGEE, Co Kerry —", "RUSSELL, New Zealand —".

    "ST. JOHNSBURY, Vt. — ..."   -> St. Johnsbury, the Vermont town, when a source holds it
    "PORTMAGEE, Co Kerry — ..."  -> a place in County Kerry, precision 2, approximate

A story's first words in capitals, a comma, the place the town lies in and a dash are a dateline:
the name is a town even when the filter doubted it (Russell, Knowlton: people's names too) or no
source holds it (Portmagee). It takes the source's town of that name in the dateline's division or
country, the biggest such, else lies at the point of the county or town the dateline names,
precision 2, approximate; under a state, a province or a country alone it is not reported: their
point says too little of where the town is (session 28).
"""
from __future__ import annotations

import re

from geo.engine.document import Mention, Place
from geo.engine.gazetteer import haversine_km
from geo.engine.named_features import mention_beside, mention_of

_DATELINE = re.compile(r"\A\s*(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}),\s+"
                       r"(?P<where>[^\n—–]{2,40}?)\s+(?:—|–|--?)\s")
NEAR_KM = 150  # a source's town this close to a dateline's county or town point is in it
CONFIDENCE = 0.6


def dateline_town(text: str, mentions: list[Mention], gaz, read_as: dict[int, Place]) -> list[Mention]:
    """The dateline's town as a mention, when the text opens with one that no mention covers yet.
    ``read_as``: the gazetteer place of each mention the resolver read, by the mention's id()."""
    m = _DATELINE.match(text)
    if m is None:
        return []
    start, end = m.span("name")
    if any(x.start < end and start < x.end for x in mentions):
        return []
    where = [x for x in mentions if m.start("where") <= x.start and x.end <= m.end("where")
             and x.lat is not None and not x.approximate]
    if not where:
        return []
    anchor = where[0]
    division = read_as.get(id(anchor))
    surface = text[start:end]
    town = _town_in(gaz, surface, anchor, division)
    if town is not None:
        return [mention_of(text, start, end, town, CONFIDENCE)]
    if anchor.feature not in ("city", "admin2", "area"):
        return []  # a state's or a country's point says too little of where the town is
    return [mention_beside(text, start, end, anchor, f"in {anchor.name}, as the dateline says", CONFIDENCE,
                           name=surface.title())]


def _town_in(gaz, name: str, anchor: Mention, division: Place | None) -> Place | None:
    """The source's biggest town of this name in the dateline's division (its first-level division,
    or within NEAR_KM of a county's or a town's point) or, under a country, in that country."""
    towns = [p for p in gaz.towns_named(name) if p.country_code == anchor.country_code]
    if anchor.feature == "admin1" and division is not None:
        towns = [p for p in towns if p.admin1 == division.admin1]
    elif anchor.feature != "country":
        towns = [p for p in towns if haversine_km(p.lat, p.lon, anchor.lat, anchor.lon) <= NEAR_KM]
    return max(towns, key=lambda p: p.population) if towns else None
