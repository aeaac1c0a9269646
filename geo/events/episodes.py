"""Sentences that go on telling one event are one event (English).

A report tells an event in a lead sentence and goes on: "The demonstrators barricaded the main
roads and burned tires.", "At least 25 people were injured in the clash.", "Police intervened to
disperse them." Read one by one, each such sentence became an event of its own, typed by its own
words (a clash, an arrest, a change of posture), beside the lead. ACLED codes the report as one
event, typed by what the episode became: demonstrators who then fight or burn make a riot, police
who then fire on peaceful marchers make excessive force against protesters.

A sentence joins the event before it when it follows it directly, names no other place and no day
of its own, says nothing of a separate incident, and points back at it: a pronoun or a definite
subject ("They clashed", "The villagers", "the clash", "the situation").
"""
from __future__ import annotations

import re

from geo.events.dates import date_in_sentence
from geo.events.context import ARMED_RESPONSE
from geo.events.lexicon import BATTLES, PROTESTS, RIOTS, STRATEGIC, VAC
from geo.events.text import fold, split_sentences

# What a sentence that continues the previous one's story opens with or says of it.
# The crowd of the event before, named again as a subject.
_CROWD = r"demonstrators|protesters|protestors|students|villagers|residents|mob|crowd|youths|rioters"
_BACK_REFERENCE = re.compile(
    r"^(?:they|them|the (?:" + _CROWD
    + r"|gunmen|attackers|assailants|militants|assailant|clashes|clash|attack|incident|violence|fighting|raid|ambush"
    # Session 13: "The command's assessment is that the strike killed three fighters".
    + r"|strike|airstrike|air strike|drone strike|bombing|shelling|blast|explosion))\b"
    # the strike named again as the subject of what it did (session 13): "... is that the strike killed three"
    r"|\bthe (?:strike|airstrike|air strike|drone strike|bombing|shelling|blast|explosion|attack|raid|ambush)"
    r" (?:killed|wounded|injured|hit|destroyed|left|targeted)\b"
    r"|\b(?:(?:in|during|after|following|amid) the (?:clash|clashes|attack|incident|violence|fighting|protest"
    r"|demonstration|raid|ambush|confrontation|altercation|riot|unrest|assault)"
    r"|disperse (?:them|the (?:crowd|gathering|demonstrators|protesters|protestors|students|mob))"
    r"|(?:calm|control|contain|defuse) the situation|the clashing"
    # The crowd named again with its article, wherever it stands (session 10): "Police forces
    # intervened and clashed with the demonstrators".
    r"|the (?:demonstrators|protesters|protestors|rioters|marchers|crowd|mob|gathering))\b")
# The crowd named bare as the subject (session 13): "Demonstrators clashed with police".
_BARE_CROWD = re.compile(r"^(?:demonstrators|protesters|protestors|rioters|marchers)\b")
# A plural subject (session 13): "garment workers staged a demonstration ... Workers vandalized a police box".
_PLURAL_SUBJECT = re.compile(r"^(?:the )?([a-z]{4,}s)\b")
# The crowd of the event before as the subject: "also" then adds to its deeds, not another event.
_BACK_SUBJECT = re.compile(r"(?:they|the (?:" + _CROWD + r"|marchers))\b")
# A sentence that tells another event, whatever it points back at.
_SEPARATE = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|meanwhile|in a second|second (?:attack|incident)"
                       r"|also|later|the next day|the following day|earlier)\b")
# Sub-types of a demonstration, from the calmest: a later sentence can only make it graver.
_PROTEST_GRAVITY = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
_VIOLENT_DEMONSTRATION = "Violent demonstration"
_INTERVENTION = "Protest with intervention"
_DAMAGE = "Looting/property destruction"
# A later sentence whose subject is the police or the army tells what they did to the march.
_FORCES_FIRST = re.compile(r"(?:the )?(?:riot |anti-riot )?(?:police|security forces|soldiers|troops|gendarmes"
                           r"|gendarmerie|army|military)\b")
_FOUGHT = re.compile(r"\b(?:clash\w*|fought|fighting|pelted|pelting|stone-throwing"
                     r"|(?:threw|throw|throwing|hurled|hurl|hurling) (?:stones|rocks|bricks|projectiles))\b")


def merge_episodes(text: str, events: list[dict]) -> list[dict]:
    """``events`` (in the order of their sentences, with their "start" and "end") with every
    sentence that goes on telling the event before it folded into that event (see the module)."""
    out: list[dict] = []
    previous: dict | None = None  # the last event read, which a next sentence must follow directly
    for event in events:
        head = out[-1] if out else None
        if head is not None and previous is not None and _continues(text, previous, event, head):
            _fold_into(head, event)
        else:
            out.append(event)
        previous = event
    return out


def _continues(text: str, previous: dict, event: dict, head: dict) -> bool:
    if text[previous["end"]:event["start"]].strip():
        return False  # a sentence with no event lies between
    if event["location"] is not None and event["location"] != head["location"] and not event.get("_borrowed"):
        return False
    excerpt = fold(event["excerpt"]).strip()
    cues = [m.group() for m in _SEPARATE.finditer(excerpt)]
    if _BACK_SUBJECT.match(excerpt):
        cues = [c for c in cues if c != "also"]  # "The demonstrators also vandalized the youth centre" (session 10)
    if cues or not (_BACK_REFERENCE.search(excerpt) or _BARE_CROWD.match(excerpt)
                    or _same_subject(fold(previous["excerpt"]), excerpt)):
        return False
    return date_in_sentence(event["excerpt"], None) is None


def _same_subject(before: str, excerpt: str) -> bool:
    """The sentence's plural subject was named in the sentence before ("workers")."""
    subject = _PLURAL_SUBJECT.match(excerpt)
    return subject is not None and re.search(r"\b" + subject.group(1) + r"\b", before) is not None


def _fold_into(head: dict, event: dict) -> None:
    """The episode's event once a later sentence of it is read: graver if the demonstration turned
    violent or was met with force, the larger toll, the actors it lacked."""
    if head["type"] == PROTESTS:
        said = fold(event["excerpt"]).strip()
        if _FORCES_FIRST.match(said) and not _FOUGHT.search(said):
            # "Police fired tear gas to disperse them": force met the march, the marchers did not fight.
            event = dict(event, type=PROTESTS, sub_type=_INTERVENTION if not event["fatalities"]
                         else _PROTEST_GRAVITY[-1])
        if event["type"] == RIOTS or event["type"] == BATTLES:
            head["type"], head["sub_type"] = RIOTS, (event["sub_type"] if event["type"] == RIOTS
                                                     else _VIOLENT_DEMONSTRATION)
        elif event["type"] == STRATEGIC and event["sub_type"] == _DAMAGE:
            # Session 17: the marchers then ransacked or burned ("They arrived at an empty police
            # station and ransacked it"): a violent demonstration, as when one sentence says it. An
            # attack told after a march is not read so: it is often the police's or the grievance.
            head["type"], head["sub_type"] = RIOTS, _VIOLENT_DEMONSTRATION
        elif (event["type"] == PROTESTS and event["sub_type"] in _PROTEST_GRAVITY
              and head["sub_type"] in _PROTEST_GRAVITY
              and _PROTEST_GRAVITY.index(event["sub_type"]) > _PROTEST_GRAVITY.index(head["sub_type"])):
            head["sub_type"] = event["sub_type"]
    if event["fatalities"] is not None:
        head["fatalities"] = max(head["fatalities"] or 0, event["fatalities"])
    head["actor1"] = head["actor1"] or event["actor1"]
    head["actor2"] = head["actor2"] or event["actor2"]
    head["confidence"] = max(head["confidence"], event["confidence"])


# How far after an attack its answer is looked for: the next sentence.
ANSWER_CHARS = 300
# Forces that stopped a march without the lexicon's force words (session 13: of the training protests
# telling it, 106 of 117 are protests with intervention): "Police intervene.", "Their march was
# dispersed by police", "prevented by security forces", "broke up the demonstration".
_FORCES = r"(?:police|policemen|security forces|gendarmes?|gendarmerie|soldiers|troops|army|authorities|riot police)"
_STOPPED = re.compile(r"\b" + _FORCES + r"\b (?:\w+ ){0,3}?(?:intervened|intervene|intervenes|broke up|dispersed|disperse"
                      r"|prevented|stopped|blocked|deterred|cordoned off|barred)\b"
                      r"|\b(?:dispersed|broken up|prevented|stopped|deterred|blocked) by (?:the )?(?:\w+ )?" + _FORCES + r"\b")


def _next_sentence(text: str, event: dict) -> str | None:
    """The sentence after an event's own, folded; None at the text's end."""
    window = text[event["end"]:event["end"] + ANSWER_CHARS]
    spans = split_sentences(window)
    return fold(window[spans[0][0]:spans[0][1]]) if spans else None


def answered_attacks(text: str, events: list[dict]) -> None:
    """An attack the next sentence says armed men answered ("Village self-defense repelled the
    attack.", "Dogon militiamen responded to the assault") is the battle ACLED codes (session 13:
    of the training notes telling such an answer, 196 of 202 are battles). Retypes in place."""
    for event in events:
        if event["type"] != VAC or event["sub_type"] != "Attack":
            continue
        said = _next_sentence(text, event)
        if said is not None and ARMED_RESPONSE.search(said) and not _SEPARATE.search(said):
            event["type"], event["sub_type"] = BATTLES, "Armed clash"


def met_with_force(text: str, events: list[dict]) -> None:
    """A peaceful protest its own or the next sentence says forces stopped is a protest with
    intervention. Retypes in place."""
    for event in events:
        if event["type"] != PROTESTS or event["sub_type"] != "Peaceful protest":
            continue
        said = fold(event["excerpt"])
        following = _next_sentence(text, event)
        if following is not None and not _SEPARATE.search(following):
            said += " " + following
        if _STOPPED.search(said):
            event["sub_type"] = _INTERVENTION

