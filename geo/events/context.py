"""English news contexts in which a violent word reports no ACLED event (session 7, issue 10).

The lexicon knows violence, not whether it is political. News is full of violent words that ACLED
codes nothing for: sport ("a blistering attack down the right", "a five-set battle"), politics
("a fierce attack on the budget"), courts ("the trial of an officer accused of shooting dead a
teenager"), ordinary crime ("stabbed to death during an argument outside a bar", "police arrested
three men suspected of stealing gold"), accidents ("a fuel tanker overturned and exploded"),
military drills and arms sales ("fighter jets staged live-fire drills", "a deal to buy tanks"),
goods seized ("police seized four tonnes of cocaine"). Each function below reads one such context
from the folded sentence; :func:`drop_hits` removes the triggers it cancels and
:func:`rescue_blocked` keeps the model from making an event of a sentence with none.
Only English: ``extract_events`` calls these for English sentences.
"""
from __future__ import annotations

import re

from geo.events.dates import EN_MONTH_NAMES
from geo.events.lexicon import BATTLES, EXPLOSIONS, KILLING, PROTESTS, RIOTS, STRATEGIC, TERRITORY, VAC, Trigger, TriggerHit

_B = r"(?<![a-z])"
_E = r"(?![a-z])"

# Past events recalled: an anniversary, a memorial, "years after" (a trigger right after these is
# what is remembered, not the news).
PAST_REFERENCE = re.compile(_B + r"(?:anniversary of|anniversaries of|commemorat\w*|in memory of|memorial (?:to|for|of)"
                            r"|remember\w*|(?:years?|decades?|months?|weeks) (?:after|since)|to mark|marking"
                            # Session 18: a retrospective ("Revisiting the battle for Bakhmut one year on").
                            r"|revisit\w*|looking back (?:at|on)|(?:one|a|two|three|five|ten|\d+) (?:years?|decades?) on"
                            # Session 8: inquiries and funerals look back ("an investigation into the
                            # killing of seven aid workers", "the funeral of the slain commander").
                            r"|(?:investigat\w*|inquiry|inquest|probe) (?:(?:is|was|were|are|has been|had been|now) )?"
                            r"(?:under ?way |launched |opened |ordered )?into|funerals? (?:[\w,'-]+ ){0,5}?(?:of|for)"
                            r"|burial of)" + _E)
# A time in the past right after a trigger ("attacked by the Houthis last month", "during an arrest
# last year"): the news is what happened since.
PAST_TIME = re.compile(_B + r"(?:last (?:month|year)|(?:weeks|months|years) ago|earlier this year|a year ago"
                       # Session 11: "the moment rockets began falling a year earlier".
                       r"|(?:a|one|two|three|several|\d+) (?:years?|months|decades?) (?:earlier|before)(?! (?:the|a|an|\w+ing)\b))" + _E)
# A time in the past right before a trigger (session 11): "last year's prisoner exchange".
PAST_BEFORE = re.compile(r"(?<![a-z])(?:last (?:week|month|year)'s|(?:weeks|months|years) ago,?)\s+(?:[a-z-]+\s+)?$")
PAST_TIME_WINDOW = 30
# A clause that goes on telling a recalled event (session 18): "the anniversary of the Army Public
# School massacre in Peshawar, in which 147 people were killed"; "for the 67 killed when gunmen stormed".
RECALLED_CLAUSE = re.compile(_B + r"(?:in which|during which|when|where|that|which|who)" + _E)
# "Not been seen since" reports a disappearance only when someone is said to have taken the person.
NOT_SEEN = re.compile(r"(?:has|have|had) (?:not been (?:seen|heard from)|been missing) (?:ever )?since")
TAKEN_BY = re.compile(_B + r"(?:taken|took|abduct\w*|kidnap\w*|detain\w*|arrest\w*|seiz\w*|snatch\w*|picked up"
                      r"|agents|gunmen|armed men|security forces|police|soldiers|troops|militia\w*|men in (?:plain|civilian)"
                      r"|masked men|unidentified men)" + _E)
PAST_WINDOW = 60
# A toll or a state of affairs over months or years is a summary, not an event ACLED codes.
# Words that give a sentence a day of its own (read by SUMMARY and DAY_NAMED).
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|overnight|last night"
SUMMARY = re.compile(_B + r"(?:in recent (?:months|years)|over the (?:past|last) (?:few |several |two |three |\d+ )?(?:months|years)"
                     # Session 18: a year's running tally ("58 people have been victims of mines so far this year").
                     r"|so far this year|(?:since|from) the (?:start|beginning) of (?:the|this) year|this year alone"
                     r"|since the (?:start|beginning|outbreak) of the (?:[a-z-]+ )?(?:war|conflict|fighting|crisis)"
                     # Session 11: a tally since the war began.
                     r"|since (?:the )?(?:war|conflict|fighting|insurgency|crisis|invasion|uprising) (?:began|started|erupted|broke out)"
                     # Session 8: a war's whole toll ("more than 500,000 people had been killed in the war").
                     r"|(?:killed|died|dead|deaths) (?:\w+ ){0,2}?(?:in|during|throughout) the (?:[\w-]+ )?"
                     r"(?:war|conflict|insurgency)(?! zone)(?!.*(?:" + _DAYS + r"))"
                     # Session 10: "Both sides have been accused of atrocities, from ... to airstrikes on markets".
                     r"|(?:both|all|the two|the warring) (?:sides|parties) (?:have been|are|were|stand) accused of"
                     # Session 19: a campaign's whole course ("the nine-month battle to retake the city killed
                     # thousands") and a tally of a year's first months ("killed in the first five months of 2024").
                     r"|(?:[a-z]+|\d+)-(?:month|year)(?:-long)? (?:battle|war|siege|offensive|campaign|conflict|insurgency|occupation)"
                     r"|in the first (?:[\w-]+ )?(?:months?|weeks?|half|quarter) of (?:the year|this year|20\d\d)"
                     r"|(?:monthly|weekly|annual|yearly) (?:toll|tally|count|figures?))" + _E)
# A running tally since a year (session 11): "more than 2,400 children had been killed or wounded in
# Ukraine since February 2022"; like a war's toll, it covers the triggers from its first word on.
TALLY_SINCE = re.compile(r"(?<![a-z])(?:killed|died|dead|deaths|wounded|injured|displaced)(?: [\w,'-]+){0,10}? since "
                         r"(?:early |late |mid-?)?(?:(?:january|february|march|april|may|june|july|august|september"
                         r"|october|november|december) )?(?:19|20)\d\d(?!\d|,\d)")
SUPERLATIVE_BEFORE = re.compile(r"(?<![a-z])(?:the|its|their|a) (?:[a-z]+est|worst|first|most [a-z]+) (?:[a-z-]+ ){0,5}$")
# A war's whole toll told in a clause (session 10): "in a war that has killed tens of thousands",
# "which has so far killed thousands". Only the triggers from it on are dropped: the news before it
# ("A drone strike killed 20 people at a market on Monday, the latest attack in a war that ...") stays.
WAR_TOLL = re.compile(_B + r"(?:(?:war|conflict|fighting|insurgency|violence|offensive|campaign|crisis) (?:that|which)"
                      r" (?:has|have|had) (?:\w+ )?(?:killed|left|displaced|claimed|uprooted)"
                      r"|(?:has|have|had) (?:so far |now |already )?(?:killed|left) (?:more than |at least |over |nearly "
                      r"|about |some |an estimated )?(?:tens of thousands|hundreds of thousands|thousands|millions))" + _E)
# Protests or fighting told as what came before ("after weeks of anti-government demonstrations").
BACKGROUND = re.compile(_B + r"(?:after|following|amid) (?:several |two |three |four |many |\w+ )?(?:weeks|months|years"
                        r"|days|decades) of" + _E)
# A plot is no event: "plotting to bomb a stadium" (a trigger right after; unlike a modal, a plot named
# elsewhere in the sentence does not keep the model from reading it).
PLOT = re.compile(_B + r"(?:plot(?:s|ted|ting)? to|conspir(?:e|ed|ing|acy) to|plans? to|planning to|plotters?)" + _E)

# Sport: a score, a round of a tournament, a player's position, a sport's own words.
SPORT = re.compile(_B + r"(?:\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss|lead|thrashing|rout)"
                   # Session 10: "Ivory Coast beat Nigeria 2-1 in Sunday's final of the Africa Cup of Nations".
                   r"|(?:beat|defeated|thrashed|edged|drew with|lost to) (?:[\w'-]+ ){1,4}?\d{1,2}-\d{1,2}(?!\d)"
                   r"(?! ?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)(?! (?:hours|days|weeks|months))"
                   r"|cup of nations|cup final|final of the \w+ cup"
                   r"|(?:quarter|semi)-?finals?|final whistle|world cup|champions league|premier league|la liga"
                   r"|serie a|bundesliga|grand slam|goalkeeper|goalie|striker|midfielder|winger|hat-trick|hat trick"
                   r"|(?:scored|netted|conceded) (?:a |an |the |his |her |two |three )?(?:\w+ )?(?:goals?|penalty|try|equaliser|equalizer)"
                   r"|penalty shoot-?out|stoppage time|extra time|injury time|kick-?off"
                   r"|innings|wickets?|batsman|batsmen|batters?|bowler|bowling|test match|top order"
                   r"|(?:two|three|four|five|straight)[- ]sets?|tie-?break|match point|set point"
                   r"|tournament|(?:premier|super|champions|europa|rugby) league|league (?:match|game|title|leaders"
                   r"|table|season|cup)|championship|olympics?|playoffs?|title race|manager's side"
                   r"|football|soccer|cricket|rugby|tennis|basketball|volleyball|boxing"
                   # Session 11: "ended goalless after a tense derby", "fired a stoppage-time winner".
                   r"|goalless|scoreless|derby|stoppage-time|injury-time|goals? (?:were |was )?ruled out|clean sheet"
                   r"|(?:fired|scored|headed|struck) (?:a|the|his|her) (?:[a-z-]+ )?winner)" + _E)
# What still makes a sporting occasion an event: fans or players hurt, police, weapons.
SPORT_VIOLENCE = re.compile(_B + r"(?:fans|supporters|hooligans|ultras|spectators|police|(?<!ran )(?<!run )(?<!runs )riot\w*"
                            r"|tear ?gas|stones"
                            r"|injur\w*|wounded|killed|dead|died|stabb\w*|guns?|gunmen|gunfire|bombs?|explosi\w*"
                            r"|grenades?|militants?|troops|soldiers"
                            # Session 17: "two armed men shot a woman around the football fields".
                            r"|armed (?:men|individuals|assailants|attackers)|assailants|attackers"
                            r"|shot (?:dead|and (?:killed|wounded))|shot (?:at )?(?:a|an|the|two|three|four|five|\d+) (?:[a-z-]+ )?"
                            r"(?:m[ae]n|wom[ae]n|boys?|girls?|persons?|people|child(?:ren)?|civilians?|drivers?|residents?|youths?))"
                            + _E)

# Courts and charges: a violent word right after these tells what someone is tried or accused for.
JUDICIAL = re.compile(_B + r"(?:accused of|charged (?:\w+ ){0,4}?with|charged (?:\w+ ){0,6}?(?:over|for)|convicted (?:[\w-]+ ){0,4}?of|guilty of|acquitted of|suspected of|on charges of"
                      r"|trial (?:of|over|for|in)|tried for|jailed for|indicted (?:for|on)|sentenced (?:[\w-]+ ){0,12}?(?:for|over)"
                      r"|wanted (?:for|over|in connection with)|confessed to|pleaded (?:guilty|not guilty) to"
                      # Session 18: "arrested two suspects linked to the Sunday night attack on worshippers".
                      r"|suspects? (?:[a-z-]+ ){0,2}?(?:linked to|in connection with|connected (?:to|with)|behind|involved in))" + _E)
JUDICIAL_WINDOW = 60
# "soldiers were accused of killing": a report of what they did; "a man accused of theft": a charge.
AUXILIARY = re.compile(r"(?:was|were|is|are|been|being|stands?|stood)\s+$")
# ... but only in a sentence about a court: "soldiers were accused of killing five civilians" is how
# news reports an attack.
COURT = re.compile(_B + r"(?:trials?|court\w*|judges?|jury|juries|prosecut\w*|convicted|conviction|sentenced|jailed"
                   r"|indicted|indictment|charged|charges|acquitted|acquittal|verdict|tribunal|hearing|defendants?"
                   r"|testif\w*|appeal)" + _E)

# Ordinary crime: what was stolen or how a quarrel ended, never a political actor.
CRIME = re.compile(_B + r"(?:argument|quarrel|brawl|bar fight|drunk(?:en)?|road rage|domestic (?:violence|dispute|row)"
                   r"|girlfriend|boyfriend|jealous\w*|robbery|robberies|robbers?|robbing|robbed|burglar\w*|burglary"
                   r"|break-?ins?|breaking into|broke into|stealing|stole|stolen|theft|thieves|thief|mugg\w*"
                   r"|carjack\w*|pickpocket\w*|shoplift\w*|fraud\w*|embezzl\w*|scams?|swindl\w*|counterfeit\w*"
                   r"|cocaine|heroin|methamphetamine|narcotics|cannabis|marijuana|drug (?:dealers?|traffick\w*|smuggl\w*|lord|gangs?)"
                   r"|(?:suspected )?traffickers|smuggl\w*|poach\w*|serial (?:killer|burglar|rapist)|jewellery|jewelry"
                   r"|ransom note|inheritance|arsonists?|rob|altercation|criminals|(?:various|petty|common|ordinary) crimes"
                   # Session 8: "a fight outside a nightclub", "a row over a parking space".
                   r"|nightclub|(?:a |the )?(?:row|dispute|feud|quarrel|argument) over (?:a |an |the |his |her )?"
                   r"(?:parking|debt|money|rent|noise|loan|(?:mobile )?phones?|cars?|fare|bill|girl|woman|drink)"
                   r"|parking space)" + _E)
# Who makes an arrest or a killing political in ACLED's sense (an arrest of these is coded).
POLITICAL = re.compile(_B + r"(?:opposition|activists?|journalists?|reporters?|protesters?|demonstrators?|leaders?"
                       r"|politicians?|lawmakers?|mps?|party|parties|senators?|candidates?|militants?|jihadists?"
                       r"|rebels?|insurgents?|terror\w*|extremists?|separatists?|dissidents?|critics?|bloggers?"
                       r"|rights (?:defenders?|activists?|lawyers?)|unionists?|trade union|students?|clerics?|imams?"
                       r"|militia\w*|gunmen|bandits|armed (?:men|group)|coup|mutin\w*|spying|espionage|treason"
                       r"|sedition|insurrection|rally|protest\w*|election|soldiers?|troops|army|military"
                       r"|security forces|pastoralists?|herders?|herdsmen|farmers?|communal|clans?|tribal|ethnic"
                       r"|land|attackers|raiders|assailants|rustlers|cattle raid\w*"
                       # Session 13: "Supporters of the PTI broke into the residence of the corps commander".
                       r"|supporters"
                       # Session 24: a party's wing or a rival faction ("members of Jubo League killed a
                       # member of a rival faction following an altercation"): the quarrel is political.
                       r"|factions?|(?:members?|activists?|leaders?|cadres?|supporters|wing) of (?:the )?(?:[a-z-]+ ){1,3}league"
                       r"|league (?:members?|activists?|leaders?|cadres?|supporters|men|workers))" + _E)
# A crowd that punishes a thief is mob violence, which ACLED codes ("villagers beat to death a
# suspected robber"): ordinary crime is no crime context once a crowd acts.
CROWD = re.compile(_B + r"(?:mobs?|crowds?|villagers|locals|residents|youths|vigilantes?|lynch\w*|angry|a group"
                   r"|a number of|group of|dozens of people|stoned|stoning|burned (?:\w+ ){0,2}(?:alive|to death)"
                   r"|set (?:\w+ )?(?:on fire|ablaze|alight)|jungle justice|mob justice)" + _E)

# Accidental explosions: a gas cylinder, a fuel tanker, a factory; and no word of an attack.
ACCIDENT_BLAST = re.compile(_B + r"(?:gas (?:cylinders?|leak|tank|explosion|pipe)|cylinders?|oxygen|boilers?|tankers?"
                            r"|fuel (?:depot|station|truck|tanker)|petrol station|factory|plant|refinery|warehouse fire"
                            r"|industrial|fireworks|transformer|short circuit|leak\w*|accident\w*|accidental\w*"
                            r"|overturned|collided|collision|crash\w*|fire (?:broke out|at|in)|blaze|methane|firedamp)" + _E)
ATTACK_WORDS = re.compile(_B + r"(?:bombs?|bomber|bombing|explosive (?:devices?|vests?)|ieds?|attack\w*|militants?|suspects?"
                          r"|claimed|terror\w*|targeted|planted|suicide|grenades?|rockets?|missiles?|shell\w*|drones?"
                          r"|gunmen|insurgents?|jihadists?|rebels?|sabotage|saboteurs?|arson\w*"
                          # Session 19: "a gas cylinder dropped from a helicopter" is no accident.
                          r"|(?:dropped|fired) from)" + _E)
BLAST_WORDS = re.compile(_B + r"(?:explo\w*|blasts?|blew up)" + _E)
GUNFIRE = re.compile(_B + r"(?:shot|shoot\w*|gun\w*|opened fire|fire on|stabb\w*|soldiers|troops|militia\w*)" + _E)
_BLAST_SUB = "Remote explosive/landmine/IED"
_GENERIC_BLAST_RANK = 50
_MINE_OF_ORE = re.compile(_B + r"(?:gold|coal|copper|diamond|tin|cobalt|lithium|salt|uranium|jade|emerald|open-pit"
                          r"|artisanal|illegal|coltan|cassiterite|bauxite|nickel|manganese|mining) mines?$")

# Weapons shown, tested or traded, not used: drills, parades and tests (of weapons or troops), deals,
# sales and aid packages (of weapons: "cut off the town's water supply" is no arms sale).
DRILLS = re.compile(r"(?<![a-z-])(?:exercises?|drills?|manoeuvres|maneuvers|war ?games|parades?|air ?shows?|fly-?pasts?"
                    r"|test-?fir\w*|test[- ]launch\w*|(?:missile|weapons?|nuclear) tests?|unveil\w*|showcas\w*"
                    # Session 18: "conducted a successful training launch of the Fatah-II rocket system".
                    r"|(?:training|trial) (?:launch\w*|fir\w*)"
                    r"|displayed)" + _E)
TRADE = re.compile(r"(?<![a-z-])(?:deal|contract|aid package|package|deliver\w*|supply|supplies|supplied|sales?|sell\w*"
                   r"|sold|buy\w*|bought|purchas\w*|procure\w*|acquir\w*|exports?|imports?|stockpiles?|arsenal"
                   r"|manufactur\w*)" + _E)
ARMS = re.compile(_B + r"(?:jets?|warplanes?|aircraft|helicopters?|warships?|submarines?|tanks|missiles?|rockets?"
                  r"|artillery|howitzers?|drones?|weapons?|arms|ammunition|shells|rifles|bombs?|bombers|munitions"
                  r"|air defen[cs]e)" + _E)
WEAPONRY = re.compile(_B + r"(?:jets?|warplanes?|aircraft|planes|helicopters?|warships?|navy|naval|submarines?|tanks"
                      r"|missiles?|rockets?|artillery|howitzers?|drones?|weapons?|arms|ammunition|shells|guns|rifles"
                      r"|bombs?|bombers|munitions|air defen[cs]e|troops|soldiers|military|army|forces)" + _E)
# Damage done by hand (session 9): "supporters vandalized the residence of a rival ... following
# the polls" is a riot, whatever meeting or vote the sentence names.
DAMAGE = re.compile(_B + r"(?:vandali[sz]ed|ransacked|torched|set fire to|set ablaze|smashed|pelted|threw stones"
                    r"|hurled stones|stoned)" + _E)
# Session 22: what a weapon "could strike" or "can hit" is its range, not harm done.
HARM = re.compile(_B + r"(?<!could )(?<!can )(?<!would )(?<!able to )(?<!capable of )(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|casualt\w*|struck"
                  r"|strikes?(?! (?:missiles?|capabilit\w*|drones?|aircraft|weapons?|fighters?|group))|hit|hits|targeted"
                  r"|damag\w*|destroy\w*|landed|fell (?:on|in|near)|victims?|shot"
                  # Session 18: "fast attack craft", "attack helicopters" are weapons shown, not harm done.
                  r"|attack\w*(?! (?:craft|boats?|helicopters?|submarines?|aircraft|drones?|vessels?))"
                  r"|fired (?:\w+ ){0,3}?(?:at|on|into|towards)"
                  # "interceptor missiles", "long-range strike missiles" name weapons, not harm (session 11).
                  r"|intercept(?:ed|ing|s|ion|ions)?|shelled|bombed|pounded)" + _E)

# Not territory: what is seized or captured is goods, or a lead in a match.
GOODS_SEIZED = re.compile(r"(?:\s+(?:an?|the|some|about|over|nearly|almost|around|more than|at least|a total of"
                          r"|\d[\d,.]*|[a-z]+-?(?:ton|tonne|kilo)s?|one|two|three|four|five|six|seven|eight|nine|ten"
                          r"|dozens|hundreds|thousands|tonnes?|tons?|kilo\w*|kgs?|pounds|litres?|liters?|barrels?|bags?"
                          r"|packets?|boxes|crates?|of|large|huge|illegal|illicit|contraband|smuggled|stolen"
                          r"|his|her|their|its|our|my)){0,6}"
                          r"\s+(?:cocaine|heroin|drugs|narcotics|cannabis|marijuana|methamphetamine|pills|cigarettes|alcohol"
                          r"|cash|money|currency|dollars|gold|ivory|timber|fuel|goods|cargo|contraband|vehicles?|cars?"
                          r"|trucks?|passports|documents|phones|laptops|assets|propert\w*|the ball|possession|the lead"
                          r"|the initiative|the title|victory|a win|the win|points|wickets|medals?|the trophy|the crown"
                          r"|headlines|attention|the spotlight|the opportunity|the chance|the moment"
                          # Session 20: "Prisoner ... regained his freedom today after 22 years".
                          r"|freedom|liberty|consciousness|composure)" + _E)

# Goods told before the seizing verb, in the passive ("livestock were seized", "motorbikes seized",
# "a vehicle belonging to the NGO seized by gunmen"): no territory changes hands (session 14: of the
# training notes saying so, 2 of 154 are territory changes; 82 clashes, 36 attacks, 17 lootings).
GOODS_BEFORE = re.compile(_B + r"(?:livestock|cattle|animals|motorbikes?|motorcycles?|vehicles?|supplies|belongings|goods"
                          r"|cash|money|weapons|arms|ammunition|equipment|food|phones?|turbans|sheep|goats|cows|explosives|drugs)"
                          r"(?: (?:were|was|had been|have been|are))?(?: (?:removed|destroyed|burned|burnt|looted|stolen)"
                          r" (?:and|or))? ?$")
GOODS_TAKEN_BY = re.compile(_B + r"(?:motorbikes?|motorcycles?|vehicles?|trucks?|cars?|goods|cash|money|weapons"
                            r"|equipment|supplies)" + _E + r"[^.;]{0,50}$")

# Whom a "seizing" verb took (session 8): people, not a place. "Jihadists seized dozens of women
# collecting firewood" is an abduction; "rebels captured 20 soldiers" a clash, not a territory change.
_TAKEN_COUNT = (r"(?:\s+(?:at least|more than|about|nearly|over|some|several|dozens of|scores of|hundreds of|a group of"
                r"|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
                r"|the|a|an|local|young|foreign|unarmed|other))*")
TAKEN_CIVILIANS = re.compile(_TAKEN_COUNT + r"(?:\s+[a-z]+){0,2}?\s+(?:engineers?|tourists?|expatriates?|foreigners?"
                             r"|nationals?|pastors?|bishops?|clerics?|imams?|chiefs?|businessm[ae]n|contractors?"
                             r"|missionar(?:y|ies)|pilgrims|monks|seminarians|volunteers|employees|staff|women|children|girls|boys|civilians|villagers|passengers|pupils"
                             r"|students|schoolchildren|schoolgirls|schoolboys|people|farmers|worshippers|residents"
                             r"|aid workers?|travell?ers|herders|hostages|men|journalists?|nuns|priests?|traders|miners"
                             r"|fishermen|truck drivers|drivers|workers|teachers|doctors|nurses|family|families|woman|man|child"
                             r"|girl|boy|civilian|villager|farmer|traveller|traveler)" + _E)
TAKEN_COMBATANTS = re.compile(_TAKEN_COUNT + r"\s+(?:soldiers?|troops|fighters|militants|rebels|insurgents|militiamen"
                              r"|servicemen|prisoners of war|pows|officers|policemen|police officers|gunmen|combatants"
                              r"|jihadists|mercenaries|conscripts|recruits|commanders?)" + _E)
# A "seizing" word used as an adjective ("the recaptured city of Izium", "forty captured soldiers
# returned home"): it names what was taken before, it reports no change of hands.
TAKEN_ADJECTIVE_BEFORE = re.compile(r"(?<![a-z])(?:the|a|an|newly|recently|once|\d[\d,]*|two|three|four|five|six|seven|eight|nine"
                                     r"|ten|twenty|thirty|forty|fifty|hundreds of|dozens of|several|its|their|his|her"
                                     r"|our|other)\s+$")
_TAKEN_ADJECTIVE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:city|town|village|areas?|territor(?:y|ies)|regions?|districts?"
                                    r"|settlements?|provinces?|positions?|land|ground|soldiers|troops|fighters|servicemen"
                                    r"|men|prisoners|pows|militants|rebels|weapons|equipment|tanks?|vehicles?|ships?)" + _E)


def adjective_slot_before(folded: str, start: int) -> bool:
    """Whether the word before ``start`` makes what follows an adjective's slot: an article, a
    number, a possessive, "newly" ("the recaptured", "forty captured", "newly seized")."""
    return TAKEN_ADJECTIVE_BEFORE.search(folded, max(0, start - 20), start) is not None


def taken_adjective(folded: str, start: int, end: int) -> bool:
    """Whether the seizing word at ``start:end`` qualifies a noun ("the recaptured city")."""
    return adjective_slot_before(folded, start) and _TAKEN_ADJECTIVE_AFTER.match(folded, end) is not None


# People gathered who are no crowd of protesters: leaders at a summit, mourners, fans, pilgrims.
ASSEMBLY = re.compile(_B + r"(?:leaders|ministers|heads of state|heads of government|delegates|delegations|diplomats"
                      r"|officials|envoys|executives|investors|scientists|experts|summit|conference|forum|ceremony"
                      r"|funeral|wedding|festival|concert|pilgrims|worshippers|fans|celebrat\w*|graduat\w*|mourners?"
                      r"|anniversary|commemorat\w*|memorial|tourists|shoppers|voters|polls"
                      # Session 11: "the U.N. General Assembly adopted a resolution calling for a truce".
                      r"|resolutions?|general assembly|security council|parliament|lawmakers|senators)" + _E)
PROTEST_WORDS = re.compile(_B + r"(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|chant\w*|slogans?|banners?"
                           r"|placards?|sit-ins?|strike|riot\w*|demand\w*|denounc\w*|condemn\w*|against|picket\w*)" + _E)


# Session 17: a protest held about a game is a protest ("students staged a human chain protest
# demanding a cricketer's place in the World Cup team", "people gathered to protest the city's
# Olympic bid"); a team that "marched into the final" or a player who "protested the decision" is not.
PROTEST_ABOUT_GAME = re.compile(
    _B + r"(?:(?:staged|stage|held|holding|organi[sz]ed|formed|joined) (?:a |an )?(?:[\w-]+ ){0,2}?"
    r"(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|human chains?|march(?:es)?)"
    r"|(?:people|fans|supporters|residents|students|workers|activists|hundreds|dozens|thousands|protesters"
    r"|demonstrators) (?:[\w'-]+ ){0,4}?(?:gathered|protested|demonstrated|marched|rallied|took to the streets))" + _E)

# A match's crowd: with no police, stones or harm named beside it, and no grievance (GRIEVANCE, below),
# it celebrates.
SPORT_CROWD = re.compile(_B + r"(?:fans|supporters|hooligans|ultras|spectators)" + _E)

_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')


def unquoted(folded: str) -> str:
    """The sentence with quoted words blanked: a "bomb squad" of forwards, "we fought like soldiers"."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), folded)


def sport(folded: str) -> bool:
    """A sentence about a game, with no fans, police or weapons in it (quoted words aside), nor a
    protest held about it."""
    return SPORT.search(folded) is not None and _only_the_game(folded)


def _only_the_game(folded: str) -> bool:
    """What a sentence that names a game must lack to be about the game alone."""
    return not sport_violence(folded) and not PROTEST_ABOUT_GAME.search(folded)


def sport_violence(folded: str) -> bool:
    """Whether a sentence of a sports story tells of fans, police or weapons (quoted words aside)."""
    return SPORT_VIOLENCE.search(unquoted(folded)) is not None


def weapons_not_used(folded: str) -> bool:
    """Weapons drilled with, tested or traded, and no one or nothing hit."""
    if HARM.search(folded) is not None:
        return False
    return ((DRILLS.search(folded) is not None and WEAPONRY.search(folded) is not None)
            or (TRADE.search(folded) is not None and ARMS.search(folded) is not None))


# Session 25: fire in support of ground forces, said as a circumstance of their advance.
SUPPORTING_FIRE = re.compile(_B + r"(?:(?:supported|backed|aided|assisted|covered|accompanied) by|amid|under (?:the )?cover of"
                             r"|with (?:the )?(?:support|backing|cover|help) of) (?:[\w-]+ ){0,3}?(?:air ?strikes?|air ?raids?"
                             r"|air support|air cover|warplanes|jets|helicopters|drones|artillery(?: fire| shelling)?"
                             r"|shelling|bombardment)" + _E)
# Session 25: weapons a person was caught with or a search recovered ("arrested a smuggler in
# possession of ... a hand grenade", "recovered two mines and 98 gelatin sticks from a dump", "removed
# an unexploded aerial bomb"): ACLED codes the arrest or the disrupted weapons, not an explosion.
HELD_WEAPONS = re.compile(_B + r"(?:arrest\w*|detain\w*|caught|apprehended|seiz\w*|recover\w*|confiscat\w*|found|discovered"
                          r"|uncovered|removed|defused|collected|surrendered|handed over|carrying|in possession of|possessing"
                          r"|unexploded) (?:[\w,'-]+ ){0,12}?(?:hand )?(?:grenades?|mines?|landmines?|bombs?|explosives?"
                          r"|detonators?|ieds?|rockets?|shells?|mortar rounds?|ammunition|gelatin sticks)" + _E)
USED_WEAPONS = re.compile(_B + r"(?:threw|thrown|throwing|hurl\w*|lobb\w*|planted|detonat\w*|explod\w*|went off|blew up"
                          r"|fired|firing|launched|dropped|attack\w*|blast|explosion)" + _E)
# What an explosion word becomes when the weapon was held or found, below an arrest told with it.
_HELD_TRIGGER = Trigger("", STRATEGIC, "Disrupted weapons use", 40, ())


def weapons_held(folded: str) -> bool:
    """Weapons a person was caught with or a search recovered, and none used: the arrest or the
    find is the event, not an explosion."""
    return (HELD_WEAPONS.search(folded) is not None and USED_WEAPONS.search(folded) is None
            and HARM.search(folded) is None)


def criminal(folded: str, armed_actor: bool = False) -> bool:
    """Ordinary crime (theft, drugs, a quarrel) with no political or armed actor named (``armed_actor``:
    the actor list found an armed one other than the police in the sentence, "killed by the Taliban
    after being accused of robbery")."""
    return (not armed_actor and CRIME.search(folded) is not None and POLITICAL.search(folded) is None
            and CROWD.search(folded) is None)


# Session 11, from set H's half A (news that is no event):
# what a meeting is about ("a summit to discuss the fighting in eastern Congo");
TOPIC_BEFORE = re.compile(r"(?<![a-z])(?:discuss(?:ed|es|ing)?|to end|ending|(?:pauses?|lulls?|halt|break|respite) (?:in|to)"
                          # what is feared or warned of: "citing a high threat of kidnapping"
                          r"|(?:threat|threats|risk|danger|fears?|warnings?|spectre|prospect) of) (?:the |a |an )?(?:[a-z-]+ ){0,2}$")
# a resignation "in protest at" something;
RESIGNED_IN = re.compile(r"(?<![a-z])(?:resign\w*|quit|quits|stepped down|steps down|walked out|walks out)"
                         r"\s+(?:[a-z0-9,'-]+\s+){0,6}?in $")
# markets moved by news told elsewhere ("oil prices climbed after reports of an attack on a tanker");
MARKETS = re.compile(_B + r"(?:prices?|shares|stocks|markets?|futures|crude|brent|bonds?|yields?|currenc(?:y|ies)"
                     r"|the (?:dollar|euro|rouble|ruble|pound|lira|rupee|naira|shekel))\s+(?:[a-z]+\s+){0,2}?"
                     r"(?:rose|fell|climbed|jumped|slumped|surged|dropped|tumbled|rallied|gained|slid|soared|plunged|eased"
                     r"|edged)" + _E)
# the dead of a past attack named by its year ("worshippers killed in the 2019 Christchurch mosque shootings");
KILLED_IN_YEAR = re.compile(r"(?:killed|died|wounded|injured|slain) in (?:the |a |an )?(?:19|20)\d\d(?!\d|,\d)")
# an attack ruled out ("police said there was no sign of sabotage");
RULED_OUT = re.compile(r"(?<![a-z])(?:no (?:sign|signs|evidence|indication|suspicion) of|ruled out|not an?|not)\s+(?:[a-z-]+\s+)?$")
# a past event and the clause that tells it ("the 1994 genocide in which about 800,000 people were
# killed", "a cattle raid last year in which more than 50 people were killed", "a 2017 attack that killed");
PAST_CLAUSE = re.compile(r"(?<![a-z])(?:last (?:month|year)|(?:weeks|months|years) ago|(?:19|20)\d\d (?:[a-z-]+ ){0,3}?"
                         r"(?:genocide|massacres?|attacks?|bombings?|war|shootings?|killings?|uprising|coup|invasion|assault"
                         r"|raids?|siege|violence|clashes|riots?))(?:,)? (?:in which|during which|when|that|which|where)(?![a-z])")
PAST_CLAUSE_REACH = 100
# Session 18: a war's episode dated by its month ("Tensions remain high after a four-day conflict in May
# in which both sides traded missile and drone strikes").
PAST_EPISODE = re.compile(_B + r"(?:war|conflict|clashes|fighting|standoff|escalation|offensive|flare-up) (?:in|of|last)"
                          r" (?:" + EN_MONTH_NAMES + r"|\d{4})(?:,)? (?:in which|during which|when|that|which)" + _E)
# a trend, not an event ("fighting has intensified since late 2023");
TREND = re.compile(_B + r"(?:has|have) (?:\w+ )?(?:intensified|escalated|increased|surged|worsened|spread|continued|persisted)"
                   r"(?: [a-z-]+){0,3}? since" + _E)
# Session 18: "Fighting has continued in South Kivu despite a declaration of principles", when the
# sentence names no day of its own ("... despite the truce, with shelling killing 12 on Sunday" is news).
TREND_DESPITE = re.compile(_B + r"(?:fighting|clashes|violence|attacks) (?:has|have) (?:continued|persisted|raged on|gone on)"
                           r"(?: [a-z-]+){0,4}? despite" + _E)
# Session 20: a trend named as the circumstance of other news ("despite a resurgence of insurgent
# attacks in the region") and violence told as a habit ("the sound of gunfire has become as familiar as
# the call to prayer"), when the sentence names no day of its own.
TREND_AROUND = re.compile(_B + r"(?:despite|amid|after|following|because of|due to|given|in the face of|in response to"
                          r"|to (?:counter|curb|stem|tackle|stop)) (?:a |an |the )?(?:[a-z]+ )?(?:resurgence|surge|upsurge"
                          r"|uptick|rise|increase|spike|escalation) (?:of|in)" + _E)
HABIT = re.compile(_B + r"(?:(?:has|have) (?:become|been) (?:as |so |a |an |all too |increasingly |almost )?(?:familiar|routine|common\w*"
                   r"|daily|regular|frequent|normal|part of|a fact of|a way of|a feature of|everyday)"
                   # "Some 36 localities ... remain under blockade, with roads cut by non-state armed groups".
                   r"|(?:remain|remains|remained) (?:under (?:blockade|siege|occupation)|besieged|blockaded|cut off)"
                   # "the Taliban authorities had continued to impose severe restrictions on women and girls".
                   r"|(?:has|have|had) continued to"
                   # "residents ... have long lived under the threat of jihadist groups".
                   r"|(?:has|have|had) long (?:lived|been|suffered|endured|faced|complained))" + _E)
# War's leftovers as a state of the land (session 22): "land contaminated by mines and unexploded
# shells", "fields cleared by deminers"; an event only when something went off or someone was hurt.
LEFTOVERS = re.compile(_B + r"(?:contaminated (?:by|with) (?:[\w-]+ ){0,3}?(?:mines|landmines|ordnance|explosives|munitions"
                       r"|shells)|unexploded (?:ordnance|shells|bombs|munitions|mines|rockets)|cleared (?:of|by) (?:[\w-]+ )?"
                       r"(?:mines|deminers)|deminers|demining|de-mining|mine clearance)" + _E)
WENT_OFF = re.compile(_B + r"(?:exploded|explosion|blast|detonated|went off|stepped on|blew up|hit|struck|killed|killing|wounded"
                      r"|wounding|injured|injuring|maimed|dead|died)" + _E)
# A war's length as a state of things ("where decades of fighting between Turkey and the PKK have left
# scores of villages deserted"); "the early months of the war" is a period.
DURATION = re.compile(_B + r"(?:decades|years|months) of (?:(?!the |a |an )[a-z-]+ )?(?:fighting|war|conflict|violence|clashes"
                      r"|shelling|bombardment|air ?strikes|attacks|insurgency)" + _E)
# A day named in figures ("on 5 May 2020, following an escalation in clashes"), not a dateline's
# ("PARIS, June 10 (Reuters) -"), which is the day of the telling.
DATE_NAMED = re.compile(r"(?<![a-z])(?:\d{1,2} (?:" + EN_MONTH_NAMES + r")|(?:" + EN_MONTH_NAMES + r") \d{1,2})(?![a-z\d])"
                        r"(?!\s*(?:\(|-|\u2014|\u2013))")
# The day a report was told ("said in its latest update, published on Friday, that ..."), not its events'.
TOLD_ON_DAY = re.compile(_B + r"(?:said|says|published|released|issued|announced|reported|stated|told [\w ]{1,30}?)"
                         r"(?: late| early)? on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)" + _E)


def names_a_day(folded: str) -> bool:
    """Whether a sentence names a day: a weekday, "today", "this week", a date in figures."""
    return DAY_NAMED.search(folded) is not None or DATE_NAMED.search(folded) is not None


def day_of_its_own(folded: str) -> bool:
    """Whether a sentence names a day other than the day it was told."""
    return names_a_day(TOLD_ON_DAY.sub(" ", folded))


DAY_NAMED = re.compile(_B + r"(?:" + _DAYS + r"|this morning|this week)" + _E)
# a reward for an arrest ("for information leading to the arrest of");
ARREST_SOUGHT = re.compile(r"(?<![a-z])(?:leading to|lead to|leads to|calls? for|sought|seeking|seek|warrants? for) (?:the |an |his |her |their )?$")
# a diplomatic protest ("summoned a senior diplomat on Tuesday to protest what it called firing");
DIPLOMATIC = re.compile(r"(?<![a-z])(?:summon\w*|lodg\w*|filed|files|sent|delivered|handed|issued)(?: [\w,'-]+){0,8}? (?:to |an? |a formal |a strong )?$")
# mining accidents ("a methane explosion trapped workers in a coal mine").
MINING = re.compile(_B + r"(?:coal|methane|miners|colliery|mine shaft|firedamp|underground)" + _E)
# the crew of a plane that crashed ("crashed during a training flight, killing both pilots").
CREW_KILLED = re.compile(r"(?:killed|killing)\s+(?:[a-z]+\s+){0,3}?"
                         r"(?:pilots?|crew\w*|airmen|co-?pilot|people on board|those on board|on board)")


def _attack_named(folded: str) -> bool:
    """An attack word that is not ruled out ("no sign of sabotage" names none)."""
    return any(not RULED_OUT.search(folded, max(0, m.start() - 30), m.start()) for m in ATTACK_WORDS.finditer(folded))


def _air_attack(folded: str) -> bool:
    """A word of an air attack, other than the crew of a crashed plane killed."""
    crew = [m.span() for m in CREW_KILLED.finditer(folded)]
    return any(not any(a <= m.start() < b for a, b in crew) for m in AIR_ATTACK.finditer(folded))


# Ordnance of a war long over (session 13).
OLD_ORDNANCE = re.compile(_B + r"(?:second world war|world war (?:ii|two|2|i|one|1)|wwii|ww2|first world war"
                          r"|wartime (?:bomb|shell|mine|ordnance)s?)" + _E)
# Session 18: mine action clears the war's leftovers ("destroyed 3,400 items of ERW"); deminers hit
# by a mine are still news.
PEOPLE_HURT = re.compile(_B + r"(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|casualt\w*|victims?|hit by|maimed)" + _E)
DEMINING = re.compile(_B + r"(?:(?:items|pieces) of (?:erw|uxo|unexploded ordnance|explosive remnants)|mine action"
                      r"|demining|de-mining|mine clearance|humanitarian clearance|clearing (?:the )?(?:land ?)?mines)" + _E)
# What a protest is about, right before the violence it names (session 13): "staged a demonstration in
# reaction to the recurring abductions", "a human chain protest against the suspected attempted rape".
TOPIC_MARKER = re.compile(_B + r"(?:against|over|in (?:reaction|response|protest) (?:to|at|against|over)?|protesting"
                          r"|denouncing|condemning|demanding|to demand|calling for|justice for|in memory of|marking"
                          r"|for the (?:release|recovery|return) of)" + _E)
TOPIC_REACH = 60


def _protest_topic(h: TriggerHit, hits: list[TriggerHit], folded: str) -> bool:
    """The violence a protest told before it is about: a protest act or word earlier in the sentence,
    then a topic word, then the trigger, no comma or clause between them."""
    if not (any(o.trigger.type == PROTESTS and o.end <= h.start for o in hits)
            or any(m.end() <= h.start for m in PROTEST_ACT.finditer(folded, 0, h.start))):
        return False
    for m in TOPIC_MARKER.finditer(folded, max(0, h.start - TOPIC_REACH), h.start):
        if not re.search(r"[,;.:]| and | when | while | as ", folded[m.end():h.start]):
            return True
    return False


# Session 18: talks that ended without the deal ("ended ... without agreement on a prisoner exchange").
NO_DEAL = re.compile(_B + r"(?:without (?:an? |any )?(?:agreement|deal|breakthrough)|failed to (?:agree|reach|strike)"
                     r"|no (?:agreement|deal) (?:was|has been) reached|(?:talks|negotiations) (?:collapsed|broke down|stalled))" + _E)
# Session 18: a state's executions after a court's sentence ("convicted dozens ... and several have been executed").
JUDICIAL_EXECUTION = re.compile(_B + r"(?:convicted|sentenced|condemned|death sentences?|death row|hanged)" + _E)
# ... not an armed group's own "court" ("militants executed three men they had sentenced").
NON_STATE_EXECUTORS = re.compile(_B + r"(?:militants?|jihadists?|insurgents?|rebels?|gunmen|fighters|militia\w*|shabaab"
                                 r"|taliban|islamic state|isis|jnim|boko haram|sharia court)" + _E)
# Session 18: a parade is no protest unless it claims something ("soldiers marched across Red Square in
# the Victory Day parade"). A march or rally on an anniversary is one: ACLED codes commemorations that
# gather a crowd as peaceful protests (the training pool's "marched silently in Ouagadougou to mark the
# anniversary of the Hotel Splendid attack"), and South Asia's protests are "processions".
PARADE = re.compile(_B + r"(?:(?:military|victory day|independence day|national day|annual) parade|parade (?:ground|of troops))" + _E)
# Violence a commemoration remembers is no news: "Families of the victims of the Camp Speicher massacre
# gathered in Tikrit to mark eleven years since Islamic State fighters killed some 1,700 cadets".
COMMEMORATING = re.compile(_B + r"(?:gathered|assembled|held|lit|laid|observed|attended|marked"
                           r"|commemorated|paid (?:tribute|homage)|remembered|honou?red) (?:[\w,'-]+ ){0,8}?"
                           r"(?:to mark|to commemorate|to remember|to honou?r|in memory|vigils?|wreaths?|candles"
                           r"|minute of silence|anniversary|memorial)" + _E)
# ... only when the gathering is the sentence's own news, not the crowd an attack struck ("a suicide
# bomber struck a crowd that had gathered to mark the anniversary", "mourners who gathered").
SUBORDINATE_BEFORE = re.compile(r"(?<![a-z])(?:that|who|which|where|when|as|while|after|before)(?: [a-z'-]+){0,2} $")
# What a crowd claims, which makes a march on a day of remembrance a protest ("to mark Prisoners' Day
# and demand the release of prisoners").
CLAIM = re.compile(_B + r"(?:demand\w*|call(?:ed|ing|s)? for|against|chant\w*|slogans?|placards?|banners?)" + _E)
# People described by what they once did ("Troops who have fought in Ukraine took part").
WHO_FOUGHT = re.compile(r"(?:who|that) (?:have|had|has) $")


# Session 18: news denied as false ("reports of soldiers killed in an ambush near Damboa circulating on
# social media are false and should be disregarded").
DENIED_REPORTS = re.compile(_B + r"(?:reports?|claims?|rumou?rs?|videos?|posts?|stories) (?:of|that|about|alleging) "
                            r"(?:[\w,'-]+ ){1,16}?(?:(?:are|were|is|was) (?:false|fake|baseless|untrue|unfounded|fabricated"
                            r"|misleading)|should be disregarded)" + _E)


def drop_hits(hits: list[TriggerHit], folded: str, armed_actor: bool = False) -> tuple[list[TriggerHit], bool]:
    """The triggers that still report an event once the sentence's context is read (English), and
    whether the model may still read the sentence as one with no trigger: when the only triggers
    dropped told what someone was accused or suspected of, outside a court ("locals wounded a man
    suspected of killing a farm worker": the wounding is the event, and the lexicon has no word for it)."""
    if not hits:
        return hits, False
    if SPORT.search(folded) is not None:  # searched once: most sentences name no game
        if _only_the_game(folded):
            return [], False  # sport(folded)
        if not GRIEVANCE.search(folded) and not sport_violence(SPORT_CROWD.sub(" ", folded)):
            # Session 17: fans who march or gather around a match, with nothing claimed, celebrate
            # ("Thousands of fans marched through the city after the World Cup final").
            hits = [h for h in hits if h.trigger.type != PROTESTS]
            if not hits:
                return [], False
    court = COURT.search(folded) is not None
    judicial = [m.end() for m in JUDICIAL.finditer(folded)
                if court or (m.group().startswith(("accused", "suspected", "wanted", "suspect"))
                             and not AUXILIARY.search(folded, 0, m.start()))]
    not_used = weapons_not_used(folded)
    # Both read only for an explosion word: most sentences with triggers have none.
    blasts = any(h.trigger.type == EXPLOSIONS for h in hits)
    held = blasts and weapons_held(folded)
    # Strikes or shelling that supported an advance ("regime forces supported by Russian airstrikes
    # captured Kafr Noran after clashes"): the fight or the capture is the event.
    support = ([m.span() for m in SUPPORTING_FIRE.finditer(folded)]
               if blasts and any(h.trigger.type == BATTLES for h in hits) else [])
    if GRIEVANCE.search(folded) is None and CLAIM.search(folded) is None:
        paraded = PARADE.search(folded) is not None
        remembered = any(not SUBORDINATE_BEFORE.search(folded, max(0, m.start() - 30), m.start())
                         for m in COMMEMORATING.finditer(folded))
        if paraded or remembered:
            hits = [h for h in hits if not (paraded and h.trigger.type == PROTESTS)
                    and not (remembered and h.trigger.type in (BATTLES, EXPLOSIONS, VAC))]
            if not hits:
                return [], False
    if NO_DEAL.search(folded) is not None:
        hits = [h for h in hits if h.trigger.sub_type != "Agreement"]
        if not hits:
            return [], False
    if DENIED_REPORTS.search(folded) is not None:
        hits = [h for h in hits if h.trigger.type not in (BATTLES, EXPLOSIONS, VAC)]
        if not hits:
            return [], False
    if HABIT.search(folded) is not None and not day_of_its_own(folded):
        return [], False  # a state of things, whatever its words: "raids ... have been part of life"
    if LEFTOVERS.search(folded) is not None and WENT_OFF.search(folded) is None:
        return [], False  # mines and shells left in the land, and nothing went off
    past = [m.end() for m in PAST_REFERENCE.finditer(folded)] + [m.end() for m in PLOT.finditer(folded)]
    spans_after = [m.end() for m in SPAN_AFTER.finditer(folded)]
    # "the deadliest attack since 2019" is news measured against the past, not a summary.
    summary = (any(not SUPERLATIVE_BEFORE.search(folded, max(0, m.start() - 60), m.start())
                   for m in SUMMARY.finditer(folded)) or TREND.search(folded) is not None
               or (TREND_DESPITE.search(folded) is not None and DAY_NAMED.search(folded) is None)
               or ((TREND_AROUND.search(folded) is not None or DURATION.search(folded) is not None)
                   and not names_a_day(folded)))
    past_clauses = [m.end() for m in PAST_CLAUSE.finditer(folded)] + [m.end() for m in PAST_EPISODE.finditer(folded)]
    air_accident = AIR_ACCIDENT.search(folded) is not None and not _air_attack(folded)
    war_toll = WAR_TOLL.search(folded)
    tallies = [m for m in (war_toll, TALLY_SINCE.search(folded)) if m is not None]
    toll_from = min((m.start() for m in tallies), default=len(folded) + 1)
    crime = criminal(folded, armed_actor)
    blast_accident = ACCIDENT_BLAST.search(folded) is not None and not _attack_named(folded)
    # "An explosion at a fuel depot caused by a leak killed two workers": the deaths are the accident's.
    accident_deaths = (blast_accident and BLAST_WORDS.search(folded) is not None
                       and GUNFIRE.search(folded) is None)
    kept = []
    charge_only = True
    recalled = None  # where the first trigger of a recalled event ends
    for h in hits:
        t = h.trigger
        if (summary or h.start >= toll_from) and t.type in (BATTLES, EXPLOSIONS, VAC):
            charge_only = False
            continue  # "heavy fighting in recent months has left thousands of children malnourished"
        if any(0 <= h.start - end <= PAST_WINDOW for end in past) and t.type in (BATTLES, EXPLOSIONS, VAC):
            charge_only = False
            recalled = h.end if recalled is None else recalled
            continue  # "the first anniversary of the October 7 attack"
        if t.sub_type == KILLING and recalled is not None and RECALLED_CLAUSE.search(folded, recalled, h.start):
            charge_only = False
            continue  # "... the anniversary of the school massacre, in which 147 people were killed": its toll
        if (t.type in (BATTLES, EXPLOSIONS, VAC) and IN_COURT.search(folded)
                and WHO_BEFORE.search(folded, max(0, h.start - 30), h.start)):
            charge_only = False
            continue  # "a man who killed his neighbour ... was jailed for life": the crime judged
        # In a court's sentence the rest of it tells the charge (session 10: "charged ten former army
        # officers over the killing of civilians who were falsely presented as guerrillas killed in combat").
        reach = JUDICIAL_WINDOW
        if court:  # to the end of the clause ("..., hours before gunmen attacked a checkpoint" is news)
            reach = len(folded)
            commas = [folded.find(",", end) for end in judicial]
            reach = max((c - e for c, e in zip(commas, judicial) if c >= 0), default=reach)
        if any(0 <= h.start - end <= reach for end in judicial) and (
                t.type in (BATTLES, EXPLOSIONS, VAC)
                # Session 20: "three men accused of organising vote-buying networks and paid protests".
                or (not court and t.type == PROTESTS)):
            charge_only = charge_only and not court
            recalled = h.end if recalled is None else recalled
            continue  # "accused of shooting dead a teenager": the charge, not the news
        if t.type == BATTLES and WHO_FOUGHT.search(folded, max(0, h.start - 12), h.start):
            charge_only = False
            continue  # "Troops who have fought in Ukraine took part in the parade": who they are
        if (t.type == VAC and folded.startswith("execut", h.start) and JUDICIAL_EXECUTION.search(folded)
                and not NON_STATE_EXECUTORS.search(folded)):
            charge_only = False
            continue  # "courts have convicted dozens ..., and several have been executed": the state's sentence
        charge_only = False
        if (t.type in (PROTESTS, RIOTS) and IN_COURT.search(folded) and not PROTEST_ACT.search(folded)
                and not (t.type == RIOTS and DAMAGE.search(folded))):  # a riot after a sentencing (session 10)
            continue  # "a court granted bail to 10 protesters charged with treason"
        if (t.sub_type == "Arrests" and IN_COURT.search(folded)
                and ARRESTED_BEFORE.search(folded, max(0, h.start - 20), h.start)):
            continue  # "granted bail to 12 protesters arrested during last month's demonstrations"
        if t.type in (PROTESTS, RIOTS) and any(0 <= h.start - m.end() <= 40 for m in BACKGROUND.finditer(folded)):
            charge_only = False
            continue  # "promised to reform the police after weeks of anti-government demonstrations"
        if any(0 <= h.start - end <= SPAN_REACH and "," not in folded[end:h.start] for end in spans_after):
            charge_only = False
            continue  # "Ten years after the government and the MILF signed a peace deal, ...": the past
        if FUTURE_AFTER.match(folded, h.end):
            continue  # "the intent of causing violence during opposition protests next month"
        if t.sub_type == "Abduction/forced disappearance" and HOSTAGE_METAPHOR.search(folded):
            continue  # "their city ... is held hostage by the rivalries of its armed groups"
        if t.sub_type == "Arrests" and ARREST_SOUGHT.search(folded, max(0, h.start - 30), h.start):
            continue  # "a reward for information leading to the arrest of a financier"
        if (t.sub_type == "Disrupted weapons use" or t.type == EXPLOSIONS or t.sub_type == "Looting/property destruction") \
                and (OLD_ORDNANCE.search(folded) or (DEMINING.search(folded) and not PEOPLE_HURT.search(folded))):
            charge_only = False
            continue  # "defused a Second World War bomb found at a construction site": no conflict's weapon
        if t.sub_type == "Air/drone strike" and air_accident:
            charge_only = False
            continue  # "an air force jet crashed during a training flight"
        if (t.sub_type == "Abduction/forced disappearance" and NOT_SEEN.match(folded, h.start)
                and not TAKEN_BY.search(folded)):
            continue  # "the climbers have not been heard from since August 4": missing, not taken
        if PAST_TIME.search(folded, h.end, h.end + PAST_TIME_WINDOW) or (
                PAST_BEFORE.search(folded, max(0, h.start - 40), h.start)
                and not folded.endswith("ed", 0, h.end)  # "after last year's mutinies protested": a verb, today's news
                # "detained three weeks ago has not been heard from since": a disappearance lasts till today
                and not NOT_SEEN.match(folded, h.start)):
            charge_only = False
            continue  # "a cargo ship that was attacked by the Houthis last month sank", "last year's prisoner exchange"
        if t.type in (BATTLES, EXPLOSIONS, VAC) and (
                TOPIC_BEFORE.search(folded, max(0, h.start - 40), h.start)
                or any(m.end() <= h.start for m in MARKETS.finditer(folded))
                or KILLED_IN_YEAR.match(folded, h.start)
                or any(0 <= h.start - end <= PAST_CLAUSE_REACH for end in past_clauses)):
            charge_only = False
            continue  # "a summit to discuss the fighting", "oil prices climbed after reports of an attack"
        if t.type in (BATTLES, EXPLOSIONS, VAC) and _protest_topic(h, hits, folded):
            charge_only = False
            continue  # "students staged a human chain against the attempted rape of a student": what it is about
        if t.type == PROTESTS and (RESIGNED_IN.search(folded, max(0, h.start - 80), h.start)
                                   or (DIPLOMATIC.search(folded, max(0, h.start - 90), h.start)
                                       and not PROTEST_ACT.search(folded))):
            continue  # "a minister resigned on Sunday in protest at the handling of the talks"
        if t.sub_type == TERRITORY and (GOODS_BEFORE.search(folded, max(0, h.start - 60), h.start) or (
                folded.startswith(("seized by", "captured by"), h.start)
                and GOODS_TAKEN_BY.search(folded, max(0, h.start - 60), h.start))):
            charge_only = False
            continue  # "two vehicles burned and livestock seized": goods taken, no place (session 14)
        if t.sub_type == "Change to group/activity" and RELIEF.search(folded):
            continue  # "troops were deployed to help distribute aid after the earthquake"
        if t.type == EXPLOSIONS and not_used:
            continue  # "fighter jets staged live-fire drills"
        if t.type == EXPLOSIONS and any(a <= h.start < b for a, b in support):
            continue
        if t.type == EXPLOSIONS and held:
            # "arrested a smuggler carrying a grenade", "recovered a cache of mortar rounds": the weapon
            # found or held is disrupted, not used (an arrest said with it outranks this).
            kept.append(TriggerHit(h.start, h.end, _HELD_TRIGGER))
            continue
        if t.type == EXPLOSIONS and t.sub_type == _BLAST_SUB:
            if t.rank <= _GENERIC_BLAST_RANK and blast_accident:
                continue  # "a fuel tanker overturned and exploded"
            if _MINE_OF_ORE.search(folded, 0, h.end) or (blast_accident and MINING.search(folded)):
                continue  # "a collapsed gold mine", "a methane explosion in a coal mine"
        if t.sub_type == "Disrupted weapons use" and blast_accident and BLAST_WORDS.search(folded):
            continue  # "a fire at an ammunition depot set off hours of explosions"
        if t.sub_type == KILLING and (accident_deaths or air_accident):
            continue
        if t.sub_type == TERRITORY and GOODS_SEIZED.match(folded, h.end):
            continue  # "police seized four tonnes of cocaine"
        if t.sub_type == TERRITORY and taken_adjective(folded, h.start, h.end):
            continue  # "residents returned to the recaptured town"
        if crime and (t.sub_type in ("Arrests", KILLING) or (t.type == VAC and t.sub_type == "Attack")):
            continue  # "arrested three men suspected of stealing gold", "stabbed during an argument"
        kept.append(h)
    return kept, charge_only and not kept


# Session 8: who was fired on or killed, when they were marching: "fired live rounds at anti-coup
# marchers", "opened fire on protesters" (ACLED: excessive force against protesters).
# People named by what they were doing: "worshippers protesting after Friday prayers" (shared with
# geo.events.extract's fire-on-a-march pattern).
PROTESTING_CROWD = (r"(?:crowds?|people|residents|students|youths|worshippers|women|men|workers|farmers|villagers"
                    # Session 20: "detained dozens of his supporters who had blocked Baghramyan Avenue".
                    r"|supporters) (?:who were |who had |who )?(?:protesting|demonstrating|marching|rallying|blocking|blocked)")
PROTESTERS = re.compile(_B + r"(?:(?:[a-z]+-)*(?:protesters|protestors|demonstrators|marchers|rally-?goers)"
                        r"|(?:a|the|their|his|her|peaceful|opposition) (?:protest|demonstration|rally|march|sit-in)"
                        r"(?! (?:leaders?|organi[sz]ers?))(?!,? ?\d)"
                        r"|" + PROTESTING_CROWD + r")" + _E)
# A crowd's violence aimed at the state or voicing a grievance is a violent demonstration, not mob
# violence (which ACLED keeps for crowds turning on people): "clashing with security forces",
# "pelted police with stones", "over power cuts".
AGAINST_STATE = re.compile(_B + r"(?:(?:clash\w*|fought|fighting|scuffl\w*) with|pelt\w*|ston(?:ed|ing)"
                           r"|threw (?:stones|rocks|bottles|petrol bombs|molotov cocktails) at|hurl\w* (?:stones|rocks) at)"
                           r" (?:the )?(?:[a-z]+ )?(?:police|policemen|security forces|troops|soldiers|officers|gendarmes?"
                           r"|riot police|authorities)" + _E)
GRIEVANCE = re.compile(_B + r"(?:in protest (?:at|against|over)|protesting (?:against|over)|to protest|demanding"
                       r"|angered by|angry (?:over|at|about)|furious (?:over|at|about)|outraged (?:by|over|at)"
                       r"|over (?:(?:the |a )?(?:[a-z]+ ){0,2})?(?:power cuts|blackouts|prices|price rises|fuel|taxe?s?"
                       r"|water shortages?|shortages|election results?|the (?:election|vote|results)|evictions?"
                       r"|the killing|the death|the arrest|unpaid wages|wages|salaries|the law|the bill|the decision)"
                       # Session 10: "torched buses in Dakar after he was sentenced".
                       r"|after (?:he|she|they|their leader|the \w+) (?:was|were|had been) (?:sentenced|convicted|jailed"
                       r"|arrested|detained|barred|disqualified))" + _E)
CROWD_SIDES = re.compile(_B + r"(?:youths|villagers|residents|rival (?:clans|communities|groups|villages|gangs of youths)"
                         r"|clansmen|communities|mobs?|crowds?|herders and farmers|farmers and herders|students|neighbours"
                         r"|a group of villagers|a group of youths|a group of men|dozens of (?:men|people|youths)"
                         r"|men armed with (?:sticks|clubs|machetes|knives|stones|iron bars))" + _E)
_ARMED_MEN = r"gunmen|militants|fighters|militia\w*|soldiers|troops|rebels|jihadists|bandits|insurgents"
ARMED_WORDS = re.compile(_B + r"(?:" + _ARMED_MEN + r"|armed (?:men|group)|police)" + _E)
# Party supporters, a party's factions or two groups of villagers fighting each other, no armed group
# and no gunfight named, are mob violence in ACLED's scheme, not a clash of armed groups (session 10:
# "two factions of Chhatra League clashed", "supporters of rival candidates clashed").
PARTY_SIDES = re.compile(_B + r"(?:supporters|activists|followers|cadres|factions? of|factional|party (?:members|workers|men)"
                         r"|(?:two|rival) groups of (?:villagers|residents|locals|students|youths)"
                         # ACLED's scheme since 2019 (session 13): groups with no organisation of arms are
                         # rioters, "two rival groups clashed over a land dispute" is mob violence (of the
                         # training notes naming such sides and no armed one, 360 of 403 outside South
                         # Asia 2015, whose older coding made them communal militias).
                         r"|(?:two|rival|opposing) (?:local )?(?:rival )?groups|members of (?:two|rival|both)"
                         r"|rivals|rival (?:men|sides)|relatives|(?:two|rival|neighbouring|neighboring) (?:villages|families)"
                         r"|(?:villagers|inhabitants|residents) (?:of|from) (?:[\w-]+ ){1,3}?and)" + _E)
GUNFIGHT = re.compile(_B + r"(?:gun ?battles?|gunfights?|firearms|exchanged fire|exchange of fir(?:e|ing)|shoot-?outs?|forces|battalion|guards?"
                      r"|regime|islamists?|islamic|tribal|tribes?|clans?|rebels?|jihadists?|armed)" + _E)
# Strikes or shelling told with ground fighting are one battle in ACLED's coding (session 10: of the
# 285 training notes naming both, 276 are battles): "clashes took place ... amid Turkish
# airstrikes", "shelled the town while clashing with YPG forces", "backed by airstrikes".
GROUND_FIGHTING = re.compile(r"(?<![a-z])(?<!no )(?<!without )(?<!after )(?<!since )(?<!following )(?<!before )"
                             r"(?<!after the )(?<!days after )(?:clash(?:es|ed|ing)?|fighting between|fought"
                             r"|exchanges? of fire|exchanged fire|gun ?battles?|gunfights?"
                             r"|ground (?:operations?|assault|offensive|forces'? advance))" + _E)
_STRIKE_SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")
# A bomb, grenade or barrage that opens or backs an assault with small arms is one battle in ACLED's
# coding (session 13: of the training notes telling an explosive weapon with gunfire, an exchange of
# fire or a "complex attack", 80 of 88 are battles): "a complex ambush initiated by an IED detonation
# followed by small arms fire", "hurled a grenade at soldiers who reacted with gunfire",
# "operations backed by airstrikes killed 7 militants".
COMBINED_ARMS = re.compile(_B + r"(?:(?:followed|ensued|accompanied) by (?:\w+ ){0,3}?(?:gunfire|small arms fire|shooting)"
                           r"|small arms fire|(?:gunfire|firefights?) (?:exchanges?|was exchanged)|exchanges? of (?:gun)?fire"
                           r"|exchanged (?:\w+ )?fire|firefights?|(?:reacted|responded|retaliated) with (?:\w+ )?(?:gun)?fire"
                           r"|returned fire|complex (?:attack|ambush|assault)|multi-?pronged (?:attack|assault)"
                           r"|backed by (?:\w+ )?(?:air ?strikes?|air support|helicopters?|drones?))" + _E)
# A crowd, a party's supporters or villagers who beat, wound or kill someone are rioters in
# ACLED's scheme (mob violence), not an armed group attacking civilians (session 10: of the training
# notes whose subject is such a crowd and that name no armed man, 362 are mob violence, 42 attacks).
CROWD_SUBJECT = re.compile(_B + r"(?:supporters|activists|followers|cadres|members of|a (?:number|group) of (?:people|locals"
                           r"|villagers|residents|youths|men)|locals|villagers|residents|youths|a mob|mobs|crowds?|students"
                           r"|workers|relatives|family members)" + _E)
NOT_A_CROWD = re.compile(_B + r"(?:" + _ARMED_MEN + r"|armed|police|forces|unidentified|unknown|assailants|miscreants|suspected|gangs?"
                         r"|gangsters|cartels?|terrorists|extremists|separatists|guerrillas?|attackers|raiders|kidnappers"
                         r"|abductors"
                         # Farmers and herders fighting over land are communal militias to ACLED: attacks.
                         r"|farmers?|herders?|herdsmen|pastoralists?|fulani|community|communities|ethnic)" + _E)
# Villagers who attack a Fulani camp or an ethnic community act as a communal militia (an attack).
COMMUNAL_TARGET = re.compile(_B + r"(?:fulani|peul\w*|pastoralists?|herders?|herdsmen|ethnic|tribes?|clans?)" + _E)
PASSIVE_BEFORE = re.compile(r"(?:was|were|been|being) (?:\w+ly )?$")
SPEAKER_AFTER = re.compile(r" (?:said|say|says|told|claimed|reported|accused)(?![a-z])")
# Property taken or destroyed with no one harmed is ACLED's looting/property destruction, not an
# attack (session 10: of the training notes where armed men loot, seize, burn or destroy and no one is
# harmed, 306 are looting, 58 attacks): "gunmen seized a hundred head of livestock", "militants
# attacked and burned the ranger station".
PROPERTY_ACT = re.compile(_B + r"(?:looted|looting|pillag\w*|seized|stole|stolen|steal\w*|torched|ransacked|vandali[sz]ed"
                          # Session 13: robbing travellers and extortion are looting in ACLED's scheme (training
                          # notes with these words and no one harmed: 21 looting, 4 attacks).
                          r"|stripp\w* (?:\w+ ){0,3}?of (?:their |his |her )?(?:belongings|valuables|possessions|money|cash"
                          r"|goods)|extort\w*|racket\w*"
                          r"|destroyed|demolished|rustl\w*|carried off|took away|robbed|set (?:ablaze|on fire|fire to)"
                          r"|burn(?:ed|t|ing) (?:down )?(?:\w+ ){0,3}?(?:houses?|huts?|shops?|vehicles?|cars?|trucks?"
                          r"|antennas?|buildings?|granar\w*|crops|property|school|station|office))" + _E)
DESTRUCTION = re.compile(_B + r"(?:torched|ransacked|vandali[sz]ed|destroyed|demolished|damaged|set (?:ablaze|on fire|fire to)"
                         r"|burn(?:ed|t|ing) (?:down )?(?:the |a |an |\w+ )?(?:[\w-]+ )?(?:schools?|houses?|huts?|shops?"
                         r"|vehicles?|cars?|trucks?|buildings?|churche?s?|mosques?|offices?|stations?|granar\w*|crops))" + _E)
# Armed men killed: whatever else was done (arrests, a base dismantled, arms seized), ACLED codes the
# fighting (session 13: of the training notes telling both, none is a strategic development; most
# are armed clashes): "dismantled a militant camp, killing several", "killed a presumed militiaman
# and arrested 24 others".
_COMBATANTS = (r"(?:militants?|soldiers?|fighters|jihadis|jihadists|terrorists?|militiam[ae]n|insurgents?|rebels?"
               r"|gendarmes?|policem[ae]n|suspects?|bandits?|assailants?|attackers)")
COMBATANTS_KILLED = re.compile(r"(?<![a-z])(?<!no )(?:" + _COMBATANTS + r" (?:(?:were|was|had been) (?:killed|shot dead"
                               r"|neutrali[sz]ed)|(?:killed|shot dead|neutrali[sz]ed)(?= (?:in|during|by|and|when|as|while)\b|[,.;]))"
                               r"|(?:killed|killing|neutrali[sz]ed|neutrali[sz]ing|shot dead) (?:\w+ ){0,3}?" + _COMBATANTS
                               + r")" + _E)
# A member of an armed or security force shot, killed or assassinated, and no civilian named: ACLED
# codes a battle, one-sided as it may be (session 13: of the training notes telling it, about 290 are
# battles, 17 attacks): "shot dead a police officer", "assassinated a QSD member", "an IRGC member was killed".
_FORCE_MEMBER = (r"(?:police ?(?:officers?|men|man|agents?|constables?)|policem[ae]n|soldiers?|troops|fighters?"
                 r"|militiam[ae]n|(?:checkpoint |security )?guards?|gang members?|commanders?|gendarmes?"
                 r"|members? of (?:the )?(?:[\w-]+ ){0,2}?(?:forces|army|militia|brigade|battalion|gang|cartel|group)"
                 # an armed group's short name: "a QSD member", "one JNIM member" (not "party members", "two members")
                 r"|(?:an?|the|one|two|three|four|five|\d+) (?!(?:party|union|family|club|crew|staff|board|team|tribe"
                 r"|clan|house|press|media|council|church|school|cabinet|senate|crowd|mob|local|senior|former|other"
                 r"|more|two|three|four|five|six|seven|eight|nine|ten|its|his|her|their|our|some|many|few|all|both"
                 r"|youth|women|family)\b)[a-z]{2,6} (?:members?|fighters?|commanders?|militiam[ae]n))")
FORCE_MEMBER_HIT = re.compile(r"(?<![a-z])(?<!former )(?<!off duty )(?<!off-duty )(?<!retired )(?:(?:shot dead|shot and killed|assassinated|killed|shot at|opened fire (?:on|at)"
                              r"|fired (?:at|on|toward|towards))(?! by)(?: an?| the| two| three| four| \d+)?"
                              r" (?:(?!(?:by|with|former|retired|off-duty|off|when|as|after|while|before|during|in|at"
                              r"|on|near|and|but|then|where) |ex-)[\w-]+ ){0,2}?" + _FORCE_MEMBER
                              + r"(?!'s|’s| of |'| wife| husband| son| daughter| child| family| relatives?)"
                              # Session 14: "2 policemen were kidnapped and killed", "a soldier was beheaded"
                              # (training notes: 6 of 6 battles).
                              + r"|" + _FORCE_MEMBER + r" (?:was|were) (?:(?:abducted|kidnapped|captured) and (?:later )?)?"
                              r"(?:shot dead|shot and killed|assassinated|killed|shot|beheaded|executed))"
                              + _E)
# An armed answer to an attack, or an attack on a post of the security forces: ACLED codes the battle
# (session 13: of the training notes telling an attack "repelled" or "responded to" by armed men,
# 196 of 202 are battles; of those telling an attack on a gendarmerie, checkpoint, base, patrol or
# convoy and no civilian, 395 of 430, most others a crowd's riot).
ARMED_RESPONSE = re.compile(_B + r"(?:repelled|repulsed|responded to the (?:attack|assault|shots|fire|gunfire|shooting)"
                            r"|retaliated|fought back|fired back|returned the fire"
                            r"|returned fire|defending the village|self-defen[cs]e (?:group |militia |forces )?"
                            r"(?:responded|repelled|repulsed|fought))" + _E)
ATTACK_ON_POST = re.compile(_B + r"(?:attack\w*|assault\w*|raid\w*|stormed|opened fire (?:on|at|against)|fired (?:on|at|upon))"
                            r" (?:on |against )?(?:the |a |an )?(?:[\w-]+ ){0,2}?(?:gendarmerie|police (?:station|post)"
                            r"|military (?:post|base|camp|position|detachment|outpost)|army (?:post|base|camp|position)"
                            r"|checkpoints?|check points?|barracks|patrols?|convoys?|outposts?|positions of)" + _E)
# Petrol, crude or hand-made bombs thrown with no organised armed group named are rioters' weapons in
# ACLED's scheme since 2019 (session 13: modern Bangladesh notes naming them, 93 of 98 riots; South Asia
# 2015's older coding made them attacks or explosions): mob violence, or a violent demonstration when
# thrown in a protest, a strike or at the police.
IMPROVISED_BOMBS = re.compile(_B + r"(?:petrol bombs?|crude bombs?|molotov(?: cocktails?)?|cocktail bombs?|hand-?made bombs?"
                              r"|country-?made bombs?|fire ?bombs?)" + _E)
STRIKE_ACTION = re.compile(_B + r"(?:hartal|blockade|general strike|shutdown|bandh|rally|procession)" + _E)
# People arrested at a protest: ACLED codes the protest, with intervention (session 13: of the training
# notes telling protesters or people arrested and a protest, 72 of 84 are protests, none arrests).
ARRESTED_CROWD = re.compile(_B + r"(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|rounded up) (?:\w+ ){0,4}?(?:protesters"
                            r"|demonstrators|people|participants|activists|students|those|marchers|retirees|workers|supporters)" + _E)
PROTEST_SCENE = re.compile(_B + r"(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|vigil|sit-?in|picket\w*"
                           r"|placards?|banners?|signs reading|(?:lay|laid|laying) flowers"
                           # Session 20: a crowd's blockade ("supporters who had blocked Baghramyan Avenue").
                           r"|who (?:had |have |were )?block(?:ed|ing))" + _E)
# A protest still to come: the arrests prevent it, they do not end it ("ahead of a planned rally").
PROTEST_TO_COME = re.compile(_B + r"(?:ahead of|planned|before (?:a|the)|to prevent|to stop|to foil|called for|calling for)" + _E)
NAMED_CIVILIANS = re.compile(_B + r"(?:civilians?|villagers?|women|children|child|farmers?|passengers|residents"
                             r"|worshippers|protesters|demonstrators|journalists?|students|family|relatives)" + _E)
# People killed beside the abduction: ACLED codes the attack (session 13: training notes whose first
# sentence tells both, 102 of 102 attacks).
KILLED_TOO = re.compile(r"(?<![a-z])(?<!no one was )(?<!nobody was )(?<!not )(?:killed|killing|executed|executing"
                        r"|beheaded|beheading|shot dead|murdered|slaughtered)" + _E)
# Goods or animals taken, no person (session 14: of the training notes saying so with no word of harm,
# abduction or fighting, 127 of 192 are looting, 3 abductions; the model read some as abductions).
GOODS_TAKEN = re.compile(_B + r"(?:seized|stole|stolen|rustled|carried off|took away) (?:(?!(?:women|men|children|people"
                         r"|girls|boys|villagers|civilians|passengers|him|her|them)(?![a-z]))[\w-]+ ){0,4}?(?:carts?"
                         r"|goats?|sheep|cattle|livestock|cows|oxen|motorbikes?|motorcycles?|vehicles?|cars?|trucks?|goods"
                         r"|cash|money|belongings|animals|camels|donkeys|phones?|ruminants|heads of)" + _E)
TAKEN_AWAY = re.compile(_B + r"(?:took away|taken away|carried off|led away|whisked away|held|detained|missing|hostages?)" + _E)
PERSON_HARM = re.compile(r"(?<![a-z])(?<!no )(?<!not )(?<!without )(?<!no one was )(?<!no one were )(?<!nobody was )"
                         r"(?<!no one was reported )(?<!nobody was reported )(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|beat"
                         r"|beaten|assault\w*|shot|abduct\w*|kidnap\w*|raped|execut\w*|hostages?|stabb\w*|hacked"
                         r"|tortur\w*|casualt\w*|victims?|massacre\w*|lynch\w*|assassinat\w*"
                         # An attack on a village or on people is an attack whatever was burned.
                         r"|attack\w* (?:on )?(?:the |a |an )?(?:[\w-]+ ){0,4}?(?:villages?|hamlets?|locality|town|camps?"
                         r"|people|civilians|traders|passengers|travell?ers|market\w*|residents|worshippers))" + _E)
# A report's remark on its own toll, a sentence of its own in ACLED's notes (session 10).
TOLL_REMARK = re.compile(r"\s*(?:total )?(?:fatalities|casualties|deaths|the (?:death )?toll)\b(?:(?! (?:after|when|in|during) ).){0,60}$")
# ... and on the motive or the perpetrators: "Motivation unknown/not reported.", "The motive for the
# attack remains unclear." (session 15: 20 such sentences in 13,000 region-held-out notes).
MOTIVE_REMARK = re.compile(r"\s*(?:the )?(?:motive|motivation|perpetrator)s?\b[^.]{0,70}?\b(?:unknown|unclear|not known"
                           r"|not reported|not clear|unidentified)\b[^.]{0,30}\.?\s*$")
FANS = re.compile(_B + r"(?:fans|supporters of (?:the |a |rival )?(?:club|team)|hooligans|ultras|their team|the match)" + _E)
DEMONSTRATING = re.compile(_B + r"(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|demand\w*)" + _E)
CRUDE_WEAPONS = re.compile(_B + r"(?:machetes?|clubs|sticks|stones|rocks|knives|spears|bows|arrows|iron (?:bars|rods)"
                           r"|axes|cudgels|batons|bricks)" + _E)
# Protesters named in a court sentence are its defendants, not a protest (session 8: "a court
# granted bail to 10 protesters"), unless they are said to protest.
PROTEST_ACT = re.compile(_B + r"(?:protested|protesting|rallied|marched|marching|demonstrated|demonstrating|gathered"
                         r"|took to the streets|staged|formed a human chain|blocked"
                         # Session 9: "students held a protest march ... against the high court order".
                         r"|picketed|picketing"
                         # Session 12: "carried out a demonstration outside the Electoral Supreme Court".
                         r"|(?:held|holding|carried out|organi[sz]ed|organi[sz]ing) (?:a |an )?(?:[\w-]+ ){0,2}?"
                         r"(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?|human chains?|pickets?))" + _E)
WHO_BEFORE = re.compile(r"(?<![a-z])(?:who|whom|that)\s+(?:[a-z]+\s+){0,2}$")
# "12 protesters arrested during ...": an arrest told of the defendants, in a court sentence.
ARRESTED_BEFORE = re.compile(r"(?<![a-z])(?:protesters|demonstrators|people|men|women|activists|students|suspects|those"
                             r"|youths|members|supporters|\d+)\s+$")
# Troops sent to help after a disaster, or to guard an election or a summit, change no armed group's activity.
RELIEF = re.compile(_B + r"(?:aid|relief|rescue\w*|humanitarian|earthquake|floods?|flooding|cyclone|hurricane|typhoon"
                    r"|wildfires?|disaster|evacuat\w*|vaccinat\w*|polling stations?|elections?|summit|parade)" + _E)
AIR_ACCIDENT = re.compile(_B + r"(?:crash(?:ed|es)?|crash-landed|went down|training (?:flight|mission|sortie)|ejected"
                          r"|technical (?:fault|failure|problem)|mechanical (?:fault|failure)|emergency landing)" + _E)
AIR_ATTACK = re.compile(_B + r"(?:strikes?|struck|bomb\w*|raids?|targeted|hit|shot down|downed|attack\w*|killed|killing"
                        r"|dropped from)" + _E)  # session 19: "a gas cylinder dropped from a helicopter crashed through the roof"
IN_COURT = re.compile(_B + r"(?:courts?|judges?|tribunals?|trials?|bail|sentenced|acquitted|convicted|verdict|indicted)" + _E)
BURNED_ALIVE = re.compile(_B + r"(?:burn(?:ed|t) (?:\w+ ){0,3}?(?:alive|to death)|set (?:\w+ ){0,3}?(?:on fire|ablaze|alight) alive"
                          r"|lynch\w*|beat (?:\w+ ){0,3}?to death|stoned (?:\w+ ){0,3}?to death)" + _E)
# Ceremonies, honours and a court's rulings: an army or a deployment named, no event reported (a
# rescue by the model only; a live trigger still counts).
CEREMONY = re.compile(_B + r"(?:ceremon(?:y|ies)|medals?|awarded|decorated for|honou?rs? (?:roll|guard)"
                      # Decrees and appointments (session 8): "suspended all political parties by decree",
                      # "the army chief was replaced in a reshuffle".
                      r"|by decree|decreed|reshuffle\w*|was replaced|were replaced|appointed|sacked|dismissed as"
                      r"|to honou?r|in honou?r of|inaugurat\w*|graduation|passing-out|sworn in|swore in)" + _E)
CELEBRATION = re.compile(_B + r"(?:celebrat\w*|jubilation|festivities|wedding party|fireworks)" + _E)
BODIES_RETURNED = re.compile(_B + r"(?:(?:recovered|retrieved|repatriated|returned|handed over|received|identified)"
                             r" (?:the )?(?:remains|bodies)|(?:remains|bodies) (?:were |have been |had been )?"
                             r"(?:recovered|retrieved|repatriated|returned|handed over|identified))" + _E)
GUARDED_VOTE = re.compile(_B + r"(?:patroll?\w*|guard\w*|secur\w*|deployed|stationed)(?:\s+\S+){0,6}?\s+"
                          r"(?:polling stations?|polls|voting|vote|ballot\w*|elections?|summit|parade|match|stadium)" + _E)
COURT_RULING = re.compile(_B + r"(?:court|judges?|tribunal|supreme court|high court)"
                          r" (?:\w+ ){0,3}?(?:ruled|rules|suspended|suspends|blocked|blocks|halted|halts|ordered|orders|upheld"
                          r"|overturned|dismissed|struck down|quashed|barred|approved|declared|found)" + _E)


def news_sub_type(folded: str, type_: str | None, sub_type: str | None,
                  armed_actor: bool = False, trigger_at: int | None = None) -> tuple[str | None, str | None]:
    """The type and sub-type once ACLED's conventions on crowds are read (English, after the model).

    A crowd burning or beating people to death is mob violence (the model read "burned them
    alive" as property destroyed); a riot against the police or over a grievance is a violent
    demonstration (the model reads "angry residents" as a mob); youths or clans fighting with
    machetes and clubs, no armed group named, are mob violence, not a clash.
    """
    if (sub_type in ("Armed clash", "Attack") and not armed_actor and CROWD_SIDES.search(folded, 0, 50)
            and CRUDE_WEAPONS.search(folded) and not ARMED_WORDS.search(folded)):
        return RIOTS, "Mob violence"
    if trigger_at is None and type_ == VAC and sub_type == "Attack":
        # The model's reading (no trigger): the crowd's act is the lynching it tells, if any.
        lynching = BURNED_ALIVE.search(folded)
        trigger_at = lynching.start() if lynching else None
    if (type_ == VAC and sub_type == "Attack" and trigger_at and not armed_actor
            and any(not SPEAKER_AFTER.match(folded, m.end()) for m in CROWD_SUBJECT.finditer(folded, 0, trigger_at))
            and not NOT_A_CROWD.search(folded, 0, trigger_at)
            and not COMMUNAL_TARGET.search(folded, trigger_at)
            and not PASSIVE_BEFORE.search(folded, max(0, trigger_at - 20), trigger_at)):
        return RIOTS, "Mob violence"  # "supporters of a candidate assaulted and injured seven rivals"
    if type_ == STRATEGIC and sub_type == "Looting/property destruction" and not armed_actor:
        # A crowd that vandalises, burns or loots riots (session 14: of the training notes with such a
        # subject and no armed group or protest named, 142 of 162 are riots, 1 looting).
        act = PROPERTY_ACT.search(folded) if trigger_at is None else None
        at = trigger_at if trigger_at is not None else (act.start() if act else None)
        if (at and any(not SPEAKER_AFTER.match(folded, m.end()) for m in CROWD_SUBJECT.finditer(folded, 0, at))
                and not NOT_A_CROWD.search(folded, 0, at) and not COMMUNAL_TARGET.search(folded, at)
                and not PASSIVE_BEFORE.search(folded, max(0, at - 20), at)):
            return RIOTS, "Mob violence"
    if type_ == VAC and sub_type == "Attack" and PROPERTY_ACT.search(folded) and not PERSON_HARM.search(folded):
        return STRATEGIC, "Looting/property destruction"
    if (type_ == VAC and sub_type == "Abduction/forced disappearance" and DESTRUCTION.search(folded)
            and not PERSON_HARM.search(folded) and not TAKEN_AWAY.search(folded)):
        return STRATEGIC, "Looting/property destruction"  # "militants burned the school": no one was taken
    if (type_ == VAC and sub_type == "Abduction/forced disappearance" and GOODS_TAKEN.search(folded)
            and not PERSON_HARM.search(folded) and not TAKEN_AWAY.search(folded)):
        return STRATEGIC, "Looting/property destruction"  # "seized four carts from a group of women" (session 14)
    if type_ == VAC and sub_type == "Abduction/forced disappearance" and KILLED_TOO.search(folded):
        sub_type = "Attack"  # "abducted and executed the village chief": the graver act (then read on below)
    if (type_ == VAC and sub_type == "Attack" and FORCE_MEMBER_HIT.search(folded)
            and not NAMED_CIVILIANS.search(folded)):
        return BATTLES, "Armed clash"
    if type_ == VAC and sub_type == "Attack" and not CROWD.search(folded) and (
            ARMED_RESPONSE.search(folded) or (ATTACK_ON_POST.search(folded) and not NAMED_CIVILIANS.search(folded))):
        return BATTLES, "Armed clash"  # "Dogon militiamen repelled the attack", "attacked the gendarmerie"
    if (type_ == STRATEGIC and sub_type == "Arrests" and ARRESTED_CROWD.search(folded) and PROTEST_SCENE.search(folded)
            and not IN_COURT.search(folded) and not PROTEST_TO_COME.search(folded)):
        return PROTESTS, "Protest with intervention"
    if type_ == STRATEGIC and sub_type != "Agreement" and COMBATANTS_KILLED.search(folded):
        return BATTLES, "Armed clash"
    if type_ == EXPLOSIONS and sub_type in _STRIKE_SUBS and GROUND_FIGHTING.search(folded):
        return BATTLES, "Armed clash"
    if type_ == EXPLOSIONS and sub_type != "Chemical weapon" and COMBINED_ARMS.search(folded):
        return BATTLES, "Armed clash"
    if (type_ == EXPLOSIONS and not armed_actor and IMPROVISED_BOMBS.search(folded)
            and not ARMED_WORDS.search(folded) and not GUNFIGHT.search(folded)):
        if (DEMONSTRATING.search(folded) or STRIKE_ACTION.search(folded) or GRIEVANCE.search(folded)
                or AGAINST_STATE.search(folded)):
            return RIOTS, "Violent demonstration"
        return RIOTS, "Mob violence"
    if (sub_type == "Armed clash" and not armed_actor and PARTY_SIDES.search(folded)
            and not ARMED_WORDS.search(folded) and not GUNFIGHT.search(folded)):
        return RIOTS, "Mob violence"
    if sub_type == "Violent demonstration" and FANS.search(folded) and not DEMONSTRATING.search(folded):
        return RIOTS, "Mob violence"  # "football fans rioted after their team lost"
    if sub_type == "Looting/property destruction" and BURNED_ALIVE.search(folded):
        return (RIOTS, "Mob violence") if CROWD.search(folded) else (VAC, "Attack")
    if sub_type == "Mob violence" and (AGAINST_STATE.search(folded) or GRIEVANCE.search(folded)):
        return RIOTS, "Violent demonstration"
    return type_, sub_type


# Session 11: a report's findings and a diplomat's visit are no event.
REPORT_SAID = re.compile(_B + r"(?:said|says|found|warned) in (?:its|a|an|their|the) (?:[a-z-]+ ){0,3}?(?:report|survey)" + _E)
ENVOY = re.compile(_B + r"(?:envoys?|diplomats?|delegations?|foreign ministers?|(?:prime )?ministers?|presidents?|secretary|"
                   r"secretary-general|ambassadors?|mediators?)" + _E)
MEASURES = re.compile(_B + r"(?:froze (?:the )?assets|assets? freezes?|sanction(?:s|ed|ing)|blacklist\w*|travel bans?"
                      r"|expel(?:s|led|ling)?|expulsion|persona non grata|ordered (?:[\w-]+ ){0,4}?diplomats"
                      r"|summon(?:s|ed|ing)? (?:the |a )?(?:[\w-]+ ){0,3}?(?:ambassador|envoy|diplomat|charge))" + _E)
VISIT = re.compile(_B + r"(?:arrived (?:in|at)|visit(?:ed|ing|s)?|(?:for|hold|held|holds) talks|met with|meets|met)" + _E)


# Session 18: soldiers handing out aid ("troops distributed blankets and sports kits to villagers
# under the Civic Action Programme"), and a decree or a call-up (a conscription is no group's change).
AID_HANDED_OUT = re.compile(_B + r"(?:civic action|(?:distribut\w*|handed out|hands out|donated|donates) (?:[\w,'-]+ ){0,6}?"
                            r"(?:blankets|food|relief|aid|kits|medicines?|rations|utensils|clothes|clothing|books|seeds"
                            r"|school supplies|water))" + _E)
DECREE = re.compile(_B + r"(?:(?:signed|issued|signs|issues) (?:a |an |the )?(?:\w+ )?(?:decree|executive order)|conscription"
                    r"|call-?up of)" + _E)


# Session 18: "The accused, alleged members of the CODECO militia, face charges of crimes against humanity".
FACING_CHARGES = re.compile(_B + r"(?:fac(?:e|es|ed|ing)|face) (?:\w+ )?charges?|stand(?:s|ing)? trial|on trial" + _E)


# Session 20: a place or a process held hostage by something abstract ("their city ... is held hostage by
# the rivalries of its armed groups").
HOSTAGE_METAPHOR = re.compile(_B + r"(?:held|holds|holding|hold) hostage (?:by|to) (?:the |its |their |a )?(?:[a-z-]+ ){0,2}?"
                              r"(?:rivalr|politic|interest|dispute|whim|ambition|greed|fear|feud|quarrel|agenda|bickering"
                              r"|deadlock|power struggle)")
# Session 20: what a clause opened by a span of time after it tells ("Ten years after the government and
# the MILF signed a peace deal"), whatever its kind.
SPAN_AFTER = re.compile(_B + r"(?:years?|decades?|months?|weeks) (?:after|since)" + _E)
SPAN_REACH = 150  # to the clause's comma
# Session 20: an event still to come, named right after its word ("opposition protests next month").
FUTURE_AFTER = re.compile(r"(?: [a-z]+){0,2}? (?:next (?:week|weekend|month|year)|later this (?:week|month|year)|tomorrow)(?![a-z])")
# Session 20: a road accident ("were injured when a bus carrying them ... overturned on a highway").
ROAD_ACCIDENT = re.compile(_B + r"(?:overturned|rolled over|lost control|skidded|veered off|ran off the road|collided|collision"
                           r"|crash(?:ed|es)? into|capsized|derailed|(?:road|traffic|car|bus) accident|brake failure)" + _E)
ASSAILANTS = re.compile(_B + r"(?:assailants?|attackers?|perpetrators?|miscreants?|unknown (?:men|persons|individuals))" + _E)
# Session 20: a document's title ("BURKINA FASO: Situation Report, 10 June 2024.").
TITLE = re.compile(_B + r"(?:situation report|sitrep|flash update|humanitarian (?:update|snapshot|bulletin)|press release"
                   r"|weekly (?:update|digest|round-?up|brief\w*)|newsletter|news digest)" + _E)
FRAGMENT_WORDS = 6  # with a year, a title or a dateline, not a report: the model reads its names and date, no act
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Session 20: a source's silence ("The armed forces' spokesman did not respond to requests for comment").
NO_COMMENT = re.compile(_B + r"(?:did not (?:immediately )?(?:respond|reply|return|comment)|declined to comment"
                        r"|(?:could not|couldn't) (?:immediately )?be reached|(?:was|were) not (?:immediately )?available for comment"
                        r"|no immediate comment|refused to comment|did not answer)" + _E)


def rescue_blocked(folded: str, model_type: str | None, armed_actor: bool = False) -> bool:
    """Whether a sentence with no live trigger must stay no event whatever the model reads."""
    if TOLL_REMARK.match(folded) or MOTIVE_REMARK.match(folded):
        return True  # "Fatalities unknown.", "Motivation unknown.": a report's remark on its toll or motive
    if sport(folded) or weapons_not_used(folded) or criminal(folded, armed_actor):
        return True
    if (model_type in (PROTESTS, RIOTS) and ASSEMBLY.search(folded) and not PROTEST_WORDS.search(folded)
            and not DAMAGE.search(folded)):
        return True  # "leaders gathered in Jakarta for a summit" (not "vandalized ... following the polls")
    harmed = HARM.search(folded) is not None  # read once for the checks below
    if (AID_HANDED_OUT.search(folded) or (model_type == STRATEGIC and DECREE.search(folded))) and not harmed:
        return True  # "troops distributed blankets to villagers", "signed a decree on the spring conscription"
    if CELEBRATION.search(folded) and not harmed:
        return True  # "gunfire was heard in celebration after the team won"
    if BODIES_RETURNED.search(folded) and not harmed:
        return True  # "the army said it had recovered the bodies of three hostages"
    if GUARDED_VOTE.search(folded) and not harmed:
        return True  # "armed police patrolled polling stations as voting got under way peacefully"
    if model_type in (STRATEGIC, None) and (CEREMONY.search(folded) or COURT_RULING.search(folded)
                                            or FACING_CHARGES.search(folded)):
        return True  # "a ceremony to honour soldiers", "a court suspended the deployment"
    if (HABIT.search(folded) and not day_of_its_own(folded)) or (
            DURATION.search(folded) and not names_a_day(folded)):
        return True  # "the sound of gunfire has become as familiar as the call to prayer"
    if (ROAD_ACCIDENT.search(folded) and not _attack_named(folded) and not GUNFIRE.search(folded)
            and not ASSAILANTS.search(folded)):
        return True  # "nine students were injured when a bus carrying them ... overturned"
    if HOSTAGE_METAPHOR.search(folded) and not harmed:
        return True  # "their city is held hostage by the rivalries of its armed groups"
    if (TITLE.search(folded) or (len(folded.split()) <= FRAGMENT_WORDS and YEAR.search(folded))) and not harmed:
        return True  # "BURKINA FASO: Situation Report, 10 June 2024.", "Americas Security Monitor, 10 June 2024."
    if NO_COMMENT.search(folded) and not harmed:
        return True  # "the armed forces' spokesman did not respond to requests for comment"
    if CEREMONY.search(folded) and not harmed:
        return True  # "soldiers were honoured at a ceremony for their role in operations against militants"
    if REPORT_SAID.search(folded) and not harmed and not armed_actor:
        return True  # "2 million displaced by the insurgency, the Norwegian Refugee Council said in its annual report"
    if MEASURES.search(folded) and not harmed:
        return True  # "Britain froze the assets of two gang leaders", "ordered three French diplomats to leave"
    if model_type == STRATEGIC and ENVOY.search(folded) and VISIT.search(folded) and not harmed:
        return True  # "China's special envoy arrived in Naypyitaw for talks with the military leadership"
    return False
