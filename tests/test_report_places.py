"""Places in short conflict reports that name no country (issue 11, session 7).

A report of one or two sentences often names its place and nothing else that fixes the country:
"Turkish forces shelled X", "on the Ansongo-Gao axis". Three rules keep such places (sentences
written for these tests; points from general knowledge, a few km at most off):

- a nationality that qualifies an armed actor ("Turkish forces", "Saudi-led coalition") points at
  a country but does not rule out the story's places elsewhere;
- a transliteration of a town of 20,000 or more (Nassriya for Nasiriyah) stands without context;
- two known places joined by a hyphen and lying near each other in one country are an axis, each
  a place; a hyphened name the gazetteer knows whole stays one place.
"""
from __future__ import annotations

import pytest

import geo
from geo.engine.gazetteer import haversine_km

RADIUS_KM = 25.0

FOUND = [
    # An actor's nationality, and the place in another country.
    ("Turkish troops shelled the outskirts of Tal Rifaat overnight.", "Tal Rifaat", 36.47, 37.10),
    # A town of 20,000+ spelt as the news spells it, with nothing else in the report.
    ("An IED exploded near a police patrol in Nassriya on Tuesday.", "Nassriya", 31.05, 46.26),
    ("Unknown gunmen shot dead a shop owner in Saraqab.", "Saraqab", 35.862, 36.804),
    # Axes: each end is a place.
    ("Two soldiers were wounded when their truck hit a mine on the Ansongo-Gao axis.", "Ansongo", 15.66, 0.50),
    ("Two soldiers were wounded when their truck hit a mine on the Ansongo-Gao axis.", "Gao", 16.27, -0.04),
    ("Traffic resumed on the Aleppo-Damascus highway.", "Damascus", 33.51, 36.29),
    # A hyphened name known whole is one place, not an axis.
    ("Students marched through Bobo-Dioulasso on Monday.", "Bobo-Dioulasso", 11.18, -4.30),
]


@pytest.mark.parametrize("sentence,surface,lat,lon", FOUND, ids=[f"{f[1]}-{i}" for i, f in enumerate(FOUND)])
def test_report_place_found_within_25_km(sentence, surface, lat, lon):
    doc = geo.parse(sentence, lang="en")
    hits = [m for m in doc.mentions if m.text == surface]
    assert hits, [(m.text, m.name) for m in doc.mentions]
    assert min(haversine_km(lat, lon, m.lat, m.lon) for m in hits) <= RADIUS_KM, \
        [(m.text, m.name, m.lat, m.lon) for m in hits]


def test_a_hyphened_name_known_whole_is_not_split():
    doc = geo.parse("Students marched through Bobo-Dioulasso on Monday.", lang="en")
    assert [m.text for m in doc.mentions] == ["Bobo-Dioulasso"]


@pytest.mark.parametrize("sentence", [
    "Jean-Pierre Dupont met Mercedes-Benz executives in the morning.",
    "The Austro-Hungarian archives were opened to historians.",
    "Coca-Cola and Rolls-Royce shares rose on Friday.",
])
def test_hyphened_words_that_are_not_two_places_stay_silent(sentence):
    assert [m.text for m in geo.parse(sentence, lang="en").mentions] == []


def test_a_led_coalition_does_not_move_the_story_to_its_country():
    doc = geo.parse("Saudi-led coalition jets struck a market in Dahyan, killing four.", lang="en")
    assert [m.country_code for m in doc.mentions if m.text == "Dahyan"] == ["YE"], \
        [(m.text, m.country_code) for m in doc.mentions]


def test_an_actor_nationality_still_points_at_its_country():
    # "Malian forces" is evidence for Mali when the village is there.
    doc = geo.parse("Malian forces clashed with militants in the village of Dioura.", lang="en")
    assert [m.country_code for m in doc.mentions if m.text == "Dioura"] == ["ML"], \
        [(m.text, m.country_code) for m in doc.mentions]


def test_a_loose_fold_does_not_become_a_big_town_abroad():
    # Boulkessi (on the Mali-Burkina border) is not in the gazetteer under this spelling; its fold
    # meets Balikesir in Turkey, a city of 240,000, which must not win on a nationality's silence.
    doc = geo.parse("Malian forces clashed with militants in the village of Boulkessi.", lang="en")
    assert all(m.country_code != "TR" for m in doc.mentions), [(m.text, m.name) for m in doc.mentions]
