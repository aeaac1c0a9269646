"""The events layer shows happenings, not reports: two agencies' tellings of one strike are one
incident from two sources, its toll counted once; on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest

import geo
from geo.dashboard import data as dashboard_data
from geo.dashboard.event_layer import event_rows
from geo.ingest.stories import link_new_articles
from store_backends import BACKENDS, open_store

REUTERS = ("An air strike on the village of Jarif, south-west of Sirte, killed seven civilians on Monday, "
           "local officials said.")
AFP = ("Seven civilians were killed when an air strike hit Jarif, south-west of Sirte, on Monday, a council member "
       "told AFP.")
LATER = "Clashes broke out in Misrata on Friday between rival brigades, residents said."


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_agencies_one_strike_is_one_incident_from_two_sources(backend, tmp_path):
    with open_store(backend, tmp_path) as store:
        for text, source, day in ((REUTERS, "Reuters", "2020-06-08"), (AFP, "AFP", "2020-06-08"),
                                  (LATER, "Libya Observer", "2020-06-12")):
            store.add_document({"text": text, "source": source, "published": day, "lang": "en"},
                               geo.parse(text, lang="en", published=day))
        # "the village of Jarif, south-west of Sirte" names Jarif (not "of Jarif"), placed from Sirte
        assert "Jarif" in {r["text"] for r in store.mention_rows()} and "of Jarif" not in {r["text"] for r in store.mention_rows()}
        before_linking = store.view_places({})
        link_new_articles(store)
        places = [dashboard_data.summary_place(p) for p in store.view_places({})]
        [jarif] = [p for p in places if p.event_count and "Jarif" in (p.name_en or p.name)]
        assert jarif.fatalities == 14  # two reports of 7: the sum of events counts the strike twice
        told = store.view_place_incidents({}, [p.id for p in places])
        assert told[jarif.id] == {"incidents": 1, "sources": 2, "fatalities": 7}
        [row] = [r for r in event_rows(places, told) if "Jarif" in r[5]]
        assert "1 incident from 2 sources · 7 killed" in row[5]
        # Filters apply: the view of 12 June has no Jarif incident.
        later = store.view_place_incidents({"day_from": "2020-06-12"}, [jarif.id])
        assert later == {}
        assert before_linking  # the view did not need the links
