"""Second-level divisions from dr5hn (issue 11): English counties, Philippine and Burkinabe
provinces, Irish counties, on sentences written for these tests.

A division is added only where no same-named town lies within 25 km (Sheffield stays the city),
and a division named like an everyday English word keeps only its typed form (Antique Province).
"""
from __future__ import annotations

import sys

import pytest

import geo
from geo.engine.gazetteer import haversine_km
from tests.data_files import REPO, names_of, rows

sys.path.insert(0, str(REPO / "scripts"))

from data_sources.dr5hn_divisions import is_everyday, point_ok  # noqa: E402

RADIUS_KM = 40.0  # a county's representative point against a point from general knowledge


def _dr5hn_rows() -> dict[str, dict[str, str]]:
    return {r["source_id"].split(":", 1)[1]: r for r in rows("admin2.tsv.gz") if r["source_id"].startswith("dr5hn-state:")}


def test_english_counties_are_second_level_divisions_of_england():
    a2 = _dr5hn_rows()
    for iso, name in [("GB-SRY", "Surrey"), ("GB-SFK", "Suffolk"), ("GB-NFK", "Norfolk"),
                      ("GB-OXF", "Oxfordshire"), ("GB-WSX", "West Sussex")]:
        r = a2[iso]
        assert (r["name_en"], r["feature"], r["country_code"], r["admin1"]) == (name, "admin2", "GB", "ENG")
        # Britain writes its counties bare: "Suffolk County" is New York's.
        assert f"{name} County" not in names_of(r)


def test_towns_keep_their_names_and_no_division_competes():
    a2 = _dr5hn_rows()
    # metropolitan districts and unitary authorities named after their town
    for iso in ("GB-SHF", "GB-LCE", "GB-MAN", "GB-BIR", "IE-CO", "PS-JEN"):
        assert iso not in a2


def test_first_level_units_under_another_spelling_are_not_added_again():
    a2 = _dr5hn_rows()
    # Jawa Barat is GeoNames' West Java; Asturias province is the autonomous community.
    assert "ID-JB" not in a2 and "ES-O" not in a2
    # one stray match (the Centre region took Charente) does not make departments a first level
    assert a2["FR-33"]["name_en"] == "Gironde" and a2["FR-33"]["admin1"] == "75"
    # GeoNames files the towns around Serbia's Kosovo-Pomoravlje district under Kosovo
    assert not any(r["name_en"].startswith("Kosovo") for r in a2.values())


def test_everyday_word_divisions_keep_only_their_typed_form():
    a2 = _dr5hn_rows()
    assert a2["PH-ANT"]["name_en"] == "Antique Province" and "Antique" not in names_of(a2["PH-ANT"])
    assert a2["IE-KY"]["name_en"] == "County Kerry" and "Kerry" not in names_of(a2["IE-KY"])
    assert is_everyday("Centre") and is_everyday("North West") and is_everyday("Blue Hill")
    assert not is_everyday("Surrey") and not is_everyday("Oxfordshire")


def test_wrong_dr5hn_points_are_left_out():
    a2 = _dr5hn_rows()
    # dr5hn: Brent (a London borough) near Milton Keynes, Fiji's Bua province in Wisconsin.
    assert not point_ok("GB-BEN", 52.0188918, -0.7235039)
    assert "GB-BEN" not in a2 and "FJ-02" not in a2
    for r in a2.values():
        assert r["admin1"] or r["country_code"] in ("SG", "TC", "FJ", "GR", "IS", "MA", "GW"), r["source_id"]


def test_arabic_labels_spell_the_name():
    a2 = _dr5hn_rows()
    assert (a2["GB-SFK"]["name_ar"], a2["GB-OXF"]["name_ar"]) == ("سوفولك", "أوكسفوردشاير")
    assert all(not r["name_ar"].startswith(("مدينة", "محافظة")) for r in a2.values())


# (sentence, surface, lat, lon): points from general knowledge. With no country named, "Surrey,
# Suffolk and Norfolk" stay the US towns (Suffolk and Norfolk, Virginia, are neighbours): the
# story has to say England, or name a county no US town shares.
FOUND = [
    ("Floods hit Surrey and Suffolk in England on Tuesday.", "Surrey", 51.27, -0.34),
    ("Floods hit Surrey and Suffolk in England on Tuesday.", "Suffolk", 52.19, 1.0),
    ("Heavy rain fell in Kent and Essex, England.", "Kent", 51.2, 0.7),
    ("Police in West Sussex and Oxfordshire closed roads.", "West Sussex", 50.93, -0.46),
    ("Police in West Sussex and Oxfordshire closed roads.", "Oxfordshire", 51.76, -1.26),
    ("Typhoon hits Bohol and Leyte in the Philippines.", "Bohol", 9.85, 124.16),
    ("Wildfires spread through Gironde and the Landes forest.", "Gironde", 44.85, -0.6),
    ("Jihadists attacked a village in Soum province, Burkina Faso.", "Soum", 14.1, -1.6),
    ("Gunmen attacked a post in Oudalan, near the border with Mali.", "Oudalan", 14.6, -0.3),
    ("A storm hit County Kerry on Sunday.", "County Kerry", 52.1, -9.6),
]


@pytest.mark.parametrize("sentence,surface,lat,lon", FOUND, ids=[f[1] for f in FOUND])
def test_divisions_resolve(sentence, surface, lat, lon):
    doc = geo.parse(sentence, lang="en")
    hits = [m for m in doc.mentions if m.text == surface]
    assert hits, [(m.text, m.name) for m in doc.mentions]
    assert haversine_km(lat, lon, hits[0].lat, hits[0].lon) <= RADIUS_KM, \
        [(m.text, m.name, m.country_code, m.lat, m.lon) for m in hits]


def test_sheffield_stays_the_city():
    doc = geo.parse("Sheffield council met on Monday.", lang="en")
    assert [(m.text, m.country_code) for m in doc.mentions] == [("Sheffield", "GB")]
    assert haversine_km(53.38, -1.47, doc.mentions[0].lat, doc.mentions[0].lon) <= 10


@pytest.mark.parametrize("sentence", [
    "She bought an antique table and a pita sandwich.",
    "Lola said she would come, and Angus agreed.",
    "Cher sang before the Var review of the penalty.",
])
def test_everyday_word_divisions_do_not_fire_in_ordinary_sentences(sentence):
    assert geo.parse(sentence, lang="en").mentions == []
