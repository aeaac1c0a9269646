"""Conflict places written by hand (data/places_hand.tsv, issue 11): the review that makes the file,
and the places it adds, read in sentences written for these tests.

The review reads the real gazetteer index; the lists here are small ones written in a temporary
folder, so each of its rules is seen to act (a row outside its country, a known place's new
spelling, an everyday word, a bad number).
"""
from __future__ import annotations

import io
import sys

import pytest

import geo
from geo.engine.gazetteer import Gazetteer, haversine_km
from tests.data_files import DATA, REPO

sys.path.insert(0, str(REPO / "scripts"))

from data_sources import hand_places  # noqa: E402
from data_sources.common import GAZ, PLACE_COLUMNS  # noqa: E402

# The review reads Natural Earth's province polygons from the shared sources; the file it made and
# the places it adds are checked without them.
needs_sources = pytest.mark.skipif(not (GAZ / hand_places.PROVINCES).exists(),
                                   reason=f"shared gazetteer sources not at {GAZ}")

HEADER = "\t".join(hand_places.HEADER)


def _review(tmp_path, *lines: str) -> tuple[list[dict[str, str]], str]:
    (tmp_path / "list.tsv").write_text(HEADER + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    report = io.StringIO()
    rows = [dict(zip(PLACE_COLUMNS, r)) for r in hand_places.hand_place_rows(tmp_path, report=report)]
    return rows, report.getvalue()


@needs_sources
def test_a_new_place_is_kept_with_its_division_from_the_nearest_town(tmp_path):
    # A made-up name at a real point of Idlib's countryside: nothing in the gazetteer bears it.
    rows, _ = _review(tmp_path, "city\tSY\t35.80\t36.60\t3000\tQarqaziyat\tقرقزيات\tQarqaziyyat\ttest row")
    assert len(rows) == 1
    row = rows[0]
    assert (row["name_en"], row["name_ar"], row["aliases"]) == ("Qarqaziyat", "قرقزيات", "Qarqaziyyat")
    assert row["country_code"] == "SY" and row["admin1"] == "12"  # Idlib
    assert row["geonameid"] == "" and row["population"] == "3000"


@needs_sources
def test_a_point_outside_its_country_is_dropped_naming_the_file_and_line(tmp_path):
    # The point is in Jordan's Mafraq desert, the row says Iraq.
    rows, report = _review(tmp_path, "city\tIQ\t32.34\t36.21\t0\tQarqaziyat\t\t\ttest row")
    assert rows == []
    assert "list.tsv:2 'Qarqaziyat': dropped, the point is not in IQ" in report


@needs_sources
def test_a_known_place_gains_a_spelling_its_fold_does_not_hold_under_its_geonames_id(tmp_path):
    # GeoNames calls the Iraqi town Mexmur; "Makhmour" folds onto it but is spelt too far from it to hold.
    rows, _ = _review(tmp_path, "city\tIQ\t35.78\t43.58\t20000\tMakhmour\t\tMakhmur\ttest row")
    assert len(rows) == 1
    town = Gazetteer().by_geonameid(int(rows[0]["geonameid"]))
    assert town is not None and town.name == "Mexmur"
    assert rows[0]["aliases"] == "Makhmour" and rows[0]["name_en"] == ""  # Makhmur is already one of its names


@needs_sources
def test_a_spelling_the_fold_already_reads_is_not_merged(tmp_path):
    # "Sirtt" folds onto Sirte and is spelt near enough for the fold's own path: nothing to add.
    rows, report = _review(tmp_path, "city\tLY\t31.20\t16.59\t0\tSirte\t\tSirtt\ttest row")
    assert rows == [] and "dropped, known as Sirte" in report


@needs_sources
def test_everyday_words_and_brackets_are_not_names(tmp_path):
    # الرمال ("the sands") and "Tower" are words first; the bracket only told the writer's namesakes apart.
    rows, _ = _review(tmp_path, "city\tSY\t35.80\t36.60\t0\tQarqaziyat (Idlib)\tالرمال\tTower|Qarqaziyyat\ttest row")
    assert [(r["name_en"], r["name_ar"], r["aliases"]) for r in rows] == [("Qarqaziyat", "", "Qarqaziyyat")]


@needs_sources
@pytest.mark.parametrize("bad, said", [
    ("city\tSY\tnorth\t36.60\t0\tQarqaziyat\t\t\ttest row", "list.tsv:2 'Qarqaziyat': dropped, a bad number"),
    ("city\tSY\t35.80\t36.60\tQarqaziyat", "list.tsv:2: dropped, not 9 tab-separated columns"),
])
def test_a_bad_line_is_dropped_naming_it_and_the_list_stands(tmp_path, bad, said):
    rows, report = _review(tmp_path, bad, "city\tSY\t35.80\t36.60\t0\tKafr Qarqaz\t\t\ttest row")
    assert [r["name_en"] for r in rows] == ["Kafr Qarqaz"]
    assert said in report


@needs_sources
def test_writers_who_disagree_on_a_point_keep_the_majority_or_nothing(tmp_path):
    row = "city\tSY\t{}\t{}\t0\tQarqaziyat\t\t\ttest row"
    rows, report = _review(tmp_path, row.format(35.80, 36.60), row.format(34.50, 38.00))
    assert rows == [] and report.count("dropped, placed apart by its writers") == 2
    rows, report = _review(tmp_path, row.format(34.50, 38.00), row.format(35.80, 36.60), row.format(35.82, 36.62))
    assert [(r["lat"], r["lon"]) for r in rows] == [("35.8000", "36.6000")]
    assert "list.tsv:2 'Qarqaziyat': dropped, placed apart from the other writers" in report


@needs_sources
def test_a_town_of_the_very_name_elsewhere_in_the_country_keeps_the_name(tmp_path):
    # Tarhuna is a GeoNames town south-east of Tripoli; a row putting it in the Fezzan is a namesake
    # the story would have to tell apart, or a wrong point.
    rows, report = _review(tmp_path, "city\tLY\t27.00\t14.00\t0\tTarhuna\t\t\ttest row")
    assert rows == [] and "dropped, a town of the name elsewhere in the country (Tarhuna" in report


@needs_sources
def test_a_list_with_a_wrong_header_is_refused_naming_the_file(tmp_path):
    (tmp_path / "bad.tsv").write_text("name\tlat\tlon\nX\t1\t2\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1: header must be"):
        list(hand_places.hand_place_rows(tmp_path, report=io.StringIO()))


def test_the_committed_file_has_a_division_and_a_point_on_every_new_row():
    text = (DATA / hand_places.OUT_NAME).read_text(encoding="utf-8").splitlines()
    assert tuple(text[0].split("\t")) == PLACE_COLUMNS
    rows = [dict(zip(PLACE_COLUMNS, line.split("\t"))) for line in text[1:]]
    new = [r for r in rows if not r["geonameid"]]
    assert len(new) >= 50
    assert all(r["admin1"] and r["name_en"] and -90 <= float(r["lat"]) <= 90 for r in new)


# (sentence, surface, lat, lon): places the hand lists add, points from general knowledge.
FOUND = [
    ("Israeli tanks pushed into Shujaiya, east of Gaza City, overnight.", "Shujaiya", 31.50, 34.48),
    ("A drone struck a car in Dahiyeh, Beirut's southern suburbs, on Tuesday.", "Dahiyeh", 33.85, 35.50),
    ("Kurdish fighters held Sheikh Maqsoud as government forces shelled the district.", "Sheikh Maqsoud", 36.23, 37.16),
    ("قصفت طائرات الاحتلال حي الشجاعية شرق مدينة غزة.", "الشجاعية", 31.50, 34.48),
]


@pytest.mark.parametrize("sentence, surface, lat, lon", FOUND)
def test_hand_places_are_found_in_running_text(sentence, surface, lat, lon):
    lang = "ar" if surface[0] > "\u0600" else "en"
    mentions = [m for m in geo.parse(sentence, lang=lang).mentions if m.text == surface]
    assert mentions, f"{surface} not found"
    assert haversine_km(mentions[0].lat, mentions[0].lon, lat, lon) <= 25


# A short word in capitals amid lowercase words is an acronym (the Swat district came with the hand
# lists, and LGL's "a SWAT team" met it), unless it names a country or a headline is in capitals.
@pytest.mark.parametrize("sentence, surface, found", [
    ("Police sent a SWAT team to a house in Springfield, Illinois.", "SWAT", False),
    ("Fighting in the Swat valley displaced thousands of families.", "Swat valley", True),
    ("Officials in MALI said the convoy was attacked near Gao.", "MALI", True),
    ("CLASHES ERUPT IN GAZA AS TALKS STALL", "GAZA", True),
])
def test_a_short_word_in_capitals_is_a_place_only_when_it_can_be(sentence, surface, found):
    assert any(m.text == surface for m in geo.parse(sentence, lang="en").mentions) is found
