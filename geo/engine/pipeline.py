"""The engine's steps over one document: check, recognise, filter, context for minor places,
resolve, locate, events."""
from __future__ import annotations

import csv
import dataclasses
import re
import threading
from datetime import date
from pathlib import Path

from geo.engine.abbreviations import AbbreviationFinder, merge
from geo.engine.actor_homes import inside_group_names
from geo.engine.announced import rescue_announced
from geo.engine.approximate import locate_unknown_places, place_inside_stated, stated_size, stray_namesakes
from geo.engine.entity_cues import EntityCues
from geo.engine.datelines import dateline_town
from geo.engine.division_lists import listed_divisions
from geo.engine.document import PRECISION_EXACT, PRECISION_NEAR, PRECISION_REGION, Document, Mention, Place
from geo.errors import UnreadableInput
from geo.events.extract import extract_events
from geo.engine.gazetteer import DATA_DIR, Gazetteer
from geo.engine.normalize import detect_lang, normalize, normalize_with_map
from geo.engine.recognize import Recognizer
from geo.engine.referents import kingdom_mentions
from geo.engine.local_names import find_local_names
from geo.engine.named_features import find_named_features, place_named_features
from geo.engine.settlements import find_settlements, said_again
from geo.engine.resolve import Resolution, Resolver
from geo.engine.small_places import drop_word_folds, require_context
from geo.engine.tokens import sentence_bounds

MAX_CHARS = 2_000_000  # a 2 MB article is already a book; larger input is a mistake
PRECISION_BY_FEATURE = {"city": PRECISION_EXACT, "admin2": PRECISION_NEAR, "area": PRECISION_NEAR,
                        "admin1": PRECISION_REGION, "country": PRECISION_REGION, "continent": PRECISION_REGION}


# Control characters other than the whitespace ones (\t \n \v \f \r): counted by one regex, not per character in Python.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def check_text(text: object, source: str = "text") -> str:
    """The text itself, or UnreadableInput naming ``source`` and what is wrong with it."""
    if isinstance(text, bytes):
        raise UnreadableInput(f"{source}: bytes given where text is expected; decode it first (geo.ingest.encoding)")
    if not isinstance(text, str):
        raise UnreadableInput(f"{source}: expected text, got {type(text).__name__}")
    if not text.strip():
        raise UnreadableInput(f"{source}: the text is empty")
    if len(text) > MAX_CHARS:
        raise UnreadableInput(f"{source}: {len(text):,} characters is over the {MAX_CHARS:,} limit")
    sample = text[:4096]
    controls = len(_CONTROL_CHARS.findall(sample))
    if "\x00" in sample or controls > len(sample) * 0.05 or sample.count("\ufffd") > len(sample) * 0.05:
        raise UnreadableInput(f"{source}: looks binary or wrongly decoded (control or replacement characters)")
    return text


_SOCIAL_MARKS = re.compile(r"(?:^|\s)[#@][^\s#@]|https?://t\.co/|^RT\s")
SOCIAL_MAX_CHARS = 1000  # a post longer than this reads as an article


def is_social_post(text: str) -> bool:
    """A tweet-like post: short, with hashtags, @handles or shortened links."""
    return len(text) <= SOCIAL_MAX_CHARS and _SOCIAL_MARKS.search(text) is not None


def in_compound_hashtag(text: str, m: Mention) -> bool:
    """The mention is one word of a longer hashtag (الأردن in #سيول_الأردن), not the whole tag."""
    return text[m.start - 1:m.start] == "_" or text[m.end:m.end + 1] == "_"


def collapse_repeats(mentions: list[Mention], text: str = "") -> list[Mention]:
    """A post is one excerpt: a place named again in the same form (often as a hashtag) adds
    no evidence, so it is reported once, at its first mention in that form, the later spans
    kept in ``also_at``. A new form of the name (بالأردن, then #الاردن; حفر الباطن, then
    #حفرالباطن) is reported again, as annotators of posts mark each form's first mention
    (IDRISI); a word inside a compound hashtag (#سيول_الأردن) only adds to the place's earlier
    mention, if it has one."""
    by_form: dict[tuple, Mention] = {}
    by_place: dict[object, Mention] = {}
    out = []
    for m in mentions:
        place = m.geonameid or (m.name, m.lat, m.lon)
        head = by_form.get((place, m.text))
        if head is None and text and in_compound_hashtag(text, m):
            head = by_place.get(place)
        if head is not None:
            head.also_at.append([m.start, m.end])
            continue
        by_form[(place, m.text)] = m
        by_place.setdefault(place, m)
        out.append(m)
    return out


# The endings of an Arabic adjective of relation (nisba) built on a country's name: الكويتي,
# الكويتية, لبنانيون; and what may stand before the name inside the word: the article (when the
# name has none: اللبناني) and a conjunction or preposition.
_NISBA_AFTER = re.compile(r"(?:ية|يه|يين|يون|ين|ي)(?![\u0621-\u064a])")
_WORD_PREFIXES = frozenset({"", "ال", "و", "وال", "بال", "ل", "لل", "ب"})
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def first_mention_in_post(text: str, mentions: list[Mention]) -> list[Mention]:
    """A post's country reported at its first mention. Annotators of posts (IDRISI) mark a place
    where the post first names it, and a post often names its country first inside a compound
    hashtag (#امطار_الكويت, which the filter drops) or inside an adjective built on the name
    (وزارة الداخلية الكويتية: the name الكويت is in the word), then outright (#الكويت). When the
    country is reported, its mention moves to that first occurrence, the name's own letters
    only; the reported span stays in ``also_at``. Nothing is added: a post that names the
    country only in an adjective still reports no place (adjectives are evidence, not mentions)."""
    norm, index = normalize_with_map(text)
    out = []
    seen: set = set()
    spans = [(m.start, m.end) for m in mentions]
    for m in mentions:
        place = m.geonameid or (m.name, m.lat, m.lon)
        form = normalize(m.text.lstrip("#"))
        if m.feature != "country" or place in seen or len(form) < 3 or not _ARABIC_LETTER.match(form):
            seen.add(place)  # a later form of a place already reported (بالأردن, then #الاردن) stays where it is
            out.append(m)
            continue
        seen.add(place)
        head = norm.find(form)
        while head != -1 and index[head] < m.start:
            a, b = index[head], index[head + len(form) - 1] + 1
            inside = text[a - 1:a] == "_" or text[b:b + 1] == "_"
            if not inside and _NISBA_AFTER.match(text, b):
                word_start = a
                while word_start > 0 and _ARABIC_LETTER.match(text[word_start - 1]):
                    word_start -= 1
                inside = text[word_start:a] in _WORD_PREFIXES and (text[word_start:a] in ("", "و", "ب", "ل") or not form.startswith("ال"))
            if inside and not any(s < b and a < e for s, e in spans):
                lo, hi = sentence_bounds(text, a, b)
                m = dataclasses.replace(m, start=a, end=b, text=text[a:b], excerpt=text[lo:hi], excerpt_start=lo,
                                        also_at=[[m.start, m.end]] + m.also_at)
                break
            head = norm.find(form, head + 1)
        out.append(m)
    return sorted(out, key=lambda m: m.start)


def load_demonyms(path: Path = DATA_DIR / "demonyms.tsv") -> dict[str, tuple[str, ...]]:
    """Normalised adjective/demonym -> country codes (evidence for the resolver, never mentions)."""
    table: dict[str, set[str]] = {}
    if path.exists():
        with open(path, encoding="utf-8", newline="") as f:
            rows = (line for line in f if line.strip() and not line.startswith("#"))
            for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
                form = normalize(row["form"]).strip()
                if form:
                    table.setdefault(form, set()).add(row["country_code"])
    return {k: tuple(sorted(v)) for k, v in table.items()}


class Parser:
    """Holds the loaded gazetteer and models; ``parse`` is safe to call from many threads."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        from geo.engine.filter_model import CandidateFilter

        self.gazetteer = gazetteer or Gazetteer()
        self.recognizer = Recognizer(self.gazetteer)
        self.abbreviations = AbbreviationFinder(self.gazetteer)
        self.entity_cues = EntityCues(self.gazetteer)
        demonyms = self.demonyms = load_demonyms()
        self.resolver = Resolver(self.gazetteer, demonyms)
        self.filter = CandidateFilter.load(self.gazetteer, demonyms)

    def parse(self, text: str, lang: str | None = None, published: date | None = None) -> Document:
        text = check_text(text)
        lang = lang or detect_lang(text)
        tokens, cands = self.recognizer.candidates(text, lang)
        cands = drop_word_folds(text, cands, lang, self.demonyms)
        if lang != "ar":
            cands = merge(cands, self.abbreviations.find(text, tokens))
            cands = merge(cands, listed_divisions(self.gazetteer, text, tokens, lang))
        cands = rescue_announced(self.gazetteer, tokens, cands, self.filter.keep(text, tokens, cands, lang),
                                 self.demonyms, text)
        cands = require_context(self.gazetteer, text, tokens, cands, lang, self.demonyms)
        cands = self.entity_cues.keep(tokens, cands, lang, text)
        cands = inside_group_names(text, cands, lang)
        resolutions = self.resolver.resolve(text, tokens, cands, lang)
        resolved = [(c, r) for c, r in zip(cands, resolutions) if r is not None]
        mentions = [self._mention(text, c, r) for c, r in resolved]
        read_as = {id(m): r.place for m, (_, r) in zip(mentions, resolved)}  # each gazetteer mention's place
        if lang != "ar":
            mentions += dateline_town(text, mentions, self.gazetteer, read_as)
        # Each step's names said again are mentions before the next step reads the story.
        unknown = locate_unknown_places(text, tokens, mentions, lang, self.gazetteer)
        mentions += unknown
        mentions += said_again(text, unknown, mentions, lang)
        settled = find_settlements(text, mentions, lang, self.gazetteer)
        mentions += settled
        mentions += said_again(text, settled, mentions, lang)
        features, replaced = find_named_features(text, mentions, lang)
        if replaced:
            gone = {id(m) for m in replaced}
            mentions = [m for m in mentions if id(m) not in gone]
        # The rules that move a misread town run before names are placed beside the story's towns.
        place_inside_stated(text, mentions, lang)
        stray_namesakes(text, mentions, lang, read_as)
        stated_size(text, mentions, lang, read_as)
        mentions += place_named_features(text, features, mentions)
        mentions += find_local_names(text, mentions, lang, self.gazetteer)
        if lang == "ar":
            kingdoms = kingdom_mentions(text, tokens, cands, mentions, self.gazetteer, self.demonyms)
            if is_social_post(text):
                # A post reports a place once: the kingdom's own name, when the post has it, is that mention.
                named = {m.country_code for m in mentions if m.feature == "country"}
                kingdoms = [m for m in kingdoms if m.country_code not in named]
            mentions += kingdoms
        mentions.sort(key=lambda m: m.start)
        if is_social_post(text):
            mentions = first_mention_in_post(text, collapse_repeats(mentions, text))
        doc = Document(text=text, lang=lang, mentions=mentions)
        doc.events = extract_events(doc, published, gazetteer=self.gazetteer)
        return doc

    def _mention(self, text: str, cand, res: Resolution) -> Mention:
        p: Place = res.place
        lo, hi = sentence_bounds(text, cand.start, cand.end)
        return Mention(
            start=cand.start, end=cand.end, text=text[cand.start:cand.end],
            name=p.name, name_ar=p.name_ar, name_en=p.name,
            lat=round(p.lat, 5), lon=round(p.lon, 5), country_code=p.country_code, feature=p.feature,
            geonameid=p.geonameid, precision=PRECISION_BY_FEATURE.get(p.feature, PRECISION_EXACT),
            confidence=round(res.confidence * cand.prob, 3),
            excerpt=text[lo:hi], excerpt_start=lo,
            alternatives=[{"name": q.name, "name_ar": q.name_ar, "lat": q.lat, "lon": q.lon,
                           "country_code": q.country_code, "feature": q.feature, "geonameid": q.geonameid,
                           "score": round(s, 3)} for q, s in res.alternatives],
        )


_default: Parser | None = None
_lock = threading.Lock()


def default_parser() -> Parser:
    """The process-wide parser, loaded on first use."""
    global _default
    with _lock:
        if _default is None:
            _default = Parser()
        return _default
