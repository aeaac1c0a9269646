"""Which days a story tells: its own news, or background (issue 10, sessions 9-19).

A sentence's event is background when it names past years and no day of its own, or, below an
English article's lead, a day of its own months old, a month before publication's with no day ("in
April, a drone attack ... killed four"), last year, or only the day it was told ("HRW said on Monday
that soldiers killed 223 villagers in February"). An event noun dated by the words before it ("the
2014 massacre") or pointed back at ("No group claimed that attack") names an event told before.
"""
from __future__ import annotations

import re
from datetime import date

from geo.events.dates import EN_MONTH_NAMES, EN_MONTHS, date_in_sentence, latest_month_named, years_in
from geo.events.lexicon import KILLING, TriggerHit
from geo.events.text import fold, fold_pattern, split_sentences

BACKGROUND_DAYS = 60  # below an article's lead, an event dated this long before publication is background


def is_background(sentence: str, published: date, own: date | None, lead: bool = False, english: bool = False) -> bool:
    """Whether a sentence tells of past years, not of the story's days: it names a year two or more
    before publication and no day of its own near publication. "On 7 July 2024, students staged a
    protest ... demanding the reinstatement of the 2018 circular" is dated by its opening; the
    older year names the circular (session 9: such notes had lost their event). Below the lead, a
    day of its own months before publication is background too (session 10: "Hamas-led fighters
    killed about 1,200 people in southern Israel on 7 October 2023" in a story of June 2024). ``own``
    is the sentence's own day (:func:`date_in_sentence` against publication). Below an English
    lead, a sentence with no day of its own that names only an earlier month ("in April, a drone
    attack ... killed four", "in June last year") or last year is background too (session 19: set
    P's articles retold such violence under news of something else); below an Arabic lead, one that
    names an earlier month, last year, a span ago or the war's start (session 20,
    :func:`arabic_earlier_time`), or a day of its own months old."""
    if not lead and own is not None and (published - own).days > BACKGROUND_DAYS:
        return True  # English and Arabic (session 20: "في 7 أكتوبر" in a June story)
    if not lead and own is None and (_earlier_month_or_year(sentence, published) if english
                                     else arabic_earlier_time(sentence, published)):
        return True
    ago = _YEARS_AGO.search(sentence)
    if english and ago and _opening(sentence[:ago.start()]) and date_in_sentence(_YEARS_AGO.sub(" ", sentence), published) is None:
        return True  # "Ten years ago today, Islamic State fighters swept into Mosul": in the lead too
    if english and own is not None and _told_on_its_day(sentence):
        # "HRW said on Monday that soldiers killed 223 villagers in February": the day is the telling's,
        # the month the event's, in the lead too.
        month = latest_month_named(sentence, published)
        if month is not None and month < published.replace(day=1):
            return True
    if not any(y < published.year - 1 for y in years_in(sentence)):
        return False
    return own is None or own.year < published.year - 1


# Session 20: an anniversary's or a retrospective's time ("Ten years ago today", "two decades ago"); its
# "today" is the day of the telling, not of the event.
_YEARS_AGO = re.compile(r"(?<![a-z])(?:a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty"
                        r"|several|many|a few|\d+) (?:years?|decades?) ago(?: (?:today|this week|this month))?(?![a-z])", re.I)


_DATELINE = re.compile(r"\s*(?:[A-Z][\w'.]*(?:[ ,]+[A-Z(][\w'.()]*){0,4}\s*[\u2014\u2013-]+)?\s*")


def _opening(before: str) -> bool:
    """Whether the words before a time are none, or only a dateline ("MOSUL, Iraq —"): the time
    then opens the sentence and dates its main clause, not a clause inside it ("the fate of two
    activists who disappeared four years ago")."""
    return _DATELINE.fullmatch(before) is not None


# Session 19: an event noun dated by the words before it ("the 2014 massacre", "a February attack",
# "the May 25 strike") names an event told before; and one pointed at ("that attack", "these
# killings") below the lead is the one already told.
_DATED_NOUN = re.compile(
    r"(?<![a-z])(?:the|a|an|its|their|his|her|last year's|this year's)\s+(?:(?P<y>(?:19|20)\d{2})|(?P<m>%s)"
    r"(?:\s+(?P<d>\d{1,2}))?(?:,?\s+(?P<y2>(?:19|20)\d{2}))?)(?:'s)?\s+(?:[a-z-]+\s+)?$" % EN_MONTH_NAMES)
_ANAPHORIC = re.compile(r"(?<![a-z])(?:that|this|those|these|the same)\s+(?:(?!an?\s|the\s)[a-z-]+\s+)?$")
_TOLL_OF = (KILLING, "Arrests")
PAST_NOUN_DAYS = 2  # "the Saturday attack" in a Monday story is the news; a dated noun older than this is not


def told_before(text: str, start: int, folded: str, live: list[TriggerHit]) -> bool:
    """Whether every trigger of the sentence at ``start`` points back ("that attack", "this
    protest") at an event the sentence before it names with the same word. Where the sentence
    before names none ("members gathered to call for ... This protest was organised by"), the
    pointer is the only telling and stays."""
    pointed = [h for h in live if _ANAPHORIC.search(folded, max(0, h.start - 12), h.start)]
    if not pointed or any(h.trigger.sub_type not in _TOLL_OF for h in live if h not in pointed):
        # Session 20: the deaths and arrests of an event pointed back at are its toll ("more than 500
        # people were killed and thousands arrested during those protests").
        return False
    previous = fold(sentence_before(text, start))
    return bool(previous) and all(folded[h.start:h.end].split()[-1][:5] in previous for h in pointed)


def sentence_before(text: str, start: int) -> str:
    """The sentence before the one at ``start`` ("" for the first)."""
    window = text[max(0, start - 1000):start]  # the sentence before, not the whole text before (long articles)
    before = split_sentences(window)
    return window[before[-1][0]:before[-1][1]] if before else ""


# Session 19: a day told by pointing back ("earlier that day", "the same day", "hours later") is the
# day of the sentence before: "soldiers executed residents ... on February 25. The killings appeared
# to be reprisals for a jihadist attack on a nearby military base earlier that day".
_DAY_POINTED_BACK = re.compile(r"(?<![a-z])(?:(?:earlier|later) (?:that|the same) (?:day|night|morning|evening|week)"
                               r"|(?:on )?(?:that|the same) (?:day|night|morning|evening)|the (?:previous|following|next) "
                               r"(?:day|night|morning)|the day before|(?:hours|a day|days|a week|weeks|a month|months) "
                               r"(?:later|earlier))(?![a-z])")


def pointed_back_to_the_past(text: str, start: int, folded: str, published: date | None) -> tuple[date | None, bool]:
    """For a sentence with no day of its own that points back in time ("earlier that day", "weeks
    later"): the day of the sentence before, and whether that sentence is dated only by an earlier
    month or year ("The mission was set up in August 2003. Weeks later, a truck bomb ... killed 22")."""
    if published is None or not _DAY_POINTED_BACK.search(folded):
        return None, False
    before = sentence_before(text, start)
    day = date_in_sentence(before, published)
    if day is not None:
        return day, False
    return None, _earlier_month_or_year(before, published)


# Session 20: an event noun dated by the words after it ("the protests of September 2019", "the
# attack in March 2021", "the clashes of last year").
_DATED_AFTER = re.compile(r"(?:s)? (?:of|in) (?:(?:early |late |mid-?)?(?:%s) )?(?:(?P<y>(?:19|20)\d{2})|last year)(?![\d])"
                          % EN_MONTH_NAMES)


def dated_after(folded: str, end: int, published: date) -> bool:
    """Whether the trigger ending at ``end`` is an event noun dated after it by an earlier year."""
    m = _DATED_AFTER.match(folded, end)
    return m is not None and (m.group("y") is None or int(m.group("y")) < published.year)


def dated_as_past(folded: str, start: int, published: date) -> bool:
    """Whether the trigger at ``start`` is an event noun dated before the story's days."""
    m = _DATED_NOUN.search(folded, max(0, start - 40), start)
    if m is None:
        return False
    year = m.group("y") or m.group("y2")
    if m.group("m") is None:
        return int(year) < published.year
    month = EN_MONTHS[m.group("m")]
    if m.group("d") is None:
        y = int(year) if year else (published.year if month <= published.month else published.year - 1)
        return date(y, month, 1) < published.replace(day=1)
    try:
        day = date(int(year) if year else published.year, month, int(m.group("d")))
    except ValueError:
        return False
    if not year and day > published:
        day = day.replace(year=published.year - 1)
    return (published - day).days > PAST_NOUN_DAYS


_TOLD_ON = re.compile(r"(?<![a-z])(?:said|says|reported|announced|released|published|issued|shared|stated|warned"
                      r"|confirmed|told (?:[a-z-]+ ){0,3}?|report|statement)(?: late| early)? on "
                      r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])")
_WEEKDAY = re.compile(r"(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])")


def _told_on_its_day(sentence: str) -> bool:
    """Whether the only day a sentence names is the day it was told ("said on Monday"), with no
    date in figures."""
    folded = fold(sentence)
    return (_TOLD_ON.search(folded) is not None and len(_WEEKDAY.findall(folded)) == 1
            and date_in_sentence(sentence, None) is None)


# Session 19: times before publication's month named without a month ("last month", "earlier this
# year", "two years ago").
_EARLIER_TIME = re.compile(r"(?<![a-z])(?:last (?:year|month)|earlier this year|(?:a|one|two|three|four|five|six|seven|eight"
                        r"|nine|ten|several|a few|\d+) (?:months|years|year) ago)(?![a-z])", re.I)


def _earlier_month_or_year(sentence: str, published: date) -> bool:
    """Whether the latest time a sentence names (a month without its day, a year, "last year", "last
    month", "two years ago") is before publication's month."""
    month = latest_month_named(sentence, published)
    if month is not None:
        return month < published.replace(day=1)
    years = years_in(sentence)
    if years:
        return max(years) < published.year
    return bool(_EARLIER_TIME.search(sentence))


RECENT_DAYS = 7  # a day of its own this close to publication makes a sentence below a quiet lead news
# Session 20: news told by a time that names no day ("overnight", "this week", "two days ago").
_RECENT_TIME = re.compile(r"(?<![a-z])(?:overnight|last night|this (?:week|weekend|morning)|over the weekend|earlier today"
                          r"|in the early hours|at dawn|hours ago|(?:two|three|four|five|a few|\d) days ago)(?![a-z])", re.I)


def recent_day(sentence: str, published: date | None) -> bool:
    """Whether a sentence dates its own day within RECENT_DAYS of publication (session 19: "a May 25
    strike" under a June 10 report on May's toll is that report's example, not news), or, with no day
    of its own, tells a recent time ("overnight", "this week"); with no publication date, any day of
    its own ("on Sunday" too)."""
    own = date_in_sentence(sentence, published or date.today())
    if own is None:
        return _RECENT_TIME.search(sentence) is not None
    return published is None or 0 <= (published - own).days <= RECENT_DAYS


# Session 20: news told with no day below a quiet lead: an act just done, in the present perfect, on a
# source's word ("Insurgents ... have set up a base in the forest near Nguida, residents said"), near
# the top of the article. Background in the present perfect tells a tally or a trend ("since then").
TOLD_AS_NEWS_SENTENCES = 4  # the lead and the three sentences after it
_JUST_DONE = re.compile(r"(?<![a-z])(?:has|have) (?:now |also |reportedly |allegedly )?(?:been )?(?!been\b|become\b|had\b)"
                        r"[a-z]+(?:ed|en|wn|un|ught|ut|et|eld|ost|ade|one|ept|ook)(?![a-z])")
_ON_A_SOURCE = re.compile(r"(?<![a-z])(?:said|says|say|told|according to|reported|confirmed)(?![a-z])")
_SINCE = re.compile(r"(?<![a-z])(?:since|so far|in recent|over the (?:past|last)|for (?:months|years|weeks))(?![a-z])")


def told_as_news(sentence: str) -> bool:
    """Whether a sentence with no day tells an act just done: the present perfect on a source's word,
    with no tally or trend."""
    folded = fold(sentence)
    return (_JUST_DONE.search(folded) is not None and _ON_A_SOURCE.search(folded) is not None
            and _SINCE.search(folded) is None and date_in_sentence(sentence, None) is None)


def timed_by_the_sentence_before(text: str, start: int, sentence: str, published: date | None) -> bool:
    """Whether a sentence with no time of its own follows one that sets a recent time and tells no act
    of its own ("This week, that dispute flared again. Fighters from the two groups clashed for several
    hours ...")."""
    if date_in_sentence(sentence, None) is not None or _earlier_month_or_year(sentence, published or date.today()):
        return False
    if _RECENT_TIME.search(sentence) or _SINCE.search(fold(sentence)):
        return False
    before = sentence_before(text, start)
    return len(before.split()) <= SETTING_WORDS and recent_day(before, published)


SETTING_WORDS = 12  # a sentence this short that names a time sets the scene for the next


# Session 20: Arabic background below a long article's lead: a month named with no day ("في مارس
# الماضي", "في آذار"), last year or month, years or months ago, since the war began. (Not "آب": folded,
# it is "أب", a father or a priest.)
_AR_MONTHS = {m: i for i, names in enumerate((
    ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "ابريل", "نيسان"),
    ("مايو", "أيار"), ("يونيو", "حزيران"), ("يوليو", "تموز"), ("أغسطس",), ("سبتمبر", "أيلول"),
    ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول")), 1) for m in names}
_AR_MONTH = re.compile(fold_pattern(r"(?<!\w)(?:[وفب]|ال)?(?P<name>" + "|".join(sorted(_AR_MONTHS, key=len, reverse=True))
                                    + r")(?!\w)"))
_AR_MONTH_NUMBER = {fold(m): i for m, i in _AR_MONTHS.items()}
_AR_EARLIER_TIME = re.compile(fold_pattern(
    r"(?<!\w)(?:(?:ال)?(?:عام|سنة|شهر) الماضي|(?:ال)?(?:عام|سنة) (?:19|20)\d\d|قبل (?:عامين|سنتين|شهرين|سنوات|أعوام|أشهر|عقد"
    r"|(?:\d+|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع|عشر) (?:سنوات|أعوام|أشهر|سنة|عاما))|منذ (?:اندلاع|بدء|بداية) (?:ال)?(?:حرب|نزاع|صراع|أزمة|ثورة))"))


def arabic_earlier_time(sentence: str, published: date) -> bool:
    """Whether an Arabic sentence with no day of its own names an earlier month (not publication's),
    last year or month, a span ago, or the war's start."""
    folded = fold(sentence)
    if _AR_EARLIER_TIME.search(folded):
        return True
    return any(_AR_MONTH_NUMBER[m.group("name")] != published.month for m in _AR_MONTH.finditer(folded))

