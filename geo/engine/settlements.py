"""Villages, camps and quarters no gazetteer knows, found from how the text introduces them.

    "اقتحم المستوطنون قرية المغيّر قضاء رام الله"  -> المغيّر, at Ramallah, precision 2
    "the village of Qaryut in Nablus province"      -> Qaryut, at Nablus governorate, precision 3

A name right after a settlement word (قرية، بلدة، مخيم، حي، خربة، عزبة; "the village of",
"X refugee camp") is a place even when no source has it. It is placed at the anchor the text
gives right after it ("قضاء جنين", "في محافظة إدلب", "in Y province", ", Y", "near Y"): precision 2
when the anchor is a town or a district, 3 when it is a province or a country. With no anchor
it gets the point of the country the story is about, precision 3; with no such country it is
not reported (an unplaced point would be a guess). Directions and distances ("X, 20 km east of
Y") are approximate.py's job, which runs first.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from geo.engine.document import PRECISION_NEAR, PRECISION_REGION, Mention
from geo.engine.gazetteer import Gazetteer
from geo.engine.tokens import sentence_bounds

_AR_WORDS = r"(?:[وف]?(?:[بل]|لل)?)(?:قري[ةه]|بلد[ةه]|مخيم|حي|خرب[ةه]|عزب[ةه]|ضاحي[ةه]|نجع|كفر)"
_AR_LETTERS = r"[\u0621-\u064a\u064b-\u0652\u0670]"
# Words that end a name: particles, directions, administrative words, common adjectives.
AR_STOP = set("""
في من على الى إلى عن مع بعد قبل التي الذي الذين حيث قرب بالقرب قضاء محافظة بمحافظة محافظه ولاية
شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط التابعة التابعه المجاورة المجاوره الواقعة الواقعه
صغيرة صغيره كبيرة كبيره جديدة جديده سكني سكنية سكنيه قديم قديمة القديمة القديمه الجديدة الجديده
ذات هذه هذا تلك ذلك كل بين خلال منذ حتى او أو ثم وقد قد لم لن ان أن إن كان كانت يوم اليوم امس أمس
عدة عده عدد اخرى أخرى آخر اخر نفسها نفسه ايضا أيضا فقط بلدات قرى مخيمات احياء أحياء
""".split())
_AR_PATTERN = re.compile(rf"(?<!{_AR_LETTERS}){_AR_WORDS}\s+(?P<name>{_AR_LETTERS}{{2,}}(?:\s+{_AR_LETTERS}{{2,}})?)")
_EN_NAME = r"[A-Z][a-z'’-]+(?:[ -](?:al|el|ad|as|ash)-?)?(?:\s+[A-Z][a-z'’-]+)?"
_EN_PATTERN = re.compile(
    rf"\b(?:village|town|hamlet|camp|settlement|neighbourhood|neighborhood|district)\s+of\s+(?P<name>{_EN_NAME})"
    rf"|(?P<name2>{_EN_NAME})\s+(?:refugee\s+)?camp\b"
)
EN_STOP_FIRST = {"The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "In", "On", "At", "Refugee", "Army", "Boot"}
# What may stand between the name and its anchor.
_AR_LINK = re.compile(r"\s*[،,]?\s*(?:(?:ال)?تابع[ةه]\s*)?(?:في|قرب|بالقرب\s+من|قضاء|بقضاء|ضمن|من)?\s*"
                      r"(?:(?:[وبل]|لل)?(?:محافظ[ةه]|ولاي[ةه]|مدين[ةه]|منطق[ةه]|ريف|ناحي[ةه]|قضاء))?\s*")
_EN_LINK = re.compile(r"\s*,?\s*(?:in|near|outside|of)?\s*(?:the\s+)?(?:(?:province|district|governorate|region|county|state)\s+of\s+)?")
LINK_MAX = 40
CONFIDENCE = 0.5


def _ar_name(raw: str) -> str | None:
    words = raw.split()
    keep: list[str] = []
    for w in words:
        if w in AR_STOP or any(w.startswith(p) and w[len(p):] in AR_STOP for p in ("و", "ب", "ل")):
            break
        keep.append(w)
    return " ".join(keep) or None


def _anchor(text: str, end: int, mentions: list[Mention], lang: str) -> Mention | None:
    """The placed mention the text gives right after the name as where it is."""
    link = _AR_LINK if lang == "ar" else _EN_LINK
    for m in mentions:
        if m.start < end or m.start - end > LINK_MAX or m.lat is None:
            continue
        between = text[end:m.start]
        if link.fullmatch(between) and between.strip() != "" or between.strip() in (",", "،"):
            return m
        if link.fullmatch(between):
            return None  # the name runs straight into a known place: it is that place's name
    return None


def _story_country(mentions: list[Mention], gaz: Gazetteer):
    counts = Counter(m.country_code for m in mentions if m.country_code and not m.approximate)
    if not counts:
        return None
    return gaz.country(counts.most_common(1)[0][0])


def find_settlements(text: str, mentions: list[Mention], lang: str, gaz: Gazetteer) -> list[Mention]:
    """Mentions for settlement names the gazetteer lacks, placed at their anchor or the story's country."""
    taken = [(m.start, m.end) for m in mentions]
    placed = sorted((m for m in mentions if m.lat is not None), key=lambda m: m.start)
    found: list[Mention] = []
    country = None
    for start, end, tail in _spans(text, lang):
        if any(start < b and a < end for a, b in taken):
            continue
        anchor = _anchor(text, tail, placed, lang)
        if anchor is not None:
            lat, lon, cc = anchor.lat, anchor.lon, anchor.country_code
            precision = PRECISION_REGION if anchor.feature in ("admin1", "country", "continent") else PRECISION_NEAR
            relation = f"in or near {anchor.name}"
        else:
            country = country or _story_country(mentions, gaz)
            if country is None:
                continue
            lat, lon, cc, precision, relation = country.lat, country.lon, country.country_code, PRECISION_REGION, f"in {country.name}"
        lo, hi = sentence_bounds(text, start, end)
        surface = text[start:end]
        found.append(Mention(
            start=start, end=end, text=surface, name=surface, name_ar=surface if lang == "ar" else None,
            name_en=surface if lang != "ar" else None, lat=round(lat, 5), lon=round(lon, 5), country_code=cc,
            feature="area", geonameid=None, precision=precision, confidence=CONFIDENCE,
            excerpt=text[lo:hi], excerpt_start=lo, approximate=True,
            alternatives=[{"name": anchor.name if anchor else country.name, "lat": lat, "lon": lon, "relation": relation}],
        ))
        taken.append((start, end))
    return found


def _spans(text: str, lang: str) -> Iterator[tuple[int, int, int]]:
    """(start, end) of each announced name, and where its anchor may begin (after "camp")."""
    if lang == "ar":
        for m in _AR_PATTERN.finditer(text):
            name = _ar_name(m.group("name"))
            if name:
                yield m.start("name"), m.start("name") + len(name), m.start("name") + len(name)
        return
    for m in _EN_PATTERN.finditer(text):
        group = "name" if m.group("name") else "name2"
        name = m.group(group)
        if name.split()[0] in EN_STOP_FIRST:
            continue
        yield m.start(group), m.start(group) + len(name), m.end()
