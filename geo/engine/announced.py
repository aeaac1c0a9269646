"""Names announced as places by the word before them: "لمدينة أريحا", "قرية المغير", "the town of Hama".

The learned filter sees an unusual neighbour (لمدينة with its proclitic) and may drop such a
name; a settlement or division word right before it says it is a place. It is put back when
it fits the story: no country is named outright, or one of its places lies in a named one
("مدينة صور جنوب لبنان" yes; "مدينة صباح الأحمد" in a Kuwaiti story is not Sabah, Malaysia).
Likewise a name coordinated with a kept place of the same country ("في القدس وعكا"), also
down a list whose earlier names were put back ("طال سراقب وجسر الشغور والأتارب" once one is).
Names listed together come back together when the list as a whole is likely a list of places.
A place in or right beside a named country fits too: "لمدينة أريحا ثم عاد إلى القدس" (Jericho
is Palestinian, the story's Jerusalem reads as Israel's), "قرب عكا ... إلى لبنان".
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from geo.engine.actor_homes import actor_countries, armed_actor_nationality
from geo.engine.features import zipf
from geo.engine.gazetteer import Gazetteer, haversine_km
from geo.engine.normalize import normalize
from geo.engine.qualifiers import possessive_before
from geo.engine.recognize import Candidate, clitic_variants, division_homes, possessive_s, reading_countries
from geo.engine.resolve import MAX_PLACES, _approx_km  # the readings the resolver weighs
from geo.engine.tokens import Token, words_in
from geo.events.actors import default_actors
from geo.events.text import fold

LIST_PROB = 0.5  # a list's chance that at least one of its names is a place, to put all of them back
LIST_MIN = 3  # names in such a list: two words joined by و are a pair as often as a list...
PAIR_KM = 50.0  # ...unless both are towns this close to each other
PAIR_TOWN = 5_000
EVERYDAY_ZIPF_AR = 4.0  # a word this common (سالم "safe", بيان "statement", كان "was") is no town of a pair
NEAR_COUNTRY_KM = 300  # a reading this close to a named country's point fits the story
ANNOUNCED_PROB = 0.5  # the confidence floor of a name put back: the cue is good, the filter was unsure
ANNOUNCING_WORDS = {
    "مدينه", "بلده", "قريه", "مخيم", "حي", "حاره", "محافظه", "ولايه", "ناحيه", "قضاء", "ريف",
    # duals and plurals announce each name of the list they open ("مخيمي نور شمس وطولكرم", "قرى ...")
    "قري", "بلدات", "مخيمات", "احياء", "حارات", "مدن", "قريتي", "قريتا", "بلدتي", "بلدتا", "مخيمي", "مخيما",
    "مدينتي", "مدينتا",
    # a landmark or a feature named after its place ("ميناء الخمس", "معبر رفح", "سهل البقاع")
    "ميناء", "مطار", "معبر", "سهل", "جبل", "وادي", "صحراء", "مرتفعات", "هضبه", "بحيره",
    "city", "town", "village", "township", "camp", "province", "governorate",
    # "شمال رام الله", "قرب نابلس": a direction or nearness from a name makes it a place
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "outskirts",
}


DIVISION_WORDS_EN = frozenset("region province state governorate district oblast county prefecture".split())
# Conflict reports name a place as what was struck or fought over: "airstrikes on X", "shelled X",
# "clashes in X", "the X frontline". Weapons and fighting aim at places far more often than at
# anything else a capitalised name can be.
STRUCK_BEFORE = {
    ("airstrikes", "on"), ("airstrike", "on"), ("strikes", "on"), ("raids", "on"), ("raid", "on"),
    ("shelling", "on"), ("shelling", "of"), ("bombardment", "of"), ("bombing", "of"), ("shells", "on"),
    ("clashes", "in"), ("clashes", "near"), ("clashed", "in"), ("clashed", "near"), ("fighting", "in"),
    ("fighting", "near"), ("fighting", "around"), ("advance", "on"), ("advanced", "on"), ("offensive", "on"),
}
# ... and what was taken: "troops entered Stepanakert", "rebels seized Rubaya" (not "took": too
# common a verb with a capitalised object, "took Smith").
STRUCK_VERBS = {"shelled", "bombed", "bombarded", "besieged", "entered", "captured", "recaptured", "retook",
                "seized", "overran", "stormed", "raided", "liberated"}
STRUCK_MAX_ZIPF = 3.0  # a name as common as a word (March 4.6, Congress 4.5, May 5.9) is not taken on the phrase alone
FRONT_WORDS = {"front", "fronts", "frontline", "frontlines", "axis"}


# The same in Arabic conflict reports (normalised spellings: ة as ه, ى as ي): "قصف على سرمين",
# "غارات على X", "اشتباكات في X", "قصفت X", "على محور X". A proclitic on the cue word is peeled.
STRUCK_BEFORE_AR = {
    (w, "علي") for w in "قصف قصفا غاره غارات غارتين هجوم هجمات هجوما ضربات ضربه صواريخ قذايف براميل زحف تقدم".split()
} | {(w, "في") for w in "اشتباكات اشتباك معارك معركه مواجهات قتال".split()}
# Verbs only whose subject is seldom a name: after هاجمت or اقتحم the next word is as often the
# one who acted ("وهاجمت رايس حماس").
STRUCK_VERBS_AR = {"قصفت", "قصف", "قصفوا", "استهدفت", "استهدف", "دكت"}
FRONT_WORDS_AR = {"محور", "جبهه", "محاور", "جبهات"}
# The subject between such a verb and what it struck ("قصفت المدفعية معرشورين").
STRIKERS_AR = set("الطايرات الطايره الطيران المدفعيه المقاتلات المروحيات المسيرات المسيره الدبابات القوات الجيش".split())
STRUCK_MAX_ZIPF_AR = 4.0  # as EVERYDAY_ZIPF_AR: "قصف على مواقع" is no town
# ... but a town of STRUCK_NOTABLE_TOWN people or a division may be a commoner word (رفح 4.0, الخليل 4.5).
STRUCK_MAX_ZIPF_NOTABLE_AR = 5.0
STRUCK_NOTABLE_TOWN = 50_000
HASHTAG_MAX_ZIPF_AR = 4.5
HASHTAG_TOWN = 20_000
RARE_NAME_ZIPF_AR = 4.0  # as common as a word from here on: إدلب 4.3, حمص (chickpeas) 4.5, صور 5.5
LOCATED_NAME_ZIPF_AR = 4.7  # ... up to here after a word of place (not الباب 4.9, الأبيض 4.9, صور)
LOCATED_TOWN = 150_000
SMALL_TOWN_ZIPF_AR = 3.0
SMALL_LOCATED_TOWN = 5_000
STORY_KM = 400.0  # a small town read from its name alone lies this near a reading of the story's kept places
_TIME_WORDS_AR = frozenset("اليوم الليله الان الجمعه السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الماضي الماضيه".split())
_ARABIC_NEWS_REGION = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SS SY TN AE YE IL TR IR EH".split())
# Where a name's Arabic form is the place's own: Turkish, Iranian and South Sudanese towns are
# written in Arabic letters that spell words ("بؤر", foci, is Bor's بور).
_ARAB_WORLD = _ARABIC_NEWS_REGION - {"TR", "IR", "SS"}


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _struck_place_ar(tokens: list[Token], cand: Candidate, surface: str, gaz: Gazetteer | None = None) -> bool:
    i = cand.first
    if cand.clitic or i == 0:
        return False
    common = zipf(surface, "ar")
    # The readings are looked at only for a name as common as a word: most dropped names are rarer or commoner.
    if common >= STRUCK_MAX_ZIPF_NOTABLE_AR or common >= STRUCK_MAX_ZIPF_AR and not _notable(gaz, cand):
        return False
    prev = _stems(tokens[i - 1].norm)
    if prev & STRUCK_VERBS_AR or prev & FRONT_WORDS_AR:
        return True
    if i < 2:
        return False
    before = _stems(tokens[i - 2].norm)
    if any((w, tokens[i - 1].norm) in STRUCK_BEFORE_AR for w in before) \
            or bool(before & STRUCK_VERBS_AR) and tokens[i - 1].norm in STRIKERS_AR:
        return True
    # Session 24: the cue with its adjective or article ("غارة إسرائيلية على رفح", "اشتباكات عنيفة في
    # الخليل", "الغارات الإسرائيلية على خان يونس").
    if i >= 3 and _adjective_ar(tokens[i - 2].norm):
        cue = {w.removeprefix("ال") for w in _stems(tokens[i - 3].norm)}
        return any((w, tokens[i - 1].norm) in STRUCK_BEFORE_AR for w in cue)
    return False


def _place_hashtag(gaz: Gazetteer, text: str, c: Candidate) -> bool:
    """A hashtag that is a notable place's name and nothing more ("#إدلب", "#طولكرم"): a post tags
    the place it is about."""
    if not (c.hashtag and not c.hashtag_inner and "\u0600" <= c.key[:1] <= "\u06ff" and not c.clitic):
        return False
    if text[c.start - 1:c.start] != "#" or text[c.end:c.end + 1] not in ("", " ", "\n", "\t"):
        return False
    if zipf(text[c.start:c.end], "ar") >= HASHTAG_MAX_ZIPF_AR:
        return False  # "#صور" (pictures), "#الداخلية" (the interior ministry)
    return _a_reading_of_size(gaz, c, ("country", "admin1", "admin2"), HASHTAG_TOWN, _ARABIC_NEWS_REGION)


def _known_rare_name(gaz: Gazetteer, tokens: list[Token], text: str, c: Candidate,
                     story: tuple = ()) -> bool:
    """An Arabic name that is rare as a word (Zipf < RARE_NAME_ZIPF_AR, or < LOCATED_NAME_ZIPF_AR after a
    word of place) and is the Arabic name of a division or a town of HASHTAG_TOWN people in the Arab
    world: "انقطاع الكهرباء عن القامشلي", "الوضع في إدلب متوتر"; rarer still (< SMALL_TOWN_ZIPF_AR)
    after a word of place, of a town of SMALL_LOCATED_TOWN near one of ``story`` (the kept names'
    readings), if any: "أهلي بجنديرس تحت الردم". The filter, learned from Gulf and Levant posts
    and from newswire, doubts a lone town of a region it saw little of (a one-place sentence has
    no story around it to vouch for it)."""
    if c.fuzzy or c.hashtag_inner or not "\u0600" <= c.key[:1] <= "\u06ff":
        return False
    surface = text[c.start:c.end]
    common = zipf(surface, "ar")
    wordlike = common >= RARE_NAME_ZIPF_AR
    if wordlike and not (common < LOCATED_NAME_ZIPF_AR and _located(tokens, c)):
        return False
    if wordlike and c.last + 1 < len(tokens) and tokens[c.last + 1].norm.startswith("ال") \
            and tokens[c.last + 1].norm not in _TIME_WORDS_AR:
        return False  # "عن بشار الأسد", "في الخمس الأوائل": a first name, a noun of a phrase
    if surface[:1] in "بلكوف" and zipf(surface[1:], "ar") >= RARE_NAME_ZIPF_AR:
        return False  # "بليل" (at night), "لداخلية": a word behind a proclitic the name kept
    if c.first > 0 and c.key.startswith("ال") and c.key.endswith("يه") and tokens[c.first - 1].norm.startswith("ال"):
        return False  # "الحالة المطرية" (the rainy spell): an adjective agreeing with its noun
    if c.first > 0 and tokens[c.first - 1].norm in _NAMED_AFTER_HEADS_AR:
        return False  # "بنك صحار", "قناة الميادين", "نفق الصباحية": named after the place, not it
    # A name as common as a word must be a province or a city (معسكر, a camp, is Mascara's 108,000).
    if wordlike:
        return _a_reading_of_size(gaz, c, ("admin1",), LOCATED_TOWN, _ARAB_WORLD, own_name=True)
    if _a_reading_of_size(gaz, c, ("admin1", "admin2"), HASHTAG_TOWN, _ARAB_WORLD, own_name=True):
        return True
    # A name rarer still, after a word of place or with ب/ل, may be a small town ("أهلي بجنديرس"),
    # near the story's kept places if it has any: "لبردية #حفر_الباطن" is a hailstorm in Saudi
    # Arabia, not Libya's Al Bardiyah.
    return common < SMALL_TOWN_ZIPF_AR and _located(tokens, c) and _a_reading_of_size(
        gaz, c, (), SMALL_LOCATED_TOWN, _ARAB_WORLD, own_name=True, near=story)


def _located(tokens: list[Token], c: Candidate) -> bool:
    """The name follows a word that says where or whose ("في", "إلى", "عن", "قرب", "أهالي") or carries
    ب/ل: a town as common as a word (إدلب 4.3, حمص 4.5) is then read as the town. Not "من" and
    "على", which take words as often ("من الشهداء", among the martyrs; "حداداً على الشهداء")."""
    if any(ch in c.clitic for ch in "بل"):
        return True
    return c.first > 0 and tokens[c.first - 1].norm in _LOCATIVES_AR


_LOCATIVES_AR = frozenset("في الي عن قرب داخل نحو حتي باتجاه اهالي سكان محيط اطراف ضواحي "
                          "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي".split())


def _notable(gaz: Gazetteer | None, cand: Candidate) -> bool:
    """A reading is a country, a division or a town of STRUCK_NOTABLE_TOWN people."""
    return gaz is not None and _a_reading_of_size(gaz, cand, ("country", "admin1"), STRUCK_NOTABLE_TOWN)


def _a_reading_of_size(gaz: Gazetteer, cand: Candidate, features: tuple[str, ...], town: int,
                       codes: frozenset[str] | None = None, own_name: bool = False, near: tuple = ()) -> bool:
    """One of the name's first 40 readings is of one of ``features`` or a town of ``town`` people,
    in one of ``codes`` (any country if None), with ``own_name`` written in Arabic as the name is,
    and with ``near`` (places) within STORY_KM of one of them."""
    for p in map(gaz.place, cand.place_ids[:40]):
        if codes is not None and p.country_code not in codes:
            continue
        if (p.feature in features or p.feature == "city" and p.population >= town) and (
                not own_name or p.name_ar and normalize(p.name_ar) == cand.key) and (
                not near or any(_approx_km(p, q) <= STORY_KM for q in near)):
            return True
    return False


def _adjective_ar(word: str) -> bool:
    """A nisba or feminine adjective after the cue noun: إسرائيلية، عنيفة، جوية، مدفعي، صاروخي."""
    return len(word) >= 4 and word.endswith(("يه", "ه", "ي")) and word not in ("علي", "في")


def struck_place(tokens: list[Token], cand: Candidate, text: str = "", gaz: Gazetteer | None = None) -> bool:
    """A capitalised English name after a strike or fighting phrase, or before "front"/"axis";
    never an everyday word ("clashes in March", "fighting in Congress") or an actor's name
    ("shelled Wagner positions"). A loose spelling match may be one: the context step after the
    filter still asks it to fit the story ("airstrikes on Ibbin" folds onto Ibbin's sources).
    An Arabic name after the same kind of phrase, when ``text`` is given."""
    i = cand.first
    if text and "\u0600" <= cand.key[:1] <= "\u06ff":
        return _struck_place_ar(tokens, cand, text[cand.start:cand.end], gaz)
    if not cand.key.isascii() or not tokens[i].text[:1].isupper():
        return False
    if zipf(cand.key, "en") >= STRUCK_MAX_ZIPF or default_actors().find(fold(cand.key)):
        return False
    if cand.last + 1 < len(tokens) and tokens[cand.last + 1].norm in FRONT_WORDS:
        return True
    if i >= 1 and tokens[i - 1].norm in STRUCK_VERBS:
        return True
    return i >= 2 and (tokens[i - 2].norm, tokens[i - 1].norm) in STRUCK_BEFORE


def coded_location(tokens: list[Token], first: int) -> bool:
    """ACLED's notes say where an event is coded: "(coded as Mondoro at geoprecision 2)", "coded to
    Beit Hanoun". The name after it is a place whatever the filter thinks of its neighbours."""
    return first >= 2 and tokens[first - 1].norm in ("as", "to") and tokens[first - 2].norm == "coded" \
        and tokens[first].text[:1].isupper()


def announced(tokens: list[Token], cand: Candidate) -> bool:
    """A settlement or division word right before the name (its proclitics peeled), or opening
    it ("بمدينة غزة" matched whole as Gaza City's alias)."""
    head, _, rest = cand.key.partition(" ")
    if rest and head in ANNOUNCING_WORDS and "\u0600" <= head[:1] <= "\u06ff":
        return True
    if cand.first == 0 or cand.clitic:
        return False
    if coded_location(tokens, cand.first):
        return True
    k = cand.first - 1
    if tokens[k].norm == "of" and k > 0:  # "the village of X"
        k -= 1
        word = tokens[k]
        return word.text.islower() and word.norm in ANNOUNCING_WORDS and word.joined_to_next and tokens[k + 1].joined_to_next
    prev = tokens[k]
    if not prev.joined_to_next or not "\u0600" <= prev.norm[:1] <= "\u06ff":
        return False
    if prev.norm == "من" and k > 0 and tokens[k - 1].norm == "بالقرب":
        return True  # "بالقرب من نابلس"
    return any(stem in ANNOUNCING_WORDS for _, stem in clitic_variants(prev.norm))


def named_countries(gaz: Gazetteer, cands: list[Candidate], demonyms: dict[str, tuple[str, ...]], tokens: list[Token],
                    text: str = "") -> set[str]:
    """Countries the story names outright (a country or a division among a name's places) or by
    adjective, and those of the armed groups it names ("clashed with QSD near the town of X").
    An armed actor's nationality ("Russian warplanes", "Saudi-led") is no such country: the strikes
    it tells of fall elsewhere."""
    codes: set[str] = set()
    for c in cands:
        for pid in c.place_ids[:20]:
            p = gaz.place(pid)
            if p.feature in ("country", "admin1") and p.country_code and not (
                    p.feature == "country" and armed_actor_nationality(tokens, c.last)):
                codes.add(p.country_code)
    for i in words_in(tokens, demonyms):
        if not armed_actor_nationality(tokens, i):
            codes.update(demonyms[tokens[i].norm])
    codes = codes | set(actor_countries(text, groups_only=True)) if text else codes
    if codes:
        # A kept town every reading of which lies in one country names that country as surely
        # ("قصفت تركيا ... منبج ... عين عيسى شمال الرقة": Syria too, where Raqqa lies).
        for c in cands:
            homes = _countries(gaz, c, 20)
            if len(homes) == 1:
                codes |= homes
    return codes


# "and Crystal N. Bright": a first name before a middle initial; "Franklin and Kennedy Elementary
# Schools": the first word of a longer name.
_NAME_GOES_ON = re.compile(r" (?:[A-Z]\. |[A-Z])")


def listed_after_place(text: str, tokens: list[Token], cand: Candidate, kept_by_last: dict[int, Candidate]) -> Candidate | None:
    """The kept place this name is coordinated with ("القدس وعكا", "Homs, Hama", "in Mossel Bay and
    George"), if any."""
    prev = kept_by_last.get(cand.first - 1)
    if prev is None and cand.first >= 2 and tokens[cand.first - 1].norm in ("and", "or"):
        prev = kept_by_last.get(cand.first - 2)  # "in Mossel Bay and George"
        if prev is not None and text[tokens[prev.last].end:tokens[cand.first].start] in (" and ", " or ") \
                and not _NAME_GOES_ON.match(text, cand.end):
            return prev
        return None
    if prev is None:
        return None
    gap = text[tokens[prev.last].end:tokens[cand.first].start]
    if cand.clitic[:1] == "و" or gap.strip() in (",", "،"):
        return prev
    return None


# "نفق الصباحية والمنقف": a road or tunnel named after a place is the road, and names no place.
_ROAD_HEADS = frozenset("نفق شارع طريق جسر دوار".split())


# Institutions, media and roads named after a place: the name is theirs ("بنك صحار", "قناة الميادين").
_NAMED_AFTER_HEADS_AR = _ROAD_HEADS | frozenset(
    "بنك مصرف شركه جامعه نادي فندق مستشفي مدرسه كليه قناه صحيفه جريده اذاعه تلفزيون وكاله".split())


def listed_before_place(text: str, tokens: list[Token], cand: Candidate, kept_by_first: dict[int, Candidate]) -> Candidate | None:
    """The kept place this Arabic name is coordinated with when the place comes second ("والرمادي والنجف")."""
    nxt = kept_by_first.get(cand.last + 1)
    if nxt is None or (cand.first > 0 and tokens[cand.first - 1].norm in _ROAD_HEADS):
        return None
    gap = text[tokens[cand.last].end:tokens[nxt.first].start]
    if nxt.clitic[:1] == "و" or gap.strip() == "،":
        return nxt
    return None


# A route names places at both ends: "من الناقورة إلى صور", "من صور باتجاه صيدا" (normalised spellings).
_ROUTE_FROM = "من"
_ROUTE_TO = {"الي", "حتي", "نحو", "باتجاه"}
ROUTE_REACH = 6  # tokens between the route's two ends at most
_ROUTE_TO_CLITICS = ("ل", "لل")


def _on_route(tokens: list[Token], c: Candidate, d: Candidate) -> bool:
    """``c`` starts a route ("من الناقورة") that ``d`` ends: a name after إلى, حتى, نحو or باتجاه
    ("... إلى صور"), or the next word with ل ("من مسقط لصلالة")."""
    if c.first == 0 or c.clitic or tokens[c.first - 1].norm != _ROUTE_FROM or d.first <= c.last:
        return False
    if d.clitic in _ROUTE_TO_CLITICS and d.first == c.last + 1:
        return True
    return d.first - 1 > c.last and d.first - 1 - c.last <= ROUTE_REACH and bool(_stems(tokens[d.first - 1].norm) & _ROUTE_TO)


def routed_with_place(tokens: list[Token], cand: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The kept place at the other end of a route this name ends or starts ("من الناقورة إلى صور":
    Tyre, whose name is also "pictures"), if any."""
    for k in kept:
        if _on_route(tokens, k, cand) or _on_route(tokens, cand, k):
            return k
    return None


def dropped_routes(gaz: Gazetteer, tokens: list[Token], dropped: list[Candidate]) -> list[Candidate]:
    """Both ends of a route the filter dropped whole ("رحنا من مسقط لصلالة", "نزحوا من حلب إلى
    إدلب"), when the ends share a country and one of them is a country, a province or a town of
    HASHTAG_TOWN by its own Arabic name: a route is between places, which a short post leaves
    the filter no story to vouch for. The far end is a name after إلى, حتى, نحو or باتجاه, or
    the next word with ل ("لصلالة")."""
    out: list[Candidate] = []
    firsts = [d.first for d in dropped]  # in text order
    for c in dropped:
        if c.fuzzy or not "\u0600" <= c.key[:1] <= "\u06ff":
            continue
        # The route's first name after this one is its other end.
        k = bisect_right(firsts, c.last)
        d = dropped[k] if k < len(dropped) else None
        if d is None or d.fuzzy or not _on_route(tokens, c, d):
            continue
        if _countries(gaz, c) & _countries(gaz, d) - {None} and any(
                _a_reading_of_size(gaz, x, ("country", "admin1"), HASHTAG_TOWN, own_name=True) for x in (c, d)):
            out += [x for x in (c, d) if x not in out]
    return out


# "shelled Badama in Idleb", "airstrikes on Kansafra in Idleb countryside", "exploded outside
# Makhmour, Erbil": a name placed by the kept place right after it. The words between may only
# locate (at most five of them, one of them "in", "near", "outside" or a comma).
_ANCHOR_GAP = re.compile(
    r"[\s,(]*(?:(?:in|near|outside|of|the|countryside|vicinity|outskirts|rural|northern|southern|eastern|"
    r"western|central|north|south|east|west|area|district|province|governorate)[\s,]+){0,5}", re.IGNORECASE)
_ANCHOR_WORD = re.compile(r"[,(]|\b(?:in|near|outside)\b", re.IGNORECASE)
# What links a village to the division holding it: "X, Donetsk", "X (Kherson)", "X village in Sumy".
# Not "X district, Y": a district read as a village of its spelling loses the district ("Zhari
# district, Kandahar" is not the village Zharah).
_DIVISION_GAP = re.compile(r"\s*(?:(?:village|town|city|settlement|locality)\s*)?(?:,|\(|\bin\b)\s*(?:the\s+)?",
                           re.IGNORECASE)
# A kept place, then the bracket its address opens: "Khamir (", "Balcad town (".
_ADDRESS_OPENS = re.compile(r"\s*(?:(?:village|town|city|district|area|upazila|commune|locality)\s*)?\(\s*", re.I)
ANCHOR_KM = 150.0  # a village named "in Idleb" lies within the province: ACLED's provinces are this wide
ANCHOR_READINGS = 20  # readings per name compared (bounded work)


# "Lincoln in Springfield gave a speech", "Chelsea in London lost": a person or a club, not a place.
_ACTS_AFTER = re.compile(r"[\s,]*(?:said|says|told|tells|gave|gives|spoke|speaks|added|scored|won|wins|lost|loses"
                         r"|beat|beats|drew|played|plays|signed)\b", re.IGNORECASE)


def placed_by_next(gaz: Gazetteer, text: str, cand: Candidate, kept: list[Candidate],
                   kept_starts: list[int]) -> tuple[int, ...]:
    """The readings of ``cand`` that lie within ANCHOR_KM of a reading of the kept place named
    right after it with a locating word ("Badama in Idleb"), in the same country; else ().
    ``kept_starts`` are the kept candidates' starts (they are in text order): bisected, so a long
    article's many dropped names do not each walk the list."""
    at = bisect_left(kept_starts, cand.end)
    if at == len(kept):
        return ()
    anchor = kept[at]
    gap = text[cand.end:anchor.start]
    if gap.isspace() and len(gap) <= 2:
        # "(Hays Hodeidah)": a name and, with no comma, the first-level division holding it.
        divisions = division_homes(gaz, [pid for pid in anchor.place_ids[:ANCHOR_READINGS]
                                         if gaz.feature(pid) == "admin1"])
        return tuple(pid for pid in cand.place_ids[:ANCHOR_READINGS] if division_homes(gaz, (pid,)) & divisions)
    if len(gap) > 60 or not _ANCHOR_WORD.search(gap) or not _ANCHOR_GAP.fullmatch(gap):
        return ()
    if _ACTS_AFTER.match(text, anchor.end):
        return ()
    points = [gaz.place(pid) for pid in anchor.place_ids[:ANCHOR_READINGS]]
    top = max((q.population for q in points), default=0)
    # The anchor's likely readings only: Glasgow is the Scottish city, not one of its American namesakes.
    points = [q for q in points if q.population * 10 >= top or q.feature in ("country", "admin1")]
    near = []
    for pid in cand.place_ids[:ANCHOR_READINGS]:
        p = gaz.place(pid)
        if any(q.country_code == p.country_code and haversine_km(p.lat, p.lon, q.lat, q.lon) <= ANCHOR_KM
               for q in points):
            near.append(pid)
    return tuple(near)


def in_named_division(gaz: Gazetteer, text: str, c: Candidate, anchor: Candidate) -> tuple[int, ...]:
    """The readings of ``c``'s spelling inside the first-level division named right after it
    ("Novomykolaivka, Donetsk region", "Havrylivka (Kherson)") when none of its own readings
    lies there; else (). Ukraine alone has nine Novomykolaivkas: the one in Donetsk oblast is
    indexed as "Novomykolayivka", so only the transliteration fold finds it."""
    if not _DIVISION_GAP.fullmatch(text, c.end, anchor.start):
        return ()  # "Al-Matun district in the north of Sana'a (Al-Jawf)": north of it, not in it
    divisions = division_homes(gaz, [pid for pid in anchor.place_ids[:ANCHOR_READINGS] if gaz.feature(pid) == "admin1"])
    if not divisions or division_homes(gaz, c.place_ids[:MAX_PLACES]) & divisions:
        return ()  # no division named, or one of the name's own readings lies in it: the resolver decides
    return tuple(pid for pid in gaz.folded_ids(c.key)
                 if pid not in c.place_ids and gaz.feature(pid) == "city" and division_homes(gaz, (pid,)) & divisions)


def division_in_address(gaz: Gazetteer, text: str, c: Candidate, kept: list[Candidate],
                        kept_starts: list[int]) -> tuple[int, ...]:
    """The division readings of a dropped name that opens the bracket right after a kept place and
    shares a country with one of its readings ("Khamir (Amran)": Yemen's governorate, which
    places Khamir in Yemen rather than Iran); else ()."""
    at = bisect_left(kept_starts, c.start) - 1
    if at < 0 or not _ADDRESS_OPENS.fullmatch(text, kept[at].end, c.start):
        return ()
    divisions = tuple(pid for pid in c.place_ids[:ANCHOR_READINGS] if gaz.feature(pid) in ("admin1", "admin2"))
    if not divisions:
        return ()
    countries = {gaz.place(pid).country_code for pid in kept[at].place_ids[:ANCHOR_READINGS]}
    return tuple(pid for pid in divisions if gaz.place(pid).country_code in countries)


def reread_near_next(gaz: Gazetteer, text: str, kept: list[Candidate], kept_starts: list[int]) -> None:
    """A kept English name that the place right after it locates ("Ariha in Idleb countryside")
    but none of whose readings lies near that place is read as the village of its spelling there:
    the sources index a village's Latin name by its transliteration fold only, so "Ariha" alone
    found Jericho, and Idlib's Ariha was never among its readings. Likewise a name none of whose
    readings lies in the first-level division named after it is read as its spelling's village
    in that division."""
    for c in kept:
        if c.fuzzy or not c.key.isascii() or any(gaz.place(pid).feature != "city" for pid in c.place_ids[:20]):
            continue  # a country or division is never a village of its spelling ("Niger, Nigeria")
        at = bisect_left(kept_starts, c.end)
        if at == len(kept):
            continue
        if inside := in_named_division(gaz, text, c, kept[at]):
            c.place_ids = inside
            continue
        anchor_countries = {gaz.place(pid).country_code for pid in kept[at].place_ids[:ANCHOR_READINGS]}
        if any(gaz.place(pid).country_code in anchor_countries for pid in c.place_ids[:ANCHOR_READINGS]):
            continue  # already read in the anchor's country ("El Fasher in Sudan"): the resolver decides
        # The fold's towns, filtered on the feature column: no record made for each of its hundreds of places.
        folded = tuple(pid for pid in gaz.of_feature(gaz.folded_ids(c.key), "city") if pid not in c.place_ids)
        near = placed_by_next(gaz, text, replace(c, place_ids=folded), kept, kept_starts) if folded else ()
        if near:
            c.place_ids = near


def _countries(gaz: Gazetteer, c: Candidate, readings: int = 40) -> set[str | None]:
    """The countries of a name's first ``readings`` readings."""
    return reading_countries(gaz, c.place_ids, readings)


def _fits(gaz: Gazetteer, c: Candidate, codes: set[str], focus: set[str]) -> bool:
    """No country named, or a reading in a named country or within NEAR_COUNTRY_KM of one's point."""
    if not focus or codes & focus:
        return True
    points = [q for q in (gaz.country(code) for code in focus) if q is not None]
    for pid in c.place_ids[:40]:
        p = gaz.place(pid)
        if any(haversine_km(p.lat, p.lon, q.lat, q.lon) <= NEAR_COUNTRY_KM for q in points):
            return True
    return False


def _neighbour_towns(gaz: Gazetteer, text: str, a: Candidate, b: Candidate) -> bool:
    """Two names that are both towns, and towns within PAIR_KM of each other ("اللد والرملة",
    "دوما وحرستا"): two everyday words joined by و are almost never that."""
    def towns(c: Candidate) -> list:
        places = [gaz.place(pid) for pid in c.place_ids[:40]]
        if any(p.feature in ("country", "admin1", "continent") for p in places) \
                or zipf(text[c.start:c.end], "ar") >= EVERYDAY_ZIPF_AR:
            return []  # "سالم ولبنان": a country's name, or an everyday word, is no neighbour town
        top = max((p.population for p in places), default=0)
        # The name's likely readings only: Salem, Oregon is not what سالم means.
        return [p for p in places if p.feature == "city" and p.population >= max(PAIR_TOWN, top // 10)
                and not gaz.is_minor(p.id)]
    return any(p.country_code == q.country_code and haversine_km(p.lat, p.lon, q.lat, q.lon) <= PAIR_KM
               for p in towns(a) for q in towns(b))


def _lists(gaz: Gazetteer, tokens: list[Token], cands: list[Candidate], text: str) -> list[list[Candidate]]:
    """Runs of LIST_MIN or more Arabic names joined by و or a comma ("سراقب وجسر الشغور والأتارب")
    whose readings share a country. (English lists are capitalised names, another matter.)"""
    runs: list[list[Candidate]] = []
    for c in cands:
        prev = runs[-1][-1] if runs else None
        if prev is not None and c.first == prev.last + 1 and listed_after_place(text, tokens, c, {prev.last: prev}):
            runs[-1].append(c)
        else:
            runs.append([c])
    out = []
    for run in runs:
        if not "\u0600" <= tokens[run[0].first].norm[:1] <= "\u06ff":
            continue
        if len(run) < LIST_MIN and not (len(run) == 2 and _neighbour_towns(gaz, text, *run)):
            continue
        shared = None
        for c in run:
            codes = _countries(gaz, c)
            shared = codes if shared is None else shared & codes
        if shared:
            out.append(run)
    return out


def countrys_division(gaz: Gazetteer, tokens: list[Token], c: Candidate) -> tuple[int, ...]:
    """"Cameroon's South-West region", "Nigeria's Borno state": a name between a country's possessive
    and a division word is that country's division, however common its words ("South-West"). Its
    readings there that are divisions, or ()."""
    if not (c.last + 1 < len(tokens) and tokens[c.last].joined_to_next and tokens[c.last + 1].norm in DIVISION_WORDS_EN):
        return ()
    codes = possessive_before(tokens, c, gaz)
    return tuple(pid for pid in c.place_ids if gaz.feature(pid) in ("admin1", "admin2")
                 and gaz.place(pid).country_code in codes) if codes else ()


# A part of a land named through the land's possessive: "off Scotland's west coast", "in Mali's north".
_LAND_PARTS_EN = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast southwest "
    "north-east north-west south-east south-west coast coastline border borders interior highlands".split())


def part_of_a_land(gaz: Gazetteer, tokens: list[Token], c: Candidate) -> tuple[int, ...]:
    """"Scotland's west coast", "Nigeria's north": a name whose possessive leads to a side, a coast or
    a border of it is that country or first-level division: its readings of those kinds, or ()."""
    k = c.last + 1
    if k + 1 >= len(tokens) or not possessive_s(tokens[k]) or tokens[k + 1].norm not in _LAND_PARTS_EN:
        return ()
    return tuple(pid for pid in c.place_ids if gaz.feature(pid) in ("country", "admin1")
                 and gaz.main_keys(pid)[0] == c.key)


def rescue_announced(gaz: Gazetteer, tokens: list[Token], before: list[Candidate], kept: list[Candidate],
                     demonyms: dict[str, tuple[str, ...]], text: str = "") -> list[Candidate]:
    """``kept`` plus the candidates the filter dropped that a settlement word announces, that
    follow a kept (or put back) place in a list with a place of the same country, when they fit
    the story, or that the kept place right after them locates (English: "Badama in Idleb")."""
    kept_ids = {id(c) for c in kept}
    kept_by_last = {c.last: c for c in kept}
    kept_by_first = {c.first: c for c in kept}
    kept = sorted(kept, key=lambda c: c.start)
    kept_starts = [c.start for c in kept]
    focus: set[str] | None = None
    back = []

    @lru_cache(maxsize=1)
    def kept_places() -> tuple:  # the kept names' readings, read once if a test needs them
        return tuple(gaz.place(pid) for k in kept for pid in k.place_ids[:20])

    if text:
        # Names listed together are the same kind of thing: the filter weighs each alone, but the
        # list is a place list if any of them is likely a place (1 - the product of the misses).
        for run in _lists(gaz, tokens, before, text):
            miss = 1.0
            for c in run:
                miss *= 1.0 - c.prob
            if 1.0 - miss >= LIST_PROB:
                for c in run:
                    if id(c) not in kept_ids:
                        back.append(c)
                        kept_ids.add(id(c))
                        kept_by_last[c.last] = c
    if text:
        for c in dropped_routes(gaz, tokens, [c for c in before if id(c) not in kept_ids]):
            back.append(c)
            kept_ids.add(id(c))
            kept_by_last[c.last] = c
    for c in before:
        if id(c) in kept_ids:
            continue
        # The countries are read only where a test needs them: most dropped names meet none.
        partner = listed_after_place(text, tokens, c, kept_by_last) if text else None
        if partner is None and text and "\u0600" <= c.key[:1] <= "\u06ff":
            partner = routed_with_place(tokens, c, kept) or listed_before_place(text, tokens, c, kept_by_first)
        if partner is not None and _countries(gaz, c) & _countries(gaz, partner):
            back.append(c)
            kept_by_last[c.last] = c
        elif text and (_place_hashtag(gaz, text, c) or _known_rare_name(gaz, tokens, text, c, kept_places())):
            back.append(c)
        elif (struck := struck_place(tokens, c, text, gaz)) or announced(tokens, c):
            if text and struck and (placed := placed_by_next(gaz, text, c, kept, kept_starts)):
                c.place_ids = placed  # "airstrikes on Ariha in Idleb": Idleb's Ariha, not Jericho
                back.append(c)
                continue
            focus = named_countries(gaz, kept, demonyms, tokens, text) if focus is None else focus
            if _fits(gaz, c, _countries(gaz, c), focus):
                back.append(c)
                kept_by_last[c.last] = c
        elif text and c.key.isascii() and (placed := placed_by_next(gaz, text, c, kept, kept_starts)):
            c.place_ids = placed
            back.append(c)
        elif text and c.key.isascii() and (home := division_in_address(gaz, text, c, kept, kept_starts)):
            c.place_ids = home
            back.append(c)
        elif c.key.isascii() and (own := countrys_division(gaz, tokens, c)):
            c.place_ids = own
            back.append(c)
        elif c.key.isascii() and (own := part_of_a_land(gaz, tokens, c)):
            c.place_ids = own
            back.append(c)
    for c in back:
        c.prob = max(c.prob, ANNOUNCED_PROB)
    found = sorted(kept + back, key=lambda c: c.start) if back else kept
    if text:
        reread_near_next(gaz, text, found, [c.start for c in found])
    return found
