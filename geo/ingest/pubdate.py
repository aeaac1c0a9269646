"""Publication dates for ingestion: metadata strings and dates written in the text.

Uses ``geo.events.dates`` (the events engineer's parser) when it is present, and a small
fallback here otherwise: ISO, RFC 822 (feeds), "9 June 2020", "June 9, 2020" and
Arabic "9 يونيو/حزيران 2020" with Egyptian and Levantine month names, day names
and Arabic-Indic digits.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from geo.ingest import reltime

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MONTHS = {
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                   "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                   "nov", "dec"], 1)},
    "sept": 9,
    # Egyptian / Gulf names, with common spellings
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونية": 6, "يوليو": 7, "يولية": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi names
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# "9 يونيو/حزيران 2020", "9 June 2020", "9th of June, 2020"
_DMY = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})(?:\s*/\s*(?:{_MONTH_RE}))?\.?,?\s+(\d{{4}})(?!\d)", re.I)
# "June 9, 2020"
_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.-])")  # day first, as in Arab and UK press


def _make(y: int, m: int, d: int) -> date | None:
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return found if 1900 <= found.year <= 2100 else None


def _fallback_find(text: str) -> date | None:
    text = text.translate(_DIGITS)
    candidates: list[tuple[int, date]] = []
    for match in _DMY.finditer(text):
        found = _make(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
        if found:
            candidates.append((match.start(), found))
            break
    for match in _MDY.finditer(text):
        found = _make(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
        if found:
            candidates.append((match.start(), found))
            break
    for match in _ISO.finditer(text):
        found = _make(int(match[1]), int(match[2]), int(match[3]))
        if found:
            candidates.append((match.start(), found))
            break
    for match in _NUMERIC.finditer(text):
        found = _make(int(match[3]), int(match[2]), int(match[1]))
        if found:
            candidates.append((match.start(), found))
            break
    return min(candidates)[1] if candidates else None


def _fallback_parse(value: str) -> date | None:
    value = value.strip().translate(_DIGITS)
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    return _fallback_find(value)


def parse_date(value: object, clock: datetime | None = None) -> date | None:
    """A date from a metadata value (date, datetime, or string in Arabic or English).

    Relative values ("2 hours ago", "منذ ساعتين", "yesterday") are read against ``clock``
    (the article's fetch time; default now, UTC); a date after the clock ("tomorrow", or a
    typo'd year) is no publication date and gives None.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    clock = clock or reltime.utc_now()
    if reltime.is_future(text):
        return None
    relative = reltime.relative_date(text, clock)
    if relative is not None:
        return relative
    try:
        from geo.events.dates import parse_date as engine_parse
    except ImportError:
        engine_parse = None
    if engine_parse is not None:
        found = engine_parse(text, reltime.as_utc(clock).date())
        if found is not None:
            return reltime.not_after(found.date() if isinstance(found, datetime) else found, clock)
    return reltime.not_after(_fallback_parse(text), clock)


def find_date(text: str, *, head: int = 600) -> date | None:
    """The publication date written near the top of an article (dateline), if any."""
    top = text[:head]
    try:
        from geo.events.dates import find_date as engine_find
    except ImportError:
        engine_find = None
    if engine_find is not None:
        found = engine_find(top)
        if found is not None:
            return found.date() if isinstance(found, datetime) else found
    return _fallback_find(top)
