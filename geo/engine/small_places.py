"""Context for minor readings: villages with no population and transliteration-folded matches.

A name that only a village owns ("Karma", "Metina") or that only a fold found ("Saraqab" for
Sarāqib) must fit the story's geography before it is read as a place. The geography is what the
story's known names most likely mean (their confident readings: a country or division named
outright, else their biggest towns, never their villages) plus its demonyms. A minor reading is
kept when:
- a nearby known place: one of those readings lies within NEAR_KM of it, or is the first-level
  division it lies in ("Ein Issa in Ar-Raqqa"); or another minor name of the story (not an
  everyday word, both matched exactly) has a reading within NEAR_KM ("Tadjo (Gorgadji, Seno)": two villages named
  together that lie close place each other);
- the story's countries include its country, when the name is not an everyday word (a folded
  match must also be spelt like the very name or a big town);
- a settlement word stands before or after it ("the village of Karma", "قرية ...", "لمدينة ...",
  "Nassriya city") and the story names no country it could contradict (nor is it an everyday word);
- an English name that English text never uses otherwise (Drougama), in a story with no
  geography to contradict it.
A story about Jenin is not about a Syrian village called Abu Habbah: with the village dropped,
the settlement step places the name at its anchor instead of letting the village pull جنين
into Syria. A folded match is never an everyday word or a demonym, and an Arabic adjective after
a settlement word ("حي سكني", a residential quarter) is not a name at all, nor is an everyday
Arabic word that only small towns abroad carry (غرب, "west": Għarb in Malta) unless a settlement
word announces it.
With that context, the name's places are narrowed to those the context supports.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from geo.engine.announced import _stems, coded_location, placed_by_next
from geo.engine.actor_homes import actor_countries, armed_actor_nationality
from geo.engine.document import Place
from geo.engine.gazetteer import Gazetteer
from geo.engine.recognize import Candidate, clitic_variants
from geo.engine.tokens import Token, words_in
from geo.engine.translit import fold_latin

SETTLEMENT_WORDS = frozenset(
    "village villages town hamlet area areas locality neighbourhood neighborhood district subdistrict camp "
    "near outskirts vicinity suburb suburbs quarter commune site valley mount mountain wadi oasis countryside "
    "قريه قري بلده بلدات منطقه حي ناحيه مخيم قرب بالقرب محيط اطراف ضواحي مزرعه وادي جبل سهل مدينه".split())
# Nouns after which an agreeing nisba word is an adjective ("حي سكني", "منطقة زراعية", "الحي الغربي").
AR_PLACE_NOUNS = frozenset("حي قريه بلده منطقه مدينه مخيم ناحيه ضاحيه مزرعه".split())
_AR_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
AFTER_WORDS = frozenset("village town city area district camp neighbourhood neighborhood valley "
                        "subdistrict locality region".split())
FEW_VILLAGES = 2  # villages of a town's name in the story's country that a settlement word may choose between
FOCUS_TOWN = 5_000  # a town this big elsewhere is the name's reading unless the story's places say otherwise
NEAR_KM = 60.0  # ACLED's notes name the district or town a village lies in; districts are this wide
EVERYDAY_ZIPF = 3.0  # wordfreq: from here a name reads as a word first (Karma 3.9, Metina 0)
EVERYDAY_PHRASE_ZIPF = 4.0  # the same for a Latin name of several words, scored as a phrase
# A name English text never uses otherwise (wordfreq below this: Drougama, Taouremba 0) is kept
# without context when matched exactly; person names sit above it (Kameni 1.3, Sobhi 1.5, Ahli 1.9).
UNSEEN_ZIPF = 1.0
FOCUS_SCAN = 60  # places per other name looked at for its confident readings
# A known name's confident readings: its best by the resolver's prior and those within this many
# log10 units of it (Tripoli: Libya's 1.1M and Lebanon's 230k both; جنين: Jenin, not the
# Syrian village Janin).
CONFIDENT_MARGIN = 1.0
SPELLING_SLACK = 0.15  # folded matches keep the places spelt within this much of the closest one
# A folded match must still be spelt like the place (difflib ratio, articles dropped): Ein Issa /
# Ayn Isa 0.67, Hodeidah / Hudaydah 0.625 pass; Sajed / Saida 0.6, Iowans / Enez 0.2 do not.
MIN_SPELLING = 0.62
# A town this big is a place the news writes about under many spellings (Saraqab for Saraqib,
# Nassriya for Nasiriyah); persons' names folding onto one are rarer than onto villages.
TOWN = 20_000
TWIN_SPELLING = 0.95  # difflib ratio from which a fold is the town's own name (article and accents aside)
SEAT_SPELLING = 0.85  # difflib ratio from which a fold onto a town of unknown population is its spelling
# From here a fold onto a village is another spelling of its name (Dialloube / Dialoube 0.94,
# Toukoroboa / Toukoroba 0.95, Kani Bonzon / Kanibonzon): one letter in ten. A name this long
# at least: in a short one a single letter is more than that (Sobhi / Subhi 0.8).
VARIANT_SPELLING = 0.9
VARIANT_MIN_LETTERS = 6
VOWEL_VARIANT_LETTERS = 7
VOWELS = frozenset("aeiouy")
BIG_TOWN = 100_000  # a folded match onto a town this big (Hodeidah for Al Hudaydah) is its usual spelling
# GeoNames writes many Arab divisions with their kind first ("Nahiyat ash Shinafiyah", "Markaz
# Abu Hammad", "Qada' Sinjar"); the news writes the name alone.
_ADMIN_PREFIXES = ("nahiyat ", "markaz ", "qada ", "qadaa ", "muhafazat ", "mintaqat ", "mudiriyat ")
_ARTICLES = ("al ", "el ", "as ", "ash ", "an ", "ad ", "ar ", "at ", "az ", "ath ", "es ", "ez ", "ed ", "en ")


def _minor_only(gaz: Gazetteer, cand: Candidate) -> bool:
    return all(gaz.is_minor(pid) for pid in cand.place_ids)


def needs_context(gaz: Gazetteer, cand: Candidate) -> bool:
    """A Latin folded match, or a name only minor places (WOF villages) own."""
    return cand.fuzzy and cand.key.isascii() or _minor_only(gaz, cand)


def _cue(tokens: list[Token], cand: Candidate) -> bool:
    """A settlement word among the two words before the name ("the village of X", "قرية X")
    or right after it ("Nassriya city", "the Um Jalal area")."""
    if coded_location(tokens, cand.first):
        return True  # "(coded as Mondoro at geoprecision 2)"
    for i in range(max(0, cand.first - 2), cand.first):
        norm = tokens[i].norm
        if norm in SETTLEMENT_WORDS or "\u0600" <= norm[:1] <= "\u06ff" and any(
                stem in SETTLEMENT_WORDS for _, stem in clitic_variants(norm)[1:]):
            return True  # "لمدينة أريحا", "وقرية ..."
    return cand.last + 1 < len(tokens) and tokens[cand.last + 1].norm in AFTER_WORDS


# An everyday Arabic word (wordfreq Zipf at least this: غرب "west" 4.9, الآن "now" 4.9) that only
# small towns abroad carry (Għarb in Malta, Halen in Belgium) is the word: Arabic news names such
# towns in other spellings, if at all. A town of the Arab world, or a big one anywhere, stays.
AR_WORD_ZIPF = 3.5
AR_FOREIGN_TOWN_MAX = 100_000


def foreign_town_word(gaz: Gazetteer, text: str, cand: Candidate) -> bool:
    from geo.engine.resolve import ARAB_STATES

    if cand.first != cand.last or cand.hashtag:
        return False
    places = [gaz.place(pid) for pid in cand.place_ids[:FOCUS_SCAN]]
    if any(p.feature != "city" or p.population >= AR_FOREIGN_TOWN_MAX or p.country_code in ARAB_STATES
           for p in places):
        return False
    return _zipf(text[cand.start:cand.end], "ar") >= AR_WORD_ZIPF


def adjective_after_place_noun(tokens: list[Token], cand: Candidate) -> bool:
    """An Arabic one-word name that is an everyday nisba adjective agreeing with the place noun
    before it: "حي سكني" (a residential quarter), "منطقة زراعية", "الحي الغربي". A name after
    such a noun is definite where the noun is not ("حي الزهراء") or no common word ("قرية بيتا")."""
    if cand.first == 0 or cand.first != cand.last or cand.clitic:
        return False
    word = tokens[cand.first].text.translate({ord(c): None for c in _AR_MARKS})
    if not word.endswith(("ي", "ية", "يه")) or len(word) < 4:
        return False
    definite_noun = None
    for _, stem in clitic_variants(tokens[cand.first - 1].norm):
        if stem in AR_PLACE_NOUNS:
            definite_noun = False
        elif stem.startswith("ال") and stem[2:] in AR_PLACE_NOUNS:
            definite_noun = True
    if definite_noun is None or definite_noun != word.startswith("ال"):
        return False
    return _zipf(word, "ar") >= EVERYDAY_ZIPF


# "قاهرة" is also "compelling": "القوة القاهرة" is force majeure, which Libya's oil company declares
# at its fields and ports, "ظروف قاهرة" circumstances beyond control; neither is Cairo.
_COMPELLED_NOUNS = frozenset("قوه القوه ظروف الظروف اسباب الاسباب".split())


def force_majeure(tokens: list[Token], cand: Candidate) -> bool:
    """القاهرة (or قاهرة) as the adjective of force majeure or of overwhelming circumstances."""
    return (cand.first > 0 and not cand.clitic and cand.key in ("القاهره", "قاهره")
            and bool(_stems(tokens[cand.first - 1].norm) & _COMPELLED_NOUNS))


# "بالريف الشرقي" of Deir ez-Zor, "الريف الغربي" of Aleppo: a province's countryside by its side, which
# Sudan's locality Ar Reif Ash Shargi is called only after "محلية" (locality).
_COUNTRYSIDE_SIDES = frozenset("الريف " + side for side in ("الشرقي", "الغربي", "الشمالي", "الجنوبي"))


def countryside(tokens: list[Token], cand: Candidate) -> bool:
    """"الريف الشرقي" (the eastern countryside) and its like, not after "محلية"."""
    return cand.key in _COUNTRYSIDE_SIDES and not (cand.first > 0 and "محليه" in _stems(tokens[cand.first - 1].norm))


def _confident(gaz: Gazetteer, cand: Candidate) -> list[Place]:
    """What a known name most likely means before any context: its readings within
    CONFIDENT_MARGIN of the best by population and feature (the resolver's prior), never a village."""
    from geo.engine.resolve import FEATURE_PRIOR

    places = [p for p in (gaz.place(pid) for pid in cand.place_ids[:FOCUS_SCAN]) if not gaz.is_minor(p.id)]
    if not places:
        return []
    prior = [math.log10(p.population + 10) + FEATURE_PRIOR.get(p.feature, 0.0) for p in places]
    top = max(prior)
    return [p for p, s in zip(places, prior) if s >= top - CONFIDENT_MARGIN]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(x, math.radians(lat2 - lat1))


_NEAR_DEG = NEAR_KM / 111.0  # a degree of latitude is 111 km: points farther apart in latitude are not near


def _near(lat: float, lon: float, points: list[tuple[float, float]]) -> bool:
    return any(abs(lat - la) <= _NEAR_DEG and _km(lat, lon, la, lo) <= NEAR_KM for la, lo in points)


class _PointGrid:
    """The known names' points in 1-degree cells: a long article names thousands of places, and
    asking every village reading about every point made it quadratic (1M characters: 24 s here).
    Each point remembers the names it is a reading of, so that one grid also answers "near the
    story's other places" for a name (its own towns do not locate its villages)."""

    def __init__(self, points: list[tuple[float, float, str]]):
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        self.names: dict[tuple[float, float], set[str]] = {}
        for la, lo, name in points:
            names = self.names.get((la, lo))
            if names is None:
                names = self.names[(la, lo)] = set()
                self.cells.setdefault((math.floor(la), math.floor(lo)), []).append((la, lo))
            names.add(name)

    def near(self, lat: float, lon: float, excluding: str | None = None) -> bool:
        """Whether a point lies within NEAR_KM, counting only points some other name than
        ``excluding`` reads."""
        if not self.cells:
            return False
        a, b = math.floor(lat), math.floor(lon)
        reach = min(180, math.ceil(NEAR_KM / (111.0 * math.cos(math.radians(min(89.0, abs(lat) + 1))))))
        for da in (-1, 0, 1):
            for db in range(-reach, reach + 1):
                cell = self.cells.get((a + da, (b + db + 180) % 360 - 180))
                if cell and excluding is not None:
                    cell = [pt for pt in cell if self.names[pt] != {excluding}]
                if cell and _near(lat, lon, cell):
                    return True
        return False


@lru_cache(maxsize=65_536)  # asked for both names of every spelling comparison
def _bare(key: str) -> str:
    for prefix in _ADMIN_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 3:
            key = key[len(prefix):]
            break
    for a in _ARTICLES:
        if key.startswith(a):
            return key[len(a):]
    return key


@lru_cache(maxsize=65_536)
def _spelling(a: str, b: str) -> float:
    """difflib's ratio, remembered: the same folded names come back in every story."""
    return SequenceMatcher(None, a, b).ratio()


def _closest_spelt(gaz: Gazetteer, cand: Candidate, ids: list[int], slack: float = SPELLING_SLACK) -> list[int]:
    """Of a folded match's places, those spelt like the text and most like it: a fold of three
    consonants ("ans" for Ein Issa) also meets Anis and Inisa."""
    if not cand.fuzzy or not ids:
        return ids
    # A place whose letters alone cap its likeness below MIN_SPELLING is out whatever the best is
    # (the best that counts is at least MIN_SPELLING): difflib's full comparison is spared for it.
    # (_spelt_at_most and _spelt written out: a fold's hundreds of places are compared with one key.)
    key = _bare(cand.key)
    sims = {}
    named = gaz.named_exactly(cand.key)  # the text calls it by one of its own names: spelt right
    for pid in ids:
        own = _bare(gaz.main_keys(pid)[0])
        if pid in named:
            sims[pid] = 1.0
        elif _spelling_bound(key, own) >= MIN_SPELLING:
            sims[pid] = _spelling(key, own)
    if not sims:
        return []
    best = max(sims.values())
    return [pid for pid in ids if pid in sims and sims[pid] >= MIN_SPELLING
            and (sims[pid] >= best - slack or gaz.place(pid).population >= BIG_TOWN)]


def _spelt_alike(gaz: Gazetteer, cand: Candidate, ids: list[int], led: bool = False) -> bool:
    """The fold found the very name (a village's Latin name is indexed by its fold only), or a
    town, which the news spells many ways."""
    return bool(_spelt_alike_ids(gaz, cand, ids, led=led))


def _spelt_alike_ids(gaz: Gazetteer, cand: Candidate, ids: list[int], closest: bool = False,
                     led: bool = False) -> list[int]:
    """Of ``ids``, the very name, its spelling variants and the towns; with ``closest``, only among those spelt nearly
    as well as the best (Boulkessi is the village Boulikessi, not the city Balıkesir). With ``led`` (a
    lowercase word leads to the name: no surname), also a vowel's variant and a village the text
    calls by another of its own names (``_named_village``)."""
    if closest and cand.fuzzy and ids:
        sims = {pid: _spelt(gaz, cand, pid) for pid in ids}
        best = max(sims.values())
        ids = [pid for pid in ids if sims[pid] >= best - SPELLING_SLACK]
    return [pid for pid in ids if gaz.main_keys(pid)[0] == cand.key or _town(gaz, pid) or _seat(gaz, cand, pid)
            or _variant(gaz, cand, pid, led) or led and _named_village(gaz, cand, pid)]


def _named_village(gaz: Gazetteer, cand: Candidate, pid: int) -> bool:
    """The text calls the place by one of its own names, one word (Mansila for Marsila): a two-word
    name a place bears may be a person's ("activist Anna Politkovskaya", a Ukrainian village's name)."""
    return " " not in cand.key and pid in gaz.named_exactly(cand.key)


def _variant(gaz: Gazetteer, cand: Candidate, pid: int, led: bool = False) -> bool:
    """The fold found the place under another spelling of the same name, a letter or a space
    apart (session 14: 60 held-out ACLED reports lost their Malian and Burkinabe village so)."""
    if not cand.fuzzy or len(_bare(cand.key).replace(" ", "")) < VARIANT_MIN_LETTERS:
        return False
    if _spelt(gaz, cand, pid) >= VARIANT_SPELLING:
        return True
    # A vowel apart only where a lowercase word leads to the name (``led``: "in Ouenkoro"; a
    # surname after a first name or a sentence's start is not: "Sami El-Sheshini ... El-Sheshini
    # told" is not Ash Shishini) and no reading bears the very name (Mansila is Marsila, also
    # written so, not the Malian villages Mansala).
    return (led and _vowel_apart(_bare(cand.key), _bare(gaz.main_keys(pid)[0]))
            and not gaz.named_exactly(cand.key) & set(cand.place_ids))


def _vowel_apart(a: str, b: str) -> bool:
    """Two spellings of one name a single vowel apart (Ouenkoro / Ouankoro, Gasseliki / Gassiliki):
    how French and English transcriptions of a Sahelian or Arabic name differ most. In a name of
    VOWEL_VARIANT_LETTERS letters or more only; difflib's ratio counts the change twice."""
    if len(a) != len(b) or len(a.replace(" ", "")) < VOWEL_VARIANT_LETTERS:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS


def _seat(gaz: Gazetteer, cand: Candidate, pid: int) -> bool:
    """A GeoNames town with no population given (a district's seat: Ra's al 'Ayn, whose 30,000 people
    GeoNames leaves at 0) that the fold spells all but alike ("Ras al Ain"; session 13: 41 held-out
    ACLED reports lost it)."""
    p = gaz.place(pid)
    return (p.population == 0 and p.feature == "city" and not gaz.is_minor(pid)
            and _spelt(gaz, cand, pid) >= SEAT_SPELLING)


def _town_twins(gaz: Gazetteer, cand: Candidate, places: list[Place]) -> list[int]:
    """Towns of TOWN people or more that a folded match spells all but identically, the article
    and accents aside (Qamishli, Al Qāmishlī): the name's usual English spelling; else towns and
    district seats whose population GeoNames leaves at 0, spelt nearly alike ("Ras Al Ain", Ra's al
    'Ayn: a seat until session 23's hand lists gave it its 30,000 people, and no less a twin since)."""
    if not cand.fuzzy:
        return []
    towns = [p.id for p in places if _town(gaz, p.id) and _spelt(gaz, cand, p.id) >= TWIN_SPELLING]
    return towns or [p.id for p in places if _seat(gaz, cand, p.id)
                     or _town(gaz, p.id) and _spelt(gaz, cand, p.id) >= SEAT_SPELLING]


def _spelt_at_most(gaz: Gazetteer, cand: Candidate, pid: int) -> float:
    """An upper bound of _spelt, from the letters the two names share whatever their order."""
    return _spelling_bound(_bare(cand.key), _bare(gaz.main_keys(pid)[0]))


@lru_cache(maxsize=65_536)
def _spelling_bound(a: str, b: str) -> float:
    """difflib's quick_ratio (the letters shared, as multisets): never below its ratio, and far cheaper."""
    return 2.0 * sum((Counter(a) & Counter(b)).values()) / (len(a) + len(b)) if a or b else 1.0


def _spelt(gaz: Gazetteer, cand: Candidate, pid: int) -> float:
    """How alike the text's name and the place's main name are spelt, articles and kinds aside."""
    return spelling_likeness(cand.key, gaz.main_keys(pid)[0])


def spelling_likeness(key: str, other: str) -> float:
    """How alike two name keys are spelt (0-1), articles and kinds aside: a folded match needs
    MIN_SPELLING with its place's main name."""
    return _spelling(_bare(key), _bare(other))


def _town(gaz: Gazetteer, pid: int) -> bool:
    return gaz.place(pid).population >= TOWN and not gaz.is_minor(pid)


def _everyday(surface: str, lang: str) -> bool:
    """Whether a name reads as an everyday word first. A Latin name of several words is scored as a
    phrase, whose frequency wordfreq builds from its words' (session 13: "Ras al Ain" scored 3.01, from
    "ras" and "ain", and the Syrian town of 30,000 was dropped as a word): it must be far commoner."""
    several = lang != "ar" and " " in surface.strip()
    return _zipf(surface, lang) >= (EVERYDAY_PHRASE_ZIPF if several else EVERYDAY_ZIPF)


def _zipf(surface: str, lang: str) -> float:
    from geo.engine.features import zipf

    return zipf(surface if lang == "ar" else surface.lower(), lang)


def drop_word_folds(text: str, cands: list[Candidate], lang: str,
                    demonyms: dict[str, tuple[str, ...]] | None = None) -> list[Candidate]:
    """Folded matches of everyday words and demonyms ("Tuesday", "Irish"), removed before the
    filter so that they do not count as neighbouring names of the real ones."""
    return [c for c in cands if not (c.fuzzy and c.key.isascii() and (
        c.key in (demonyms or {}) or _everyday(text[c.start:c.end], lang)))]


PEER_NAMES = 30  # villages per story whose readings are compared with each other (bounded work)
PEER_PLACES = 20  # readings per village in that comparison


def _peer_points(gaz: Gazetteer, text: str, cands: list[Candidate], guarded: list[bool], lang: str,
                 demonyms: dict[str, tuple[str, ...]] | None) -> dict[str, list[tuple[float, float]]]:
    """Readings of the story's other minor names, matched exactly and not everyday words: two
    villages named together that lie within NEAR_KM of each other ("Tadjo (Gorgadji, Seno)")
    place each other, whatever a known name's reading says. Folded matches take no part: names of
    people fold onto villages everywhere, and some pair always lies close."""
    peers: dict[str, list[tuple[float, float]]] = {}
    for c, g in zip(cands, guarded):
        if not g or c.fuzzy or c.key in peers or c.key in (demonyms or {}) \
                or _zipf(text[c.start:c.end], lang) >= EVERYDAY_ZIPF:
            continue
        if len(peers) >= PEER_NAMES:
            break
        ids = _closest_spelt(gaz, c, list(c.place_ids), slack=1.0)[:PEER_PLACES]
        peers[c.key] = [(gaz.place(pid).lat, gaz.place(pid).lon) for pid in ids]
    return peers if len(peers) > 1 else {}


def _named_regions(gaz: Gazetteer, anchors: list[Place]) -> set[tuple[str | None, str | None]]:
    """The provinces of the story's towns that share their province's name (Gao, Mopti, Al-Hasakah):
    "Talataye (Ansongo, Gao)" and "Ras al Ain in al-Hasakeh" name the province through its chief town
    (session 13), and a village of the province lies farther from the town than NEAR_KM."""
    out = set()
    for p in anchors:
        if p.feature != "city" or p.admin1 is None:
            continue
        region = gaz.admin1(p.country_code, p.admin1)
        if region is not None and fold_latin(gaz.main_keys(region.id)[0]) == fold_latin(gaz.main_keys(p.id)[0]) != "":
            out.add((p.country_code, p.admin1))
    return out


def _villages_in_reach(gaz: Gazetteer, c: Candidate, regions: set, points: "_PointGrid",
                       focus: set[str], tokens: list[Token]) -> tuple[int, ...]:
    """The villages of a town's very name that the story's geography fits, as for a village's own
    name: in a province it names ("the village of Bamba (Koro, Mopti)"), near one of its other
    places, or in its country with a settlement word."""
    own = [gaz.place(pid) for pid in c.place_ids[:FOCUS_SCAN]]
    if any(p.feature in ("country", "admin1") for p in own):
        return ()  # "Al Jawf" with a province of that name is the province

    def fits(p: Place) -> bool:  # (not near another village's readings: a common name has villages everywhere)
        return (p.country_code, p.admin1) in regions or points.near(p.lat, p.lon, excluding=c.key)

    if any(fits(p) for p in own):
        return ()  # the town itself fits the story ("Al Ghayl district (Al Jawf)")
    places = [gaz.place(pid) for pid in c.villages]
    # The settlement word and the country alone pick a village only where no sizeable town has the
    # name and the country has few villages of it: Yemen has eighteen called Al Ghayl ("the stream").
    in_focus = [p.id for p in places if p.country_code in focus] \
        if _cue(tokens, c) and all(p.population < FOCUS_TOWN for p in own) else []
    if len(in_focus) > FEW_VILLAGES:
        in_focus = []
    return tuple(p.id for p in places if fits(p) or p.id in in_focus)


def _fitting_villages(gaz: Gazetteer, cands: list[Candidate], sure: dict[int, list[Place]], regions: set,
                      points: _PointGrid, focus: set[str], tokens: list[Token]) -> dict[str, set[int]]:
    """Per name, its villages that fit the story (``sure``: the known names' confident readings by
    candidate index). A village that fits one mention of the name is the reading of every mention."""
    fitting: dict[str, set[int]] = {}
    for k, c in enumerate(cands):
        if k in sure and c.villages and c.key not in fitting:
            fitting[c.key] = set(_villages_in_reach(gaz, c, regions, points, focus, tokens))
    return fitting


def require_context(gaz: Gazetteer, text: str, tokens: list[Token], cands: list[Candidate], lang: str,
                    demonyms: dict[str, tuple[str, ...]] | None = None) -> list[Candidate]:
    """The candidates, minus minor readings that do not fit the story's geography and Arabic
    adjectives after a place noun."""
    if lang == "ar":
        cands = [c for c in cands if not adjective_after_place_noun(tokens, c) and not force_majeure(tokens, c)
                 and not countryside(tokens, c)
                 and not (foreign_town_word(gaz, text, c) and not _cue(tokens, c))]
    guarded = [needs_context(gaz, c) for c in cands]
    if not any(guarded) and not any(c.villages for c in cands):
        return cands
    sure = {k: _confident(gaz, c) for k, (c, g) in enumerate(zip(cands, guarded)) if not g}
    anchors = [p for k, ps in sure.items() for p in ps
               if not (p.feature == "country" and armed_actor_nationality(tokens, cands[k].last))]  # "Saudi-led"
    countries = {p.country_code for p in anchors if p.country_code}
    actors = set()  # nationalities of armed actors: they point at a country, but do not rule others out
    demonyms = demonyms or {}
    for i in words_in(tokens, demonyms):
        codes = demonyms[tokens[i].norm]
        if codes:
            (actors if armed_actor_nationality(tokens, i) else countries).update(codes)
    # Where the armed groups and peoples the story names live ("JNIM militants", "Dogon hunters"):
    # a village's readings there are the likely ones when nothing else fixes the country.
    hints = set(actor_countries(text, groups_only=bool(countries)))
    # (The countries an actor's nationality names are left out of ``anchors`` only: no country is a point.)
    points = _PointGrid([(p.lat, p.lon, cands[k].key) for k, ps in sure.items() for p in ps
                         if p.feature not in ("country", "continent", "admin1")])
    regions = {(p.country_code, p.admin1) for p in anchors if p.feature == "admin1"}
    regions |= _named_regions(gaz, anchors)
    peers = _peer_points(gaz, text, cands, guarded, lang, demonyms)
    known = [c for c, g in zip(cands, guarded) if not g]
    known_starts = [c.start for c in known]
    kept = []
    fitting = _fitting_villages(gaz, cands, sure, regions, points, countries | hints, tokens)
    for c, g in zip(cands, guarded):
        if not g:
            if fitting.get(c.key):
                c.place_ids += tuple(pid for pid in c.villages if pid in fitting[c.key])
            kept.append(c)
            continue
        everyday = _everyday(text[c.start:c.end], lang)
        if c.fuzzy and (everyday or c.key in (demonyms or {})):
            continue  # "Brian" is not Buran, "Irish" not Arish
        places = [gaz.place(pid) for pid in _closest_spelt(gaz, c, list(c.place_ids), slack=1.0)]
        near = [p.id for p in places if (p.country_code, p.admin1) in regions
                or points.near(p.lat, p.lon)
                or not (everyday or c.fuzzy) and any(_near(p.lat, p.lon, pts) for key, pts in peers.items() if key != c.key)]
        if not near and lang != "ar" and places:
            # "shelled Jirn in Hama countryside", "Talataye (Ansongo, Gao)": the known place right
            # after the name locates it, as far as a province reaches (the fold's Jurin lies 70 km
            # from Hama city, farther than NEAR_KM).
            # Where the very name (or a spelling a letter off it) is among the readings, only those:
            # "Bani Siyah (Razih, Sadah)" is the village of that name, not Bani 'Awas, nearer Razih
            # and only folded alike.
            alike = [p.id for p in places if _spelt(gaz, c, p.id) >= VARIANT_SPELLING] if c.fuzzy else []
            near = list(placed_by_next(gaz, text, replace(c, place_ids=tuple(alike or (p.id for p in places))),
                                       known, known_starts))
        focus = [p.id for p in places if p.country_code in countries or p.country_code in actors
                 or p.country_code in hints]
        cue = _cue(tokens, c)
        # "in Ouenkoro", not "Sami El-Sheshini" or 'half," El-Sheshini told'
        led = c.first > 0 and tokens[c.first - 1].joined_to_next and tokens[c.first - 1].text.islower()
        if near:
            # A big town the fold also found stays a reading beside the villages near the story's
            # places: "Saada and Hodeidah" puts the village Hadadah near Saada, but the news
            # means the port city of Al Hudaydah, which the resolver's population prior prefers.
            ids = near + [p.id for p in places if p.population >= BIG_TOWN and p.id not in near
                          and (not countries or p.country_code in countries)]
        elif focus and (cue or not everyday and (not c.fuzzy or _spelt_alike(gaz, c, focus, led))):
            ids = focus  # a folded match needs more than the country: person names fold onto villages
        elif countries:
            continue  # against the story's geography: it would pull the known names away
        elif actors:
            # Only armed actors' nationalities speak against it: the very name or a town spelt
            # like it stands ("Turkish forces shelled Saraqab"), a loose fold does not, unless a
            # settlement word announces a village ("Turkish forces captured the village of X";
            # even then Boulkessi's fold is not Balıkesir, a city of 240,000 in Turkey).
            villages = [p.id for p in places if gaz.is_minor(p.id)] if cue and c.fuzzy else []
            ids = [] if everyday else ([p.id for p in places if not c.fuzzy] or villages
                                       or _spelt_alike_ids(gaz, c, [p.id for p in places], closest=True, led=led))
        elif not everyday and (twins := _town_twins(gaz, c, places)):
            ids = twins  # "Qamishli" is Al Qamishli: only the article and the accents differ
        elif cue and not everyday:
            ids = [p.id for p in places]
        elif lang == "en" and _zipf(text[c.start:c.end], lang) < UNSEEN_ZIPF:
            # The very name (a village's Latin name is indexed by its fold only) and a town spelt
            # as well as it (Qamishli is Al Qamishli, 184,000 people, more than an Afghan hamlet).
            very = [p.id for p in places if not c.fuzzy or gaz.main_keys(p.id)[0] == c.key]
            ids = very + [pid for pid in _spelt_alike_ids(gaz, c, [p.id for p in places], closest=True, led=led)
                          if pid not in very]
        else:
            continue
        if ids:
            # Of the readings that fit, one the text calls by its own name is the one meant, not
            # its fold-mates (Mansila is Marsila in Burkina Faso, also written so, not Mali's Mansala).
            named = [pid for pid in ids if pid in gaz.named_exactly(c.key)] if c.fuzzy else []
            # Villages only: N'Guigmi's department, so named, is not where the town of Nguigmi is.
            named = named if all(gaz.is_minor(pid) and gaz.feature(pid) == "city" for pid in named) else []
            c.place_ids = tuple(named or _closest_spelt(gaz, c, ids))
            kept.append(c)
    return kept
