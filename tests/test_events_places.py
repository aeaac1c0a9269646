"""The event's place among the mentions of its sentence: a scene named with its address
("Kourma town (Sabou, Boulkiemde)"), namesakes far from their own district, topics of a protest.

Sentences and coordinates written for these tests, not taken from the training records.
"""
from __future__ import annotations

from datetime import date

from geo.engine.document import Document, Mention
from geo.events.extract import extract_events

TUESDAY = date(2020, 6, 9)


def doc_at(text: str, places: list[tuple[str, str, float, float, str]]) -> Document:
    """A Document whose mentions are (surface, feature, lat, lon, country) at their first occurrence."""
    mentions = []
    pos = 0
    for surface, feature, lat, lon, cc in places:
        start = text.index(surface, pos)
        pos = start + len(surface)
        mentions.append(Mention(start=start, end=pos, text=surface, name=surface, name_ar=None, name_en=None,
                                lat=lat, lon=lon, country_code=cc, feature=feature, geonameid=None, precision=1,
                                confidence=0.9, excerpt=text, excerpt_start=0))
    return Document(text=text, lang="en", mentions=mentions)


def only_event(doc: Document) -> dict:
    [event] = extract_events(doc, TUESDAY)
    return event


def test_the_scene_before_its_address_is_the_place():
    text = "On Monday gunmen attacked the market in Kourma town (Sabou, Boulkiemde), killing two traders."
    doc = doc_at(text, [("Kourma", "city", 12.30, -2.10, "BF"), ("Sabou", "city", 12.07, -2.23, "BF"),
                        ("Boulkiemde", "admin1", 12.40, -2.20, "BF")])
    e = only_event(doc)
    assert e["location"] == "Kourma" and e["geo_precision"] == 1
    assert [m.is_event_location for m in doc.mentions] == [True, False, False]


def test_a_namesake_far_from_its_own_address_gives_way_to_the_address():
    # "Tessa" resolved to a namesake in Italy; its address says Ansongo, in Mali.
    text = "Militants attacked the health centre of Tessa (Ansongo, Gao) on Sunday, killing a nurse."
    doc = doc_at(text, [("Tessa", "city", 45.1, 9.7, "IT"), ("Ansongo", "city", 15.66, 0.50, "ML"),
                        ("Gao", "city", 16.27, -0.04, "ML")])
    e = only_event(doc)
    assert e["location"] == "Ansongo" and e["geo_precision"] == 2


def test_a_scene_the_gazetteer_lacks_is_placed_near_the_first_place_of_its_address():
    text = "Unknown gunmen killed a herder in Ndiamoussa (Bankass, Mopti) on Monday."
    doc = doc_at(text, [("Bankass", "city", 14.07, -3.52, "ML"), ("Mopti", "city", 14.49, -4.18, "ML")])
    e = only_event(doc)
    assert e["location"] == "Bankass" and e["geo_precision"] == 2


def test_a_namesake_far_from_the_district_said_to_contain_it_gives_way():
    text = "Taliban fighters attacked a police post in Darband district of Kunar province, killing 3 policemen."
    doc = doc_at(text, [("Darband", "city", 36.6, 51.4, "IR"), ("Kunar", "admin1", 34.85, 71.1, "AF")])
    e = only_event(doc)
    assert e["location"] == "Kunar" and e["fatalities"] == 3


def test_a_speaking_capital_is_no_container():
    text = "Russian drones struck Kharkiv overnight, Moscow said, killing four people."
    doc = doc_at(text, [("Kharkiv", "city", 49.99, 36.23, "UA"), ("Moscow", "city", 55.75, 37.62, "RU")])
    assert only_event(doc)["location"] == "Kharkiv"


def test_the_topic_of_a_protest_is_not_its_place():
    text = "Students staged a protest in Sylhet city on Monday, condemning the air strikes on Gaza."
    doc = doc_at(text, [("Sylhet", "city", 24.9, 91.87, "BD"), ("Gaza", "city", 31.5, 34.47, "PS")])
    assert only_event(doc)["location"] == "Sylhet"
