"""Villages, camps and quarters no gazetteer knows, found from how the text introduces them.

    "اقتحم المستوطنون قرية المغيّر قضاء رام الله"  -> المغيّر, at Ramallah, precision 2
    "the village of Qaryut in Nablus province"      -> Qaryut, at Nablus governorate, precision 3

A name right after a settlement word (قرية، بلدة، مخيم، حي، خربة، عزبة; "the village of",
"X refugee camp") is a place even when no source has it. It is placed at the anchor the text
gives right after it ("قضاء جنين", "في محافظة إدلب", "in Y province", ", Y", "near Y"): precision 2
when the anchor is a town or a district, 3 when it is a province or a country. With no anchor
an Arabic name gets the point of the one country its own sentence names ("قصفت الطائرات قرية X
في سوريا"), precision 3; otherwise it is listed unplaced (lat and lon None): archive text
names villages far from the places around them ("هاجر أهالي قرية الطنطورة عام 1948 إلى مخيم اليرموك قرب دمشق", "ولجأوا إلى سوريا": a
destination is not where the village is). With no country in the story at all it is not
reported. An English name with no anchor keeps the earlier rule: the country most of the story's
places are in, else not reported (the English sets are scored end to end, and a mention with no
point only costs there; the Arabic outside check scores recognition, and issue 11 asks for the
listing). Directions and distances ("X, 20 km east of Y") are approximate.py's job, which runs
first.

A name stops at a particle, a time word (عام، سنة، يوم، a month), an adjective of state
(المهجرة، المدمرة), a digit or punctuation: "قرية الطنطورة عام 1948" is الطنطورة. A dual or
plural settlement word announces a list: "قرى عمواس ويالو وبيت نوبا", "مخيمي نور شمس وطولكرم";
a list's unplaced names lie beside its first placed one (Bayt Nuba), precision 2.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterator

from geo.engine.document import PRECISION_EXACT, PRECISION_NEAR, PRECISION_REGION, Mention
from geo.engine.features import zipf
from geo.engine.gazetteer import Gazetteer
from geo.engine.named_features import mention_beside, town_beside
from geo.engine.tokens import sentence_bounds
from geo.events.actors import default_actors
from geo.events.text import fold

_AR_SINGULAR = r"قري[ةه]|بلد[ةه]|مخيم|حي|حار[ةه]|خرب[ةه]|عزب[ةه]|ضاحي[ةه]|نجع|كفر"
# Duals (construct state) and plurals: each announces a list of names joined by و or a comma.
_AR_PLURAL = r"قريت[يا]|بلدت[يا]|مخيم[يا]|قرى|قري|بلدات|مخيمات|[أا]حياء|حارات"
_AR_DUAL = re.compile(r"(?:قريت|بلدت|مخيم)[يا]")
_AR_WORDS = rf"(?:[وف]?(?:[بل]|لل)?)(?:(?P<plural>{_AR_PLURAL})|{_AR_SINGULAR})"
_AR_LETTERS = r"[\u0621-\u064a\u064b-\u0652\u0670]"
# Words that end a name: particles, directions, administrative words, common adjectives.
AR_STOP = set("""
في من على الى إلى عن مع بعد قبل التي الذي الذين حيث قرب بالقرب قضاء محافظة بمحافظة محافظه ولاية
شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط التابعة التابعه المجاورة المجاوره المجاور الواقعة الواقعه
صغيرة صغيره كبيرة كبيره جديدة جديده سكني سكنية سكنيه قديم قديمة القديمة القديمه الجديدة الجديده
ذات هذه هذا تلك ذلك كل بين خلال منذ حتى او أو ثم وقد قد لم لن ان أن إن كان كانت يوم اليوم امس أمس
عدة عده عدد اخرى أخرى آخر اخر نفسها نفسه ايضا أيضا فقط بلدات قرى مخيمات احياء أحياء
عام العام سنة سنه السنة السنه ايام أيام ليلة ليله صباح مساء فجر ظهر عشية عشيه اثناء أثناء إثر اثر عقب
بسبب نحو عندما حين لما داخل خارج عند لدى اذ إذ ما ولا لا كما
يناير فبراير مارس ابريل أبريل مايو يونيو يوليو اغسطس أغسطس سبتمبر اكتوبر أكتوبر نوفمبر ديسمبر
كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين
المهجرة المهجره المدمرة المدمره المحتلة المحتله المحاصرة المحاصره القريبة القريبه البعيدة البعيده
الحدودية الحدوديه النائية النائيه الفلسطينية الفلسطينيه السورية السوريه العراقية العراقيه اللبنانية اللبنانيه
تقع يقع تبعد يبعد تضم يضم شهدت شهد تعرضت تعرض وقعت وقع دمرت هدمت تحولت بقيت ظلت أصبحت اصبحت
الجنوب الشمال الشرق الغرب الوسط خصوصا خاصة سيما الآلاف آلاف الاف المئات مئات عشرات الحدود
اللاجئين النازحين المهجرين الصيادين المزارعين الفلاحين العمال البدو المستوطنين الشهداء
النزوح اللجوء الإيواء الايواء
""".split())
_AR_PATTERN = re.compile(rf"(?<!{_AR_LETTERS}){_AR_WORDS}\s+(?P<name>{_AR_LETTERS}{{2,}}(?:\s+{_AR_LETTERS}{{2,}})?)")
# "one of the (biggest) villages of": "X إحدى قرى Y", "قرية X من أكبر قرى قضاء Y".
_AR_MOST = r"[أا]كبر|كبرى|[أا]قدم|[أا]هم|[أا]شهر"
_AR_KINDS = r"قرى|بلدات|مخيمات|[أا]حياء"
_AR_KIND_OF = rf"(?:(?:من|[إا]حدى)\s+(?:(?:{_AR_MOST})\s+)?(?:{_AR_KINDS})\s*)"
# The name before its kind ("كانت صفورية من أكبر قرى قضاء الناصرة", "دير ياسين إحدى قرى القدس"),
# its anchor after the kind. A name of two words opens with a word that starts village names.
_AR_NAME_OPENERS = "دير|بيت|كفر|عين|تل|[أا]م|[أا]بو|بني|خرب[ةه]|جسر|برج|مجدل|عرب|بئر|بير|ر[أا]س|سيدي|نهر|وادي"
_AR_CLASSED = re.compile(
    rf"(?<!{_AR_LETTERS})[وف]?(?P<name>(?:(?:{_AR_NAME_OPENERS})\s+)?{_AR_LETTERS}{{2,}})\s+(?:هي\s+)?"
    rf"(?P<of>من|[إا]حدى)\s+(?P<most>(?:{_AR_MOST})\s+)?(?P<word>{_AR_KINDS})(?!{_AR_LETTERS})")
# A bare "من قرى" is also "from the villages of" ("نازحون من قرى ريف حماة"): it classes the name
# only after a verb of being or classing, or at a clause's start.
_AR_CLASSING = re.compile(r"(?:^|[.،,؛:!?\n]\s*|(?:^|\s)[وف]?(?:كانت|كان|تعد|يعد|تعتبر|يعتبر|تبقى|ظلت|ظل)\s+)$")
# After a plural's first name: "، X" or " وX" (also "وبيت نوبا": the conjunction glued on).
_AR_NEXT = re.compile(rf"\s*(?:[،,]\s*|\s+و)(?P<name>{_AR_LETTERS}{{2,}}(?:\s+{_AR_LETTERS}{{2,}})?)")
_EN_NAME = r"[A-Z][a-z'’-]+(?:[ -](?:al|el|ad|as|ash)-?)?(?:\s+[A-Z][a-z'’-]+)?"
_EN_SETTLEMENT_OF = rf"\b(?:village|town|hamlet|camp|settlement|neighbourhood|neighborhood|district)\s+of\s+(?P<name>{_EN_NAME})"
_EN_PATTERN = re.compile(rf"{_EN_SETTLEMENT_OF}|(?P<name2>{_EN_NAME})\s+(?:refugee\s+)?camp\b")
# A text without "camp" can hold the first form only: that form alone scans it in a third of the time.
_EN_PATTERN_NO_CAMP = re.compile(_EN_SETTLEMENT_OF)
# A sentence's capitalised opening word is never a name's first word ("In Kambalda, a town of 4,000").
EN_OPENING_WORDS = ("The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "In", "On", "At")
EN_STOP_FIRST = {*EN_OPENING_WORDS, "Refugee", "Army", "Boot"}
# The name, then what it is and where (session 22): "Pont-Sonde, a town in the Artibonite department",
# "Kalembe, a village near Masisi". Its anchor is read after the kind word.
_EN_HYPHENED_NAME = rf"(?<![\w'’-])(?!(?:{'|'.join(EN_OPENING_WORDS)})\s)[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*(?:\s+[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*)?"
_EN_APPOSITIVE = re.compile(rf"(?P<name>{_EN_HYPHENED_NAME}),\s+an?\s+(?:(?:small|remote|border|market|mining|farming|fishing"
                            r"|frontline|front-line|rural|coastal|desert|mountain|hilltop|riverside|lakeside)\s+)?"
                            r"(?P<word>village|town|hamlet|settlement|locality|commune)\s+(?=(?:in|near|outside|of)\s)")
# A name where something happened, then the division it lies in (session 22): "near Shariff Aguak, in
# Maguindanao del Sur province", "near Baga Sola, in Chad's Lac province".
_EN_IN_DIVISION = re.compile(rf"(?<![A-Za-z])(?:near|outside|in|at)\s+(?P<name>{_EN_HYPHENED_NAME}),\s+(?=in\s+(?:[A-Z][\w-]*'s\s+)?"
                             r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|del|de|du|al|el))*\s+(?:province|region|state|department"
                             r"|district|governorate|county|prefecture|oblast)\b)")
# What may stand between the name and its anchor ("قرية X من قرى قضاء Y": the kind the name belongs to
# may come before its anchor).
_AR_LINK = re.compile(rf"\s*[،,]?\s*(?:(?:ال)?تابع[ةه]\s*)?(?:{_AR_KIND_OF}|في|قرب|بالقرب\s+من|قضاء|بقضاء|ضمن|من)?\s*"
                      r"(?:(?:[وبل]|لل)?(?:محافظ[ةه]|ولاي[ةه]|مدين[ةه]|منطق[ةه]|ريف|ناحي[ةه]|قضاء))?\s*ب?")
_EN_LINK = re.compile(r"\s*[,(]?\s*(?:in|near|outside|of)?\s*(?:the\s+)?(?:(?:province|district|governorate|region|county|state)\s+of\s+)?")
# ACLED's address (session 27): "assaulted the army base in Tarkint (Bourem, Gao)", "killed a
# civilian in Baguel (Douentza, Mopti)": a name after a locating word, then its district and
# province in brackets. Only names whose brackets hold nothing but placed names (``_addressed``).
# Not after a verb: "met Ahmed Tessoukint (Kabul, Afghanistan)" is a person and his home.
_EN_ADDRESSED = re.compile(rf"(?<![A-Za-z])(?:in|at|near|outside|around|from|into|to|towards?)\s+"
                           rf"(?P<name>{_EN_HYPHENED_NAME})\s+\((?=[^()]{{2,80}}\))")
ADDRESSED = "("  # the settlement word of an addressed name: it has no word, only its brackets
LINK_MAX = 40
CONFIDENCE = 0.5
# Landmarks an event happens at, named after their kind: "مستشفى شهداء الأقصى في دير البلح",
# "ميناء رأس عيسى شمال الحديدة", "جامع النوري في الموصل". Only with a placed name right after as
# their anchor: alone ("صلاة الاستسقاء في المسجد الحرام") the text does not say where they are.
_AR_LANDMARK_HEADS = (r"مستشف[ىي]|ميناء|مرف[أا]|مطار|جامع|مسجد|دوار|ميدان|جسر|سجن|معبر|سوق|مجمع|ملعب|مركب|معبد"
                      r"|متحف|قلع[ةه]|كنيس[ةه]|حاجز|محط[ةه]")
# No article on the kind: "للسوق الكبير" (to the big market) describes one, "سوق الحميدية" names one.
_AR_LANDMARK = re.compile(rf"(?<!{_AR_LETTERS})[وف]?[بل]?(?P<head>{_AR_LANDMARK_HEADS})\s+"
                          rf"(?P<name>{_AR_LETTERS}{{2,}}(?:\s+{_AR_LETTERS}{{2,}}){{0,2}})")
# What stands between a landmark and its anchor: in, near, north of ("شمال الحديدة", "غربي مدينة غزة").
_AR_LANDMARK_LINK = re.compile(r"\s*[،,]?\s*(?:في|قرب|بالقرب\s+من|(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي)?|وسط)\s*"
                               r"(?:(?:[بل]|لل)?(?:مدين[ةه]|محافظ[ةه]|منطق[ةه]|بلد[ةه]))?\s*")


ADJECTIVE_ZIPF = 3.5


def _zipf_ar(word: str) -> float:
    from geo.engine.recognize import _zipf_ar

    return _zipf_ar(word)


def _adjective(word: str) -> bool:
    """An everyday indefinite word in -ة after a settlement word is an adjective agreeing with it
    ("أحياء مختلفة", "أحياء حيوية", "بلدة صغيرة"), not a name (names in -ة are rare words:
    بلاطة، صفورية)."""
    return word[-1:] in ("ة", "ه") and not word.startswith("ال") and _zipf_ar(word) >= ADJECTIVE_ZIPF


def _generic(word: str) -> bool:
    """A kind of place with the article (العاصمة، المدينة، البلاد): never a name or part of one
    here. Without it the word may open a name (قرية نهر الإمام، بلدة جسر الشغور)."""
    from geo.engine.normalize import normalize
    from geo.engine.recognize import GENERIC_PLACE_WORDS

    w = normalize(word)
    return w.startswith("ال") and (w in GENERIC_PLACE_WORDS or w[2:] in GENERIC_PLACE_WORDS)


def _ar_name(raw: str, plural: bool = False, first: bool = True) -> str | None:
    """The name's words up to the first word that cannot be part of it; after a plural, also up
    to the next list item ("عمواس ويالو" -> عمواس)."""
    words = raw.split()
    keep: list[str] = []
    for w in words:
        if w in AR_STOP or any(w.startswith(p) and w[len(p):] in AR_STOP for p in ("و", "ب", "ل")):
            break
        if _generic(w):
            break  # "أحياء العاصمة الفلبينية": the quarters of the capital, no name
        if not keep and (w.startswith("لل") or first and _adjective(w)):
            break  # "مخيم للنازحين": a camp for someone; "أحياء مختلفة": different quarters
        if plural and w.startswith("و"):
            break  # "جرف عدة قرى وتشريد الآلاف": a conjunction after a plural starts the next phrase
        if keep and w.endswith("وا"):
            break  # a verb of the plural (خرجوا، عادوا، لجأوا): the sentence goes on, the name has ended
        keep.append(w)
    return " ".join(keep) or None


def _anchor(text: str, end: int, mentions: list[Mention], lang: str, link: re.Pattern | None = None) -> Mention | None:
    """The placed mention the text gives right after the name as where it is."""
    link = link or (_AR_LINK if lang == "ar" else _EN_LINK)
    for m in mentions:
        if m.start < end or m.start - end > LINK_MAX or m.lat is None:
            continue
        between = text[end:m.start]
        if link.fullmatch(between) and between.strip() != "" or between.strip() in (",", "،"):
            return _possessed_division(text, m, mentions) if lang != "ar" and m.feature == "country" else m
        if link.fullmatch(between):
            return None  # the name runs straight into a known place: it is that place's name
    # The anchor's name said again, where the filter did not keep it this time ("حي الصفافرة في
    # الناصرة" after "قضاء الناصرة"): the same name in the same story is the same place.
    after = link.match(text, end)
    if after is not None and after.group().strip():
        at = after.end()
        for m in mentions:
            if not m.approximate and m.feature != "country" and text.startswith(m.text, at) \
                    and not text[at + len(m.text):at + len(m.text) + 1].isalpha():
                return m
    return None


def _possessed_division(text: str, country: Mention, mentions: list[Mention]) -> Mention:
    """"in Chad's Lac province": the division the country's possessive leads to, else the country."""
    if text[country.end:country.end + 3] not in ("'s ", "’s "):
        return country
    return next((n for n in mentions if n.start == country.end + 3 and n.lat is not None), country)


# The singular of each dual or plural settlement word, to find a known name written with it
# ("مخيمي نور شمس" -> the gazetteer's "مخيم نور شمس").
_SINGULAR = [(re.compile(r"قري|قرى"), "قرية"), (re.compile(r"بلد"), "بلدة"), (re.compile(r"مخيم"), "مخيم"),
             (re.compile(r"[أا]حياء|حي"), "حي"), (re.compile(r"حار"), "حارة"), (re.compile(r"خرب"), "خربة"),
             (re.compile(r"عزب"), "عزبة"), (re.compile(r"ضاحي"), "ضاحية"), (re.compile(r"نجع"), "نجع"), (re.compile(r"كفر"), "كفر")]
KNOWN_NEAR_KM = 60  # a known reading this close to the anchor is the place
SURE_CONFIDENCE = 0.4  # the story's countries, for a known name, are those of mentions this sure


def _known(gaz: Gazetteer, word: str | None, name: str, anchor: Mention | None, codes: set[str]):
    """A gazetteer place for a name the filter did not keep: the settlement word with the name
    ("مخيم نور شمس"), else the name itself ("مخيمي نور شمس وطولكرم": Tulkarm), read near the
    anchor, else in one of the story's countries (the most populous such reading)."""
    from geo.engine.gazetteer import haversine_km
    from geo.engine.normalize import normalize

    keys = [normalize(name)]
    if word:
        singular = next((s for rx, s in _SINGULAR if rx.search(word)), None)
        if singular:
            keys.insert(0, normalize(f"{singular} {name}"))
    for key in keys:
        places = [gaz.place(pid) for pid in (gaz.ids(key) or ())[:40]]
        places = [p for p in places if p.feature not in ("country", "continent", "admin1")]
        if anchor is not None:
            fits = [p for p in places if haversine_km(p.lat, p.lon, anchor.lat, anchor.lon) <= KNOWN_NEAR_KM]
        else:
            fits = [p for p in places if p.country_code in codes]
            if not fits and not codes and len({p.country_code for p in places}) == 1:
                fits = places  # nothing else says where, and every reading is in one country
        if fits:
            return max(fits, key=lambda p: p.population)
    return None


# A country named after these, in the same clause, is where people went, not where the village is
# ("ولجأوا إلى سوريا", "وهجر سكانها إلى رام الله وعمان").
_DESTINATION = re.compile(r"(?:^|\s)[وف]?(?:الى|إلى|نحو|باتجاه)\s[^،,.؛;:!?\n]{0,40}$|(?:^|\s)[وف]?ل\s*$")


def _story_country(mentions: list[Mention], gaz: Gazetteer):
    """English: the country most of the story's places are in (sessions 3-6; the English sets are
    scored end to end, where a point with no place counts as wrong)."""
    counts = Counter(m.country_code for m in mentions if m.country_code and not m.approximate)
    return gaz.country(counts.most_common(1)[0][0]) if counts else None


def _sentence_country(text: str, start: int, end: int, mentions: list[Mention], gaz: Gazetteer):
    """The one country the village's own sentence names ("Fighting in Syria spread to the village
    of X", "a Nepal festival ... in the village of X"); a destination ("ولجأوا إلى سوريا") does
    not count, and two countries say nothing."""
    lo, hi = sentence_bounds(text, start, end)
    codes = {m.country_code for m in mentions
             if m.feature == "country" and lo <= m.start < hi and not m.approximate
             and not _DESTINATION.search(text[max(lo, m.start - 50):m.start])}
    return gaz.country(codes.pop()) if len(codes) == 1 else None


def _unbroken(spans: list[tuple], taken: list[tuple[int, int]]) -> list[tuple]:
    """A list ends at a name that runs past a reported place ("وقرى الصين باحثة ومنقبة": China,
    then a participle): what follows is not another name of the list."""
    out, broken = [], set()
    for span in spans:
        start, end, group = span[0], span[1], span[4]
        if group in broken:
            continue
        out.append(span)
        if any(a < end and start < b and end > b for a, b in taken):
            broken.add(group)
    return out


def find_settlements(text: str, mentions: list[Mention], lang: str, gaz: Gazetteer) -> list[Mention]:
    """Mentions for the names settlement words announce that no earlier step reported: first a
    known place when the gazetteer has the name near the anchor or in the story's countries
    ("مخيمي نور شمس وطولكرم"); then the others, placed at the anchor, at the one country the
    sentence names, beside a placed name of the same list, or listed unplaced; with neither an
    anchor nor any country in the story, not reported."""
    taken = [(m.start, m.end) for m in mentions]
    placed = sorted((m for m in mentions if m.lat is not None), key=lambda m: m.start)
    found: list[Mention] = []
    codes = {m.country_code for m in mentions if m.country_code and not m.approximate}
    sure = {m.country_code for m in mentions if m.country_code and not m.approximate and m.confidence >= SURE_CONFIDENCE}
    spans = _unbroken(list(_spans(text, lang)), taken)
    lists: dict[int, list[tuple[int, int]]] = {}
    for start, end, _, _, group in spans:
        lists.setdefault(group, []).append((start, end))
    if lang == "ar":
        for start, end, tail, word, _ in spans:
            if any(start < b and a < end for a, b in taken):
                continue
            known = _known(gaz, word, text[start:end], _anchor(text, tail, placed, lang), sure)
            if known is None:
                continue
            lo, hi = sentence_bounds(text, start, end)
            found.append(Mention(
                start=start, end=end, text=text[start:end], name=known.name, name_ar=known.name_ar,
                name_en=known.name, lat=round(known.lat, 5), lon=round(known.lon, 5),
                country_code=known.country_code, feature=known.feature, geonameid=known.geonameid,
                precision=PRECISION_EXACT if known.feature == "city" else PRECISION_NEAR, confidence=CONFIDENCE,
                excerpt=text[lo:hi], excerpt_start=lo))
            taken.append((start, end))
            codes.add(known.country_code)
    for start, end, tail, word, _ in spans:
        if any(start < b and a < end for a, b in taken):
            continue
        same = _named_before(text[start:end], placed) if lang != "ar" else None
        if same is not None:
            # "Salmon, a town of about 3,100": the story's own Salmon, said again (session 28).
            lo, hi = sentence_bounds(text, start, end)
            found.append(replace(same, start=start, end=end, text=text[start:end], excerpt=text[lo:hi],
                                 excerpt_start=lo, also_at=[], is_event_location=None))
            taken.append((start, end))
            continue
        anchor = _anchor(text, tail, placed, lang)
        if word == ADDRESSED and not _addressed(text, start, end, anchor, placed):
            continue
        if anchor is not None:
            country = None
        elif lang == "ar":
            country = _sentence_country(text, start, end, mentions, gaz)
        else:
            country = _story_country(mentions, gaz)
            if country is None:
                continue
            # Local news names a village beside the story's towns: the nearest of its sentence, else
            # the most named, when it lies in the story's country.
            beside = town_beside(text, start, placed)
            if beside is not None and beside.country_code == country.country_code:
                anchor, country = beside, None
        if anchor is None and not codes:
            continue  # nothing says which part of the world the story is in
        if anchor is not None:
            lat, lon, cc = anchor.lat, anchor.lon, anchor.country_code
            precision = PRECISION_REGION if anchor.feature in ("admin1", "country", "continent") else PRECISION_NEAR
            alternatives = [{"name": anchor.name, "lat": lat, "lon": lon, "relation": f"in or near {anchor.name}"}]
        elif country is not None:
            lat, lon, cc, precision = country.lat, country.lon, country.country_code, PRECISION_REGION
            alternatives = [{"name": country.name, "lat": lat, "lon": lon, "relation": f"in {country.name}"}]
        else:
            lat = lon = cc = None  # the text does not say where it is
            precision, alternatives = PRECISION_REGION, []
        lo, hi = sentence_bounds(text, start, end)
        surface = text[start:end]
        found.append(Mention(
            start=start, end=end, text=surface, name=surface, name_ar=surface if lang == "ar" else None,
            name_en=surface if lang != "ar" else None, lat=None if lat is None else round(lat, 5),
            lon=None if lon is None else round(lon, 5), country_code=cc,
            feature="area", geonameid=None, precision=precision, confidence=CONFIDENCE,
            excerpt=text[lo:hi], excerpt_start=lo, approximate=True, alternatives=alternatives,
        ))
        taken.append((start, end))
    if lang == "ar":
        found += _landmarks(text, taken, placed)
    found.sort(key=lambda m: m.start)
    found = _beside_coordinated(text, _beside_listed(found, mentions, lists), mentions)
    if lang != "ar" and "between " in text:
        found += _between_known(text, mentions + found)
        found.sort(key=lambda m: m.start)
    return found


def _named_before(name: str, placed: list[Mention]) -> Mention | None:
    """A town the story already placed under this very name (not a guess of its own)."""
    return next((m for m in placed if m.text == name and m.feature == "city" and not m.approximate), None)


def _landmarks(text: str, taken: list[tuple[int, int]], placed: list[Mention]) -> list[Mention]:
    """Arabic landmarks named after their kind and placed by the name right after them (the kind
    and the name are the mention: "مستشفى شهداء الأقصى"), near their anchor; a kind with an
    everyday word after it is described, not named ("سوق شعبي", "مستشفى ميداني")."""
    found = []
    for m in _AR_LANDMARK.finditer(text):
        name = _ar_name(m.group("name"))
        if not name:
            continue
        first = name.split()[0]
        if not first.startswith("ال") and _zipf_ar(first) >= ADJECTIVE_ZIPF and first.endswith(("ي", "ية", "يه")):
            continue  # an adjective: a field hospital, a popular market
        if " " not in name and not name.startswith("ال") and _zipf_ar(name) >= ADJECTIVE_ZIPF:
            continue
        start, end = m.start("head"), m.start("name") + len(name)
        if any(start < b and a < end for a, b in taken):
            continue
        anchor = _anchor(text, end, placed, "ar", _AR_LANDMARK_LINK)
        if anchor is None or anchor.feature in ("country", "continent"):
            continue
        lo, hi = sentence_bounds(text, start, end)
        surface = text[start:end]
        found.append(Mention(
            start=start, end=end, text=surface, name=surface, name_ar=surface, name_en=None,
            lat=round(anchor.lat, 5), lon=round(anchor.lon, 5), country_code=anchor.country_code,
            feature="area", geonameid=None,
            precision=PRECISION_REGION if anchor.feature == "admin1" else PRECISION_NEAR, confidence=CONFIDENCE,
            excerpt=text[lo:hi], excerpt_start=lo, approximate=True,
            alternatives=[{"name": anchor.name, "lat": anchor.lat, "lon": anchor.lon, "relation": f"in or near {anchor.name}"}]))
        taken.append((start, end))
    return found


def _addressed(text: str, start: int, end: int, anchor: Mention | None, placed: list[Mention]) -> bool:
    """An unknown name whose brackets are its address: they open on the anchor and hold only
    placed names ("(Bourem, Gao)", "(Bayt al Faqiah Al Hudaydah)"), and the name is no everyday
    word or armed group ("Police (Kabul, Afghanistan)")."""
    opening = text.find("(", end)
    close = text.find(")", opening)
    if anchor is None or not opening < anchor.start < close:
        return False
    covered = [(m.start, m.end) for m in placed if opening < m.start and m.end <= close]
    rest = "".join(ch for k, ch in enumerate(text[opening + 1:close], opening + 1)
                   if not any(a <= k < b for a, b in covered))
    return not rest.strip(" ,") and _unknown_name(text[start:end])


# "on the road between Djibo and Namsiguia", "between Marjayoun and Qlayaa" (session 22): a name the
# gazetteer lacks, paired with a known town, lies near it.
_EN_BETWEEN = re.compile(rf"(?<![A-Za-z])between\s+(?P<a>{_EN_HYPHENED_NAME})\s+and\s+(?P<b>{_EN_HYPHENED_NAME})(?![\w'’-])")
BETWEEN_FEATURES = ("city", "area", "admin2")
UNKNOWN_NAME_ZIPF = 3.0  # a name commoner than this as an English word is no unknown village


def _unknown_name(name: str) -> bool:
    """A name that may be a village no source holds: no everyday English word, no armed group."""
    return zipf(name.lower(), "en") < UNKNOWN_NAME_ZIPF and not default_actors().find(fold(name))


def _between_known(text: str, mentions: list[Mention]) -> list[Mention]:
    """The unknown end of "between X and Y", placed beside the known one (a town, an area or a
    district, not a country: "between Israel and Hezbollah"), precision 2, approximate. Never an
    armed group or an everyday word."""
    out: list[Mention] = []
    for m in _EN_BETWEEN.finditer(text):
        known, unknown = [], []
        for start, end in (m.span("a"), m.span("b")):
            hits = [x for x in mentions if x.start < end and start < x.end]
            if not hits:
                unknown.append((start, end))
            elif len(hits) == 1 and hits[0].start == start and hits[0].lat is not None \
                    and hits[0].feature in BETWEEN_FEATURES:
                known.append(hits[0])
        if len(known) != 1 or len(unknown) != 1:
            continue
        start, end = unknown[0]
        name = text[start:end]
        if name.split()[0] in EN_STOP_FIRST or not _unknown_name(name):
            continue
        out.append(mention_beside(text, start, end, known[0], f"between it and {known[0].name}", CONFIDENCE))
    return out


# "في الشجاعية وحي التفاح": a settlement word joined by و to the place right before it.
_AR_AND_KIND = re.compile(rf"\s*[،,]?\s*و(?:{_AR_SINGULAR}|{_AR_PLURAL})\s+")


def _beside_coordinated(text: str, found: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """An unplaced name whose settlement word is joined by و to a placed name right before it
    lies beside that name, as a list's names do: quarters and villages named together lie
    together. Precision 2, approximate."""
    placed = [m for m in mentions + found if m.lat is not None]
    for m in found:
        if m.lat is not None:
            continue
        sibling = next((p for p in placed if p.end <= m.start and _AR_AND_KIND.fullmatch(text, p.end, m.start)), None)
        if sibling is not None:
            _place_beside(m, sibling, f"named with {sibling.name}")
    return found


def said_again(text: str, found: list[Mention], mentions: list[Mention], lang: str) -> list[Mention]:
    """The other mentions of names the text announced or placed by a direction (``found``: "حي
    الشجاعية شرق مدينة غزة ... في الشجاعية"): the same name in the same story is the same place,
    where nothing announces it again. An Arabic proclitic (و ف ب ل ك) may be glued on; the name
    must stand as a whole word and overlap none of ``mentions``."""
    if lang != "ar":
        return []
    taken = [(m.start, m.end) for m in mentions]
    again: list[Mention] = []
    for m in found:
        rx = re.compile(rf"(?<!{_AR_LETTERS})(?:[وف]?[بلك]?){re.escape(m.text)}(?!{_AR_LETTERS})")
        for hit in rx.finditer(text):
            start = hit.end() - len(m.text)
            if any(start < b and a < hit.end() for a, b in taken):
                continue
            lo, hi = sentence_bounds(text, start, hit.end())
            again.append(replace(m, start=start, end=hit.end(), excerpt=text[lo:hi], excerpt_start=lo,
                                 alternatives=list(m.alternatives)))
            taken.append((start, hit.end()))
    return again


def _beside_listed(found: list[Mention], mentions: list[Mention], lists: dict[int, list[tuple[int, int]]]) -> list[Mention]:
    """An unplaced name of a settlement word's list ("قرى عمواس ويالو وبيت نوبا") is placed beside
    the first placed name of the same list (Bayt Nuba): villages named together lie together.
    Precision 2, approximate."""
    placed = [m for m in mentions + found if m.lat is not None]
    for items in lists.values():
        if len(items) < 2:
            continue
        sibling = next((m for a, b in items for m in placed if m.start < b and a < m.end), None)
        if sibling is None:
            continue
        for m in found:
            if m.lat is None and any(m.start == a and m.end == b for a, b in items):
                _place_beside(m, sibling, f"listed with {sibling.name}")
    return found


def _place_beside(m: Mention, sibling: Mention, relation: str) -> None:
    """Put an unplaced name at a sibling's point, precision 2."""
    m.lat, m.lon, m.country_code, m.precision = sibling.lat, sibling.lon, sibling.country_code, PRECISION_NEAR
    m.alternatives = [{"name": sibling.name, "lat": sibling.lat, "lon": sibling.lon, "relation": relation}]


_HOT_NOUNS = frozenset("رياح اجواء أجواء مياه شمس ايام أيام طقس جو".split())


def _hot_not_quarter(text: str, m: re.Match) -> bool:
    """حارة is also "hot" (موجة حارة تضرب البلاد, a heat wave) and بحارة "sailors": neither opens a
    quarter's name. The adjective follows an indefinite feminine noun or a word of weather."""
    word = m.group(0)[:m.start("name") - m.start()].split()[-1]
    if m.group("plural") is not None or not word.endswith(("حارة", "حاره")):
        return False
    if word.startswith(("بحار", "وبحار", "فبحار")):
        return True
    before = text[max(0, m.start() - 30):m.start()].split()
    prev = before[-1] if before else ""
    return prev in _HOT_NOUNS or (prev.endswith(("ة", "ه")) and not prev.startswith(("ال", "وال")))


def _spans(text: str, lang: str) -> Iterator[tuple[int, int, int, str | None, int]]:
    """(start, end) of each announced name, where its anchor may begin (after "camp"; after the
    last name of a plural's list: "قرى عمواس ويالو في منطقة اللطرون"), the settlement word, and
    where the settlement word stands (the list's id)."""
    if lang == "ar":
        for m in _AR_PATTERN.finditer(text):
            if _hot_not_quarter(text, m):
                continue
            plural = m.group("plural") is not None
            most = 2 if plural and _AR_DUAL.fullmatch(m.group("plural")) else 99  # a dual names two
            name = _ar_name(m.group("name"), plural)
            if not name:
                continue
            items = [(m.start("name"), m.start("name") + len(name))]
            while plural and len(items) < most:
                nxt = _AR_NEXT.match(text, items[-1][1])
                # An adjective agrees right after the word only; after a comma, و opens a new clause.
                name = nxt and _ar_name(nxt.group("name"), plural, first=False)
                if not name:
                    break
                items.append((nxt.start("name"), nxt.start("name") + len(name)))
            word = m.group("plural") or m.group(0)[:m.start("name") - m.start()].split()[-1]
            for a, b in items:
                yield a, b, items[-1][1], word, m.start()
        for m in _AR_CLASSED.finditer(text):
            name = m.group("name")
            last = name.split()[-1]
            # A verb or a particle before "من قرى" (وتعد من أكبر مدن، وهي من قرى) is no name: names
            # are rare words, and one of the story's known places is found before this step.
            if last in AR_STOP or _generic(last) or " " not in name and _zipf_ar(last) >= ADJECTIVE_ZIPF:
                continue
            if m.group("of") == "من" and not m.group("most") \
                    and not _AR_CLASSING.search(text, max(0, m.start() - 12), m.start()):
                continue
            yield m.start("name"), m.end("name"), m.end("name"), m.group("word"), m.start()
        return
    for m in (_EN_PATTERN if "camp" in text else _EN_PATTERN_NO_CAMP).finditer(text):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        if name.split()[0] in EN_STOP_FIRST:
            continue
        yield m.start(group), m.start(group) + len(name), m.end(), None, m.start()
    if ", a" in text:
        for m in _EN_APPOSITIVE.finditer(text):
            if m.group("name").split()[0] not in EN_STOP_FIRST:
                yield m.start("name"), m.end("name"), m.end(), None, m.start()
    if " (" in text:
        for m in _EN_ADDRESSED.finditer(text):
            if m.group("name").split()[0] not in EN_STOP_FIRST:
                yield m.start("name"), m.end("name"), m.end("name"), ADDRESSED, m.start()
    if ", in " in text:
        for m in _EN_IN_DIVISION.finditer(text):
            if m.group("name").split()[0] not in EN_STOP_FIRST:
                yield m.start("name"), m.end("name"), m.end(), None, m.start()
