"""geo.store.aggregate: the per-place, per-day rows give what the exact queries give, and stay
right through ingests, corrections, re-parses and deletions, on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from dashboard_store import SIRTE, build, mention
from store_backends import BACKENDS, store_url

from geo.engine.document import Document
from geo.store import Store, aggregate, viewsql

FAST = [{}, {"country_codes": ["LY"]}, {"country_codes": ["TR"]}, {"langs": ["en"]},
        {"day_from": "2020-03-01"}, {"day_to": "2020-02-28"}, {"day_from": "2020-03-02", "day_to": "2020-03-02"},
        {"country_codes": ["LY"], "langs": ["ar"], "day_from": "2020-02-01", "day_to": "2020-03-03"}]


def same_answers(store: Store, label: str) -> int:
    """Every fast view: aggregate and exact queries agree. Returns how many the aggregate answered."""
    answered = 0
    with store.engine.connect() as conn:
        for filters in FAST:
            answered += viewsql._fast_filters(conn, filters) is not None
            assert viewsql.places(conn, filters) == viewsql.places(conn, filters, exact=True), (label, filters)
            assert viewsql.overview(conn, filters) == viewsql.overview(conn, filters, exact=True), (label, filters)
    return answered


def sirte_mentions(store: Store) -> int:
    return next(p["n"] for p in store.view_places() if p["id"] == f"g{SIRTE['geonameid']}")


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_aggregate_answers_as_the_exact_queries_through_every_kind_of_write(backend, tmp_path):
    with store_url(backend, tmp_path) as url:
        build(url) if backend == "postgresql" else build(tmp_path / "atlas.sqlite")
        with Store.open(url) as store:
            assert same_answers(store, "built") == len(FAST)
            before = sirte_mentions(store)
            text = "Clashes in Sirte on Friday. Sirte again."
            new_id, _ = store.add_document(
                {"text": text, "title": "Sirte", "published": "2020-03-02", "lang": "en"},
                Document(text, "en", [mention(text, "Sirte", SIRTE), mention(text, "Sirte", SIRTE, nth=1)],
                         [{"type": "Battles", "start": 0, "end": 27, "mention_index": 0, "location": "Sirte",
                           "lat": SIRTE["lat"], "lon": SIRTE["lon"], "date": "2020-03-02", "fatalities": 3}]))
            assert sirte_mentions(store) == before + 2  # counted at once
            same_answers(store, "ingest")
            rows = store.mention_rows({"article_ids": [new_id]})
            store.correct_mention(rows[0]["mention_id"], {"name": "Somewhere", "lat": 30.0, "lon": 20.0,
                                                          "country_code": "LY"}, "analyst")
            assert sirte_mentions(store) == before + 1  # moved away
            same_answers(store, "moved")
            store.reject_mention(rows[1]["mention_id"], "analyst")
            assert sirte_mentions(store) == before
            same_answers(store, "rejected")
            event = store.event_rows({"article_ids": [new_id]})[0]
            store.correct_event(event["event_id"], {"date": "2020-02-20", "fatalities": 9}, "analyst")
            # an event dated off its article's day: ranges that would miss its mention take the exact path
            with store.engine.connect() as conn:
                assert viewsql._fast_filters(conn, {"day_from": "2020-02-20", "day_to": "2020-02-20"}) is None
            same_answers(store, "event redated")
            store.reset_mention(rows[1]["mention_id"], "analyst")
            same_answers(store, "reset")
            store.delete_article(new_id, "analyst")
            assert sirte_mentions(store) == before
            assert same_answers(store, "deleted") == len(FAST)


def test_a_rebuild_gives_the_rows_the_writes_kept(tmp_path):
    """After ingests and corrections, the kept rows sum to what a rebuild from scratch gives."""
    path = build(tmp_path / "atlas.sqlite")
    with Store.open(path) as store:
        text = "Sirte once more."
        store.add_document({"text": text, "published": "2020-03-05", "lang": "en"},
                           Document(text, "en", [mention(text, "Sirte", SIRTE)], []))
        store.reject_mention(store.mention_rows()[0]["mention_id"], "analyst")
        with store.engine.begin() as conn:
            kept = [viewsql.places(conn, f) for f in FAST]
            aggregate.rebuild(conn)
            assert [viewsql.places(conn, f) for f in FAST] == kept
