"""News that reports no new event although its words are violent (session 11, geo/events/context.py):
a match report told in war words, a diplomat's protest, a market moved by an attack told elsewhere,
an accident's dead, a past attack remembered, a war's running toll, a reward for an arrest; and the
neighbouring sentences that stay events. Sentences written for these tests, not taken from set H."""
from __future__ import annotations

from datetime import date

import pytest

import geo

PUBLISHED = date(2024, 6, 10)


def top(text: str) -> dict | None:
    events = geo.parse(text, lang="en", published=PUBLISHED).events or []
    return max(events, key=lambda e: e["confidence"]) if events else None


QUIET = [
    # a match report: quoted war words, a score, a derby
    'LAGOS (AFP) - Enyimba beat Kano Pillars 2-1 in the Federation Cup final on Sunday. "We fought like soldiers '
    'out there," their captain said.',
    'Their "demolition crew" of forwards ran riot as the Brumbies beat the Crusaders 38-12 in Canberra.',
    "Al Ahly and Zamalek's clash in Cairo ended goalless on Friday after both sides had goals ruled out.",
    # a diplomat's protest, a resignation in protest, sanctions, an expulsion
    "Cairo summoned the Ethiopian ambassador on Monday to protest what it called provocative statements on the dam.",
    "The deputy health minister resigned on Friday in protest at cuts to the hospital budget.",
    "Washington froze the assets of three militia commanders on Wednesday, accusing them of smuggling fuel.",
    "Niger's junta ordered two Belgian diplomats to leave the country within 72 hours on Thursday.",
    # meetings about the fighting, a pause in it, what is feared
    "Foreign ministers of the Arab League will meet in Algiers on Sunday to discuss the fighting in Sudan.",
    "Aid trucks entered the city during a four-hour pause in fighting on Tuesday, the Red Cross said.",
    "Canada advised its citizens against travel to northern Mozambique, citing the risk of kidnapping.",
    # markets moved by an attack told elsewhere
    "Shipping stocks fell 3% in Oslo on Tuesday after reports of a missile attack on a bulk carrier off Yemen.",
    # accidents: a helicopter's crew, a train, a fire, a mine, an ammunition depot
    "A police helicopter crashed during a training flight near Multan on Monday, killing its three crew members.",
    "A freight train slammed into a bus at a level crossing near Kumasi on Friday, killing nine passengers.",
    "At least 14 people died when fire swept through a textile factory in Gazipur, firefighters said.",
    "A methane explosion in a coal mine near Zonguldak killed five miners on Wednesday, the governor said.",
    "A fire at an army ammunition depot near Kharkiv set off a series of explosions, the ministry said.",
    # the past remembered, a running toll, a trend
    "Survivors gathered in Srebrenica on Thursday to commemorate the 1995 massacre in which about 8,000 men and boys "
    "were killed.",
    "The reconciliation talks follow a raid last year in which 40 herders were killed, the governor said.",
    "Rights groups say more than 3,000 people have been killed in the region since January 2023.",
    "Attacks by armed groups have intensified since late 2022, the U.N. said in Geneva.",
    # a reward for an arrest, the budget for missiles
    "The FBI offered $2 million for information leading to the arrest of a cartel financier in Tijuana.",
    "Poland's parliament approved funds on Friday to acquire long-range strike missiles from South Korea.",
]

REPORTED = [
    # the same words where they report today's violence
    ("Gunmen killed 12 villagers in Zamfara on Monday, the deadliest attack in the state since 2021.", "Attack"),
    ("Clashes erupted between rival militias in Zawiya on Sunday, killing four fighters.", "Armed clash"),
    ("A military helicopter was shot down near Kidal on Tuesday, killing its two pilots, the rebels said.", None),
    ("Relatives of soldiers detained after last year's mutiny protested outside the military court in Bamako.",
     "Peaceful protest"),
    ("Fans hurled stones at police after the derby in Cairo on Friday, and officers fired tear gas.", None),
]


@pytest.mark.parametrize("text", QUIET, ids=[t[:40] for t in QUIET])
def test_quiet_news_reports_no_event(text):
    assert top(text) is None, top(text)


@pytest.mark.parametrize("text,sub_type", REPORTED, ids=[t[0][:40] for t in REPORTED])
def test_todays_violence_in_those_words_stays_an_event(text, sub_type):
    event = top(text)
    assert event is not None
    if sub_type is not None:
        assert event["sub_type"] == sub_type
