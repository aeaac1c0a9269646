"""Short news snippets read as ACLED codes them (session 22, issue 10): a takeover told with a long
description of the place taken, a bomb on a vehicle, a truce brokered between parties described by
their fighting, a town entered after the defenders left without a fight, allies beside the force
that retook a town, a base set up, a gas attack, and news with no event (a weapon's range, land
still holding war's leftovers). Sentences written for these tests, not taken from set AA."""
from __future__ import annotations

from datetime import date

import pytest

import geo

PUBLISHED = date(2024, 6, 10)


def top(text: str) -> dict | None:
    events = geo.parse(text, lang="en", published=PUBLISHED).events or []
    return max(events, key=lambda e: e["confidence"]) if events else None


SUB_TYPES = [
    # The kind of place taken stands far after the verb: "a ... battalion headquarters".
    ("The Arakan Army said on Saturday its fighters had overrun a Border Guard Police battalion headquarters "
     "overnight after days of fighting.", "Non-state actor overtakes territory"),
    # A vehicle bomb named by what it carried.
    ("A motorcycle packed with explosives blew up near a police station in Tumaco on Saturday, wounding three "
     "officers.", "Remote explosive/landmine/IED"),
    # The fighting that describes the parties is not the news: the truce is.
    ("Tribal leaders mediated a ceasefire on Saturday between two clans that have been fighting over land "
     "near Dusa Marreb.", "Agreement"),
    # Entered after the defenders left: no fight.
    ("M23 fighters entered the town of Rutshuru on Saturday after Congolese troops and allied militias pulled "
     "out overnight without a fight, residents said.", "Non-violent transfer of territory"),
    # Allies beside the government's troops do not make the takeover theirs.
    ("Ethiopian federal forces and allied regional militias recaptured the town of Gondar airport road on "
     "Saturday after a day of fighting.", "Government regains territory"),
    # Satellite images "taken over the past week" are no takeover.
    ("The army has set up a new forward base along the border, satellite images taken over the past week "
     "show, with earth berms and watchtowers.", "Headquarters or base established"),
    # Gas dropped on trenches.
    ("Soldiers said Russian troops dropped grenades filled with CS gas on their trenches on Saturday; four "
     "were treated for poisoning.", "Chemical weapon"),
]


@pytest.mark.parametrize("text,sub_type", SUB_TYPES, ids=[s[1] for s in SUB_TYPES])
def test_snippet_gives_acleds_sub_type(text, sub_type):
    event = top(text)
    assert event is not None and event["sub_type"] == sub_type, event


QUIET = [
    # A weapon's range is no strike.
    "India said it had carried out a successful training launch of a new missile that can hit targets "
    "1,500 km away.",
    # Land still holding war's leftovers, nothing went off.
    "Farmers are returning to fields cleared by deminers, but officials warn the land contaminated by mines "
    "and unexploded shells will take decades to make safe.",
]


@pytest.mark.parametrize("text", QUIET)
def test_snippet_with_no_event(text):
    assert top(text) is None, top(text)


def test_leftovers_that_went_off_stay_an_event():
    assert top("A boy was wounded on Saturday when a landmine left in a field near Kupiansk exploded.") is not None
