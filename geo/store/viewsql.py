"""The dashboard's questions answered in SQL: places with counts, a place's mentions a page at
a time, events linked to their mention, counts per day, filter choices.

Why: reading the whole store into Python for every data version does not scale (a year of
news is a million mentions). These queries return one row per place, per day or per page,
on SQLite and PostgreSQL alike. The semantics are those of ``geo.dashboard.views.select_rows``:

- view filters are ``Store.mention_rows``' filters plus ``event_types``, ``actors`` and
  ``min_fatalities``;
- an event is linked to the mention it was placed on by the span stored with it
  (``mention_span``, kept as the indexed columns ``events.mention_start/mention_end``); an
  event the analyst moved elsewhere (its correction sets ``lat``) is linked to no mention and
  placed by position;
- an event is in the view when it is not rejected, passes the article filters and the event
  filters, and its mention is in the view (an unlinked event: when its article is);
- with an event filter, only mentions linked to such events stay;
- ``day_from``/``day_to`` (the timeline's brush, the dashboard's date range) keep the events
  of those days (their own date, else their article's) and the mentions of articles published
  then or placed on by one of those events: a strike on Monday reported on Tuesday is on
  Monday's map.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.store import aggregate
from geo.store.records import as_date
from geo.store.rows import MENTION_FILTERS, _plain, article_filters, iter_event_rows, mention_query, normalise_filters
from geo.store.schema import articles, event_corrections, events, mention_corrections, mentions

EVENT_VIEW_FILTERS = frozenset({"event_types", "actors", "min_fatalities"})
DAY_FILTERS = frozenset({"day_from", "day_to"})
VIEW_FILTERS = MENTION_FILTERS | EVENT_VIEW_FILTERS | DAY_FILTERS
# The mention columns the aggregates read: a million rows of excerpts and JSON are not carried along.
LEAN = ("mention_id", "status", "start", "end", "text", "name", "name_ar", "name_en", "lat", "lon", "country_code", "feature",
        "geonameid", "precision", "confidence", "approximate", "article_id", "published", "lang")
COORD_DIGITS = 3  # as geo.maps.places: places without a gazetteer id are grouped to about 100 m


def split_filters(filters: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(mention filters, event filters) of a view's filters."""
    filters = dict(filters or {})
    return ({k: v for k, v in filters.items() if k not in EVENT_VIEW_FILTERS | DAY_FILTERS},
            {k: v for k, v in filters.items() if k in EVENT_VIEW_FILTERS | DAY_FILTERS and v})


# -- events ----------------------------------------------------------------------------------

def _corrections_join(table: sa.FromClause) -> sa.FromClause:
    return table.outerjoin(event_corrections, sa.and_(
        event_corrections.c.article_id == events.c.article_id,
        event_corrections.c.start == events.c.start,
        event_corrections.c.end == events.c.end,
        event_corrections.c.type_key == sa.func.coalesce(events.c.type, "")))


def _event_columns() -> list:
    """The event fields the view filters and counts on, the analyst's changes over the engine's."""
    changes, data = event_corrections.c.changes, events.c.data
    when = sa.func.coalesce(changes["date"].as_string(), data["date"].as_string(),
                            sa.cast(articles.c.published, sa.String))
    return [
        events.c.id.label("event_id"), events.c.article_id, events.c.start,
        sa.func.coalesce(event_corrections.c.status, "auto").label("status"),
        sa.func.coalesce(changes["type"].as_string(), events.c.type).label("type"),
        sa.func.coalesce(changes["fatalities"].as_integer(), data["fatalities"].as_integer()).label("fatalities"),
        sa.func.coalesce(changes["actor1"].as_string(), data["actor1"].as_string()).label("actor1"),
        sa.func.coalesce(changes["actor2"].as_string(), data["actor2"].as_string()).label("actor2"),
        sa.func.coalesce(changes["lat"].as_float(), data["lat"].as_float()).label("lat"),
        sa.func.coalesce(changes["lon"].as_float(), data["lon"].as_float()).label("lon"),
        sa.func.substr(when, 1, 10).label("day"),
    ]


def _moved() -> sa.ColumnElement[bool]:
    """An analyst placed the event elsewhere (geo.dashboard.corrections.event_changes sets its position)."""
    return event_corrections.c.changes["lat"].as_float().isnot(None)


def _event_filters(columns: dict[str, Any], event_filters: dict[str, Any]) -> list:
    """Not rejected, and the view's event type, actor and fatalities filters."""
    where = [columns["status"] != "rejected"]
    if event_filters.get("event_types"):
        where.append(columns["type"].in_(list(event_filters["event_types"])))
    if event_filters.get("actors"):
        actors = list(event_filters["actors"])
        where.append(sa.or_(columns["actor1"].in_(actors), columns["actor2"].in_(actors)))
    if event_filters.get("min_fatalities"):
        where.append(sa.func.coalesce(columns["fatalities"], 0) >= int(event_filters["min_fatalities"]))
    if event_filters.get("day_from"):
        where.append(columns["day"] >= as_date(event_filters["day_from"]).isoformat())
    if event_filters.get("day_to"):
        where.append(columns["day"] <= as_date(event_filters["day_to"]).isoformat())
    return where


class ViewQueries:
    """The SELECTs of one view (its filters fixed): mentions, events, places, days."""

    def __init__(self, filters: dict[str, Any] | None, place: str | None = None, scope: tuple = ()):
        """``scope``: more conditions on the articles (``geo.store.aggregate`` builds its rows one
        article or one published day at a time)."""
        self.mention_filters, self.event_filters = split_filters(filters)
        self.scope = list(scope)
        base = mention_query(self.mention_filters).order_by(None).where(*self.scope)
        lean = mention_query(self.mention_filters, LEAN).order_by(None).where(*self.scope)
        whole = lean.subquery("vwhole")  # the view's mentions, whichever place: unlinked events' articles
        if place is not None:  # one place's mentions: found through the index on the gazetteer id
            candidates = _place_candidates(place)
            base, lean = base.where(mentions.c.id.in_(candidates)), lean.where(mentions.c.id.in_(candidates))
        vbase = lean.subquery("vbase")  # the mentions before any event filter
        self.ev = self._events(vbase, whole)
        wanted = sa.select(self.ev.c.mention_id).where(self.ev.c.mention_id.isnot(None))
        if set(self.event_filters) - DAY_FILTERS:
            base = base.where(mentions.c.id.in_(wanted))
            lean = lean.where(mentions.c.id.in_(wanted))
        elif self.event_filters:  # days only: published then, or where an event of those days happened
            published = [articles.c.published >= as_date(self.event_filters[k]) if k == "day_from"
                         else articles.c.published <= as_date(self.event_filters[k]) for k in self.event_filters]
            then = sa.or_(sa.and_(*published), mentions.c.id.in_(wanted))
            base, lean = base.where(then), lean.where(then)
        self.select = base  # the view's mentions, every column of Store.mention_rows
        self.vm = lean.subquery("vm")  # the columns the aggregates and the place pages need

    def _events(self, vbase: sa.Subquery, whole: sa.Subquery) -> sa.Subquery:
        """The view's events: those placed on one of its mentions (found from the mention through
        the index on the events' mention span), and those placed by position only whose article
        is in the view; with the place key columns of their mention."""
        cols = _event_columns()
        named = {c.name: c for c in cols}
        keys = self.key_columns(vbase)
        on_mention = (vbase.join(events, sa.and_(events.c.article_id == vbase.c.article_id,
                                                 events.c.mention_start == vbase.c.start,
                                                 events.c.mention_end == vbase.c.end))
                      .join(articles, articles.c.id == events.c.article_id))
        linked = (sa.select(*cols, vbase.c.mention_id, *keys, vbase.c.lat.label("m_lat"), vbase.c.lon.label("m_lon"),
                            vbase.c.status.label("m_status"), vbase.c.country_code.label("m_country"))
                  .select_from(_corrections_join(on_mention))
                  .where(sa.not_(sa.func.coalesce(_moved(), False)), *_event_filters(named, self.event_filters)))
        in_view = sa.exists(sa.select(whole.c.mention_id).where(whole.c.article_id == events.c.article_id))
        none = sa.null()
        nothing = [none.label(k) for k in ("mention_id", "gid", "klat", "klon", "kname", "m_lat", "m_lon", "m_status",
                                           "m_country")]
        shared = [*article_filters(self.mention_filters), *self.scope, in_view, *_event_filters(named, self.event_filters)]
        unplaced = (sa.select(*cols, *nothing)  # never placed on a mention (the index on mention_start finds them)
                    .select_from(_corrections_join(events.join(articles, articles.c.id == events.c.article_id)))
                    .where(events.c.mention_start.is_(None), *shared))
        moved = (sa.select(*cols, *nothing)  # placed elsewhere by an analyst: found from the (small) corrections
                 .select_from(event_corrections.join(events, sa.and_(
                     event_corrections.c.article_id == events.c.article_id,
                     event_corrections.c.start == events.c.start, event_corrections.c.end == events.c.end,
                     event_corrections.c.type_key == sa.func.coalesce(events.c.type, "")))
                     .join(articles, articles.c.id == events.c.article_id))
                 .where(events.c.mention_start.isnot(None), _moved(), *shared,
                        # the few articles with a moved event, so the planner starts from the corrections
                        # (SQLite scanned every event otherwise: 0.4 s of each pick on a year of news)
                        events.c.article_id.in_(sa.select(event_corrections.c.article_id).where(_moved()))))
        return sa.union_all(linked, unplaced, moved).subquery("ev")

    # -- mentions --------------------------------------------------------------------------
    def drawable(self, vm: sa.Subquery | None = None) -> list:
        vm = self.vm if vm is None else vm
        # as geo.maps.places.group_places: a place needs coordinates, and a rejected mention is no place
        return [vm.c.lat.between(-90, 90), vm.c.lon.between(-180, 180), vm.c.status != "rejected"]

    def key_columns(self, vm: sa.Subquery | None = None) -> list:
        """The place key (geo.maps.places.place_key) as columns: the gazetteer id, else the
        rounded position and the name."""
        vm = self.vm if vm is None else vm
        no_id = vm.c.geonameid.is_(None)
        return [
            vm.c.geonameid.label("gid"),
            sa.case((no_id, sa.func.round(sa.cast(vm.c.lat, sa.Numeric), COORD_DIGITS))).label("klat"),
            sa.case((no_id, sa.func.round(sa.cast(vm.c.lon, sa.Numeric), COORD_DIGITS))).label("klon"),
            sa.case((no_id, sa.func.coalesce(sa.func.nullif(vm.c.name, ""), vm.c.text))).label("kname"),
        ]

    def places(self) -> sa.Select:
        """One row per place: key, names, position, counts, best precision and confidence."""
        vm = self.vm
        keys = self.key_columns()
        return (sa.select(
            *keys,
            sa.func.min(vm.c.name).label("name"), sa.func.max(vm.c.name_ar).label("name_ar"),
            sa.func.max(vm.c.name_en).label("name_en"), sa.func.min(vm.c.text).label("text"),
            sa.func.min(vm.c.lat).label("lat"), sa.func.min(vm.c.lon).label("lon"),
            sa.func.min(vm.c.country_code).label("country_code"), sa.func.min(vm.c.feature).label("feature"),
            sa.func.min(sa.func.coalesce(vm.c.precision, 3)).label("precision"),
            sa.func.max(sa.func.coalesce(vm.c.confidence, 0.0)).label("confidence"),
            sa.func.max(sa.case((vm.c.approximate, 1), else_=0)).label("approximate"),
            sa.func.count().label("n"),
            sa.func.min(vm.c.article_id).label("first_article"),
            sa.func.max(vm.c.article_id).label("last_article"),
        ).where(*self.drawable()).group_by(*keys))

    def mention_days(self) -> sa.Select:
        """Per published day (None: undated): mentions and articles (an article has one day)."""
        vm = self.vm
        day = sa.cast(vm.c.published, sa.String)
        return sa.select(day.label("day"), sa.func.count(), sa.func.count(sa.distinct(vm.c.article_id))).group_by(day)

    # -- events ----------------------------------------------------------------------------
    def event_ids(self) -> sa.Select:
        """(event id, id of the mention it is placed on) of the view's events, in article order."""
        ev = self.ev
        return sa.select(ev.c.event_id, ev.c.mention_id).order_by(ev.c.article_id, ev.c.start, ev.c.event_id)

    def event_days(self) -> sa.Select:
        """Per day (the event's own, else its article's; None: undated): events."""
        ev = self.ev
        return sa.select(ev.c.day, sa.func.count()).group_by(ev.c.day)

    def linked_event_types(self) -> sa.Select:
        """Per place key and event type: how many of the view's events are placed there."""
        ev = self.ev
        keys = [ev.c.gid, ev.c.klat, ev.c.klon, ev.c.kname]
        return (sa.select(*keys, ev.c.type, sa.func.count().label("n"), sa.func.sum(ev.c.fatalities).label("dead"))
                .where(ev.c.mention_id.isnot(None), ev.c.m_lat.between(-90, 90), ev.c.m_lon.between(-180, 180),
                       ev.c.m_status != "rejected")
                .group_by(*keys, ev.c.type))

    def unlinked_event_types(self) -> sa.Select:
        """Per rounded position and type: the view's events placed by position only."""
        ev = self.ev
        klat = sa.func.round(sa.cast(ev.c.lat, sa.Numeric), COORD_DIGITS)
        klon = sa.func.round(sa.cast(ev.c.lon, sa.Numeric), COORD_DIGITS)
        return (sa.select(klat.label("klat"), klon.label("klon"), ev.c.type, sa.func.count().label("n"),
                          sa.func.sum(ev.c.fatalities).label("dead"))
                .where(ev.c.mention_id.is_(None), ev.c.lat.isnot(None), ev.c.lon.isnot(None))
                .group_by(klat, klon, ev.c.type))

    # -- one place ------------------------------------------------------------------------
    def place_where(self, key: str, vm: sa.Subquery | None = None, *, gid: Any = None, lat: Any = None,
                    lon: Any = None) -> list | None:
        """Conditions on ``self.vm`` (or the given columns) for the place with this key (None: not a place key)."""
        vm = self.vm if vm is None else vm
        gid = vm.c.geonameid if gid is None else gid
        lat = vm.c.lat if lat is None else lat
        lon = vm.c.lon if lon is None else lon
        if key.startswith("g") and key[1:].isdigit():
            return [gid == int(key[1:])]
        parts = key[1:].split("_") if key.startswith("p") else []
        if len(parts) != 3:
            return None
        try:
            lat_, lon_ = float(parts[0]), float(parts[1])
        except ValueError:
            return None
        half = 0.5 * 10 ** -COORD_DIGITS
        return [gid.is_(None), lat.between(lat_ - half, lat_ + half), lon.between(lon_ - half, lon_ + half)]

    def place_rows(self, key: str) -> sa.Select | None:
        """A place's mentions, newest article first, then in text order."""
        where = self.place_where(key)
        if where is None:
            return None
        full = self.select.subquery("vfull")
        return (sa.select(full).where(*self.place_where(key, full), *self.drawable(full))
                .order_by(full.c.published.desc().nulls_last(), full.c.article_id.desc(), full.c.start,
                          full.c.mention_id))

    def place_event_ids(self, key: str, lat: float, lon: float) -> sa.Select | None:
        """The view's events at a place: linked to one of its mentions, or placed at its position."""
        ev = self.ev
        where = self.place_where(key, gid=ev.c.gid, lat=ev.c.m_lat, lon=ev.c.m_lon)
        if where is None:
            return None
        half = 0.5 * 10 ** -COORD_DIGITS
        at = sa.and_(ev.c.mention_id.is_(None), ev.c.lat.between(lat - half, lat + half),
                     ev.c.lon.between(lon - half, lon + half))
        return (sa.select(ev.c.event_id, ev.c.mention_id).where(sa.or_(sa.and_(ev.c.mention_id.isnot(None), *where), at))
                .order_by(ev.c.article_id.desc(), ev.c.start, ev.c.event_id))


def _place_candidates(key: str) -> sa.Select:
    """Ids of the mentions that may belong to the place ``key`` (the engine's place or an
    analyst's), by indexed columns; the view's own conditions then decide."""
    corrected = (sa.select(mentions.c.id).select_from(mentions.join(mention_corrections, sa.and_(
        mention_corrections.c.article_id == mentions.c.article_id,
        mention_corrections.c.start == mentions.c.start, mention_corrections.c.end == mentions.c.end)))
        .where(mention_corrections.c.status == "corrected"))
    if key.startswith("g") and key[1:].isdigit():
        gid = int(key[1:])
        return sa.union(sa.select(mentions.c.id).where(mentions.c.geonameid == gid),
                        corrected.where(mention_corrections.c.geonameid == gid))
    return sa.union(sa.select(mentions.c.id).where(mentions.c.geonameid.is_(None)),
                    corrected.where(mention_corrections.c.geonameid.is_(None)))


def place_key(gid: Any, klat: Any, klon: Any, kname: Any) -> str:
    """The map's place id from the key columns (as geo.maps.places.place_key gives it)."""
    if gid is not None:
        return f"g{int(gid)}"
    digest = zlib.crc32(str(kname or "").encode("utf-8"))
    return f"p{float(klat):.{COORD_DIGITS}f}_{float(klon):.{COORD_DIGITS}f}_{digest:08x}"


def iter_rows(conn: Connection, query: sa.Select, limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
    """Mention rows of a query over ``ViewQueries.vm`` or ``.select`` as ``Store.mention_rows`` gives them."""
    if limit is not None:
        query = query.limit(int(limit)).offset(int(offset))
    for row in conn.execute(query, execution_options={"yield_per": 2000}).mappings():
        yield _plain(dict(row))


# -- filter choices ---------------------------------------------------------------------------

def distinct_values(conn: Connection, column: str, since: int = 0) -> list[str]:
    """The values of a mention place field, as the engine gave them or as analysts corrected them
    (``since``: the engine's values in articles with a higher id only)."""
    query = sa.union(sa.select(mentions.c[column]).where(mentions.c.article_id > int(since)).distinct(),
                     sa.select(mention_corrections.c[column]).where(mention_corrections.c.status == "corrected")
                     .distinct())
    return sorted({str(v) for v in conn.execute(query).scalars() if v})


def event_choices(conn: Connection, since: int = 0) -> tuple[list[str], list[str]]:
    """(event types, actors) among the stored events and their corrections (``since``: the events
    of articles with a higher id, and every corrected event)."""
    every = sa.select(*_event_columns()).select_from(
        _corrections_join(events.join(articles, articles.c.id == events.c.article_id)))
    if since:  # two parts, each found by an index (an OR across the join read every event)
        corrected = events.c.article_id.in_(sa.select(event_corrections.c.article_id))
        ev = sa.union_all(every.where(events.c.article_id > int(since)),
                          every.where(events.c.article_id <= int(since), corrected)).subquery("ev")
    else:
        ev = every.subquery("ev")
    types = conn.execute(sa.select(ev.c.type).distinct()).scalars()
    type_list = sorted({str(t) for t in types if t})
    actors = conn.execute(sa.union(sa.select(ev.c.actor1).distinct(), sa.select(ev.c.actor2).distinct())).scalars()
    return type_list, sorted({str(a) for a in actors if a})


def article_choices(conn: Connection, limit: int, extra: list[int] | tuple[int, ...] = ()) -> list[dict[str, Any]]:
    """The newest ``limit`` articles' metadata, plus the ``extra`` ids that exist."""
    cols = [articles.c.id, articles.c.title, articles.c.published, articles.c.source]
    rows = list(conn.execute(sa.select(*cols).order_by(articles.c.id.desc()).limit(int(limit))).mappings())
    have = {r["id"] for r in rows}
    wanted = [int(i) for i in extra if int(i) not in have]
    if wanted:
        rows += list(conn.execute(sa.select(*cols).where(articles.c.id.in_(wanted))).mappings())
    return [dict(r, published=r["published"].isoformat() if hasattr(r["published"], "isoformat") else r["published"])
            for r in rows]



# -- what the store's view methods return ------------------------------------------------------

def _fast_filters(conn: Connection, filters: dict[str, Any] | None, exact: bool = False) -> dict[str, Any] | None:
    """The view's filters in canonical form when the aggregate answers them exactly, else None
    (always None with ``exact``: the queries over the rows themselves, which tests compare with)."""
    if exact:
        return None
    mention_filters, event_filters = split_filters(filters)
    if any(k not in aggregate.FAST_FILTERS and v is not None and not (k == "include_rejected" and not v)
           for k, v in mention_filters.items()):
        return None  # article_ids=[] means no article: only present or absent matters there
    fast = {**normalise_filters({k: v for k, v in mention_filters.items() if k in aggregate.FAST_FILTERS}),
            **event_filters}
    return fast if aggregate.answerable(conn, fast) else None


def places(conn: Connection, filters: dict[str, Any] | None, exact: bool = False) -> list[dict[str, Any]]:
    """One dict per drawable place of the view, most mentioned first: ``id`` (the map's place
    key), names, position, ``n`` mentions, ``n_articles``, ``title`` (of one of its articles),
    precision, confidence, approximate, ``event_types`` {type: events there}, ``fatalities`` there."""
    fast = _fast_filters(conn, filters, exact)
    if fast is not None:  # the per-place, per-day aggregate (geo.store.aggregate)
        found_q, linked_q, unlinked_q = aggregate.places(conn, fast)
    else:
        q = ViewQueries(filters)
        found_q, linked_q, unlinked_q = q.places(), q.linked_event_types(), q.unlinked_event_types()
    found: dict[str, dict[str, Any]] = {}
    by_location: dict[tuple[float, float], dict[str, Any]] = {}
    for r in conn.execute(found_q).mappings():
        key = place_key(r["gid"], r["klat"], r["klon"], r["kname"])
        row = {k: r[k] for k in ("name", "name_ar", "name_en", "lat", "lon", "country_code", "feature", "n")}
        row["article_id"] = r["first_article"] if r["first_article"] == r["last_article"] else None
        if key in found:  # two SQL groups, one key (a name's digest collides): merged
            found[key]["n"] += row["n"]
            continue
        row.update(id=key, geonameid=r["gid"], name=row["name"] or r["text"] or "?",
                   precision=int(r["precision"] or 3), confidence=float(r["confidence"] or 0.0),
                   approximate=bool(r["approximate"]), event_types={}, fatalities=0)
        found[key] = row
        by_location.setdefault((round(float(row["lat"]), COORD_DIGITS), round(float(row["lon"]), COORD_DIGITS)), row)
    for r in conn.execute(linked_q).mappings():
        place = found.get(place_key(r["gid"], r["klat"], r["klon"], r["kname"]))
        if place is not None:
            _add_events(place, r)
    for r in conn.execute(unlinked_q).mappings():
        place = by_location.get((round(float(r["klat"]), COORD_DIGITS), round(float(r["klon"]), COORD_DIGITS)))
        if place is not None:
            _add_events(place, r)
    single = {p["article_id"] for p in found.values() if p["article_id"] is not None}
    titles = dict(conn.execute(sa.select(articles.c.id, articles.c.title).where(articles.c.id.in_(single))).all()) \
        if single else {}
    for p in found.values():  # one article's places are coloured by it (geo.maps.colours, key "article")
        p["title"] = (titles.get(p["article_id"]) or p["article_id"]) if p["article_id"] is not None else None
    return sorted(found.values(), key=lambda p: (-p["n"], p["id"]))


def _add_events(place: dict[str, Any], row: Any) -> None:
    if row["type"] is not None:
        place["event_types"][row["type"]] = place["event_types"].get(row["type"], 0) + int(row["n"])
    place["fatalities"] += int(row["dead"] or 0)


def overview(conn: Connection, filters: dict[str, Any] | None, exact: bool = False) -> dict[str, Any]:
    """``counts`` (mentions, articles, undated mentions, events) and ``days``: (yyyy-mm-dd,
    mentions, events) per day, oldest first; two grouped queries."""
    per_day: dict[str, list[int]] = {}
    counts = {"mentions": 0, "articles": 0, "undated": 0, "events": 0}
    fast = _fast_filters(conn, filters, exact)
    if fast is not None:
        mention_days, event_days, counts["articles"] = aggregate.overview(conn, fast)
        mention_days = [(day, n, 0) for day, n in mention_days]
    else:
        q = ViewQueries(filters)
        mention_days, event_days = conn.execute(q.mention_days()).all(), conn.execute(q.event_days()).all()
    for day, n, n_articles in mention_days:
        counts["mentions"] += int(n)
        counts["articles"] += int(n_articles)
        if day is None:
            counts["undated"] += int(n)
        else:
            per_day.setdefault(str(day)[:10], [0, 0])[0] += int(n)
    for day, n in event_days:
        counts["events"] += int(n)
        if day is not None:
            per_day.setdefault(str(day)[:10], [0, 0])[1] += int(n)
    return {"counts": counts, "days": [(day, m, e) for day, (m, e) in sorted(per_day.items())]}


def mention_rows(conn: Connection, filters: dict[str, Any] | None, limit: int | None = None,
                 offset: int = 0) -> Iterator[dict[str, Any]]:
    """The view's mentions in article then text order (a page of them with ``limit``)."""
    q = ViewQueries(filters)
    query = q.select.order_by(articles.c.id, mentions.c.start, mentions.c.id)
    return iter_rows(conn, query, limit, offset)


def place_rows(conn: Connection, filters: dict[str, Any] | None, key: str, limit: int | None = None,
               offset: int = 0) -> list[dict[str, Any]]:
    """A page of one place's mentions (newest article first), or [] for an unknown key."""
    q = ViewQueries(filters, place=key)
    query = q.place_rows(key)
    if query is None:
        return []
    if key.startswith("g"):
        return list(iter_rows(conn, query, limit, offset))
    # a place without a gazetteer id: the position selects in SQL, the name's digest here
    rows = [r for r in iter_rows(conn, query) if place_key(None, r["lat"], r["lon"],
                                                           r.get("name") or r.get("text")) == key]
    return rows[offset:offset + limit] if limit is not None else rows[offset:]


def event_rows(conn: Connection, filters: dict[str, Any] | None, limit: int | None = None,
               place: tuple[str, float, float] | None = None) -> list[dict[str, Any]]:
    """The view's events (``Store.event_rows`` dicts plus ``mention_id``, the mention they are
    placed on), in article order; with ``place`` (key, lat, lon) only those at that place."""
    q = ViewQueries(filters, place=None if place is None else place[0])
    query = q.event_ids() if place is None else q.place_event_ids(*place)
    if query is None:
        return []
    if limit is not None:
        query = query.limit(int(limit))
    return _event_dicts(conn, conn.execute(query).all())


def iter_event_rows_of_view(conn: Connection, filters: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    """Every event of the view, a chunk of ids at a time (exports)."""
    q = ViewQueries(filters)
    found = conn.execute(q.event_ids()).all()
    for lo in range(0, len(found), 2000):
        yield from _event_dicts(conn, found[lo:lo + 2000])


def _event_dicts(conn: Connection, found: list[Any]) -> list[dict[str, Any]]:
    """Full event rows for (event id, mention id) pairs, in their order."""
    if not found:
        return []
    links = {event_id: mention_id for event_id, mention_id in found}
    rows = {r["event_id"]: r for r in iter_event_rows(conn, {"event_ids": list(links), "include_rejected": True})}
    return [dict(rows[i], mention_id=links[i]) for i in links if i in rows]


def choices(conn: Connection, article_limit: int, extra_articles: tuple[int, ...] = (),
            since: int = 0) -> dict[str, Any]:
    """What each filter offers, over the whole store (``geo.dashboard.views.filter_options``'s keys).

    ``since``: only what articles with a higher id (and every correction) bring, for a caller that
    holds the choices up to that article and merges (``merge_choices``): reading a year of news'
    events for their types and actors took seconds, on every new data version.
    """
    types, actors = event_choices(conn, since)
    newer = articles.c.id > int(since)
    return {
        "articles": article_choices(conn, article_limit, extra_articles),
        "sources": sorted({str(s) for s in conn.execute(sa.select(articles.c.source).where(newer).distinct())
                          .scalars() if s}),
        "langs": sorted({str(s) for s in conn.execute(sa.select(articles.c.lang).where(newer).distinct()).scalars()
                        if s}),
        "countries": distinct_values(conn, "country_code", since),
        "features": distinct_values(conn, "feature", since),
        "event_types": types,
        "actors": actors,
        "last_article": int(conn.execute(sa.select(sa.func.max(articles.c.id))).scalar() or 0),
    }


def merge_choices(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """``old`` choices with those of a later ``choices(..., since=...)`` (its articles list wins)."""
    out = dict(new)
    for key, values in old.items():
        if key not in ("articles", "last_article") and isinstance(values, list):
            out[key] = sorted(set(values) | set(new.get(key) or []))
    return out
