"""The gazetteer's data files (data/*.tsv[.gz]): format, key places, no junk names."""
from __future__ import annotations

import random

import pytest

from tests.data_files import (COLUMNS, PLACE_FILES, DATA, all_rows, cities500, country_boxes, country_codes,
                              fold_ar, haversine_km, names_of, read_lines, rows)

FEATURES = {"country", "admin1", "admin2", "city", "area"}


@pytest.mark.parametrize("name", PLACE_FILES)
def test_place_file_has_the_shared_columns_and_parseable_values(name):
    lines = read_lines(name)
    assert lines[0].split("\t") == COLUMNS
    seen = set()
    for no, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        assert len(cols) == len(COLUMNS), f"{name} line {no}: {len(cols)} columns"
        r = dict(zip(COLUMNS, cols))
        assert r["source_id"] not in seen, f"{name}: duplicate source_id {r['source_id']}"
        seen.add(r["source_id"])
        # A world region (Middle East, Horn of Africa) is a "continent": hand-made, spanning countries.
        assert r["feature"] in FEATURES or (name == "features_hand.tsv" and r["feature"] == "continent"
                                            and r["country_code"] == ""), f"{name} line {no}"
        assert r["geonameid"] == "" or r["geonameid"].isdigit()
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180
        assert r["population"].isdigit()
        assert r["name_en"] or r["name_ar"], f"{name} line {no}: no name"
        assert '"' not in line


def test_every_country_code_is_a_geonames_country():
    valid = country_codes()
    for name, r in all_rows():
        if r["country_code"] == "":
            # only areas spanning several countries (the Sahel) may leave it empty
            assert name in ("aliases_hand.tsv", "features_hand.tsv", "features.tsv.gz") and r["feature"] == "area" \
                or name == "features_hand.tsv" and r["feature"] == "continent", r["source_id"]
            continue
        assert r["country_code"] in valid, (name, r["source_id"], r["country_code"])
    for line in read_lines("demonyms.tsv")[1:]:
        assert line.split("\t")[0] in valid


def test_coordinates_fall_inside_their_country_for_a_sample():
    boxes = country_boxes()
    sample = [(n, r) for n, r in all_rows() if r["country_code"] in boxes]
    random.Random(7).shuffle(sample)
    key_rows = [(n, r) for n, r in sample if r["country_code"] in ("LY", "SD", "YE", "SY", "IQ")]
    checked = 0
    for name, r in key_rows + sample[:1500]:
        lat0, lat1, lon0, lon1 = boxes[r["country_code"]]
        pad = 3.0 if r["feature"] in ("country", "area") else 0.0
        lat, lon = float(r["lat"]), float(r["lon"])
        assert lat0 - pad <= lat <= lat1 + pad and lon0 - pad <= lon <= lon1 + pad, (name, r["source_id"], lat, lon)
        checked += 1
    assert checked > 1000


def test_turkey_is_turkiye_in_english_and_tarkiya_in_arabic():
    tr = next(r for r in rows("countries.tsv") if r["country_code"] == "TR")
    assert tr["name_ar"] == "تركيا"
    assert "Turkey" in names_of(tr) and "Türkiye" in names_of(tr)
    assert all(n != "ديك رومى" for n in names_of(tr))


def test_everyday_arabic_country_names():
    by_cc = {r["country_code"]: r["name_ar"] for r in rows("countries.tsv")}
    assert all(by_cc.values()), [cc for cc, ar in by_cc.items() if not ar]
    assert by_cc["SA"] == "السعودية" and by_cc["DJ"] == "جيبوتي"
    assert by_cc["RU"] == "روسيا" and by_cc["SY"] == "سوريا" and by_cc["AE"] == "الإمارات"
    assert by_cc["LY"] == "ليبيا" and by_cc["MX"] == "المكسيك"


def _in_libya(lat: float, lon: float) -> bool:
    return 19.5 <= lat <= 33.5 and 9.3 <= lon <= 25.5


@pytest.mark.parametrize("arabic", ["ترهونة", "بني وليد", "هون", "ودان"])
def test_libyan_towns_have_arabic_names_and_coordinates_in_libya(arabic):
    """Each is named in the data files or already in cities500 (the loader reads both)."""
    hits = [(float(r["lat"]), float(r["lon"])) for _, r in all_rows()
            if r["country_code"] == "LY" and arabic in names_of(r)]
    hits += [(c["latitude"], c["longitude"]) for c in cities500().values()
             if c["countrycode"] == "LY" and arabic in c["alternatenames"]]
    assert hits and all(_in_libya(*h) for h in hits)


def test_tarhuna_is_merged_into_its_geonames_town():
    r = [r for r in rows("places_extra.tsv.gz") if r["name_ar"] == "ترهونة"]
    assert [x["geonameid"] for x in r] == ["2210221"]


def test_wadi_jarf_lies_about_27_km_south_west_of_sirte():
    sirte = cities500()["2210554"]
    jarf = [r for r in rows("places_extra.tsv.gz") if "جارف" in names_of(r)]
    assert jarf
    for r in jarf:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert 15 <= haversine_km(lat, lon, sirte["latitude"], sirte["longitude"]) <= 40
        assert lat < sirte["latitude"] and lon < sirte["longitude"]


# Everyday words that are also place names somewhere (the traps, and more).
COMMON_ARABIC = ["الحكومة", "وقف", "غرب", "شرق", "شمال", "جنوب", "الجمعة", "السبت", "بيان", "آمل", "أمل",
                 "هو", "هي", "في", "من", "المدينة", "مدينة", "القرية", "الدولة", "الجيش", "السلام", "النصر",
                 "الأمل", "الحرية", "اليوم", "العاصمة", "الشمالية", "الجنوب", "الشمال", "بير", "في تاج"]


def test_no_alias_is_a_common_arabic_word():
    banned = {fold_ar(w) for w in COMMON_ARABIC}
    for name, r in all_rows():
        for a in r["aliases"].split("|"):
            assert fold_ar(a) not in banned, (name, r["source_id"], a)
        assert fold_ar(r["name_ar"]) not in banned, (name, r["source_id"], r["name_ar"])


def test_no_machine_made_or_cut_arabic_labels():
    bad = {"ديك رومى", "شبراته", "صبحا", "في تاج", "يشيد"}
    for name, r in all_rows():
        assert not bad & set(names_of(r)), (name, r["source_id"])


def test_no_short_latin_codes_outside_the_hand_table():
    for name, r in all_rows():
        if name == "aliases_hand.tsv":
            continue
        for a in r["aliases"].split("|"):
            if a and not any("\u0600" <= ch <= "\u06ff" for ch in a):
                assert sum(ch.isalpha() for ch in a) > 2, (name, r["source_id"], a)


def test_demonyms_are_never_place_names():
    forms = {line.split("\t")[2] for line in read_lines("demonyms.tsv")[1:]}
    assert {"الليبية", "الليبي", "ليبي", "الليبيين", "التركي", "التركية", "الروسية", "Libyan", "Turkish"} <= forms
    for name, r in all_rows():
        clash = forms & set(r["aliases"].split("|"))
        assert not clash, (name, r["source_id"], clash)


def test_first_level_divisions_of_the_conflict_countries_have_arabic_names():
    a1 = [r for r in rows("admin1.tsv.gz") if r["feature"] == "admin1"]
    for cc, count in (("SD", 18), ("YE", 22), ("LY", 22), ("SY", 14), ("IQ", 19)):
        mine = [r for r in a1 if r["country_code"] == cc]
        assert len(mine) == count, cc
        assert all(r["name_ar"] for r in mine), [r["name_en"] for r in mine if not r["name_ar"]]


def test_division_names_come_with_and_without_the_generic_word():
    a1 = {r["name_en"]: r for r in rows("admin1.tsv.gz")}
    darfur = names_of(a1["North Darfur"])
    assert {"North Darfur", "North Darfur State", "شمال دارفور", "ولاية شمال دارفور"} <= set(darfur)
    marib = names_of(a1["Ma'rib"])
    assert {"مأرب", "محافظة مأرب"} <= set(marib)


def test_us_parishes_and_counties_are_placed_in_their_state():
    a2 = {r["name_en"] + "/" + r["admin1"]: r for r in rows("admin2.tsv.gz")}
    rapides = a2["Rapides Parish/LA"]
    assert "Rapides" in names_of(rapides)
    assert 30.5 <= float(rapides["lat"]) <= 31.7 and -93.2 <= float(rapides["lon"]) <= -91.9
    assert "Dade County" in names_of(a2["Miami-Dade County/FL"])


def test_sudan_localities_carry_arabic_names():
    loc = [r for r in rows("admin2.tsv.gz") if r["source_id"].startswith("ocha-sd:")]
    assert len(loc) == 189
    assert sum(1 for r in loc if r["name_ar"]) >= 185


def test_merge_rows_point_at_real_geonames_towns():
    c500 = cities500()
    for r in rows("places_extra.tsv.gz"):
        if r["geonameid"]:
            c = c500[r["geonameid"]]
            assert c["countrycode"] == r["country_code"]
            assert haversine_km(float(r["lat"]), float(r["lon"]), c["latitude"], c["longitude"]) < 1


def test_hand_table_holds_the_everyday_forms():
    hand = {r["source_id"]: r for r in rows("aliases_hand.tsv")}
    assert {"أمريكا", "أميركا", "الولايات المتحدة", "USA", "US"} <= set(names_of(hand["hand:US"]))
    assert "the UAE" in names_of(hand["hand:AE"]) and "Türkiye" in names_of(hand["hand:TR"])
    assert "واشنطن" in names_of(hand["hand:washington-dc"])
    assert {"غزة", "قطاع غزة"} <= set(names_of(hand["hand:PS-GZ"]))
    for sid in ("hand:darfur", "hand:sahel", "hand:donbas", "hand:kurdistan-region"):
        assert hand[sid]["feature"] == "area"


def test_world_regions_are_in_the_feature_table():
    hand = {r["source_id"]: r for r in rows("features_hand.tsv")}
    for sid, lat, lon in (("hand:middle-east", 29.0, 41.0), ("hand:horn-of-africa", 8.0, 45.0),
                          ("hand:levant", 33.5, 36.0), ("hand:maghreb", 31.0, 5.0)):
        r = hand[sid]
        assert r["feature"] == "continent" and r["country_code"] == "" and r["name_ar"], sid
        assert haversine_km(float(r["lat"]), float(r["lon"]), lat, lon) < 1
    assert "Gulf states" in names_of(hand["hand:persian-gulf"])


def test_us_point_is_geonames_own():
    for name in ("countries.tsv", "aliases_hand.tsv"):
        us = next(r for r in rows(name) if r["country_code"] == "US" and r["feature"] == "country")
        assert haversine_km(float(us["lat"]), float(us["lon"]), 39.76, -98.5) < 1, name


def test_hand_table_rows_each_follow_a_comment():
    lines = (DATA / "aliases_hand.tsv").read_text(encoding="utf-8").splitlines()
    body = [i for i, line in enumerate(lines) if line and not line.startswith("#")][1:]
    for i in body:
        j = i - 1
        while j >= 0 and lines[j] and not lines[j].startswith("#"):
            j -= 1
        assert j >= 0 and lines[j].startswith("#"), lines[i][:40]


def test_data_files_stay_compact():
    total = sum((DATA / n).stat().st_size for n in (*PLACE_FILES, "demonyms.tsv"))
    # About 6 MB of it is places_wof.tsv.gz: 266,000 villages of 23 conflict countries.
    assert total < 8_000_000


def test_washington_in_arabic_is_the_capital_not_the_state():
    wa = next(r for r in rows("admin1.tsv.gz") if r["country_code"] == "US" and r["admin1"] == "WA")
    assert wa["name_ar"] == "ولاية واشنطن" and "واشنطن" not in names_of(wa)
    dc = next(r for r in rows("aliases_hand.tsv") if r["source_id"] == "hand:washington-dc")
    assert dc["name_ar"] == "واشنطن"


def test_first_level_divisions_sit_near_their_middle_not_at_their_big_city():
    a1 = {(r["country_code"], r["admin1"]): r for r in rows("admin1.tsv.gz") if r["feature"] == "admin1"}

    def km(code: tuple[str, str], lat: float, lon: float) -> float:
        return haversine_km(float(a1[code]["lat"]), float(a1[code]["lon"]), lat, lon)

    # GeoNames' own points of the states (the LGL gold): New York State is not New York City.
    assert km(("US", "NY"), 43.00035, -75.4999) < 60
    assert km(("US", "NY"), 40.71427, -74.00597) > 200
    assert km(("US", "FL"), 28.75054, -82.5001) < 60
    # Natural Earth gives Paktia's code the name Paktika: its point is refused, Paktia stays by Gardez.
    paktia = next(c for c, r in a1.items() if r["name_en"] == "Paktia")
    assert km(paktia, 33.5951, 69.2272) < km(paktia, 33.1703, 68.7302)


def test_villages_far_from_any_town_still_have_their_first_level_division():
    # A village no cities500 town lies near takes its division from Natural Earth's polygons:
    # "Talataye (Ansongo, Gao)" reads the village through its province only if the village has one.
    villages = [r for r in rows("places_wof.tsv.gz") if r["country_code"] in ("ML", "SY", "IQ", "YE")]
    missing = [r for r in villages if not r["admin1"]]
    assert len(missing) / len(villages) < 0.02, len(missing)
    bourem = [r for r in villages if r["name_en"] == "Bourem" and r["feature"] == "admin2"]
    assert [r["admin1"] for r in bourem] == ["09"]  # Gao region: Bourem is 80 km from Gao, its nearest town
