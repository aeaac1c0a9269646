"""ACLED-style CSV: one row per event, in the columns analysts import into their ACLED tooling.

``python -m geo export --format acled-csv`` (the store's command) calls :func:`write_acled_csv`
with event dicts joined to their article (title, source, url, published). ``notes`` is the
event's excerpt, as ACLED's notes summarise the source sentence.
"""
from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import IO, Any

from geo.csvsafe import defuse

ACLED_COLUMNS = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude",
                 "longitude", "geo_precision", "fatalities", "notes", "source"]


def acled_row(row: Mapping[str, Any]) -> dict[str, str]:
    """One event (plus its article's fields) as ACLED columns, every value a safe string."""
    event_date = row.get("date") or _iso(row.get("published"))
    source = row.get("source") or row.get("url") or ""
    values = {
        "event_date": event_date or "",
        "event_type": row.get("type") or "",
        "sub_event_type": row.get("sub_type") or "",
        "actor1": row.get("actor1") or "",
        "actor2": row.get("actor2") or "",
        "location": row.get("location") or "",
        "latitude": _coord(row.get("lat"), "lat", row),
        "longitude": _coord(row.get("lon"), "lon", row),
        "geo_precision": _whole(row.get("geo_precision"), "geo_precision", row) or "",
        # ACLED writes 0 when no death is reported.
        "fatalities": _whole(row.get("fatalities"), "fatalities", row) or "0",
        "notes": " ".join(str(row.get("excerpt") or "").split()),
        "source": str(source),
    }
    return {key: defuse(value) for key, value in values.items()}


def write_acled_csv(rows: Iterable[Mapping[str, Any]], fp: IO[str]) -> int:
    """Write a header and one line per event to the text stream ``fp``; returns the row count."""
    # CRLF: the csv module quotes only its terminator's characters, and a bare CR split rows.
    writer = csv.DictWriter(fp, fieldnames=ACLED_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(acled_row(row))
        count += 1
    return count


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    return text[:10] or None


def _coord(value: Any, field: str, row: Mapping[str, Any]) -> str:
    if value is None or value == "":
        return ""
    try:
        return f"{float(value):.5f}"
    except (TypeError, ValueError):
        raise ValueError(f"event {_which(row)}: {field} is not a number: {value!r}") from None


def _whole(value: Any, field: str, row: Mapping[str, Any]) -> str | None:
    """A whole number as text (analysts' corrections may store "7"); None when empty."""
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"event {_which(row)}: {field} is not a whole number: {value!r}") from None
    if not math.isfinite(number) or number != int(number) or number < 0:
        raise ValueError(f"event {_which(row)}: {field} is not a whole number: {value!r}")
    return str(int(number))


def _which(row: Mapping[str, Any]) -> str:
    return str(row.get("event_id") or row.get("url") or row.get("title") or "?")


