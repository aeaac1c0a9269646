"""Where a story's actors live and fight: a named armed group or people hints at the country.

"Katiba Macina militants attacked the village of Oundou", "Dozo militiamen killed a herder in
Mamba" name no country, yet the group fights in central Mali, and a village spelt like one in
Burkina Faso, Panama or Japan should be read as Mali's. The groups and their countries are the
actor list's (data/actors.tsv, column ``home``); the peoples' are data/peoples_hand.tsv's (Dogon:
Mali, Burkina Faso). Both are matched as the event reader matches actors (folded text, Arabic
proclitics). A hint points; it never rules out a reading: Hezbollah fires into Israel, and the
Taliban are named in stories from Pakistan.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from geo.engine.features import zipf
from geo.engine.tokens import Token
from geo.events.actors import Actor, ActorList, default_actors
from geo.events.text import fold
from geo.paths import DATA_DIR

PEOPLES_PATH = DATA_DIR / "peoples_hand.tsv"
# A one-word name this common is an everyday word as often as the group: الوفاق is "concord",
# حماس "zeal" ("لعب بحماس"). Such a group is still found by its longer names (حركة حماس).
EVERYDAY_ZIPF = 4.0
SHARE = 0.5  # what one mention adds to each of the actor's countries: a demonym's weight
PEOPLE = "civilians"  # the kind a people is matched under


def _distinctive(name: str) -> bool:
    if " " in name.strip():
        return True
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in name) else "en"
    return zipf(name if lang == "ar" else name.lower(), lang) < EVERYDAY_ZIPF


def _peoples() -> list[Actor]:
    peoples = []
    for line in PEOPLES_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("form\t") or not line.strip():
            continue
        form, _lang, _region, home = (line.split("\t") + ["", "", ""])[:4]
        if home:
            peoples.append(Actor(form, "", "", (form,), PEOPLE, tuple(home.split("|"))))
    return peoples


@lru_cache(maxsize=1)
def _matcher() -> ActorList:
    homed = []
    for actor in default_actors().actors:
        if actor.home:
            names = tuple(n for n in (actor.name_en, actor.name_ar, *actor.aliases) if n and _distinctive(n))
            homed.append(Actor(actor.id, "", "", names, actor.kind, actor.home))
    return ActorList(homed + _peoples())


@lru_cache(maxsize=4)
def actor_countries(text: str, groups_only: bool = False) -> Mapping[str, float]:
    """Country code -> evidence from the armed groups (and peoples) the text names, SHARE a mention.
    Read-only: the answer is cached for the next step that asks about the same text."""
    weights: Counter = Counter()
    for hit in _matcher().find(fold(text)):
        if groups_only and hit.actor.kind == PEOPLE:
            continue
        for code in hit.actor.home:
            weights[code] += SHARE
    return MappingProxyType(dict(weights))


# Nouns after which a nationality names who acted, not where: "Turkish forces shelled Saraqab",
# "Russian warplanes struck...", "French Barkhane forces", "Saudi-led coalition". Conflict reports
# name foreign actors in most notes, so such a word must not pull the story's villages abroad.
ACTOR_NOUNS = frozenset(
    "forces force troops army soldiers soldier military militaries warplanes warplane jets jet aircraft planes "
    "drone drones helicopters helicopter artillery navy naval airstrikes airstrike strikes strike coalition "
    "led backed supported allied sponsored peacekeepers contingent mercenaries advisers advisors special "
    "intelligence barkhane patrol patrols convoy convoys units unit battalion brigade gunboats".split())
ACTOR_SKIP = 2  # words looked past to reach the noun ("Turkish armed forces", "French Barkhane forces")


def armed_actor_nationality(tokens: list[Token], i: int) -> bool:
    """Token i is a nationality qualifying an armed actor within ACTOR_SKIP words after it."""
    return any(tokens[j].norm in ACTOR_NOUNS for j in range(i + 1, min(len(tokens), i + 1 + ACTOR_SKIP)))
