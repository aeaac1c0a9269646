"""Dates in Arabic and English news: "9 يونيو/حزيران 2020", "23 فبراير/شباط", "الإثنين", "on Monday".

Arabic papers name months three ways (Egyptian/Gulf يونيو, Levantine حزيران, Maghrebi جوان) and
often pair two ("يونيو/حزيران"), which dateparser cannot read (see ../shared/NOTES.md). The
common forms are read here with one precompiled regex over a folded copy of the text (fast enough
to scan every article); anything else goes to dateparser after the same pre-normalisation.

Relative days follow the news-wire convention: a weekday name in a story means the most recent
such day on or before the day before publication ("on Monday" in a Tuesday story is the day
before; in a Monday story, the Monday a week earlier).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from geo.events.text import fold

_MONTHS_RAW = {
    1: ["january", "jan", "يناير", "كانون الثاني", "جانفي", "يناير"],
    2: ["february", "feb", "فبراير", "شباط", "فيفري", "فبرير"],
    3: ["march", "mar", "مارس", "آذار", "اذار"],
    4: ["april", "apr", "أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "افريل"],
    5: ["may", "مايو", "أيار", "ايار", "ماي"],
    6: ["june", "jun", "يونيو", "يونيه", "حزيران", "جوان"],
    7: ["july", "jul", "يوليو", "يوليه", "تموز", "جويلية", "يوليوز"],
    8: ["august", "aug", "أغسطس", "اغسطس", "آب", "أوت", "اوت", "غشت"],
    9: ["september", "sept", "sep", "سبتمبر", "أيلول", "ايلول", "شتنبر"],
    10: ["october", "oct", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "أكتوبر"],
    11: ["november", "nov", "نوفمبر", "تشرين الثاني", "نونبر"],
    12: ["december", "dec", "ديسمبر", "كانون الأول", "كانون الاول", "دجنبر"],
}
MONTHS: dict[str, int] = {fold(name): num for num, names in _MONTHS_RAW.items() for name in names}

_WEEKDAYS_RAW = {
    0: ["monday", "الاثنين", "الإثنين", "اثنين", "الأثنين"],
    1: ["tuesday", "الثلاثاء", "ثلاثاء"],
    2: ["wednesday", "الأربعاء", "الاربعاء", "أربعاء"],
    3: ["thursday", "الخميس", "خميس"],
    4: ["friday", "الجمعة", "جمعة"],
    5: ["saturday", "السبت", "سبت"],
    6: ["sunday", "الأحد", "الاحد", "أحد"],
}
WEEKDAYS: dict[str, int] = {fold(n): d for d, names in _WEEKDAYS_RAW.items() for n in names}

_OFFSETS_RAW = {
    0: ["today", "this morning", "this afternoon", "this evening", "tonight", "اليوم", "صباح اليوم",
        "مساء اليوم", "فجر اليوم", "الليلة"],
    1: ["yesterday", "last night", "أمس", "امس", "الأمس", "البارحة", "ليلة أمس", "مساء أمس",
        "صباح أمس", "فجر أمس", "أمس الأول"],
    2: ["the day before yesterday", "أول أمس", "أول من أمس", "اول امس"],
}
_OFFSETS: dict[str, int] = {fold(n): d for d, names in _OFFSETS_RAW.items() for n in names}

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
# Each pattern works on folded text; named groups d, m, m2 (a paired month), y.
_DATE_PATTERNS = [
    re.compile(r"(?<![\w/])(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\w/])(?P<d>\d{1,2})\s*(?:من\s+)?(?:شهر\s+)?(?:of\s+)?(?P<m>%s)\b\.?"
               r"(?:\s*[/\\(-]\s*(?P<m2>%s)\)?)?(?:,?\s*(?:عام|سنه|من\s+عام)?\s*(?P<y>\d{4})(?!\d))?"
               % (_MONTH_ALT, _MONTH_ALT)),
    re.compile(r"(?<!\w)(?P<m>%s)\.?\s+(?P<d>\d{1,2})%s\b(?:,?\s*(?P<y>\d{4})(?!\d))?"
               % (_MONTH_ALT, _ORD)),
    re.compile(r"(?<![\w/])(?P<d>\d{1,2})/(?P<mo>\d{1,2})/(?P<y>\d{4})(?![\d/])"),
]
# English ordinals before a month ("9th June") are folded away before matching.
_EN_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")

# In running text only the unambiguous forms count: bare "أحد" is also "one of", "جمعة" a name.
_REL_WORDS = [k for k in WEEKDAYS if k.startswith("ال") or k.isascii()] + list(_OFFSETS)
_REL_ALT = "|".join(sorted((re.escape(k) for k in _REL_WORDS), key=len, reverse=True))
_REL_IN_TEXT = re.compile(r"(?<!\w)(?:يوم\s+|on\s+|last\s+|(?:و|ف)?)(?P<w>%s)(?!\w)(?P<past>\s+(?:الماضي|الماضيه))?"
                          % _REL_ALT)
_PUB_CUE = re.compile(r"(?:published|updated|posted|dated|تاريخ النشر|نشر في|نشر بتاريخ|اخر تحديث|تحديث)",
                      re.I)
_YEAR = re.compile(r"(?<![\d\w])(?:عام|سنه|in|since|منذ)?\s*(?P<y>(?:19|20)\d{2})(?![\d\w])")


def resolve_relative_day(expr: str, ref: date) -> date | None:
    """The date "الإثنين", "on Monday", "الجمعة الماضية", "yesterday" or "أمس" means in a story of ``ref``.

    A weekday name is the most recent such day on or before ``ref`` minus one day.
    """
    key = _strip_relative(fold(expr))
    if key in _OFFSETS:
        return ref - timedelta(days=_OFFSETS[key])
    if key in WEEKDAYS:
        back = (ref.weekday() - WEEKDAYS[key]) % 7 or 7
        return ref - timedelta(days=back)
    return None


def _strip_relative(key: str) -> str:
    key = re.sub(r"[\s،,.]+", " ", key).strip()
    key = re.sub(r"^(?:يوم|on|last|this past|this|past)\s+", "", key)
    key = re.sub(r"\s+(?:الماضي|الماضيه|الفايت|الفايته|last|past)$", "", key)
    if key not in WEEKDAYS and key not in _OFFSETS and key[:1] in ("و", "ف") and key[1:] in WEEKDAYS:
        key = key[1:]
    return key


def _build(match: re.Match[str], ref: date | None) -> date | None:
    groups = match.groupdict()
    try:
        day = int(groups["d"])
        month = int(groups["mo"]) if groups.get("mo") else MONTHS[groups["m"]]
    except (KeyError, TypeError, ValueError):
        return None
    year_s = groups.get("y")
    if year_s:
        try:
            return date(int(year_s), month, day)
        except ValueError:
            return None
    anchor = ref or date.today()
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor:
            return candidate
    return None


_DIGIT = re.compile(r"\d")


def _explicit_dates(folded: str, ref: date | None, need_year: bool = False):
    if not _DIGIT.search(folded):
        return  # every explicit form has a day or year in digits
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(folded):
            if need_year and not m.group("y"):
                continue
            found = _build(m, ref)
            if found is not None:
                yield m.start(), found


def parse_date(s: str, ref: date | None = None) -> date | None:
    """A date from a date string in Arabic or English, or None.

    Reads "9 يونيو/حزيران 2020", "23 فبراير/شباط" (year: the latest such day not after
    ``ref``, default today), "June 9, 2020", "2020-06-09", "09/06/2020" (day first), weekday
    names and "yesterday"/"أمس" (relative to ``ref``); other forms go to dateparser.
    """
    if not s or not s.strip():
        return None
    folded = _EN_ORDINAL.sub("", fold(s.strip()))
    best = min(_explicit_dates(folded, ref), default=None, key=lambda pair: pair[0])
    if best is not None:
        return best[1]
    anchor = ref or date.today()
    rel = resolve_relative_day(folded, anchor)
    if rel is not None:
        return rel
    return _dateparser_fallback(folded, anchor)


@lru_cache(maxsize=2048)
def _dateparser_fallback(folded: str, anchor: date) -> date | None:
    """dateparser for the long tail, after the pre-normalisation NOTES.md describes."""
    import datetime as _dt

    import dateparser  # imported lazily: loading it costs about a second

    text = re.sub(r"\s*/\s*(?:%s)" % _MONTH_ALT, "", folded)  # paired month names
    text = re.sub(r"(?<!\w)يوم\s+", "", text)
    settings = {"RELATIVE_BASE": _dt.datetime(anchor.year, anchor.month, anchor.day),
                "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    try:
        parsed = dateparser.parse(text, languages=["ar", "en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


def find_date(text: str) -> date | None:
    """A publication-like date in article text: a full date (with year) after a cue such as
    "Published" or "تاريخ النشر", else the first full date in the text, else None."""
    folded = _EN_ORDINAL.sub("", fold(text))
    found = sorted(_explicit_dates(folded, None, need_year=True))
    if not found:
        return None
    cue = _PUB_CUE.search(folded)
    if cue:
        after = [pair for pair in found if 0 <= pair[0] - cue.end() <= 40]
        if after:
            return after[0][1]
    return found[0][1]


def date_in_sentence(sentence: str, ref: date | None) -> date | None:
    """The day a sentence's event happened: an explicit day-and-month, else a relative day
    (weekday, yesterday, أمس) resolved against ``ref``, else None (the caller falls back to ``ref``)."""
    folded = _EN_ORDINAL.sub("", fold(sentence))
    explicit = min(_explicit_dates(folded, ref), default=None, key=lambda pair: pair[0])
    if explicit is not None:
        return explicit[1]
    if ref is None:
        return None
    m = _REL_IN_TEXT.search(folded)
    if m:
        return resolve_relative_day(m.group("w"), ref)
    return None


# Session 17: "2000 people demonstrated" counts people, it names no year; "In May 2019 members of
# the group ..." keeps its year (a month or a preposition before it).
_COUNTED_AFTER = re.compile(r"\s+(?:people|persons|protesters|demonstrators|marchers|students|pupils|teachers|workers"
                            r"|residents|villagers|farmers|women|men|civilians|soldiers|troops|fighters|militants"
                            r"|refugees|migrants|supporters|activists|members|families|households|traders|youths"
                            r"|شخص|متظاهر|مواطن|جندي|عنصر)(?![\w])", re.I)
_DATED_BEFORE = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november"
                           r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|in|since|of|until|from|year"
                           r"|\d{1,2}|عام|سنه|منذ)\W*$", re.I)


def years_in(sentence: str) -> list[int]:
    """Four-digit years (1900-2099) named in a sentence: "in 2011", "عام 2011"; not a count of
    people written the same way ("2000 people demonstrated")."""
    if not _DIGIT.search(sentence):
        return []
    return [int(m.group("y")) for m in _YEAR.finditer(sentence)
            if not (_COUNTED_AFTER.match(sentence, m.end())
                    and not _DATED_BEFORE.search(sentence, max(0, m.start("y") - 12), m.start("y")))]


# Session 19: a month named without its day ("in April", "since January", "late October", "in June
# last year", "a February attack") dates a sentence's happening to that month. English only: the
# Arabic month words are also everyday words (آب، أيار) and need their day to count.
# English months by their full names ("mar", "may" as abbreviations are words), for the rules that
# read a month told without its day (here, geo.events.story_time, geo.events.context).
EN_MONTHS: dict[str, int] = {names[0]: num for num, names in _MONTHS_RAW.items()}
EN_MONTH_NAMES = "|".join(EN_MONTHS)  # a regex alternation, January to December
_MONTH_ONLY = re.compile(
    r"(?<![a-z])(?:(?:in|since|during|throughout|until|by|from|last|of|between|and)\s+(?:(?:early|late|mid)[- ])?"
    r"|(?:early|late|mid)[- ]|(?:a|an|the)\s+)(?P<m>%s)(?![a-z])(?!\.?\s*\d{1,2}(?![\d,]))"
    r"(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})(?!\d)|\s+(?P<last>last year))?"
    % EN_MONTH_NAMES)


# A later month told after a verb of the past is last year's ("were shot dead in October" in a June
# story), unless an appointment comes between ("the election in April" may be to come).
_PAST_VERB_BEFORE = re.compile(r"(?<![a-z])(?:[a-z]+ed|fled|shot|struck|hit|began|broke|took|fought|seized|overran|fell"
                               r"|was|were)(?: [a-z]+){0,3}(?<!election)(?<!elections)(?<!vote)(?<!polls)(?<!referendum)"
                               r"(?<!summit)(?<!talks)(?<!deadline) $")


def latest_month_named(sentence: str, ref: date) -> date | None:
    """The first day of the latest month a sentence names without a day ("in April" in a story of
    June: April of the same year; "April 2023"; "in June last year"), or None. A month after
    ``ref``'s with no year is last year's after "since" or a verb of the past ("were shot dead in
    October"), else left out: "the election in April" in a February story is to come.
    English month names only."""
    latest = None
    folded = fold(sentence)
    for m in _MONTH_ONLY.finditer(folded):
        month = EN_MONTHS[m.group("m")]
        if m.group("y"):
            year = int(m.group("y"))
        elif m.group("last"):
            year = ref.year - 1
        elif month <= ref.month:
            year = ref.year
        elif (m.group().startswith(("since", "last")) or folded.endswith("since ", 0, m.start())
              or _PAST_VERB_BEFORE.search(folded, max(0, m.start() - 40), m.start())):
            year = ref.year - 1  # "killed since October", "since last August", "were shot dead in October"
        else:
            continue
        first = date(year, month, 1)
        latest = first if latest is None or first > latest else latest
    return latest
