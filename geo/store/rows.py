"""Read side: mention and event rows with analyst corrections applied, and their filters.

One query feeds the map, the exports and the dashboard table, so they always agree.
Mention corrections are applied in SQL (filters see the corrected place); event
corrections are small JSON edits applied in Python.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.errors import StoreError
from geo.store.records import PLACE_FIELDS, STATUSES, as_date
from geo.store.schema import articles, event_corrections, events, mention_corrections, mentions

MENTION_FILTERS = frozenset({
    "article_ids", "sources", "langs", "date_from", "date_to", "country_codes", "features",
    "min_confidence", "statuses", "search", "include_rejected",
})
EVENT_FILTERS = MENTION_FILTERS - {"features"} | {"types", "event_ids"}
CHUNK = 2000  # rows fetched at a time: memory stays flat on big stores


def _check(filters: dict[str, Any] | None, allowed: frozenset[str]) -> dict[str, Any]:
    filters = dict(filters or {})
    unknown = set(filters) - allowed
    if unknown:
        raise StoreError(f"unknown filters: {', '.join(sorted(unknown))} (known: {', '.join(sorted(allowed))})")
    statuses = filters.get("statuses")
    if statuses and set(statuses) - set(STATUSES):
        raise StoreError(f"statuses must be among {', '.join(STATUSES)}")
    return normalise_filters(filters)


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def normalise_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """Filters checked and in canonical form, or StoreError naming the bad value.

    Country codes are upper-cased (``ly`` is ``LY``); dates must be exactly yyyy-mm-dd
    (``2020-01-01junk`` is refused, not cut); ``min_confidence`` must be a finite number
    (NaN compares false with everything and silently gave no rows).
    """
    out = dict(filters)
    if out.get("country_codes"):
        codes = [str(c).strip().upper() for c in out["country_codes"]]
        bad = [c for c in codes if not _COUNTRY.match(c)]
        if bad:
            raise StoreError(f"country code {bad[0]!r} is not a two-letter ISO code such as LY or SY")
        out["country_codes"] = codes
    for key in ("date_from", "date_to"):
        value = out.get(key)
        if value in (None, "") or isinstance(value, date):
            continue
        text = str(value).strip()
        try:
            if not _ISO_DAY.match(text):
                raise ValueError
            out[key] = date.fromisoformat(text)
        except ValueError:
            raise StoreError(f"{key.replace('_', ' ')} {value!r} is not a date written yyyy-mm-dd") from None
    if out.get("min_confidence") is not None:
        try:
            number = float(out["min_confidence"])
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number):
            raise StoreError(f"minimum confidence {out['min_confidence']!r} is not a number (give 0 to 1)")
        out["min_confidence"] = number
    return out


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def article_filters(filters: dict[str, Any]) -> list[sa.ColumnElement[bool]]:
    where = []
    if filters.get("article_ids") is not None:
        where.append(articles.c.id.in_([int(i) for i in filters["article_ids"]]))
    if filters.get("sources"):
        where.append(articles.c.source.in_(list(filters["sources"])))
    if filters.get("langs"):
        where.append(articles.c.lang.in_(list(filters["langs"])))
    return where


def _mention_columns() -> list[sa.ColumnElement[Any]]:
    corrected = mention_corrections.c.status == "corrected"
    verified = mention_corrections.c.status.in_(["confirmed", "corrected"])
    place = [
        sa.case((corrected, mention_corrections.c[f]), else_=mentions.c[f]).label(f) for f in PLACE_FIELDS
    ]
    return [
        mentions.c.id.label("mention_id"),
        sa.func.coalesce(mention_corrections.c.status, "auto").label("status"),
        mentions.c.start, mentions.c.end, mentions.c.text,
        *place,
        # An analyst's answer is certain; keeps confirmed places above any confidence cut.
        sa.case((verified, 1.0), else_=mentions.c.confidence).label("confidence"),
        mentions.c.excerpt, mentions.c.excerpt_start, mentions.c.alternatives,
        sa.case((corrected, sa.false()), else_=mentions.c.approximate).label("approximate"),
        mentions.c.is_event_location, mentions.c.also_at,
        articles.c.id.label("article_id"), articles.c.title, articles.c.source, articles.c.url,
        articles.c.published, articles.c.lang, articles.c.added_at,
    ]


def mention_query(filters: dict[str, Any] | None, columns: tuple[str, ...] | None = None) -> sa.Select:
    """The SELECT behind ``Store.mention_rows``; see there for the filters. ``columns`` picks
    some of its columns only (aggregates over a million rows read less)."""
    filters = _check(filters, MENTION_FILTERS)
    cols = {c.name: c for c in _mention_columns()}
    shown = cols if columns is None else {k: cols[k] for k in columns}
    joined = mentions.join(articles, mentions.c.article_id == articles.c.id).outerjoin(
        mention_corrections,
        sa.and_(
            mention_corrections.c.article_id == mentions.c.article_id,
            mention_corrections.c.start == mentions.c.start,
            mention_corrections.c.end == mentions.c.end,
        ),
    )
    where = article_filters(filters)
    status = cols["status"]
    if filters.get("date_from"):
        where.append(articles.c.published >= as_date(filters["date_from"]))
    if filters.get("date_to"):
        where.append(articles.c.published <= as_date(filters["date_to"]))
    if filters.get("country_codes"):
        where.append(cols["country_code"].in_(list(filters["country_codes"])))
    if filters.get("features"):
        where.append(cols["feature"].in_(list(filters["features"])))
    if filters.get("min_confidence") is not None:
        where.append(cols["confidence"] >= float(filters["min_confidence"]))
    if filters.get("statuses"):
        where.append(status.in_(list(filters["statuses"])))
    elif not filters.get("include_rejected"):
        where.append(status != "rejected")
    if filters.get("search"):
        pattern = _like(str(filters["search"]))
        fields = [mentions.c.excerpt, articles.c.title, mentions.c.text,
                  cols["name"], cols["name_ar"], cols["name_en"]]
        where.append(sa.or_(*(sa.func.lower(f).like(pattern, escape="\\") for f in fields)))
    return (
        sa.select(*shown.values()).select_from(joined).where(*where)
        .order_by(articles.c.id, mentions.c.start, mentions.c.id)
    )


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    published = row.get("published")
    if isinstance(published, date):
        row["published"] = published.isoformat()
    row["approximate"] = bool(row["approximate"])
    if row.get("is_event_location") is not None:
        row["is_event_location"] = bool(row["is_event_location"])
    row["alternatives"] = row.get("alternatives") or []
    row["also_at"] = row.get("also_at") or []
    return row


def iter_mention_rows(conn: Connection, filters: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    """Stream mention rows (a plain dict each) in article then text order."""
    result = conn.execute(mention_query(filters), execution_options={"yield_per": CHUNK})
    for row in result.mappings():
        yield _plain(dict(row))


def event_query(filters: dict[str, Any]) -> sa.Select:
    joined = events.join(articles, events.c.article_id == articles.c.id).outerjoin(
        event_corrections,
        sa.and_(
            event_corrections.c.article_id == events.c.article_id,
            event_corrections.c.start == events.c.start,
            event_corrections.c.end == events.c.end,
            event_corrections.c.type_key == sa.func.coalesce(events.c.type, ""),
        ),
    )
    return (
        sa.select(
            events.c.id.label("event_id"), events.c.data,
            sa.func.coalesce(event_corrections.c.status, "auto").label("status"),
            event_corrections.c.changes,
            articles.c.id.label("article_id"), articles.c.title, articles.c.source, articles.c.url,
            articles.c.published, articles.c.lang, articles.c.added_at,
        )
        .select_from(joined).where(*article_filters(filters), *(
            [events.c.id.in_([int(i) for i in filters["event_ids"]])] if filters.get("event_ids") is not None else []))
        .order_by(articles.c.id, events.c.start, events.c.id)
    )


def _event_matches(row: dict[str, Any], filters: dict[str, Any]) -> bool:
    if filters.get("statuses"):
        if row["status"] not in filters["statuses"]:
            return False
    elif row["status"] == "rejected" and not filters.get("include_rejected"):
        return False
    when = row.get("date") or row.get("published")
    if filters.get("date_from") and (not when or when < as_date(filters["date_from"]).isoformat()):
        return False
    if filters.get("date_to") and (not when or when > as_date(filters["date_to"]).isoformat()):
        return False
    if filters.get("country_codes") and row.get("country_code") not in filters["country_codes"]:
        return False
    if filters.get("types") and row.get("type") not in filters["types"]:
        return False
    if filters.get("min_confidence") is not None and (row.get("confidence") or 0) < float(filters["min_confidence"]):
        return False
    if filters.get("search"):
        needle = str(filters["search"]).lower()
        hay = " ".join(str(row.get(k) or "") for k in ("excerpt", "title", "location", "actor1", "actor2"))
        if needle not in hay.lower():
            return False
    return True


# The event fields that follow the place of the mention the event is placed on.
_EVENT_PLACE = {"location": "name", "lat": "lat", "lon": "lon", "country_code": "country_code"}


def _moved_mentions(conn: Connection) -> dict[tuple[int, int, int], dict[str, Any]]:
    """(article_id, start, end) -> the analyst's place, for every corrected mention (a small table)."""
    query = sa.select(mention_corrections).where(mention_corrections.c.status == "corrected")
    return {(r["article_id"], r["start"], r["end"]): dict(r) for r in conn.execute(query).mappings()}


def _follow_mention(row: dict[str, Any], article_id: int, moved: dict[tuple[int, int, int], dict[str, Any]]) -> None:
    """A mention the analyst moved takes its events along (unless the event's own place was edited)."""
    span = row.get("mention_span")
    place = moved.get((article_id, span[0], span[1])) if isinstance(span, list) and len(span) == 2 else None
    if place is None:
        return
    for field, source in _EVENT_PLACE.items():
        row[field] = place.get(source)
    if place.get("precision") is not None:
        row["geo_precision"] = place["precision"]


def iter_event_rows(conn: Connection, filters: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    """Stream event rows: the engine's event dict, the place of its mention as the analyst left
    it, the analyst's changes to the event itself over both, and article fields."""
    filters = _check(filters, EVENT_FILTERS)
    moved = _moved_mentions(conn)
    result = conn.execute(event_query(filters), execution_options={"yield_per": CHUNK})
    for rec in result.mappings():
        row = dict(rec["data"])
        _follow_mention(row, rec["article_id"], moved)
        row.update(rec["changes"] or {})
        row.update({k: rec[k] for k in ("event_id", "status", "article_id", "title", "source", "url",
                                         "lang", "added_at")})
        row["published"] = rec["published"].isoformat() if rec["published"] else None
        if _event_matches(row, filters):
            yield row
