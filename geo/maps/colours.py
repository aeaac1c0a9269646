"""Marker colours: what the analyst colours places by, and the legend that goes with it."""
from __future__ import annotations

import zlib
from collections import Counter
from typing import Callable

from geo.maps.places import MapPlace

COLOUR_KEYS = ("country", "precision", "confidence", "article", "event_type")

# Tableau 20 minus its greys (grey means "other" or "none"). A country or article keeps its
# colour whatever else is in the view: the colour comes from the label, not from its rank.
PALETTE = ["#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#8cd17d", "#b6992d", "#f1ce63",
           "#499894", "#86bcb6", "#e15759", "#ff9d9a", "#d37295", "#fabfd2", "#b07aa1", "#d4a6c8",
           "#9d7660", "#d7b5a6"]
OTHER = "#9a9a9a"
LEGEND_MAX = 12  # labels named in a legend; the rest keep their colours under "other"

# ACLED's event types, one colour each, the same on every map.
EVENT_TYPE_COLOURS = {
    "Battles": "#e15759", "Explosions/Remote violence": "#f28e2b", "Violence against civilians": "#b07aa1",
    "Protests": "#4e79a7", "Riots": "#edc948", "Strategic developments": "#59a14f",
}

# Fixed scales where the value has an order: green is good, red is vague or doubtful.
PRECISION_COLOURS = {"1 exact": "#1a9850", "2 near": "#fdae61", "3 region": "#d73027"}
CONFIDENCE_COLOURS = {"high (≥ 0.8)": "#1a9850", "medium (0.5–0.8)": "#fee08b", "low (< 0.5)": "#d73027"}


def _label(place: MapPlace, key: str) -> str:
    if key == "country":
        return place.country_code or "unknown"
    if key == "precision":
        return {1: "1 exact", 2: "2 near"}.get(place.precision, "3 region")
    if key == "confidence":
        if place.confidence >= 0.8:
            return "high (≥ 0.8)"
        return "medium (0.5–0.8)" if place.confidence >= 0.5 else "low (< 0.5)"
    if key == "article" and place.n is not None:  # from the store's aggregate: the title of its one article
        return str(place.title) if place.title is not None else "several articles"
    if key == "article":
        titles = list(dict.fromkeys(str(r.get("title") or r.get("article_id") or "?") for r in place.rows))
        return titles[0] if len(titles) == 1 else "several articles"
    if key == "event_type":
        return place.event_type or "no event"
    raise ValueError(f"unknown colour key {key!r}; choose one of {', '.join(COLOUR_KEYS)}")


def colour_scheme(places: list[MapPlace], key: str) -> tuple[Callable[[MapPlace], str], dict[str, str]]:
    """(place -> colour, legend label -> colour) for the chosen key.

    Categorical keys give the most frequent values their own colour and the rest grey,
    so a view with 80 countries still has a readable legend.
    """
    if key not in COLOUR_KEYS:
        raise ValueError(f"unknown colour key {key!r}; choose one of {', '.join(COLOUR_KEYS)}")
    if key == "precision":
        fixed = PRECISION_COLOURS
    elif key == "confidence":
        fixed = CONFIDENCE_COLOURS
    else:
        fixed = None
    if fixed is not None:
        used = {_label(p, key) for p in places}
        return (lambda p: fixed[_label(p, key)]), {k: v for k, v in fixed.items() if k in used}
    counts = Counter(_label(p, key) for p in places)
    neutral = {"unknown", "no event", "several articles"}
    ranked = [label for label, _ in counts.most_common() if label not in neutral]
    colours = {label: stable_colour(label, key) for label in ranked}
    legend = {label: colours[label] for label in ranked[:LEGEND_MAX]}
    if len(ranked) > LEGEND_MAX or any(label in neutral for label in counts):
        legend["other / none"] = OTHER
    return (lambda p: colours.get(_label(p, key), OTHER)), legend


def stable_colour(label: str, key: str) -> str:
    """The colour of a label, the same in every view and after every ingest."""
    if key == "event_type" and label in EVENT_TYPE_COLOURS:
        return EVENT_TYPE_COLOURS[label]
    return PALETTE[zlib.crc32(label.encode("utf-8")) % len(PALETTE)]
