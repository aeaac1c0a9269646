"""First-level divisions under the names ACLED's notes give them (data/admin1_acled.tsv, session 17).

The names are learned from the training records' admin1 field and coordinates
(scripts/data_sources/acled_admin1.py); sentences here are written for these tests.
"""
from __future__ import annotations

import pytest

import geo
from tests.data_files import rows


def divisions(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.feature, m.country_code) for m in geo.parse(text, lang="en").mentions}


@pytest.mark.parametrize("text,name,country", [
    ("On 23 May 2024, Russian forces launched an air strike near Novoandriivka, Zaporizhia region.",
     "Zaporizhia", "UA"),
    ("A drone strike hit a house in Mir Ali, Federally Administered Tribal Areas.",
     "Federally Administered Tribal Areas", "PK"),
    ("Police dispersed a march in Munich, Bayern, on Saturday.", "Bayern", "DE"),
])
def test_acled_spellings_of_divisions_are_divisions(text, name, country):
    assert divisions(text).get(name) == ("admin1", country)


def test_a_division_named_after_its_chief_town_stays_the_town():
    # ACLED's old Libyan division "Sebha" is its town's name: the town is meant.
    names = {r["aliases"] for r in rows("admin1_acled.tsv")}
    assert not {"Sebha", "Ajdabiya", "Kampala", "Belgrade"} & names
    assert divisions("Clashes erupted in Sebha on Monday.").get("Sebha") == ("city", "LY")


def test_a_split_province_gives_its_name_to_none_of_its_successors():
    assert "Orientale" not in {r["aliases"] for r in rows("admin1_acled.tsv")}


def test_every_row_merges_into_a_known_division():
    a1 = {r["geonameid"]: r for r in rows("admin1.tsv.gz") if r["feature"] == "admin1"}
    for r in rows("admin1_acled.tsv"):
        own = a1[r["geonameid"]]
        assert (r["country_code"], r["admin1"], r["lat"], r["lon"]) == (own["country_code"], own["admin1"],
                                                                        own["lat"], own["lon"])
