"""Scoring the event extractor on an annotated gold set (tests/data/events_gold.jsonl).

Each gold line: id, lang, published, text, places (every place named: text, feature) and events
(type, sub_type, location, location_alt, fatalities, date). Mentions come either from the gold
``places`` (``mentions="gold"``: the extractor alone is measured) or from the real engine
(``mentions="engine"``: ``geo.parse``, end to end). Definitions of every figure are in
docs/events.md.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

from geo.engine.document import Document, Mention
from geo.errors import UnreadableInput
from geo.events.extract import extract_events
from geo.events.text import fold

_FEATURE_PRECISION = {"country": 3, "admin1": 3, "admin2": 2, "city": 1, "area": 1}


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read the gold set; a bad line is an UnreadableInput naming the file and line."""
    items = []
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                item["published"] = date.fromisoformat(item["published"])
                _ = item["text"], item["lang"], item["events"], item["places"]
            except (ValueError, KeyError, TypeError) as exc:
                raise UnreadableInput(f"{path}:{line_no}: not a gold event line ({exc})") from exc
            items.append(item)
    return items


def gold_document(item: dict[str, Any]) -> Document:
    """A Document whose mentions are the gold places (first occurrence of each in the text)."""
    text = item["text"]
    mentions = []
    for place in item["places"]:
        start = text.find(place["text"])
        if start < 0:
            continue
        feature = place.get("feature", "city")
        mentions.append(Mention(
            start=start, end=start + len(place["text"]), text=place["text"], name=place["text"],
            name_ar=place["text"] if item["lang"] == "ar" else None,
            name_en=place["text"] if item["lang"] == "en" else None, lat=None, lon=None,
            country_code=None, feature=feature, geonameid=None,
            precision=_FEATURE_PRECISION.get(feature, 1), confidence=1.0, excerpt=text, excerpt_start=0))
    mentions.sort(key=lambda m: m.start)
    return Document(text=text, lang=item["lang"], mentions=mentions)


@dataclass
class Scores:
    """Counts behind every reported figure."""

    items: int = 0
    gold: int = 0
    pred: int = 0
    type_tp: int = 0
    label_correct: int = 0
    sub_label_correct: int = 0
    pred_with_place: int = 0
    gold_with_place: int = 0
    place_tp: int = 0
    pred_with_fat: int = 0
    gold_with_fat: int = 0
    fat_tp: int = 0
    fat_exact: int = 0
    date_exact: int = 0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0
        return {
            "type_precision": ratio(self.type_tp, self.pred), "type_recall": ratio(self.type_tp, self.gold),
            "type_accuracy": ratio(self.label_correct, self.items),
            "sub_type_accuracy": ratio(self.sub_label_correct, self.items),
            "place_precision": ratio(self.place_tp, self.pred_with_place),
            "place_recall": ratio(self.place_tp, self.gold_with_place),
            "fatalities_precision": ratio(self.fat_tp, self.pred_with_fat),
            "fatalities_recall": ratio(self.fat_tp, self.gold_with_fat),
            "fatalities_exact": ratio(self.fat_exact, self.gold),
            "date_exact": ratio(self.date_exact, self.gold),
        }


def _place_matches(event: dict[str, Any], doc: Document, gold: dict[str, Any]) -> bool:
    if event.get("mention_index") is None:
        return False
    m = doc.mentions[event["mention_index"]]
    names = {fold(n) for n in (m.text, m.name, m.name_ar, m.name_en) if n}
    wanted = {fold(n) for n in [gold["location"], *gold.get("location_alt", [])] if n}
    return any(w in n or n in w for w in wanted for n in names if len(n) >= 2)


def score(items: list[dict[str, Any]], mentions: str = "gold", parse: Callable[..., Document] | None = None) -> Scores:
    """Run the extractor over the gold items and count agreements (see docs/events.md).

    ``mentions="engine"`` runs ``parse`` (``geo.parse``: the whole engine) on each text; the
    caller passes it, since the events package sits below the engine's pipeline.
    """
    if mentions == "engine" and parse is None:
        raise ValueError("mentions='engine' needs the engine's parse function (geo.parse)")
    s = Scores()
    for item in items:
        if mentions == "engine":
            doc = parse(item["text"], lang=item["lang"], published=item["published"])
            preds = doc.events
        else:
            doc = gold_document(item)
            preds = extract_events(doc, item["published"])
        golds = item["events"]
        s.items += 1
        s.gold += len(golds)
        s.pred += len(preds)
        gold_label = (golds[0]["type"], golds[0]["sub_type"]) if golds else ("none", "none")
        pred_label = (preds[0]["type"], preds[0]["sub_type"]) if preds else ("none", "none")
        s.label_correct += gold_label[0] == pred_label[0]
        s.sub_label_correct += gold_label == pred_label
        if gold_label != pred_label:
            s.errors.append(f"{item['id']}: type gold {gold_label} pred {pred_label}")
        s.pred_with_place += sum(1 for p in preds if p.get("mention_index") is not None)
        s.pred_with_fat += sum(1 for p in preds if p.get("fatalities") is not None)
        unmatched = list(preds)
        for g in golds:
            s.gold_with_place += 1
            s.gold_with_fat += g["fatalities"] is not None
            if not unmatched:
                continue
            p = next((p for p in unmatched if _place_matches(p, doc, g)), unmatched[0])
            unmatched.remove(p)
            s.type_tp += p["type"] == g["type"]
            placed = _place_matches(p, doc, g)
            s.place_tp += placed
            if not placed:
                s.errors.append(f"{item['id']}: place gold {g['location']} pred {p.get('location')}")
            if g["fatalities"] is not None and p.get("fatalities") == g["fatalities"]:
                s.fat_tp += 1
            if p.get("fatalities") == g["fatalities"]:
                s.fat_exact += 1
            else:
                s.errors.append(f"{item['id']}: fatalities gold {g['fatalities']} pred {p.get('fatalities')}")
            if p.get("date") == g["date"]:
                s.date_exact += 1
            else:
                s.errors.append(f"{item['id']}: date gold {g['date']} pred {p.get('date')}")
    return s
