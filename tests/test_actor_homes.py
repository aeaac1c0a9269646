"""A named armed group or people is a hint of the story's country (issue 11, session 8).

Short conflict reports often name a village and the group that fought there, and no country:
the group's home countries (data/actors.tsv, column home; peoples in data/peoples_hand.tsv) then
keep the village at home instead of at a namesake abroad. Sentences written for these tests; each is checked with and without the
group, so a test fails if the hint stops working, not only if the village moves.
"""
from __future__ import annotations

import pytest

import geo
from geo.engine.actor_homes import actor_countries


def places(text: str) -> dict[str, str]:
    return {m.text: m.country_code for m in geo.parse(text, lang="en").mentions}


@pytest.mark.parametrize("with_group,without,name,country", [
    ("QSD fighters came under mortar fire near Ein Issa on Sunday.",
     "Fighters came under mortar fire near Ein Issa on Sunday.", "Ein Issa", "SY"),
    ("Suspected JNIM militants torched granaries in the village of Kargo.",
     "Suspected militants torched granaries in the village of Kargo.", "Kargo", "BF"),
    ("GNA artillery targeted LNA positions in Ayn Zarah.",
     "Artillery targeted positions in Ayn Zarah.", "Ayn Zarah", "LY"),
    # A village whose namesake abroad is a town: the hint decides only where nothing else does.
    ("Katiba Macina fighters attacked a police post in Sona.",
     "Suspected jihadists attacked a police post in Sona.", "Sona", "ML"),
    ("Dogon hunters clashed with herders near Sona on Tuesday.",
     "Hunters clashed with herders near Sona on Tuesday.", "Sona", "ML"),
    # Session 17: a city abroad named only by its name in another tongue (Bâle for Basel) does not
    # outweigh the hint: it is not what a note from the Sahel means.
    ("Presumed Katiba Macina militants killed three traders near Bale.",
     "Gunmen killed three traders near Bale.", "Bale", "ML"),
])
def test_a_group_keeps_a_village_in_its_country(with_group, without, name, country):
    assert places(with_group).get(name) == country
    assert places(without).get(name) != country  # the hint, not the village alone, decides


def test_groups_point_at_their_countries_in_both_languages():
    assert set(actor_countries("Katiba Macina fighters and Houthi drones")) == {"ML", "YE"}
    assert set(actor_countries("Dogon hunters and Hazara miners")) == {"ML", "BF", "AF", "PK"}
    assert set(actor_countries("Dogon hunters and Hazara miners", groups_only=True)) == set()
    assert set(actor_countries("اشتباكات بين قوات سوريا الديمقراطية وحركة حماس")) == {"SY", "PS", "IL"}


def test_everyday_words_shared_acronyms_and_generic_names_give_no_hint():
    # Reporters Without Borders, Japan's Self-Defense Forces, "bla bla", any coalition's aircraft.
    for text in ("RSF said the journalist was detained", "SDF ships docked", "bla bla bla",
                 "coalition aircraft struck", "rebel factions attacked", "قوات التحالف قصفت"):
        assert not actor_countries(text), text
    # A longer name of a group without a home is not read as a shorter one with a home.
    assert not actor_countries("طيران التحالف الدولي قصف الباغوز")


def test_everyday_words_and_groups_without_a_home_give_no_hint():
    assert not actor_countries("لعب الفريق بحماس كبير في المباراة")  # حماس alone: zeal
    assert not actor_countries("Islamic State fighters and Israeli jets")  # they fight everywhere
    assert not actor_countries("human rights groups")  # the letters of HTS inside "rights"


def test_a_people_of_many_countries_does_not_overrule_the_story():
    # Fulani live from Senegal to Chad; the story's own places say Benin, so Kobli stays unread
    # rather than becoming Kubli, Nigeria.
    found = places("Villagers burned a Fulani hamlet near Cobly (Kobli, Atacora) overnight.")
    assert "NG" not in found.values() and found.get("Cobly") == "BJ"


def test_a_city_named_by_its_own_name_still_outweighs_a_hint():
    # Only a city named by another tongue's name gives way to the hint; Bonn named as Bonn stays.
    assert places("JNIM militants attacked a checkpoint near Bonn.").get("Bonn") == "DE"


def test_a_group_does_not_rule_out_a_named_place_abroad():
    # Hezbollah fires into Israel: its home (Lebanon) must not pull Kiryat Shmona away.
    assert places("Hezbollah fired rockets at Kiryat Shmona.").get("Kiryat Shmona") == "IL"
