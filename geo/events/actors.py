"""The curated actor list (data/actors.tsv) and finding its actors in a sentence.

The list is plain TSV an analyst can edit: id, name_en, name_ar, aliases ("|"-separated, any
language), kind (state, rebel, militia, external, international, observer, civilians, protesters,
rioters) and, optionally, home: the countries an armed group fights in ("|"-separated ISO codes;
the geoparser takes a named group as a hint of where the story is, geo/engine/actor_homes.py).
Kinds drive the event logic: a state actor taking a town is "Government regains territory"; observers (a monitoring group quoted as a source) are never an event's actor.
Aliases are matched on folded text with Aho-Corasick, allowing Arabic proclitics (و ف ب ل ك ال):
"ولمليشيات حفتر" finds the LNA.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from geo.paths import DATA_DIR
from geo.errors import UnreadableInput
from geo.events.text import fold

DEFAULT_PATH = DATA_DIR / "actors.tsv"
KINDS = frozenset({"state", "rebel", "militia", "external", "international", "observer", "civilians",
                   "protesters", "rioters"})
ARMED_KINDS = frozenset({"state", "rebel", "militia", "external"})
_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "ال", "وال", "بال", "فال",
                      "كال", "لل", "ولل", "فلل", "وبال", "فبال"})
_COLUMNS = ["id", "name_en", "name_ar", "aliases", "kind"]
_HOME = "home"  # optional sixth column: lists written before it still load


@dataclass(frozen=True)
class Actor:
    """One row of the actor list."""

    id: str
    name_en: str
    name_ar: str
    aliases: tuple[str, ...]
    kind: str
    home: tuple[str, ...] = ()  # ISO codes of the countries it fights in, for groups with a home


@dataclass(frozen=True)
class ActorHit:
    """An actor named in a sentence, at [start, end) of the folded sentence."""

    start: int
    end: int
    actor: Actor


class ActorList:
    """The actors and a matcher over all their names."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self._automaton = ahocorasick.Automaton()
        keys: dict[str, Actor] = {}
        for actor in actors:
            for name in (actor.name_en, actor.name_ar, *actor.aliases):
                key = fold(name).strip()
                if len(key) < 2:
                    continue
                keys.setdefault(key, actor)
                if key.startswith("ال") and len(key) > 4:
                    keys.setdefault(key[2:], actor)  # "للحوثيين": ل + (ال)حوثيين
        for key, actor in keys.items():
            self._automaton.add_word(key, (len(key), actor))
        if keys:
            self._automaton.make_automaton()
        self._empty = not keys

    def find(self, folded: str) -> list[ActorHit]:
        """Actors named in folded text, longest match first where they overlap, in text order."""
        if self._empty:
            return []
        found: list[ActorHit] = []
        for end_index, (length, actor) in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if end < len(folded) and (folded[end].isalnum() or folded[end] == "_"):
                continue
            word_start = start
            while word_start > 0 and (folded[word_start - 1].isalnum() or folded[word_start - 1] == "_"):
                word_start -= 1
            if folded[word_start:start] not in _CLITICS:
                continue
            found.append(ActorHit(start, end, actor))
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[ActorHit] = []
        for hit in sorted(found, key=lambda h: -(h.end - h.start)):
            if all(hit.end <= k.start or hit.start >= k.end for k in kept):
                kept.append(hit)
        kept.sort(key=lambda h: h.start)
        return kept


def load_actors(path: str | Path = DEFAULT_PATH) -> ActorList:
    """Read an actor list; a malformed row is an UnreadableInput naming the file and line."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise UnreadableInput(f"{path}: cannot read the actor list ({exc.strerror})") from exc
    actors: list[Actor] = []
    with handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        header = [cell.strip() for cell in header] if header else header
        if header not in (_COLUMNS, _COLUMNS + [_HOME]):
            raise UnreadableInput(f"{path}:1: expected the columns {'/'.join(_COLUMNS)}[/{_HOME}], got {header}")
        for line_no, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if len(row) == len(_COLUMNS) < len(header):
                row = row + [""]  # an editor trimmed the empty home column's tab
            if len(row) != len(header):
                raise UnreadableInput(f"{path}:{line_no}: expected {len(header)} tab-separated fields, "
                                      f"got {len(row)}")
            id_, name_en, name_ar, aliases, kind, *rest = (field.strip() for field in row)
            home = tuple(code.strip().upper() for code in (rest[0] if rest else "").split("|") if code.strip())
            if any(len(code) != 2 or not code.isalpha() for code in home):
                raise UnreadableInput(f"{path}:{line_no}: home must be two-letter country codes "
                                      f"separated by |, got {rest[0]!r}")
            if kind not in KINDS:
                raise UnreadableInput(f"{path}:{line_no}: unknown actor kind {kind!r} "
                                      f"(one of {', '.join(sorted(KINDS))})")
            if not id_ or not name_en:
                raise UnreadableInput(f"{path}:{line_no}: an actor needs an id and an English name")
            actors.append(Actor(id_, name_en, name_ar,
                                tuple(a.strip() for a in aliases.split("|") if a.strip()), kind, home))
    return ActorList(actors)


@lru_cache(maxsize=4)
def default_actors(path: str | None = None) -> ActorList:
    """The shipped actor list, loaded once per process (or the list at ``path``)."""
    return load_actors(path or DEFAULT_PATH)
