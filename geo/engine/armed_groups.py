"""Where a story's armed groups fight: a named group is a hint of the country a story is about.

"Katiba Macina militants attacked the village of Oundou" names no country, yet the group fights in
central Mali, and a village spelt like one in Burkina Faso or Chad should be read as Mali's. The
groups and their countries are the actor list's (data/actors.tsv, column ``home``), matched as the
event reader matches them (folded text, Arabic proclitics). A group points; it never rules out a
reading: Hezbollah fires into Israel, and the Taliban are named in stories from Pakistan.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from geo.engine.features import zipf
from geo.events.actors import Actor, ActorList, default_actors
from geo.events.text import fold

# A one-word name this common is an everyday word as often as the group: الوفاق is "concord",
# حماس "zeal" ("لعب بحماس"). Such a group is still found by its longer names (حركة حماس).
EVERYDAY_ZIPF = 4.0
SHARE = 0.5  # what one mention of a group adds to each of its countries: a demonym's weight


def _distinctive(name: str) -> bool:
    if " " in name.strip():
        return True
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in name) else "en"
    return zipf(name if lang == "ar" else name.lower(), lang) < EVERYDAY_ZIPF


@lru_cache(maxsize=1)
def _matcher() -> ActorList:
    groups = []
    for actor in default_actors().actors:
        if actor.home:
            names = tuple(n for n in (actor.name_en, actor.name_ar, *actor.aliases) if n and _distinctive(n))
            groups.append(Actor(actor.id, "", "", names, actor.kind, actor.home))
    return ActorList(groups)


@lru_cache(maxsize=4)
def group_countries(text: str) -> Counter:
    """Country code -> evidence from the armed groups the text names (SHARE per mention)."""
    weights: Counter = Counter()
    for hit in _matcher().find(fold(text)):
        for code in hit.actor.home:
            weights[code] += SHARE
    return weights
