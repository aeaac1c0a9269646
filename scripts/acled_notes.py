"""ACLED notes from /work/shared/train/events for training and held-out scoring (never shipped).

Shared by ``train_tolls.py`` and ``eval_acled_events.py``: which files are held out, how a note
is cleaned (the "Looting:" label prefixes give the answer away), and how it splits into sentences.
"""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from geo.events.text import fold, split_sentences
from geo.events.tolls import candidates

TRAIN_DIR = Path("/work/shared/train/events")
# Held out whole: a month of Afghanistan, 14 years of Benin, a year of Libya (older scheme).
HELD_OUT = ("acled_dkoban_afghanistan_2020_03", "acled_joshmerfeld_benin_2009_2022",
            "acled_mccartneyac_libya_2011_2012")
TRAIN = ("acled_rolyyy_conflict_watcher", "acled_brendansherman_world_2024_05_06", "acled_valenge_mali_2017_2020",
         "acled_elliottmess_burkina_1997_2020", "acled_zachessesjohnson_bangladesh_2022_2024",
         "acled_aschharwood_africa_2016", "acled_katehara_southasia_2015")
_PREFIX = re.compile(r"^\s*[A-Z][A-Za-z /&-]{2,40}:\s*(?=[A-Z])")


def clean(text: str) -> str:
    """The note without a label-like prefix ("Property destruction: On 31 December...")."""
    return _PREFIX.sub("", text, count=1).strip()


def load(name: str) -> list[dict]:
    """The English records of one file with a coded fatalities field, text cleaned."""
    rows = []
    with gzip.open(TRAIN_DIR / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r.get("lang") != "en" or not r.get("text") or r.get("fatalities") is None:
                continue
            r["text"] = clean(r["text"])
            rows.append(r)
    return rows


_SAID_NONE = re.compile(r"\bno (?:one|body|fatalit|casualt|deaths?\b|injur|loss of life"
                        r"|reported (?:fatalit|casualt|deaths))"
                        r"|\bnobody\b|\bwithout (?:casualties|fatalities|any casualt)|\bwere not (?:killed|injured)"
                        r"|\bfatalities (?:were )?(?:not|un)(?:known|reported)|\bno-one\b", re.I)


def sentences(text: str) -> list[str]:
    """The note's sentences, folded."""
    return [fold(text[a:b]) for a, b in split_sentences(text)]


def subset(r: dict) -> str:
    """Which scored toll subset a note is in: "stated" (coded > 0 and that number, or parts summing
    to it, appear in the text), "said none" (coded 0 and the text says no one died), or "other"."""
    F = r["fatalities"]
    if F is None:
        return "other"
    if F > 0:
        for s in sentences(r["text"]):
            if any(c.value == F for c in candidates(s)):
                return "stated"
        return "other"
    return "said none" if _SAID_NONE.search(r["text"]) else "other"


BOOKKEEPING = re.compile(r"fatalities (?:were |are )?(?:coded|split|allocated|divided)|coded as \d"
                         r"|split (?:over|across|between)"
                         r"|total fatalities", re.I)


def readable(r: dict) -> bool:
    """Whether a "stated" note states its toll where the engine reads it (the first sentence or
    the next) and not only in ACLED's own bookkeeping ("Fatalities coded as 4", "split over 2
    locations (6)"), which news text never has."""
    if r["fatalities"] == 0:
        return True
    if BOOKKEEPING.search(r["text"]):
        return False
    return any(any(c.value == r["fatalities"] for c in candidates(s)) for s in sentences(r["text"])[:2])
