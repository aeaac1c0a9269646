"""Train the candidate filter (data/filter_model.json) from annotated corpora.

    python scripts/train_filter.py [--shared ../shared] [--cv 5]

Arabic: ANERcorp and NewsFANE (newswire NER) and IDRISI-R (tweets with location spans), from
../shared/train. English: LGL and GeoVirus gold toponyms, from ../shared/eval (the only English
place annotations we have). Every candidate the recogniser proposes is labelled by whether it
overlaps an annotated place; optional gold places are left out of training. Prints document-
grouped cross-validated precision/recall/F1 of the filter per language, then fits on everything.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.engine.filter_model import MODEL_PATH, CandidateFilter  # noqa: E402
from geo.engine.pipeline import load_demonyms  # noqa: E402
from geo.engine.gazetteer import Gazetteer, haversine_km  # noqa: E402
from geo.engine.normalize import name_key  # noqa: E402
from geo.engine.recognize import Recognizer  # noqa: E402

NEWSFANE_PLACES = {"Nation", "Population-Center", "State-or-Province", "Continent", "County-or-District",
                   "Land-Region-Natural", "Water-Body", "Land"}


def _from_tokens(rows: list[tuple[str, str]], is_place) -> tuple[str, list[tuple[int, int]]]:
    """Join (token, BIO tag) rows into text with the place spans' offsets."""
    text, spans, cur = "", [], None
    for tok, tag in rows:
        if text:
            text += " "
        start = len(text)
        text += tok
        if tag.startswith("B-") and is_place(tag[2:]):
            cur = [start, len(text)]
            spans.append(cur)
        elif tag.startswith("I-") and is_place(tag[2:]) and cur is not None:
            cur[1] = len(text)
        else:
            cur = None
    return text, [tuple(s) for s in spans]


def _chunks(rows, size=60):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def load_arabic(shared: Path) -> list[dict]:
    docs = []
    for name in ("ANERCorp_full_HassanAzzam.txt",):
        rows = []
        for line in open(shared / "train/anercorp" / name, encoding="utf-8"):
            parts = line.rstrip("\n").rsplit(" ", 1)
            if len(parts) == 2 and parts[0]:
                rows.append((parts[0], parts[1]))
        for chunk in _chunks(rows, 80):
            text, spans = _from_tokens(chunk, lambda t: t == "LOC")
            docs.append({"id": f"anercorp/{len(docs)}", "text": text, "gold": spans, "optional": []})
    sent: list[tuple[str, str]] = []
    sents = []
    for line in open(shared / "train/newsfane/NewsFANE_Gold_2014_170K.txt", encoding="utf-8-sig"):
        line = line.replace("\u200e", "").rstrip("\r\n")
        if not line.strip():
            if sent:
                sents.append(sent)
            sent = []
            continue
        tok, _, tag = line.partition("\t")
        sent.append((tok.strip(), tag.strip() or "O"))
    for group in _chunks(sents, 8):
        text, spans = _from_tokens([r for s in group for r in s], lambda t: t in NEWSFANE_PLACES)
        docs.append({"id": f"newsfane/{len(docs)}", "text": text, "gold": spans, "optional": []})
    for line in open(shared / "train/idrisi_lmr_ar.jsonl", encoding="utf-8"):
        d = json.loads(line)
        docs.append({"id": d["id"], "text": d["text"], "gold": [(m["start"], m["end"]) for m in d["mentions"]],
                     "optional": []})
    return docs


def load_gold(path: Path) -> list[dict]:
    docs = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        gold = [(t["start"], t["end"]) for t in d["toponyms"] if not t.get("optional")]
        optional = [(t["start"], t["end"]) for t in d["toponyms"] if t.get("optional")]
        docs.append({"id": d["id"], "text": d["text"], "gold": gold, "optional": optional})
    return docs


# ACLED notes read for the English filter (session 27): regions and periods the place figures of
# scripts/eval_acled.py never read (South Asia, Bangladesh, Lebanon, the world file's first 4,000
# rows of its seeded shuffle; eval_acled reads the Sahel, Syria, Yemen, Iraq, Libya and Sudan, and
# the world file's rows 4,000-7,000).
ACLED_FILTER_FILES = {"acled_katehara_southasia_2015": None, "acled_zachessesjohnson_bangladesh_2022_2024": None,
                      "acled_fedecaprari_lebanon_airstrikes_2023_2024": None,
                      "acled_brendansherman_world_2024_05_06": "0:4000"}
NEAR_KM, FAR_KM, FAR_SMALL_POP = 25.0, 500.0, 50_000


def load_acled_notes(shared: Path, per_file: int) -> list[dict]:
    """ACLED notes as weakly labelled documents. A note names the coded place and the places
    around it, so a candidate is a place when its name is the coded location, admin1 or country,
    or one of its readings lies within NEAR_KM of the coded point; it is a non-place when every
    reading is a small settlement more than FAR_KM away (a word or a person's name that happens to
    be a village elsewhere: "Grenade", "Gaddafi"); anything else (a far city, a country named for
    an actor) is left out, neither place nor non-place."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from eval_acled import seeded_slice
    from event_pool import clean_note, first_sentences

    docs = []
    for name, rows_range in ACLED_FILTER_FILES.items():
        rows = [json.loads(line) for line in gzip.open(shared / "train/events" / f"{name}.jsonl.gz", "rt")]
        rows = [r for r in rows if r.get("text") and r.get("lat") is not None]
        if rows_range:
            rows = seeded_slice(rows, rows_range)
        random.Random(3).shuffle(rows)
        for r in rows[:per_file]:
            text = first_sentences(r["text"]) if name == "acled_katehara_southasia_2015" else r["text"]
            text = clean_note(text)
            names = {name_key(r.get(f) or "") for f in ("location", "admin1", "country")} - {""}
            docs.append({"id": f"{name}/{r['id']}", "text": text, "acled": (r["lat"], r["lon"], names)})
    return docs


def acled_label(gaz, text: str, c, note: tuple) -> int | None:
    """1 (a place), 0 (no place) or None (left out) for a candidate of a note: load_acled_notes."""
    lat, lon, names = note
    if name_key(text[c.start:c.end]) in names:
        return 1
    places = [gaz.place(i) for i in c.place_ids]
    dists = [haversine_km(lat, lon, p.lat, p.lon) for p in places]
    if any(d <= NEAR_KM for d in dists):
        return 1
    if places and all(d > FAR_KM and p.feature == "city" and (p.population or 0) < FAR_SMALL_POP
                      for p, d in zip(places, dists)):
        return 0
    return None


def _overlaps(a, spans) -> bool:
    return any(min(a[1], s[1]) > max(a[0], s[0]) for s in spans)


def _covers(a, spans) -> bool:
    """The candidate is (most of) an annotated place and that place is mostly the candidate:
    "#لبنان" for لبنان yes; مرفأ alone for "مرفأ بيروت" no."""
    for s in spans:
        ov = min(a[1], s[1]) - max(a[0], s[0])
        if ov > 0 and ov >= 0.5 * (a[1] - a[0]) and ov >= 0.5 * (s[1] - s[0]):
            return True
    return False


def examples(rec: Recognizer, filt: CandidateFilter, docs: list[dict], lang: str):
    X, y, groups = [], [], []
    for g, d in enumerate(docs):
        tokens, cands = rec.candidates(d["text"], lang)
        feats = filt.features(d["text"], tokens, cands, lang)
        if "acled" in d:
            for k, c in enumerate(cands):
                label = acled_label(filt.gaz, d["text"], c, d["acled"])
                if label is not None:
                    X.append(feats[k])
                    y.append(label)
                    groups.append(g)
            continue
        # IDRISI annotates a place's first mention in a tweet only: a later mention of a name
        # annotated elsewhere in the same text is a place too, not a counter-example.
        place_keys = {c.key for c in cands if _covers((c.start, c.end), d["gold"])}
        for k, c in enumerate(cands):
            span = (c.start, c.end)
            if _overlaps(span, d["optional"]) and not _overlaps(span, d["gold"]):
                continue
            positive = _covers(span, d["gold"])
            if not positive and _overlaps(span, d["gold"]):
                continue  # a fragment of a longer annotated name: neither place nor non-place
            if not positive and c.key in place_keys:
                positive = True
            X.append(feats[k])
            y.append(1 if positive else 0)
            groups.append(g)
    return X, y, groups


def fit(X, y, C):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=2000, class_weight=None)
    model.fit(vec.fit_transform(X), y)
    return vec, model


def best_threshold(probs, y) -> tuple[float, float, float, float]:
    best = (0.5, 0.0, 0.0, 0.0)
    for t in [i / 100 for i in range(10, 91)]:
        tp = sum(1 for p, l in zip(probs, y) if p >= t and l)
        fp = sum(1 for p, l in zip(probs, y) if p >= t and not l)
        fn = sum(1 for p, l in zip(probs, y) if p < t and l)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        if f > best[3]:
            best = (t, p, r, f)
    return best


def cross_validate(X, y, groups, k, C, scored=None):
    """Document-grouped out-of-fold probabilities; the threshold that maximises F1 on the
    candidates of the groups in ``scored`` (all when None: the weakly labelled notes train but
    do not choose the threshold)."""
    ids = sorted(set(groups))
    random.Random(7).shuffle(ids)
    fold = {g: i % k for i, g in enumerate(ids)}
    probs = [0.0] * len(y)
    for f in range(k):
        train = [i for i in range(len(y)) if fold[groups[i]] != f]
        test = [i for i in range(len(y)) if fold[groups[i]] == f]
        vec, model = fit([X[i] for i in train], [y[i] for i in train], C)
        p = model.predict_proba(vec.transform([X[i] for i in test]))[:, 1]
        for i, v in zip(test, p):
            probs[i] = float(v)
    keep = [i for i in range(len(y)) if scored is None or groups[i] in scored]
    return best_threshold([probs[i] for i in keep], [y[i] for i in keep])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--acled", type=int, default=0, help="weakly labelled ACLED notes per file added to English")
    ap.add_argument("--langs", default="ar,en", help="languages to retrain; the others keep their shipped weights")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()

    gaz = Gazetteer()
    rec = Recognizer(gaz)
    filt = CandidateFilter(gaz, demonyms=load_demonyms())
    langs = args.langs.split(",")
    corpora = {}
    if "ar" in langs:
        corpora["ar"] = load_arabic(args.shared)
    if "en" in langs:
        corpora["en"] = load_gold(args.shared / "eval/lgl.jsonl") + load_gold(args.shared / "eval/geovirus.jsonl")
        if args.acled:
            corpora["en"] += load_acled_notes(args.shared, args.acled)
    # A language not retrained keeps its shipped weights.
    model_out = (json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists()
                 else {"weights": {}, "thresholds": {}, "training": {}})
    for lang, docs in corpora.items():
        X, y, groups = examples(rec, filt, docs, lang)
        annotated = {g for g, d in enumerate(docs) if "acled" not in d}
        t, p, r, f = cross_validate(X, y, groups, args.cv, args.C, annotated)
        print(f"{lang}: {len(docs)} docs, {len(y)} candidates ({sum(y)} places); "
              f"{args.cv}-fold CV at threshold {t:.2f}: P={p:.3f} R={r:.3f} F1={f:.3f}")
        vec, model = fit(X, y, args.C)
        weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 0.01}
        weights["__bias__"] = round(float(model.intercept_[0]), 4)
        model_out["weights"][lang] = weights
        model_out["thresholds"][lang] = t
        model_out["training"][lang] = {"docs": len(docs), "candidates": len(y), "places": sum(y),
                                       "cv_precision": round(p, 3), "cv_recall": round(r, 3), "cv_f1": round(f, 3)}
    args.out.write_text(json.dumps(model_out, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
