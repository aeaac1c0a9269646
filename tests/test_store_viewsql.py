"""geo.store.viewsql: the dashboard's questions in SQL give what the Python path gives
(views.select_rows + geo.maps.places.group_places), on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from dashboard_store import build
from store_backends import BACKENDS, store_url

from geo.dashboard import share, views
from geo.maps.places import group_places
from geo.store import Store

STATES = [{}, {"countries": ["LY"]}, {"min_fatalities": 1}, {"event_types": ["Battles"]}, {"langs": ["en"]},
          {"search": "tripoli"}, {"actors": ["Civilians"]},
          {"statuses": ["rejected"]}, {"min_confidence": 0.7}]


def python_view(store: Store, state: share.ViewState):
    links = views.event_links(store.mention_rows({"include_rejected": True}), store.event_rows({"include_rejected": True}))
    rows = views.select_rows(store.mention_rows(views.store_filters(state) or None),
                             store.event_rows(views.event_filters(state) or None), state, links)
    return rows, group_places(rows.mentions, rows.events)


@pytest.mark.parametrize("backend", BACKENDS)
def test_sql_answers_equal_the_python_ones(backend, tmp_path):
    with store_url(backend, tmp_path) as url:
        build(url) if backend == "postgresql" else build(tmp_path / "atlas.sqlite")
        with Store.open(url) as store:
            store.reject_mention(store.mention_rows()[-1]["mention_id"], "analyst")  # the last Sirte mention
            for values in STATES:
                state = share.state_from_dict(values)
                rows, places = python_view(store, state)
                filters = views.view_filters(state)
                got = store.view_places(filters)
                assert [(p["id"], p["n"], max(p["event_types"], key=p["event_types"].get, default=None))
                        for p in got] == [(p.id, p.count, p.event_type) for p in places], values
                counts = store.view_summary(filters)
                assert (counts["mentions"], counts["events"]) == (len(rows.mentions), len(rows.events)), values
                assert counts["articles"] == len({r["article_id"] for r in rows.mentions})
                assert store.view_mention_rows(filters) == rows.mentions, values
                assert [e["event_id"] for e in store.view_event_rows(filters)] == [e["event_id"] for e in rows.events]
                timeline = views.timeline_frame(rows.mentions, rows.events)
                days = views.day_frame(store.view_days(filters))
                assert [(str(d)[:10], *v) for d, v in zip(days.index, days.values.tolist())] == \
                    [(str(d)[:10], *v) for d, v in zip(timeline.index, timeline.values.tolist())], values
                for place in places:
                    page = store.view_place_rows(filters, place.id)
                    assert [r["mention_id"] for r in page] == [r["mention_id"] for r in views.rows_of_place(place)]
                    events = store.view_event_rows(filters, place=(place.id, place.lat, place.lon))
                    assert sorted(e["event_id"] for e in events) == sorted(e["event_id"] for e in place.events)


@pytest.mark.parametrize("backend", BACKENDS)
def test_filter_choices_come_from_the_whole_store(backend, tmp_path):
    with store_url(backend, tmp_path) as url:
        build(url) if backend == "postgresql" else build(tmp_path / "atlas.sqlite")
        with Store.open(url) as store:
            python = views.filter_options(store.articles(), store.mention_rows({"include_rejected": True}),
                                          store.event_rows({"include_rejected": True}))
            sql = store.view_choices()
            assert {int(a["id"]) for a in sql["articles"]} == set(python["articles"])
            for key in ("sources", "langs", "countries", "features", "event_types", "actors"):
                assert sql[key] == python[key], key
            assert [a["id"] for a in store.view_choices(article_limit=1, extra_articles=(1,))["articles"]] == [3, 1]


def test_migration_5_links_older_events_to_their_mention(tmp_path):
    """Events stored before spans were (only ``mention_index``) get their mention's span."""
    import sqlalchemy as sa

    from geo.store.schema import events, schema_version

    path = build(tmp_path / "atlas.sqlite")
    with Store.open(path) as store:
        with store.engine.begin() as conn:
            spans = conn.execute(sa.select(events.c.id, events.c.mention_start, events.c.mention_end)
                                 .order_by(events.c.id)).all()
            assert all(s is not None for _, s, _ in spans)
            conn.execute(events.update().values(mention_start=None, mention_end=None,
                                                data=sa.func.json_remove(events.c.data, "$.mention_span")))
            conn.execute(schema_version.delete().where(schema_version.c.version >= 5))  # 5 and later run again
    with Store.open(path) as store:  # migration 5 (and 6, the aggregate, from the relinked events) runs again
        with store.engine.begin() as conn:
            again = conn.execute(sa.select(events.c.id, events.c.mention_start, events.c.mention_end)
                                 .order_by(events.c.id)).all()
        assert again == spans
        assert store.view_summary()["events"] == 2


@pytest.mark.parametrize("backend", BACKENDS)
def test_choices_of_the_newer_articles_merged_equal_the_whole_stores(backend, tmp_path):
    """The dashboard reads, on a new data version, only what newer articles and corrections bring."""
    from dashboard_store import mention

    from geo.engine.document import Document
    from geo.store.viewsql import merge_choices

    with store_url(backend, tmp_path) as url:
        build(url) if backend == "postgresql" else build(tmp_path / "atlas.sqlite")
        with Store.open(url) as store:
            held = store.view_choices()
            text = "Protest in Beirut."
            beirut = dict(name="Beirut", name_ar="بيروت", lat=33.89, lon=35.5, country_code="LB", feature="capital",
                          geonameid=276781)
            store.add_document({"text": text, "source": "New Wire", "lang": "en", "published": "2020-03-09"},
                               Document(text, "en", [mention(text, "Beirut", beirut)],
                                        [{"type": "Protests", "start": 0, "end": len(text), "mention_index": 0,
                                          "actor1": "Protesters (Lebanon)", "lat": 33.89, "lon": 35.5}]))
            old_event = store.event_rows()[0]
            store.correct_event(old_event["event_id"], {"type": "Battles", "actor1": "Militia X"}, "analyst")
            merged = merge_choices(held, store.view_choices(since=held["last_article"]))
            whole = store.view_choices()
            for key in ("sources", "langs", "countries", "features", "event_types", "actors"):
                assert set(whole[key]) <= set(merged[key]), key  # nothing new is missing
                # a value the correction replaced stays offered (it then matches nothing) until a restart
                assert set(merged[key]) - set(whole[key]) <= {"Russian Air Force"}, key
            assert "LB" in merged["countries"] and "Militia X" in merged["actors"] and "Battles" in merged["event_types"]
