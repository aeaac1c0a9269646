"""Grouping mention rows into map places."""
from __future__ import annotations

from map_rows import row, sirte_ar, tripoli_en

from geo.maps.places import group_places, place_key


def test_rows_with_the_same_gazetteer_id_share_one_marker():
    places = group_places([sirte_ar(mention_id=1), sirte_ar(mention_id=2, article_id=9), tripoli_en()])
    assert [(p.id, p.count) for p in places] == [("g2210554", 2), ("g2210247", 1)]
    assert places[0].article_ids == [1, 9]


def test_rows_without_gazetteer_id_group_by_name_and_rounded_position():
    a = row("X", "X here.", geonameid=None, name="Jarif", lat=30.70001, lon=15.99999)
    b = row("X", "X again.", geonameid=None, name="Jarif", lat=30.70004, lon=16.00002)
    c = row("X", "X there.", geonameid=None, name="Other", lat=30.70001, lon=15.99999)
    places = group_places([a, b, c])
    assert sorted(p.count for p in places) == [1, 2]
    assert place_key(a) == place_key(b) != place_key(c)


def test_rows_without_usable_coordinates_or_rejected_are_left_off():
    rows = [sirte_ar(lat=None), sirte_ar(lon="nan"), sirte_ar(lat=95.0), sirte_ar(status="rejected"), tripoli_en()]
    assert [p.id for p in group_places(rows)] == ["g2210247"]


def test_precision_and_confidence_are_the_best_among_the_mentions():
    place, = group_places([sirte_ar(precision=3, confidence=0.4), sirte_ar(precision=1, confidence=0.8)])
    assert (place.precision, place.confidence) == (1, 0.8)


def test_events_attach_by_mention_id_then_by_location():
    events = [{"type": "Battles", "mention_id": 2, "lat": 0, "lon": 0},
              {"type": "Explosions/Remote violence", "lat": 31.20892, "lon": 16.58866},
              {"type": "Riots", "lat": 10.0, "lon": 10.0}]
    places = {p.id: p for p in group_places([sirte_ar(), tripoli_en()], events)}
    assert [e["type"] for e in places["g2210247"].events] == ["Battles"]
    assert places["g2210554"].event_type == "Explosions/Remote violence"
