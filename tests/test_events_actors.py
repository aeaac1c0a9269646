"""The curated actor list: loading, Arabic clitics, overlaps, and clear errors for a bad file."""
from __future__ import annotations

import pytest

from geo.events.actors import default_actors, load_actors
from geo.errors import UnreadableInput
from geo.events.text import fold


def names(text: str) -> list[str]:
    return [h.actor.id for h in default_actors().find(fold(text))]


def test_shipped_list_loads_with_known_kinds():
    actors = default_actors().actors
    ids = {a.id for a in actors}
    assert {"gna", "lna", "houthis", "rsf", "saf", "israel", "hamas", "isis", "un", "turkey"} <= ids
    assert len(ids) == len(actors), "actor ids are unique"


@pytest.mark.parametrize("text,expected", [
    ("تمكنت قوات حكومة الوفاق من طرد مليشيات حفتر", ["gna", "lna"]),
    ("هاجم الحوثيون مواقع في مأرب", ["houthis"]),
    ("واتهمت الحكومة جماعة أنصار الله", ["houthis"]),
    ("اشتباكات بين الجيش السوداني وقوات الدعم السريع", ["saf", "rsf"]),
    ("وللحوثيين مواقع قرب الحديدة", ["houthis"]),
    ("Haftar's forces shelled the airport", ["lna"]),
    ("RSF fighters seized Nyala", ["rsf"]),
    ("Israeli airstrikes hit Rafah", ["israel"]),
])
def test_aliases_are_found_in_both_languages_with_clitics(text, expected):
    assert names(text) == expected


def test_longest_alias_wins_over_its_parts():
    assert names("قوات حكومة الوفاق الوطني") == ["gna"]
    # ISWAP is its own actor (ACLED's "Islamic State (West Africa)"), not the Islamic State's alias.
    assert names("Islamic State West Africa Province fighters") == ["iswap"]
    assert names("Islamic State fighters") == ["isis"]


def test_alias_inside_another_word_is_not_an_actor():
    assert names("the underground tunnel") == []  # "UN" is not in "underground"
    assert names("الحماسة") == []  # حماس inside another word


def test_an_edited_list_is_used(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text("id\tname_en\tname_ar\taliases\tkind\n"
                    "abc\tAlpha Brigade\tلواء ألفا\tAlpha Bde|ألفا\trebel\n", encoding="utf-8")
    actors = load_actors(path)
    assert [h.actor.name_en for h in actors.find(fold("اشتباكات مع لواء ألفا"))] == ["Alpha Brigade"]


def test_home_column_is_optional_and_read(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text("id\tname_en\tname_ar\taliases\tkind\thome\n"
                    "abc\tAlpha Brigade\tلواء ألفا\tAlpha Bde\trebel\tml|BF\n"
                    "xyz\tOmega Group\t\t\trebel\t\n", encoding="utf-8")
    homes = {a.id: a.home for a in load_actors(path).actors}
    assert homes == {"abc": ("ML", "BF"), "xyz": ()}


def test_a_row_whose_empty_home_tab_was_trimmed_still_loads(tmp_path):
    path = tmp_path / "actors.tsv"
    path.write_text("id\tname_en\tname_ar\taliases\tkind\thome \n"
                    "abc\tAlpha Brigade\tلواء ألفا\tAlpha Bde\trebel\n", encoding="utf-8")
    assert [a.home for a in load_actors(path).actors] == [()]


def test_shipped_groups_have_homes():
    homes = {a.id: a.home for a in default_actors().actors}
    assert homes["houthis"] == ("YE",) and "ML" in homes["katiba_macina"] and homes["m23"] == ("CD",)
    assert homes["isis"] == () and homes["israel"] == ()  # fight in many countries: no hint


@pytest.mark.parametrize("content,where", [
    ("id\tname_en\tname_ar\taliases\tkind\thome\nx\tX\tس\ta\trebel\tMali\n", ":2:"),
    ("id\tname_en\tname_ar\taliases\tkind\thome\nx\tX\tس\n", ":2:"),
    ("id\tname\n", ":1:"),
    ("id\tname_en\tname_ar\taliases\tkind\nx\tX\tس\ta\tgalactic\n", ":2:"),
    ("id\tname_en\tname_ar\taliases\tkind\nx\tX\tس\n", ":2:"),
    ("id\tname_en\tname_ar\taliases\tkind\n\t\tس\ta\trebel\n", ":2:"),
])
def test_malformed_list_names_file_and_line(tmp_path, content, where):
    path = tmp_path / "actors.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableInput) as err:
        load_actors(path)
    assert str(path) in str(err.value) and where in str(err.value)


def test_missing_list_is_a_clear_error(tmp_path):
    with pytest.raises(UnreadableInput, match="cannot read the actor list"):
        load_actors(tmp_path / "nope.tsv")
