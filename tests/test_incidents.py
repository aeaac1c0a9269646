"""Incidents: the matching and toll rule (pure), the gold set end to end, the seed's Jarif story,
analysts' split and merge (audited), and the ACLED export with one row per incident."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo.events.incidents import cluster, reconcile, reconcile_toll, same_incident, tolls_compatible
from store_backends import BACKENDS, open_store

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests/data/incidents/incidents_gold.jsonl"
SEED = ROOT / "seeds/000_2652ce4f1c7f173e.txt"
BASE = {"type": "Explosions/Remote violence", "sub_type": "Air/drone strike", "lat": 31.08, "lon": 16.44,
        "geo_precision": 2, "date": "2020-06-08", "fatalities": 7, "actor1": "Russian Air Force",
        "actor2": "Civilians", "confidence": 0.9}


def ev(**changes):
    return BASE | changes


def test_same_incident_needs_type_place_day_actors_and_toll_to_agree():
    assert same_incident(ev(), ev(lat=31.079, lon=16.31, actor1=None, source="AFP"))  # 12 km, precision 2
    assert not same_incident(ev(), ev(type="Battles"))
    assert not same_incident(ev(), ev(lat=32.37, lon=15.09))  # Misrata: 190 km
    assert not same_incident(ev(geo_precision=1), ev(geo_precision=1, lat=31.30))  # 24 km apart, both exact
    assert same_incident(ev(), ev(date="2020-06-09"))  # a day apart: the next day's telling
    assert not same_incident(ev(), ev(date="2020-06-11"))  # same town, three days on: another strike
    assert not same_incident(ev(), ev(actor1="Government of National Accord (Libya)",
                                      actor2="Libyan National Army (Haftar)"))
    assert same_incident(ev(actor1="Police Forces", actor2=None), ev(actor1="al-Shabaab", actor2=None))
    assert same_incident(ev(), ev(actor1="Unidentified armed group", actor2="Russian Air Force"))
    assert not same_incident(ev(), ev(fatalities=30))
    assert same_incident(ev(), ev(fatalities=None)) and same_incident(ev(), ev(fatalities=9))
    assert not same_incident(ev(), ev(lat=None, lon=None))
    # One report telling its news twice (headline undated, body dated) is one happening.
    assert same_incident(ev(article_id=1, date="2020-06-09"), ev(article_id=1, date="2020-06-02"))


def test_tolls_compatible_allows_early_and_late_counts_only():
    assert tolls_compatible(7, 8) and tolls_compatible(10, 12) and tolls_compatible(18, 25)
    assert tolls_compatible(None, 40) and tolls_compatible(0, 40)
    assert not tolls_compatible(4, 11) and not tolls_compatible(5, 15)


def test_the_toll_rule():
    report = lambda n, src, **kw: {"fatalities": n, "source": src} | kw  # noqa: E731
    assert reconcile_toll([report(7, "Reuters"), report(7, "AFP")]) == 7  # agreement
    assert reconcile_toll([report(7, "Reuters"), report(9, "AFP")]) == 7  # they differ: the lowest
    assert reconcile_toll([report(9, "Reuters"), report(9, "AFP"), report(7, "Anadolu")]) == 9  # a majority of 2+
    assert reconcile_toll([report(9, "Reuters"), report(9, "Reuters"), report(7, "Anadolu")]) == 7  # one source, twice
    assert reconcile_toll([report(9, "Reuters"), report(None, "AFP")]) == 9
    assert reconcile_toll([report(None, "Reuters")]) is None
    assert reconcile_toll([report(12, "AFP"), report(8, "AP"), report(10, "X", status="corrected")]) == 10  # analyst


def test_reconcile_takes_the_finest_place_and_combines_confidence():
    members = [ev(geo_precision=3, lat=31.2, lon=16.6, location="Sirte district", source="AP", confidence=0.7),
               ev(location="Jarif", source="AFP", confidence=0.8), ev(location="Jarif", source="Reuters",
                                                                      confidence=0.8, date="2020-06-09")]
    out = reconcile(members)
    assert (out["location"], out["geo_precision"], out["date"]) == ("Jarif", 2, "2020-06-08")
    assert out["sources"] == ["AFP", "AP", "Reuters"] and out["n_sources"] == 3
    assert 0.99 >= out["confidence"] > 0.95
    assert cluster([ev(), ev(type="Battles"), ev(source="AFP")]) == [[0, 2], [1]]


def test_gold_set_merge_precision_and_recall_by_language(tmp_path):
    from geo.ingest.evaluate_incidents import evaluate_gold, load_gold
    from geo.store import Store

    gold = load_gold(GOLD)
    assert len(gold) >= 100 and len({g["incident"] for g in gold}) >= 30
    assert {g["lang"] for g in gold} == {"ar", "en"}
    with Store.open(tmp_path / "gold.sqlite") as store:
        result = evaluate_gold(GOLD, store)
    for key in ("all", "ar-ar", "en-en", "ar-en"):
        scores = result["scores"][key]
        assert scores["precision"] >= 0.9, (key, scores)
        assert scores["recall"] >= 0.85, (key, scores)


def _seed_article():
    meta = json.loads(SEED.with_name(SEED.name.replace(".txt", ".meta.json")).read_text(encoding="utf-8"))
    return {"text": SEED.read_text(encoding="utf-8"), "title": meta["title"], "published": meta["published"],
            "lang": "ar", "source": "، ".join(meta["sources"]), "origin": "seed"}


def _ingest(store, articles, link=True):
    import geo
    from geo.ingest.batch import process_article
    from geo.ingest.stories import link_new_articles

    for article in articles:
        assert process_article(store, geo.parse, article)[0] == "stored"
    return link_new_articles(store) if link else None


def test_the_seed_three_agency_story_gives_one_jarif_incident(tmp_path):
    from geo.store import Store

    jarif = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
             if '"incident": "jarif-air"' in line]
    assert len(jarif) == 3
    with Store.open(tmp_path / "seed.sqlite") as store:
        _ingest(store, [_seed_article()])
        found = [i for i in store.incidents() if i["sub_type"] == "Air/drone strike" and i["fatalities"] == 7]
        assert len(found) == 1
        _ingest(store, [{k: a[k] for k in ("text", "title", "source", "published", "lang")} for a in jarif])
        found = [i for i in store.incidents() if i["sub_type"] == "Air/drone strike" and i["fatalities"] == 7]
        assert len(found) == 1, found
        jarif_incident = found[0]
        assert len(jarif_incident["article_ids"]) == 4 and jarif_incident["n_sources"] == 4
        assert jarif_incident["date"] == "2020-06-08" and jarif_incident["country_code"] == "LY"
        # The GNA's air strikes on Sirte the same days are another incident (other actors).
        assert len([i for i in store.incidents() if i["sub_type"] == "Air/drone strike"]) == 2


TEXTS = [
    ("An air strike hit Gharyan on Monday, killing four civilians, Reuters reported.", "Reuters", "en"),
    ("قتل أربعة مدنيين في غارة جوية على مدينة غريان الإثنين، بحسب الأناضول.", "الأناضول", "ar"),
    ("Four civilians were killed in an air raid on Gharyan on Monday, AFP reported.", "AFP", "en"),
    ("Clashes in Tarhuna on Monday killed eleven fighters, AP reported.", "AP", "en"),
]


@pytest.mark.parametrize("backend", BACKENDS)
def test_analysts_split_and_merge_incidents_and_the_log_keeps_it(backend, tmp_path):
    from geo.errors import StoreError

    with open_store(backend, tmp_path) as store:
        _ingest(store, [{"text": t, "source": s, "lang": lang, "published": "2020-05-19", "title": t[:30]}
                        for t, s, lang in TEXTS])
        incidents = store.incidents()
        strike = next(i for i in incidents if i["n_sources"] == 3)
        clash = next(i for i in incidents if i["type"] == "Battles")
        assert len(incidents) == 2 and strike["fatalities"] == 4
        events = store.incident_events(strike["incident_id"])
        afp = next(e["event_id"] for e in events if e["source"] == "AFP")
        new_id = store.split_incident(strike["incident_id"], [afp], by="amira")
        assert [e["event_id"] for e in store.incident_events(new_id)] == [afp]
        assert store.incidents([strike["incident_id"]])[0]["n_sources"] == 2
        merged = store.merge_incidents([new_id, strike["incident_id"]], by="amira")
        assert merged == strike["incident_id"]
        assert len(store.incident_events(merged)) == 3 and store.incidents([new_id]) == []
        log = store.audit_log(target="incident")
        assert [(r["action"], r["who"], r["before"], r["after"]) for r in log] == [
            ("merge", "amira", {"incident_id": new_id}, {"incident_id": merged}),
            ("split", "amira", {"incident_id": strike["incident_id"]}, {"incident_id": new_id})]
        with pytest.raises(StoreError, match="no incident 9999"):
            store.merge_incidents([clash["incident_id"], 9999], by="amira")
        with pytest.raises(StoreError, match="leaves it empty"):
            store.split_incident(clash["incident_id"], [e["event_id"] for e in store.incident_events(clash["incident_id"])],
                                 by="amira")
        with pytest.raises(StoreError, match="who"):
            store.merge_incidents([clash["incident_id"], merged], by=" ")
        # An analyst's toll wins in the reconciled export row.
        store.correct_event(afp, {"fatalities": 5}, by="amira")
        rows = {r["incident_id"]: r for r in store.iter_incident_rows()}
        assert rows[merged]["fatalities"] == 5 and rows[merged]["source"] == "AFP; Reuters; الأناضول"


def test_acled_export_incidents_option_and_unchanged_default(tmp_path):
    from geo.store import Store

    db = tmp_path / "atlas.sqlite"
    with Store.open(db) as store:
        _ingest(store, [{"text": t, "source": s, "lang": lang, "published": "2020-05-19"} for t, s, lang in TEXTS],
                link=False)
        n_events = len(store.event_rows())
    # Articles stored by other means (geo ingest, paste) are linked by `geo watch --link`.
    linked = subprocess.run([sys.executable, "-m", "geo", "watch", "--db", str(db), "--link"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert linked.returncode == 0, linked.stderr
    assert linked.stdout.strip() == "4 articles given a story, 4 events linked to incidents"

    def export(*extra):
        done = subprocess.run([sys.executable, "-m", "geo", "export", "--db", str(db), "--format", "acled-csv", *extra],
                              capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        return list(csv.DictReader(io.StringIO(done.stdout)))

    default = export()
    assert len(default) == n_events == 4
    per_incident = export("--incidents")
    assert list(per_incident[0]) == list(default[0])  # the same ACLED columns
    assert len(per_incident) == 2
    strike = next(r for r in per_incident if r["sub_event_type"] == "Air/drone strike")
    assert strike["source"] == "AFP; Reuters; الأناضول" and strike["fatalities"] == "4"
    assert strike["location"] == "Gharyan" and strike["event_date"] == "2020-05-18"
    wrong = subprocess.run([sys.executable, "-m", "geo", "export", "--db", str(db), "--format", "csv", "--incidents"],
                           capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert wrong.returncode == 2 and "--incidents goes with --format acled-csv" in wrong.stderr


def test_a_reparse_relinks_the_new_events_and_drops_stale_incidents(tmp_path):
    from geo.store import Store

    with Store.open(tmp_path / "r.sqlite") as store:
        _ingest(store, [{"text": t, "source": s, "lang": lang, "published": "2020-05-19"} for t, s, lang in TEXTS])
        before = sorted((i["type"], i["n_sources"]) for i in store.incidents())
        store.reparse()
        assert store.event_incidents() == {}
        assert store.link_incidents() == 4
        assert sorted((i["type"], i["n_sources"]) for i in store.incidents()) == before
        assert len(store.incidents()) == 2


def test_news_since_counts_what_came_in_after_the_last_look(tmp_path):
    import time

    from geo.store import Store

    with Store.open(tmp_path / "n.sqlite") as store:
        empty = store.news_since()
        assert (empty["articles"], empty["incidents_new"], empty["now"]) == (0, 0, "")
        _ingest(store, [{"text": t, "source": s, "lang": lang, "published": "2020-05-19"} for t, s, lang in TEXTS[:1]])
        first = store.news_since(empty["now"])
        assert (first["articles"], first["incidents_new"]) == (1, 1)
        assert store.news_since(first["now"])["articles"] == 0
        time.sleep(1.1)  # stamps are ISO seconds
        _ingest(store, [{"text": t, "source": s, "lang": lang, "published": "2020-05-19"} for t, s, lang in TEXTS[1:]])
        later = store.news_since(first["now"])
        assert (later["articles"], later["incidents_new"], later["incidents_updated"]) == (3, 1, 1)
