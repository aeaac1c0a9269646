"""Experiment, not shipped: a learned chooser of the event's place among its sentence's mentions vs the hand rules.

    PYTHONPATH=. python scripts/compare_place_chooser.py --weights HELD_OUT_EVENT_MODEL.npz

A logistic regression over each candidate mention's features (its feature class, precision, the
hand rules' cues and score, order, whether its country is the sentence's majority, "district" or
"area" after it) is fitted on the first event of notes of the training files (up to 1,500 a file),
label: the mention lies within 25 km of ACLED's point. On notes whose event sentence holds two or
more mentions and at least one right one, it prints how often the learned pick and the engine's own
pick are right, on the training notes (in-sample) and per held-out file. About 3 minutes.
The engine's ``_pick_place`` is wrapped to record each sentence's candidates; nothing is written.
"""
import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402

import geo  # noqa: E402
import geo.events.extract as X  # noqa: E402
import geo.events.model as event_model  # noqa: E402
from geo.events.places import addresses, trusted_container  # noqa: E402
from geo.events.text import fold  # noqa: E402
from geo.engine.gazetteer import haversine_km  # noqa: E402
from acled_notes import HELD_OUT, TRAIN, load  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ap.add_argument("--weights", help="the held-out event model (train_events.py --heldout-out)")
args = ap.parse_args()
if args.weights:
    event_model._MODEL = event_model.EventModel.load(args.weights)
CALLS = {}
orig = X._pick_place


def features(doc, start, end, trigger_pos, lang, order, actor_spans, gazetteer=None):
    inside = [i for i, _ in X._mentions_between(doc, order, start, end)]
    address = addresses(doc.text, inside, doc.mentions, lambda c: X._speaks(doc.text, c, lang),
                        None if gazetteer is None else lambda c: trusted_container(gazetteer, c))
    out = []
    countries = [doc.mentions[i].country_code for i in inside]
    for rank, i in enumerate(inside):
        m = doc.mentions[i]
        if m.feature != "country" and any(a <= m.start and m.end <= b for a, b in actor_spans):
            continue
        before = fold(doc.text[max(start, m.start - 30):m.start])
        after = fold(doc.text[m.end:m.end + 40])
        f = {"feat=" + m.feature: 1, "prec": m.precision, "approx": int(m.approximate),
             "loc": int(bool(X._EN_LOCATIVE.search(before))),
             "speaker": int(bool(X._EN_SPEAKER_AFTER.search(after) or X._EN_SPEAKER_BEFORE.search(before))),
             "dist": min(abs(m.start - trigger_pos), 300) / 150, "after_trigger": int(m.start > trigger_pos),
             "near": int(bool(X._EN_NEAR.search(fold(doc.text[max(start, m.start - 40):m.start])))),
             "by_next": int(X._located_by_next(doc, m, end, order, X._EN_NEAR)),
             "head": int(i in address.heads), "part": int(i in address.parts), "stand": int(i in address.stand_ins),
             "namesake": int(i in address.namesakes),
             "topic": int(bool(X.TOPIC.search(doc.text, max(start, m.start - 80), m.start))),
             "first": int(rank == 0), "last": int(rank == len(inside) - 1),
             "majority_cc": int(countries.count(m.country_code) * 2 > len(countries)),
             "district_after": int(bool(re.match(r"\s*(?:\([^)]*\)\s*)?district", doc.text[m.end:m.end + 30], re.I))),
             "area_after": int(bool(re.match(r"\s*(?:area|village|town|city)", doc.text[m.end:m.end + 12], re.I))),
             "hand": X._place_score(doc.text, m, start, trigger_pos, lang)}
        out.append((i, f))
    return out


def recorder(doc, start, end, trigger_pos, lang, order, actor_spans, gazetteer=None):
    CALLS[(start, end)] = features(doc, start, end, trigger_pos, lang, order, actor_spans, gazetteer)
    return orig(doc, start, end, trigger_pos, lang, order, actor_spans, gazetteer)


X._pick_place = recorder


def groups(names, limit):
    out = []
    for name in names:
        rows = [r for r in load(name) if r.get("lat") is not None]
        random.Random(0).shuffle(rows)
        for r in rows[:limit]:
            CALLS.clear()
            doc = geo.parse(r["text"], lang="en")
            if not doc.events:
                continue
            e = min(doc.events, key=lambda e: e["start"])
            cands = CALLS.get((e["start"], e["end"]))
            if not cands:
                continue
            labels = [int(haversine_km(doc.mentions[i].lat, doc.mentions[i].lon, r["lat"], r["lon"]) <= 25) for i, _ in cands]
            hand = e["mention_index"]
            out.append((name, cands, labels, hand))
    return out


train = groups(TRAIN, 1500)
held = groups(HELD_OUT, 2000)
print("groups", len(train), len(held))
vec = DictVectorizer()
Xtr = vec.fit_transform([f for _, c, _, _ in train for _, f in c])
ytr = [y for _, _, l, _ in train for y in l]
for C in (0.1, 1.0, 10.0):
    lr = LogisticRegression(C=C, max_iter=2000).fit(Xtr, ytr)
    for label, gs in (("train", train), ("held", held)):
        per = {}
        for name, cands, labels, hand in gs:
            if not any(labels) or len(cands) < 2:
                continue
            p = lr.predict_proba(vec.transform([f for _, f in cands]))[:, 1]
            pick = int(np.argmax(p))
            hand_right = hand is not None and any(i == hand and l for (i, _), l in zip(cands, labels))
            s = per.setdefault(name if label == "held" else "all", [0, 0, 0])
            s[0] += labels[pick]; s[1] += hand_right; s[2] += 1
        print(C, label, {k: (round(v[0] / v[2], 3), round(v[1] / v[2], 3), v[2]) for k, v in per.items()})
lr = LogisticRegression(C=1.0, max_iter=2000).fit(Xtr, ytr)
print(sorted(zip(vec.feature_names_, lr.coef_[0].round(2)), key=lambda t: -abs(t[1])))
