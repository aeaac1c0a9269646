"""Arabic articles written for evaluation through the whole engine, as a user gets them (session 20).

    PYTHONPATH=. .venv/bin/python scripts/eval_arabic_articles.py [-v] [--files own_ar_articles_a.tsv ...]

Each line of a file in ``scripts/event_sentences`` is ``label<TAB>article``, the label ``none``,
``violent`` or ``protest``: the article's own news, published Monday 10 June 2024. An article is
read with ``geo.parse(lang="ar")``. A ``none`` article is right when it gives no violent event
(Battles, Explosions/Remote violence, Violence against civilians) and no protest or riot (talks
and other strategic developments are not counted: the judged Arabic sentences, and so the Arabic
gate, speak of assaults and protests only). A ``violent`` or ``protest`` article is *found* when
its most confident event of those types is of its class. ``-v`` prints every error.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geo  # noqa: E402

OWN_DIR = ROOT / "scripts" / "event_sentences"
PUBLISHED = date(2024, 6, 10)
CLASS_OF = {"Battles": "violent", "Explosions/Remote violence": "violent", "Violence against civilians": "violent",
            "Protests": "protest", "Riots": "protest"}
DEFAULT_FILES = ["own_ar_articles_a.tsv", "own_ar_articles_b.tsv"]


def read_rows(name: str) -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate((OWN_DIR / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("\t")
        if label not in ("none", "violent", "protest") or not text:
            raise ValueError(f"{name}, line {number}: expected 'none|violent|protest<TAB>article'")
        rows.append((label, text))
    return rows


def classes(text: str) -> list[tuple[float, str, str]]:
    events = geo.parse(text, lang="ar", published=PUBLISHED).events or []
    return sorted(((e["confidence"], CLASS_OF[e["type"]], e["sub_type"]) for e in events if e["type"] in CLASS_OF),
                  reverse=True)


def score(name: str, verbose: bool) -> None:
    rows = read_rows(name)
    quiet = [t for label, t in rows if label == "none"]
    news = [(label, t) for label, t in rows if label != "none"]
    errors = []
    quiet_ok = 0
    for text in quiet:
        got = classes(text)
        quiet_ok += not got
        if got:
            errors.append(("none", f"{got[0][1]} / {got[0][2]} ({got[0][0]:.2f})", text))
    found = 0
    for label, text in news:
        got = classes(text)
        found += bool(got) and got[0][1] == label
        if not (got and got[0][1] == label):
            errors.append((label, f"{got[0][1]} / {got[0][2]} ({got[0][0]:.2f})" if got else "no event", text))
    print(f"{name:<24} none {len(quiet):>3} no event {quiet_ok / max(len(quiet), 1):.3f}   "
          f"events {len(news):>3} found {found / max(len(news), 1):.3f}")
    if verbose:
        for gold, got, text in errors:
            print(f"  gold {gold:<8} got {got:<50} | {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--files", nargs="+", default=DEFAULT_FILES)
    args = parser.parse_args(argv)
    for name in args.files:
        score(name, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
