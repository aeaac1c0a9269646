"""Fatalities stated in a sentence: "مقتل 7 مدنيين", "three dead", "killing a child", "قتيلين".

Only deaths count (ACLED's fatalities), never the wounded: "مقتل 3 وإصابة 5" is 3. A vague count
("dozens killed", "عشرات القتلى") gives None rather than an invented figure; so does a sentence
that states no death. Patterns work on text folded by :func:`geo.events.text.fold`.
"""
from __future__ import annotations

import re

from geo.events.text import fold_pattern
from geo.events.numbers import AR_NUMBER, EN_NUMBER, parse_number
from geo.events.tolls import TollModel, find_toll, never_a_toll

_AR_N = r"(?<!\w)(?P<n>" + AR_NUMBER + r")(?!\w)"
_AR_APPROX = fold_pattern(r"(?:(?:ما لا يقل عن|لا يقل عن|نحو|حوالي|قرابة|أكثر من|زهاء)\s+)?")
_AR_KILL_NOUN = fold_pattern(r"(?<!\w)(?:و|ف)?(?:ب)?(?:مقتل|مصرع|استشهاد|استشهد|سقوط|قتل|قتلوا|قتلت|أردت|أردوا|وفاة|أعدم|أعدمت|إعدام)"
                             r"(?!\w)")
_AR_DEAD_PLURAL = fold_pattern(r"(?:قتلى|قتيلا|قتيل|شهداء|شهيدا|شهيد)")
_AR_SINGLE = fold_pattern(r"(?:مدني|شخص|طفل|طفلة|امرأة|جندي|رجل|مواطن|شاب|فتى|فتاة|عنصر|ضابط|مسعف|صحفي)")
# Duals, oblique (شخصين) and nominative (طفلان): unambiguous, unlike مدنيين (dual or plural).
_AR_DUAL = fold_pattern(r"(?:شخصين|طفلين|جنديين|رجلين|شابين|امرأتين|قتيلين|شهيدين|ضابطين|عنصرين|مسعفين"
                        r"|شخصان|طفلان|جنديان|رجلان|شابان|امرأتان|قتيلان|شهيدان|ضابطان|عنصران|مدنيان)")
# One victim as the verb's object: "قتل مسلحون مسؤولا محليا".
_AR_SINGLE_OBJECT = fold_pattern(r"(?:مسؤولا|شخصا|مدنيا|طفلا|جنديا|رجلا|شابا|مواطنا|ضابطا|صحفيا|مسعفا)")
_AR_KILL_VERB = fold_pattern(r"(?<!\w)(?:و|ف)?(?:قتل|قتلت|قتلوا|أردى|أردت|أردوا|اغتال|اغتالت|اغتالوا)(?!\w)")
_AR_NOT_HURT = fold_pattern(r"(?!و?(?:إصابة|جرح|أكثر|نحو))")

AR_PATTERNS: tuple[re.Pattern[str], ...] = (
    # مقتل 7 مدنيين / مصرع سبعة أشخاص / سقوط 5 قتلى
    re.compile(_AR_KILL_NOUN + r"\s+" + _AR_APPROX + _AR_N),
    # 5 قتلى / سبعة شهداء
    re.compile(_AR_N + r"\s+" + _AR_DEAD_PLURAL + r"(?!\w)"),
    # حصيلة القتلى ... إلى 12
    re.compile(fold_pattern(r"حصيلة\s+(?:\S+\s+){0,4}?(?:إلى|بلغت|بلغ)\s+") + _AR_APPROX + _AR_N),
    # أودى بحياة 4
    re.compile(fold_pattern(r"(?:أودى|أودت)\s+بحياة\s+") + _AR_APPROX + _AR_N),
    # مقتل مدنيين اثنين / أعدم تنظيم داعش ثلاثة (the number a word or two after)
    re.compile(_AR_KILL_NOUN + r"\s+(?:" + _AR_NOT_HURT + r"\S+\s+){1,2}?" + _AR_N),
    # لقي ثلاثة جنود مصرعهم
    re.compile(fold_pattern(r"(?<!\w)(?:و)?لقي(?:ت|وا)?\s+") + _AR_APPROX + _AR_N
               + fold_pattern(r"\s+(?:\S+\s+){0,4}?(?:مصرعهم|مصرعهما|حتفهم|حتفهما)")),
    # 12 مدنيا قتلوا
    re.compile(_AR_N + fold_pattern(r"\s+(?:\S+\s+)?(?:قتلوا|لقوا حتفهم|لقوا مصرعهم|استشهدوا)")),
)
AR_DUAL = re.compile(_AR_KILL_NOUN + r"\s+" + _AR_DUAL + r"(?!\w)")
AR_SINGLE = re.compile(_AR_KILL_NOUN + r"\s+" + _AR_SINGLE + r"(?!\w)(?!\s+(?:\d|" + AR_NUMBER + r"))"
                       # "ما أدى إلى استشهاده/مقتلها": his or her death
                       + fold_pattern(r"|(?<!\w)(?:و|ف)?(?:ب)?(?:مقتل|مصرع|استشهاد|وفاة)(?:ه|ها)(?!\w)")
                       + "|" + _AR_KILL_VERB + r"\s+(?:\S+\s+){0,2}?" + _AR_SINGLE_OBJECT + r"(?!\w)")

_EN_N = r"(?<![\w-])(?P<n>" + EN_NUMBER + r")(?![\w-])"
_EN_APPROX = r"(?:(?:at least|about|some|around|nearly|almost|more than|over|up to|as many as)\s+)?"
_EN_NOT_HURT = r"(?:(?!wounded|injured|hurt|and\b|or\b|\d)[a-z'-]+\s+){0,3}?"
EN_PATTERNS: tuple[re.Pattern[str], ...] = (
    # killed 7 civilians / killing three / claimed the lives of 12 / death toll rose to 9
    re.compile(r"(?:killed|killing|kills|claimed the lives of|killed at least|death toll (?:rose|climbed|has risen|"
               r"reached|stood|stands|is) (?:to|at)|toll (?:rose|climbed) to)\s+" + _EN_APPROX + _EN_N),
    # three civilians were killed / 12 dead / seven people died
    re.compile(_EN_APPROX + _EN_N + r"\s+" + _EN_NOT_HURT + r"(?:(?:were|was|have been|had been|are|reportedly)\s+)*"
               r"(?:killed|dead|died|slain|shot dead|martyred|lost their lives|perished)"),
    # left 5 dead
    re.compile(r"(?:left|leaving)\s+" + _EN_APPROX + _EN_N + r"\s+(?:[a-z]+\s+)?dead"),
)
_EN_ONE = (r"(?:civilian|child|man|woman|soldier|person|boy|girl|policeman|officer|journalist|fighter|farmer"
           r"|elder|official|leader|cleric|imam|priest|teacher|doctor|nurse|student|activist|judge|commander"
           r"|teenager|resident|worker|paramedic)")
EN_SINGLE = re.compile(r"(?:killing|killed|shot dead|gunned down|murdered|executed|assassinated)\s+(?:a|an|one)\s+"
                       r"(?:[a-z-]+\s+)?" + _EN_ONE + r"(?![a-z])"
                       r"|(?<![a-z])(?:a|an|one)\s+(?:[a-z]+\s+)?" + _EN_ONE + r"\s+(?:was\s+)?(?:killed|shot dead|died)")


# Every pattern above holds one of these stems (folded): a cheap test before the regexes.
_AR_STEMS = tuple(fold_pattern(w) for w in ("قتل", "مصرع", "استشهد", "استشهاد", "شهداء", "شهيد", "قتيل", "وفاة",
                                            "أعدم", "إعدام", "حتف", "مقتل", "حصيلة", "بحياة", "قتلى"))
_EN_STEMS = ("kill", "dead", "died", "death", "slain", "lives", "martyr", "perish", "toll", "fatal", "execut",
             "behead", "murder", "assassin", "lynch", "bodies", "body", "succumb")


def find_fatalities(folded_sentence: str, lang: str) -> int | None:
    """The number of people a folded sentence says were killed, or None when not stated or vague."""
    return find_fatalities_span(folded_sentence, lang)[0]


def has_death_word(folded_sentence: str, lang: str) -> bool:
    """Whether the folded sentence holds a word of death at all (the cheap gate before any reading)."""
    stems = _AR_STEMS if lang == "ar" else _EN_STEMS
    return any(stem in folded_sentence for stem in stems)


def find_fatalities_span(folded_sentence: str, lang: str, next_sentence: bool = False,
                         model: TollModel | None = None) -> tuple[int | None, tuple[int, int] | None]:
    """The fatalities and the span of the number stating them (for reading who the victims were).

    English: the learned span choice of :mod:`geo.events.tolls` over every number in the sentence, with
    the hand patterns below as one of its features; when it picks nothing in the event's own
    sentence, the hand patterns' reading stands. Arabic: the hand patterns. Either way a year,
    date, age, calibre or distance is never a toll. ``next_sentence``: the sentence is the one after
    the event's, read because the event's own sentence stated no toll (the model alone decides).
    ``model``: another set of weights (training); the shipped one by default.
    """
    if not has_death_word(folded_sentence, lang):
        return None, None  # no word of death: skip the number patterns (most of the cost)
    if lang != "ar":
        value, span = find_toll(folded_sentence, model, next_sentence, rule_starts(folded_sentence))
        if span is not None or next_sentence:
            return value, span
    value, span = rules_span(folded_sentence, lang)
    if span is not None and never_a_toll(folded_sentence, *_number_span(folded_sentence, span)):
        return None, None
    return value, span


def _number_span(folded_sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The first run of digits inside a matched phrase (the whole phrase when it has none)."""
    m = _DIGITS.search(folded_sentence, span[0], span[1])
    return (m.start(), m.end()) if m else span


_DIGITS = re.compile(r"\d+")


def rule_starts(folded_sentence: str) -> frozenset[int]:
    """Where the English hand patterns read a toll ("killed 7", "7 were killed"): a feature of the
    learned choice, so it starts from the rules' knowledge and learns where they fail."""
    return frozenset(m.start("n") for pattern in EN_PATTERNS for m in pattern.finditer(folded_sentence))


def rules_span(folded_sentence: str, lang: str) -> tuple[int | None, tuple[int, int] | None]:
    """The hand patterns alone: the earliest phrase stating deaths, its number and span."""
    if lang == "ar":
        patterns, single, dual = AR_PATTERNS, AR_SINGLE, AR_DUAL
    else:
        patterns, single, dual = EN_PATTERNS, EN_SINGLE, None
    best: tuple[int, int, int | None] | None = None
    for pattern in patterns:
        m = pattern.search(folded_sentence)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), parse_number(m.group("n")))
    for pattern, value in ((dual, 2), (single, 1)):
        if pattern is None:
            continue
        m = pattern.search(folded_sentence)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end(), value)
    if best is None:
        return None, None
    return best[2], (best[0], best[1])
