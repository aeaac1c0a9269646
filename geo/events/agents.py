"""Who acted, from cues the nearest-actor rule misses (actor1 of an event, ACLED's sense).

- The agent of a passive: "2 soldiers were killed in an ambush by Taliban militants", "killed by
  unknown gunmen": the armed actor after "by" acted; the one named first was acted upon.
- A generic word right after a named group names that group: "presumed Katiba Macina (JNIM)
  militants" is Katiba Macina (the first of a group and its parent in parentheses), not an
  unidentified armed group.
"""
from __future__ import annotations

import re

from geo.events.actors import ARMED_KINDS, ActorHit

# Generic actors (data/actors.tsv ids) that a named group right before them absorbs.
GENERIC_IDS = frozenset({"unidentified", "military"})
GENERIC_NAMES = frozenset({"Unidentified armed group", "Military Forces"})
# "militants" this close after a named group is that group ("Katiba Macina (JNIM) militants").
ABSORB_CHARS = 12
_BY = re.compile(r"\bby\s+(?:the\s+|an?\s+|suspected\s+|presumed\s+|alleged\s+|unknown\s+|unidentified\s+)*$")


def needs_refining(excerpt: str, actor1: str | None) -> bool:
    """Whether a cue can apply at all (a cheap test, so most events skip a second actor scan)."""
    return actor1 in GENERIC_NAMES or " by " in excerpt or " By " in excerpt


def absorbed(hits: list[ActorHit]) -> dict[int, ActorHit]:
    """Generic hits that only repeat the named armed group right before them: index -> that group."""
    out: dict[int, ActorHit] = {}
    for k in range(1, len(hits)):
        hit, before = hits[k], hits[k - 1]
        if (hit.actor.id in GENERIC_IDS and before.actor.kind in ARMED_KINDS
                and before.actor.id not in GENERIC_IDS and hit.start - before.end <= ABSORB_CHARS):
            j = k - 1  # "Katiba Macina (JNIM) militants": the group, then its parent in parentheses
            while j > 0 and hits[j].start - hits[j - 1].end <= 3 and hits[j - 1].actor.kind in ARMED_KINDS:
                j -= 1
            out[k] = hits[j]
    return out


def passive_agent(folded: str, hits: list[ActorHit]) -> ActorHit | None:
    """The first armed actor named after "by" ("killed by unknown gunmen"), or None."""
    for hit in hits:
        if hit.actor.kind in ARMED_KINDS and _BY.search(folded, max(0, hit.start - 40), hit.start):
            return hit
    return None


def refine_actors(folded: str, hits: list[ActorHit], actor1: str | None, actor2: str | None,
                  crowd_event: bool) -> tuple[str | None, str | None]:
    """actor1/actor2 (English list names, before a country is added) corrected by the cues above;
    unchanged when no cue applies. A protest or riot keeps its crowd as actor1 (``crowd_event``)."""
    groups = absorbed(hits)
    for k, group in groups.items():
        if hits[k].actor.name_en == actor1:
            actor1 = group.actor.name_en
            actor2 = None if actor2 == actor1 else actor2
            break
    if crowd_event:
        return actor1, actor2
    agent = passive_agent(folded, [h for k, h in enumerate(hits) if k not in groups])
    if agent is not None and agent.actor.name_en != actor1:
        victim = actor1 if actor1 is not None else actor2
        return agent.actor.name_en, (victim if victim != agent.actor.name_en else actor2)
    return actor1, actor2
