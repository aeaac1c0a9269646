"""Events belong to the mention they were placed on: the seed's Arabic mentions carry their
events onto the map, and a mention the analyst moves takes its events (and the ACLED export)
along. The seed is ingested into a real SQLite store."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from geo.dashboard import views
from geo.dashboard.share import ViewState
from geo.events.acled import write_acled_csv
from geo.ingest.batch import ingest_paths
from geo.store import Store

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    with Store.open(db) as store:
        ingest_paths([SEEDS], store, workers=1, progress=False)
    store = Store.open(db)
    yield store
    store.close()


def test_minimum_fatalities_shows_the_jarif_strike_at_its_arabic_mention(seed_store):
    state = ViewState(min_fatalities=1)
    mentions = seed_store.mention_rows(views.store_filters(state))
    links = views.event_links(seed_store.mention_rows({"include_rejected": True}), seed_store.event_rows())
    view = views.select_rows(mentions, seed_store.event_rows(views.event_filters(state)), state, links)
    assert [e["fatalities"] for e in view.events] == [7]
    assert [m["text"] for m in view.mentions] == ["جارف"]


def test_moving_a_mention_moves_its_event_in_the_acled_export(seed_store):
    jarif = next(m for m in seed_store.mention_rows() if m["text"] == "جارف")
    before = next(e for e in seed_store.event_rows() if e.get("fatalities") == 7)
    assert abs(before["lat"] - jarif["lat"]) < 0.5
    seed_store.correct_mention(jarif["mention_id"], {
        "name": "Somewhere else", "lat": 30.0, "lon": 17.0, "country_code": "LY", "feature": "area",
        "precision": 2}, "tester")
    out = io.StringIO()
    write_acled_csv(seed_store.iter_event_rows(), out)
    rows = [r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["fatalities"] == "7"]
    assert len(rows) == 1
    assert (rows[0]["location"], float(rows[0]["latitude"]), float(rows[0]["longitude"])) == ("Somewhere else", 30.0, 17.0)
    assert rows[0]["geo_precision"] == "2"


def test_the_dashboards_acled_button_writes_the_views_events(seed_store):
    data = views.export_acled_csv(seed_store.event_rows())
    assert data.startswith("\ufeff".encode("utf-8"))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(seed_store.event_rows()) and any(r["fatalities"] == "7" for r in rows)
