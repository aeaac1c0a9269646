"""Scoring incident merging on a gold set (tests/data/incidents/incidents_gold.jsonl), end to end.

Every gold article goes through the real ingestion path (engine, store) in the file's order,
then stories and incidents are linked; two articles are predicted to tell the same happening
when one of their events shares an incident. Pairwise precision and recall over article pairs,
overall and by language pair (ar-ar, en-en, ar-en), are the figures docs/watch.md reports.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

from geo.ingest.batch import process_article
from geo.ingest.stories import link_new_articles
from geo.store import Store, content_hash


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fp:
        return [json.loads(line) for line in fp if line.strip()]


def score_pairs(gold: dict[str, str], predicted: dict[str, set[int]], langs: dict[str, str]) -> dict[str, dict[str, float]]:
    """Pairwise precision/recall/F1 over every pair of articles, overall and by language pair."""
    counts: dict[str, Counter] = {}
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_pred = bool(predicted.get(a, set()) & predicted.get(b, set()))
        if not (same_gold or same_pred):
            continue
        pair = "-".join(sorted({langs[a], langs[b]})) if langs[a] != langs[b] else f"{langs[a]}-{langs[a]}"
        for key in ("all", pair):
            c = counts.setdefault(key, Counter())
            c["tp"] += same_gold and same_pred
            c["fp"] += same_pred and not same_gold
            c["fn"] += same_gold and not same_pred
    out = {}
    for key, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        out[key] = {"precision": round(p, 3), "recall": round(r, 3),
                    "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                    "pairs": c["tp"] + c["fn"], "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}
    return out


def evaluate_gold(path: str | Path, store: Store, parse: Callable[..., Any] | None = None) -> dict[str, Any]:
    """Ingest the gold articles into ``store`` (an empty one), link, and score."""
    if parse is None:
        from geo import parse
    rows = load_gold(path)
    ids: dict[str, int] = {}
    for row in rows:
        article = {k: row.get(k) for k in ("text", "title", "source", "published", "lang")} | {"origin": row["id"]}
        outcome, _, error = process_article(store, parse, article)
        if outcome == "failed":
            raise RuntimeError(error)
        ids[row["id"]] = store.find_hash(content_hash(row["text"]))
    link_new_articles(store)
    by_event = store.event_incidents()
    incidents_of: dict[int, set[int]] = {}
    for event in store.iter_event_rows():
        if event["event_id"] in by_event:
            incidents_of.setdefault(event["article_id"], set()).add(by_event[event["event_id"]])
    predicted = {rid: incidents_of.get(aid, set()) for rid, aid in ids.items()}
    scores = score_pairs({r["id"]: r["incident"] for r in rows}, predicted, {r["id"]: r["lang"] for r in rows})
    unlinked = sorted(rid for rid, found in predicted.items() if not found)
    return {"scores": scores, "articles": len(rows), "gold_incidents": len({r["incident"] for r in rows}),
            "incidents": len(store.incidents()), "unlinked": unlinked, "predicted": predicted}
