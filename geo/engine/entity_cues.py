"""Names that the words around them make a person or an organisation, not a place.

"Skater Georgia", "the supermarket chain Iceland", "coach Jordan", "الرئيس عمان": a place
name right after a title, a role or a kind of company is someone's or something's name. The
Arabic cue words are learnt from ANERcorp (scripts/learn_entity_cues.py ->
data/entity_cues_ar.tsv); the English ones are listed here. In Arabic a country or a
first-level division keeps its reading (the learnt cues include demonyms and verbs of speech);
in English a role noun right before the name wins even over a country ("President of
Georgia" has "of" before the name, not a cue).

A name right before "virus", "fever" or "disease" names the disease ("West Nile virus"), and a
name in a match's result names the team ("a 2-0 win over Sunderland", "Celtic beat Aberdeen 3-1").

Also "the" before a compass-word name that a village carries ("in the Middle East" is not
Middle East, Maryland): such a phrase names a world region. The region's reading is kept when
the gazetteer has one (features_hand.tsv), else the name is dropped.
"""
from __future__ import annotations

import re
from pathlib import Path

from geo.engine.document import Place
from geo.engine.gazetteer import DATA_DIR, Gazetteer
from geo.engine.normalize import normalize
from geo.engine.recognize import WATER_HEADS_AR, Candidate, clitic_variants
from geo.engine.tokens import Token, sentence_bounds

AR_CUES_PATH = DATA_DIR / "entity_cues_ar.tsv"
PEOPLES_PATH = DATA_DIR / "peoples_hand.tsv"
# After a name that is also a region's or a town's, only these make it the people: "Rakhine
# residents" and "Amhara farmers" live in the region as often as they belong to the people.
ETHNIC_NOUNS = frozenset(
    "militia militias militiamen militiaman fighters fighter herders herder herdsmen herdsman ethnic tribe tribes "
    "tribesmen tribal clan clans community communities rebels separatists vigilantes nationalists".split())
# The first word of an Arabic feature's name (canal, sea, river, strait, port, airport, crossing...):
# a name so written is the feature, whatever word before it cues a person (session 24).
AR_FEATURE_HEADS = WATER_HEADS_AR | frozenset("ميناء مطار معبر سهل جبل وادي صحراء مرتفعات هضبه سد جزيره شبه".split())
# After a people's name, these make it a place ("Afar Region", "Nuba Mountains").
PLACE_NOUNS = frozenset("region state zone province mountains hills plateau division governorate".split())
EN_CUES = {
    # titles and roles
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "rev", "coach", "skater", "striker",
    "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "singer", "actress", "actor",
    "rapper", "player", "captain", "champion", "golfer", "boxer", "swimmer", "gymnast", "runner",
    "cyclist", "driver", "jockey", "teammate", "daughter", "son", "wife", "husband", "sister", "brother",
    "mother", "father", "baby", "girl", "boy", "named", "nicknamed", "defendant", "suspect", "victim",
    # kinds of organisation
    "chain", "supermarket", "supermarkets", "retailer", "grocer", "company", "firm", "brand", "label",
    "band", "agency", "newspaper", "broadcaster", "magazine", "airline", "carrier", "club", "team",
    # ships, often named after places ("the MV Isle of Mull", "HMS Belfast", "the tanker Sirius")
    "mv", "hms", "uss", "rms", "hmcs", "hmas", "ship", "vessel", "tanker", "frigate", "destroyer", "warship",
    "freighter",
}
# Words that make the name before them a disease's ("West Nile virus", "Lassa fever"); GeoVirus's
# annotators never mark such a name. Not "flu": "the United States flu season" is the country's.
DISEASE_WORDS = frozenset("virus viruses fever disease encephalitis syndrome".split())
# Words after which a place name is not a location in the story, whatever the place.
AR_NON_LOCATIVE = {"توقيت"}
# A kinship word with "my" or "our" right before the name (session 27): posts name daughters and sisters
# after cities ("بنتي عدن أول مرة تشوف صنعاء", "بنتي يافا عيد ميلادها اليوم"): a person's, even a
# governorate's name.
AR_KIN = frozenset(normalize(w) for w in (
    "بنتي ابني بنتنا ابننا ولدي بنوتي أختي أخوي أخي زوجتي حفيدتي حفيدي خالتي عمتي جدتي أمي").split())
SMALL_TOWN = 10_000  # population under which a place is too small to take "the"
_COMPASS = {"middle", "far", "near", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}


# An obituary's survivors (session 25): "a son, Dallas, of Neosho; a daughter, Georgia, of Tulsa".
KIN = frozenset("son sons daughter daughters wife husband sister brother mother father grandson granddaughter "
                "nephew niece stepson stepdaughter widow widower".split())


def _kin_in_apposition(text: str, tokens: list[Token], c: Candidate) -> bool:
    """The name stands between commas right after a kinship word: the relative's first name."""
    return (bool(text) and c.first > 0 and tokens[c.first - 1].norm in KIN
            and text[tokens[c.first - 1].end:c.start] == ", " and text[c.end:c.end + 1] == ",")


def _all_of(text: str, tokens: list[Token], c: Candidate) -> bool:
    """"the All-Ireland final", "the All-Africa Games", "Pan-Arab": a contest or a movement, not the place."""
    return (bool(text) and c.first > 0 and tokens[c.first - 1].norm in ("all", "pan")
            and text[tokens[c.first - 1].end:c.start] == "-")


# A match's result (session 24): "a 2-0 win over Sunderland", "Celtic beat Aberdeen 3-1", "Burnley
# were held 1-1 by Plymouth": the name is the team's. Only with a score in the sentence: "rebels
# beat back an attack on Kidal" names a town. LGL's annotators mark 1 of 18 such names.
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,2}\s?[-\u2013]\s?\d{1,2}(?![\d.,/%-])(?!\s*(?:km|kilomet|mile|met|m\b|per|year|day"
                    r"|hour|week|month|people|person|civilian|soldier|troop|militant|fighter|dead|killed|injur|wound|time))")
# The name qualifies what follows it: a possessive, or a lowercase noun that is no function word.
_NAME_MODIFIES = re.compile(r"['\u2019]s\b|\s+(?!(?:on|in|at|to|and|for|after|before|with|while|last|this|that|by|as|who"
                            r"|which|but|or|thanks|despite|when|since|until|from|of|were|was|is|are|have|has|had|will|would|also|then|now"
                            r"|again|twice|once|beat|beats|drew|lost|defeated|edged|thrashed|routed)\b)[a-z]")
# ... and a word of sport in that sentence: "killing 3-4 soldiers" is no result.
_SPORT = re.compile(r"\b(?:win|wins|won|victory|defeat|beat|beats|drew|draw|match|game|goals?|league|cup|season|points"
                    r"|championship|derby|final|fixture|scored|striker|penalty|innings|wickets|tournament|half-time"
                    r"|stadium|play-?off)\b", re.IGNORECASE)
_RESULT_BEFORE = re.compile(
    r"(?:\b(?:beat|beats|beating|defeated|defeating|edged|thrashed|routed|drew with|draws with|drawn with|held by"
    r"|held \d{1,2}\s?[-\u2013]\s?\d{1,2} by|drew \d{1,2}\s?[-\u2013]\s?\d{1,2} with"
    r"|lost to|loses to|losing to|loss to|defeat to|defeat by|win over|wins over|victory over|victories over"
    r"|draw with|draw against|win against|victory against|loss against)"
    r"|\d{1,2}\s?[-\u2013]\s?\d{1,2}\s+(?:win|victory|defeat|loss|draw)\s+(?:over|to|against|with|by))\s+(?:the\s+)?$")
_RESULT_AFTER = re.compile(r"\s+(?:\d{1,2}\s?[-\u2013]\s?\d{1,2}(?![\d.,/%-])(?!\s*[a-z])|(?:beat|beats|drew|were held|was held|lost|defeated|edged"
                           r"|thrashed|routed)\b)")


def a_team_in_a_result(text: str, c: Candidate) -> bool:
    """The name is a team in a match's result: a score in its sentence and the name right after a
    result word ("a 2-0 win over", "drew with") or right before one or a score ("Aberdeen 3-1")."""
    lo, hi = sentence_bounds(text, c.start, c.end)
    if not _SCORE.search(text, lo, hi) or not _SPORT.search(text, lo, hi):
        return False
    if _NAME_MODIFIES.match(text, c.end):
        return False  # "a 30-21 win over Minnesota's #7 team", "beat London goalie Trevor Cann": a place's team or player
    return bool(_RESULT_BEFORE.search(text[max(lo, c.start - 40):c.start]) or _RESULT_AFTER.match(text, c.end))


# A club named after its town (session 27): "Cardiff City's derby against Swansea City", "Plymouth
# Argyle", "Leeds United" in a sentence about sport. "Mexico City" and "Kansas City" are places the
# gazetteer holds whole, so their candidate is never the town's name alone.
_CLUB_AFTER = re.compile(r"\s+(?:City|United|Rovers|Wanderers|Athletic|Albion|Rangers|Hotspur|Argyle|Orient|F\.?C\.?|AFC)\b"
                         r"(?!\s+(?:Council|Hall|Centre|Center|Police|Hospital|Airport|Station|University|College|Library))")


def a_club(text: str, c: Candidate) -> bool:
    """The town's name opens its club's, in a sentence about sport."""
    if not _CLUB_AFTER.match(text, c.end):
        return False
    lo, hi = sentence_bounds(text, c.start, c.end)
    return _SPORT.search(text, lo, hi) is not None


# A verb of speech right after a bare name, or "said" right before it: "Puri said", "said Preston".
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|noted|warned|insisted|recalled)\b")
_SAID_BEFORE = re.compile(r"\bsaid\s+$")
_SAID_ENDS = re.compile(r"[.,;]")  # "said Preston." but not "said Avondale Mayor Ed Rieker"
# Words that open a place's name rather than a person's: "North Preston", "The Dalles", "In Puri".
_NOT_A_GIVEN_NAME = frozenset("the a an in on at of from to by near north south east west new old fort port lake mount "
                              "upper lower great little saint st san santa".split())


def a_named_persons_surname(text: str, tokens: list[Token], c: Candidate) -> bool:
    """A one-word name that speaks ("Puri said") after the story named someone by it ("collector
    Anjali Puri"): the person's surname, not the town (session 28)."""
    if c.first != c.last or not (_SPEAKS_AFTER.match(text, c.end) or (
            _SAID_BEFORE.search(text, max(0, c.start - 6), c.start) and _SAID_ENDS.match(text, c.end))):
        return False
    return someone_named(text, tokens[c.first].text, c.start)


def someone_named(text: str, word: str, before: int) -> bool:
    """The story named someone by this surname before ``before``: a capitalised given name right
    before it, mid-sentence ("collector Anjali Puri"; a sentence's first word is most often "For",
    "But"...)."""
    for m in re.compile(rf"\b([A-Z][a-z]+) {re.escape(word)}\b").finditer(text, 0, before):
        k = m.start()
        if m.group(1).lower() not in _NOT_A_GIVEN_NAME and k >= 2 and text[k - 1] == " " and text[k - 2].isalnum():
            return True
    return False


def _before_disease_word(tokens: list[Token], c: Candidate) -> bool:
    """"West Nile virus", "Marburg virus", "Lassa fever": the name is a disease's."""
    return c.last + 1 < len(tokens) and tokens[c.last].joined_to_next and tokens[c.last + 1].norm in DISEASE_WORDS


def load_peoples(path: Path = PEOPLES_PATH) -> dict[str, bool]:
    """name key -> whether the name is also a region's (data/peoples_hand.tsv)."""
    from geo.engine.normalize import name_key

    peoples = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith("#") and not line.startswith("form\t"):
            form, _lang, region = (line.split("\t") + ["", ""])[:3]
            peoples[name_key(form)] = region == "region"
    return peoples


def load_ar_cues(path: Path = AR_CUES_PATH) -> set[str]:
    if not path.exists():
        return set()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("word\t"):
            words.add(line.split("\t", 1)[0])
    return words


class EntityCues:
    """Drops candidates that their neighbours show to be a person's or an organisation's name."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.ar_cues = load_ar_cues()
        self.peoples = load_peoples()

    def keep(self, tokens: list[Token], cands: list[Candidate], lang: str, text: str = "") -> list[Candidate]:
        # A disease's name once is its name throughout the story ("West Nile [virus]", "West Nile cases").
        diseases = {c.key for c in cands if lang != "ar" and _before_disease_word(tokens, c)}
        scores = lang != "ar" and bool(text) and _SCORE.search(text) is not None  # most stories hold no match's result
        kept = [c for c in cands if c.sure or not (c.key in diseases or self._not_a_place(tokens, c, lang)
                                                    or self._a_people(tokens, c, lang)
                                                    or (scores and a_team_in_a_result(text, c))
                                                    or (lang != "ar" and (_kin_in_apposition(text, tokens, c)
                                                                          or _all_of(text, tokens, c)
                                                                          or a_club(text, c)
                                                                          or a_named_persons_surname(text, tokens, c))))]
        if lang != "ar":
            for c in kept:
                if self._the_compass_name(tokens, c):
                    regions = tuple(pid for pid in c.place_ids if self.gaz.place(pid).feature == "continent")
                    c.place_ids = regions or c.place_ids
        return kept

    def _a_people(self, tokens: list[Token], c: Candidate, lang: str) -> bool:
        """"Fulani herders", "a Dogon village", "Tuareg rebels": a people, not the place named so.
        A people's name that is also a region's or a town's ("Amhara", "Beja") is the people only
        before an ethnic noun ("Amhara militiamen")."""
        if lang == "ar" or c.key not in self.peoples:
            return False
        nxt = tokens[c.last + 1].norm if c.last + 1 < len(tokens) and tokens[c.last].joined_to_next else ""
        if nxt in PLACE_NOUNS:
            return False
        return nxt in ETHNIC_NOUNS if self.peoples[c.key] else True

    @staticmethod
    def _the_compass_name(tokens: list[Token], c: Candidate) -> bool:
        return (c.first > 0 and tokens[c.first - 1].text == "the" and tokens[c.first - 1].joined_to_next
                and len(c.key.split()) > 1 and c.key.split()[0] in _COMPASS)

    def _not_a_place(self, tokens: list[Token], c: Candidate, lang: str) -> bool:
        if c.first == 0 or c.clitic or c.hashtag:
            return False
        prev = tokens[c.first - 1]
        if not prev.joined_to_next:
            return False  # punctuation between: "the agency said. Georgia ..." is a new start
        if lang == "ar":
            if any(stem in AR_NON_LOCATIVE for _, stem in clitic_variants(prev.norm)):
                return True  # "بتوقيت مكة المكرمة": a time zone, not the place
            if any(stem in AR_KIN for _, stem in clitic_variants(prev.norm)):
                return True  # "بنتي عدن": my daughter Aden
            if c.key.split(" ", 1)[0] in AR_FEATURE_HEADS:
                return False  # "عبر الجيش المصري قناة السويس": no person's name starts with "canal"
            return prev.norm in self.ar_cues and not any(
                p.feature in ("country", "admin1", "continent") for p in self._readings(c))
        if prev.norm in EN_CUES:
            return True  # "coach Jordan", "the supermarket chain Iceland": even a country's name
        return (self._the_compass_name(tokens, c)
                and all(p.feature == "city" and p.population < SMALL_TOWN for p in self._readings(c)))

    def _readings(self, c: Candidate) -> list[Place]:
        """A name's first 40 places: read only when a rule above gets that far (most names stop earlier)."""
        return [self.gaz.place(pid) for pid in c.place_ids[:40]]
