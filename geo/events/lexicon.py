"""ACLED's event scheme and the trigger lexicons (Arabic and English) that propose it.

A trigger is a regex over folded text (see :mod:`geo.events.text`) with the event type and sub-type
it signals and a rank: when a sentence holds several triggers the highest rank wins, so the most
specific wording decides ("غارة جوية" beats "هجوم"; "suicide bomber" beats "explosion").
Blockers are wordings that cancel a trigger: talk of stopping the fighting ("لوقف القتال",
"an end to the clashes"), denials, threats and plans. Lexicons are plain data: edit them here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from geo.events.text import fold, fold_pattern

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# ACLED codebook (2023+): event type -> sub-event types.
SCHEME: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                 "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
}

# Sub-types whose choice between two depends on who acted (see geo.events.extract).
TERRITORY = "territory"  # Government regains / Non-state actor overtakes
KILLING = "killing"  # a death with no other wording: Attack on civilians or Armed clash
# Rank of death words that do not say anyone killed ("died", "dead", "قتلى", "مصرع"): they make an
# event only beside a word of violence, or floods and epidemics would fill the map.
WEAK_KILLING_RANK = 18
CROWD_DESTRUCTION_RANK = 61  # a crowd said to burn, storm or ransack: its own violence in words

# Arabic proclitics before a noun (و ف ب ل ك, then ال) and before a verb (و ف).
_N = r"(?<!\w)(?:[وف])?(?:[بلك])?(?:ال)?"
_V = r"(?<!\w)(?:[وف])?"
_E = r"(?!\w)"


@dataclass(frozen=True)
class Trigger:
    """A wording that signals an event: its regex, ACLED type and sub-type, and rank."""

    pattern: str
    type: str
    sub_type: str
    rank: int
    # Stems of which one occurs in the first word of every match (after its proclitics): the scan
    # only tries a trigger at words holding one of its anchors (tests check none is missed).
    anchors: tuple[str, ...]
    # Talks and negotiations: "talks on a ceasefire" is their topic, not a cancelling phrase, and
    # a call for talks is news (geo.events.extract applies TALK_* cues instead of the general ones).
    talks: bool = False


def _t(pattern: str, type_: str, sub: str, rank: int, anchors: str, talks: bool = False) -> Trigger:
    return Trigger(fold_pattern(pattern), type_, sub, rank, tuple(fold(a) for a in anchors.split()), talks)


AR_TRIGGERS: tuple[Trigger, ...] = (
    # Explosions / remote violence
    _t(_N + r"(?:انتحاري(?:ة|ون|ين)?|حزام ناسف|أحزمة ناسفة)" + _E, EXPLOSIONS, "Suicide bomb", 95, "انتحار حزام أحزمة"),
    _t(_N + r"(?:غار(?:ة|ات|تين) (?:ال)?جوي(?:ة|تين)|قصف(?:ا)? (?:ال)?جوي(?:ا)?|ضرب(?:ة|ات|تين) (?:ال)?جوي(?:ة|تين)"
       r"|طائر(?:ة|ات) (?:ال)?(?:حربي(?:ة)?|مسير(?:ة)?|مقاتل(?:ة)?)|طائرات? بدون طيار|طيران (?:ال)?(?:حربي|مسير)"
       r"|سلاح الجو|مقاتلات|هجوم(?:ا)? (?:ب)?(?:ال)?مسيرات|بالمسيرات|بمسيرة|بطائرة مسيرة)" + _E,
       EXPLOSIONS, "Air/drone strike", 80, "غار قصف ضرب طائر طيران سلاح مقاتلات هجوم مسيرات مسيرة"),
    _t(_N + r"(?:غار(?:ة|ات|تين))" + _E, EXPLOSIONS, "Air/drone strike", 70, "غار"),
    _t(_N + r"(?:عبو(?:ة|ات) ناسف(?:ة)?|لغم|ألغام|لغما|سيار(?:ة|ات) مفخخ(?:ة)?|مفخخ(?:ة|ات)"
       r"|عبوة|انفجار عبوة)" + _E, EXPLOSIONS, "Remote explosive/landmine/IED", 80, "عبو لغم ألغام سيار مفخخ انفجار"),
    _t(_N + r"(?:قنبل(?:ة|ة يدوية)|قنابل يدوية)" + _E, EXPLOSIONS, "Grenade", 60, "قنبل قنابل"),
    _t(_N + r"(?:انفجار|تفجير|انفجارا|تفجيرا|تفجيرات|انفجارات)" + _E, EXPLOSIONS,
       "Remote explosive/landmine/IED", 50, "انفجار تفجير"),
    _t(_N + r"(?:قصف(?:ا)? (?:ال)?(?:مدفعي(?:ا)?|صاروخي(?:ا)?)|قذيف(?:ة|تين)|قذائف|صاروخ(?:ا|ين)?|صواريخ"
       r"|هاون|مدفعية|راجمات|كاتيوشا)" + _E, EXPLOSIONS,
       "Shelling/artillery/missile attack", 65, "قصف قذيف قذائف صاروخ صواريخ هاون مدفعي راجمات كاتيوشا"),
    _t(_N + r"(?:قصف(?:ا|ت|وا)?)" + _E, EXPLOSIONS, "Shelling/artillery/missile attack", 55, "قصف"),
    _t(_N + r"(?:أسلحة كيميائية|سلاح كيميائي|غاز الكلور|غاز السارين|هجوم كيميائي)" + _E, EXPLOSIONS,
       "Chemical weapon", 96, "أسلحة سلاح غاز هجوم"),
    # Battles
    _t(_N + r"(?:اشتباك(?:ات|ا)?|اشتبك(?:ت|وا)?|معارك|معركة|مواجهات مسلحة|مواجهات|اقتتال|كمين(?:ا)?"
       r"|تبادل إطلاق النار|تبادل لإطلاق النار|القتال)" + _E, BATTLES, "Armed clash", 50, "اشتباك اشتبك معارك معركة مواجهات اقتتال كمين تبادل قتال"),
    _t(_N + r"(?:هجوم(?:ا)?|هجمات|عملية عسكرية|عملية عسكرية واسعة|اقتحام|اقتحمت|هاجم(?:ت|وا)?)" + _E,
       BATTLES, "Armed clash", 30, "هجوم هجمات عملية اقتحام اقتحم هاجم"),
    _t(_V + r"(?:استعاد(?:ت|وا)?|حرر(?:ت|وا)?|سيطر(?:ت|وا)?|سيطرت(?:ها|هم)|سيطرته|استولى|استولت|استولوا|طرد(?:ت|وا)?"
       r"|انتزع(?:ت)?|دخل(?:ت)? قوات)" + _E, BATTLES, TERRITORY, 55, "استعاد حرر سيطر استولى استولت استولوا طرد انتزع دخل"),
    # A territory change outranks the fighting that won it (ACLED codes the change).
    _t(r"(?<!\w)(?:و)?(?:استعادة السيطرة|تحرير)" + _E, BATTLES, TERRITORY, 52, "استعادة تحرير"),
    # Violence against civilians
    _t(_N + r"(?:مجزرة|مجازر|إعدام|أعدم(?:ت|وا)?|اغتيال|اغتال(?:ت|وا)?|تصفية|ذبح)" + _E, VAC, "Attack", 66, "مجزرة مجازر إعدام أعدم اغتيال اغتال تصفية ذبح"),
    _t(_N + r"(?:اختطاف|اختطف(?:ت|وا)?|خطف(?:ت|وا)?|مختطف(?:ين|ون)?|إخفاء قسري|اختفاء قسري)" + _E,
       VAC, "Abduction/forced disappearance", 70, "اختطاف اختطف خطف مختطف إخفاء اختفاء"),
    _t(_N + r"(?:اغتصاب|اغتصب(?:ت|وا)?|عنف جنسي)" + _E, VAC, "Sexual violence", 72, "اغتصاب اغتصب عنف"),
    _t(_N + r"(?:مقتل|قتل(?:ت|وا)?|استشهاد|استشهد(?:ت|وا)?|شهداء|أردى|أردت)" + _E, VAC, KILLING, 20,
       "مقتل قتل استشهاد استشهد شهداء أردى أردت"),
    _t(_N + r"(?:قتلى|مصرع|قتيل(?:ا|ين|ان)?|لقي(?:ت|وا)? حتف|حصيلة)" + _E, VAC, KILLING, 18,
       "قتل مصرع قتيل لقي حصيلة"),
    # Protests and riots
    _t(_N + r"(?:تظاهر(?:ة|ات|وا|ت)?|مظاهر(?:ة|ات)|متظاهر(?:ين|ون)?|احتجاج(?:ات|ا)?|محتج(?:ين|ون)"
       r"|وقف(?:ة|ات) احتجاجي(?:ة)?|اعتصام(?:ا|ات)?|مسير(?:ة|ات) احتجاجي(?:ة)?|احتج(?:ت|وا)?)" + _E,
       PROTESTS, "Peaceful protest", 60, "تظاهر مظاهر متظاهر احتجاج محتج وقف اعتصام مسير احتج"),
    _t(_N + r"(?:شغب|مشاغبين|مشاغبون)" + _E, RIOTS, "Violent demonstration", 75, "شغب مشاغب"),
    _t(_N + r"(?:سحل|حشد غاضب|غوغاء)" + _E, RIOTS, "Mob violence", 76, "سحل حشد غوغاء"),
    # Strategic developments
    _t(_V + r"(?:وقع(?:ت|وا|ا)|توصل(?:ت|وا|ا)? إلى|أبرم(?:ت|وا)?|توقيع)(?:\s+\S+){0,8}?\s+(?:على )?(?:ال)?(?:اتفاق|هدنة)"
       r"|(?:دخل|دخول) (?:ال)?(?:اتفاق|هدنة|وقف إطلاق النار) حيز التنفيذ|صفقة تبادل|تبادل (?:ال)?أسرى",
       STRATEGIC, "Agreement", 42, "وقع توصل أبرم توقيع دخل دخول صفقة تبادل"),
    _t(_N + r"(?:اعتقال|اعتقل(?:ت|وا)?|القبض على|قبضت|احتجاز|احتجزت|حملة اعتقالات|حملة مداهمات"
       r"|مداهم(?:ة|ات))" + _E, STRATEGIC, "Arrests", 45, "اعتقال اعتقل قبض احتجاز احتجز حملة مداهم"),
    _t(_N + r"(?:تفكيك|فكك(?:ت|وا)?|إبطال مفعول|اعترض(?:ت|وا)?|اعتراض|أسقط(?:ت|وا)?|إسقاط|أحبط(?:ت|وا)?"
       r"|إحباط محاولة|دمر(?:ت|وا)? (?:\S+ ){0,2}?(?:طائرة|مسيرة|صاروخا|زورقا))" + _E, STRATEGIC, "Disrupted weapons use", 82,
       "تفكيك فكك إبطال اعترض اعتراض أسقط إسقاط أحبط إحباط دمر"),
    # Shooting at someone: who was hit decides between an attack on civilians and a clash.
    _t(_V + r"(?:أطلق(?:ت|وا)?|فتح(?:ت|وا)?) (?:\S+ ){0,3}?(?:ال)?(?:نار|رصاص)(?: الحي)? (?:على|باتجاه)" + _E,
       VAC, KILLING, 25, "أطلق فتح"),
    _t(_V + r"(?:انسحب(?:ت|وا)?|انسحاب|سلم(?:ت|وا)? (?:مواقع|المدينة|البلدة|السيطرة)|تسلم(?:ت|وا)?)" + _E,
       STRATEGIC, "Non-violent transfer of territory", 35, "انسحب انسحاب سلم تسلم"),
    _t(_N + r"(?:قاعدة عسكرية جديدة|مقر(?:ا)? جديد(?:ا)?|أقام(?:ت)? قاعدة|إنشاء قاعدة)" + _E, STRATEGIC,
       "Headquarters or base established", 36, "قاعدة مقر أقام إنشاء"),
    _t(_N + r"(?:نهب|سلب|هدم منازل|تدمير منازل|إحراق منازل|حرق منازل|جرف)" + _E, STRATEGIC,
       "Looting/property destruction", 34, "نهب سلب هدم تدمير إحراق حرق جرف"),
    _t(_N + r"(?:تعزيزات(?: عسكرية)?|حشود(?: عسكرية)?|حشد(?:ت)? قوات|إرسال قوات|نشر قوات)" + _E,
       STRATEGIC, "Other", 28, "تعزيزات حشود حشد إرسال نشر"),
    # Ceasefire/peace talks held, arranged, resumed or called for (issue 5: "the ceasefire talks the
    # UN is arranging"): a strategic development, "Other" in ACLED's scheme. Only talks about the
    # war count (a topic word within three words), and geo.events.extract wants an action cue beside them.
    _t(_N + r"(?:مباحثات|محادثات|مفاوضات|مشاورات|حوار)(?:\s+\S+){0,3}?\s+(?:ل|و|ب)?(?:ال)?(?:وقف إطلاق النار|وقف القتال"
       r"|سلام|هدنة|تسوية|سياسي(?:ة)?|عسكري(?:ة)?|5\+5|الليبي(?:ة|ين)?|السوري(?:ة|ين)?|اليمني(?:ة|ين)?)" + _E
       + r"|" + _N + r"(?:مفاوضات|محادثات|مباحثات) (?:غير )?مباشرة" + _E,
       STRATEGIC, "Other", 40, "مباحثات محادثات مفاوضات مشاورات حوار", talks=True),
)

_EN_B = r"(?<![a-z])"
_EN_E = r"(?![a-z])"
# Words that say a place was taken back, which the state does more often than not: the territory
# trigger reads them, and geo.events.extract reads them for who took the place when no actor is
# named (beside the trigger so the two stay in step: session 10's review found them apart).
EN_RETAKING = (r"recaptur(?:ed|ing|es|e)|retook|retaking|retak(?:e|es|en)|regained|liberated|liberating|drove"
               r"|(?:took|taken|take|takes|taking|won|winning) back|reclaim(?:ed|ing)?|wrest(?:ed|ing) back")
# Groups of unarmed people a report says were taken away or seized: the abduction trigger's objects,
# and objects that make a seizure no territory change.
_TAKEN_PEOPLE = (r"passengers|people|women|children|men|villagers|civilians|students|pupils|workers|worshippers|travell?ers"
                 # Session 14: one person ("captured an individual known for stealing cattle").
                 r"|individuals?|persons?|man|woman|boys?|girls?")
# What is seized or captured when it is no place (session 9): goods or animals are looted ("seized
# livestock in the village of Lelehoy", ACLED's Looting/property destruction) and people are
# taken ("captured two suspected militants"); neither changes who holds territory. Up to four
# words may come between ("a large number of ruminants", "six-hundred heads of livestock").
_GOODS_OR_PEOPLE_NEXT = (
    r"(?! (?:(?:an?|the|their|his|her|its|some|several|many|dozens|hundreds|large|number|numbers|at|least|over|more|than"
    r"|about|of|bags?|sacks?|tons?|tonnes?|kilos?|loads?|\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|[a-z]+-hundred|hundred|thousand)s?)"
    r" ){0,4}(?:(?!(?:town|city|village|area|base|camp|post|hill|district|province|control|positions?|and|in|of)(?![a-z]))"
    r"[a-z]+(?:-[a-z]+)? ){0,2}(?:heads? of |herds? of )?(?:livestock|cattle|cows?|oxen|goats?|sheep"
    r"|camels?|donkeys?|animals|ruminants|motorbikes?|motorcycles?|tricycles?|bicycles?|vehicles?|cars?|trucks?"
    r"|lorr(?:y|ies)|vans?|ambulances?|buses|carts?|goods|belongings|property|money|cash|phones?|equipment|food|grain"
    r"|merchandise|fuel|weapons|arms|ammunition|militants?|fighters?|suspects?|soldiers?|members|hostages?|prisoners?"
    r"|containers?|consignments?|rifles?|guns?|pistols?|explosives|drugs|cocaine|heroin|cannabis|contraband"
    r"|ox|bulls?|horses?|pigs?|chickens?|poultry|machetes?|supplies|provisions"
    r"|millet|sorghum|maize|corn|rice|flour|sugar|seeds|harvests?|crops"
    r"|drivers?|thie(?:f|ves)|robbers?|burglars?|rustlers?|bandits?|criminals?|" + _TAKEN_PEOPLE + r")(?![\w'’]))"
    # Session 17: a seizure that goes on to harm someone is of a person, not a place ("residents
    # captured and assaulted a man suspected of theft", "captured, tied up and burned alive").
    r"(?!,? (?:and )?(?:then |later )?(?:assault|beat|kill|lynch|burn|tie|tied|detain|tortur|execut|hand|strip|whip|flog"
    r"|molest|rap(?:e|ed)\b|injur|wound|mutilat|stab|hack|lock|interrogat|shot|shoot|abduct|kidnap|releas|ransom))")

# Numbers in words, as counts before a noun ("exchanged ninety prisoners").
_EN_COUNT = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
             r"|seventy|eighty|ninety|hundred|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))")

EN_TRIGGERS: tuple[Trigger, ...] = (
    _t(_EN_B + r"(?:chemical (?:attack|weapons?|agents?|munitions?)|chlorine gas|sarin|mustard (?:gas|agent)|nerve agents?"
       r"|toxic gas (?:attack|shells?|rockets?|munitions?)|chloropicrin|phosgene"
       # Session 18: "Russian troops used toxic gas against Ukrainian positions".
       r"|(?:used|uses|using|fired|dropped|deployed) (?:an? )?(?:toxic|poison(?:ous)?|noxious) (?:gas|agents?|substances?))"
       + _EN_E, EXPLOSIONS, "Chemical weapon", 96,
       "chemical chlorine sarin mustard nerve toxic chloropicrin phosgene used uses using fired dropped deployed"),
    _t(_EN_B + r"(?:suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|vest|car bomb(?:ing)?)"
       r"|blew (?:him|her|them)sel(?:f|ves) up"
       # Session 13: "wearing an explosive vest", "explosives strapped to their bodies".
       r"|(?:wearing|wore|detonated|detonating|triggered|blew up) (?:an |a |his |her |their )?explosive (?:vests?|belts?)"
       r"|explosives? strapped to (?:his|her|their) bod(?:y|ies))" + _EN_E,
       EXPLOSIONS, "Suicide bomb", 95, "suicide blew explosive explosives wearing wore detonat triggered"),
    _t(_EN_B + r"(?:air ?strikes?|air ?raids?(?! (?:sirens?|alerts?|alarms?|shelters?|warnings?))|drone (?:strikes?|attacks?)|warplanes?|fighter jets?|jets"
       r"|aerial (?:bombardment|attacks?|bombing)|helicopter gunships?|gunships?"
       # Session 18: "after a series of drone alerts": a warning, not a strike.
       r"|drones?(?! (?:alerts?|warnings?|sightings?|alarms?))|uavs?"
       # Session 25: an air force's base, officers or chief are no strike ("near the Kale Air Force Base").
       r"|bombed from the air|air force(?! (?:bases?|stations?|academy|chief|commanders?|officers?|spokes\w*|generals?"
       r"|colonels?|pilots?|personnel|headquarters|college|museum|one))|bombing raids?"
       # Session 8: bombs dropped from aircraft ("junta aircraft dropped bombs", "glide bombs").
       r"|(?:glide|aerial|barrel|cluster|guided aerial|guided) bombs?|(?:dropped|drops|dropping) (?:[\w-]+ ){0,2}?(?:bombs?"
       r"|munitions|explosives|grenades)|(?:aircraft|planes?|helicopters?|jets?) (?:bombed|struck|hit|attacked|strafed"
       r"|dropped|fired)"
       r"|from (?:military |army |its |their )?(?:helicopters|aircraft|planes|jets|the air)"
       # Session 19: "a gas cylinder dropped from a helicopter".
       r"|dropped from (?:an? |the )?(?:[\w-]+ )?(?:helicopter|aircraft|plane|warplane|jet|drone)s?"
       # Session 19: Syrian state media's "carried out an air aggression".
       r"|(?:air|aerial) aggression)"
       + _EN_E, EXPLOSIONS, "Air/drone strike", 80, "air drone warplane fighter jet aerial helicopter gunship uav bomb glide barrel cluster guided dropped drops dropping "
       "aircraft planes plane helicopters helicopter from"),
    _t(_EN_B + r"(?:ieds?|improvised explosive(?: devices?)?|roadside bombs?|land ?mines?|car bombs?"
       r"|explosive devices?|mines?|booby[- ]trap(?:ped)?)" + _EN_E, EXPLOSIONS,
       "Remote explosive/landmine/IED", 80, "ied improvised roadside land mine car explosive booby"),
    # Session 22: "a motorcycle packed with explosives blew up near a police station". Below a fight's
    # words: "a vehicle packed with explosives was driven into the gate, after which fighters tried to
    # overrun the compound" is the battle.
    _t(_EN_B + r"(?:packed|laden|loaded|rigged|stuffed) with explosives" + _EN_E, EXPLOSIONS,
       "Remote explosive/landmine/IED", 45, "packed laden loaded rigged stuffed"),
    # Session 17: explosives set off, and a structure blown up ("set off explosives and damaged the bridge",
    # "blew up a gas pipeline"): 25 of the 37 training notes that say so are explosions, the rest
    # battles told with them. "The talks blew up" has no such object.
    _t(_EN_B + r"(?:(?:set|setting|sets) off (?:\w+ ){0,2}?explosives?|(?:blew|blow|blowing|blown) up (?:a |an |the |two |three "
       r"|several |\w+'s )?(?:[\w-]+ ){0,2}?(?:bridges?|pipelines?|vehicles?|cars?|trucks?|houses?|homes?|buildings?|towers?"
       r"|masts?|antennas?|schools?|checkpoints?|posts?|tanks?|depots?|railways?|rail lines?|tracks?|roads?|culverts?"
       r"|dams?|wells?|offices?|mosques?|churches?|shrines?|pylons?|power lines?|transmission lines?|gas lines?|trains?))"
       + _EN_E, EXPLOSIONS, "Remote explosive/landmine/IED", 50, "set setting sets blew blow blowing blown"),
    # Session 18: the police's stun, sound, smoke and tear-gas grenades are no grenade attack.
    _t(_EN_B + r"(?<!stun )(?<!sound )(?<!smoke )(?<!tear )(?<!gas )(?<!flash )(?:grenades?)" + _EN_E, EXPLOSIONS,
       "Grenade", 60, "grenade"),
    _t(_EN_B + r"(?:blasts?|explosions?|bombings?|bomb(?:s|ed)?|exploded|detonated)" + _EN_E, EXPLOSIONS,
       "Remote explosive/landmine/IED", 50, "blast explosion bomb explod detonat"),
    # Session 18: "tear shells", "tear smoke shells" (South Asia's police) are tear gas, not artillery.
    _t(_EN_B + r"(?:(?<!tear )(?<!smoke )(?<!gas )shell(?:s|ed|ing)|artillery|mortars?|rockets?|missiles?|barrages?|bombardment"
       r"|bombarded|katyushas?|grad|projectiles?"
       # Session 18: "Shebekino hit by Ukrainian MLRS fire".
       r"|mlrs|himars|multiple[- ]rocket[- ]launch\w*)" + _EN_E, EXPLOSIONS, "Shelling/artillery/missile attack", 65,
       "shell artiller mortar rocket missile barrage bombard katyusha grad projectile mlrs himars multiple"),
    _t(_EN_B + r"(?:clash(?:es|ed)?|fighting|fought|gun ?battles?|firefights?|battles?|battled"
       r"|ambush(?:ed|es)?|exchange of fire|exchanged fire|skirmish(?:es)?)" + _EN_E, BATTLES,
       "Armed clash", 50, "clash fight fought gun battle firefight ambush exchange skirmish"),
    # "fast attack craft", "attack helicopters", "assault rifles": weapons named, not used (session 18).
    _t(_EN_B + r"(?:offensive|assault(?:ed)?(?! rifles?)|attack(?:s|ed)?(?! (?:craft|boats?|helicopters?|submarines?"
       r"|aircraft|vessels?))|stormed|raided)" + _EN_E, BATTLES, "Armed clash", 30, "offensive assault attack storm raid"),
    _t(_EN_B + r"(?:recaptur(?:ed|ing|es)|retook|retaking|retak(?:e|es|en)|regained(?: control)?"
       # Session 10: the present tense of headlines and chronologies too ("Rebel forces take several
       # small towns", "Rebels seize Brega", "rebel fighters overtake Abu Salim district", "gain control of").
       r"|(?:took|taking|takes?|taken|gain|gains|gained|win|wins|won) (?:full )?control"
       r"|(?:seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing))" + _GOODS_OR_PEOPLE_NEXT
       + r"|overran|overrunning|overruns?|overt(?:ake|akes|ook|aken)|fell to|liberated|liberating|drove (?:out|back)"
       r"|(?:took|taken|takes|taking) over(?! as)(?! from)"
       # Session 22: "satellite images taken over the past week": a span of time, not a takeover.
       r"(?! (?:the |a |an )?(?:past|last|previous|next|coming|following|several|many|few|\d+) )"
       # Session 8: "taken back the town", "reclaimed Malam Fatori", "wrested control of a hill",
       # "took the provincial capital".
       r"|(?:took|taken|take|takes|taking|won|winning) back|reclaim(?:ed|ing)|wrest(?:ed|ing)(?: back)?(?: control)?"
       # Session 8: "drove separatist fighters from the town of Batibo".
       r"|(?<!were )(?<!was )(?<!been )(?:drove|driving|pushed|chased|expelled|ousted) (?!back )(?:[\w-]+ ){1,4}?"
       r"(?:out of|from) (?:the |their |its )?"
       r"(?:[\w-]+ )?(?:town|city|village|area|positions?|stronghold|base|district|region|hills?|forest)"
       r"|(?:took|taken|takes|take|taking) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:town|city|village|capital|district|base"
       r"|airport|hill|province|stronghold|border crossing|crossing|garrison)s?"
       # Session 13: "swept into most of Aleppo", "raising their flag over the citadel".
       r"|swept into|(?:raised|raising|hoisted|hoisting) (?:their|its|the group's) flags? (?:over|above|on))" + _EN_E, BATTLES,
       TERRITORY, 55, "recaptur retook retaking retake regained took taking seized seizing seize captur overran overrunning "
       "overrun overt gain fell liberat drove taken takes take won win winning reclaim wrest driving pushed chased expelled "
       "ousted swept raised raising hoisted hoisting"),
    _t(_EN_B + r"(?:massacre[ds]?|executed|executions?|assassinat(?:ed|ion)|stabbed|beheaded"
       r"|opened fire on (?:civilians|villagers|worshippers|a crowd|passengers|a bus|a market))" + _EN_E,
       VAC, "Attack", 66, "massacre execut assassinat stabbed behead opened"),
    _t(_EN_B + r"(?:abduct(?:ed|ion|ions)|kidnap(?:ped|ping|pings)|taken hostage|held hostage"
       r"|forcibly disappeared|enforced disappearances?|whereabouts (?:remain|remains|are|is|have been|has been|still)"
       r" (?:still )?unknown|(?:went|gone|has been|have been) missing after (?:being )?(?:detained|arrested|picked up"
       r"|taken away)|snatched|(?:has|have|had) not been (?:seen|heard from) since"
       # Session 8: "gunmen took away 40 passengers from a bus; their fate is unknown".
       r"|(?:(?:took|taken|led|carried) (?:away|off)|seized|captured|grabbed) (?:at least |more than |about |some )?(?:\d+ |[a-z]+ )?(?:[a-z]+ )?"
       r"(?:" + _TAKEN_PEOPLE + r")"
       r"|(?:their|his|her) fate (?:is|remains) unknown"
       r"|picked up by (?:the )?(?:security|intelligence|police|agents|men|soldiers|plain-?clothes)"
       r"|(?:has|have|had) been missing (?:ever )?since)" + _EN_E,
       VAC, "Abduction/forced disappearance", 70, "abduct kidnap taken held forcibly enforced whereabouts went gone has have had snatched took led carried "
       "their his her picked seized captured grabbed"),
    _t(_EN_B + r"(?:(?:attack(?:ed|s)?|assault(?:ed)?) (?:on )?(?:civilians|villagers|a village|worshippers|a market"
       r"|a mosque|a church|a camp for|displaced|a school|a hospital"
       r"|(?:an? |the )?(?:[\w-]+ )?(?:displacement|idp|refugee|displaced persons'?|internally displaced) camps?"
       r"|(?:a |the )?(?:wedding|funeral|convoy of (?:displaced|civilians|families|refugees)))"
       r"|gunmen (?:killed|shot|opened fire))" + _EN_E,
       VAC, "Attack", 66, "attack assault gunmen"),
    _t(_EN_B + r"(?:raped|rape|sexual violence|sexually assaulted|sexually abused|sexual abuse|gang-?raped)" + _EN_E, VAC,
       "Sexual violence", 72, "rape sexual gang"),
    _t(_EN_B + r"(?:killed|killing|killings|slain|shot dead|martyred|gunned down|murdered)" + _EN_E, VAC,
       KILLING, 20, "kill slain shot martyr gunned murder"),
    _t(_EN_B + r"(?:dead|died|deaths?|death toll|lost their lives|fatalities)" + _EN_E, VAC, KILLING, 18,
       "dead died death lost fatalit"),
    _t(_EN_B + r"(?:protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)"
       r"|marched|sit-ins?|took to the streets"
       # Session 8: "broke up a gathering of opposition supporters".
       r"|gathering of (?:[\w-]+ )?(?:supporters|activists|protesters|demonstrators|students|opposition)"
       # Session 8: "defied a ban to march", "formed a human chain"; "in March", "3 March" stay months.
       r"|(?<!in )(?<!of )(?<!since )(?<!until )(?<!last )(?<!next )(?<!early )(?<!late )(?<!mid-)(?<!by )(?<!this )"
       r"(?<!from )(?<!\d )(?<!through )(?<!between )(?<!end of )(?<!during )(?<!before )(?<!after )"
       r"(?<!throughout )(?<!each )(?<!every )(?<!and )(?<!-)march(?:es|ing)?(?!\s*\d)(?!,? \d{4})(?!-)"
       r"|human chains?|(?:protest )?encampments?"
       # Session 12: "held a press conference and picketed in front of the National Assembly".
       r"|picket(?:ed|ing|s)?)" + _EN_E, PROTESTS, "Peaceful protest", 60, "protest demonstrat rall "
       "marched sit took march human encampment gathering picket"),
    # Session 12: force used on a crowd, told in a sentence of its own ("Police fired tear gas to
    # disperse them"): a demonstration met with force, whoever marched.
    _t(_EN_B + r"(?:(?:fired|fire|firing|lobbed|used|using) (?:[\w-]+ )?tear ?gas|tear ?gas (?:canisters|shells|grenades)"
       r" (?:at|on|into)|water cannons? (?:at|on|against)|(?:fired|firing) rubber bullets)" + _EN_E,
       PROTESTS, "Protest with intervention", 58, "fired fire firing lobbed used using tear teargas water"),
    _t(_EN_B + r"(?:riot(?:s|ers|ing|ed)?|rampag(?:e|ed|ing))" + _EN_E, RIOTS, "Violent demonstration", 75, "riot rampag"),
    _t(_EN_B + r"(?:mob|mobs|lynch(?:ed|ing)?|vigilantes"
       # Session 8: "a crowd killed a woman accused of witchcraft".
       r"|crowds? (?:of [\w-]+ )?(?:killed|beat|lynched|stoned|set upon|hacked|dragged)"
       # Session 18: the passive ("a young man ... was beaten to death by a crowd of students").
       # A crowd that only roughed up an attacker it caught is no mob killing ("arrested and assaulted by a crowd").
       r"|(?:beaten|lynched|stoned|hacked|killed|burned|burnt) (?:to death )?by (?:a |an )?"
       r"(?:angry |irate |furious |enraged )?crowd)" + _EN_E,
       RIOTS, "Mob violence", 76, "mob lynch vigilante crowd beaten lynched stoned hacked killed burned burnt"),
    # Session 25: a local leader "and his accomplices" or "along with his supporters" who beat, hacked or
    # clashed: a group of people, no armed group, is ACLED's mob (Bangladesh 2022-24's region-held-out
    # notes: 23 riots read as attacks, most told this way).
    _t(_EN_B + r"(?:(?:and|with|along with) (?:his|her|their|its) (?:accomplices|supporters|followers|associates|cohorts"
       r"|henchmen|cronies|goons|aides)) (?:[\w,'-]+ ){0,8}?(?:assault\w*|attack\w*|beat|beating|beaten|hack\w*|injur\w*"
       r"|stabb\w*|clash\w*|vandali[sz]\w*|ransack\w*|torture\w*|tortur\w*)" + _EN_E,
       RIOTS, "Mob violence", 77, "and with along"),
    # Session 8: a crowd that burns or storms an office ("residents angered by a power outage set fire
    # to an electricity company office") riots; a grievance or the police make it a demonstration.
    _t(_EN_B + r"(?:(?:residents|youths|protesters|demonstrators|villagers|traders|students|locals|crowds?|workers"
       r"|supporters|followers|teenagers|young men|young people)"
       # The crowd must be the one who burned: "Residents said RSF fighters ransacked banks" is not a riot.
       r" (?:(?!(?:said|say|says|told|reported|accused)(?![\w-]))[\w-]+ ){0,6}?(?:set fire to|set ablaze|torched|ransacked"
       r"|vandali[sz]ed|smashed|burned down|stormed|pelted"
       # Session 13: "Youths set cars and rubbish bins alight", "Supporters of the PTI broke into the residence".
       r"|set (?:[\w-]+ ){1,4}?(?:alight|ablaze|on fire)|broke into)"
       # Session 18: demonstrators who throw ("Hooded demonstrators hurled homemade explosives at riot
       # police"); residents or supporters who stone a convoy, with no demonstration, are a mob.
       r"|(?:protesters|demonstrators|marchers|rioters) (?:(?!(?:said|say|says|told|reported|accused)(?![\w-]))[\w-]+ ){0,4}?"
       r"(?:hurled|threw|hurling|throwing) (?:[\w-]+ ){0,2}?(?:stones|rocks|bricks|bottles|petrol bombs|molotov"
       r"|explosives|fireworks|firecrackers|crude bombs))"
       + _EN_E, RIOTS, "Violent demonstration", CROWD_DESTRUCTION_RANK, "residents youths protesters demonstrators villagers traders students "
       "locals crowd crowds workers supporters followers teenagers young"),
    # Session 18: a liveblog's present tense ("DRC government and AFC/M23 sign a declaration of principles").
    _t(_EN_B + r"(?:(?:signed|signs?) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:ceasefire|truce|peace|agreement|deal|accord"
       r"|declaration of principles)"
       r"|agreed (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |late \w+ |\w+day )?(?:to|on)"
       r" (?:an? |the )?(?:[\w-]+ )?(?:ceasefire|truce|exchange|prisoner|deal|pause|humanitarian pause"
       r"|halt|cessation|release|return)"
       r"|(?:ceasefire|truce) (?:took|came into|went into) effect|reached (?:an? )?(?:\w+ )?(?:agreement|deal)"
       # Session 22: "clan elders brokered a truce between rival militias".
       r"|(?:brokered|mediated|negotiated|secured) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:ceasefire|truce|peace (?:deal|agreement)"
       r"|prisoner (?:exchange|swap))"
       # Session 19: "welcomed an agreement reached on Saturday between the Government and Ansar Allah".
       r"|(?:agreement|deal|accord) (?:was |had been |has been )?reached"
       r"|prisoner (?:exchange|swap)|prisoners? of war (?:exchange|swap))" + _EN_E, STRATEGIC, "Agreement", 42,
       "signed sign signs agreed ceasefire truce reached prisoner agreement deal accord brokered mediated negotiated "
       "secured"),
    # Prisoner swaps as news writes them (session 8): "exchanged 95 prisoners of war each", "swapped
    # detainees", "an exchange of prisoners", "freed in a swap"; "exchanged fire" stays a clash.
    _t(_EN_B + r"(?:(?:exchanged|swapped|traded) (?:(?:the )?bodies of |fallen |dead |killed |captured |some |about |nearly |more than |over "
       r"|at least |a total of |\d+ |" + _EN_COUNT + r" |hundreds of |dozens of |scores of )*(?:prisoners|captives"
       r"|detainees|pows|hostages|(?:captured )?soldiers|servicemen|bodies)"
       r"|(?:exchange|swap) of (?:\d+ |" + _EN_COUNT + r" )?(?:prisoners|captives|detainees|pows|hostages|bodies)"
       r"|(?:freed|released|returned home) (?:in|under|as part of) (?:an? |the )?(?:[\w-]+ )?(?:prisoner )?(?:swap|exchange)"
       r"|(?:released|freed|handed over) (?:[\w-]+ ){0,3}?(?:prisoners|detainees|pows|captives|hostages) (?:[\w-]+ ){0,4}?"
       r"(?:brokered|mediated|deal|agreement|swap|exchange|goodwill gesture))"
       + _EN_E, STRATEGIC, "Agreement", 42, "exchanged swapped traded exchange swap freed released returned"),
    _t(_EN_B + r"(?:arrest(?:ed|s)?|detained|detention of|rounded up|raids?)" + _EN_E, STRATEGIC, "Arrests", 45, "arrest detain detention rounded raid"),
    _t(_EN_B + r"(?:intercepted|shot down|defused|dismantled|foiled|thwarted|disarmed|deactivated"
       r"|safely detonated|(?<!remote-)(?<!remote )controlled explosion"
       r"|(?:destroyed|downed) (?:an? |the )?(?:\d+ (?:of|out of) \d+ )?(?:[\w-]+ ){0,2}?(?:drones?|missiles?|rockets?|uavs?))"
       + _EN_E,
       STRATEGIC, "Disrupted weapons use", 82, "intercept shot defused dismantled foiled thwarted destroyed downed disarmed deactivated safely "
       "controlled"),
    _t(_EN_B + r"(?:opened fire (?:on|at)|shot at|fired (?:live )?(?:rounds|bullets) at)" + _EN_E, VAC, KILLING, 25,
       "opened shot fired"),
    _t(_EN_B + r"(?:withdr(?:ew|awn)|pulled out of|hand(?:ed|ing|s) over (?:control|the city|the town|positions"
       # Session 8: "handed over several villages near Manbij".
       r"|(?:several |two |three |four |five |some |a number of |the |a |\d+ )?(?:[\w-]+ )?(?:villages|towns|areas"
       r"|districts|territory|territories|neighbourhoods|neighborhoods|cities|regions|checkpoints)"
       r"|(?:the |their |its |a )?(?:[\w-]+ )?(?:military )?(?:base|camp|airport|barracks|bases|posts?))"
       r"|hand(?:ed|ing|s) (?:it|them|the base|the camp|the airport|control) over"
       # Session 18: "The SDF handed control of two neighbourhoods ... to government security forces".
       r"|hand(?:ed|ing|s) (?:over )?control of"
       # People handed to the police are no territory (session 10: "wounded two suspected thieves
       # before handing them over to the police").
       r"(?! to (?:the )?(?:police|gendarm\w*|authorities|justice|security forces|army|icrc|red cross)))"
       + _EN_E, STRATEGIC, "Non-violent transfer of territory", 35, "withdr pulled handed handing hands"),
    # Session 8: a place entered with no fight: above the territory words (positions abandoned are not
    # enough: set C codes "seized control of Boulkessi after soldiers abandoned their positions" a takeover).
    _t(_EN_B + r"(?:(?:entered|moved into|walked into|rolled into|took over|took control of|occupied) (?:[\w-]+ ){0,4}?"
       r"(?:unopposed|without (?:a fight|resistance|firing a shot|a shot being fired|any resistance)))" + _EN_E,
       STRATEGIC, "Non-violent transfer of territory", 57, "entered moved walked rolled took occupied"),
    # Session 8: "moved into the former UN camp after the peacekeepers left".
    _t(_EN_B + r"(?:(?:after|as|when|once) (?:the )?(?:last )?(?:[\w-]+ ){0,2}?(?:peacekeepers|troops|forces|soldiers"
       r"|army|rebels|fighters|mission|garrison|militants|militia|mutineers|jihadists|insurgents|gunmen|police"
       r"|gendarmes|guards) (?:had )?(?:left|withdrew|pulled out|departed|vacated"
       r"|handed (?:it|them) over))" + _EN_E,
       STRATEGIC, "Non-violent transfer of territory", 57, "after as when once"),
    # Arms caches found or destroyed (session 7), below the attacks they may come with.
    _t(_EN_B + r"(?:(?:weapons?|arms|ammunition|explosives?|bomb-making) (?:caches?|depots?|stockpiles?|hauls?|factory)"
       r"|(?:seized|found|discovered|uncovered|destroyed|recovered) (?:an? |the )?(?:large |huge )?(?:quantity of |cache of )?"
       r"(?:weapons|arms|ammunition|explosives)"
       # Session 25: "recovered two mines and 98 gelatin sticks", "found three grenades".
       r"|(?:seized|found|discovered|uncovered|recovered|confiscated|defused|removed) (?:[\w,'-]+ ){0,8}?(?:mines|landmines"
       r"|grenades|detonators|ieds|unexploded)"
       # Session 10: "seized a container of pump-action rifles".
       r"|(?:seized|intercepted|impounded|confiscated) (?:an? |the |two |three |\d+ )?(?:[\w-]+ )?(?:containers?|consignments?"
       r"|shipments?|hauls?|truckloads?|boxes|crates) of (?:[\w-]+ ){0,2}?(?:weapons|arms|ammunition|explosives|rifles"
       r"|guns|pistols|grenades|rockets))" + _EN_E,
       STRATEGIC, "Disrupted weapons use", 60, "weapon weapons arms ammunition explosive explosives bomb seized found "
       "discovered uncovered destroyed recovered intercepted impounded confiscated defused removed"),
    # Session 8: "seized a truck loaded with explosives".
    _t(_EN_B + r"(?:(?:seized|found|discovered|intercepted|stopped|impounded) (?:an? |the |two |three )?(?:[\w-]+ ){0,2}?"
       r"(?:trucks?|cars?|vehicles?|vans?|lorr(?:y|ies)|motorcycles?|boats?) (?:loaded|packed|laden|filled|rigged)"
       r" with (?:explosives|weapons|arms|ammunition|bombs))" + _EN_E,
       STRATEGIC, "Disrupted weapons use", 62, "seized found discovered intercepted stopped impounded"),
    # A strike on a car or a hideout is an air or drone strike, whoever's (session 7: "an Israeli strike on a car").
    _t(_EN_B + r"(?:strikes? (?:on|against|targeting) (?:an? |the |two |three )?(?:[\w-]+ )?(?:cars?|vehicles?|motorcycles?"
       r"|convoys?|hideouts?|compounds?|tunnels?|positions|bases?|camps?|launchers?|training camps?))" + _EN_E,
       EXPLOSIONS, "Air/drone strike", 78, "strike strikes"),
    # Session 8: camps and command posts too ("set up camp in a forest", "established a command post").
    # Session 18: "the Chief of Army Staff commissioned a new Forward Operating Base at Bitta".
    _t(_EN_B + r"(?:(?:established|set up|setting up|sets up|built|commissioned) (?:a |an |its |their |new |military |forward "
       r"|permanent |several |training |rear |operating )*"
       r"(?:base|bases|air ?bases?|naval bases?|headquarters|command (?:post|centre|center)|camps?|outposts?)"
       # Session 10: "turned the main hospital into a command base".
       r"|(?:turned|converted|transformed) (?:[\w'-]+ ){1,8}?into (?:a |an |their |its )?(?:military |command |operations )?"
       r"(?:base|headquarters|command (?:post|centre|center)|barracks|outpost)"
       r"|set up camp|opened (?:a|an|its) (?:new )?military base"
       # Session 8: "moved its regional headquarters from Bamako to a new base".
       r"|(?:moved|relocated|transferred) (?:its|their|the) (?:[\w-]+ ){0,2}?(?:headquarters|base|bases|command post"
       r"|command centre|command center))" + _EN_E,
       STRATEGIC, "Headquarters or base established", 46, "established set setting sets built commissioned opened moved relocated "
       "transferred turned converted transformed"),
    _t(_EN_B + r"(?:looted|looting|looters|ransack(?:ed|ing)|pillag(?:ed|ing)|plunder(?:ed|ing)|stripped (?:[\w-]+ ){0,4}?bare"
       r"|uproot(?:ed|ing)|bulldoz(?:ed|ing)|demolish(?:ed|ing)|demolitions? of"
       r"|demolished (?:homes|houses)|burned (?:homes|houses|down)|razed"
       # Session 10: "soldiers set fire to houses in a village after residents fled".
       r"|set (?:fire to|ablaze) (?:[\w-]+ ){0,3}?(?:houses|homes|huts|villages?|shops|crops|granaries)"
       # Session 18: "armed men broke into a World Food Programme warehouse and carried away tonnes of sorghum".
       r"|(?:carried|carted|hauled) (?:away|off) (?:[\w-]+ ){0,3}?(?:tonnes|tons|goods|food|grain|supplies|aid|sorghum"
       r"|maize|wheat|rice|flour|fuel|medicines?|equipment|livestock|cattle|cash)"
       r"|torched)" + _EN_E, STRATEGIC, "Looting/property destruction", 34, "loot ransack pillag plunder stripped uproot "
       "bulldoz demolish demolition burned razed torched set carried carted hauled"),
    # A mass grave found or bodies exhumed (session 8): ACLED codes the discovery as Other, above the
    # fighting or the town's capture the sentence may recall ("in the recaptured city of Izium").
    # Session 18: Mexico's search collectives find "a clandestine grave site with at least 11 bodies".
    _t(_EN_B + r"(?:mass (?:graves?|burial (?:sites?|pits?|grounds?))|exhum(?:ed|ing|ation of)"
       r"|clandestine (?:graves?|grave sites?|burial (?:sites?|pits?|grounds?)|cemeter(?:y|ies))"
       r"|bodies (?:were |have been )?(?:found|discovered|unearthed|dug up) (?:in|at) (?:an? |the )?"
       r"(?:[\w-]+ )?(?:grave|pit|trench))" + _EN_E,
       STRATEGIC, "Other", 58, "mass exhum bodies clandestine"),
    # Armed groups joining or forming (session 7): "factions merged to form a new coalition".
    _t(_EN_B + r"(?:merg(?:ed|ing) (?:into|to form) (?:a |an |the )?(?:single |new |unified |joint )?(?:armed |militant "
       r"|rebel |jihadist )?(?:group|movement|coalition|alliance|front|force|organi[sz]ation)"
       r"|formed (?:a|an) (?:new )?(?:armed |militant |rebel |jihadist |joint )?(?:armed wing|coalition|alliance"
       r"|front|militia|brigade|armed group)|pledged allegiance to"
       # Session 8: "the Islamic State group named a new leader".
       r"|(?:named|appointed|announced|chose|elected|picked) (?:a |an |its |their )?new (?:leader|chief|commander|emir"
       r"|head|spokesman)"
       r"|(?:announced|declared) (?:the )?(?:formation|creation|dissolution) of (?:a |an |the )?(?:new )?(?:armed |militant "
       r"|rebel |jihadist )?(?:group|coalition|alliance|front|wing|militia)"
       # Session 13: "a bloc of FARC dissidents said it was breaking away from the Estado Mayor Central".
       # Session 18: "a senior RSF commander announced his defection to the army along with his fighters".
       # Not a defection told in the past perfect: "killed a former member that had defected to JNIM".
       r"|(?<!had )defect(?:ed|ion|ions|ing) (?:[\w-]+ ){0,3}?(?:to|from)"
       r"|(?:breaking|broke|broken|splitting|split) (?:away )?from (?:the )?(?:[\w-]+ ){0,4}?(?:armed group|rebel group"
       r"|movement|front|command|army|central|militia|brigade|faction|leadership|coalition|alliance|interim government)"
       # Session 18: "a faction of the FARC dissidents ... broke away from the group".
       r"|(?:broke|broken|breaking) away from the group)" + _EN_E,
       STRATEGIC, "Change to group/activity", 36, "merged merging formed pledged announced declared named appointed "
       "chose elected picked breaking broke broken splitting split defected defection defections defecting"),
    # A force leaving a country or a mission (session 8): "announced it was leaving Mali", "began its
    # withdrawal from", "ended its mission in".
    _t(_EN_B + r"(?:(?:announced|said|confirmed|declared) (?:that )?(?:it|they) (?:was|were|is|are|had|has|have)"
       r" (?:been )?(?:leaving|withdrawing|pulling out|ending (?:its|their) (?:operations|mission|presence|deployment))"
       r"|(?:announced|began|begun|completed|started|finished|confirmed) (?:its|their|the) (?:[\w-]+ )?"
       r"(?:withdrawal|departure|exit|pull-?out) from"
       r"|ended (?:its|their) (?:military )?(?:mission|operations|presence|deployment) in)" + _EN_E,
       STRATEGIC, "Change to group/activity", 37, "announced said confirmed declared began begun completed started "
       "finished ended"),
    # Session 8: troops sent across a border or into an area (ACLED's notes code such moves as a
    # change to the group's activity).
    _t(_EN_B + r"(?:(?:troops|soldiers|forces|contingents?|peacekeepers|units) (?:have |had )?(?:crossed|(?:were |was |been )?"
       r"(?:sent|deployed|dispatched|flown)|arrived) (?:into|to|in)(?: the)?"
       # Session 10: "the first 400 Kenyan police officers arrived in Haiti" (a country or a city, not "at
       # the scene" or "in the village" of a crime).
       r"|(?:police officers|policemen|personnel|gendarmes|marines|paratroopers) (?:have |had )?(?:arrived|landed"
       r"|been deployed|were deployed) (?:in|to)(?= (?!the |a |an |scene|hospital|court)))" + _EN_E,
       STRATEGIC, "Change to group/activity", 37, "troops soldiers forces contingent peacekeepers units police policemen "
       "personnel gendarmes marines paratroopers"),
    # Session 10: "Putin announced a partial mobilisation of reservists" (ACLED: change to group/activity).
    _t(_EN_B + r"(?:(?:announced|declared|ordered|began) (?:a |the )?(?:partial |general |full |nationwide )?"
       r"mobili[sz]ation)" + _EN_E, STRATEGIC, "Change to group/activity", 38, "announced declared ordered began"),
    _t(_EN_B + r"(?:(?:military )?reinforcements|deployed (?:[\w-]+ ){0,3}?(?:troops|soldiers|forces|tanks|units)"
       r"|troop build-?up|massing (?:troops|forces)|mobili[sz]ed (?:troops|forces|reservists))" + _EN_E,
       STRATEGIC, "Other", 28, "reinforcement deployed troop massing mobili"),
    _t(_EN_B + r"(?:(?:ceasefire|cease-fire|truce|peace|armistice) (?:talks|negotiations|conference|deal talks)"
       r"|(?:talks|negotiations) (?:on|over|for|about|towards?|to reach) (?:an? |the )?(?:[a-z-]+ )?"
       r"(?:ceasefire|cease-fire|truce|peace|settlement|end to the (?:war|fighting|conflict))"
       r"|(?:indirect|proximity) (?:talks|negotiations))" + _EN_E,
       STRATEGIC, "Other", 40, "ceasefire cease truce peace armistice talks negotiations indirect proximity",
       talks=True),
)

# A trigger inside such a phrase does not report an event ("لوقف القتال", "an end to the fighting").
AR_CANCEL = fold_pattern(
    r"(?:وقف|لوقف|إنهاء|لإنهاء|إيقاف|تهدئة|تجنب|منع|خفض|تصعيد)\s+(?:ال)?(?:قتال|اشتباكات|معارك|عمليات"
    r"|إطلاق النار|هجمات|تصعيد|أعمال العنف)|وقف إطلاق النار"
    r"|(?:مفاوضات|محادثات|مباحثات|مقترح|خطة)\s+(?:\S+\s+){0,2}?(?:صفقة تبادل|تبادل (?:ال)?أسرى|هدنة|اتفاق)")
EN_CANCEL = (r"fight(?:s|ing)?\s+(?:against\s+)?(?:the\s+)?(?:aids|hiv|disease|virus|corruption|poverty|cancer"
             r"|malaria|epidemic|outbreak|wildfires?|fires?|flames|pandemic|infection|terrorism|crime)"
             r"|(?:end|stop|halt|cessation|avoid|prevent|de-escalat\w*|pause|ending|stopping|lull)\s+(?:to\s+|of\s+|in\s+)?"
             r"(?:the\s+)?(?:fighting|clashes|hostilities|attacks|violence|strikes)"
             r"|(?:talks|negotiations|proposals?|plans?|deal)\s+(?:on|for|over|about)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?"
             r"(?:prisoner\s+(?:exchange|swap)|ceasefire|truce|deal|agreement)"
             # Metaphors (session 7): attacks on a budget or on press freedom, legal and five-set battles.
             r"|(?:verbal|cyber|cyber-|scathing|stinging|personal|rhetorical|written|online|panic)\s+attacks?"
             r"|(?:attacks?|assault|offensive|onslaught|broadside)\s+(?:on|against)\s+(?:(?:the|his|her|their|its|a|an"
             r"|this|that|our)\s+)?(?:\S+\s+){0,3}?(?:budget|policy|policies|plans?|laws?|bills?|reforms?|proposals?"
             r"|record|decision|remarks|comments|statements?|speech|freedoms?|democracy|constitution|judiciary"
             r"|independence|press|media|credibility|reputation|character|integrity|handling|legacy|leadership"
             r"|economy|values)(?![a-z])"
             r"|(?:legal|court|courtroom|political|electoral|election|custody|uphill|bidding|takeover|boardroom|ratings"
             r"|price|budget|constitutional|leadership|succession|propaganda|title|relegation|(?:two|three|four|five)-set)"
             r"\s+battles?"
             r"|battl(?:e|es|ed|ing)\s+(?:against|with)\s+(?:\S+\s+)?(?:cancer|inflation|illness|disease|addiction|obesity"
             r"|poverty|unemployment|climate change|the virus|covid|depression|injur\w*|relegation)"
             # "riot police", "anti-riot squads": the police, not a riot.
             r"|(?:anti-)?riot\s+(?:police\w*|officers|squads?|units?|gear|shields?|control|vans?|trucks?|troops|forces)"
             # Session 10: animals that attack or kill, and markets "under attack", are no political violence.
             # Named like an armed group ("Tamil Tigers", "Grey Wolves"): not an animal.
             r"|(?<!tamil\s)(?<!grey\s)(?<!gray\s)(?<!black\s)(?<!white\s)(?<!red\s)(?:crocodiles?|lions?|lioness"
             r"|elephants?|hippos?|hippopotamus|sharks?|snakes?|leopards?|hyenas?|bears?|wolf|wolves|dogs?|tigers?|bees"
             r"|buffalo(?:es)?)\s+(?:\S+\s+){0,2}?(?:attacked|attacks?|killed|kills|mauled"
             r"|trampled|bit|bitten)(?:\s+and\s+(?:killed|injured|wounded|mauled|ate))?"
             r"|(?:killed|mauled|attacked|trampled|bitten|eaten)\s+by\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:crocodiles?|lions?"
             r"|elephants?|hippos?|hippopotamus|sharks?|snakes?|leopards?|hyenas?|bears?|wolf|wolves|dogs?|tigers?|bees"
             r"|buffalo(?:es)?)"
             r"|(?:prices?|shares|stocks|(?:stock|financial|bond|currency|oil|commodity|equity) markets?|currency"
             r"|currencies|dollar|euro|pound|rupee|yen|bonds|crude|brent|oil)"
             r"\s+(?:\S+\s+){0,4}?under\s+(?:attack|fire|siege)"
             # Session 19: a court's sentence ("sentenced an Islamic State member to death") kills no one.
             r"|sentenced\s+(?:\S+\s+){0,8}?to\s+death"
             # Session 19: "Even before the takeover, education was under attack".
             r"|(?:education|schooling|freedoms?|rights|democracy|press|journalism|science|truth|constitution|judiciary"
             r"|independence|sovereignty|institutions|values|culture|heritage|identity)\s+(?:is|was|are|were|has been"
             r"|have been|had been|came|comes|remains?|remained)\s+under\s+(?:attack|fire|siege)"
             # Session 19: India's "booth capturing" is electoral fraud; "survivors of sexual violence"
             # are told of for what was done to them before.
             r"|booth[\s-]+captur\w*"
             r"|survivors?\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:sexual\s+violence|rape|attacks?|massacres?|violence"
             r"|bombings?|torture|abuse|shelling|air\s*strikes?|the\s+war)")
# Shortly before a trigger, these make it a denial, threat or plan rather than a report.
AR_MODAL = fold_pattern(
    r"(?<!\w)(?:[وف])?(?:نفى|نفت|تنفي|ينفي|نفوا|نفي|هدد(?:ت)?|تهدد|يهدد|توعد(?:ت)?|يتوعد|يتوعدون|حذر(?:ت)? من"
    r"|سوف|يعتزم|تعتزم|تستعد|يستعد|دعا إلى|دعت إلى|طالب(?:ت)?|لن|نريد|تخشى|يخشى|مخاوف من|احتمال|خطة"
    r"|ستشن|سيشن|سنواصل|سنقف|ستواصل|يرى محللون|يتوقع|يتوقعون|من المتوقع|من المرجح|توقعات)(?!\w)")
# "may" is a hedge, "May" a month: folded text has lost the capital, so the month is told by a day
# number beside it ("3 May", "May 3") or a word that introduces a month ("in May", "mid-May").
EN_MAY_HEDGE = (r"(?<!\d )(?<!\d)(?<!in )(?<!of )(?<!early )(?<!late )(?<!mid-)(?<!mid )(?<!last )(?<!since )"
                r"(?<!until )(?<!this )(?<!next )(?<!end )(?<!by )(?<!during )may(?!\s*\d)")
EN_MODAL = (r"(?<![a-z])(?:den(?:y|ies|ied|ying)|rejected (?:claims|reports|accusations)|threat(?:en|ens|ened)"
            r"|warn(?:s|ed)? (?:of|that|against)|vow(?:s|ed) to|plan(?:s|ned)? to|planning to|prepar(?:e|es|ing) to"
            r"|would|could|might|" + EN_MAY_HEDGE + r"|will|call(?:s|ed)? for|urg(?:e|es|ed)|fears? of|risk of|if"
            r"|expected to|likely to|analysts (?:say|said|believe|expect)"
            # Session 8: "massing troops for a possible new offensive", "struggling to recruit".
            r"|possible|potential|looming|struggl\w* to|seeking to|aim(?:s|ed)? to|tr(?:y|ies|ying) to"
            r"|(?:had|has|have) no (?:record|knowledge|information|evidence) of|could not (?:confirm|verify)"
            # Session 10: "lists of Tutsi to be killed": a purpose, not a killing.
            r"|(?:of|for|marked|slated|due|set|ordered|wanted|lists?) (?:\S+ ){0,2}?to be"
            r"(?= (?:killed|executed|attacked|targeted|abducted)))(?![a-z])")

# Talks count only when held, arranged, resumed or called for: "peace talks are the only way" is
# commentary. A denial or refusal still cancels them (the general threat/plan cues do not: a call
# for talks, or talks set for next week, are the news).
AR_TALK_ACTION = fold_pattern(
    r"(?:استئناف|لاستئناف|استأنف|تستأنف|يستأنف|عقد|تعقد|يعقد|عقدت|انعقاد|تنعقد|ينعقد|انطلاق|انطلقت|انطلق|بدء|بدأت|بدأ"
    r"|إجراء|أجرت|أجرى|تجري|يجري|تجرى|جرت|جولة|تستضيف|يستضيف|استضافة|استضافت|ترتيب|ترتب|يرتب|تنظيم|تنظم"
    r"|دعا|دعت|تدعو|يدعو|الدعوة|دعوة|اختتام|اختتمت|شارك|تشارك|مشاركة|رعاية|برعاية|وساطة|بوساطة|تمهيد|إطلاق)")
EN_TALK_ACTION = (r"(?<![a-z])(?:held|hold|holds|holding|host(?:s|ed|ing)?|arrang\w*|resum\w*|began|begin\w*|start\w*"
                  r"|launch\w*|opened|round of|call(?:s|ed)? for|urg(?:e|es|ed)|join\w*|conven\w*|mediat\w*|broker\w*"
                  r"|sponsor\w*|attend\w*|took part|under ?way|continu\w*|scheduled|set to|due to(?! (?:expire|lapse|run out))"
                  r"|concluded|ended"
                  r"|agreed to|push(?:ed|ing)? for|invit\w*"
                  # Session 13: a deal told as made ("Israel and Hamas had agreed a ceasefire").
                  r"|agreed|agree on|signed|reached|struck|sealed)(?![a-z])")
AR_TALK_DENY = fold_pattern(
    r"(?<!\w)(?:[وف])?(?:نفى|نفت|تنفي|ينفي|نفوا|نفي|رفض(?:ت)?|ترفض|يرفض|لن|تعثر|انهيار|فشل)(?!\w)")
EN_TALK_DENY = (r"(?<![a-z])(?:den(?:y|ies|ied|ying)|refus\w*|reject\w*|ruled out|rules out|no plans|collaps\w*"
                r"|stalled|broke down|failed|would|could|might|if)(?![a-z])")

# Protest modifiers: the security forces stepped in, or used lethal force.
AR_INTERVENTION = fold_pattern(r"(?:فرق(?:ت)?|تفريق|الغاز المسيل|قنابل الغاز|خراطيم المياه|الرصاص المطاطي"
                               r"|فض(?:ت)?|بالقوة)")
EN_INTERVENTION = (r"(?:tear ?gas|dispers(?:e|ed|ing)|water cannons?|rubber bullets|batons?|broke up|by force"
                   # Session 8: "arrested dozens of opposition supporters who gathered for a banned rally".
                   r"|(?:arrested|detained|rounded up) (?:[\w-]+ ){0,4}?(?:protesters|demonstrators|supporters|activists"
                   r"|marchers|participants|students"
                   # Session 10: "arrested 45 young people who tried to march", "detained journalists protesting".
                   r"|people|youths|journalists|members|women|men|workers|dozens|scores|hundreds)"
                   r"|pepper spray|pushed (?:them |the \w+ )?back|break up|breaking up|(?:baton|lathi)-?charged)")
# A protest that turns violent is a riot in ACLED's scheme.
AR_RIOT = fold_pattern(r"(?:أحرق(?:وا)?|أضرم(?:وا)? النار|اقتحم(?:وا)?|رشق(?:وا)? (?:\S+ )?بالحجارة|تخريب|أعمال عنف)")
EN_RIOT = (r"(?:torched|set fire to|set alight|stormed|turned violent|hurled (?:stones|rocks|petrol bombs)"
           # Session 14: the sub-type's own words (of the training notes saying them, 12 of 15 riots).
           # Not as what someone is accused of or condemns ("spreading anarchy with violent demonstrations").
           r"|(?<!with )(?<!against )(?<!over )(?<!amid )(?<!condemned )(?<!condemning )(?<!denounced )"
           r"(?<!non-)(?<!non)violent (?:demonstrations?|protests?|rall(?:y|ies)|marches)"
           # Session 8: "crowds attacked and burned a police post in protest at gang violence".
           r"|burn(?:ed|t|ing) (?:down )?(?:a |an |the |several |two |three )?(?:[\w-]+ )?(?:police|station|post|office"
           r"|offices|building|buildings|vehicles?|cars?|tyres|tires|barricades|shops?)"
           r"|attacked (?:a |an |the )?(?:police|security forces|officers|government)"
           r"|threw (?:stones|rocks|molotov)|vandali[sz]ed|smashed"
           # Session 10, ACLED's codebook: a road blocked with barricades or burning material makes a
           # demonstration violent (of the training notes with a protest and these words, 131 of 139).
           r"|setting fire to|(?<!was )(?<!were )(?<!been )set on fire|setting ablaze|arson"
           r"|(?:protesters|demonstrators|rioters|marchers|crowds?) (?:[\w-]+ ){0,4}?clash(?:ed|es|ing)? with"
           r"|(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?) to storm"
           r"|(?<!police )(?<!forces )(?<!soldiers )(?<!troops )(?<!authorities )(?:set up|erected|put up|built|mounted"
           r"|erecting|setting up) (?:\w+ )?barricades"
           r"|(?<!police )(?<!forces )(?<!soldiers )(?<!troops )(?<!authorities )barricad(?:ed|ing) (?:the |a |main "
           r"|several )?(?:[\w-]+ )?(?:roads?|routes?|streets?|highways?|bridges?"
           r"|junctions?|entrances?)"
           r"|burning (?:of )?(?:tyres|tires|logs|wood|barricades)"
           r"|(?:throwing|threw|placed|placing|putting|put) (?:\w+ )?(?:tree trunks|logs|stones|rocks|bricks|wood)"
           r" (?:on|across|onto))")
AR_LETHAL_ON_PROTEST = fold_pattern(r"(?:مقتل|قتل|استشهاد|أطلق(?:ت)?\s+(?:قوات\s+\S+\s+)?(?:ال)?(?:رصاص|النار))")
EN_LETHAL_ON_PROTEST = (r"(?:killed|killing|shot dead|opened fire|live (?:ammunition|fire|rounds|bullets)"
                        # Session 8: "soldiers fired on residents protesting ..., killing two".
                        r"|fired (?:on|at|into)|shot and killed)")

# Victims that make a killing an attack on civilians, or a clash between armed groups.
AR_CIVILIANS = fold_pattern(r"(?:مدني(?:ا|ين|ون|ة)?|أطفال|طفل(?:ا|ين)?|نساء|امرأة|سيدة|شاب(?:ا)?|شبان|فتى|فتاة|رجل|مزارع(?:ين)?|صياد(?:ين)?"
                            r"|مصلين|مواطن(?:ا|ين|ون)?|سكان|مدنيين|عائلة|أسرة|صحفي(?:ا|ين)?|مسعف(?:ين)?"
                            r"|عمال|تلاميذ|طلاب|نازح(?:ين)?|لاجئ(?:ين)?|مسؤول(?:ا|ين)?|وجهاء|شيخ)")
EN_CIVILIANS = (r"(?:civilians?|children|child|women|woman|villagers|farmers|worshippers|residents|family"
                # Session 8: "killing men and boys from the Masalit community".
                r"|(?<![a-z])(?:men|boys|girls|man|boy|girl)(?![a-z])|(?<![a-z])community(?![a-z])"
                r"|(?<![a-z])ethnic [a-z]+"
                r"|journalists?|aid workers?|students|passengers|shepherds?|displaced|refugees|people"
                r"|elders?|officials?|cleric|imam|teachers?|doctors?"
                # Session 10: "a radio broadcaster was shot dead by gunmen" (gunmen name the killers).
                r"|broadcasters?|reporters?|activists?|lawyers?|judges?|priests?|pastors?|businessm[ae]n|traders?"
                r"|councill?ors?|mayors?|drivers?|politicians?|candidates?|nurses?|fisherm[ae]n|vendors?|shopkeepers?"
                r"|merchants?|labou?rers?|health workers?|youths|young (?:men|people)|teenagers?|pupils)")
# Words of violence: a bare death word ("died", "قتلى") reports an event only beside one of these.
AR_VIOLENCE = fold_pattern(r"(?:مسلح|هجوم|هجمات|قصف|غار(?:ة|ات)|رصاص|إطلاق (?:ال)?نار|اشتباك|انفجار|تفجير|عبوة|صاروخ"
                           r"|صواريخ|قذيف|قذائف|طعن|ذبح|إعدام|اغتيال|مجزرة|كمين|مسيرة|معارك|قوات|جيش|ميليشيا|مليشيا"
                           r"|تنظيم|مقاتل|متمرد|إرهاب|قنص|قناص)")
EN_VIOLENCE = (r"(?<![a-z])(?:gun|shot|shooting|gunfire|militant|attack|bomb|blast|explosi|air ?strike|shell"
               r"|rocket|missile|clash|fighting|stabb|massacre|troops|forces|army|militia|rebel|insurgent|jihadist"
               r"|ambush|sniper|terror|raid|grenade|mortar|drone strike|murder)")
# Causes of death that are no political violence (accidents, disasters, disease).
AR_NONVIOLENT = fold_pattern(r"(?:حادث|حوادث|سير|غرق|فيضان|فيضانات|سيول|أمطار|زلزال|حريق|وباء|فيروس|كورونا|كوليرا|مرض|الحمى"
                             r"|انهيار|عاصفة|إعصار|جفاف|مجاعة|تسمم|صعق)")
EN_NONVIOLENT = (r"(?:crash|accident|collision|flood|earthquake|storm|hurricane|cyclone|disease|virus|outbreak|flu"
                 r"|ebola|cholera|covid|coronavirus|infection|drown|heatwave|overdose|avalanche|landslide|cancer"
                 r"|illness|epidemic|pandemic|pneumonia|measles|malaria|swine|poultry|birds|famine|starvation"
                 r"|capsiz|derail|electrocut|poisoning|wildfire|blaze|fire broke out|heart attack|h5n1|strain"
                 r"|culled|slaughtered|plunged|ravine|overturned|rolled over|veered|skidded|ran off the road"
                 r"|stampede|crowd crush|collapsed|collapse|mudslide|lightning|tornado|typhoon|tsunami|eruption"
                 r"|dengue|fever|typhoid|tuberculosis|diarrh\w*|heatstroke|heat stroke|snowstorm|blizzard"
                 # Session 11: "temperatures of up to 49 degrees have killed", "Mount Marapi ... erupted, killing 11".
                 r"|temperatures|heat ?waves?|extreme heat|scorching|volcan\w*|mount [a-z]+ (?:[a-z]+ ){0,4}?erupt"
                 r"|slammed into|ploughed into|plowed into|collided|fire (?:swept|ripped|tore|raced|spread) through"
                 r"|firefighters|fire officials|fire service|fire brigade"
                 r"|(?<!opened )(?<!open )(?:a |the )?fire (?:at|in|that|which|swept|ripped|gutted) (?:a |an |the )?"
                 r"(?:crowded |packed |busy |\w+ )?(?:hospital|factory|market|building|hotel|school|club|nightclub"
                 r"|warehouse|home|house|prison|dormitory|shop|mall|plant|clinic|ward|depot|fuel depot|refinery"
                 r"|petrol station|gas station|filling station|oil depot))")
# "no clashes", "لم تقع اشتباكات": a trigger negated right before it reports nothing.
AR_NEGATED = fold_pattern(r"(?<!\w)(?:لا|لم|دون|بدون|عدم|ولا|ولم)\s+(?:\S+\s+)?$")
EN_NEGATED = (r"(?<![a-z])(?:no|without|nor|not|never)\s+(?:[a-z-]+\s+)?$"
              # Session 13: "no civilians were injured or killed", "nobody was hurt or killed".
              r"|(?<![a-z])(?:no|nobody|none)\s+(?:[a-z-]+\s+){0,2}?(?:was|were|has been|have been|had been)\s+"
              r"(?:reported\s+)?(?:[a-z]+\s+(?:or|and)\s+)?$")
AR_COMBATANTS = fold_pattern(r"(?:جندي(?:ا|ين)?|جنود|عسكري(?:ا|ين)|مقاتل(?:ا|ين|ون)?|مسلح(?:ا|ين|ون)"
                             r"|عناصر|ضابط(?:ا|ين)?|ضباط|أفراد|شرطي(?:ا|ين)?|مرتزقة|مسلحي)")
EN_COMBATANTS = (r"(?:soldiers?|troops|fighters|militants|rebels|gunmen|insurgents|policem[ae]n|officers"
                 r"|servicemen|militiamen|combatants|mercenaries|jihadists"
                 # Session 10: "2 Afghan security personnel were killed", "his 2 bodyguards".
                 r"|(?:security|military|army|police) personnel|(?:body)?guards|gendarmes|vdp|dozos?)")


@dataclass(frozen=True)
class TriggerHit:
    """A trigger found in folded text: its span there and what it signals."""

    start: int
    end: int
    trigger: Trigger


@dataclass(frozen=True)
class Lexicon:
    """One language's compiled triggers and cue patterns."""

    triggers: tuple[Trigger, ...]
    compiled: tuple[re.Pattern[str], ...]
    automaton: ahocorasick.Automaton
    cancel_re: re.Pattern[str]
    modal_re: re.Pattern[str]
    intervention_re: re.Pattern[str]
    riot_re: re.Pattern[str]
    lethal_on_protest_re: re.Pattern[str]
    civilians_re: re.Pattern[str]
    combatants_re: re.Pattern[str]
    violence_re: re.Pattern[str]
    nonviolent_re: re.Pattern[str]
    negated_re: re.Pattern[str]
    talk_action_re: re.Pattern[str]
    talk_deny_re: re.Pattern[str]

    def scan(self, folded: str) -> list[TriggerHit]:
        """Every trigger in ``folded`` text, tried only at words that hold one of its anchors.

        Aho-Corasick finds the anchors in one pass; a regex then runs at each such word's start.
        A full regex scan of an article costs about 6 ms; this costs a small fraction of that.
        """
        hits: list[TriggerHit] = []
        tried: set[tuple[int, int]] = set()
        for end_index, indices in self.automaton.iter(folded):
            start = end_index
            while start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
                start -= 1
            for i in indices:
                if (start, i) in tried:
                    continue
                tried.add((start, i))
                m = self.compiled[i].match(folded, start)
                if m:
                    hits.append(TriggerHit(m.start(), m.end(), self.triggers[i]))
        hits.sort(key=lambda h: (h.start, -h.trigger.rank))
        return hits

    def scan_slow(self, folded: str) -> list[TriggerHit]:
        """The same hits by a full regex scan: the reference the fast scan is tested against."""
        hits = [TriggerHit(m.start(), m.end(), t)
                for t, rx in zip(self.triggers, self.compiled) for m in rx.finditer(folded)]
        hits.sort(key=lambda h: (h.start, -h.trigger.rank))
        return hits


def _compile(triggers: tuple[Trigger, ...], cancel: str, modal: str, intervention: str, riot: str,
             lethal: str, civilians: str, combatants: str, violence: str, nonviolent: str,
             negated: str, talk_action: str, talk_deny: str) -> Lexicon:
    automaton = ahocorasick.Automaton()
    by_anchor: dict[str, list[int]] = {}
    for i, trigger in enumerate(triggers):
        for anchor in trigger.anchors:
            by_anchor.setdefault(anchor, []).append(i)
    for anchor, indices in by_anchor.items():
        automaton.add_word(anchor, tuple(indices))
    automaton.make_automaton()
    return Lexicon(triggers, tuple(re.compile(t.pattern) for t in triggers), automaton,
                   re.compile(cancel), re.compile(modal), re.compile(intervention), re.compile(riot),
                   re.compile(lethal),
                   re.compile(civilians), re.compile(combatants), re.compile(violence),
                   re.compile(nonviolent), re.compile(negated), re.compile(talk_action), re.compile(talk_deny))


_CACHE: dict[str, Lexicon] = {}


def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon for "ar" or "en" (compiled on first use, then reused)."""
    key = "ar" if lang == "ar" else "en"
    if key not in _CACHE:
        if key == "ar":
            _CACHE[key] = _compile(AR_TRIGGERS, AR_CANCEL, AR_MODAL, AR_INTERVENTION, AR_RIOT, AR_LETHAL_ON_PROTEST,
                                   AR_CIVILIANS, AR_COMBATANTS, AR_VIOLENCE, AR_NONVIOLENT, AR_NEGATED,
                                   AR_TALK_ACTION, AR_TALK_DENY)
        else:
            _CACHE[key] = _compile(EN_TRIGGERS, EN_CANCEL, EN_MODAL, EN_INTERVENTION, EN_RIOT, EN_LETHAL_ON_PROTEST,
                                   EN_CIVILIANS, EN_COMBATANTS, EN_VIOLENCE, EN_NONVIOLENT, EN_NEGATED,
                                   EN_TALK_ACTION, EN_TALK_DENY)
    return _CACHE[key]
