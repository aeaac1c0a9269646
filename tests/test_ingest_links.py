"""`geo ingest` and the dashboard's ingestion worker link what they store: re-published copies
into one story, reports of one happening into one incident; `--no-link` leaves it for later."""
from __future__ import annotations

import json
import subprocess
import sys

from geo.store import Store

REUTERS = ("An air strike on the village of Jarif, south-west of Sirte, killed seven civilians on Monday, "
           "local officials said, in one of the deadliest raids of the month. Rescuers pulled the bodies "
           "of the victims from two houses hit before dawn.")
AFP = ("Seven civilians were killed when an air strike hit the village of Jarif near Sirte on Monday, "
       "a local council member told AFP. Residents said the warplanes struck two houses before dawn.")
REUTERS_AGAIN = REUTERS.replace("local officials said", "local officials told Reuters")
OTHER = "Heavy rain flooded streets in Alexandria on Tuesday, the governor said, and schools closed for the day."


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [{"id": "r1", "text": REUTERS, "source": "Reuters", "published": "2020-06-08"},
            {"id": "a1", "text": AFP, "source": "AFP", "published": "2020-06-08"},
            {"id": "r2", "text": REUTERS_AGAIN, "source": "Reuters wire", "published": "2020-06-08"},
            {"id": "o1", "text": OTHER, "source": "Ahram", "published": "2020-06-09"}]
    (folder / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def _ingest(tmp_path, *extra):
    db = tmp_path / "atlas.sqlite"
    run = subprocess.run([sys.executable, "-m", "geo", "ingest", str(_folder(tmp_path)), "--db", str(db),
                          "--workers", "1", *extra], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return db, run.stdout + run.stderr


def test_ingest_links_stories_and_incidents(tmp_path):
    db, out = _ingest(tmp_path)
    assert "stored 4" in out and "progress: linked 4 articles to stories" in out
    with Store.open(db) as store:
        stories = store.stories(min_articles=2)
        assert len(stories) == 1 and stories[0]["n_articles"] == 2  # Reuters and its re-publication
        jarif = [i for i in store.incidents() if "Jarif" in json.dumps(i, ensure_ascii=False)]
        assert len(jarif) == 1, store.incidents()
        assert jarif[0]["fatalities"] == 7 and jarif[0]["n_sources"] >= 2
        assert store.unstoried_article_ids() == []


def test_no_link_leaves_linking_for_later(tmp_path):
    db, out = _ingest(tmp_path, "--no-link")
    assert "stored 4" in out and "linked" not in out
    with Store.open(db) as store:
        assert store.incidents() == [] and len(store.unstoried_article_ids()) == 4
