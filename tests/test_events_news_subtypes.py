"""News wordings and ACLED's sub-type conventions read by the rule layers (session 8, issue 10):
prisoner swaps, camps and bases, mass graves, people (not places) seized, territory taken in other
words or entered unopposed, bombs dropped from aircraft, fire on marchers, crowds that kill or
riot, arrests and launches the model re-typed, and news with no event (ceremonies, rulings,
decrees, celebrations, a crime judged). Sentences written for these tests, not taken from set C
or set D: the whole engine reads them as a user would (``geo.parse``)."""
from __future__ import annotations

from datetime import date

import pytest

import geo

PUBLISHED = date(2024, 6, 10)


def top(text: str) -> dict | None:
    events = geo.parse(text, lang="en", published=PUBLISHED).events or []
    return max(events, key=lambda e: e["confidence"]) if events else None


SUB_TYPES = [
    # prisoner swaps and releases in a deal; "exchanged fire" stays a clash
    ("Ethiopia and Eritrea swapped 60 detainees at the Zalambessa crossing on Friday, officials said.", "Agreement"),
    ("Armenia and Azerbaijan exchanged the bodies of dead soldiers at the border on Monday.", "Agreement"),
    ("The rebels released 30 prisoners in a deal mediated by the Red Cross.", "Agreement"),
    ("The warring sides agreed to a three-day pause in fighting for the Eid holiday.", "Agreement"),
    ("Rebels exchanged fire with soldiers near the town of Bunia on Sunday.", "Armed clash"),
    # bases, camps, mass graves, a force leaving, troops sent across a border
    ("The militia established a command post in the hills above Kalehe, residents said.",
     "Headquarters or base established"),
    ("Police found a mass grave with 12 bodies on a ranch outside Guadalajara, prosecutors said.", "Other"),
    ("The Wagner Group announced it was withdrawing from Libya, its commanders said.", "Change to group/activity"),
    ("Rwandan troops crossed into Mozambique's Cabo Delgado province to fight insurgents, officials said.",
     "Change to group/activity"),
    # people seized are no territory change
    ("Gunmen seized 14 passengers from a minibus on the road between Kaduna and Abuja, police said.",
     "Abduction/forced disappearance"),
    ("Rebels captured 20 soldiers during an assault on an army post near Kalehe, the army said.", "Armed clash"),
    # territory in other words; who lost it; entered unopposed; the main clause before "after"
    ("Government forces took back the town of Kalemie from the rebels on Friday, the army said.",
     "Government regains territory"),
    ("Rebels entered the city of Uvira unopposed on Saturday, residents said.", "Non-violent transfer of territory"),
    ("Gang members seized control of the town of Arcahaie after attacking its police station, residents said.",
     "Non-state actor overtakes territory"),
    # weapons said in words
    ("Army helicopters dropped bombs on a village in Shan state, killing six, residents said.", "Air/drone strike"),
    ("Projectiles fired from across the border hit a school in Sderot on Tuesday.",
     "Shelling/artillery/missile attack"),
    ("Militants launched a salvo of rockets at an army base near Kandahar on Monday.",
     "Shelling/artillery/missile attack"),
    ("Russia said its air defences destroyed 30 of 35 Ukrainian drones over Belgorod overnight.",
     "Disrupted weapons use"),
    # violence against civilians, abductions, arrests
    ("Gunmen attacked a refugee camp in Tillaberi, killing nine civilians, officials said.", "Attack"),
    ("Militiamen killed men and boys in a village near Zalingei, survivors said.", "Attack"),
    ("Masked men snatched a trade unionist from a street in Karachi; he has not been seen since.",
     "Abduction/forced disappearance"),
    ("Soldiers detained a former governor in Bamako on Thursday, his lawyer said.", "Arrests"),
    # protests, riots, mobs
    ("Police fired live bullets at marchers in the town of Kasese, killing four.",
     "Excessive force against protesters"),
    ("Soldiers fired on residents protesting in Mandera, killing two demonstrators.",
     "Excessive force against protesters"),
    ("Residents of a village near Mbarara set upon a suspected thief and burned him alive.", "Mob violence"),
    ("A crowd beat a man accused of sorcery to death in a village near Kananga.", "Mob violence"),
    ("Youths from two villages fought with machetes and sticks near Bawku, leaving four dead.", "Mob violence"),
    ("Angry traders burned a municipal office in Kumasi over market fees, clashing with police.",
     "Violent demonstration"),
    ("Youths angered by the killing of a boy set fire to a police station in Kisii.", "Violent demonstration"),
    # property
    ("Fighters ransacked a hospital in Wad Madani, carrying away medical equipment.",
     "Looting/property destruction"),
    # fourth round: a named people taken, a non-state "army", a camp left, a new leader, an airbase,
    # protesters shot dead, fans and villagers
    ("Bandits seized a Turkish construction engineer on the road to Lokoja, police said.",
     "Abduction/forced disappearance"),
    ("The Kachin Independence Army captured a junta outpost near Bhamo on Friday, the group said.",
     "Non-state actor overtakes territory"),
    ("Government troops moved into the barracks at Kidira after the mutineers left, the army said.",
     "Non-violent transfer of territory"),
    ("Al-Shabaab appointed a new commander for its forces in the Gedo region, residents said.",
     "Change to group/activity"),
    ("Turkey said it had set up a new naval base on the coast near Misrata.", "Headquarters or base established"),
    ("Police in Lagos shot dead three people protesting against fuel prices on Monday.",
     "Excessive force against protesters"),
    ("Football fans rioted in Lubumbashi after their team lost, clashing with police and burning cars.",
     "Mob violence"),
    ("A group of villagers attacked a herders' camp near Mopti with machetes, killing two.", "Mob violence"),
    # fifth round: guided bombs, retaliation with artillery, a headquarters seized, villages handed over,
    # a march and a human chain, children returned in a mediated deal, men armed with sticks
    ("A guided bomb struck an apartment block in Sumy on Tuesday, killing three.", "Air/drone strike"),
    ("Armenian troops retaliated with mortars after Azerbaijani forces opened fire near Sotk, officials said.",
     "Shelling/artillery/missile attack"),
    ("The M23 said it had seized the headquarters of the army's 34th military region in Goma.",
     "Non-state actor overtakes territory"),
    ("The army handed over four villages near Tal Tamr to Kurdish forces under a deal, a monitor said.",
     "Non-violent transfer of territory"),
    ("Hundreds of teachers defied a ban to march on the education ministry in Bamako.", "Peaceful protest"),
    ("Thousands of people formed a human chain across Vilnius in support of Ukraine.", "Peaceful protest"),
    ("Kyiv and Moscow agreed to return 12 children to their families in a deal mediated by the Vatican.",
     "Agreement"),
    ("A group of men armed with clubs attacked a family of migrants near Sfax, injuring four.", "Mob violence"),
    # session 13: a deal told as made, a bomb worn, supporters breaking in, arrests at a protest or before one
    ("Egypt's foreign minister said on Wednesday that the army and the rebels had agreed a ceasefire in Khartoum, "
     "starting Friday.", "Agreement"),
    ("A man wearing an explosive vest detonated it at a checkpoint outside Mogadishu on Sunday, killing four soldiers.",
     "Suicide bomb"),
    ("Supporters of the opposition broke into the governor's residence in Kano on Tuesday, smashing windows and "
     "setting a car on fire.", "Violent demonstration"),
    ("Police in Minsk detained 40 people who came to lay flowers at a memorial to a jailed activist on Saturday.",
     "Protest with intervention"),
    ("Police arrested dozens of opposition activists in Lusaka ahead of a planned rally on Monday.", "Arrests"),
    ("Youths set cars and rubbish bins alight in Nanterre overnight after a teenager was shot dead by police.",
     "Violent demonstration"),
    ("Teenagers set two buses on fire in the suburb on Tuesday night after a boy died in a police chase.",
     "Violent demonstration"),
    ("A crowd dragged a man accused of theft from a bus in Onitsha and beat him unconscious, witnesses said.",
     "Mob violence"),
    ("Rebel fighters swept into Bunia on Sunday, raising their flag over the governor's office "
     "after the army pulled back.", "Non-state actor overtakes territory"),
    ("A faction of the rebel group said on Monday it was breaking away from the movement's central command in "
     "Cauca and would negotiate with the government alone.", "Change to group/activity"),
    # session 13: the violence a protest is about is not the event
    ("On 12 March 2024, about 200 students staged a human chain on campus in Comilla, against the suspected "
     "attempted rape of a student.", "Peaceful protest"),
    ("Relatives of missing men staged a sit-in outside the governor's office in Quetta, demanding justice for "
     "the abducted.", "Peaceful protest"),
    # session 13: a bomb, grenade or barrage that opens or backs an assault with small arms is one battle
    ("Insurgents ambushed a police convoy near Mocimboa da Praia with a roadside bomb followed by heavy gunfire, "
     "killing six officers.", "Armed clash"),
    ("Attackers threw a grenade at an army checkpoint in Beni and the soldiers reacted with gunfire.", "Armed clash"),
    ("Militants launched a complex attack on the base at Diffa, using a car bomb and rocket-propelled grenades.",
     "Armed clash"),
    ("Army units backed by air strikes killed 14 insurgents in the hills of Cabo Delgado, the ministry said.",
     "Armed clash"),
    # session 13: sides with no organisation of arms are rioters in ACLED's scheme since 2019
    ("Two rival groups clashed over a disputed plot of farmland near Jessore on Sunday, leaving one man dead.",
     "Mob violence"),
    ("Members of two families clashed over an irrigation channel in a village outside Faisalabad, injuring nine.",
     "Mob violence"),
    ("Inhabitants of Koudougou and a neighbouring hamlet clashed over a well, leaving three injured.", "Mob violence"),
    ("A union councillor was killed in a clash with rivals over a market lease near Comilla.", "Mob violence"),
    # sixth round: bombs from helicopters, a protest encampment, a protest that burns a police post
    ("The army bombed a clinic in Kayah state from helicopters, killing five patients, a local group said.",
     "Air/drone strike"),
    ("Students set up a protest encampment outside the university library in Johannesburg.", "Peaceful protest"),
    ("Demonstrators burned a police post in Kenscoff in protest at the killing of a local leader.",
     "Violent demonstration"),
    # seventh round: a helicopter firing, a mob of soldiers, people taken away, ore mines, a bomb disarmed,
    # headquarters moved
    ("An army helicopter fired on a market near Kalay, killing four traders, residents said.", "Air/drone strike"),
    ("A mob of policemen beat a street vendor to death in a market in Harare, witnesses said.", "Attack"),
    ("Armed men led away 15 travellers from a minibus near Gao; their fate is unknown.",
     "Abduction/forced disappearance"),
    ("Rebels took over the town of Nyabibwe and its cassiterite mines on Sunday, residents said.",
     "Non-state actor overtakes territory"),
    ("Police sappers disarmed a bomb planted under a bridge in Quetta on Friday.", "Disrupted weapons use"),
    ("Al-Shabaab moved its regional headquarters from Jilib to a new base near Bardhere, officials said.",
     "Headquarters or base established"),
    # eighth round: sirens are no air raid, ethnic victims are civilians, picked up and missing, driven
    # from a town, arrests at a banned rally, shot dead at a rally, a truck loaded with explosives
    ("A rocket fired from Lebanon set off air raid sirens in Nahariya and hit a car park, the army said.",
     "Shelling/artillery/missile attack"),
    ("Militiamen killed nine ethnic Amharas in a village in Oromia, survivors said.", "Attack"),
    ("An activist was picked up by intelligence agents in Quetta and has been missing since, his family said.",
     "Abduction/forced disappearance"),
    ("Malian troops drove jihadist fighters out of the town of Boulkessi, the army said.",
     "Government regains territory"),
    ("Police in Lome detained 30 opposition supporters who gathered for a banned march.", "Protest with intervention"),
    ("Soldiers shot dead two people at a rally against the government in Bamako, witnesses said.",
     "Excessive force against protesters"),
    ("Soldiers in Diffa intercepted a car packed with explosives at a checkpoint, the army said.",
     "Disrupted weapons use"),
    # ninth round: a bombing raid, missionaries seized, abuse, a gathering broken up, a mass grave
    ("A Nigerian air force bombing raid killed 20 bandits in a forest in Zamfara, the military said.",
     "Air/drone strike"),
    ("Gunmen seized a group of pilgrims on the road to Jos and are holding them for ransom.",
     "Abduction/forced disappearance"),
    ("Witnesses said militiamen sexually abused women held at a camp near Kalehe.", "Sexual violence"),
    ("Police in Lusaka broke up a gathering of opposition supporters with batons and tear gas.",
     "Protest with intervention"),
    ("Villagers found the bodies of 22 people in a mass grave near Bunia, local officials said.", "Other"),
    # a month is no march (checked against the LGL news)
    ("He was killed March 22 while supporting combat operations in Helmand province.", "Armed clash"),
    # session 12: force on a crowd told alone is a demonstration met with force
    ("Riot police fired tear gas at teachers outside the education ministry in Conakry.", "Protest with intervention"),
    ("Police used water cannon against farmers blocking the ring road in Brussels.", "Protest with intervention"),
    # session 12: pickets, and a demonstration organised outside a court, are protests
    ("Members of the journalists' union picketed the information ministry in Khartoum, demanding the release of "
     "three reporters.", "Peaceful protest"),
    ("Opposition supporters organised a demonstration outside the constitutional court in Kinshasa.", "Peaceful protest"),
    # session 18: a chemical agent told by what it did or how it smelt, not named
    ("Rescuers said government artillery fired shells giving off a greenish gas at Latamneh, and eight people "
     "were treated for choking.", "Chemical weapon"),
    ("Medics in Ghouta said residents smelled chlorine after a helicopter dropped a barrel bomb on Zamalka overnight.",
     "Chemical weapon"),
    ("Doctors in Darfur treated 30 villagers for exposure to a toxic gas after an air raid on Jebel Marra.",
     "Chemical weapon"),
    # session 18, from set M's half A: wordings the rules had no word for, or that the model overrode
    ("A man accused of stealing a goat was beaten to death by a crowd in a market in Mbale on Tuesday, police said.",
     "Mob violence"),
    ("KHARKIV - Armed men broke into a Red Cross warehouse in Kupiansk overnight and carried away tonnes of flour, "
     "the organisation said, calling it a blow to families.", "Looting/property destruction"),
    ("A Houthi brigade commander announced his defection to the government forces in Marib on Sunday, along with 40 "
     "of his fighters.", "Change to group/activity"),
    ("A splinter faction of the ELN led by alias Ruben broke away from the group, saying it would keep talking to the "
     "government in Caracas.", "Change to group/activity"),
    ("The SDF handed over positions around Manbij to Syrian army units on Saturday, state media reported.",
     "Non-violent transfer of territory"),
    ("A journalist detained by militiamen at a checkpoint outside Sirte two weeks ago has not been heard from since, "
     "his family said.", "Abduction/forced disappearance"),
    ("Police in Mombasa arrested three suspects linked to the grenade attack on a church in Likoni on Sunday.",
     "Arrests"),
    ("Kherson region: Bilozerka hit by Russian MLRS fire this morning, per the regional governor. Two men wounded.",
     "Shelling/artillery/missile attack"),
    # session 18, from set N's half A (situation reports, liveblogs, press releases): the police's tear
    # shells and sound grenades, demonstrators' petrol bombs, graves found, a remote-controlled blast,
    # a base commissioned, a liveblog's present tense, gas grenades dropped from drones
    ("Police lobbed tear shells and sound grenades to disperse a peaceful rally of teachers near the Press Club in "
     "Dhaka on Monday.", "Protest with intervention"),
    ("Masked protesters hurled petrol bombs at riot police outside the national university in Santiago on Thursday.",
     "Violent demonstration"),
    ("A municipal search brigade found a clandestine grave site with the remains of nine people on a ranch near "
     "Zacatecas.", "Other"),
    ("09:20 Kismayo: Remote-controlled explosion hits an army truck near the airport junction; casualties feared.",
     "Remote explosive/landmine/IED"),
    ("The army commissioned a new forward operating base at Kirawa in Borno State on Saturday to block insurgent "
     "movements.", "Headquarters or base established"),
    ("14:05 Addis Ababa: Government and Fano negotiators sign a ceasefire agreement, the mediators announce.",
     "Agreement"),
    ("Ukrainian troops said Russian drones dropped gas grenades on their trenches near Kupiansk overnight, forcing "
     "soldiers to withdraw.", "Chemical weapon"),
    # session 18, set O's half A: a handover of control, a toxic gas used
    ("The Kurdish-led SDF handed control of three villages near Tabqa to government security forces on "
     "Sunday, officials said.",
     "Non-violent transfer of territory"),
    ("Russian troops used toxic gas against Ukrainian positions near Orikhiv on Friday, the Ukrainian army "
     "said.",
     "Chemical weapon"),
    # session 18: an attack on a crowd that gathered to commemorate is news, not what is remembered
    ("A suicide bomber struck a crowd that had gathered to mark the anniversary of a Shia leader's death in "
     "Quetta, killing 12 people.", "Suicide bomb"),
    ("Gunmen opened fire on mourners who gathered at a memorial for slain activists in Cauca on Sunday, killing "
     "three.", "Attack"),
    # session 18: fighting that "has continued despite" a truce is news when the sentence names its day;
    # an armed group's executions after its own "sentence" are an attack
    ("Fighting has continued in Khartoum despite the truce, with shelling killing 12 people in Omdurman on "
     "Sunday.", "Shelling/artillery/missile attack"),
    ("Al-Shabaab militants executed three men they had sentenced for spying in Jilib on Tuesday.", "Attack"),
    # session 18: below a quiet lead (a trial), a sentence that dates its own violence is news
    ("A court in Bunia on Tuesday adjourned the trial of six militia members over a 2022 massacre. Separately, "
     "gunmen killed eleven villagers in Djugu territory on Sunday, local officials said. The army said it had "
     "deployed reinforcements.", "Attack"),
    # session 18: chlorine a strike cut off is no chemical agent
    ("Air strikes hit a water plant in Mosul on Monday, cutting chlorine supplies to 200,000 people.",
     "Air/drone strike"),
    # session 18: a crowd said to storm and burn, whatever the news around it (a wire dateline, a vote)
    ("ABUJA (Reuters) - Demonstrators stormed the electoral commission's office in Kano and set part of it "
     "ablaze on Monday, hours after the senate passed a contested fuel levy.", "Violent demonstration"),
]


@pytest.mark.parametrize("text,sub_type", SUB_TYPES)
def test_news_wording_gives_acled_sub_type(text, sub_type):
    event = top(text)
    assert event is not None, text
    assert event["sub_type"] == sub_type, (text, event["type"], event["sub_type"])


QUIET = [
    # session 18: the clause that goes on telling a recalled massacre ("in which ... were killed") is its toll
    "Churches across Punjab held special prayers on Sunday to mark the tenth anniversary of the Youhanabad church "
    "massacre in Lahore, in which 15 worshippers, mostly women, were killed.",
    "Schools across Sindh held special prayers on Monday to mark the ninth anniversary of the Safoora bus massacre "
    "in Karachi, in which 45 passengers, mostly Ismailis, were killed.",
    # session 18: a training launch is a weapons test; a retrospective "a year on" recalls
    "The navy conducted a successful training launch of a new anti-ship missile in the Arabian Sea, military "
    "officials said.",
    "A year on from the fall of Bakhmut, soldiers who fought there describe how Russian forces advanced street by "
    "street.",
    # session 18, set O's half A (articles whose lead is no new event): violence a commemoration
    # remembers, charges faced, a military parade, talks without a deal, executions after a court's
    # sentence, a funeral, a war's episode dated by its month, mine clearance, drone alerts, veterans
    "Relatives of the victims of the Tadamon massacre gathered in Damascus on Sunday to mark ten years "
    "since pro-government militiamen killed dozens of detainees.",
    "The accused, alleged members of the ADF militia, face charges of murder and terrorism before a "
    "military court in Beni.",
    "Thousands of soldiers marched through the capital on Friday in the annual military parade, as tanks "
    "and missile launchers rolled past the president.",
    "Talks between the government and the rebels ended in Nairobi without agreement on a prisoner "
    "exchange, the mediators said.",
    "Iraqi courts have convicted dozens of people over the Speicher killings, and several have been "
    "executed.",
    "Hundreds of mourners attended the funeral in Medellín on Monday of three soldiers killed in an "
    "ambush in Antioquia last week.",
    "Tensions remain high after a four-day conflict in May in which both sides traded missile and drone "
    "strikes.",
    "Former fighters must now carry out community projects such as searching for the missing and clearing "
    "landmines.",
    "Security was tight in the capital after a series of drone alerts earlier in the week.",
    "Veterans who have fought in Donbas took part in the parade for the third year running.",
    # session 18: an article whose lead is a trial tells the violence it judges as background
    "A court in Goma on Monday opened the trial of four army officers accused of ordering a crackdown on a "
    "religious sect last year. Prosecutors say soldiers shot dead dozens of worshippers in the raid on the sect's "
    "compound. Lawyers for the officers say they were following orders.",
    # session 18, set N's half A: a report denied, mine clearance, a year's tally, drills with attack craft, a
    # diplomatic protest, a funeral, soldiers handing out aid, a conscription decree
    "The army said reports of soldiers killed in an ambush near Gwoza circulating on WhatsApp are false and should "
    "be disregarded.",
    "Deminers cleared 800,000 square metres of farmland in Mykolaiv oblast last month and destroyed 2,100 items of "
    "UXO, the ministry said.",
    "According to the national mine action authority, 44 people have been injured by landmines so far this year in "
    "Cauca.",
    "The navy held drills off Bandar Abbas, test-firing cruise missiles and deploying fast attack craft, state media "
    "reported.",
    "Pakistan's Foreign Office summoned the Afghan chargé d'affaires in Islamabad to protest cross-border remarks by "
    "Taliban officials.",
    "16:40 Tyre: Funeral held for two rescuers killed in last week's strike; mourners carry coffins through the old "
    "city.",
    "Troops of the Assam Rifles distributed blankets, medicines and school kits to villagers in Ukhrul district "
    "under a civic action programme.",
    "The president signed a decree on the autumn conscription of 130,000 men into the armed forces, the Kremlin said.",
    # session 18: a chemical agent with no strike is no chemical attack
    "Twelve factory workers in Gujarat were treated for exposure to a toxic gas after a leak at a pesticide plant.",
    "Residents complained of the smell of chlorine from the water treatment plant in Basra.",
    "Residents began returning to the recaptured town of Kupiansk on Sunday, officials said.",
    "The navy held a ceremony in Lagos to award medals to sailors who served in the Gulf of Guinea.",
    "A court in Nairobi blocked the transfer of police units to the border region on Monday.",
    "The junta dissolved the electoral commission by decree on Wednesday.",
    "Celebratory gunfire rang out in Kabul after the national cricket team's victory.",
    "A soldier who shot dead a taxi driver was jailed for life by a court in Harare.",
    "A court in Abuja granted bail to 12 protesters arrested during last month's fuel demonstrations.",
    "Soldiers were deployed to help rescue teams after the floods in Derna.",
    "A Nigerian Air Force jet crashed during a training flight near Kaduna; both pilots ejected.",
    "A rights group said more than 200,000 people had been killed in the war in Darfur.",
    "The governor promised to reform the police after weeks of demonstrations in Nairobi.",
    "The army said it had opened an investigation into the killing of three farmers near Mopti in April.",
    "Hundreds of people attended the funeral of the slain militia leader in Bunia on Sunday.",
    "A tanker that was struck by a missile last month was towed to the port of Djibouti.",
    "A fire at an oil depot in Dakar killed four workers, the fire service said.",
    "A teenager was stabbed to death in a quarrel over a mobile phone in Manchester, police said.",
    "The rebels were struggling to recruit fighters in the villages around Kidal, residents said.",
    "The rebels took part in a football tournament in Kidal in late March, residents said.",
    "The ministry said an inquiry had been opened into reports of deaths in custody in Harare.",
    # checked against the LGL and GeoVirus news: missing climbers are not abducted
    "Two hikers have not been heard from since Sunday, when they set out to climb Mount Elgon.",
    "The army said it had no record of the air strike reported on social media near Sokoto.",
    "Soldiers patrolled polling stations in Harare as voting got under way calmly.",
    "The army said it had recovered the remains of two soldiers missing since 2016 near Marawi.",
    "The minister said ceasefire talks could only begin once the rebels leave the towns they hold.",
    # session 12: water cannon and tear gas with no crowd; a press conference at a court
    "Firefighters used water cannons on the blaze at the warehouse in Piraeus.",
    "The company makes tear gas canisters at a plant outside Pittsburgh.",
    "The justice minister held a press conference at the supreme court in Seoul on Monday.",
]


@pytest.mark.parametrize("text", QUIET)
def test_news_with_no_event(text):
    event = top(text)
    assert event is None, (text, event and (event["type"], event["sub_type"]))


# Session 25: weapons a person was caught with or a search recovered are no explosion (ACLED codes
# the arrest, or the weapons' disrupted use); an air force's base is no air strike. Sentences
# written for these tests.
HELD = [
    ("Police arrested a smuggler carrying a hand grenade at a checkpoint in Ramadi on Monday.", "Arrests"),
    ("Police arrested two men near the Air Force base in Kale on Thursday.", "Arrests"),
    ("The emergency service removed an unexploded aerial bomb from a house in Kostiantynivka.", "Disrupted weapons use"),
    ("Soldiers recovered a cache of rifles, mortar rounds and bomb-making materials in a village in Lanao del Sur.",
     "Disrupted weapons use"),
    ("Troops recovered two mines and 98 gelatin sticks from a Maoist dump near Dulagandi village.", "Disrupted weapons use"),
    # ... but one thrown or exploded is used, whoever was arrested after.
    ("Police arrested a man who hurled a grenade at a bus in Nairobi.", "Grenade"),
    ("Air force jets struck targets in Idlib on Tuesday.", "Air/drone strike"),
]


@pytest.mark.parametrize("text,sub_type", HELD)
def test_weapons_held_or_found_are_not_used(text, sub_type):
    event = top(text)
    assert event is not None and event["sub_type"] == sub_type, (text, event and event["sub_type"])


@pytest.mark.parametrize("text,sub_type", [
    # Session 25: strikes that supported an advance are its circumstance; the capture is the event.
    ("Government forces supported by Russian airstrikes captured the village of Kafr Noran after clashes with rebels.",
     "Government regains territory"),
    ("Militants backed by drones and artillery fire clashed with soldiers near Dolo on Sunday.", "Armed clash"),
    # ... but strikes with no fight beside them stay strikes.
    ("Russian airstrikes hit a market in Idlib on Monday, killing five people.", "Air/drone strike"),
])
def test_fire_in_support_of_an_advance_is_no_strike_of_its_own(text, sub_type):
    event = top(text)
    assert event is not None and event["sub_type"] == sub_type, (text, event and event["sub_type"])


@pytest.mark.parametrize("text,sub_type", [
    # Session 25: a local leader and his accomplices who beat someone are ACLED's mob, not an attack.
    ("A local leader along with his accomplices assaulted five nurses at the district hospital on Sunday.",
     "Mob violence"),
    ("A union leader and his cronies hacked a rival with machetes near the bus stand on Tuesday.", "Mob violence"),
    # ... gunmen who shoot are no mob.
    ("Gunmen and their accomplices shot dead a trader in Khulna on Monday.", "Attack"),
])
def test_a_leader_and_his_accomplices_who_beat_someone_are_a_mob(text, sub_type):
    event = top(text)
    assert event is not None and event["sub_type"] == sub_type, (text, event and event["sub_type"])
