"""Relative publication times ("2 hours ago", "منذ ساعتين", "yesterday", "tomorrow") against a clock.

Feeds and scraped pages often give the publication time relative to when they were
fetched. Read against midnight (as dateparser's default base was), "2 hours ago" became
yesterday; read against nothing, "tomorrow" became a future publication date. Here the
reference is the article's own clock (its fetch time, or the file's modification time,
else now), in UTC, and a publication can never lie after it.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "a few": 3, "few": 3, "several": 3}
_EN_UNITS = {"second": 1 / 3600, "sec": 1 / 3600, "minute": 1 / 60, "min": 1 / 60, "hour": 1, "hr": 1, "day": 24,
             "week": 24 * 7, "month": 24 * 30, "year": 24 * 365}
# Arabic units: singular (one), dual (two), plural (needs a number); hours per unit.
_AR_UNITS = [
    (("ثانية",), ("ثانيتين", "ثانيتان"), ("ثوان", "ثواني", "ثوانٍ"), 1 / 3600),
    (("دقيقة",), ("دقيقتين", "دقيقتان"), ("دقائق",), 1 / 60),
    (("ساعة",), ("ساعتين", "ساعتان"), ("ساعات",), 1),
    (("يوم",), ("يومين", "يومان"), ("أيام", "ايام"), 24),
    (("أسبوع", "اسبوع"), ("أسبوعين", "اسبوعين"), ("أسابيع", "اسابيع"), 24 * 7),
    (("شهر",), ("شهرين",), ("أشهر", "اشهر", "شهور"), 24 * 30),
]
_EN_AGO = re.compile(r"^(?:about |some |over |nearly )?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"a few|few|several) (second|sec|minute|min|hour|hr|day|week|month|year)s? ago$")
_AR_AGO = re.compile(r"^(?:منذ|قبل|من) (?:حوالي |نحو )?(?:(\d+) )?(\S+)$")
_NOW = {"just now", "now", "moments ago", "a moment ago", "الآن", "الان", "قبل قليل", "منذ قليل", "للتو",
        "today", "اليوم"}
_DAYS_BACK = {"yesterday": 1, "أمس": 1, "امس": 1, "الأمس": 1, "البارحة": 1, "the day before yesterday": 2,
              "أول أمس": 2, "أول من أمس": 2, "اول امس": 2}
_FUTURE = re.compile(r"^(?:tomorrow|the day after tomorrow|غدا|غداً|غدًا|بعد غد|in \d+ \w+|next \w+|"
                     r"بعد (?:\d+ )?\S+)$")
LATEST_OFFSET = timedelta(hours=14)  # UTC+14: the latest local date anywhere at a given instant


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC (a naive datetime is taken as UTC)."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _ar_hours(count: str | None, unit: str) -> float | None:
    for singular, dual, plural, hours in _AR_UNITS:
        if unit in singular:
            return (int(count) if count else 1) * hours
        if unit in dual and not count:
            return 2 * hours
        if unit in plural and count:
            return int(count) * hours
    return None


def _hours_ago(text: str) -> float | None:
    match = _EN_AGO.match(text)
    if match:
        number = int(match[1]) if match[1].isdigit() else _EN_NUMBERS[match[1]]
        return number * _EN_UNITS[match[2]]
    match = _AR_AGO.match(text)
    if match:
        return _ar_hours(match[1], match[2])
    return None


def is_future(text: str) -> bool:
    """Whether a date string says a time after its clock ("tomorrow", "غدا", "in 2 days", "next week")."""
    return bool(_FUTURE.match(_normal(text)))


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_DIGITS)).strip().lower().rstrip(".")


def relative_date(text: str, clock: datetime) -> date | None:
    """The UTC date a relative expression means at ``clock``, or None when ``text`` is not one."""
    folded = _normal(text)
    clock = as_utc(clock)
    if folded in _NOW:
        return clock.date()
    if folded in _DAYS_BACK:
        return clock.date() - timedelta(days=_DAYS_BACK[folded])
    hours = _hours_ago(folded)
    if hours is None:
        return None
    return (clock - timedelta(hours=hours)).date()


def not_after(found: date | None, clock: datetime) -> date | None:
    """``found`` unless it lies after ``clock`` in every time zone (a future publication date)."""
    if found is None:
        return None
    return found if found <= (as_utc(clock) + LATEST_OFFSET).date() else None
