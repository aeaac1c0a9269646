"""Where a story's actors live and fight: a named armed group or people hints at the country.

"Katiba Macina militants attacked the village of Oundou", "Dozo militiamen killed a herder in
Mamba" name no country, yet the group fights in central Mali, and a village spelt like one in
Burkina Faso, Panama or Japan should be read as Mali's. The groups and their countries are the
actor list's (data/actors.tsv, column ``home``); the peoples' are data/peoples_hand.tsv's (Dogon:
Mali, Burkina Faso). Both are matched as the event reader matches actors (folded text, Arabic
proclitics), with the whole actor list, so that a longer name of a group without a home ("طيران
التحالف الدولي", the US-led coalition) is not read as a shorter one with a home. A hint points; it
never rules out a reading: Hezbollah fires into Israel, and the Taliban are named in stories from
Pakistan.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from geo.engine.features import zipf
from geo.engine.normalize import is_arabic
from geo.engine.tokens import Token
from geo.events.actors import Actor, ActorList, default_actors
from geo.events.text import fold, fold_with_map
from geo.paths import DATA_DIR

PEOPLES_PATH = DATA_DIR / "peoples_hand.tsv"
# A one-word Arabic name this common is an everyday word as often as the group: الوفاق is
# "concord", حماس "zeal" ("لعب بحماس"); the group is still found by its longer names (حركة حماس).
EVERYDAY_ZIPF = 4.0
# Words of Arabic names that name no one group: "قوات التحالف", "الفصائل المسلحة" could be anyone's.
GENERIC_AR = frozenset(fold(w) for w in (
    "قوات القوات جيش الجيش طيران الطيران التحالف الفصائل فصائل المسلحة المسلحه الوطني الوطنية "
    "الحكومة الحكومية المعارضة مقاتلات المقاتلات عناصر مليشيات ميليشيات الأمن الشرطة الدولي").split())
# Acronyms that other bodies share: Reporters Without Borders (RSF), the Ghana News Agency (GNA),
# Japan's Self-Defense Forces (SDF), the Australian Defence Force (ADF), Saudi Telecom (STC), Ola
# cabs, "bla bla", Pakistan's and Somalia's ASWJ. They still name the actor; they hint nothing.
SHARED_ACRONYMS = frozenset({"rsf", "gna", "sdf", "fsa", "adf", "saf", "stc", "ola", "bla", "aswj", "kia", "pdf"})
SHARE = 0.5  # what one mention adds to each of the actor's countries: a demonym's weight
PEOPLE = "civilians"  # the kind a people is matched under


def distinctive(name: str) -> bool:
    """A name that hints a place. English: a proper name as written in the list (a capitalised
    word: "Rapid Support Forces", not "rebel factions" or "coalition aircraft"), not an acronym
    other bodies share. Arabic of several words: a word that is not a generic one ("قوات الدعم
    السريع", not "قوات التحالف"). (A one-word Arabic name is judged when met: ``_uncommon_ar``.)"""
    if not is_arabic(name):
        return fold(name) not in SHARED_ACRONYMS and any(w[:1].isupper() for w in name.split())
    return any(w not in GENERIC_AR for w in fold(name).split())


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
def _matcher() -> tuple[ActorList, frozenset[str], dict[str, str]]:
    """The whole actor list and the peoples; the folded names among them that hint a place; and
    the one-word Arabic names, judged when met (their word frequencies cost 90 MB and a third of
    a second to load, which an English-only process should not pay), with the name as written."""
    actors = list(default_actors().actors) + _peoples()
    hints: set[str] = set()
    arabic_words: dict[str, str] = {}
    for actor in actors:
        if not actor.home:
            continue
        for name in (actor.name_en, actor.name_ar, *actor.aliases):
            key = fold(name).strip()
            if not key:
                continue
            one_arabic_word = " " not in key and is_arabic(key)
            if not one_arabic_word and not distinctive(name):
                continue
            for form in (key, key[2:]) if key.startswith("ال") else (key,):  # "للحوثيين": ل + (ال)حوثيين
                hints.add(form)
                if one_arabic_word:
                    arabic_words[form] = name
    return ActorList(actors), frozenset(hints), arabic_words


@lru_cache(maxsize=4096)
def _uncommon_ar(word: str) -> bool:
    return zipf(word, "ar") < EVERYDAY_ZIPF


@lru_cache(maxsize=4)
def actor_countries(text: str, groups_only: bool = False) -> Mapping[str, float]:
    """Country code -> evidence from the armed groups (and peoples) the text names, SHARE a mention.
    Read-only: the answer is cached for the next step that asks about the same text."""
    weights: Counter = Counter()
    folded = fold(text)
    matcher, hints, arabic_words = _matcher()
    for hit in matcher.find(folded):
        name = folded[hit.start:hit.end]
        if not hit.actor.home or groups_only and hit.actor.kind == PEOPLE or name not in hints:
            continue
        if name in arabic_words and not _uncommon_ar(arabic_words[name]):
            continue  # حماس alone: "zeal"
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
    """Token i is a nationality qualifying an armed actor within ACTOR_SKIP words after it, in the
    same phrase: "In Idlib, Turkish forces" says nothing of Idlib. A second qualifier joined by "and"
    is looked past too ("Russian and regime warplanes", "US and British jets")."""
    skip = ACTOR_SKIP + 2 if i + 1 < len(tokens) and tokens[i + 1].norm in ("and", "or") else ACTOR_SKIP
    for j in range(i + 1, min(len(tokens), i + 1 + skip)):
        if not tokens[j - 1].joined_to_next:
            return False
        if tokens[j].norm in ACTOR_NOUNS:
            return True
    return False


_NAME_JOINS = frozenset("of the and for in al el".split())


def _proper_name(span: str) -> bool:
    """A group's name of two words or more, every word capitalised but its joins ("Islamic State
    West Africa Province", "Kurdistan Workers' Party"); not a description that holds a place
    ("US forces", "Saudi-led coalition", "Sudan's army": there the place is the place). Arabic
    has no capitals to tell the two apart ("قوات التحالف بقيادة السعودية" is a description): never."""
    words = span.split()
    if len(words) < 2 or is_arabic(span):
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in words)


# A candidate inside a capitalised run: a capitalised word right after it, or right before it
# (joins allowed: "Al Qaeda in the Arabian Peninsula"). Only such a candidate can be a word of a
# group's proper name, so only then is the actor list matched (a tenth of a millisecond a story).
_CAPITAL_AFTER = re.compile(r"[ -][A-Z]")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ -](?:(?:of|the|in|al|el|and|for)[ -])*$")


def _in_capitalised_run(text: str, c) -> bool:
    return bool(_CAPITAL_AFTER.match(text, c.end) or _CAPITAL_BEFORE.search(text, max(0, c.start - 40), c.start))


def inside_group_names(text: str, cands: list, lang: str = "en") -> list:
    """The candidates that are not a word of a longer armed group's name the actor list knows
    ("Islamic State West Africa Province", "Myanmar National Democratic Alliance Army": no mention
    of Africa or Myanmar), nor the whole of one ("Al Shabab", an Iranian village's name too: session
    28). Only names of two words or more: "Arakan Army" is a group, but "Arakan" alone stays whatever
    the filter said."""
    if lang == "ar" or not any(_in_capitalised_run(text, c) or " " in text[c.start:c.end] for c in cands):
        return cands
    spans = group_name_spans(text)
    if not spans:
        return cands
    return [c for c in cands if not any(a <= c.start and c.end <= b for a, b in spans)]


@lru_cache(maxsize=4)
def group_name_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the English text names an armed group by a proper name of two words or more
    ("Al Qaeda in the Arabian Peninsula"), as (start, end) offsets. Cached: the armed-group step and
    the feature rule (named_features) ask it of the same story."""
    folded, index = fold_with_map(text)
    spans = [(h.start, h.end) if index is None else (index[h.start], index[h.end - 1] + 1)
             for h in default_actors().find(folded)]
    return tuple((a, b) for a, b in spans if _proper_name(text[a:b]))
