"""Places named with their containers: "in Taraganj town (Rangpur)", "near Dounde (Bankass, Mopti)".

Reports (ACLED's notes, and much wire copy) name the scene, then in parentheses its district and
province. The scene is the event's place; the places in the parenthesis are only its address. When
the scene lies far from its own address, the engine resolved it to a namesake elsewhere (a "Pigna"
in Corsica for a village in Mopti), and the first place of the address stands in for it. When the
scene is not in the gazetteer at all ("in Noma Tounga (Malanville, Alibori)"), the first place of
the address is the finest place known and is placed near (ACLED precision 2). Which of a scene and
its district is misread, the sentence's province decides; and a place read far from the address or
district named right after it is first read again near them (:func:`reread_homonyms`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable, Protocol

from geo.engine.document import PRECISION_EXACT, PRECISION_NEAR, PRECISION_REGION, Mention, Place

# After a scene, the parenthesis holding its address: "Taraganj town (", "Menaka (".
_OPEN_AFTER = re.compile(r"\s*(?:(?:town|city|village|district|area|upazila|commune|locality|region|province"
                         r"|county|municipality|department|governorate)\s*)?[(\[]", re.I)
# Before the parenthesis of a scene the engine did not find: "in Noma Tounga (".
_UNKNOWN_SCENE = re.compile(r"[A-Z][\w'-]+(?:\s+(?:upazila|union|district|sub-district|village|town|city|area"
                            r"|municipality|commune|township|locality|neighbou?rhood|camp))?\s*[(\[]\s*$")
# A place named as what a protest is about ("condemning Israeli strikes on Gaza") is not its scene.
TOPIC = re.compile(r"\b(?:condemn\w*|solidarity with|in support of|demanding|calling for|denouncing|protesting"
                   r"|to protest (?!(?:in|at|outside|near|on)\b)|in protest (?:against|at|over|of)"
                   r"|(?:against|over) (?:the |Israel's |Israeli |Russia's |Russian )?(?:war|killing|attack|aggression"
                   r"|strike|airstrike|bombing|bombardment|shelling|offensive)s? (?:in|on|of|against))\b[^.;()]{0,60}$",
                   re.I)
# A town's quarter, named as one ("Colonia X", "the X neighborhood"), lies within this of its town.
_QUARTER_BEFORE = re.compile(r"\b(?:[Cc]olonia|[Bb]arrio|[Bb]airro|[Ff]raccionamiento)\s+"
                             r"(?:(?:[A-Z][\w'-]*|de|del|la|las|los|do|da|dos)\s+){0,3}$")
_QUARTER_NAME = re.compile(r"(?:Colonia|Barrio|Bairro|Fraccionamiento)\s", re.I)
_QUARTER_AFTER = re.compile(r"\s+(?:(?:neighbou?rhoods?|favelas?|communit(?:y|ies)|quarters?|colonia)\b"
                            # "the Tampouy area of Ouagadougou", but not of a district ("the Aaq Masjid
                            # area of Baharak district": a district's namesake town may lie anywhere)
                            r"|(?:area|suburb|sector)\s+of\s+(?=(?-i:[A-Z]))(?![^,.;()]{0,40}?\b(?:district|province|county|"
                            r"governorate|region|state|municipality|commune|department|upazila)\b))", re.I)
QUARTER_KM = 20.0
# A scene farther than this from the first place of its address is a namesake.
SCENE_KM = 150.0
# "Pul-e Khumri city Baghlan", "Nijrab district Kapisa", "Chora and Tarinkot districts Urozgan":
# a place followed closely by the district or province that contains it.
_CONTAINER_BETWEEN = re.compile(r"[^.;:]{0,45}?(?:\b(?:districts?|provinces?|city|town|village|area|county|region"
                                r"|upazila|of|in)\b|\()[\s,(]*$", re.I)
CONTAINER_CHARS = 60
# Words that say the next place contains this one ("Muqur district, Badghis", "the Kamanj area of Shahrak
# district"); a bare "in" does not ("from Kabul to a rally in Kandahar").
_CONTAINED_IN = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:(?:districts?|provinces?|city|town|village|area|county"
                           r"|region|upazila|commune|locality)\b\s*(?:,|of)?|of)\s*(?:the\s+)?", re.I)
# A place this far from the district or province said to contain it is a namesake.
CONTAINER_KM = 250.0
# A place said to lie in a district ("the Shaykhabad area of Saydabad district") farther than this from
# the district's own point is a namesake: districts are a few tens of km across.
DISTRICT_KM = 75.0
_DISTRICT_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?districts?\b", re.I)
# A place read farther than this from the first place of its address ("Farabougou (Niono, Segou)") is
# read again near it: a commune or cercle is rarely wider.
ADDRESS_KM = 75.0
# A town container this populous is read right ("Zhari district, Kandahar"); a village may be a
# province's namesake ("Wardak", "Faryab" read as villages in Iran).
TRUSTED_TOWN = 20_000
# How far before an address its clause's places are read as the address's own.
FOREIGN_CHARS = 120
# With a known place this close before the parenthesis, the parenthesis is that place's address.
NEAR_CHARS = 40


class PlaceLookup(Protocol):
    """What :func:`reread_homonyms` needs of the gazetteer (``geo.engine.gazetteer.Gazetteer``)."""

    def key(self, name: str) -> str: ...
    def ids(self, key: str) -> tuple[int, ...] | None: ...
    def folded_ids(self, key: str) -> tuple[int, ...]: ...
    def place(self, pid: int) -> Place: ...
    def by_geonameid(self, gid: int) -> Place | None: ...


def reread_homonyms(text: str, indexes: list[int], mentions: list[Mention], gazetteer: PlaceLookup) -> None:
    """Read again, near its address, a place resolved far from the district or province named after it.

    "Farabougou (Niono, Segou)", "Muqur district, Badghis", "Argo district, Badakhshan": the resolver
    weighs the whole world, the report says where to look. A mention lying farther than its
    container allows from the first place of its address, or from the district or province said to
    contain it, takes the gazetteer's place of the same name (exact or transliteration-folded)
    nearest that anchor, when one lies within that distance. The mention is changed in place (its
    old reading first among its alternatives). Containers are read before the places they contain
    (right to left).
    """
    for pos in range(len(indexes) - 1, -1, -1):
        m = mentions[indexes[pos]]
        if m.feature in ("country", "continent", "admin1") or m.lat is None or m.approximate:
            continue
        anchor, limit = _anchor(text, m, [mentions[j] for j in indexes[pos + 1:]], gazetteer)
        if anchor is None or _km(m, anchor) <= limit:
            continue
        key = gazetteer.key(m.text)
        ids = set(gazetteer.ids(key) or ()) | set(gazetteer.folded_ids(key))
        best, best_km = None, limit
        for pid in ids:
            p = gazetteer.place(pid)
            if p.feature in ("country", "continent"):
                continue
            km = haversine_km(p.lat, p.lon, anchor.lat, anchor.lon)
            if km <= best_km:
                best, best_km = p, km
        if best is not None:
            _reread(m, best)


def trusted_container(gazetteer: PlaceLookup, m: Mention) -> bool:
    """Whether a place named as a container is read as one: a province, a district or a town of
    TRUSTED_TOWN people, not a village that may be a province's namesake ("Wardak", "Faryab")."""
    if m.feature in ("admin1", "admin2"):
        return True
    place = gazetteer.by_geonameid(m.geonameid) if m.geonameid else None
    return place is not None and place.population >= TRUSTED_TOWN


def far_quarters(text: str, indexes: list[int], mentions: list[Mention]) -> set[int]:
    """Mentions the text names as a town's quarter ("Colonia Valle de San Bernardo", "the Condado
    neighborhood") that lie farther than QUARTER_KM from every other town of the sentence: a
    namesake of the quarter, 26 to 2,000 km off, where the town named with it is the scene."""
    towns = [mentions[i] for i in indexes if mentions[i].feature in ("city", "area", "admin2")]
    far = set()
    for i in indexes:
        m = mentions[i]
        if not (_QUARTER_BEFORE.search(text, max(0, m.start - 50), m.start) or _QUARTER_AFTER.match(text, m.end)
                or _QUARTER_NAME.match(m.text)):
            continue
        others = [t for t in towns if t is not m and t.text != m.text]
        if others and all(_km(m, t) > QUARTER_KM for t in others):
            far.add(i)
    return far


def division_holds(gazetteer: PlaceLookup, division: Mention, m: Mention) -> bool:
    """Whether the gazetteer's codes put ``m`` inside the first-level division ``division``: a
    province's point says little of its extent (Ontario's lies 800 km from Waterloo)."""
    if division.feature != "admin1" or not (division.geonameid and m.geonameid):
        return False
    d, p = gazetteer.by_geonameid(division.geonameid), gazetteer.by_geonameid(m.geonameid)
    return bool(d and p and d.admin1 and (p.country_code, p.admin1) == (d.country_code, d.admin1))


def _anchor(text: str, m: Mention, following: list[Mention],
            gazetteer: PlaceLookup) -> tuple[Mention | None, float]:
    """The place that locates ``m`` and how far from it ``m`` may lie: the first place of the address
    right after it (ADDRESS_KM; SCENE_KM when it is the address's only place, CONTAINER_KM when it
    is a province), else the container named right after it (DISTRICT_KM for one the text calls a
    district, CONTAINER_KM for a province, a district or a town of TRUSTED_TOWN people; a village
    does not). A province merely named in the same sentence locates nothing ("Fighting spread
    to as-Sulaymaniyah and al-Hasakah" names two countries' places)."""
    for c in following:
        if c.start - m.end > CONTAINER_CHARS:
            break
        if c.feature in ("country", "continent") or c.lat is None:
            continue
        if _OPEN_AFTER.fullmatch(text, m.end, c.start):
            # "(Niono, Segou)": a commune or cercle first; "(Abyan)", "(Mopti)" alone: the province.
            close = text.find(")", c.end)
            alone = close < 0 or "," not in text[c.end:close]
            return c, CONTAINER_KM if c.feature == "admin1" else SCENE_KM if alone else ADDRESS_KM
        if _CONTAINED_IN.fullmatch(text, m.end, c.start):
            if _DISTRICT_AFTER.match(text, c.end):
                return c, DISTRICT_KM
            # A container read as a village may be the misread one ("Saydabad district, Wardak", the
            # province read as a village 250 km off): a province, a district or a sizeable town locates.
            return (c, CONTAINER_KM) if trusted_container(gazetteer, c) else (None, 0.0)
        break
    return None, 0.0


def _reread(m: Mention, p: Place) -> None:
    old = {"name": m.name, "name_ar": m.name_ar, "lat": m.lat, "lon": m.lon, "country_code": m.country_code,
           "feature": m.feature, "geonameid": m.geonameid, "relation": "read before its address"}
    m.name, m.name_en, m.name_ar = p.name, p.name, p.name_ar
    m.lat, m.lon = round(p.lat, 5), round(p.lon, 5)
    m.country_code, m.feature, m.geonameid = p.country_code, p.feature, p.geonameid
    m.precision = {"admin2": PRECISION_NEAR, "area": PRECISION_NEAR, "admin1": PRECISION_REGION}.get(
        p.feature, PRECISION_EXACT)  # as the pipeline's PRECISION_BY_FEATURE
    m.alternatives = [old] + list(m.alternatives)


@dataclass
class Addresses:
    """Which mentions of a sentence are scenes with an address, and which are address parts."""

    heads: set[int] = field(default_factory=set)  # scenes followed by their address
    parts: set[int] = field(default_factory=set)  # mentions inside a parenthesis
    namesakes: set[int] = field(default_factory=set)  # scenes far from their own address
    stand_ins: set[int] = field(default_factory=set)  # address parts standing in for a lost scene


def addresses(text: str, indexes: list[int], mentions: list[Mention],
              speaks: Callable[[Mention], bool] = lambda m: False,
              trusted: Callable[[Mention], bool] | None = None,
              holds: Callable[[Mention, Mention], bool] | None = None) -> Addresses:
    """Read "scene (district, province)" among the mentions ``indexes`` (in text order) of a sentence.

    ``speaks(m)`` tells a place that speaks ("Kharkiv, Moscow said"): it contains nothing.
    ``trusted(m)``, when given, tells a container read as one (see :func:`trusted_container`).
    ``holds(division, m)``, when given, tells a scene its province holds (see :func:`division_holds`):
    never a namesake, however far the province's point.
    """
    found = Addresses()
    provinces = [mentions[i] for i in indexes if mentions[i].feature == "admin1" and not speaks(mentions[i])]
    for pos, i in enumerate(indexes):
        m = mentions[i]
        if i in found.namesakes or m.feature in ("country", "continent"):
            continue  # a country lies in nothing: "France 3 journalists gathered ... in Pau" (session 17)
        for j in indexes[pos + 1:]:
            c = mentions[j]
            if c.start - m.end > CONTAINER_CHARS:
                break
            if (c.start >= m.end and c.feature not in ("country", "continent")
                    and _CONTAINER_BETWEEN.fullmatch(text, m.end, c.start) and not speaks(c)
                    and _km(m, c) > (DISTRICT_KM if _DISTRICT_AFTER.match(text, c.end) else CONTAINER_KM)
                    and not (holds and holds(c, m))):
                if _container_wrong(text, m, c, provinces, trusted):
                    found.namesakes.add(j)  # "Muqur" read in Ghazni: "Sanjitak village of Muqur district, Badghis"
                    continue
                found.namesakes.add(i)  # "Pul-e Khumri city Baghlan" read as Poole, 5,700 km away
                found.stand_ins.add(j)
                break
    opened: dict[int, list[int]] = {}  # offset of "(" -> mentions inside it, in order
    for i in indexes:
        m = mentions[i]
        paren = _open_paren(text, m.start)
        if paren is not None:
            found.parts.add(i)
            opened.setdefault(paren, []).append(i)
        elif _OPEN_AFTER.match(text, m.end):
            found.heads.add(i)
    for paren, inside in opened.items():
        first = mentions[inside[0]]
        _foreign_before(text, paren, indexes, [mentions[i] for i in inside], mentions, found)
        heads = [i for i in found.heads if mentions[i].end <= paren and paren - mentions[i].end <= 12]
        if heads:
            if (heads[0] in found.namesakes or (_far(mentions[heads[0]], first) and not (holds and holds(first, mentions[heads[0]])))
                    or _only_placed_broadly(mentions[heads[0]], first)):
                found.namesakes.add(heads[0])
                found.stand_ins.add(inside[0])
            continue
        # A country is never the scene an address follows ("JNIM from Burkina Faso, at the exit of Keremou
        # (Banikoara, Alibori)": the scene is unknown, its district stands in).
        known_before = any(paren - NEAR_CHARS <= mentions[i].end <= paren and not _broad(mentions[i])
                           and mentions[i].feature not in ("country", "continent") for i in indexes)
        if not known_before and _UNKNOWN_SCENE.search(text, max(0, paren - 40), paren + 1):
            found.stand_ins.add(inside[0])  # "in Noma Tounga (Malanville, Alibori)": the scene is not known
    return found


def _broad(m: Mention) -> bool:
    """A place the gazetteer lacks, put only at its province or country ("a Fulani camp")."""
    return m.approximate and m.precision >= 3


def _only_placed_broadly(scene: Mention, first: Mention) -> bool:
    """A scene the gazetteer lacks, placed only at its province or country ("the village of Penessoulou"
    at Benin's middle), while its address names a town: the town is the finer point."""
    return (_broad(scene) and not first.approximate
            and first.feature in ("city", "area", "admin2"))


def _foreign_before(text: str, paren: int, indexes: list[int], parts: list[Mention], mentions: list[Mention],
                    found: Addresses) -> None:
    """Places of the clause before an address that lie in another country than the address's first place
    are namesakes: "the villages Koko, Akatakou, and Malomi (Bante, Collines)" is not Koko in Nigeria."""
    # The address's first place decides its country: "(Ketou, Plateau)" with Plateau read as Nigeria's state.
    if not parts or parts[0].feature in ("country", "continent") or any(p.feature == "country" for p in parts):
        return
    if parts[0].country_code is None:
        return  # a region of no one country ("(Sicilia)", an island from Natural Earth) decides none
    country = parts[0].country_code
    clause = max(text.rfind(".", 0, paren), text.rfind(";", 0, paren), paren - FOREIGN_CHARS)
    for i in indexes:
        m = mentions[i]
        if (clause < m.start and m.end <= paren and m.country_code != country
                and m.feature not in ("country", "continent", "admin1")):
            found.namesakes.add(i)


def _container_wrong(text: str, scene: Mention, container: Mention, provinces: list[Mention],
                     trusted: Callable[[Mention], bool] | None = None) -> bool:
    """Whether, of a scene and the container named after it lying far apart, the container is the misread one.

    The sentence's provinces arbitrate: the one farther from them is misread ("Sanjitak village of Muqur
    district, Badghis", Muqur read in Ghazni). With none, a scene read in another country than its
    container is misread ("Chardara district, Kunduz" as Shardara, Kazakhstan), and a place the text calls
    a district is trusted over a container read as a mere town ("Wardak", the province, read as a village
    250 km off) when the gazetteer knows it as a district ("Jaghatu district") or, with ``trusted``, when
    the container is a village ("Saydabad district, Wardak"; "Pul-e Khumri district, Baghlan" keeps
    Baghlan, a town of 100,000).
    """
    others = [p for p in provinces if p is not scene and p is not container]
    if others:
        to_scene = min(_km(scene, p) for p in others)
        to_container = min(_km(container, p) for p in others)
        return to_container > to_scene
    if scene.country_code != container.country_code:
        return False
    if container.feature in ("admin1", "admin2") or not re.match(r"\s*district", text[scene.end:scene.end + 12], re.I):
        return False
    return scene.feature == "admin2" or (trusted is not None and not trusted(container))


def _open_paren(text: str, pos: int, reach: int = 80) -> int | None:
    """Offset of the parenthesis still open at ``pos`` (looking back ``reach`` characters), or None."""
    window = text[max(0, pos - reach):pos]
    i = max(window.rfind("("), window.rfind("["))
    if i < 0 or ")" in window[i:] or "]" in window[i:]:
        return None
    return max(0, pos - reach) + i


def _far(a: Mention, b: Mention) -> bool:
    if b.feature == "country":
        return False
    return _km(a, b) > SCENE_KM


def _km(a: Mention, b: Mention) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 0.0
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))
