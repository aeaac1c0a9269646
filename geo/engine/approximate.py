"""Places the gazetteer lacks but the text locates from a known place.

    "غارة على منطقة جارف جنوب غرب مدينة سرت"  -> Jarif, near Sirte, to its south-west
    "Tawergha, 180 km southeast of Tripoli"    -> 180 km from Tripoli, bearing 135°

The unknown name must be announced as a place (منطقة، بلدة، قرية... or a capitalised English
name), then a direction, an optional distance and the anchor, which the engine has already
resolved. The point is estimated from the anchor, the bearing and the distance (a default when
none is stated), and reported as approximate, precision 2.

Also a known name read far from where the text puts it: "X, a village in Y" read in another
country than Y (``place_inside_stated``), and a small foreign town in a story about one country,
far from its places, in a country the story never names: the story's own hamlet of that name
(``stray_namesakes``, session 28).
"""
from __future__ import annotations

import math
import re

from geo.engine.document import PRECISION_NEAR, PRECISION_REGION, Mention, Place
from geo.engine.gazetteer import haversine_km
from geo.engine.named_features import story_country, town_beside
from geo.engine.tokens import Token, sentence_bounds

# Distance assumed when the text gives a direction but no distance: "south-west of Sirte" in
# conflict reporting usually means the outskirts to a few tens of km (ACLED codes such places
# at precision 2 on the anchor).
DEFAULT_KM = 20.0
AREA_WORDS_AR = "منطقة|منطقه|بلدة|بلده|قرية|قريه|حي|مخيم|ناحية|ناحيه|وادي|محيط|ضاحية|ضاحيه"
_AR_DIRS = {
    "شمال شرق": 45, "شمال غرب": 315, "جنوب شرق": 135, "جنوب غرب": 225, "شمال": 0, "جنوب": 180,
    "شرق": 90, "غرب": 270, "شمالي": 0, "جنوبي": 180, "شرقي": 90, "غربي": 270,
    "شمال شرقي": 45, "شمال غربي": 315, "جنوب شرقي": 135, "جنوب غربي": 225,
}
_EN_DIRS = {
    "north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135, "south-east": 135,
    "south": 180, "southwest": 225, "south-west": 225, "west": 270, "northwest": 315, "north-west": 315,
}
_AR_DIR_RE = "|".join(sorted(map(re.escape, _AR_DIRS), key=len, reverse=True))
_EN_DIR_RE = "|".join(sorted(map(re.escape, _EN_DIRS), key=len, reverse=True))
_NUM = r"(\d+(?:[.,]\d+)?)"

_AR_PATTERN = re.compile(
    rf"(?:{AREA_WORDS_AR})\s+(?P<name>[\u0621-\u064a]{{2,}}(?:\s+(?!(?:ال)?(?:{_AR_DIR_RE})\b|(?:على|بعد|نحو|حوالي|في|إلى|الى)\s)[\u0621-\u064a]{{2,}})?)\s*[،,(]?\s*"
    rf"(?:(?:على\s+)?(?:بعد\s+)?(?:نحو\s+|حوالي\s+)?{_NUM}\s*(?:كم|كلم|كيلومترا?|كيلومترات)\s+)?"
    rf"(?:إلى\s+|الى\s+|في\s+)?(?:ال)?(?P<dir>{_AR_DIR_RE})\s+(?:مدينة\s+|بلدة\s+|محافظة\s+|العاصمة\s+)?$"
)
_EN_PATTERN = re.compile(
    # the name is capitalised whatever the case of the rest ("the village of Jarif, south-west of":
    # Jarif, not "of Jarif")
    # ... and a settlement word may follow the name ("Zamzam camp south of El Fasher")
    rf"(?P<name>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))(?:\s+(?:refugee\s+|displacement\s+)?(?:camp|village|town|district|area|neighbou?rhood))?"
    # ... and the kind of land it lies in ("Masafer Yatta, in the hills south of Hebron")
    rf",?\s+(?:in\s+the\s+(?:hills|mountains|countryside|desert|plains?|valley|outskirts|area|villages)\s+)?"
    rf"(?:a\s+|some\s+|about\s+|around\s+|nearly\s+)?"
    rf"(?:{_NUM}\s*(?:km|kilometres|kilometers|miles|mi)\s+)?(?:to\s+the\s+)?(?P<dir>{_EN_DIR_RE})\s+of\s+(?:the\s+city\s+of\s+)?$",
    re.IGNORECASE,
)
_AR_NUM_GROUP = 2  # the distance is the second group in both patterns


def destination(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` away from (lat, lon) along ``bearing_deg`` on a sphere."""
    r = km / 6371.0088
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def locate_unknown_places(text: str, tokens: list[Token], mentions: list[Mention], lang: str, gazetteer=None) -> list[Mention]:
    pattern, dirs = (_AR_PATTERN, _AR_DIRS) if lang == "ar" else (_EN_PATTERN, _EN_DIRS)
    cues = ("شمال", "جنوب", "شرق", "غرب") if lang == "ar" else ("north", "south", "east", "west")
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for anchor in mentions:
        if anchor.lat is None or anchor.feature in ("country", "continent"):
            continue
        window_start = max(0, anchor.start - 120)
        window = text[window_start:anchor.start].lower()
        if not any(cue in window for cue in cues):
            continue  # no direction word: skip the (costly) pattern
        m = pattern.search(text, window_start, anchor.start)
        if m is None:
            continue
        start, end = m.span("name")
        bearing = dirs[m.group("dir").lower()]
        km = float(m.group(_AR_NUM_GROUP).replace(",", ".")) if m.group(_AR_NUM_GROUP) else DEFAULT_KM
        if "mile" in m.group(0).lower() or " mi " in m.group(0).lower():
            km *= 1.609
        lat, lon = destination(anchor.lat, anchor.lon, bearing, km)
        if any(min(end, b) > max(start, a) for a, b in taken):
            # The gazetteer knows the name; where the text says it lies wins over a namesake far away.
            # ("قرية المالكية على بعد 20 كيلومترا شرق دير الزور": not the Malikiyah of Hasakah, 230 km away)
            known = next((k for k in mentions if k.start < end and start < k.end), None)
            if known is not None:
                _relocate(known, lat, lon, 2 * km + 25, anchor, PRECISION_NEAR, f"{km:g} km from {anchor.name}, as the text says")
            continue
        lo, hi = sentence_bounds(text, start, end)
        found.append(Mention(
            start=start, end=end, text=text[start:end], name=text[start:end],
            name_ar=text[start:end] if lang == "ar" else None, name_en=text[start:end] if lang != "ar" else None,
            lat=round(lat, 5), lon=round(lon, 5), country_code=anchor.country_code, feature="area",
            geonameid=None, precision=PRECISION_NEAR, confidence=round(0.6 * anchor.confidence, 3),
            excerpt=text[lo:hi], excerpt_start=lo, approximate=True,
            alternatives=[{"name": anchor.name, "lat": anchor.lat, "lon": anchor.lon, "relation":
                           f"{km:g} km at {bearing}° from {anchor.name}"}],
        ))
        taken.append((start, end))
    return found


def _relocate(known: Mention, lat: float, lon: float, slack: float, anchor: Mention, precision: int, relation: str) -> None:
    """A known city or area read farther than ``slack`` km from where the text puts it, (lat, lon),
    takes its listed reading within ``slack``, else (lat, lon) itself at ``precision``, approximate.
    Divisions and countries are left alone."""
    if known.lat is None or known.feature not in ("city", "area"):
        return
    if haversine_km(known.lat, known.lon, lat, lon) <= slack:
        return
    near = [a for a in known.alternatives if a.get("lat") is not None
            and haversine_km(a["lat"], a["lon"], lat, lon) <= slack]
    if near:
        best = near[0]
        known.name, known.name_ar, known.name_en = best["name"], best.get("name_ar"), best["name"]
        known.lat, known.lon, known.country_code = round(best["lat"], 5), round(best["lon"], 5), best.get("country_code")
        known.feature, known.geonameid = best.get("feature", known.feature), best.get("geonameid")
        return
    known.name = known.text
    known.name_ar, known.name_en = (known.text, None) if known.text[:1] >= "\u0600" else (None, known.text)
    known.lat, known.lon, known.country_code = round(lat, 5), round(lon, 5), anchor.country_code
    known.precision, known.approximate, known.feature, known.geonameid = precision, True, "area", None
    known.alternatives = [{"name": anchor.name, "lat": anchor.lat, "lon": anchor.lon, "relation": relation}]


# "Essakane, a village in Burkina Faso's Oudalan province", "Tassia village in Tillaberi region",
# "X, a town of Y": the text puts the name inside a place it names.
_EN_STATED_IN = re.compile(
    r",?\s*(?:(?:a|the|an)\s+(?:small\s+|remote\s+|border\s+|farming\s+|mining\s+)?)?"
    r"(?:(?:village|town|hamlet|locality|settlement|commune|city)\s+)?(?:in|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?")
FAR_FROM_STATED_KM = 300  # a reading this far from the place the text puts the name in is a namesake
DIVISION_SLACK_KM = 150  # a reading within this of the division's point may lie in it


def place_inside_stated(text: str, mentions: list[Mention], lang: str) -> None:
    """An English town the text puts inside another place it names ("X, a village in Y") but read
    in another country, far from Y, takes its reading near Y or Y's point (precision 2 for a town
    or district, 3 for a province), approximate: the text's word beats a foreign namesake."""
    if lang == "ar":
        return
    ordered = sorted((m for m in mentions if m.lat is not None), key=lambda m: m.start)
    named = {m.country_code for m in ordered if m.feature == "country"}
    for i, known in enumerate(ordered[:-1]):
        anchor = ordered[i + 1]
        if anchor.feature == "country" and i + 2 < len(ordered):
            anchor = ordered[i + 2]  # "Burkina Faso's Oudalan province": the possessive is in the link
        if known.country_code == anchor.country_code or anchor.feature in ("country", "continent") \
                or anchor.start - known.end > 60 \
                or not _EN_STATED_IN.fullmatch(text, known.end, anchor.start) \
                or haversine_km(known.lat, known.lon, anchor.lat, anchor.lon) <= FAR_FROM_STATED_KM:
            continue
        # The anchor may be misread too ("Kouakourou in the Kewa area"): trust it when the story
        # names its country, or when it is a division and the story does not name the town's country.
        if anchor.country_code not in named and not (
                anchor.feature in ("admin1", "admin2") and known.country_code not in named):
            continue
        precision = PRECISION_REGION if anchor.feature == "admin1" else PRECISION_NEAR
        _relocate(known, anchor.lat, anchor.lon, DIVISION_SLACK_KM, anchor, precision, f"in {anchor.name}, as the text says")


STRAY_POPULATION = 20_000  # a town this small...
STRAY_KM = 1_000  # ...this far from every other place of a story about one country...
STRAY_SHARE = 0.6  # ...that holds at least this share of the story's distinct places (and three of them)
LOCAL_KM = 400  # a story whose towns lie this close to their middle...
LOCAL_SHARE = 0.75  # ...all but a quarter of them, is about one place


def stray_namesakes(text: str, mentions: list[Mention], lang: str, read_as: dict[int, Place]) -> None:
    """A small town read far from a story about one country is the story's own hamlet of that name
    that no source holds: "the road between Keswick and Grasmere" is not Grasmere, New Zealand, and
    "Cambridge was formed from Galt, Preston and Hespeler" is not Preston, Nova Scotia. A foreign
    one counts when the story never names its country (nor a division of it); one of the story's
    own country when the story's other towns lie close together and it never names the town's
    division. The town takes a reading near the story's town when it has one, else lies beside
    it (precision 2, approximate). ``read_as``: the gazetteer place of each mention the resolver
    read, by the mention's id()."""
    if lang == "ar":
        return
    placed = [m for m in mentions if m.lat is not None and not m.approximate]
    home, n, total = story_country(placed)
    if n < 3 or n < STRAY_SHARE * total:
        return
    homes = [m for m in placed if m.country_code == home and m.feature not in ("country", "continent")]
    named = {m.country_code for m in placed if m.feature in ("country", "admin1")}
    named_divisions = {(p.country_code, p.admin1) for m in placed if m.feature == "admin1"
                       for p in (read_as.get(id(m)),) if p is not None}
    for m in placed:
        p = read_as.get(id(m))
        if m.feature != "city" or p is None or p.population >= STRAY_POPULATION:
            continue
        others = [h for h in homes if h.text != m.text]  # the name's own mentions say nothing of it
        if m.country_code == home:
            if (home, p.admin1) in named_divisions or not _one_place(t for t in others if t.feature != "admin1"):
                continue
        elif m.country_code in named:
            continue
        if min((haversine_km(m.lat, m.lon, h.lat, h.lon) for h in others), default=0.0) <= STRAY_KM:
            continue
        town = town_beside(text, m.start, others)
        if town is not None:
            _relocate(m, town.lat, town.lon, DIVISION_SLACK_KM, town, PRECISION_NEAR,
                      f"beside {town.name}: the story's own {m.text}, not the far namesake")


def _one_place(towns) -> bool:
    """Three distinct towns or more, at least LOCAL_SHARE of them within LOCAL_KM of their middle
    (the median point of the mentions)."""
    towns = list(towns)
    points = {(t.lat, t.lon) for t in towns}
    if len(points) < 3:
        return False
    lat = sorted(t.lat for t in towns)[len(towns) // 2]
    lon = sorted(t.lon for t in towns)[len(towns) // 2]
    return sum(haversine_km(a, b, lat, lon) <= LOCAL_KM for a, b in points) >= LOCAL_SHARE * len(points)


# "Hampton, a community of about 2,000", "Carmen, a hamlet on the highway": the size the text states.
_STATED_SIZE = re.compile(
    r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?P<kind>hamlet|village|community|town|settlement|township)\b"
    r"(?:\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|barely\s+|fewer\s+than\s+|"
    r"less\s+than\s+|under\s+|just\s+(?:over|under)\s+)?(?P<n>\d[\d,]*)(?!\s*(?:km|kilomet|mile|acre|hectare|metre|meter|feet|ft|m\b)))?")
SIZE_SLACK = 5  # a reading this many times bigger than the stated size is another place
SMALL_KINDS = {"hamlet": 5_000, "village": 20_000, "settlement": 20_000}  # no number: at most this many


def stated_size(text: str, mentions: list[Mention], lang: str, read_as: dict[int, Place]) -> None:
    """A town the text says is small ("Hampton, a community of about 2,000"; "Carmen, a hamlet") read
    as a namesake far bigger (Hampton, Virginia; Ciudad del Carmen) is the story's own place: it and the
    name's other bare mentions take a reading near the story's town when they have one, else lie beside
    it (precision 2, approximate); a mention with its own qualifier ("Hampton, Va.") keeps its reading
    (session 28)."""
    if lang == "ar":
        return
    placed = [m for m in mentions if m.lat is not None and not m.approximate]
    for m in placed:
        p = read_as.get(id(m))
        if m.feature != "city" or p is None:
            continue
        said = _STATED_SIZE.match(text, m.end)
        if said is None:
            continue
        if said.group("n"):
            ceiling = SIZE_SLACK * int(said.group("n").replace(",", ""))
        else:
            ceiling = SMALL_KINDS.get(said.group("kind"))
        if ceiling is None or p.population <= ceiling:
            continue
        others = [h for h in placed if h.text != m.text]
        town = town_beside(text, m.start, others)
        if town is None:
            continue
        for same in [x for x in placed if x.text == m.text and read_as.get(id(x)) is p and not _qualified(x, placed, text)]:
            _relocate(same, town.lat, town.lon, DIVISION_SLACK_KM, town, PRECISION_NEAR,
                      f"beside {town.name}: the text's small {m.text}, not the bigger namesake")


def _qualified(m: Mention, placed: list[Mention], text: str) -> bool:
    """The mention has its own qualifier right after it ("Hampton, Va.")."""
    return any(q.start > m.end and text[m.end:q.start].strip() in (",", "(") and q.feature in ("admin1", "country", "admin2")
               for q in placed)
