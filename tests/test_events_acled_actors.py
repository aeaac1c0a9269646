"""Actors as ACLED writes them: generic actors with the country of the event's place, the agent of
a passive ("killed by unknown gunmen"), a named group before a generic word. Own sentences."""
from __future__ import annotations

from datetime import date

from geo.events.actor_names import acled_actor
from geo.engine.document import Document, Mention
from geo.events.extract import extract_events

TUESDAY = date(2020, 6, 9)


def doc_at(text: str, places: list[tuple[str, str, str]]) -> Document:
    """A Document whose mentions are (surface, feature, country code)."""
    mentions = []
    for surface, feature, cc in places:
        start = text.index(surface)
        mentions.append(Mention(start=start, end=start + len(surface), text=surface, name=surface, name_ar=None,
                                name_en=None, lat=10.0, lon=10.0, country_code=cc, feature=feature, geonameid=None,
                                precision=1, confidence=0.9, excerpt=text, excerpt_start=0))
    return Document(text=text, lang="en", mentions=mentions)


def only_event(doc: Document) -> dict:
    [event] = extract_events(doc, TUESDAY)
    return event


def test_generic_actors_carry_the_country_of_the_event_place():
    assert acled_actor("Civilians", "ML") == "Civilians (Mali)"
    assert acled_actor("Protesters", "BD") == "Protesters (Bangladesh)"
    assert acled_actor("Unidentified armed group", "BF") == "Unidentified Armed Group (Burkina Faso)"
    assert acled_actor("Police Forces", "BJ") == "Police Forces of Benin"
    assert acled_actor("Civilians", "TR") == "Civilians (Turkey)"  # ACLED's spelling, not Türkiye
    assert acled_actor("Civilians", None) == "Civilians"
    assert acled_actor("Hamas", "PS") == "Hamas"


def test_attack_on_villagers_names_civilians_of_the_country():
    e = only_event(doc_at("Unknown gunmen killed three villagers in Kassela on Sunday.", [("Kassela", "city", "ML")]))
    assert e["actor1"] == "Unidentified Armed Group (Mali)" and e["actor2"] == "Civilians (Mali)"


def test_protest_names_protesters_of_the_country_even_when_dispersed_by_police():
    e = only_event(doc_at("Students staged a protest in Rajshahi and were dispersed by police with tear gas.",
                          [("Rajshahi", "city", "BD")]))
    assert e["actor1"] == "Protesters (Bangladesh)"


def test_the_agent_after_by_is_actor1():
    e = only_event(doc_at("Two soldiers were killed in an ambush by Taliban militants in Andar district.",
                          [("Andar", "city", "AF")]))
    assert e["actor1"] == "Taliban" and e["actor2"] == "Military Forces of Afghanistan"


def test_a_named_group_before_a_generic_word_is_that_group():
    text = "Presumed Katiba Macina (JNIM) militants attacked an army post near Boni, killing 4 soldiers."
    e = only_event(doc_at(text, [("Boni", "city", "ML")]))
    assert e["actor1"] == "Katiba Macina"


def test_an_unplaced_event_uses_the_one_country_of_the_article():
    text = "Gunmen killed three villagers on Monday. The village lies in Mali."
    e = [e for e in extract_events(doc_at(text, [("Mali", "country", "ML")]), TUESDAY)][0]
    assert e["actor2"] == "Civilians (Mali)"
