"""Marker colours: what the analyst colours places by, and the legend that goes with it."""
from __future__ import annotations

from collections import Counter
from typing import Callable

from geo.maps.places import MapPlace

COLOUR_KEYS = ("country", "precision", "confidence", "article", "event_type")

# Tableau 10 minus its grey (grey means "other" or "none").
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
           "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]
OTHER = "#9a9a9a"

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
    colours = dict(zip(ranked, PALETTE))
    legend = dict(colours)
    if any(label not in colours for label in counts):
        legend["other / none"] = OTHER
    return (lambda p: colours.get(_label(p, key), OTHER)), legend
