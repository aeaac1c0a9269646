"""Events, not just places: what happened where, when, to whom, per sentence (issue 5).

``extract_events(doc, published)`` looks only at sentences holding a trigger (see
:mod:`geo.events.lexicon`), proposes at most one event per sentence on ACLED's scheme, and picks
its place among the engine's mentions in that sentence. Every mention is marked
``is_event_location`` True or False: Moscow denying a claim or Ankara speaking is named, not
the scene of anything. Costs well under a millisecond for a typical article (docs/events.md).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime
from typing import Iterator

from geo.events.actor_names import acled_actor
from geo.events.agents import needs_refining, refine_actors
from geo.events.actors import ARMED_KINDS, ActorHit, ActorList, default_actors
from geo.events.dates import date_in_sentence
from geo.events.episodes import answered_attacks, merge_episodes, met_with_force
from geo.engine.document import PRECISION_NEAR, PRECISION_REGION, Document, Mention
from geo.events.arabic_model import ArabicEventModel, default_arabic_model, precise_reading
from geo.events.model import EventModel, Prediction, default_model
from geo.events.places import (TOPIC, PlaceLookup, addresses, division_holds, far_quarters, reread_homonyms,
                               haversine_km, trusted_container)
from geo.events import context as news_context
from geo.events.lexicon import (BATTLES, CROWD_DESTRUCTION_RANK, EN_RETAKING, EXPLOSIONS, KILLING, PROTESTS, RIOTS,
                             STRATEGIC, TERRITORY, VAC, WEAK_KILLING_RANK, Lexicon, TriggerHit, lexicon)
from geo.events.text import dropped_positions, first_sentence, fold, fold_pattern, fold_with_map, split_sentences
from geo.events.fatalities import find_fatalities_span, has_death_word
from geo.events.story_time import (BACKGROUND_DAYS, TOLD_AS_NEWS_SENTENCES, dated_after, dated_as_past, is_background,
                                   pointed_back_to_the_past, recent_day, timed_by_the_sentence_before, told_as_news,
                                   told_before)
from geo.events.tolls import coded_tolls, share, split_shares

# How far before a trigger a denial/threat/plan cue still governs it (characters, folded text):
# about one clause ("نفت الوزارة أن تكون طائراتها شنت غارات" is 35 characters to the trigger).
MODAL_WINDOW = 60
# A weaker place score than this means no mention in the sentence is the event's place.
MIN_PLACE_SCORE = 0.5
# Triggers this generic (a bare "attack", "withdrawal", "reinforcements") need corroboration: a
# place, a listed armed actor or a stated toll in the sentence.
GENERIC_RANK = 36
# Words for places a force can take, when the engine found no mention after a territory verb.
# "recaptured Marte", "seized control of Boulkessi": a name right after the verb is the place taken,
# even when the gazetteer lacks it (English, with an armed actor named).
# The name must end there (punctuation, a preposition or the sentence's end), so that "seized
# Mercedes trucks", "seized Monday's shipment" and "captured Abu Bakr, a senior commander" (a person's
# two capitalised words) are not places; nor are weekdays, months or "Chinese-made".
_NAMED_AFTER = re.compile(r"\s+(?:(?:control|hold|possession)\s+)?(?:of\s+)?(?:the (?:town|village|city|district|locality|hamlet) of\s+)?"
                          r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
                          r"|May|June|July|August|September|October|November|December)\b)"
                          r"[A-Z][a-z]+(?![-'’\w])(?=\s*(?:[.,;:)]|$|\s(?:on|in|after|from|near|following|with|and|late|early"
                          r"|last|yesterday|today|overnight)\b))")
_SETTLEMENT = re.compile(fold_pattern(
    r"(?:مدينة|بلدة|قرية|منطقة|حي|مدن|بلدات|قرى|مناطق|مطار|قاعدة|معسكر|جسر|ميناء|مقر|مواقع|معبر|town|city|village"
    r"|district|area|base|airport|camp|bridge|port|headquarters|positions|territory|border crossing|locality|localities"
    r"|hamlet|commune)"))
# A place said to lie within this distance of another is "near" it (ACLED precision 2).
NEAR_KM = 50
_DISTANCE = re.compile(fold_pattern(r"(\d+)\s*(?:كم|كلم|كيلومتر|km|kilomet)"))
# "no major clashes": a negation this close before a trigger cancels it (characters, folded).
NEGATION_WINDOW = 20
# How much of the text after an event's sentence is read for its toll (one sentence is enough).
NEXT_SENTENCE_CHARS = 400
REPORT_CHARS = 700  # a text this short is one report (an ACLED note, a brief): its later sentences tell its event
# Characters after the fatality phrase still read as naming the victims ("killed 12 worshippers").
VICTIM_WINDOW = 25

# "Dounde (Bankass, Mopti)": the scene named before its address gains this, the address loses it.
ADDRESS_BONUS = 1.5
# An end of a road or front ("the Dhaka-Tangail highway") is a scene only when nothing finer is named.
AXIS_PENALTY = 2.0
# "(coded as Mondoro at geoprecision 2)", "coded to Beit Hanoun": the report says where it is coded.
CODED_BONUS = 6.0
# "between X and Y": X is the scene ACLED codes (session 17), when the two lie this close (a far X
# is a namesake, and the address after Y places Y); the bonus outweighs Y's address bonus.
PAIR_BONUS = ADDRESS_BONUS + 0.5
PAIR_KM = 60.0
# The place a dated lead opens with ("On 17 June 2024, in Tarimoro, ..."): the scene (session 17).
LEAD_BONUS = ADDRESS_BONUS + 1.0
_LEAD_PLACE = re.compile(r"(?:\s*\([^()]{0,60}\))?,\s+(?:in|around|near|at)\s+(?:the\s+)?(?:(?:village|town|city) of\s+)?")
_PAIR_OPENS = re.compile(r"\bbetween (?:the (?:villages?|towns?|localities|hamlets?) of )?$", re.I)
_PAIR_AND = re.compile(r"(?: \([^()]{0,60}\))? and (?:the (?:village|town|locality|hamlet) of )?", re.I)
_CODED_BEFORE = re.compile(r"\bcoded (?:as|to) (?:the )?$", re.IGNORECASE)
_CODED_PRECISION = re.compile(r"[^()\n]{0,40}?\bgeo-?precision:? ?([123])\b", re.IGNORECASE)
# A place named as the topic of a protest ("in solidarity with Gaza") is not its scene.
TOPIC_PENALTY = 3.0
# How far around an event's sentence a neighbour sentence's place is looked for (one sentence each side).
NEIGHBOUR_CHARS = 400
# A place the gazetteer lacks, placed only at its province or country, ranks as such (below a known town).
BROAD_PENALTY = 1.0
# English sentences are also read by the learned model (geo.events.model): it vetoes a lexicon event
# it finds unlikely, re-types one when confident, and rescues a sentence no trigger caught.
AGREEMENT = "Agreement"
_WAR_AGREEMENT = re.compile(r"ceasefire|cease-fire|truce|armistice|peace|prisoner|hostage|warring|rebel|militia"
                            r"|bodies|detainees|captives|pows|mediated|brokered")
# Chosen on held-out files and held-out written sentences (scripts/eval_events_heldout.py).
LEAD_MARGIN = 0.01  # how far below an English article's lead event the events told after it are held
SUMMARY_TOLL = 10_000  # a toll this large with no day of its own sums up a war, not one event
MODEL_VETO = 0.25  # event probability under which a lexicon event is dropped
MODEL_RETYPE = 0.7  # type probability over which the model's type replaces the lexicon's
MODEL_RESUB = 0.75  # sub-type probability over which the model's sub-type replaces the lexicon's
MODEL_RESCUE = 0.6  # event probability over which a sentence with no live trigger is an event

_LESSER_ACTS = ("Looting/property destruction", "Arrests")  # what a killing told beside them outweighs
# An ally named in passing, right before its name (_ALLY_BEFORE) or as the phrase before a verb (_ALLY_PHRASE).
_ALLY_BY = r"(?<![a-z])(?:backed|supported|aided|assisted|helped) by"
_ALLY_WITH = r"(?<![a-z])(?:alongside|with the help of|allied (?:with|to))"
_ALLY_BEFORE = re.compile(_ALLY_BY + r" (?:allied |local |pro-government )?$|" + _ALLY_WITH + r" (?:allied |local )?$"
                          # Session 20: "the Congolese armed forces (FARDC) and allied Wazalendo militias".
                          r"|(?<![a-z])(?:and|with) (?:its |their |the )?allied $")
# Session 22: "Somali government forces and allied clan fighters retook the town": the allies too.
_ALLY_PHRASE = re.compile(r"(?:" + _ALLY_BY + "|" + _ALLY_WITH + r"|(?<![a-z])(?:and|with) (?:its |their |the )?allied)"
                          r"(?: [a-z'-]+){1,4} ?$")
_TERRITORY_SUB_TYPES = ("Government regains territory", "Non-state actor overtakes territory")
# ACLED codes a suicide bombing or an air or drone strike as Explosions/Remote violence whoever it
# kills: when the lexicon read one by its weapon, the model does not re-type it (ev108, "two suicide
# bombers struck a market", read as an attack on civilians at 0.74 by session 6's model).
_WEAPON_SUB_TYPES = ("Suicide bomb", "Air/drone strike")
# Read from words that say it whoever the victims (session 7: "armed men raped at least 20 women" was
# re-sub-typed an Attack at 0.78): ACLED codes any sexual violence, any chemical weapon, as such.
_PRECISE_SUB_TYPES = ("Sexual violence", "Chemical weapon", "Grenade")
_WORN_BOMB = re.compile(r"(?<![a-z])(?:suicide (?:bombers?|vests?|belts?)|blew (?:him|her|them)sel(?:f|ves) up"
                        r"|explosive (?:vests?|belts?)|strapped to (?:his|her|their) bod(?:y|ies))(?![a-z])")
# An abduction or disappearance told alone stays one ("his whereabouts remain unknown" was re-sub-typed
# an Attack at 0.88); with deaths, an assault or a burning beside it the model may still make it an
# attack or looting, as ACLED codes the graver act.
_ABDUCTION = "Abduction/forced disappearance"
_GRAVER = re.compile(r"(?<![a-z])(?:burn\w*|torch\w*|assault\w*|wound\w*|injur\w*|attack\w*|loot\w*|beat\w*|shot"
                     r"|kill\w*|raped?)(?![a-z])")
_DETENTION = re.compile(r"(?:arrested|detained|rounded up)(?![a-z])")
_SHELLING = "Shelling/artillery/missile attack"
_DISAPPEARED = re.compile(r"(?<![a-z])(?:(?:has|have|had) (?:not been (?:seen|heard from)|been missing) (?:ever )?since"
                          r"|(?:their|his|her) fate (?:is|remains) unknown|whereabouts (?:remain|remains"
                          r"|are|is) (?:still )?unknown|forcibly disappeared|enforced disappearance)(?![a-z])")
_EXCESSIVE = "Excessive force against protesters"
def _object_of_verb(heads: str, skip: str, end: str) -> re.Pattern[str]:
    """What right after a verb is its object, one of ``heads``: a determiner or count, up to three
    words that ``skip`` does not stop (a place or an agent is no object), then the head noun; never
    the agent of a passive ("killed by gunmen")."""
    return re.compile(r"(?!\s+by )(?:\s+(?:a|an|the|two|three|four|five|several|some|\d+))?"
                      r"(?:\s+(?!" + skip + r")[\w'-]+){0,3}?\s+(?:" + heads + r")" + end)


# The armed object of an attack (session 10): "opened fire against a checkpoint", "ambushed a
# gendarmerie patrol", "killed a Dozo leader". ACLED codes an attack on armed men or their posts as a
# clash (of the training notes whose attack verb takes such an object, 868 are battles, 58
# violence against civilians), whatever its one-sidedness; a former soldier is a civilian.
_ARMED_OBJECT = _object_of_verb(
    r"checkpoints?|posts?|positions?|bases?|barracks|patrols?|soldiers?|troops|police(?:m[ae]n)?|officers?|gendarmes?"
    r"|gendarmerie|vdp|dozos?|militiamen|fighters|convoy|brigade|battalion|guards?|servicemen|personnel|forces",
    skip=r"(?:at|in|near|on|from|to|with|by|outside|inside|and|while|as|former|retired|of)\s|ex-", end=r"(?![a-z'’])")
# The civilian object of a generic attack word (session 10): "attacked Wad al-Noura village",
# "raided a market", "attacked worshippers". ACLED codes it violence against civilians (of the
# training notes whose attack verb takes such an object, 535 are, 161 battles); the model read the
# fighters and typed a clash.
_CIVILIAN_OBJECT = _object_of_verb(
    r"villages?|hamlets?|markets?|mosques?|church(?:es)?|schools?|displacement camps?|idp camps?|civilians|villagers"
    r"|worshippers|passengers|bus(?:es)?|travell?ers|traders|residents|families|homes|houses",
    skip=r"(?:at|in|near|on|from|to|with|by|outside|inside|and|while|as)\s", end=r"(?![a-z])")
# Armed men who defended the place or fought back make the attack a clash whatever was attacked.
_DEFENDED = re.compile(r"(?<![a-z])(?:self-defen[cs]e|militia\w*|dozos?|vdp|volunteers|escort\w*|soldiers|troops|police"
                       r"|gendarm\w*|guards?|repelled|repulsed|fought back|responded|clash\w*|exchanged? (?:of )?fire)(?![a-z])")
_SAID_AFTER = re.compile(r" (?:said|say|says|told|reported)(?![a-z])")  # "..., police said": a source, not a defender
_REMOTE_WEAPON = re.compile(r"(?<![a-z])(?:shell\w*|bomb\w*|air ?strikes?|airstrikes?|rockets?|missiles?|mortars?|drones?"
                            r"|artillery|explosi\w*|ieds?|mines?|landmines?|grenades?)(?![a-z])")
# An attempt at a takeover is the fighting, not a change of hands (session 10).
_ATTEMPT_BEFORE = re.compile(r"(?<![a-z])(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|fail(?:s|ed)?|s(?:ought|eeks?|eeking)"
                             r"|bid|push(?:es|ed|ing)?) to $")
_RIOT_UNIT = re.compile(r" (?:police|gear|squads?|control|units?|officers|troops|shields?)(?![a-z])")
# "Marwa area of Pashtun Zarghun district", "'Jankali' area of Tagab district", "Zinokhel of Nadir
# Shah Kot district": what lies between the area's name and the district's (session 10).
_AREA_OF = re.compile(r"['’\"]?\s+(?:(?:area|village|locality|valley|neighbou?rhood|region)\s+)?of\s+(?:the\s+)?")
_DISTRICT_AFTER = re.compile(r"\s+district(?![a-z])", re.IGNORECASE)
# A report's dated lead: "On 16 October 2021,", "Around 3 July 2020 (between 3 - 4 July),",
# "As reported on 2 March 2020,", "14 February 2020." (ACLED's notes and dated chronologies).
_DATED_LEAD = re.compile(r"\s*(?:(?:on|around|about|as reported on|reported on|as of|overnight on|between)\s+)?"
                         r"(?:the )?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\b"
                         r"|\s*(?:On|Around)\s+[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b", re.IGNORECASE)
_BE_HEDGES = frozenset(("could", "may", "might", "would", "will"))
_IDENTITY_AFTER = re.compile(r" be (?![a-z]+ing\b)(?!able\b)")  # "could be ISWAP", not "could be planning"
_WHO_AFTER = re.compile(r" be (?:an? |the )?(?!held\b)(?![a-z]+(?:ing|ed|en)\b)(?!able\b)[a-z]")  # "likely to be Papuans", not "likely to be held"
# Session 17: a killing said in words the lexicon does not hold, whatever illness the sentence names
# ("policemen beat a citizen to death ... for breaking a coronavirus curfew"): the model reads it.
_BEATEN_TO_DEATH = re.compile(r"(?<![a-z])(?:beat(?:en|ing)?|hack(?:ed|ing)?|ston(?:ed|ing)|club(?:bed|bing)|lynch(?:ed|ing)?)"
                              r" (?:[a-z]+ ){0,4}?to death")
# Session 17: a modal inside a "while they were ..." clause tells what the victims were doing.
_CIRCUMSTANCE_BEFORE = re.compile(r"(?<![a-z])(?:while|as|when) (?:[a-z]+ ){1,3}(?:was|were) $")
_COMMENTARY = re.compile(r"\s*(?:(?:analysis|opinion|commentary|editorial|explainer|factbox|fact box|q&a|obituary|review"
                         r"|column|op-ed|perspective)\s*[-–—:|]"
                         # Session 19: an explainer told by its title ("What we know about the conflict in Manipur").
                         r"|(?:what we know|what to know|everything you need to know|explained)\b)", re.IGNORECASE)
_FORCE_NAMED = re.compile(r"(?<![a-z])(?:police|policemen|security forces|soldiers|troops|gendarmes|army|authorities"
                          r"|riot police|forces)(?![a-z])")
# What demonstrators do that makes their demonstration violent (session 14, ACLED's codebook: of the
# training notes with demonstrators before one of these verbs, 162 of 197 are riots); never in the
# passive ("protesters were attacked").
_CROWD_VIOLENCE = re.compile(r"(?<![a-z])(?<!were )(?<!was )(?<!been )(?<!being )(?<!be )"
                             r"(?:attacked|assaulted|ransacked|looted|pelted|pelting|vandali[sz](?:ed|ing)|damaged"
                             r"|set ablaze|torched|(?:hurl(?:ed|ing)|throwing|threw) (?:[\w-]+ ){0,2}?(?:stones|rocks"
                             r"|bricks|bottles|missiles|projectiles|fireworks|firecrackers|petrol|molotov|crude bombs"
                             r"|cocktail bombs|explosives|grenades))(?![a-z])(?! by )")
_DEMONSTRATING_CROWD = re.compile(r"(?<![a-z])(?:crowds?|people|residents|students|youths|workers|farmers|villagers"
                                  r"|supporters|traders|members) (?:[\w-]+ ){0,3}?(?:demonstrated|protested|marched"
                                  r"|rallied)(?![a-z])")
_OTHER_CLAUSE = re.compile(r"(?<![a-z])(?:after|when|where|wherein|while|because|since|following|before|which|whose"
                           r"|in which|during which|incident)(?![a-z])|\. ")
_RECALLED = re.compile(r"(?<![a-z])(?:where|wherein|in which|during which|incident)(?![a-z])")
_MASS_GRAVE = re.compile(r"(?<![a-z])(?:mass (?:graves?|burial)|exhum\w*|clandestine (?:graves?|burial|cemeter))(?![a-z])")
_DEFUSED = ("defus", "disarm", "deactivat", "dismantl", "safely", "controlled")
_MOB_OF_FORCES = re.compile(r" of (?:[a-z]+ )?(?:soldiers|troops|policemen|police officers|police|militiamen|fighters"
                            r"|gendarmes|security forces)(?![a-z])")
# A death that is what the protest is about ("in protest at the killing of a local leader"), not force used on it.
_PROTEST_TOPIC = re.compile(r"(?<![a-z])(?:at|over|against|about|denouncing|condemning|protesting|mourn\w*)"
                            r" (?:the |a |an |his |her |their )?(?:recent |alleged |brutal |police |apparent )?$")
# Lethal force said to be aimed at the protesters themselves ("shot dead two people protesting").
_FIRED_ON_PROTESTERS = re.compile(r"(?<![a-z])(?:shot dead|shot and killed|shot|killed|killing|open(?:ed)? fire on"
                                  r"|fired (?:on|at|into)|live (?:ammunition|rounds|bullets) (?:at|on|against))"
                                  r" (?:[#\w-]+ ){0,3}?(?:(?:at|during) (?:a|the) (?:[\w-]+ )?(?:rally|protest|demonstration"
                                  r"|march|sit-in)|protesters|protestors|demonstrators|marchers"
                                  # Session 10: "opened fire on a peaceful anti-coup march".
                                  r"|march(?:es)?|rall(?:y|ies)|demonstrations?|sit-ins?|protests?|processions?"
                                  r"|" + news_context.PROTESTING_CROWD + r")(?![a-z])")
# Non-state groups named "army" ("the Arakan Army"): not the state's army when the taker is read.
_NONSTATE_ARMY = re.compile(r"(?:arakan|kachin independence|karen national liberation|free syrian|liberation|independence"
                            r"|revolutionary|resistance|mahdi|ta'ang national liberation|national democratic alliance"
                            r"|salvation|people's defen[cs]e|peoples defen[cs]e|red) army")
_GROUP_CHANGES = ("Change to group/activity", "Headquarters or base established")
_FOUGHT = re.compile(r"(?<![a-z])(?:clash\w*|fight\w*|fought|battl\w*|gunfights?|firefights?|exchanged fire)(?![a-z])")
_HARMED = re.compile(r"(?<![a-z])(?:tortur\w*|died|dead|death|abus\w*|disappear\w*|whereabouts)(?![a-z])")
_LAUNCHED = re.compile(r"(?<![a-z])(?:fired|fires|firing|launched|launches|launching|lobbed|lobbing"
                       r"|(?:retaliated|responded|hit back|struck back) with)"
                       r" (?:[\w-]+ ){0,4}?(?:rockets?|missiles?|mortars?(?: rounds| shells)?|shells|artillery"
                       r"|barrages?|salvos?|projectiles)(?![a-z])")
# Arabic events of these types are proposed only when the Arabic gate reads them as reported.
_GATED_TYPES = (BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS)

_FEATURE_SCORE = {"area": 3.0, "city": 3.0, "admin2": 2.5, "admin1": 2.0, "country": 1.0, "continent": 0.0}
_AR_LOCATIVE = re.compile(fold_pattern(
    r"(?:في|على|قرب|داخل|نحو|إلى|من|منطقة|مدينة|بلدة|قرية|مخيم|حي|ريف|محافظة|ولاية|شمال|جنوب|شرق|غرب|شمالي"
    r"|جنوبي|شرقي|غربي|محيط|ضواحي|أطراف|مشارف|بلدات|قرى|مدن|مناطق|بين|عند|استهدف|استهدفت|قصفت|قصف|هاجم"
    r"|هاجمت|اقتحمت|اقتحم)\s*[\"'«(]?$"))
# "in Niger's Tillaberi region": a place after a possessive place is the finer, located one.
_EN_LOCATIVE = re.compile(r"(?:(?:in|at|near|on|outside|into|around|across|of|towards?|from|through|between|and"
                          r"|hit|struck|targeted|shelled|bombed|attacked|raided|stormed|captured|seized)"
                          r"\s+(?:the\s+)?(?:(?:city|town|village|province|region|district|camp|state|governorate)"
                          r"\s+of\s+)?[\"']?|'s\s+)$")
_AR_NEAR = re.compile(fold_pattern(
    r"(?:(?:شمال|جنوب|شرق|غرب)(?:\s*(?:ال)?(?:شرق|غرب)(?:ي)?)?(?:ي)?|قرب|بالقرب من|محيط|ضواحي|أطراف|مشارف"
    r"|ريف|على بعد\s+\S+\s+\S+\s+(?:\S+\s+)?من|غربي|شرقي|شمالي|جنوبي)\s*(?:ال)?(?:مدينة|بلدة|قرية|منطقة)?\s*$"))
_EN_NEAR = re.compile(r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+of)?|near|outside|"
                      r"(?:on\s+)?the\s+outskirts\s+of|close\s+to|around|km\s+(?:\([^)]*\)\s+)?(?:[a-z-]+\s+)?"
                      r"(?:of|from)|kilometres\s+(?:[a-z-]+\s+)?(?:of|from)|countryside)\s+(?:the\s+)?"
                      r"(?:(?:city|town|village)\s+of\s+)?$")
_AR_SPEAKER_BEFORE = re.compile(fold_pattern(
    r"(?:قالت|قال|أعلنت|أعلن|أكدت|أكد|نفت|تنفي|ينفي|نفى|اتهمت|تتهم|دعت|ترفض|رفضت|طالبت|تمارس|حذرت|أدانت|تدين"
    r"|رحبت|ترحب|وصفت|اعتبرت|تعتبر|تؤكد|هددت|تهدد|أعربت|عبرت|ذكرت|أفادت|أوردت)\s*$"))
_EN_SPEAKER_AFTER = re.compile(r"^(?:'s?\s+(?:[a-z]+\s+){0,2})?\s*(?:has\s+|had\s+)?(?:said|says|denied|denies|"
                               r"announced|condemned|accused|claimed|stated|warned|called|urged|rejected|welcomed|"
                               r"insisted|blamed|dismissed)")
_EN_SPEAKER_BEFORE = re.compile(r"(?:according to|officials in|spokesman in|told reporters in)\s+$")
# "استضافت برلين", "العاصمة العمانية مسقط", "hosted by Doha": the host city is the talks' venue.
_HOST_BEFORE = re.compile(fold_pattern(r"(?:استضافت|تستضيف|يستضيف|استضاف|(?:ال)?عاصمة(?:\s+\S+)?|hosted by|host city"
                                       r"|capital,?)\s*$"))
# The subject of a territory verb when no listed actor stands before it: the last generic armed noun.
_GENERIC_SUBJECT = re.compile(r"(?<![a-z])(?:(?P<nonstate>rebels|militants|insurgents|jihadists|fighters|militiamen|militias|gunmen"
                              r"|separatists|guerrillas|bandits|extremists|islamists|armed groups|armed men|gangs"
                              r"|gang members)|(?P<state>soldiers|troops|army"
                              r"|government forces|security forces|police"
                              # Session 10: "Mozambican and Rwandan forces have retaken the town".
                              r"|(?<!rebel )(?<!opposition )(?<!militia )(?<!insurgent )(?<!islamist )(?<!jihadist )"
                              r"(?<!separatist )(?<!paramilitary )(?<!support )(?<!allied )forces))(?![a-z])"
                              r"(?!.*(?:rebels|militants|insurgents"
                              r"|jihadists|fighters|militiamen|militias|gunmen|separatists|guerrillas|bandits|extremists"
                              r"|islamists|armed groups|armed men|gangs|gang members|soldiers|troops|army|government forces|security forces|police)(?![a-z]))")
_RE_TERRITORY = re.compile(fold_pattern(r"(?:استعاد|حرر|تحرير|استعادة|" + EN_RETAKING + r")"))
# How far after a territory word the kind of place taken may stand: "overrun a Border Guard Police
# battalion headquarters" (session 22: at 40 characters such a headquarters was out of reach).
TAKEN_OBJECT_REACH = 60
_TOWN_WORD = re.compile(r"(?:town|city|village|capital|district|base|airport|hill|province|stronghold|crossing|garrison)")
# A post or base named right after the verb ("captured a junta outpost").
_TAKEN_POST = re.compile(r"\s+(?:an? |the |its |their )?(?:[\w-]+ ){0,2}?(?:outposts?|posts?|bases?|barracks|camps?"
                         r"|checkpoints?|garrisons?|headquarters|airports?|airfields?|towns?|villages?|cities)(?![a-z])")
# Taken with no fight (session 8): "entered the town unopposed".
_UNOPPOSED = re.compile(r"(?<![a-z])(?:unopposed|without (?:a fight|resistance|firing a shot|any resistance)"
                        # Session 14: "without facing any armed response or clashes", "encountered no
                        # resistance" (training notes saying so: 6 of 7 non-violent transfers).
                        r"|without (?:facing|encountering|meeting) (?:any |a )?(?:armed )?(?:resistance|response"
                        r"|opposition|clashes|fighting)|(?:encountered|met|faced|facing) (?:no|little) (?:armed )?"
                        r"(?:resistance|opposition))(?![a-z])")
_FROM_BEFORE = re.compile(r"(?:from|out of|expelling|expelled|ousting|ousted|driving out|drove out|of)\s+(?:the\s+)?$")


def extract_events(doc: Document, published: date | None = None,
                   actors: ActorList | None = None, use_model: bool = True,
                   gazetteer: PlaceLookup | None = None) -> list[dict]:
    """Find the events in ``doc``, set ``is_event_location`` on every mention, return event dicts.

    ``published`` anchors relative days ("الإثنين" in a Tuesday story is the day before) and is
    the date of events the sentence does not date; without it, such events have no date.
    The dicts carry the keys the store and dashboard share (see the event interface).
    English text is also read by the learned model, and Arabic violent and protest events by the
    Arabic gate, unless ``use_model`` is False (or the weights are missing): then only the lexicon
    decides. With the ``gazetteer``, an English event's place resolved far from the district or
    province the sentence names is read again near them (:func:`geo.events.places.reread_homonyms`).
    """
    published = _report_date(doc.text, _as_date(published))
    actors = actors or default_actors()
    lang = doc.lang if doc.lang in ("ar", "en") else _guess_lang(doc.text)
    lex = lexicon(lang)
    model = default_model() if use_model and lang == "en" else None
    ar_gate = default_arabic_model() if use_model and lang == "ar" else None
    events: list[dict] = []
    chosen: set[int] = set()
    mentions = sorted(range(len(doc.mentions)), key=lambda i: doc.mentions[i].start)
    doc_country = _single_country(doc)
    for start, end, folded, index, hits in _trigger_sentences(doc.text, lex, model):
        if gazetteer is not None and lang == "en":
            reread_homonyms(doc.text, [i for i, _ in _mentions_between(doc, mentions, start, end)], doc.mentions,
                            gazetteer)
        event = _sentence_event(doc, start, end, doc.text[start:end], folded, index, hits, lex, lang,
                                published, actors, mentions, model, gazetteer)
        if event is None:
            continue
        if ar_gate is not None:
            confidence = _arabic_gate(ar_gate, doc, event, mentions)
            if confidence is None:
                continue
            event["confidence"] = confidence
        if event["fatalities"] is None:
            event["fatalities"] = _next_sentence_toll(doc.text, end, lang)
        if needs_refining(event["excerpt"], event["actor1"]):
            excerpt = fold(event["excerpt"])
            event["actor1"], event["actor2"] = refine_actors(excerpt, actors.find(excerpt), event["actor1"],
                                                             event["actor2"], event["type"] in (PROTESTS, RIOTS))
        country = event["country_code"] or doc_country
        event["actor1"] = acled_actor(event["actor1"], country)
        event["actor2"] = acled_actor(event["actor2"], country)
        if event["mention_index"] is not None:
            chosen.add(event["mention_index"])
        events.append(event)
    for i, mention in enumerate(doc.mentions):
        mention.is_event_location = i in chosen
    if lang == "en":
        events = merge_episodes(doc.text, events)
        answered_attacks(doc.text, events)
        met_with_force(doc.text, events)
        _later_sentence_tolls(doc.text, events)
    _no_deaths_in_peaceful_protests(events)
    if lang == "en":
        _read_coded_tolls(doc.text, events)
    events = _merge_duplicates(events)
    if lang == "ar":
        events = _long_article_news(doc.text, events, published)
    if lang == "en":
        if events and _sport_story(doc.text):
            # A match report's later sentences speak its language ("My boys fought like soldiers
            # tonight," the coach said): only fans, police or weapons make them an event (session 11).
            events = [e for e in events if news_context.sport_violence(fold(e["excerpt"]))]
        events = _news_below_quiet_lead(doc.text, events, published)
        if _COMMENTARY.match(doc.text):
            # An analysis or an opinion piece reports no event unless a sentence dates its own (session 10:
            # "ANALYSIS - Drones have transformed the war in Ukraine ...").
            events = [e for e in events if date_in_sentence(e["excerpt"], None) is not None]
        _lead_first(events, doc.text, published)
    return events


LEAD_MIN_SENTENCES = 3  # an article, not a report's note and its toll


def _news_below_quiet_lead(text: str, events: list[dict], published: date | None) -> list[dict]:
    """An article whose lead reports no event is about something else (a trial, a commemoration, a
    test, talks, an appeal): the violence told below it is background unless a sentence dates its own
    ("on Sunday", "yesterday"; session 18: set O's articles with no new event)."""
    spans = _spans_below_a_quiet_first_sentence(text, events)
    if len(spans) < LEAD_MIN_SENTENCES:
        return events
    if len(spans) < LONG_ARTICLE_SENTENCES and not _QUIET_LEAD.search(fold(text[spans[0][0]:spans[0][1]])):
        return events  # a lead the step could not read, but that may well tell the news
    # Session 20: near the top of a long article, news told with no day (the present perfect on a
    # source's word) stays; a short one's lead names what it is about (a sanction, an appeal).
    near_top = spans[TOLD_AS_NEWS_SENTENCES - 1][1] if len(spans) >= LONG_ARTICLE_SENTENCES else 0
    return [e for e in events if recent_day(e["excerpt"], published)
            or (e["start"] < near_top and told_as_news(e["excerpt"]))
            or timed_by_the_sentence_before(text, e["start"], e["excerpt"], published)]


def _long_article_news(text: str, events: list[dict], published: date | None) -> list[dict]:
    """An Arabic article of LONG_ARTICLE_SENTENCES or more whose first sentence is no event keeps an
    event below it only when its sentence dates its own day within a week ("أمس", "الأحد", "فجر
    اليوم"): the English rule of session 19 without its English cues (session 20)."""
    if published is None or len(_spans_below_a_quiet_first_sentence(text, events)) < LONG_ARTICLE_SENTENCES:
        return events
    return [e for e in events if recent_day(e["excerpt"], published)]


def _spans_below_a_quiet_first_sentence(text: str, events: list[dict]) -> list[tuple[int, int]]:
    """The text's sentence spans when it has events and none is told in its first sentence; else none."""
    lead = first_sentence(text)
    if not events or lead is None or any(e["start"] < lead[1] for e in events):
        return []
    return split_sentences(text)


# Session 19: a long article (explainers, profiles, features, reports: sets Q and R) whose lead is no
# event retells its violence as background; its news below the lead dates its day.
LONG_ARTICLE_SENTENCES = 8


# What a lead with no event is about when it is no news of violence: a trial, a commemoration, a funeral,
# talks, a test or a drill, sanctions, an appeal, a report. (Not a warning or a visit: "The UN warned
# on Monday ... Gunmen killed 20 villagers" can lead into the news.)
_QUIET_LEAD = re.compile(r"(?<![a-z])(?:trials?|court|tribunal|sentenced|convicted|anniversary|to mark|commemorat\w*"
                         r"|memorial|funerals?|talks|negotiations|summit|test-?fir\w*|tested|exercises?|drills?|parade"
                         r"|sanctions?|embargo|appeal\w*|report (?:released|published|issued|shared)|in a (?:[\w-]+ ){0,2}report"
                         # Session 19: "according to the UN secretary-general's annual report".
                         r"|(?:annual|new|latest|monthly|quarterly|yearly) report|according to (?:an? |the |its |their )(?:[\w'-]+ ){0,4}report)(?![a-z])")


def _lead_first(events: list[dict], text: str, published: date | None) -> None:
    """An English article's first event is its news; the events told below it (earlier incidents,
    the war's course, a second incident) are no surer than the lead, so a reader or a scorer that
    takes the most confident event takes the lead (session 10: on set F's articles, whose background
    tells other violence, the most confident event had the lead's sub-type in 0.62 of the blind half,
    the first event in 0.80)."""
    if len(events) < 2:
        return
    lead = min(events, key=lambda e: e["start"])
    first = first_sentence(text)
    if first is not None and lead["start"] >= first[1]:
        # Session 19: the first sentence told no event; an event that dates its own recent day is
        # the news, not the first thing told ("many clinics had been looted ... RSF fighters raped
        # at least six women ... on Saturday").
        dated = [e for e in events if recent_day(e["excerpt"], published)] if published else []
        lead = min(dated, key=lambda e: e["start"]) if dated else lead
    ceiling = round(max(lead["confidence"] - LEAD_MARGIN, 0.05), 2)
    for event in events:
        if event is not lead and event["confidence"] > ceiling:
            event["confidence"] = ceiling


# ACLED's protests with no violence: a death makes a protest a riot or excessive force, so the
# deaths a protest sentence names are what it protests ("against the killing of a youth").
_PEACEFUL_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})


def _no_deaths_in_peaceful_protests(events: list[dict]) -> None:
    """A peaceful protest, or one that forces stopped, has no toll (ACLED's training pool: 0 of
    4,159 such records have fatalities; session 15)."""
    for event in events:
        if event["sub_type"] in _PEACEFUL_PROTESTS:
            event["fatalities"] = None


def _read_coded_tolls(text: str, events: list[dict]) -> None:
    """ACLED's own statement of a toll ("Total fatalities coded as 5") closes a report: it sets the
    toll of the report's first event, the first told after the previous such statement (see
    :func:`geo.events.tolls.coded_tolls`). Later sentences of the report ("3 attackers also died")
    are parts of that toll. The statement's own sentence, when read as an event of its own ("Fatalities
    coded as 2 (VoJ reported 7 fatalities)."), is dropped: it is bookkeeping, and merged into the report's
    event it would raise the coded toll to the other source's. A report with no coded toll that
    splits its toll across events ("Fatalities split across two events") gives its event a share."""
    previous = -1
    coded = coded_tolls(text)
    for pos, toll in coded:
        told = [e for e in events if previous < e["start"] <= pos]
        if told:
            first = min(told, key=lambda e: e["start"])
            first["fatalities"] = toll
            events[:] = [e for e in events if e is first or not e["start"] <= pos < e["end"]]
        previous = pos
    if coded:
        return
    for pos, parts in split_shares(text):  # "Fatalities split across two events": the report's share
        told = [e for e in events if e["start"] <= pos and e["fatalities"]]
        if told:
            first = min(told, key=lambda e: e["start"])
            first["fatalities"] = share(first["fatalities"], parts)


def _single_country(doc: Document) -> str | None:
    """The one country all the article's places lie in, if there is one (for unplaced events' actors)."""
    codes = {m.country_code for m in doc.mentions if m.country_code and m.feature != "continent"}
    return codes.pop() if len(codes) == 1 else None


def _later_sentence_tolls(text: str, events: list[dict]) -> None:
    """In a short report, an event whose own sentence and the next state no toll takes the first
    toll of the sentences after them, up to the next event ("... Military take control of the
    building. One person dead."): ACLED's notes tell one event, and its toll often closes it."""
    if len(text) > REPORT_CHARS:
        return
    starts = sorted(e["start"] for e in events)
    for event in events:
        if event["fatalities"] is not None:
            continue
        stop = next((s for s in starts if s > event["start"]), len(text))
        spans = split_sentences(text[event["end"]:stop])
        for a, b in spans[1:]:  # the next sentence was read already (_next_sentence_toll)
            sentence = text[event["end"] + a:event["end"] + b]
            if coded_tolls(sentence):
                break  # ACLED's bookkeeping: _read_coded_tolls reads it
            toll = find_fatalities_span(fold(sentence), "en", next_sentence=True)[0]
            if toll is not None:
                event["fatalities"] = toll
                break


def _next_sentence_toll(text: str, end: int, lang: str) -> int | None:
    """The toll stated in the sentence after an event's own, which stated none ("Gunmen attacked
    the village. Three people were killed.")."""
    window = text[end:end + NEXT_SENTENCE_CHARS]
    if not has_death_word(fold(window), lang):
        return None  # the usual case, decided without splitting sentences
    spans = split_sentences(window)
    if not spans:
        return None
    a, b = spans[0]
    if lang == "en" and coded_tolls(window[a:b]):
        return None  # ACLED's bookkeeping ("Unknown militant fatalities coded as 10"): _read_coded_tolls reads it
    return find_fatalities_span(fold(window[a:b]), lang, next_sentence=True)[0]


def _as_date(value: object) -> date | None:
    """The publication date from a date, datetime or ISO string; a bad value is a clear error."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"published must be a date or an ISO date string (yyyy-mm-dd), got {value!r}")


def _trigger_sentences(text: str, lex: Lexicon, model: EventModel | None = None):
    """Each sentence holding a trigger: (start, end, folded sentence, its index map or None, hits).

    The text is folded and scanned once; only sentences with hits are looked at further. With a
    model, a sentence holding none but a word the model ties to events comes too (with no hits).
    """
    folded_all = fold(text)
    hits_all = lex.scan(folded_all)
    if not hits_all and model is None:
        return
    dropped = dropped_positions(text) if len(folded_all) != len(text) else []
    k = 0
    for start, end in split_sentences(text):
        # Folded offset of an original one: minus the dropped characters before it.
        fs = start - bisect_left(dropped, start)
        fe = end - bisect_left(dropped, end)
        while k < len(hits_all) and hits_all[k].start < fs:
            k += 1
        hits = []
        j = k
        while j < len(hits_all) and hits_all[j].start < fe:
            h = hits_all[j]
            if h.end <= fe:
                hits.append(TriggerHit(h.start - fs, h.end - fs, h.trigger))
            j += 1
        if not hits and (model is None or not model.gated(folded_all[fs:fe])):
            continue
        if dropped and bisect_left(dropped, end) > bisect_left(dropped, start):
            folded, index = fold_with_map(text[start:end])
        else:
            folded, index = folded_all[fs:fe], None
        yield start, end, folded, index, hits


def _guess_lang(text: str) -> str:
    sample = text[:2000]
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in sample if "a" <= ch.lower() <= "z")
    return "ar" if arabic >= latin else "en"


def _live_hits(hits: list[TriggerHit], folded: str, lex: Lexicon) -> list[TriggerHit]:
    """Triggers left after removing those inside "stop the fighting" phrases or after a denial,
    threat or plan."""
    cancels = [(m.start(), m.end()) for m in lex.cancel_re.finditer(folded)]
    # "a group of PMKRI members (likely to be Papuans) peacefully protested": a hedge on who they
    # are, not on what they did (session 19; _hedged reads "could be ISWAP" the same way).
    modals = [(m.start(), m.end()) for m in lex.modal_re.finditer(folded)
              if not (m.group() == "likely to" and _WHO_AFTER.match(folded, m.end()))]
    live = []
    for hit in hits:
        if hit.trigger.talks:
            if _talks_reported(hit, folded, lex):
                live.append(hit)
            continue
        if any(a <= hit.start and hit.end <= b for a, b in cancels):
            continue
        if any(hit.start - MODAL_WINDOW <= a and b <= hit.start for a, b in modals):
            continue
        if lex.negated_re.search(folded, max(0, hit.start - NEGATION_WINDOW), hit.start):
            continue
        live.append(hit)
    return live


# Not "after which": what follows it happened next, in the same clause's story (session 22: "a vehicle
# packed with explosives was driven into the gate, after which fighters tried to overrun the compound").
_AFTER = re.compile(r"(?<![a-z])after(?![a-z])(?! which)(?! that)")
_ONGOING_BEFORE = re.compile(r"(?<![a-z])(?:who|which|that) (?:have|has|had) (?:long )?been $")


def _main_clause(live: list[TriggerHit], folded: str) -> list[TriggerHit]:
    """The triggers before "after" when the main clause holds one that is not a bare death word
    (session 8): "seized control of Mirebalais after attacking its prison" is the takeover,
    "clashed with police and torched vehicles after a student was killed" the riot."""
    if len(live) >= 2:
        # Session 22: "brokered a truce between rival clan militias who have been fighting over
        # grazing land": what the parties have long been doing describes them; the truce is the news.
        ongoing = [h for h in live if _ONGOING_BEFORE.search(folded, max(0, h.start - 30), h.start)]
        if ongoing and len(ongoing) < len(live) and min(h.start for h in live if h not in ongoing) < min(
                h.start for h in ongoing):
            live = [h for h in live if h not in ongoing]
    m = _AFTER.search(folded)
    if m is None or len(live) < 2:
        return live
    main = [h for h in live if h.end <= m.start()]
    if len(main) == len(live) or not any(h.trigger.sub_type != KILLING for h in main):
        return live
    return main


def _talks_reported(hit: TriggerHit, folded: str, lex: Lexicon) -> bool:
    """Whether talks are reported as held, arranged, resumed or called for (not denied, refused,
    collapsed, or merely commented on): an action cue in the sentence and no denial before them."""
    if lex.negated_re.search(folded, max(0, hit.start - NEGATION_WINDOW), hit.start):
        return False
    if lex.talk_deny_re.search(folded, max(0, hit.start - MODAL_WINDOW), hit.start):
        return False
    if lex.talk_deny_re.match(folded, hit.end + 1, hit.end + 12):
        return False  # "peace talks could only begin once ..." (session 8)
    return lex.talk_action_re.search(folded) is not None


def _sentence_event(doc: Document, start: int, end: int, sentence: str, folded: str,
                    index: list[int] | None, hits: list[TriggerHit], lex: Lexicon, lang: str,
                    published: date | None, actors: ActorList, mentions: list[int],
                    model: EventModel | None = None, gazetteer: PlaceLookup | None = None) -> dict | None:
    prediction = None
    if not hits:  # a sentence the gate let through: only the model can make it an event
        if model is None or _hedged(folded, lex):
            return None
        prediction = model.predict_above(sentence, MODEL_RESCUE)
        if prediction is None:
            return None
    actor_hits = actors.find(folded)
    armed_actor = any(h.actor.kind in ARMED_KINDS and not h.actor.id.endswith("police") for h in actor_hits)
    if prediction is not None and lang == "en" and news_context.rescue_blocked(folded, prediction.type, armed_actor):
        return None  # sport, drills, ordinary crime, a summit: no event whatever the model reads
    # "تحرير" in "هيئة تحرير الشام" is part of a name, not a territory change.
    live = [h for h in _live_hits(hits, folded, lex)
            if not (h.trigger.sub_type == TERRITORY
                    and any(a.start <= h.start and h.end <= a.end for a in actor_hits))]
    if lang == "en" and live and published is not None:
        dated = [h.start for h in live
                 if dated_as_past(folded, h.start, published) or dated_after(folded, h.end, published)]
        if dated:
            # "for his role in the 2014 massacre", "the 2022 massacre at the camp, where more than 60
            # people were killed": an event told before, named by its date, and what the sentence says of it.
            live = [h for h in live if h.start < min(dated)]
            if not live:
                return None
    if lang == "en" and live and told_before(doc.text, start, folded, live):
        return None  # "No group claimed that attack": below the lead, the event already told
    if lang == "en" and live:
        live, rescuable = news_context.drop_hits(live, folded, armed_actor)
        if rescuable and model is not None and not _hedged(folded, lex):
            # Only the charge against someone was a trigger: read the sentence as one with none.
            prediction = model.predict_above(sentence, MODEL_RESCUE)
            if prediction is None or news_context.rescue_blocked(folded, prediction.type, armed_actor):
                return None
            hits = []
    if not live and hits:
        return None  # cancelled triggers stay cancelled; the model rescues only sentences with none
    own_day = date_in_sentence(sentence, published)  # read once: background, summary tolls and the event's date
    lead = _opens(doc.text, start)
    told_day, past = own_day, False
    if own_day is None and lang == "en" and not lead:
        told_day, past = pointed_back_to_the_past(doc.text, start, folded, published)
    if past:
        return None  # "Weeks later, a truck bomb ... killed 22", after a sentence dated August 2003
    if published is not None and is_background(sentence, published, told_day, lead=lead, english=lang == "en"):
        return None  # background: "when NATO struck in 2011"
    live = _main_clause(live, folded)
    best = max(live, key=lambda h: (h.trigger.rank, -h.start)) if live else None
    if best is not None and best.trigger.sub_type in _LESSER_ACTS:
        # People killed as well: the killing is the event, not the looting or the arrests told with it
        # (session 14: of the training notes telling both, 4 of 261 are lootings, none of 260 arrests).
        killings = [h for h in live if h.trigger.sub_type == KILLING and h.trigger.rank > WEAK_KILLING_RANK]
        best = max(killings, key=lambda h: (h.trigger.rank, -h.start)) if killings else best
    if best is not None and best.trigger.sub_type == KILLING and not _violent_death(best, folded, lex):
        # "died", "death" with no violence word the lexicon knows: the model may still read
        # "hacked to death" or "beat a man to death", unless an accident or disease is named.
        if model is None or (lex.nonviolent_re.search(folded) and not _BEATEN_TO_DEATH.search(folded)):
            return None
        best = None
        prediction = prediction or model.predict_above(sentence, MODEL_RESCUE)
        if prediction is None or prediction.is_event_prob < MODEL_RESCUE:
            return None
        if lang == "en" and news_context.rescue_blocked(folded, prediction.type, armed_actor):
            return None
    actor_hits = _subject_first(actor_hits, best.start if best else 0)
    fatalities, fatal_span = find_fatalities_span(folded, lang)
    if fatalities is not None and fatalities >= SUMMARY_TOLL and own_day is None:
        return None  # "More than 800,000 people were killed in 100 days": a war's or a genocide's toll (session 10)
    type_ = sub_type = None
    if best is not None:
        victims = folded[fatal_span[0]:fatal_span[1] + VICTIM_WINDOW] if fatal_span else ""
        if best.trigger.sub_type == KILLING:  # "opened fire on <victims>", "أطلقوا النار على <victims>"
            if folded.startswith(" by ", best.end):
                # Passive (session 10): "a radio broadcaster was shot dead by gunmen": the victim comes first.
                victims += " " + folded[max(0, best.start - VICTIM_WINDOW):best.start]
            else:
                victims += " " + folded[best.end:best.end + VICTIM_WINDOW]
        type_, sub_type = _classify(best, folded, lex, actor_hits, fatalities, victims)
    armed_object = (lang == "en" and best is not None and best.trigger.sub_type in ("Attack", KILLING)
                    and type_ in (VAC, BATTLES) and sub_type in ("Attack", "Armed clash")
                    and _ARMED_OBJECT.match(folded, best.end) is not None
                    and not (best.trigger.sub_type == KILLING and _REMOTE_WEAPON.search(folded)))
    if armed_object:
        type_, sub_type = BATTLES, "Armed clash"
    civilian_object = (lang == "en" and not armed_object and best is not None and best.trigger.rank <= GENERIC_RANK
                       and best.trigger.type in (BATTLES, VAC) and best.trigger.sub_type != KILLING
                       and folded[best.start:best.end].endswith(("ed", "ing"))  # a verb and its object, not "an attack"
                       and _CIVILIAN_OBJECT.match(folded, best.end) is not None
                       and not any(not _SAID_AFTER.match(folded, m.end()) for m in _DEFENDED.finditer(folded, best.end)))
    if civilian_object:
        type_, sub_type = VAC, "Attack"
    # Talks and agreements to stop fighting keep the lexicon's reading: the notes hold too few of
    # them for the model to judge (it vetoed "The warring parties signed a ceasefire agreement in
    # Jeddah"). A merger or a wage deal is still the model's to veto.
    kept = best is not None and (best.trigger.talks or (best.trigger.sub_type == AGREEMENT
                                                       and (_WAR_AGREEMENT.search(folded) is not None
                                                            # Session 19: a deal with an armed party
                                                            # ("between the Government and Ansar Allah
                                                            # to reopen the main road").
                                                            or armed_actor))
                                 # An armed group's own change said in words (session 8): "the Wagner
                                 # Group announced it was leaving Mali" (the notes hold few such).
                                 or (best.trigger.sub_type in _GROUP_CHANGES and armed_actor)
                                 # A post or town named as taken by a named armed group ("the RSF said it had
                                 # seized the headquarters of the army's division"): the model's veto was wrong.
                                 or (best.trigger.sub_type == TERRITORY and armed_actor
                                     and _TAKEN_POST.match(folded, best.end) is not None
                                     and not news_context.adjective_slot_before(folded, best.start))
                                 # A disappearance said in words ("has not been seen since").
                                 or (best.trigger.sub_type == _ABDUCTION and _DISAPPEARED.search(folded) is not None)
                                 # Session 18: a crowd said to have stormed or burned ("Protesters stormed
                                 # Kenya's parliament and set part of it ablaze"): the model read the vote
                                 # the crowd was angry about and vetoed it.
                                 or (best.trigger.type == RIOTS and best.trigger.rank == CROWD_DESTRUCTION_RANK
                                     and _protesters_rioted(folded, lex))
                                 # An armed group's handover said in words ("The SDF handed over positions
                                 # at the Tishrin dam to ..."): the model read the agreement behind it.
                                 or (best.trigger.sub_type == "Non-violent transfer of territory" and armed_actor
                                     and folded.startswith("hand", best.start)))
    if model is not None and not kept:
        prediction = prediction or model.predict(sentence)
        sole_abduction = (sub_type == _ABDUCTION and not fatalities
                          and all(h.trigger.sub_type in (_ABDUCTION, "Arrests", TERRITORY) for h in live)
                          and not _GRAVER.search(folded))
        # Session 8: an arrest said in words ("detained a former minister") and no violence; a
        # launch of rockets or missiles said in words ("fired a barrage of rockets at") stays
        # shelling: the model read both as attacks or clashes.
        sole_arrest = (sub_type == "Arrests" and best is not None and not fatalities
                       and _DETENTION.match(folded, best.start) is not None and not _GRAVER.search(folded)
                       and not _HARMED.search(folded)
                       and not news_context.PROTEST_WORDS.search(folded))
        # A town named as taken ("taken back the town of Lalibela") or entered unopposed stays a
        # territory change or transfer: the model reads the fighting around it (session 8).
        named_taken = (sub_type in _TERRITORY_SUB_TYPES and best is not None and best.trigger.sub_type == TERRITORY
                       and (_NAMED_AFTER.match(sentence, index[best.end - 1] + 1 if index else best.end) is not None
                            or _TOWN_WORD.search(folded, best.start, best.end) is not None
                            or _TAKEN_POST.match(folded, best.end) is not None)
                       and not news_context.adjective_slot_before(folded, best.start))
        unopposed = sub_type == "Non-violent transfer of territory" and _UNOPPOSED.search(folded) is not None
        # An attack the lexicon read on civilians by its words ("attacked a displacement camp",
        # "massacred", "executed") is not re-typed a clash (ACLED: violence against civilians).
        # A mass grave found is ACLED's Other, whatever killing it recalls (session 8).
        grave = (sub_type == "Other" and best is not None and best.trigger.sub_type == "Other"
                 and _MASS_GRAVE.search(folded) is not None)
        # A weapon defused, disarmed, intercepted or shot down: disrupted, not used (the model reads the bomb).
        disrupted = (sub_type == "Disrupted weapons use" and best is not None
                     and best.trigger.sub_type == "Disrupted weapons use" and best.trigger.rank >= 82
                     and folded.startswith(_DEFUSED, best.start))
        # A mob or a crowd said to kill or lynch is mob violence in ACLED's scheme, not an attack.
        mob = sub_type == "Mob violence" and best is not None and best.trigger.sub_type == "Mob violence"
        on_civilians = (type_ == VAC and sub_type == "Attack" and best is not None and best.trigger.type == VAC
                        and best.trigger.sub_type == "Attack" and prediction.type == BATTLES
                        and lex.civilians_re.search(folded, best.start) is not None
                        and lex.combatants_re.search(folded, best.start) is None)
        # The word "riot" itself ("a riot broke out as students protested"), not the riot police.
        rioted = (best is not None and sub_type == "Violent demonstration"
                  and ((best.trigger.type == RIOTS and folded.startswith("riot", best.start)
                        and not _RIOT_UNIT.match(folded, best.end))
                       # Demonstrators who stormed or burned before the police fired (session 10).
                       or ((best.trigger.type == VAC or best.trigger.sub_type == KILLING)
                           and _protesters_rioted(folded[:best.start], lex))))
        attempted = (best is not None and best.trigger.sub_type == TERRITORY and sub_type == "Armed clash"
                     and _attempted(folded, best))
        # A bomber who wore or carried the bomb said in words (session 13): the model read "wearing an
        # explosive vest detonated it" as a roadside bomb.
        worn = (sub_type == "Suicide bomb" and best is not None and best.trigger.sub_type == "Suicide bomb"
                and _WORN_BOMB.search(folded) is not None)
        launched = (sub_type == _SHELLING and _LAUNCHED.search(folded) is not None
                    and not _FOUGHT.search(folded))  # "forces clash ... launched GRAD missiles": a clash
        type_, sub_type = _with_model(prediction, type_, sub_type,
                                     weak=(best is not None and best.trigger.rank <= GENERIC_RANK
                                           and best.trigger.type in (BATTLES, VAC) and best.trigger.sub_type != KILLING),
                                     keep=sole_abduction or sole_arrest or launched or named_taken or unopposed
                                     or on_civilians or mob or disrupted or grave or armed_object or civilian_object or attempted or rioted
                                     or worn
                                     or (sub_type == _EXCESSIVE and _FIRED_ON_PROTESTERS.search(folded) is not None)
                                     # A demonstration the riot words made violent (barricades, burning
                                     # tyres, arson): ACLED's codebook, which the model reads as a protest.
                                     or (sub_type == "Violent demonstration" and best is not None
                                         and best.trigger.type == PROTESTS))
    if (lang == "en" and type_ == PROTESTS and (best is None or best.trigger.type != PROTESTS)
            and _protesters_rioted(folded, lex)):
        # Session 14: a protest the model read, whose demonstrators stormed, burned or stoned: a
        # violent demonstration, as when a protest word was the trigger (_classify read that case).
        type_, sub_type = RIOTS, "Violent demonstration"
    if lang == "en":
        type_, sub_type = news_context.news_sub_type(folded, type_, sub_type, armed_actor,
                                                      best.start if best is not None else None)
        if sub_type in _TERRITORY_SUB_TYPES and _UNOPPOSED.search(folded):
            # Session 22: "entered the town after the troops pulled out without a fight", read as a
            # takeover by the model: no fight, so a non-violent transfer, as _classify reads the lexicon's.
            type_, sub_type = STRATEGIC, "Non-violent transfer of territory"
        if type_ == EXPLOSIONS and sub_type in _DELIVERIES and _CHEMICAL_AGENT.search(folded):
            sub_type = "Chemical weapon"
    if type_ is None:
        return None
    if best is None:
        trigger_pos = start
    else:
        trigger_pos = start + (index[best.start] if index else best.start)
    # Actor names in original offsets: "Fano militiamen" names a militia, not the Italian town.
    actor_spans = [(start + (index[h.start] if index else h.start),
                    start + (index[h.end - 1] + 1 if index else h.end)) for h in actor_hits]
    if best is not None and best.trigger.talks:
        mention_index, precision = _pick_talks_place(doc, start, end, lang, mentions)
    else:
        mention_index, precision = _pick_place(doc, start, end, trigger_pos, lang, mentions, actor_spans, gazetteer)
    armed_named = any(h.actor.kind in ARMED_KINDS for h in actor_hits)
    sure = prediction is not None and prediction.is_event_prob >= MODEL_RESCUE
    rank = best.trigger.rank if best else 0
    if rank <= GENERIC_RANK and not sure and mention_index is None and not armed_named and not fatalities:
        return None  # "the attack", "انسحاب" with no place, armed actor or toll: commentary, not a report
    if (best is not None and best.trigger.sub_type == TERRITORY and sub_type in _TERRITORY_SUB_TYPES
            and mention_index is None and not _SETTLEMENT.search(folded, best.end, best.end + TAKEN_OBJECT_REACH)
            and not _TOWN_WORD.search(folded, best.start, best.end)
            and not (lang == "en" and (armed_named or lex.combatants_re.search(folded))
                     and _NAMED_AFTER.match(sentence, index[best.end - 1] + 1 if index else best.end))):
        # "سيطر تماما على المضمار": control of no place is no territory change. What the model is sure
        # the sentence tells stands instead (session 14: "Dozos seized a substantial amount of
        # livestock from a breeder" is looting; the seizing word read as a takeover was dropped whole).
        if not (lang == "en" and sure and prediction.type is not None
                and prediction.sub_type not in _TERRITORY_SUB_TYPES):
            return None
        type_, sub_type = prediction.type, prediction.sub_type
    if best is None and sub_type in _TERRITORY_SUB_TYPES and mention_index is None and not _SETTLEMENT.search(folded):
        return None  # the model's takeover of no place: "Rebels seized Mercedes trucks at the checkpoint"
    borrowed = False
    if mention_index is None and lang == "en" and not (best is not None and best.trigger.talks):
        mention_index, precision = _neighbour_place(doc, start, end, lang, mentions, gazetteer)
        borrowed = mention_index is not None
    when = own_day or published
    actor1, actor2 = _pick_actors(actor_hits, type_, folded, lex)
    mention = doc.mentions[mention_index] if mention_index is not None else None
    if prediction is not None:
        confidence = prediction.is_event_prob
    else:
        confidence = 0.35 + rank / 250 + (0.15 if mention else 0) + (0.1 if fatalities else 0)
    return {
        "type": type_,
        "sub_type": sub_type,
        "start": start,
        "end": end,
        "excerpt": sentence,
        "mention_index": mention_index,
        "location": (mention.name or mention.text) if mention else None,
        "lat": mention.lat if mention else None,
        "lon": mention.lon if mention else None,
        "country_code": mention.country_code if mention else None,
        "geo_precision": precision,
        "date": when.isoformat() if when else None,
        "fatalities": fatalities,
        "actor1": actor1,
        "actor2": actor2,
        "confidence": round(min(confidence, 0.95), 2),
        "_borrowed": borrowed,  # the place came from a neighbour sentence (read by _merge_duplicates)
    }


def _arabic_gate(gate: ArabicEventModel, doc: Document, event: dict, order: list[int]) -> float | None:
    """The confidence of an Arabic event once the gate (geo.events.arabic_model) has read it, or
    None when it is no report: "برنامج الصواريخ" or "منذ اغتيال الحريري" are mentions, not events.

    A violent or protest event needs its head's probability over the threshold (the probability is
    then its confidence), or, for violence, a precise lexicon reading (an air strike carried out;
    the lexicon's confidence stands). Strategic developments (talks, arrests, troop movements,
    territory handed over) and territory taken in battle are not gated: the judged sentences the
    gate learned from speak only of assaults and protests.
    """
    if event["type"] not in _GATED_TYPES or event["sub_type"] in _TERRITORY_SUB_TYPES:
        return event["confidence"]
    places = sum(1 for _ in _mentions_between(doc, order, event["start"], event["end"]))
    reading = gate.read(event["excerpt"], places)
    if event["type"] in (PROTESTS, RIOTS):
        return round(min(reading.protest, 0.95), 2) if reading.protest_ok else None
    if reading.assault_ok:
        return round(min(reading.assault, 0.95), 2)
    return event["confidence"] if precise_reading(event["excerpt"]) else None


def _sport_story(text: str) -> bool:
    """Whether the story's lead sentence is about a game (English)."""
    first = first_sentence(text)
    return first is not None and news_context.sport(fold(text[first[0]:first[1]]))


def _report_date(text: str, published: date | None) -> date | None:
    """The date a report is read against: its publication date, unless the text opens with a dated
    lead of an earlier year ("On 16 October 2021, gang members abducted ...", ACLED's notes and
    dated chronologies), which is then the report's own day. Background sentences in news do not
    open an article; without this, an old report given today's date lost its event to the
    background rule (session 10: a fifth of set E's notes)."""
    if published is None:
        return None
    lead = _DATED_LEAD.match(text)
    if lead is None:
        return published
    own = date_in_sentence(text[:lead.end() + 40], None)
    if own is not None and (published - own).days > BACKGROUND_DAYS:
        return own
    return published


def _opens(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` opens the text (the nearby characters first: a long
    article's later sentences are told apart without copying all that came before)."""
    return not text[max(0, start - 200):start].strip() and not text[:start].strip()


def _hedged(folded: str, lex: Lexicon) -> bool:
    """Whether a sentence with no trigger is a hedge, a plan or a denial (the model may not read it).

    A hedge on who did it is not one on what was done (session 10): "militants, could be ISWAP or
    Boko Haram, seized an ox", "threatened health workers and seized a motorbike", "set up
    checkpoints ... as they believe it will be a target" report their event."""
    for m in lex.modal_re.finditer(folded):
        word = m.group()
        if word in _BE_HEDGES and _IDENTITY_AFTER.match(folded, m.end()):
            continue
        if _CIRCUMSTANCE_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "beat three young men while they were trying to cross": what the victims did
        if word.startswith("threat") and not folded.startswith(" to ", m.end()):
            continue
        return True
    return False


# Session 18: a strike, shell or bomb whose agent the news tells by what it gave off rather than by
# name ("a barrel bomb giving off a chlorine smell", "canisters releasing a yellowish gas", "exposure
# to a toxic gas after a bombing") is ACLED's Chemical weapon. The strike must be read first: the
# agent alone is no event (a leak at a pesticide plant, a water plant's chlorine, the police's tear gas).
_DELIVERIES = ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade")
_CHEMICAL_AGENT = re.compile(
    r"(?<![a-z])(?:chlorine(?! (?:supplies|supply|tablets|stocks|shortages?|for|to purify|treatment|plant))"
    r"|(?:toxic|poison(?:ous)?|noxious|chemical|hazardous) (?:gas|agents?|substances?|chemicals)"
    r"|gas (?:grenades|munitions|canisters)"
    # Session 22: "grenades filled with CS gas on Ukrainian trenches ... symptoms of poisoning".
    r"|(?:grenades|munitions|shells|bombs|canisters) (?:filled|loaded|laced|packed) with (?:[a-z-]+ ){0,2}gas"
    r"|cs gas|chloropicrin|sarin|mustard gas|nerve agents?|symptoms of (?:chemical )?poisoning"
    r"|chemical weapons convention"
    r"|(?:yellow(?:ish)?|green(?:ish)?) (?:gas|smoke)"
    r"|(?:releasing|released|giving off|gave off|emitting|emitted) (?:an? )?(?!tear)(?:[a-z-]+ ){0,2}(?:gas|fumes)"
    # Session 19: people dead of suffocation after a strike ("died of suffocation ... after a gas
    # cylinder dropped from a helicopter").
    r"|(?:died|deaths?|killed) (?:of|from|by) (?:suffocation|asphyxia(?:tion)?)|suffocated)(?![a-z])")


def _with_model(p: Prediction, type_: str | None, sub_type: str | None,
                keep: bool = False, weak: bool = False) -> tuple[str | None, str | None]:
    """The event's type and sub-type once the model has read the sentence (English).

    The lexicon's reading (``type_``, ``sub_type``; None when no live trigger) stands unless the
    model finds no event likely (veto), is confident of another type or sub-type (re-type), or is
    confident of an event the lexicon missed (rescue). A territory change the lexicon read from
    who took it is not re-typed: the model confuses "seized the town" with "seized goods". With ``keep``
    (or a sub-type read from words that say it) the lexicon's sub-type stands unless the model vetoes.
    """
    if type_ is None:
        return (p.type, p.sub_type) if p.is_event_prob >= MODEL_RESCUE else (None, None)
    if p.is_event_prob < MODEL_VETO:
        return None, None
    if sub_type in _PRECISE_SUB_TYPES or keep:
        return type_, sub_type
    # A reading from a generic word of violence ("attacked", "raided": ``weak``) says little of who
    # was attacked: the model's type stands, learned from ACLED's whole reports (session 9: "gunmen
    # attacked the Dogon village of X" is an attack on civilians, not a clash).
    if (p.type != type_ and (weak or p.type_prob >= MODEL_RETYPE)
            and sub_type not in _TERRITORY_SUB_TYPES
            and sub_type not in _WEAPON_SUB_TYPES):
        return p.type, p.sub_type
    if p.type == type_ and p.sub_type != sub_type and p.sub_type_prob >= MODEL_RESUB:
        return type_, p.sub_type
    return type_, sub_type


def _violent_death(best: TriggerHit, folded: str, lex: Lexicon) -> bool:
    """Whether a sentence whose only trigger is a death word reports political violence.

    "Killed"/"مقتل" counts unless an accident, disaster or disease is named with no word of
    violence; "died"/"قتلى" counts only beside a word of violence.
    """
    violent = lex.violence_re.search(folded) is not None
    if best.trigger.rank <= WEAK_KILLING_RANK:
        return violent
    return violent or lex.nonviolent_re.search(folded) is None


def _attempted(folded: str, hit: TriggerHit) -> bool:
    """Whether a takeover word is only attempted ("armed men attempt to take an army base")."""
    return _ATTEMPT_BEFORE.search(folded, max(0, hit.start - 30), hit.start) is not None


def _protesters_rioted(folded: str, lex: Lexicon) -> bool:
    """Whether the demonstrators themselves stormed, burned or fought (English): a riot word that
    comes after the protesters with no force named between them ("Protesters stormed parliament",
    not "Security forces stormed the sit-in and killed 30 protesters")."""
    if not folded.isascii():
        return False
    crowds = [*news_context.PROTESTERS.finditer(folded), *_DEMONSTRATING_CROWD.finditer(folded)]
    if not crowds:
        return False
    for riot in [*lex.riot_re.finditer(folded), *_CROWD_VIOLENCE.finditer(folded)]:
        crowd = max((c for c in crowds if c.start() <= riot.start()), key=lambda c: c.start(), default=None)
        if crowd is None or _FORCE_NAMED.search(folded, crowd.end(), max(crowd.end(), riot.start())):
            continue
        # The violence must be the crowd's own and now: not in a clause about something else between
        # them ("staged a protest after a wild elephant attacked a farmer"), nor in one that recalls
        # an earlier incident ("the incident, wherein demonstrators vandalized ..."), nor in another
        # sentence, which has its own subject ("BCL members assaulted the protesters"; session 14).
        if (_OTHER_CLAUSE.search(folded, crowd.end(), riot.start())
                or _RECALLED.search(folded, max(0, crowd.start() - 16), crowd.start())):
            continue
        return True
    return False


def _classify(best: TriggerHit, folded: str, lex: Lexicon, actor_hits: list[ActorHit],
              fatalities: int | None, victims: str) -> tuple[str | None, str | None]:
    """ACLED type and sub-type from the winning trigger and the sentence around it.

    ``victims`` is the phrase stating the deaths ("killed 17 villagers", "مقتل 15 جنديا"): who
    died separates an attack on civilians from a clash between armed men.
    """
    trigger = best.trigger
    type_, sub = trigger.type, trigger.sub_type
    civ = lex.civilians_re.search(victims) if victims else None
    arm = lex.combatants_re.search(victims) if victims else None
    if civ and arm:
        # Both named: the later one is the object ("gunmen killed a farmer", "قتل مسلحون مدنيا"), the
        # earlier one in the passive ("2 youths were mistaken for militants and killed by gendarmes").
        later_is_civilian = civ.start() > arm.start()
        if folded.startswith(" by ", best.end):
            later_is_civilian = not later_is_civilian
        civ, arm = (civ, None) if later_is_civilian else (None, arm)
    victims_civilian, victims_armed = civ is not None, arm is not None
    # Fire on a march (session 8): "fired live rounds at anti-coup marchers, killing two", "opened
    # fire on a crowd protesting ..., killing three demonstrators".
    if ((sub == KILLING or (type_ == VAC and sub == "Attack"))
            and _protesters_rioted(folded[:best.start], lex)):
        # Session 10: "Protesters stormed parliament, setting it on fire, and police opened fire on the
        # crowd, killing several": the demonstrators' violence makes the event, whoever fired after.
        return RIOTS, "Violent demonstration"
    if ((sub == KILLING or (type_ == VAC and sub == "Attack"))
            and (news_context.PROTESTERS.search(folded, best.start, best.end + VICTIM_WINDOW)
                 or (victims and news_context.PROTESTERS.search(victims)))):
        return PROTESTS, "Excessive force against protesters"
    if sub == KILLING:
        if victims_civilian and not victims_armed:
            return VAC, "Attack"
        if victims_armed or (lex.combatants_re.search(folded) and not lex.civilians_re.search(folded)):
            return BATTLES, "Armed clash"
        return VAC, "Attack"
    if sub == "Mob violence" and _MOB_OF_FORCES.match(folded, best.end):
        return VAC, "Attack"  # "a mob of soldiers beat a civilian to death": the state's forces, not a crowd
    if sub == TERRITORY:
        if _attempted(folded, best):
            return BATTLES, "Armed clash"  # "armed men attempt to take an army base": fighting, no change
        # People taken, not a place (session 8): "seized dozens of women" is an abduction, "captured
        # 20 soldiers" the fighting's outcome.
        if news_context.TAKEN_CIVILIANS.match(folded, best.end):
            return VAC, _ABDUCTION
        if news_context.TAKEN_COMBATANTS.match(folded, best.end):
            return BATTLES, "Armed clash"
        if _UNOPPOSED.search(folded):
            return STRATEGIC, "Non-violent transfer of territory"
        # Session 19: an ally named in passing is not who took it ("government forces backed by clan
        # militias recaptured the town").
        actor_hits = [h for h in actor_hits if not _ALLY_BEFORE.search(folded, max(0, h.start - 25), h.start)]
        armed = [h.actor for h in actor_hits if h.actor.kind in ARMED_KINDS]
        # Who lost it (session 8): "taken back the town of Lalibela from Fano militiamen", "seized the
        # headquarters of the army's 34th military region".
        losers = [h.actor for h in actor_hits if h.actor.kind in ARMED_KINDS and h.start >= best.end
                  and _FROM_BEFORE.search(folded, max(0, h.start - 25), h.start)]
        if losers and len(losers) == len(armed):
            armed = []
            if not _GENERIC_SUBJECT.search(folded[max(0, best.start - 60):best.start]):
                return BATTLES, ("Government regains territory" if losers[0].kind != "state"
                                 else "Non-state actor overtakes territory")
        subject_before = any(h.actor.kind in ARMED_KINDS and h.end <= best.start for h in actor_hits)
        generic = None if subject_before else _GENERIC_SUBJECT.search(
            _NONSTATE_ARMY.sub("rebels", _ALLY_PHRASE.sub(" ", folded[max(0, best.start - 60):best.start])))
        if generic is not None:
            # "M23 rebels seized the town ... with Congolese troops": the unlisted group before the
            # verb took it, not the listed army named after it.
            state = generic.group("state") is not None
        elif armed:
            state = armed[0].kind == "state"
        else:
            state = bool(_RE_TERRITORY.match(folded, best.start)
                         or _RE_TERRITORY.search(folded[best.start:best.end]))
        return BATTLES, "Government regains territory" if state else "Non-state actor overtakes territory"
    if type_ == PROTESTS:
        # Demonstrators who fight, storm or burn make a violent demonstration, however many the police
        # then killed (ACLED's codebook; session 10: "killed when protesters trying to storm the
        # airport clashed with police").
        if _protesters_rioted(folded, lex):
            return RIOTS, "Violent demonstration"
        lethal = [m for m in lex.lethal_on_protest_re.finditer(folded)
                  if not _PROTEST_TOPIC.search(folded, max(0, m.start() - 30), m.start())]
        if lethal and (fatalities or 0) > 0:
            return PROTESTS, "Excessive force against protesters"
        if lex.riot_re.search(folded):
            return RIOTS, "Violent demonstration"
        if lex.intervention_re.search(folded):
            return PROTESTS, "Protest with intervention"
    if type_ == BATTLES and sub == "Armed clash" and trigger.rank <= 30:
        # A bare "attack"/"هجوم" that killed civilians (and no armed men) is violence against civilians.
        if victims_civilian and not victims_armed and fatalities:
            return VAC, "Attack"
    return type_, sub


def _mentions_between(doc: Document, order: list[int], start: int, end: int) -> Iterator[tuple[int, Mention]]:
    """(index, mention) of the mentions starting in [start, end); ``order`` lists indexes by start.
    Bisected, so a long article's many sentences do not each walk the whole list."""
    first = bisect_left(order, start, key=lambda i: doc.mentions[i].start)
    for i in order[first:]:
        m = doc.mentions[i]
        if m.start >= end:
            return
        if m.start >= start:
            yield i, m


def _pick_place(doc: Document, start: int, end: int, trigger_pos: int, lang: str,
                order: list[int], actor_spans: list[tuple[int, int]],
                gazetteer: PlaceLookup | None = None) -> tuple[int | None, int | None]:
    """The mention in the sentence where the event happened, and the event's geo precision.

    A mention inside an actor's name ("Fano militiamen") is skipped unless it is a country.
    """
    best: tuple[float, int] | None = None
    inside = [i for i, _ in _mentions_between(doc, order, start, end)]
    address = addresses(doc.text, inside, doc.mentions, lambda c: _speaks(doc.text, c, lang),
                        None if gazetteer is None or lang == "ar" else lambda c: trusted_container(gazetteer, c),
                        None if gazetteer is None else lambda d, m: division_holds(gazetteer, d, m))
    district_parts, districts = _areas_of_districts(doc, inside) if lang != "ar" else (set(), set())
    quarters = far_quarters(doc.text, inside, doc.mentions) if lang != "ar" else set()
    lead_end = _lead_end(doc.text) if lang != "ar" else None
    for i in inside:
        m = doc.mentions[i]
        if m.feature != "country" and any(a <= m.start and m.end <= b for a, b in actor_spans):
            continue  # a town's name inside a group's name; "Sudan's army" still places in Sudan
        if i in address.namesakes or i in quarters:
            continue  # "Pigna (Mopti, Mopti)" resolved to a Pigna 3,000 km away: its address stands in
        score = _place_score(doc.text, m, start, trigger_pos, lang)
        if _located_by_next(doc, m, end, order, _AR_NEAR if lang == "ar" else _EN_NEAR):
            score += 2.0  # "Jarif, south-west of Sirte": Jarif is the scene, Sirte its anchor
        if i in address.heads:
            score += ADDRESS_BONUS  # "Taraganj town (Rangpur)": the scene, named with its address
        elif i in address.stand_ins:
            score += ADDRESS_BONUS  # the finest known place of a scene the gazetteer lacks
        elif i in address.parts:
            score -= ADDRESS_BONUS  # "(Bankass, Mopti)": only the scene's district and province
        if m.approximate and m.precision >= PRECISION_REGION:
            score -= BROAD_PENALTY  # "a Fulani camp", a place no gazetteer knows, put at its province or country
        if lang != "ar" and TOPIC.search(doc.text, max(start, m.start - 80), m.start):
            score -= TOPIC_PENALTY  # "condemning Israeli aggression on Gaza": what a protest is about
        if lang != "ar" and _coded_at(doc.text, m):
            score += CODED_BONUS
        if lang != "ar" and i in districts:
            score += ADDRESS_BONUS  # "the Marwa area of Pashtun Zarghun district": ACLED codes the district
        elif lang != "ar" and i in district_parts:
            score -= ADDRESS_BONUS
        if lead_end is not None and _LEAD_PLACE.fullmatch(doc.text, lead_end, m.start):
            score += LEAD_BONUS  # "On 17 June 2024, in Tarimoro, Guanajuato, ...": the report's scene
        if lang != "ar" and _first_of_pair(doc, m, inside):
            score += PAIR_BONUS  # "between Hitte and Rounga (Ouindigui, Loroum)": ACLED codes the first
        if lang != "ar" and _axis_end(doc.text, m):
            score -= AXIS_PENALTY  # "blocked the Dhaka-Tangail highway in Kalihati": the road's ends are not the scene
        if score >= MIN_PLACE_SCORE and (best is None or score > best[0]):
            best = (score, i)
    if best is None:
        return None, None
    m = doc.mentions[best[1]]
    precision = m.precision
    before = fold(doc.text[max(start, m.start - 40):m.start])
    near = _AR_NEAR if lang == "ar" else _EN_NEAR
    if (m.approximate or near.search(before) or _located_by_next(doc, m, end, order, near)
            or best[1] in address.stand_ins):
        precision = max(precision, PRECISION_NEAR)
    if best[1] in districts:
        precision = max(precision, PRECISION_NEAR)
    if lang != "ar" and _coded_at(doc.text, m):
        stated = _CODED_PRECISION.match(doc.text, m.end)
        if stated:
            precision = int(stated.group(1))
    return best[1], precision


def _areas_of_districts(doc: Document, inside: list[int]) -> tuple[set[int], set[int]]:
    """(areas, districts) for "the X area of Y district", "in X of Y district", "the X village of Y
    district": ACLED codes such an event at the district with precision 2 (session 10: its
    Afghanistan notes), the area being a village or quarter its gazetteer may not hold."""
    areas: set[int] = set()
    districts: set[int] = set()
    ordered = sorted(inside, key=lambda i: doc.mentions[i].start)
    for a, b in zip(ordered, ordered[1:]):
        first, second = doc.mentions[a], doc.mentions[b]
        if (_AREA_OF.fullmatch(doc.text, first.end, second.start)
                and _DISTRICT_AFTER.match(doc.text, second.end)):
            areas.add(a)
            districts.add(b)
    return areas, districts


def _lead_end(text: str) -> int | None:
    """Where a dated lead ends, if the text opens with one: the place right after it ("On 17 June
    2024, in Tarimoro, Guanajuato, ...", "Around 19 June 2024 (as reported), near Krasnohorivka",
    _LEAD_PLACE) is the scene, as ACLED's notes since about 2021 code it (1,035 of 1,051 such notes
    of the world 2024 file). Read once per place choice, not once per mention."""
    lead = _DATED_LEAD.match(text)
    return None if lead is None else lead.end()


def _first_of_pair(doc: Document, m: Mention, inside: list[int]) -> bool:
    """``m`` opens "between X and Y" and lies within PAIR_KM of Y: the place ACLED codes for an
    event between two villages (282 of 347 training notes that name both code the first)."""
    if not _PAIR_OPENS.search(doc.text, max(0, m.start - 40), m.start):
        return False
    after = [doc.mentions[i] for i in inside if doc.mentions[i].start >= m.end]
    if not after:
        return False
    y = min(after, key=lambda q: q.start)
    if not _PAIR_AND.fullmatch(doc.text, m.end, y.start):
        return False
    return haversine_km(m.lat, m.lon, y.lat, y.lon) <= PAIR_KM


def _axis_end(text: str, m: Mention) -> bool:
    """The mention is one end of a road or front written with a hyphen ("Dhaka-Tangail highway")."""
    return text[m.end:m.end + 1] in ("-", "‑") and text[m.end + 1:m.end + 2].isupper() \
        or text[m.start - 1:m.start] in ("-", "‑") and text[m.start - 2:m.start - 1].isalpha()


def _coded_at(text: str, m: Mention) -> bool:
    """The report codes its event at this mention ("(coded as Mondoro at geoprecision 2)")."""
    return _CODED_BEFORE.search(text, max(0, m.start - 16), m.start) is not None


def _neighbour_place(doc: Document, start: int, end: int, lang: str, order: list[int],
                     gazetteer: PlaceLookup | None = None) -> tuple[int | None, int | None]:
    """The place of an event whose own sentence names none: the place the sentence before names, else
    the sentence after, in the same paragraph ("A rebel aircraft was shot down. Despite continued
    attacks on Benghazi..."). A neighbour's country or continent is not taken: news sentences around
    an unplaced one name countries for other reasons ("He died at his home near Fort Hood" after a
    sentence about Africa)."""
    before = doc.text.rfind("\n", 0, start)
    after = doc.text.find("\n", end)
    lo = max(before + 1, start - NEIGHBOUR_CHARS)
    hi = min(after if after >= 0 else len(doc.text), end + NEIGHBOUR_CHARS)
    spans = [(a + lo, b + lo) for a, b in split_sentences(doc.text[lo:hi])]
    previous = [s for s in spans if s[1] <= start]
    following = [s for s in spans if s[0] >= end]
    neighbours = []  # (start, end, the point nearest the event's sentence, standing for its trigger)
    if previous:
        neighbours.append((previous[-1][0], previous[-1][1], previous[-1][1]))
    if following:
        neighbours.append((following[0][0], following[0][1], following[0][0]))
    for s_start, s_end, pos in neighbours:
        index, precision = _pick_place(doc, s_start, s_end, pos, lang, order, [], gazetteer)
        if index is not None and doc.mentions[index].feature not in ("country", "continent"):
            return index, precision
    return None, None


def _speaks(text: str, m: Mention, lang: str) -> bool:
    """Whether a place is named as a speaker ("Moscow said", "قالت أنقرة"), not as a scene."""
    if lang == "ar":
        return _AR_SPEAKER_BEFORE.search(fold(text[max(0, m.start - 30):m.start])) is not None
    return _EN_SPEAKER_AFTER.match(fold(text[m.end:m.end + 40])) is not None


def _pick_talks_place(doc: Document, start: int, end: int, lang: str,
                      order: list[int]) -> tuple[int | None, int | None]:
    """Where talks are placed: the venue ("في جنيف", "in Geneva") when the sentence names one,
    else the country they concern (ACLED precision 3), else nowhere.

    A place that speaks ("Moscow said", "قالت أنقرة") is neither; a country in a venue's slot
    ("talks in Turkey") is the venue, kept at the country's precision.
    """
    locative = _AR_LOCATIVE if lang == "ar" else _EN_LOCATIVE
    venue: int | None = None
    country: int | None = None
    for i, m in _mentions_between(doc, order, start, end):
        before = fold(doc.text[max(start, m.start - 30):m.start])
        after = fold(doc.text[m.end:m.end + 40])
        if lang == "ar":
            speaker = _AR_SPEAKER_BEFORE.search(before) is not None
        else:
            speaker = bool(_EN_SPEAKER_AFTER.search(after) or _EN_SPEAKER_BEFORE.search(before))
        if speaker or m.feature == "continent":
            continue
        at = bool(locative.search(before) or _HOST_BEFORE.search(before))
        if m.feature != "country" and at and venue is None:
            venue = i
        elif m.feature == "country" and country is None:
            country = i
    if venue is not None:
        return venue, doc.mentions[venue].precision
    if country is not None:
        return country, PRECISION_REGION
    return None, None


def _located_by_next(doc: Document, m: Mention, end: int, order: list[int], near: re.Pattern[str]) -> bool:
    """True when the text locates ``m`` from the next place ("جارف جنوب غرب مدينة سرت", "Jarif,
    south-west of Sirte"): the event is then placed near that anchor, ACLED precision 2."""
    following = [f for _, f in _mentions_between(doc, order, m.end, min(end, m.end + 40))]
    if not following:
        return False
    between = fold(doc.text[m.end:following[0].start])
    far = _DISTANCE.search(between)
    if far and int(far.group(1)) > NEAR_KM:
        return False  # "سرت على بعد 450 كلم شرق طرابلس" describes Sirte, it does not place it
    return bool(near.search(between))


def _place_score(text: str, m: Mention, sent_start: int, trigger_pos: int, lang: str) -> float:
    score = _FEATURE_SCORE.get(m.feature, 2.0)
    before = fold(text[max(sent_start, m.start - 30):m.start])
    after = fold(text[m.end:m.end + 40])
    surface = fold(m.text)
    if lang == "ar":
        if _AR_LOCATIVE.search(before) or surface[:1] == "ب" or surface[:2] in ("وب", "فب"):
            score += 1.5
        if _AR_SPEAKER_BEFORE.search(before):
            score -= 4.0
    else:
        if _EN_LOCATIVE.search(before):
            score += 1.5
        if _EN_SPEAKER_AFTER.search(after) or _EN_SPEAKER_BEFORE.search(before):
            score -= 4.0
    score -= min(abs(m.start - trigger_pos), 300) / 150  # nearer the trigger is likelier
    return score


def _subject_first(actor_hits: list[ActorHit], trigger_start: int) -> list[ActorHit]:
    """Actor hits with the likely subject of the trigger first, then the rest in text order.

    The subject is the armed actor named nearest before the trigger (within a clause, 80
    characters); with none, Arabic verb-subject order puts it after the verb ("حرر الجيش الليبي"),
    so text order stands.
    """
    before = [h for h in actor_hits if h.end <= trigger_start and trigger_start - h.end <= 80
              and h.actor.kind in ARMED_KINDS]
    if not before:
        return actor_hits
    subject = max(before, key=lambda h: h.end)
    return [subject] + [h for h in actor_hits if h is not subject]


def _pick_actors(actor_hits: list[ActorHit], type_: str, folded: str,
                 lex: Lexicon) -> tuple[str | None, str | None]:
    """actor1 (who acted) and actor2 (against whom), in ACLED's sense, from the actor list
    (hits ordered subject first by :func:`_subject_first`)."""
    seen: list = []
    for hit in actor_hits:
        if hit.actor not in seen and hit.actor.kind != "observer":
            seen.append(hit.actor)
    armed = [a for a in seen if a.kind in ARMED_KINDS]
    crowd = [a for a in seen if a.kind in ("protesters", "rioters")]
    civilians = [a for a in seen if a.kind == "civilians"]
    others = [a for a in seen if a.kind == "international"]
    if type_ in (PROTESTS, RIOTS):
        actor1 = crowd[0].name_en if crowd else ("Protesters" if type_ == PROTESTS else "Rioters")
        actor2 = armed[0].name_en if armed else None
        return actor1, actor2
    ordered = armed + others
    actor1 = ordered[0].name_en if ordered else None
    actor2 = None
    if len(ordered) > 1:
        actor2 = ordered[1].name_en
    elif civilians or (type_ == VAC and lex.civilians_re.search(folded)):
        actor2 = "Civilians"
    return actor1, actor2


def _merge_duplicates(events: list[dict]) -> list[dict]:
    """One event per type, sub-type, place and day in an article (ACLED's unit); the copies'
    largest stated fatalities are kept."""
    kept: dict[tuple, dict] = {}
    told: dict[tuple, dict] = {}  # the same without the day: what a placeless follow-up sentence retells
    out: list[dict] = []
    for event in events:
        borrowed = event.pop("_borrowed", False)
        if event["location"] is None:
            out.append(event)
            continue
        key = (event["type"], event["sub_type"], event["location"], event["date"])
        # A sentence with no place of its own that tells the event its neighbour told ("Residents said
        # the warplanes struck two houses" after the air strike on Jarif) is that event, whatever day
        # each sentence's own words give.
        if key not in kept and borrowed and key[:3] in told:
            key = next(k for k, v in kept.items() if v is told[key[:3]])
        if key in kept:
            first = kept[key]
            if event["fatalities"] is not None:
                first["fatalities"] = max(first["fatalities"] or 0, event["fatalities"])
            first["actor1"] = first["actor1"] or event["actor1"]
            first["actor2"] = first["actor2"] or event["actor2"]
            continue
        kept[key] = event
        told.setdefault(key[:3], event)
        out.append(event)
    return out
