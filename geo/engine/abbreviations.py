"""Dotted abbreviations and short forms as place candidates: "U.S.", "U.K.", "Fresno, Calif.", "NSW".

The tokeniser splits "U.S." into two one-letter words with a dot between, so no gazetteer name
ever matched it. The forms come from data/abbreviations.tsv, each tied to one gazetteer place;
US state abbreviations ("Ga.", "Miss.", "Ind.") count only after "Town, ", where they cannot
be a word or a title.
"""
from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from geo.engine.gazetteer import DATA_DIR, Gazetteer
from geo.engine.normalize import name_key
from geo.engine.recognize import Candidate
from geo.engine.tokens import Token

ABBREVIATIONS_PATH = DATA_DIR / "abbreviations.tsv"
# "D.C." after another city than Washington is that city's capital district (ACLED's "Bogota, D.C.").
_ANOTHER_CAPITAL_DISTRICT = re.compile(r"\b(?!Washington\b)[A-Z][\w'-]+,\s*$")


# A route's number after the country's initials: "U.S. 191", "U.S. Highway 82", "U.S. 27A" name a
# highway, not the country (a year is no route: "the U.S. 2020 census").
_ROUTE_NUMBER = re.compile(r"\s+(?:Highway\s+|Route\s+|Hwy\.?\s+)?\d{1,3}[A-Z]?\b(?![.,:]?\d)")

# Not a company's "& Co." ("Smith & Co. Dublin said").
_COUNTY_ABBREVIATION = re.compile(r"(?<!& )(?<![\w.&])Co\.? (?P<name>[A-Z][a-z]+)\b")


@dataclass(frozen=True)
class Abbreviation:
    form: str
    place_ids: tuple[int, ...]
    kind: str  # initials, state or acronym


def load_abbreviations(gaz: Gazetteer, path: Path = ABBREVIATIONS_PATH) -> dict[str, Abbreviation]:
    """Form -> the place it stands for (rows whose place the gazetteer lacks are skipped)."""
    table: dict[str, Abbreviation] = {}
    if not path.exists():
        return table
    with open(path, encoding="utf-8", newline="") as f:
        rows = (line for line in f if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
            ids = tuple(pid for pid in gaz.ids(row["key"]) or ()
                        if gaz.place(pid).feature == row["feature"] and gaz.place(pid).country_code == row["country_code"])
            if ids:
                table[row["form"]] = Abbreviation(row["form"], ids[:1], row["kind"])
    return table


class AbbreviationFinder:
    """Finds the forms of data/abbreviations.tsv in a text, as sure candidates."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.table = load_abbreviations(gaz)
        forms = sorted(self.table, key=len, reverse=True)
        alternatives = "|".join(re.escape(f) for f in forms) or r"(?!x)x"
        # The forms' first letters, tested first: the regex engine then tries the alternatives only
        # where a form can start (three times faster than at every position).
        firsts = "".join(sorted({f[0] for f in forms})) or "x"
        # Not inside a longer word or a longer dotted run ("U.S.S.R." is not "U.S.").
        self.pattern = re.compile(rf"(?=[{re.escape(firsts)}])(?<![\w.])(?:{alternatives})(?![\w]|\.\w)")

    def find(self, text: str, tokens: list[Token]) -> list[Candidate]:
        if not self.table:
            return []
        starts = [t.start for t in tokens]
        found = []
        for m in self.pattern.finditer(text):
            entry = self.table[m.group()]
            if entry.kind == "state" and not re.search(r"[A-Z][\w.'-]*,\s*$", text[max(0, m.start() - 40):m.start()]):
                continue
            if entry.kind == "initials" and _ROUTE_NUMBER.match(text, m.end()):
                continue  # "U.S. 191": a highway
            if m.group() == "D.C." and _ANOTHER_CAPITAL_DISTRICT.search(text, max(0, m.start() - 40), m.start()):
                continue  # "(Bogota, D.C.)": Bogotá's Distrito Capital, not Washington
            span = _token_span(starts, m.start(), m.end())
            if span is None:
                continue
            found.append(Candidate(m.start(), m.end(), *span, entry.form.lower(), entry.place_ids, sure=True))
        if "Co" in text:
            found += self._counties(text, starts)
        return found

    def _counties(self, text: str, starts: list[int]) -> list[Candidate]:
        """"Co. Mayo", "Co Meath": an Irish or British county, as Irish news writes it (the gazetteer
        has some as "County Mayo", some as "Meath"; the county, never the town of its name)."""
        found = []
        for m in _COUNTY_ABBREVIATION.finditer(text):
            key = name_key(m.group("name"))
            ids = tuple(pid for k in (f"county {key}", key) for pid in self.gaz.ids(k) or ()
                        if self.gaz.feature(pid) == "admin2")
            span = _token_span(starts, m.start(), m.end())
            if ids and span is not None:
                found.append(Candidate(m.start(), m.end(), *span, f"county {key}", ids[:1], sure=True))
        return found


def _token_span(starts: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The first and last tokens (by their start offsets) of the text from ``start`` to ``end``."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end) - 1
    return None if first >= len(starts) or last < first else (first, last)


def merge(cands: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """The candidates with ``extra`` added; an extra one replaces any it overlaps."""
    if not extra:
        return cands
    spans = sorted((e.start, e.end) for e in extra)
    starts = [a for a, _ in spans]

    def overlaps(c: Candidate) -> bool:
        k = bisect.bisect_left(starts, c.end)  # extras starting before c ends; only the last few can reach it
        return any(spans[j][1] > c.start for j in range(max(0, k - 3), k))

    kept = [c for c in cands if not overlaps(c)]
    return sorted(kept + extra, key=lambda c: c.start)
