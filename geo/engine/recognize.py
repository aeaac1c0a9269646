"""Toponym recognition: gazetteer names found in the text, then filtered.

Candidates come from token n-grams looked up in the gazetteer's name table: longest match first,
Arabic proclitics (و ف ب ل ك and their stacks) peeled off the first word, the English article
forms (al-, el-) optional, and one-edit typos of well-known Arabic names. Each candidate then
gets a probability of being a place mention from the learned filter (geo/engine/filter_model.py); the
ones below its threshold are dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from dataclasses import dataclass, field

from geo.engine.gazetteer import Gazetteer, haversine_km
from geo.engine.tokens import Token, tokenize

FINAL_H_TOWN = 20_000  # a town this big is what a name missing its final h means (Raqqa, Raqqah)

# Two places a road or front runs between are written with a hyphen: "the Djibo-Mentao axis".
AXIS_KM = 400.0  # Aleppo-Damascus is 310 km; Gao-Gossi 150
AXIS_READINGS = 20  # readings per side compared (bounded work)
DIVISION_MEMO = 100_000  # keys remembered by _divisions_named (bounded memory)
# A word in capitals this short, amid lowercase words, is an acronym first (SWAT, FEMA), not a name
# written in capitals, unless it names a country (MALI); shorter ones (US, AL) always are unless a
# source writes the place so.
ACRONYM_LETTERS = 4
DIVISION_WORDS = 3  # words of a first-level division's name looked up after a name ("Al Hudaydah", "Abu Dhabi")

# Proclitics, outermost first: conjunction, then preposition. "لل" is ل + ال with the alef elided.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_EN_ARTICLES = {"al", "el", "ad", "ar", "as", "at", "az", "ash", "an", "ath"}
# Lowercase article forms that are also English words ("as Google", "at Microsoft", "an Apple"):
# only a hyphen joins them to a name (as-Sulaymaniyah, ad-Diwaniyah).
_EN_ARTICLES_HYPHEN_ONLY = {"ad", "ar", "as", "at", "az", "ash", "an", "ath"}
# Lowercase words allowed inside a multi-word English name ("Bosnia and Herzegovina", "Isle of Man").
# The Persian ezafe too (session 13): "Mazar-e Sharif", "Pul-i-Khumri", "Dara i Pech" were cut at it.
_EZAFE = {"i", "e", "ye"}
_EN_INNER = {"of", "and", "de", "del", "la", "le", "du", "da", "al", "el", "upon", "on", "the", "es", "ul", "bin",
             "ben", "dos", "das", "do", "los", "las", "di"} | _EZAFE
# French particles that stand inside a name only hyphened on both sides ("Vitry-sur-Seine", "Port-au-Prince",
# "Croix-des-Bouquets").
_HYPHEN_PARTICLES = frozenset({"sur", "sous", "les", "lès", "en", "aux", "et", "au", "des", "à", "lez"})
# The joins across which a transliteration fold may read a longer name than the exact one found
# ("Bab al Kheir", not the Bab it starts with; "Dara i Pech"): "and", "of", "on" never, the fold
# being loose enough to read "Deou and Oursi" as Jindayris.
_FOLD_JOINS = _EZAFE | {"al", "el"}
# The preposition "on", written with alef maqsura; normalised it is the name علي (Ali), which opens
# place names ("علي خان"): written so, it opens none.
_AR_ON = frozenset(("على", "وعلى", "فعلى"))
# A feature's kind written lowercase after its name ends an exact name the gazetteer may hold whole
# ("Dnipro River", "Jordan River"): the river, not the city or the country of that name.
_LOWER_KIND_ENDS = frozenset(("river", "valley"))
# An Arabic article assimilated to the next word, written lowercase inside a name: "Deir ez-Zor",
# "Dayr az Zawr", "Ras ash-Shaddadi", "Tell as-Sultan". It stands inside an exactly known name, or
# hyphened to the capitalised word it belongs to (a transliteration fold then reads the whole name).
_INNER_ARTICLES = _EN_ARTICLES | {"ez", "es", "ed", "en", "et", "adh", "ush", "us", "ud", "um", "ur", "un", "ul"}
MIN_STRIPPED_LEN = 3
# A capitalised word right after an English name makes it part of a longer name the gazetteer
# does not know: a person (Jordan Peterson), an organisation (Washington Post) or a place we
# cannot place (Wadi Zamzam). These followers are the exceptions: they do not extend a name.
_EN_FOLLOWERS_OK = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "and", "or", "but", "on", "in", "at", "i", "a",
    # Institutions named after the place they serve: the place is still what the story is about
    # ("Athens Police Department", "the Ohio Department of Transportation").
    "police", "department", "dept", "university", "college", "school", "schools", "council", "commission",
    "association", "bureau", "service", "services", "senate", "house", "assembly", "court", "supreme",
    "board", "fire", "sheriff", "health", "hospital", "medical", "public", "regional", "community",
    "government", "ministry", "airport", "port", "museum", "library", "chamber", "office", "agency",
    "authority", "legislature", "general", "attorney", "mayor", "governor", "gov", "sen", "rep", "city",
    "county", "parish", "state", "province", "governorate", "district", "region", "river", "valley",
    "island", "islands", "mountains", "bay", "lake", "strip", "peninsula", "desert", "basin", "township",
    "borough", "village", "heights", "coast", "highlands", "metro", "area", "military", "army", "forces",
    "national", "international", "federal", "municipal", "central", "road", "street", "avenue", "highway",
    "turnpike", "parks", "park", "zoo", "center", "centre", "memorial", "elementary", "high", "middle",
    # People and bodies named by the place they represent ("Texas Senator", "Georgia Environmental
    # Protection Division", "Ohio Republicans"): the place is still named.
    "senator", "sen", "congressman", "congresswoman", "representative", "lawmakers", "legislator",
    "officials", "residents", "voters", "democrat", "democrats", "democratic", "republican", "republicans",
    "environmental", "jail", "detention", "superior", "circuit", "coroner", "commissioners", "courthouse",
    "volunteer", "senior", "junior", "adult", "civic", "arts", "historical", "genealogy", "metropolitan",
    "fair", "town", "food", "centers", "kennel", "common", "pleas", "film", "neighbors", "neighbours",
    # The administrative units conflict reports name after a town (session 14): "in Diallassagou
    # Commune (Bankass, Mopti)", "Kaliakair Upazila", "Shabunda Territory" is the town's unit.
    "commune", "communes", "cercle", "upazila", "tehsil", "woreda", "kebele", "subdistrict", "municipality",
    "prefecture", "locality", "oblast", "raion", "rayon", "hromada", "wilaya", "emirate", "territory", "sector",
}
# Capitalised words before an English name that do not make it part of a longer one.
_EN_LEADERS_OK = {
    "in", "at", "on", "from", "to", "the", "of", "for", "near", "by", "with", "and", "but", "across",
    "into", "outside", "inside", "around", "after", "before", "as", "while", "since", "when", "if",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater",
    "both", "like", "via", "between", "neighbouring", "neighboring", "downtown", "rural", "where", "than",
    "northeast", "northwest", "southeast", "southwest", "upper", "lower", "mid", "middle", "over", "all",
    "metro", "suburban", "coastal", "says", "said", "visit", "welcome", "about", "against", "under",
    # Federal bodies named "<Field> <Country>" (Environment Canada) and headline words.
    "environment", "statistics", "transport", "elections", "fisheries", "former", "historic", "missing",
    "only", "visits", "condemns", "two", "three", "four", "five", "six",
}
# English function words (capitalised at a sentence's start) that never begin a folded name.
_FOLD_NEVER_STARTS = frozenset("""
the a an this that these those there here it its his her their our my your we he she they i you
in on at of for from to by with into onto upon about after before during since until as than
and but or nor so yet if when while where who what which whose then also not no all some any
each every both many more most much other such one two is are was were be been has have had
""".split())
# Generic nouns for kinds of place: they announce a name ("مدينة سرت", "the city of") and are
# never one on their own, whatever a gazetteer's alternate names say (المدينة is Medina only
# with more context, see below).
# The head words of a water body's name (normalised: ة as ه): "red sea", "gulf of aden", "البحر الاحمر",
# "قناه السويس". Read by the resolver (water before a division named after it) and the entity cues.
WATER_HEADS_EN = frozenset("sea ocean gulf strait lake river canal bay".split())
WATER_HEADS_AR = frozenset("البحر بحر الخليج خليج مضيق قناه نهر بحيره المحيط محيط".split())
GENERIC_PLACE_WORDS = {
    "مدينه", "منطقه", "محافظه", "ولايه", "قريه", "بلده", "دوله", "عاصمه", "العاصمه", "اقليم", "مقاطعه",
    "حي", "مخيم", "ناحيه", "قري", "حاره", "احياء", "بلدات", "مخيمات", "مدن", "حارات", "قضاء", "مركز", "ميناء", "مطار", "جزيره", "بلاد", "البلاد", "البلد", "بلد",
    "مرفا", "جامعه", "مستشفي", "شارع", "طريق", "جسر", "سوق", "مسجد", "كنيسه", "قاعده", "معبر", "سجن",
    "فندق", "وادي", "جبل", "نهر", "بحر", "سد", "ساحه", "ميدان",
    "city", "town", "village", "county", "state", "province", "region", "district", "capital", "country",
}


@dataclass
class Candidate:
    start: int  # offsets into the text: the name itself, clitics excluded
    end: int
    first: int  # token index range [first, last]
    last: int
    key: str  # the gazetteer key that matched
    place_ids: tuple[int, ...]
    clitic: str = ""  # the peeled proclitics, e.g. "وب"
    fuzzy: bool = False
    hashtag: bool = False
    hashtag_inner: bool = False
    features: dict[str, float] = field(default_factory=dict)
    prob: float = 1.0
    sure: bool = False  # found by an unambiguous pattern (U.S., "Fresno, Calif."): the filter keeps it
    villages: tuple[int, ...] = ()  # villages of the very name, held back until the story's geography fits them


def reading_countries(gaz: Gazetteer, place_ids: tuple[int, ...], readings: int = 40) -> set[str | None]:
    """The countries of the first ``readings`` of a name's places (None for a place of none)."""
    return {gaz.place(pid).country_code for pid in place_ids[:readings]}


def clitic_variants(word: str) -> list[tuple[str, str]]:
    """(peeled proclitics, stem) pairs for an Arabic word, the whole word first.

    وبطرابلس -> [("", وبطرابلس), ("و", بطرابلس), ("وب", طرابلس)]; لليبيا -> [.., ("ل", ليبيا), ("لل", اليبيا)]
    """
    out = [("", word)]
    rests = [("", word)]
    if word[:1] in _CONJ and len(word) - 1 >= MIN_STRIPPED_LEN:
        rests.append((word[0], word[1:]))
    for peeled, rest in rests:
        if peeled:
            out.append((peeled, rest))
        # ل before لل+ال: "للندن" is to London (لندن), not to Ilinden (الندن); "للشارقة" finds no لشارقة.
        if rest[:1] in _PREP and len(rest) - 1 >= MIN_STRIPPED_LEN:
            out.append((peeled + rest[0], rest[1:]))
        if rest[:2] == "لل" and len(rest) - 1 >= MIN_STRIPPED_LEN:
            out.append((peeled + "لل", "ال" + rest[2:]))
    return out


# A word this common in Arabic (wordfreq Zipf) is itself, not a one-edit misspelling of a
# place: رسميا 4.9, السوداني 4+ (an adjective, one letter more than السودان); the misspellings
# the rule is for are rare (طرابس 1.5, ليبا 2.3).
TYPO_MAX_ZIPF = 3.5
# A word at least this common (Zipf) whose preposition-peeled rest is this much rarer is a word of
# its own, not a preposition and a name.
CLITIC_WORD_ZIPF = 3.0
CLITIC_WORD_MARGIN = 0.5


@lru_cache(maxsize=65_536)
def _zipf_ar(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "ar")


def _is_arabic_token(tok: Token) -> bool:
    return "\u0600" <= tok.norm[:1] <= "\u06ff"


# What follows an apostrophe in English itself (Syria's, don't, they'll): never the rest of a name.
_EN_CONTRACTIONS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})


def _word_inside(tok: Token) -> bool:
    """The lowercase rest of a romanised word cut by an ayn or hamza mark: Dar'a, Sa'ada, Nu'man."""
    return tok.after_apostrophe and tok.norm not in _EN_CONTRACTIONS


def _article_bound(tokens: list[Token], k: int, text: str) -> bool:
    """Token k is a lowercase Arabic article hyphened to a capitalised word, with a capitalised word
    right before it: the middle of a construct name such as "Bab al-Tabbaneh" or "Tal al-Sultan"."""
    if not 0 < k < len(tokens) - 1:
        return False
    art, head, tail = tokens[k], tokens[k - 1], tokens[k + 1]
    return (art.norm in _EN_ARTICLES and art.text.islower() and head.joined_to_next
            and head.text[:1].isupper() and tail.text[:1].isupper()
            and text[art.end:tail.start] in ("-", "\u2011"))


def _capitals_around(tokens: list[Token], i: int) -> bool:
    """A word before or after token i is written in capitals too: a headline or a shouted line
    ("CLASHES IN GAZA"), where a name in capitals is still a name."""
    return any(0 <= k < len(tokens) and len(tokens[k].text) > 1 and tokens[k].text.isupper() for k in (i - 1, i + 1))


_DATELINE_END = re.compile(r",|:\s|\s+[—–-]\s")


def _dateline(tokens: list[Token], i: int, text: str) -> bool:
    """Token i opens a line and a comma, a dash or a colon follows it: a dateline's town in capitals
    ("YUMA, Ariz. —", "GAO, Mali —", "PURI —", "KANO:"), a name however short."""
    tok = tokens[i]
    return _DATELINE_END.match(text, tok.end) is not None and len(tok.text) >= 3 and (
        i == 0 or "\n" in text[tokens[i - 1].end:tok.start])


def possessive_s(tok: Token) -> bool:
    """The s of a possessive glued to the word before: People's, King's, Martha's."""
    return tok.after_apostrophe and tok.norm == "s"


def _english_ends(tokens: list[Token], i: int, jmax: int, text: str = "") -> tuple[list[int], list[int]]:
    """The j from ``jmax`` down to i for which tokens i..j can be a Latin name candidate, longest
    first: for an exact gazetteer lookup, and for a folded one. Such an n-gram starts with a
    capital and every word is capitalised or a connector ("of", "and"...), ending with a
    capitalised word (or the rest of one cut by an apostrophe: Dar'a). In an exact name only, a
    possessive s may stand inside: "People's Republic of China", "King's Lynn", and so may an
    assimilated article ("Dayr az Zawr"); with ``text``, an article hyphened to a capitalised word
    ("Deir ez-Zor") in both. One pass over the words serves both lookups (the folded ends are the
    exact ones up to the first word only an exact name holds): the first word that cannot stand
    inside a name ends every longer n-gram."""
    first = tokens[i]
    if not (first.text[:1].isupper() or first.norm in _EN_ARTICLES):
        return [], []
    ends = []
    folded_stop = None  # len(ends) when the folded lookup's n-grams stopped
    for j in range(i, jmax + 1):
        t = tokens[j]
        capital = t.text[:1].isupper()
        if (capital and not (j > i and t.norm in _FOLD_JOINS)) or (j > i and _word_inside(t)):
            ends.append(j)  # a name never ends with its next word's article ("Al Hali Al Hudaydah")
        elif j > i and t.norm in _LOWER_KIND_ENDS and tokens[j - 1].text[:1].isupper():
            ends.append(j)  # "the Dnipro river", "the Bekaa valley": the feature's whole name, when known
        if j > i and not (capital or t.norm in _EN_INNER or _word_inside(t)
                          or _hyphened_particle(tokens, j, jmax, text)):
            if folded_stop is None and not _inner_article(tokens, j, jmax, False, text):
                folded_stop = len(ends)
            if not (possessive_s(t) or _inner_article(tokens, j, jmax, True, text)):
                break  # not a word of a longer name
    folded = ends[:folded_stop] if folded_stop is not None else ends[:]
    ends.reverse()
    folded.reverse()
    return ends, folded


def _hyphened_particle(tokens: list[Token], j: int, jmax: int, text: str) -> bool:
    """Token j is a French particle hyphened on both sides inside a name: "Cherbourg-en-Cotentin",
    "Vitry-sur-Seine", "Ax-les-Thermes" (alone, "en" and "les" are no English words of a name)."""
    if tokens[j].norm not in _HYPHEN_PARTICLES or j >= jmax or not text:
        return False
    return text[tokens[j - 1].end:tokens[j].start] in ("-", "\u2011") and text[tokens[j].end:tokens[j + 1].start] in ("-", "\u2011")


def _inner_article(tokens: list[Token], j: int, jmax: int, exact: bool, text: str) -> bool:
    """Token j is an assimilated article inside a name: before a capitalised word, in an exact
    lookup or hyphened to it ("Deir ez-Zor"; "Homs as the capital" is no name)."""
    if tokens[j].norm not in _INNER_ARTICLES or j >= jmax or not tokens[j + 1].text[:1].isupper():
        return False
    return exact or text[tokens[j].end:tokens[j + 1].start] in ("-", "\u2011")


def division_homes(gaz: Gazetteer, ids) -> set[tuple[str | None, str | None]]:
    """The (country, first-level division) each of these places lies in, or is."""
    return {(p.country_code, p.admin1) for p in map(gaz.place, ids)}


class Recognizer:
    """Finds candidate toponyms; knows nothing of which place each one is."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.names = gazetteer.names
        self.max_words = gazetteer.max_words
        self._villages_named: dict[str, tuple[int, ...]] = {}
        self._typo_index: dict[str, tuple[str, ...]] | None = None
        self._division_keys: dict[str, tuple[int, ...]] = {}

    # -- candidate generation -------------------------------------------------------------

    def candidates(self, text: str, lang: str) -> tuple[list[Token], list[Candidate]]:
        tokens = tokenize(text)
        found: list[Candidate] = []
        misses: list[int] = []
        i, n = 0, len(tokens)
        if lang != "ar":
            # A lowercase word of an English story starts no name unless it is an article (al-Jufra):
            # the words that may start one are picked in one pass, and only they are visited.
            starts = [k for k, t in enumerate(tokens) if t.text[:1].isupper() or t.norm in _EN_ARTICLES]
            for k in starts:
                if k >= i:  # not inside the name found before
                    cand = self._match_at(tokens, k, lang, text)
                    if cand is not None:
                        found.append(cand)
                        i = cand.last + 1
            return tokens, found
        while i < n:
            cand = self._match_at(tokens, i, lang, text)
            if cand is not None:
                found.append(cand)
                i = cand.last + 1
            else:
                misses.append(i)  # only the Arabic typo pass reads them
                i += 1
        # A misspelt name (طرابس) counts only when the story also spells it right: one edit
        # away from a common word is far likelier than a typo otherwise.
        spelt_right = {c.key for c in found}
        typos = [t for t in (self._typo_at(tokens, k) for k in misses) if t is not None and t.key in spelt_right]
        found = sorted(found + typos, key=lambda c: c.start)
        return tokens, self._conjoined_in_lists(tokens, found)

    def _conjoined_in_lists(self, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
        """A whole word that begins with و and names a place is read as و + a name when it stands in
        a list of places right after another and only the shorter name shares a country with it:
        "الرياض وجدة والدمام" is Riyadh and Jeddah, not Morocco's Oujda (وجدة)."""
        out = list(found)
        for k in range(1, len(out)):
            c, before = out[k], out[k - 1]
            tok = tokens[c.first]
            if c.clitic or c.first != c.last or c.first != before.last + 1 or c.fuzzy \
                    or not tok.norm.startswith("و") or len(tok.norm) < 4:
                continue
            stem = tok.norm[1:]
            ids = self.gaz.ids(stem)
            if not ids:
                continue
            near = reading_countries(self.gaz, before.place_ids) - {None, ""}
            if near & reading_countries(self.gaz, ids) and not near & reading_countries(self.gaz, c.place_ids):
                start = tok.start + self._clitic_chars(tok.text, "و")
                out[k] = Candidate(start, c.end, c.first, c.last, stem, ids, clitic="و", hashtag=c.hashtag)
        return out

    def _span_end(self, tokens: list[Token], i: int) -> int:
        """Index of the last token a name starting at i may reach (joined tokens only)."""
        j, last = i, min(len(tokens) - 1, i + self.max_words - 1)
        while j < last and tokens[j].joined_to_next:
            j += 1
        return j

    def _match_at(self, tokens: list[Token], i: int, lang: str, text: str = "") -> Candidate | None:
        tok = tokens[i]
        arabic = _is_arabic_token(tok)
        if arabic != (lang == "ar"):
            return None  # an Arabic story's Latin words (and the reverse) are not its places
        if not arabic and not tok.text[:1].isupper():
            # "al-Jufra", "el-Fasher": a lowercase article joined to a capitalised name.
            if not (tok.norm in _EN_ARTICLES and tok.joined_to_next and i + 1 < len(tokens)
                    and tokens[i + 1].text[:1].isupper()):
                return None
            if tok.norm in _EN_ARTICLES_HYPHEN_ONLY and text[tok.end:tokens[i + 1].start] not in ("-", "‑"):
                return None
        if arabic and tok.text in _AR_ON:
            return None  # "القصف على خان يونس": the preposition على folds like the name علي (Ali Khan)
        jmax = self._span_end(tokens, i)
        firsts = clitic_variants(tok.norm) if arabic else [("", tok.norm)]
        norms = [t.norm for t in tokens[i + 1:jmax + 1]]  # the words after the first, for every n-gram's key
        exact_ends, folded_ends = ((), ()) if arabic else _english_ends(tokens, i, jmax, text)
        for j in range(jmax, i - 1, -1) if arabic else exact_ends:
            tail = " ".join(norms[:j - i])
            for peeled, stem in firsts:
                key = f"{stem} {tail}" if tail else stem
                ids = self.gaz.ids(key)
                if ids is None and arabic:
                    ids = self._hamza_dropped(key)
                elif not arabic and key.endswith("a"):
                    ids = self._final_h_dropped(key, ids)
                if ids is None and not arabic and " s " in key:
                    ids = self.gaz.ids(key.replace(" s ", "s "))  # "Land's End", which a source writes "Lands End"
                if ids is None and not arabic and stem in _EN_ARTICLES and tail and (
                        stem not in _EN_ARTICLES_HYPHEN_ONLY or text[tok.end:tokens[i + 1].start] in ("-", "‑")):
                    ids = self.gaz.ids(tail)  # "al-Jufra" where only "Jufra" is known; "At Saraqeb," is not one name
                if ids and key not in GENERIC_PLACE_WORDS:
                    if arabic and self._word_not_clitic(tok.text, peeled):
                        continue
                    if not arabic and self._inside_longer_name(tokens, i, j, text, ids):
                        return self._folded_at(tokens, i, jmax, j + 1, text, folded_ends)  # "Tal Tamer": Tal alone is a town
                    if not arabic and i == j and tok.text.isupper() and key not in self.gaz.acronyms \
                            and not _dateline(tokens, i, text) and (
                            len(tok.text) <= 3 or len(tok.text) <= ACRONYM_LETTERS and not _capitals_around(tokens, i)
                            and not any(self.gaz.feature(pid) == "country" for pid in ids)):
                        continue  # "US" is not the village Us; "AL" is not Al, Norway; "a SWAT team" is not Swat
                    # Only a join after the first word lets a longer folded name win: look it up only then
                    # (every exact English match reached this, most with no join in reach).
                    if not arabic and j < jmax and not _FOLD_JOINS.isdisjoint(norms):
                        longer = self._folded_at(tokens, i, jmax, j + 1, text, folded_ends)
                        span = tokens[i:longer.last + 1] if longer is not None else ()
                        if any(t.norm in _FOLD_JOINS for t in span[1:]) and all(
                                t.norm in _FOLD_JOINS or t.text[:1].isupper() for t in span):
                            # "Dara i Pech" is Dara-i-Pech district, not Dara and Pech (Pécs); the fold
                            # is loose, so a longer name holds only across an ezafe ("Sabou and Kaya" stays two).
                            return longer
                    start = tok.start + self._clitic_chars(tok.text, peeled)
                    return Candidate(start, tokens[j].end, i, j, key, ids, clitic=peeled, hashtag=tok.hashtag,
                                     hashtag_inner=tok.hashtag_inner,
                                     villages=() if arabic else self._villages_of(key, ids))
        return None if arabic else self._folded_at(tokens, i, jmax, None, text, folded_ends)

    def _villages_of(self, key: str, ids: tuple[int, ...]) -> tuple[int, ...]:
        """Villages of the very name an exact Latin match found towns for: the gazetteer indexes
        a village's Latin name by its fold only, so "the village of Bamba (Koro, Mopti)" met only
        the towns called Bamba elsewhere. They become readings only where the story's geography
        fits them (geo/engine/small_places.py)."""
        villages = self._villages_named.get(key)
        if villages is None:
            villages = tuple(pid for pid in self.gaz.villages_named(key, self.gaz.folded_ids(key)) if pid not in ids)
            if len(self._villages_named) < 100_000:
                self._villages_named[key] = villages
        return villages

    def _word_not_clitic(self, surface: str, peeled: str) -> bool:
        """The letter peeled as a preposition (ب ل ك) is the word's own: the word with it is an
        everyday word far more common than what is left (لجأوا "they took refuge" is not ل +
        جأوا, Java; لجنة is not ل + جنة), while ل + a place is rarer than the place (لبيروت 3.1,
        بيروت 5.0)."""
        if peeled and peeled in _CONJ:
            # The same for a conjunction: وادي "wadi" (4.6) is not و + ادي (3.3), Edd in Eritrea.
            return _zipf_ar(surface) >= CLITIC_WORD_ZIPF and \
                _zipf_ar(surface) > _zipf_ar(surface[self._clitic_chars(surface, peeled):]) + CLITIC_WORD_MARGIN
        if not peeled or peeled[-1] not in _PREP and not peeled.endswith("لل"):
            return False
        conj = len(peeled) - len(peeled.lstrip("".join(_CONJ)))
        whole = surface[self._clitic_chars(surface, peeled[:conj]):] if conj else surface
        if _zipf_ar(whole) < CLITIC_WORD_ZIPF:
            return False
        rest = surface[self._clitic_chars(surface, peeled):]
        if peeled.endswith("لل"):
            rest = "ا" + rest  # للقدس: what is left is القدس
        return _zipf_ar(whole) > _zipf_ar(rest) + CLITIC_WORD_MARGIN

    def _final_h_dropped(self, key: str, ids: tuple[int, ...] | None) -> tuple[int, ...] | None:
        """A romanised name written without the final h of its ta marbuta ("Ar Raqqa" for Ar
        Raqqah, 530,000 people, where "Ar Raqqa" alone names only its district): the town joins
        the readings when the name as written is no settlement's. A village's name stays the
        village's: Farana in Mali is not Faranah, a city in Guinea."""
        if not ids or any(self.gaz.place(i).feature == "city" for i in ids):
            return ids  # an unknown name is left to the transliteration fold, which finds villages too
        towns = [i for i in self.gaz.ids(key + "h") or () if self.gaz.place(i).population >= FINAL_H_TOWN]
        return ids + tuple(towns) if towns else ids

    def _hamza_dropped(self, key: str) -> tuple[int, ...] | None:
        """A name whose final hamza the writer left out (البترا for البتراء, صنعا for صنعاء):
        common in posts. Only for a known place that is more than a village, and a name of at
        least four letters, so that short everyday words do not turn into names."""
        if not key.endswith("ا") or len(key.rsplit(" ", 1)[-1]) < 4:
            return None
        ids = self.gaz.ids(key + "ء")
        if ids and any(not self.gaz.is_minor(i) for i in ids):
            return ids
        return None

    def _folded_at(self, tokens: list[Token], i: int, jmax: int, jmin: int | None = None,
                   text: str = "", ends: list[int] | None = None) -> Candidate | None:
        """A Latin name known under another transliteration (Saraqab for Sarāqib), at least up
        to token ``jmin``: a fuzzy candidate, kept only with context (geo/engine/small_places.py).
        A function word never starts one: the fold drops vowels, so "The Ohio" meets a village.
        ``ends``: the folded lookup's ends from _english_ends, when the caller has them."""
        if tokens[i].norm in _FOLD_NEVER_STARTS and not (
                tokens[i].norm in _EN_ARTICLES and i + 1 < len(tokens)
                and text[tokens[i].end:tokens[i + 1].start] in ("-", "‑")):
            return None  # "as-Sukhnah" keeps its hyphened article
        for j in ends if ends is not None else _english_ends(tokens, i, jmax, text)[1]:
            if jmin is not None and j < jmin:
                break
            if i == j and tokens[i].text.isupper() and len(tokens[i].text) <= 4:
                continue  # an acronym (KBR, NGO) is not a romanised name: its fold meets villages (Kubar)
            key = " ".join([t.norm for t in tokens[i:j + 1]])
            ids = self.gaz.folded_ids(key)
            if ids and key not in GENERIC_PLACE_WORDS and not self._inside_longer_name(tokens, i, j, text, ids):
                return Candidate(tokens[i].start, tokens[j].end, i, j, key, ids, fuzzy=True)
        return None

    def _inside_longer_name(self, tokens: list[Token], i: int, j: int, text: str = "",
                            ids: tuple[int, ...] = ()) -> bool:
        nxt = tokens[j + 1] if j + 1 < len(tokens) and tokens[j].joined_to_next else None
        if nxt is not None and _word_inside(nxt):
            return True  # "Dar" of Dar'a is not the Cambodian village Dar
        if text and any(0 < k < len(tokens) - 1 and tokens[k].norm in _EN_ARTICLES and _article_bound(tokens, k, text)
                        for k in (j + 1, i, i - 1)):
            return True  # "Bab al-Tabbaneh" is neither Al Bab nor At Tabbin: a name the gazetteer lacks
        if nxt is not None and nxt.text[:1].isupper() and nxt.norm not in _EN_FOLLOWERS_OK and not nxt.text.isupper() \
                and not self._axis(tokens, i, j, j + 1, text) and not self._division_after(tokens, j, ids):
            return True
        prev = tokens[i - 1] if i > 0 and tokens[i - 1].joined_to_next else None
        # A function word capitalised at a sentence's start ("An Alexandria man", "Every Ohio
        # county") opens no name.
        return (prev is not None and prev.text[:1].isupper() and prev.norm not in _EN_LEADERS_OK
                and prev.norm not in _FOLD_NEVER_STARTS
                and not prev.text.isupper() and not self._axis(tokens, i, j, i - 1, text)
                and not self._holds_name_before(tokens, i, ids))

    def _division_after(self, tokens: list[Token], j: int, ids: tuple[int, ...]) -> bool:
        """The words right after the name are the first-level division holding one of its readings,
        with no comma between: ACLED's "(Al-Matun Al-Jawf)", "(Maqbanah Taizz)", news's "Kufa Najaf
        province". The name is its own then, the division the next name (session 14)."""
        if not ids:
            return False
        homes = None
        for k in range(j + 1, min(len(tokens), j + 1 + DIVISION_WORDS)):
            if not (tokens[k].text[:1].isupper() or tokens[k].norm in _EN_ARTICLES):
                return False
            key = " ".join(t.norm for t in tokens[j + 1:k + 1])
            # The division's own name or another spelling of it ("(Hays Hodeidah)": Al Hudaydah).
            divisions = self._divisions_named(key)
            if divisions:
                homes = division_homes(self.gaz, ids[:AXIS_READINGS]) if homes is None else homes
                if division_homes(self.gaz, divisions) & homes:
                    return True
            if not tokens[k].joined_to_next:
                return False
        return False

    def _divisions_named(self, key: str) -> tuple[int, ...]:
        """The first-level divisions a key names, exactly or folded (remembered: the same
        capitalised words follow names in story after story)."""
        found = self._division_keys.get(key)
        if found is None:
            found = (self.gaz.of_feature(self.gaz.ids(key) or (), "admin1")
                     or self.gaz.of_feature(self.gaz.folded_ids(key), "admin1"))
            if len(self._division_keys) < DIVISION_MEMO:
                self._division_keys[key] = found
        return found

    def _holds_name_before(self, tokens: list[Token], i: int, ids: tuple[int, ...]) -> bool:
        """This name is a first-level division holding one reading of the name right before it
        ("(Hays Hodeidah)"): the division is a name of its own, as in _division_after."""
        divisions = division_homes(self.gaz, [pid for pid in ids[:AXIS_READINGS] if self.gaz.feature(pid) == "admin1"])
        if not divisions:
            return False
        for k in range(i - 1, max(-1, i - 1 - DIVISION_WORDS), -1):
            if not tokens[k].joined_to_next:
                return False
            key = " ".join(t.norm for t in tokens[k:i])
            if division_homes(self.gaz, (self.gaz.ids(key) or ())[:AXIS_READINGS]) & divisions:
                return True
            if not (tokens[k].text[:1].isupper() or tokens[k].norm in _EN_ARTICLES):
                return False
        return False

    def _axis(self, tokens: list[Token], i: int, j: int, k: int, text: str) -> bool:
        """Tokens i..j and the single word k beside them, joined by a hyphen, are two places a
        road or front runs between ("the axis Ansongo-Gao", "the Djibo-Mentao road"), not one
        longer name: both are known places and lie within AXIS_KM of each other."""
        lo, hi = (tokens[j], tokens[k]) if k > j else (tokens[k], tokens[i])
        if not text or text[lo.end:hi.start] not in ("-", "‑"):
            return False
        whole = " ".join(t.norm for t in tokens[min(i, k):max(j, k) + 1])
        if self.gaz.ids(whole) or self.gaz.folded_ids(whole) or lo.norm == hi.norm:
            return False  # one village's name: Pobe-Mengao, Fili-Fili
        key = " ".join(t.norm for t in tokens[i:j + 1])
        here = self.gaz.ids(key) or self.gaz.folded_ids(key) or ()
        there = self.gaz.ids(tokens[k].norm) or self.gaz.folded_ids(tokens[k].norm) or ()
        points = [self.gaz.place(pid) for pid in there[:AXIS_READINGS]]
        return any(haversine_km(p.lat, p.lon, q.lat, q.lon) <= AXIS_KM
                   for p in (self.gaz.place(pid) for pid in here[:AXIS_READINGS]) for q in points
                   if p.country_code == q.country_code)

    @staticmethod
    def _clitic_chars(surface: str, peeled: str) -> int:
        """Characters of the surface form covered by the peeled proclitics (diacritics included)."""
        if not peeled:
            return 0
        letters = len(peeled) - (1 if peeled.endswith("لل") else 0)  # لل -> ال keeps one lam in the name
        seen = 0
        for k, ch in enumerate(surface):
            if "\u0621" <= ch <= "\u064a" or ch in "ٱ":
                seen += 1
                if seen == letters:
                    return k + 1
        return 0

    # -- one-edit typos of well-known Arabic names ------------------------------------------

    def _typos(self) -> dict[str, tuple[str, ...]]:
        if self._typo_index is None:
            index: dict[str, set[str]] = {}
            for key in self.names:
                if len(key) < 5 or " " in key or not ("\u0600" <= key[0] <= "\u06ff"):
                    continue
                ids = self.gaz.ids(key)
                if not any(self._well_known(pid) for pid in ids):
                    continue
                for k in range(len(key)):
                    index.setdefault(key[:k] + key[k + 1:], set()).add(key)
            self._typo_index = {k: tuple(v) for k, v in index.items()}
        return self._typo_index

    def _well_known(self, pid: int) -> bool:
        p = self.gaz.place(pid)
        return p.feature in ("country", "admin1") or p.population >= 200_000

    def _typo_at(self, tokens: list[Token], i: int) -> Candidate | None:
        tok = tokens[i]
        if not _is_arabic_token(tok) or len(tok.norm) < 4:
            return None
        if _zipf_ar(tok.norm) >= TYPO_MAX_ZIPF:
            return None  # an everyday word (رسميا, officially) is not a misspelt روسيا
        typos = self._typos()
        for peeled, stem in clitic_variants(tok.norm):
            if len(stem) < 4:
                continue
            keys = set(typos.get(stem, ()))  # a letter dropped: طرابس for طرابلس
            for k in range(len(stem)):
                shorter = stem[:k] + stem[k + 1:]
                if shorter in self.names and len(shorter) >= 5 and any(self._well_known(p) for p in self.gaz.ids(shorter)):
                    keys.add(shorter)  # a letter added
                keys.update(typos.get(shorter, ()))  # a letter changed
            keys.discard(stem)
            # ليبية/ليبي are adjectives of ليبيا (nisba), not misspellings of it.
            # ... nor are الأردني/السودانية of الأردن/السودان: a letter added, but the nisba's.
            keys = {k for k in keys if not (stem[-1] in "يه" and k[-1] == "ا" and stem[:-1] == k[:-1])
                    and stem not in (k + "ي", k + "يه")}
            if len(keys) == 1:
                key = keys.pop()
                ids = tuple(p for p in self.gaz.ids(key) if self._well_known(p))
                start = tok.start + self._clitic_chars(tok.text, peeled)
                return Candidate(start, tok.end, i, i, key, ids, clitic=peeled, fuzzy=True, hashtag=tok.hashtag)
        return None
