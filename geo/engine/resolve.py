"""Toponym resolution: pick, for each recognised name, the place the whole document means.

Each candidate place gets a prior (population, feature type, how it was named), then document
evidence: the countries the story is about (named countries, demonyms such as الليبية or Turkish,
and the other places' likely countries), the first-level divisions the other places sit in,
nearness to the other places' current answers, coherence with the other names' plausible readings
(small towns named together find each other), "X, Y" and "X in Y" containment (one sense per
story: it speaks for the name's other mentions too), and the word before the name
(مدينة / العاصمة / city of -> a city; محافظة / state of -> a division; دولة -> a country).
Scores are log-linear; the weights are documented beside each term.
"""
from __future__ import annotations

import math
import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from geo.engine.actor_homes import actor_countries
from geo.engine.document import Place
from geo.engine.features import demonym_votes
from geo.engine.gazetteer import Gazetteer, is_main_name
from geo.engine.qualifiers import about_government, adjective_country, capital_bonus, qualifier_bonus
from geo.engine.recognize import WATER_HEADS_AR, WATER_HEADS_EN, Candidate
from geo.engine.tokens import Token

MAX_PLACES = 40  # candidates kept per name, biggest first; "San Jose" alone has dozens

# Feature priors (in log10-population units): a country or a division named outright is
# usually meant over a same-named town ("Georgia", "تونس" at the border).
FEATURE_PRIOR = {"continent": 4.0, "country": 4.0, "admin1": 2.5, "admin2": 1.0, "area": 2.0, "city": 0.0}

# The gazetteer's first-level divisions carry no population; read as 0 they lost to any town of
# the same name ("Ontario" the province against Ontario, California, 170,000 people). Read as
# 1,000, the division's feature prior lets it pass such a town but not a city of 400,000
# (Manchester over the Jamaican parish). Chosen on half of LGL, GeoVirus and IDRISI (in-sample).
ADMIN1_POPULATION = 1_000

# A place named by its own main name rather than an alternate. Kept at 1: 2 read LGL's
# Youngstown right (an old name of Mount Gilead), but GeoNames' main names of Arab towns are
# often scholarly spellings (Janīn), so "Jenin" then went to a Polish village named Jenin.
MAIN_NAME_BONUS = 1.0

# A country or division named by a cut-down form of its own name ("Norfolk" for Norfolk Island,
# "Columbia" for the District of Columbia, "Trinidad" for Trinidad and Tobago) keeps only this
# share of its feature prior: the cut-down form is more often the main name of some town.
TRUNCATED_PRIOR_SHARE = 0.0
# Words that only say what kind of place it is: "New York City" cut to "New York" is still its name.
_TYPE_WORDS = frozenset("city town township village county parish borough district municipality province "
                        "governorate region state".split())
_ARTICLE_WORDS = frozenset("al el as ash an ad ar at az ath es ez ed en the".split())

# A sea, gulf, strait, lake or river read ahead of a division named after it, by this much (session 24).
WATER_FIRST = 1.0


def _names_water(key: str) -> bool:
    """The name says it is water: "red sea", "gulf of aden", "البحر الاحمر", "نهر النيل"."""
    words = key.split()
    return len(words) > 1 and (words[0] in WATER_HEADS_AR or words[-1] in WATER_HEADS_EN
                               or (words[0] in WATER_HEADS_EN and words[1] == "of"))


CITY_CUES = {"مدينه", "العاصمه", "عاصمه", "بلده", "قريه", "مدن", "city", "town", "village", "capital", "downtown"}
ADMIN_CUES = {"محافظه", "ولايه", "اقليم", "مقاطعه", "state", "province", "governorate", "county", "region", "parish"}
COUNTRY_CUES = {"دوله", "بلاد", "جمهوريه", "مملكه", "country", "republic", "kingdom", "nation"}
CUE_WEIGHT = 4.0
# The armed groups' countries decide only between places smaller than this: a hint never moves
# a town ("RSF said the village of Suwayda" is not a Sudanese hamlet instead of As-Suwayda).
# Only towns named by their own main name count (session 17): "Bale" (Bâle, Basel), "Boni" and
# "Kassa" (Košice) in a note on the Sahel name villages there, not the cities abroad.
FALLBACK_TOWN = 20_000
FOCUS_WEIGHT = 4.5  # times the share of the document's evidence pointing at the place's country
ADMIN1_WEIGHT = 2.0
NEAR_KM = ((100.0, 1.5), (400.0, 0.75))  # (distance, bonus) to the nearest other resolved place
CONTAINED_BONUS = 5.0  # "Alexandria, Louisiana": the first place lies in the second
ADDRESS_FACTOR = 2.0  # ... and the second closes the phrase: "Bangor, Northern Ireland, told"
# What follows a qualifier that closes an address: a comma and a lower-case word, a stop, a bracket, a dash.
_ADDRESS_END = re.compile(r"\s*(?:,\s+(?!and\b|or\b|in\b)[a-z]|[.;:!?)]|\s[—–-]\s|$)")
# A second-level division ("Launceston, Cornwall", "X in Y district") holds a place this near its
# point: counties and districts are tens of km across, and the division's point is a representative one.
QUALIFIER_ADMIN2_KM = 80.0
QUALIFIER_CITY_KM = 30.0  # a qualifier named like a city this near the place it qualifies may be the city
NEAR_TOP = 10
# How a name votes for the story's countries: by its likeliest reading in each country, from its
# readings' scores sharpened by this factor. Summed over readings at sharpness 1, the many small
# American Dublins and Parises outvoted Dublin and Paris themselves ("She lived in Dublin before
# moving to Paris" went to Ohio and Tennessee): a country's namesakes are not evidence for it.
VOTE_SHARPNESS = 2.0
# A national capital is what a bare name means in the news far more often than its size alone says:
# without this, "Moscow and Berlin" read Berlin as a Russian village near Moscow (coherence and the
# story's focus outweighed 5 orders of magnitude of population), "from Rome to Athens" went to Georgia.
CAPITAL_PRIOR = 1.0
# Names whose readings and priors are remembered across stories (Resolver._name_readings): the
# news names the same places story after story. Bounded for a stream of news.
READINGS_MEMO = 10_000
ITERATIONS = 3  # context from the priors, then twice from the previous pass's answers, so a cluster of readings can form
ARAB_STATES = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())


@dataclass
class Resolution:
    place: Place
    score: float
    alternatives: list[tuple[Place, float]]
    confidence: float


KM_PER_DEGREE = 6371.0 * math.pi / 180  # of latitude; _approx_km is never shorter than this times the latitude gap


def _closes_address(text: str, end: int) -> bool:
    return _ADDRESS_END.match(text, end) is not None


def _approx_km(p: Place, q: Place) -> float:
    """Equirectangular distance: within 1% of the great circle at the few hundred km that
    nearness cares about, and a fraction of the cost."""
    x = math.radians(q.lon - p.lon) * math.cos(math.radians((p.lat + q.lat) / 2))
    y = math.radians(q.lat - p.lat)
    return 6371.0 * math.hypot(x, y)


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


# "X in the state of Y", "X في محافظة Y", "قرية X قضاء Y": Y is where X is.
_QUALIFIER_LINK = re.compile(
    r"(?:,|،|in|في|near|قرب)?\s*(?:the\s+)?(?:state of|province of|county of|region of|"
    r"محافظ[ةه]|ولاي[ةه]|مقاطع[ةه]|إقليم|اقليم|منطق[ةه]|قضاء|ريف|مدين[ةه]|بمحافظ[ةه]|بولاي[ةه]|بمدين[ةه])")


# Distances one nearness question may compute: a story with hundreds of places packed around one
# city (a very long article) would otherwise cost the square of its length. Ordinary articles
# never reach it, so their answers do not change.
MAX_COMPARISONS = 200
# Up to this many distinct answers, nearness scans them all instead of walking the grid.
SCAN_ALL_MAX = 48
# Coherence: a reading gains for every other name of the story that can be read near it (within
# 50 km, or 150 km at 0.6; readings are found through 1-degree cells), each name counted once with
# its own reading's share relative to that name's best (likely readings speak louder than unlikely
# ones). Distances rather than cell membership: a cell edge between two readings of one name
# (Al-Malikiyah north or east of Aleppo) must not decide between them.
# "Watertown ... Delano ... Rochester ... Scott County" all have Minnesota readings: together they
# outvote the bigger Watertown in New York, which no other name of the story supports.
COHERE_WEIGHT = 1.0
COHERE_CAP = 3.0  # names counted at most: a long list of towns should not swamp every other term
COHERE_MIN_SHARE = 0.05  # readings far less likely than their name's best do not vote
COHERE_FEATURES = ("city", "admin2", "area")
COHERE_KM = (50.0, 150.0)  # full support within the first distance, COHERE_NEIGHBOUR of it within the second
COHERE_NEIGHBOUR = 0.6
ONE_SENSE_SHARE = 0.8  # of a qualifier's bonus that the name's other mentions in the story get
HOMOGRAPH_BONUS = 3.0
HOMOGRAPH_SHARE = 0.5


# A place named by an alternate that is another name altogether (an old or district name:
# Hudson for Jersey City, Franklin for El Paso, Youngstown for Mount Gilead), not a spelling of
# its own (Jenin for Janīn, Hodeidah for Al Hudaydah: difflib ratio >= OTHER_NAME_SIMILARITY to
# a main name), loses this much: the towns whose own name it is are the usual reading. Raising
# MAIN_NAME_BONUS instead moved Jenin to a Polish village named Jenin.
OTHER_NAME_PENALTY = 1.0
OTHER_NAME_SIMILARITY = 0.5
EXTENSION_LETTERS = 2
# Romanised Arabic endings (ta marbuta, nisba) that sources add or drop for one name: "Humayd" and
# "Humaydah", "Hamidi" and "Hamidiyah" may be one village, so they are no extension.
_ARABIC_ENDING = re.compile(r"i?y{1,2}[ae]h?|[ae]h?|at|i|iya?t")
# A place whose own name only extends the name written (Mykolaivka for "Mykolaiv") is read so
# only against strong evidence: the first-level division it shares with another place of the
# story and its nearness (2.75 together) had outweighed a city 33 times its size.
EXTENDED_NAME_PENALTY = 3.0


@lru_cache(maxsize=65_536)
def _other_name(key: str, main_keys: tuple[str, ...]) -> bool:
    """An alternate name that is not a spelling of the place's own (Twickenham for Huntsville,
    Franklin for El Paso), as opposed to a transliteration (Jenin for Janin)."""
    from difflib import SequenceMatcher

    return all(not m or SequenceMatcher(None, key, m).ratio() < OTHER_NAME_SIMILARITY for m in main_keys)


def _extended_name(key: str, main_keys: tuple[str, ...]) -> bool:
    """The place's own name is ``key`` with a suffix of two letters or more: another name, not a
    spelling of it ("Mykolaiv" is the city of 470,000; Mykolaivka, a town whose alternate names
    include "Mykolaiv", only extends it). Session 17."""
    return any(m and len(m) >= len(key) + EXTENSION_LETTERS and m.startswith(key) and m[len(key)].isalpha()
               and not _ARABIC_ENDING.fullmatch(m, len(key))
               for m in main_keys[:1])  # within the word: "Culver" is still Culver City, "Sarpy" Sarpy County


def _cut_down(key: str, main_keys: tuple[str, ...]) -> bool:
    """``key`` is the first or last words of a longer main name ("norfolk" of "norfolk island"),
    the words left out being more than a type word or an article ("new york city", "al hudaydah")."""
    for m in main_keys:
        if m and len(m) > len(key):
            if m.startswith(key + " "):
                rest = m[len(key) + 1:].split()
            elif m.endswith(" " + key):
                rest = m[:-len(key) - 1].split()
            else:
                continue
            if not all(w in _TYPE_WORDS or w in _ARTICLE_WORDS for w in rest):
                return True
    return False


def _homograph_shift(opts: list[Place], scores: list[float], share: dict[str, float]) -> list[float]:
    """A name shared by a country and a town of another country (عمان: Oman and Amman) is the
    town when the rest of the story is about the town's country and never about the other one:
    the country's prior (a country named outright) would otherwise win every time."""
    countries = {p.country_code for p in opts if p.feature == "country"}
    if not countries or any(share.get(cc, 0.0) > 0 for cc in countries):
        return scores
    return [s + HOMOGRAPH_BONUS if p.feature != "country" and p.country_code not in countries
            and share.get(p.country_code, 0.0) >= HOMOGRAPH_SHARE else s for p, s in zip(opts, scores)]


class _PickGrid:
    """The current answers in 1-degree cells, so nearness looks only at the cells within reach
    instead of at every other name (which made long articles quadratic)."""

    def __init__(self, cands: list[Candidate], picks: list[Place | None]):
        answers: dict[tuple[str, int], Place] = {}
        for c, q in zip(cands, picks):
            if q is not None and q.feature not in ("country", "continent"):
                # A repeated name at the same answer adds nothing to a minimum distance.
                answers[(c.key, q.id)] = q
        # A news article names a few dozen places: scanning them all is cheaper than walking the
        # rings of cells, and gives the exact nearest. Long texts use the grid (bounded work), made
        # only for them.
        self.few = list(answers.items()) if len(answers) <= SCAN_ALL_MAX else None
        self.cells: dict[tuple[int, int], dict[tuple[str, int], Place]] = defaultdict(dict)
        if self.few is None:
            for name, q in answers.items():
                self.cells[(math.floor(q.lat), math.floor(q.lon))][name] = q
        self.comparisons = 0  # distances computed: the work nearness costs, for tests and benchmarks
        # Names whose answer lies inside each first-level division (two are enough to exclude one's own).
        self.inside: dict[tuple, set[str]] = defaultdict(set)
        for c, q in zip(cands, picks):
            if q is not None and q.admin1 and q.feature not in ("country", "continent", "admin1"):
                keys = self.inside[(q.country_code, q.admin1)]
                if len(keys) < 2:
                    keys.add(c.key)

    def holds_other(self, p: Place, own: str) -> bool:
        """Another name's answer lies inside the division ``p``: its extent, not its point, counts."""
        return bool(self.inside.get((p.country_code, p.admin1), set()) - {own})

    def nearest_km(self, p: Place, own: str, reach_km: float, enough_km: float = 0.0) -> float:
        """Distance to an answer of another name: one within ``enough_km`` if any, else one within
        ``reach_km`` if any, else inf. That is all the two-step nearness bonus needs, and it lets
        a search stop at its first hit instead of visiting every answer in reach."""
        if self.few is not None:
            return self._scan(p, own, reach_km, enough_km)
        if enough_km > 0:
            best = self._search(p, own, enough_km, enough_km)
            if best <= enough_km:
                return best
            # Nothing within enough_km: any answer within reach settles it (the bonus has two steps).
            return self._search(p, own, reach_km, reach_km)
        return self._search(p, own, reach_km, enough_km)

    def _scan(self, p: Place, own: str, reach_km: float, enough_km: float) -> float:
        """One pass over a short story's answers: stops at one within ``enough_km``, and skips
        without a distance those whose latitude alone puts them beyond ``reach_km``."""
        best = math.inf
        lat_reach = reach_km / KM_PER_DEGREE
        lat, lon = p.lat, p.lon
        radians, cos, hypot = math.radians, math.cos, math.hypot
        comparisons = 0
        for (key, _), q in self.few:
            if key == own or abs(q.lat - lat) > lat_reach:
                continue
            comparisons += 1
            # _approx_km(p, q) written out: asked for every likely reading of every name.
            d = 6371.0 * hypot(radians(q.lon - lon) * cos(radians((lat + q.lat) / 2)), radians(q.lat - lat))
            if d < best:
                best = d
                if best <= enough_km:
                    break
        self.comparisons += comparisons
        return best

    def _search(self, p: Place, own: str, reach_km: float, enough_km: float) -> float:
        if self.few is not None:
            self.comparisons += len(self.few)
            return min((_approx_km(p, q) for (key, _), q in self.few if key != own), default=math.inf)
        lat_cells = math.ceil(reach_km / 111.0) + 1
        coslat = math.cos(math.radians(min(89.0, abs(p.lat) + lat_cells)))
        lon_cells = min(181, math.ceil(reach_km / (111.0 * coslat)) + 1)
        a, b = math.floor(p.lat), math.floor(p.lon)
        best = math.inf
        budget = MAX_COMPARISONS
        for da, db in _rings(lat_cells, lon_cells):
            cell = self.cells.get((a + da, (b + db + 180) % 360 - 180))
            if not cell:
                continue
            for (key, _), q in cell.items():
                if key != own:
                    self.comparisons += 1
                    best = min(best, _approx_km(p, q))
                    budget -= 1
                    if best <= enough_km or budget <= 0:
                        return best
        return best


def _coordinated(text: str, tokens: list[Token], a: Candidate, b: Candidate) -> bool:
    """Arabic names a and b (b right after a) joined by و or an Arabic comma: a list's members."""
    if b.first != a.last + 1:
        return False
    gap = text[tokens[a.last].end:tokens[b.first].start].strip()
    return gap == "،" or (not gap and b.clitic[:1] == "و")


def _list_cues(text: str, tokens: list[Token], cands: list[Candidate], options: list[list[Place]],
               priors: list[list[float]], cues: list[str | None]) -> list[str | None]:
    """A name that is a city and a country (عمان: Amman, Oman) takes the kind of the names it is
    listed with: "بيروت ودمشق وعمان" are cities, "السعودية والكويت وعمان" countries."""
    def kind(j: int) -> str | None:
        if not options[j]:
            return None
        top = options[j][max(range(len(options[j])), key=priors[j].__getitem__)]
        return {"city": "city", "country": "country"}.get(top.feature)
    out = list(cues)
    for k, c in enumerate(cands):
        if out[k] is not None or not {"city", "country"} <= {p.feature for p in options[k]}:
            continue
        kinds = set()
        if k > 0 and _coordinated(text, tokens, cands[k - 1], c):
            kinds.add(kind(k - 1))
        if k + 1 < len(cands) and _coordinated(text, tokens, c, cands[k + 1]):
            kinds.add(kind(k + 1))
        if len(kinds) == 1 and None not in kinds:
            out[k] = kinds.pop()
    return out


def _likeliest(prior: list[float]) -> set[int]:
    """The readings with the NEAR_TOP highest priors, and any as likely as the last of them:
    nearness is worth computing for them only. The ties count: the 23 Jackson Counties all have
    the same prior, and the one beside the story's Medford was the 18th."""
    if len(prior) <= NEAR_TOP:
        return set(range(len(prior)))
    floor = sorted(prior, reverse=True)[NEAR_TOP - 1]
    return {j for j, v in enumerate(prior) if v >= floor}


@lru_cache(maxsize=256)
def _rings(lat_cells: int, lon_cells: int) -> tuple[tuple[int, int], ...]:
    """Cell offsets, the nearest first, so a capped search sees the closest answers."""
    offsets = [(da, db) for da in range(-lat_cells, lat_cells + 1) for db in range(-lon_cells, lon_cells + 1)]
    return tuple(sorted(offsets, key=lambda o: (max(abs(o[0]), abs(o[1])), abs(o[0]) + abs(o[1]))))


class _Support:
    """Every name's plausible readings in 1-degree cells: which names could be read near a point."""

    def __init__(self, cands: list[Candidate], options: list[list[Place]], scores: list[list[float]]):
        self.cells: dict[tuple[int, int], list[tuple[str, float, Place]]] = defaultdict(list)
        seen: set[str] = set()
        for c, opts, sc in zip(cands, options, scores):
            if c.key in seen or not opts:
                continue
            seen.add(c.key)
            top = max(sc)
            for p, s in zip(opts, sc):
                w = math.exp(s - top)
                if w >= COHERE_MIN_SHARE and p.feature in COHERE_FEATURES:
                    self.cells[(math.floor(p.lat), math.floor(p.lon))].append((c.key, w, p))

    def names_near(self, p: Place, own: str) -> float:
        """The other names that can be read near ``p``, each weighted by its reading's share and
        by distance (full within COHERE_KM[0], COHERE_NEIGHBOUR within COHERE_KM[1])."""
        if not self.cells or p.feature in ("country", "continent", "admin1"):
            return 0.0
        lat, lon = p.lat, p.lon
        a, b = math.floor(lat), math.floor(lon)
        full_km, neighbour_km = COHERE_KM
        radians, cos, hypot = math.radians, math.cos, math.hypot
        best: dict[str, float] = {}
        for da in (-1, 0, 1):
            for db in (-1, 0, 1):
                for key, w, q in self.cells.get((a + da, (b + db + 180) % 360 - 180), ()):
                    if key == own or w <= best.get(key, 0.0):
                        continue
                    # _approx_km(p, q) written out: this loop is the resolver's hottest.
                    d = 6371.0 * hypot(radians(q.lon - lon) * cos(radians((lat + q.lat) / 2)), radians(q.lat - lat))
                    v = w if d <= full_km else w * COHERE_NEIGHBOUR if d <= neighbour_km else 0.0
                    if v > best.get(key, 0.0):
                        best[key] = v
        return min(COHERE_CAP, sum(best.values()))


class _Context:
    """One round's document evidence: every name's votes summed once, minus a name's own on
    request; nearness through the grid; evidence scores memoised per name."""

    def __init__(self, votes: dict, evidence: dict[str, float], grid: _PickGrid, support: _Support,
                 fallback: dict[str, float] | None = None):
        self.votes = votes
        self.fallback = fallback or {}  # evidence that speaks only where nothing else does
        self.grid = grid
        self.support = support
        self.memo: dict[int, list[float]] = {}  # evidence scores per distinct mention (Resolver.resolve's slots)
        self.cc: dict[str, float] = defaultdict(float, evidence)
        self.a1: dict[tuple, float] = defaultdict(float)
        for cc, a1 in votes.values():
            for code, w in cc.items():
                self.cc[code] += w
            for code, w in a1.items():
                self.a1[code] += w

    def totals_without(self, own: str) -> tuple[dict[str, float], dict[tuple, float]]:
        if own not in self.votes:
            return self.cc, self.a1
        own_cc, own_a1 = self.votes[own]
        cc = dict(self.cc)
        a1 = dict(self.a1)
        for code, w in own_cc.items():
            cc[code] -= w
        for code, w in own_a1.items():
            a1[code] -= w
        # Rounding leaves crumbs where the name was the only voter: they must read as no evidence.
        return {c: w for c, w in cc.items() if w > 1e-9}, {c: w for c, w in a1.items() if w > 1e-9}


class Resolver:
    def __init__(self, gazetteer: Gazetteer, demonyms: dict[str, tuple[str, ...]] | None = None):
        self.gaz = gazetteer
        self.demonyms = demonyms or {}
        self._stats = threading.local()
        # A name's readings and their priors depend on its key, its places and the language only.
        self._name_readings = lru_cache(maxsize=READINGS_MEMO)(self._readings_of)

    def _places(self, place_ids: tuple[int, ...]) -> list[Place]:
        places = [self.gaz.place(pid) for pid in place_ids]
        # Countries, regions and first-level divisions first: a division carries no population, and
        # "Victoria" (50 readings) lost the Australian state to the cut of 40 behind its towns.
        places.sort(key=lambda p: -(p.population + (10**9 if p.feature in ("country", "continent", "admin1") else 0)))
        return places[:MAX_PLACES]

    def _readings(self, cands: list[Candidate], lang: str) -> tuple[list[list[Place]], list[list[float]]]:
        """Each mention's places and their priors: worked out once per name and places, and
        remembered across stories, as the news repeats its names (the prior reads only the name's
        key and its places)."""
        options, priors = [], []
        for c in cands:
            opts, prior = self._name_readings(c.key, c.place_ids, lang)
            options.append(list(opts))
            priors.append(list(prior))
        return options, priors

    def _readings_of(self, key: str, place_ids: tuple[int, ...], lang: str) -> tuple[tuple[Place, ...], tuple[float, ...]]:
        opts = self._places(place_ids)
        prior = [self._prior(key, p, lang, opts) for p in opts]
        if _names_water(key):
            # "the Red Sea", "البحر الأحمر": the sea itself, not Egypt's or Sudan's Red Sea division
            # named after it, which carries a division's prior and no population. The division still
            # wins where the text names its kind ("Red Sea governorate") or its country's places vote.
            divisions = [s for p, s in zip(opts, prior) if p.feature in ("admin1", "admin2")]
            if divisions:
                for k, p in enumerate(opts):
                    if p.feature == "area" and is_main_name(key, self.gaz.main_keys(p.id)):
                        prior[k] = max(prior[k], max(divisions) + WATER_FIRST)
        return tuple(opts), tuple(prior)

    def _prior(self, key: str, place: Place, lang: str, opts: list[Place] = ()) -> float:
        population = place.population
        if not population and place.feature == "admin1" and not any(
                q.feature == "city" and q.country_code == place.country_code and q.admin1 == place.admin1
                for q in opts):
            # A division named like one of its own towns (Aleppo; صنعاء, whose city is a division
            # of its own) stays behind the town; a namesake village elsewhere in the country
            # does not hold it back (Wales in South Yorkshire, Mpumalanga in KwaZulu-Natal).
            population = ADMIN1_POPULATION
        score = math.log10(population + 10)
        main_keys = self.gaz.main_keys(place.id)
        if is_main_name(key, main_keys):
            # Named by its own main name (not an obscure alternate): the usual reading.
            score += MAIN_NAME_BONUS
        elif _extended_name(key, main_keys):
            score -= EXTENDED_NAME_PENALTY
        elif _other_name(key, main_keys):
            score -= OTHER_NAME_PENALTY
        if place.feature in ("country", "admin1") and key not in main_keys and _cut_down(key, main_keys):
            # "Norfolk", "Columbia": not the region's own name, so not its feature or capital prior.
            score += TRUNCATED_PRIOR_SHARE * FEATURE_PRIOR[place.feature]
        else:
            score += FEATURE_PRIOR.get(place.feature, 0.0) + (CAPITAL_PRIOR if place.id in self.gaz.capitals else 0.0)
        if lang == "ar" and place.country_code in ARAB_STATES:
            score += 0.5
        return score

    def resolve(self, text: str, tokens: list[Token], cands: list[Candidate], lang: str) -> list[Resolution | None]:
        options, priors_alone = self._readings(cands, lang)
        cues = [self._cue(tokens, c) for c in cands]  # once per name, not once per reading
        if lang == "ar":
            cues = _list_cues(text, tokens, cands, options, priors_alone, cues)
        base = [[prior + self._cue_bonus(cue, p) for prior, p in zip(alone, opts)]
                for cue, opts, alone in zip(cues, options, priors_alone)]
        # What the words next to one mention say ("Springfield, Ohio", "طرابلس اللبنانية").
        links = self._qualifier_links(text, cands)
        # A dash joins an axis's ends ("the Ansongo-Gao axis") or ACLED's "Baghdad - Karadah": no state there.
        held = [bool(k) and links[k - 1] and text[cands[k - 1].end:cands[k].start].strip() != "-" for k in range(len(cands))]
        contained = [[self._containment(k, p, options) for p in options[k]] if linked else None
                     for k, linked in enumerate(links)]
        local = [[q - b + (contained[k][j] if linked else 0.0)
                  + (self._holding(k, p, options) if held[k] else 0.0)
                  for j, (q, b, p) in enumerate(zip(self._qualified(tokens, cands[k], options[k], base[k], lang),
                                                    base[k], options[k]))]
                 for k, linked in enumerate(links)]
        priors = [[b + l for b, l in zip(bk, lk)] for bk, lk in zip(base, self._one_sense(cands, options, local))]
        # A qualifier that closes its phrase ("from Bangor, Northern Ireland, told", "Victoria,
        # British Columbia, sent", "Cambridge, England, who"): an address, which outweighs the
        # story's focus elsewhere; not a list going on ("Mali, Niger, and Senegal"). Its mention
        # only: the name's other mentions in the story keep the one-sense share of the plain bonus
        # (the dateline "VICTORIA, B.C. —" must not carry "the Australian state of Victoria").
        for k, linked in enumerate(links):
            if linked and _closes_address(text, cands[k + 1].end):
                priors[k] = [v + (ADDRESS_FACTOR - 1.0) * bonus for v, bonus in zip(priors[k], contained[k])]
        evidence = demonym_votes(tokens, self.demonyms)  # adjectives and demonyms: half a mention each
        # A named armed group's countries ("Dozo militiamen killed a herder in Mamba") decide only
        # when no other name or nationality points anywhere: a group with two homes would otherwise
        # dilute the country a story's places agree on ("Taliban ... Tala wa Barfak, Baghlan").
        groups = actor_countries(text)
        # One sense per name per story: each distinct name votes once, and never for itself.
        scores = priors
        comparisons = 0
        # A mention's evidence scores depend, besides the round's context, on its key, readings and prior
        # only: mentions alike in these share a slot, worked out once per round; each slot's likelier
        # readings are found once per story.
        slots: dict[tuple, int] = {}
        slot = [slots.setdefault((c.key, tuple(p.id for p in opts), tuple(prior)), len(slots))
                for c, opts, prior in zip(cands, options, priors)]
        likeliest: list[set[int] | None] = [None] * len(slots)
        for s, prior in zip(slot, priors):
            if likeliest[s] is None:
                likeliest[s] = _likeliest(prior)
        for _ in range(ITERATIONS):
            votes = self._votes(cands, options, scores)
            picks = [opts[max(range(len(opts)), key=sc.__getitem__)] if opts else None
                     for opts, sc in zip(options, scores)]
            context = _Context(votes, evidence, _PickGrid(cands, picks), _Support(cands, options, scores), groups)
            scores = [self._context_scores(slot[k], cands[k].key, options[k], priors[k], context, likeliest[slot[k]])
                      for k in range(len(cands))]
            comparisons += context.grid.comparisons
        results: list[Resolution | None] = []
        for opts, sc in zip(options, scores):
            if not opts:
                results.append(None)
                continue
            order = sorted(range(len(opts)), key=lambda j: -sc[j])
            probs = _softmax([sc[j] for j in order])
            results.append(Resolution(opts[order[0]], sc[order[0]], [(opts[j], sc[j]) for j in order[1:6]], probs[0]))
        self._stats.comparisons = comparisons
        return results

    @property
    def last_comparisons(self) -> int:
        """Place-to-place distances the last ``resolve`` in this thread computed."""
        return getattr(self._stats, "comparisons", 0)

    def _qualified(self, tokens: list[Token], cand: Candidate, opts: list[Place], prior: list[float], lang: str) -> list[float]:
        """The prior plus what the neighbouring words say: "طرابلس اللبنانية", Washington in government talk."""
        if len(opts) <= 1:
            return prior
        codes = adjective_country(tokens, cand, self.demonyms, lang, self.gaz)
        government = any(p.id in self.gaz.capitals for p in opts) and about_government(tokens, cand)
        if not codes and not government:
            return prior
        return [s + qualifier_bonus(codes, p) + capital_bonus(p, opts, self.gaz.capitals, government)
                for s, p in zip(prior, opts)]

    @staticmethod
    def _one_sense(cands: list[Candidate], options: list[list[Place]], local: list[list[float]]) -> list[list[float]]:
        """One sense per story: a qualifier next to one mention of a name ("Springfield, Ohio")
        also speaks, at ONE_SENSE_SHARE, for the name's bare mentions after it. Not for those
        before it: a writer qualifies a name where it first means another town than the local one
        ("EUGENE, Ore. — volunteers from Springfield ... mixed it up with Springfield, Ill.")."""
        seen: dict[str, dict[int, float]] = defaultdict(dict)  # per name, the best qualifier bonus so far
        out = []
        for c, opts, loc in zip(cands, options, local):
            # A mention with a qualifier of its own keeps it: "PERTH, Scotland" then "a flight from
            # Aberdeen to Perth, Australia" are two places (session 24).
            out.append(loc if any(v > 0 for v in loc) else
                       [max(v, ONE_SENSE_SHARE * seen[c.key].get(p.id, 0.0)) for p, v in zip(opts, loc)])
            for p, v in zip(opts, loc):
                if v > seen[c.key].get(p.id, 0.0):
                    seen[c.key][p.id] = v
        return out

    @staticmethod
    def _votes(cands: list[Candidate], options: list[list[Place]], scores: list[list[float]]):
        """Per distinct name: its spread over countries and over first-level divisions (from the
        scores of its first mention with readings, sharpened; the other mentions' are not read)."""
        by_key: dict[str, tuple[dict[str, float], dict[tuple, float]]] = {}
        for c, opts, sc in zip(cands, options, scores):
            if c.key in by_key or not opts:
                continue
            dist = _softmax([VOTE_SHARPNESS * x for x in sc])
            cc: dict[str, float] = defaultdict(float)
            a1: dict[tuple, float] = defaultdict(float)
            for p, w in zip(opts, dist):
                if p.country_code:
                    # A country named outright is stronger evidence than a town's country.
                    cc[p.country_code] = max(cc[p.country_code], w * (1.5 if p.feature == "country" else 1.0))
                if p.admin1:
                    a1[(p.country_code, p.admin1)] += w
            by_key[c.key] = (cc, a1)
        return by_key

    def _context_scores(self, slot: int, own: str, opts: list[Place], prior: list[float], context: "_Context",
                        near_ok: set[int]) -> list[float]:
        """The mention's scores in this round, worked out once per ``slot`` (mentions with the same
        key, readings and prior), so a repeated name costs nothing; ``near_ok``: its likelier readings."""
        if len(opts) <= 1:
            return list(prior)  # nothing to choose between
        base = context.memo.get(slot)
        if base is None:
            base = context.memo[slot] = self._evidence_scores(own, opts, prior, context, near_ok)
        return list(base)

    def _evidence_scores(self, own: str, opts: list[Place], prior: list[float], context: "_Context",
                         near_ok: set[int] | None = None) -> list[float]:
        total_cc, total_a1 = context.totals_without(own)
        if not total_cc and context.fallback and max(
                (p.population for p in opts if own in self.gaz.main_keys(p.id)), default=0) < FALLBACK_TOWN:
            # Each of the group's countries as if the story named it alone: the only clue there is.
            top = max(context.fallback.values())
            total_cc = {code: weight / top for code, weight in context.fallback.items()}
            mass_cc = 1.0
        else:
            mass_cc = sum(total_cc.values())
        mass_a1 = sum(total_a1.values())
        # Nearness is worth computing for the likelier readings only.
        near_ok = _likeliest(prior) if near_ok is None else near_ok
        out = []
        for j, p in enumerate(opts):
            s = prior[j]
            if mass_cc > 0 and p.country_code:
                s += FOCUS_WEIGHT * total_cc.get(p.country_code, 0.0) / mass_cc
            if mass_a1 > 0 and p.admin1 and p.feature not in ("country", "admin1"):
                s += ADMIN1_WEIGHT * total_a1.get((p.country_code, p.admin1), 0.0) / mass_a1
            if j in near_ok:
                s += self._nearness(p, context.grid, own) + COHERE_WEIGHT * context.support.names_near(p, own)
            out.append(s)
        if mass_cc > 0:
            out = _homograph_shift(opts, out, {c: w / mass_cc for c, w in total_cc.items()})
        return out

    # -- evidence terms ------------------------------------------------------------------------

    @staticmethod
    def _cue(tokens: list[Token], cand: Candidate) -> str | None:
        """The kind of place the words just before (or after) the name announce."""
        # Only words the name is written on count: in "Maymana city, Faryab" the comma ends
        # Maymana's cue, and Faryab is the province, not a city (session 13); "مدينة #البتراء" holds.
        def written_on(j: int) -> bool:
            return tokens[j].joined_to_next or (tokens[j + 1].hashtag and not tokens[j + 1].hashtag_inner)
        words = [tokens[i].norm for i in range(max(0, cand.first - 2), cand.first)
                 if all(written_on(j) for j in range(i, cand.first))]
        if cand.clitic:
            words = words[-1:]
        if cand.last + 1 < len(tokens) and tokens[cand.last].joined_to_next:
            nxt = tokens[cand.last + 1].norm
            if nxt in ("العاصمه", "city"):
                return "city"
            if nxt in ("region", "province", "governorate", "state", "oblast", "county", "parish"):
                return "admin"  # "the Donetsk region", "Gezira state"
        if words[-2:] in (["border", "with"], ["borders", "with"], ["الحدود", "مع"]):
            return "country"  # "near Nigeria's border with Niger": the country, not Nigeria's Niger state
        for w in reversed(words):
            if w in CITY_CUES:
                return "city"
            if w in ADMIN_CUES:
                return "admin"
            if w in COUNTRY_CUES:
                return "country"
        return None

    @staticmethod
    def _cue_bonus(cue: str | None, p: Place) -> float:
        if cue is None:
            return 0.0
        kind = {"city": "city", "admin1": "admin", "admin2": "admin", "country": "country"}.get(p.feature)
        return CUE_WEIGHT if kind == cue else -CUE_WEIGHT if p.feature in ("country", "city") or kind else 0.0

    @staticmethod
    def _nearness(p: Place, grid: "_PickGrid", own: str) -> float:
        if p.feature in ("country", "continent"):
            return 0.0
        if p.feature == "admin1" and p.admin1 and grid.holds_other(p, own):
            return NEAR_KM[0][1]  # "Georgia" with Atlanta in the story: the state holds it
        best = grid.nearest_km(p, own, NEAR_KM[-1][0], enough_km=NEAR_KM[0][0])
        for km, bonus in NEAR_KM:
            if best <= km:
                return bonus
        return 0.0

    @staticmethod
    def _qualifier_links(text: str, cands: list[Candidate]) -> list[bool]:
        """Per mention, whether the next one follows it as a qualifier: "X, Y" / "X in Y" / "X، Y" /
        "X في Y" (read once per mention, not once per reading)."""
        links = []
        for k in range(len(cands)):
            if k + 1 >= len(cands):
                links.append(False)
                continue
            between = text[cands[k].end:cands[k + 1].start].strip().lower()
            links.append(between in (",", "،", "in", "في", "(", "-") or _QUALIFIER_LINK.fullmatch(between) is not None)
        return links

    @staticmethod
    def _holding(k: int, q: Place, options: list[list[Place]]) -> float:
        """With mention k qualifying mention k - 1: a first-level division holding one of its readings,
        where the qualifier's name is also a city far from them. "Guaratingueta (Sao Paulo)" and "Canoas
        (Rio Grande do Sul)" name the states, 170 and 250 km from the cities of their names; in
        "Mezzeh, Damascus" the city holds Mezzeh and stays the reading. A second-level division holds
        the readings near its point (session 29: "Launceston in Cornwall" is the county, not Cornwall,
        Ontario)."""
        if q.feature == "admin1":
            inside = [p for p in options[k - 1] if p.feature not in ("country", "continent", "admin1")
                      and (p.country_code, p.admin1) == (q.country_code, q.admin1)]
        elif q.feature == "admin2":
            inside = [p for p in options[k - 1] if p.feature in ("city", "area") and p.country_code == q.country_code
                      and _approx_km(p, q) <= QUALIFIER_ADMIN2_KM]
        else:
            return 0.0
        cities = [c for c in options[k] if c.feature == "city"]
        if not inside or not cities or any(_approx_km(p, c) <= QUALIFIER_CITY_KM for p in inside for c in cities):
            return 0.0
        return CONTAINED_BONUS

    @staticmethod
    def _containment(k: int, p: Place, options: list[list[Place]]) -> float:
        """With mention k + 1 qualifying mention k (_qualifier_links): a country or first-level division
        holding ``p``, or a second-level one near it (Launceston in Cornwall, not Tasmania's)."""
        if p.feature in ("country", "continent"):
            return 0.0
        for q in options[k + 1]:
            if q.id == p.id and len(options[k + 1]) == 1:
                return CONTAINED_BONUS  # "Washington, D.C.": the qualifier names the place itself
            if q.feature == "country" and q.country_code == p.country_code:
                return CONTAINED_BONUS
            if q.feature == "admin1" and (q.country_code, q.admin1) == (p.country_code, p.admin1):
                return CONTAINED_BONUS
            if q.feature == "admin2" and q.country_code == p.country_code and _approx_km(p, q) <= QUALIFIER_ADMIN2_KM:
                return CONTAINED_BONUS
        return 0.0
