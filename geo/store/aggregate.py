"""The dashboard's aggregate (``place_days``): counts per place and published day, kept on
every write, so a view of a year of news is a GROUP BY over small rows instead of a join of
a million mentions with their articles, corrections and events.

Why this and not DuckDB over the file: it works on PostgreSQL too, needs no second engine
in the server, and stays right under concurrent writers (it is written in the same
transaction as the rows it counts).

Rows are built by ``geo.store.viewsql.ViewQueries`` (the exact queries) over a scope:
- a new article: its rows are appended (``add_article``); a group's rows may repeat and are
  summed when read;
- a correction, a re-parse, a deletion: every row of that article's published day is built
  again (``refresh_articles``), which also merges the repeats;
- the migration builds them all (``rebuild``).

``answerable`` says when the aggregate gives exactly what the exact queries give: filters
among countries (one), languages and the day range, and no event dated off its article's
day (nor an event placed by position only, with a country filter) inside the range.
Anything else is answered by the exact queries (``geo.store.viewsql``).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.store.records import as_date
from geo.store.schema import articles, place_days

FAST_FILTERS = frozenset({"country_codes", "langs", "day_from", "day_to"})
ALL_COUNTRIES = "*"
_INSERT_COLUMNS = ("kind", "pday", "eday", "gid", "klat", "klon", "kname", "country_code", "lang", "drawable", "etype",
                   "n", "dead", "name", "name_ar", "name_en", "text", "lat", "lon", "feature", "precision",
                   "confidence", "approximate", "first_article", "last_article")


def _selects(scope: list) -> list[sa.Select]:
    """The aggregate's rows for the articles in ``scope`` (conditions on ``articles``)."""
    from geo.store.viewsql import ViewQueries

    q = ViewQueries({}, scope=tuple(scope))
    vm, ev = q.vm, q.ev
    none = sa.null()
    drawable = sa.case((sa.and_(*q.drawable()), 1), else_=0)
    keys = q.key_columns()
    dims = [vm.c.published, *keys, vm.c.country_code, vm.c.lang, drawable]
    mentions = sa.select(
        sa.literal("m"), vm.c.published, none, *keys, vm.c.country_code, vm.c.lang, drawable, none,
        sa.func.count(), none,
        sa.func.min(vm.c.name), sa.func.max(vm.c.name_ar), sa.func.max(vm.c.name_en), sa.func.min(vm.c.text),
        sa.func.min(vm.c.lat), sa.func.min(vm.c.lon), sa.func.min(vm.c.feature),
        sa.func.min(sa.func.coalesce(vm.c.precision, 3)), sa.func.max(sa.func.coalesce(vm.c.confidence, 0.0)),
        sa.func.max(sa.case((vm.c.approximate, 1), else_=0)),
        sa.func.min(vm.c.article_id), sa.func.max(vm.c.article_id),
    ).group_by(*dims)

    art = articles.alias("aart")
    evj = ev.join(art, art.c.id == ev.c.article_id)
    m_drawable = sa.case((sa.and_(ev.c.m_lat.between(-90, 90), ev.c.m_lon.between(-180, 180),
                                  ev.c.m_status != "rejected"), 1), else_=0)
    tail = [none] * 12
    edims = [art.c.published, ev.c.day, ev.c.gid, ev.c.klat, ev.c.klon, ev.c.kname, ev.c.m_country, art.c.lang,
             m_drawable, ev.c.type]
    linked = (sa.select(sa.literal("e"), *edims, sa.func.count(), sa.func.sum(ev.c.fatalities), *tail)
              .select_from(evj).where(ev.c.mention_id.isnot(None)).group_by(*edims))
    klat = sa.func.round(sa.cast(ev.c.lat, sa.Numeric), 3)
    klon = sa.func.round(sa.cast(ev.c.lon, sa.Numeric), 3)
    placed = sa.case((sa.and_(ev.c.lat.isnot(None), ev.c.lon.isnot(None)), 1), else_=0)
    udims = [art.c.published, ev.c.day, klat, klon, art.c.lang, placed, ev.c.type]
    unlinked = (sa.select(sa.literal("u"), art.c.published, ev.c.day, none, klat, klon, none, none, art.c.lang, placed,
                          ev.c.type, sa.func.count(), sa.func.sum(ev.c.fatalities), *tail)
                .select_from(evj).where(ev.c.mention_id.is_(None)).group_by(*udims))
    published_day = sa.func.substr(sa.cast(art.c.published, sa.String), 1, 10)
    off_day = (sa.select(sa.literal("x"), art.c.published, ev.c.day, *[none] * 6, sa.literal(0), none,
                         sa.func.count(), none, *tail)
               .select_from(evj)
               .where(ev.c.mention_id.isnot(None), ev.c.day.isnot(None),
                      sa.or_(art.c.published.is_(None), ev.c.day != published_day))
               .group_by(art.c.published, ev.c.day))
    per_country = (sa.select(sa.literal("a"), vm.c.published, none, none, none, none, none, vm.c.country_code,
                             vm.c.lang, sa.literal(0), none, sa.func.count(sa.distinct(vm.c.article_id)), none, *tail)
                   .group_by(vm.c.published, vm.c.country_code, vm.c.lang))
    every = (sa.select(sa.literal("a"), vm.c.published, none, none, none, none, none, sa.literal(ALL_COUNTRIES),
                       vm.c.lang, sa.literal(0), none, sa.func.count(sa.distinct(vm.c.article_id)), none, *tail)
             .group_by(vm.c.published, vm.c.lang))
    return [mentions, linked, unlinked, off_day, per_country, every]


def _insert(conn: Connection, scope: list) -> None:
    for select in _selects(scope):
        conn.execute(place_days.insert().from_select(list(_INSERT_COLUMNS), select))


def _key_of(pd: Any) -> list:
    return [pd.gid, pd.klat, pd.klon, pd.kname]


def _totals(conn: Connection, keys: list | None) -> None:
    """The day-free rows ("M" mentions, "E" events placed on a mention) of these place keys
    (None: every place) from their day rows: what a view without a date range reads."""
    pd = place_days.c
    where = [] if keys is None else [_keys_where(keys)]
    if keys is not None and not keys:
        return
    conn.execute(place_days.delete().where(pd.kind.in_(["M", "E"]), *where))
    none = sa.null()
    dims = [*_key_of(pd), pd.country_code, pd.lang, pd.drawable]
    mentions = sa.select(
        sa.literal("M"), none, none, *dims, none, sa.func.sum(pd.n), none,
        sa.func.min(pd.name), sa.func.max(pd.name_ar), sa.func.max(pd.name_en), sa.func.min(pd.text),
        sa.func.min(pd.lat), sa.func.min(pd.lon), sa.func.min(pd.feature), sa.func.min(pd.precision),
        sa.func.max(pd.confidence), sa.func.max(pd.approximate), sa.func.min(pd.first_article),
        sa.func.max(pd.last_article)).where(pd.kind == "m", *where).group_by(*dims)
    linked = sa.select(sa.literal("E"), none, none, *dims, pd.etype, sa.func.sum(pd.n), sa.func.sum(pd.dead),
                       *[none] * 12).where(pd.kind == "e", *where).group_by(*dims, pd.etype)
    for select in (mentions, linked):
        conn.execute(place_days.insert().from_select(list(_INSERT_COLUMNS), select))


def _keys_where(keys: list) -> sa.ColumnElement[bool]:
    pd = place_days.c
    gids = sorted({k[0] for k in keys if k[0] is not None})
    others = [sa.and_(pd.gid.is_(None), pd.klat == k[1] if k[1] is not None else pd.klat.is_(None),
                      pd.klon == k[2] if k[2] is not None else pd.klon.is_(None),
                      pd.kname == k[3] if k[3] is not None else pd.kname.is_(None))
              for k in set(keys) if k[0] is None]
    return sa.or_(pd.gid.in_(gids), *others)


def _day_keys(conn: Connection, scope: list) -> set:
    pd = place_days.c
    return set(conn.execute(sa.select(*_key_of(pd)).where(pd.kind.in_(["m", "e"]), *scope).distinct()).all())


def rebuild(conn: Connection) -> None:
    """Every row again, from the whole store (the migration; a repair)."""
    conn.execute(place_days.delete())
    _insert(conn, [])
    _totals(conn, None)


_ARTICLE = sa.bindparam("aggregate_article_id", type_=sa.Integer)
_per_article: list[sa.Insert] = []


def _article_inserts() -> list[sa.Insert]:
    """The INSERTs of one article's rows, built once (building them took 30 ms an article): its day
    rows, then the same mention and event rows without their day appended as day-free rows
    (readers sum a place's day-free rows; the next rebuild of a day or place merges them)."""
    if not _per_article:
        selects = _selects([articles.c.id == _ARTICLE])
        inserts = [place_days.insert().from_select(list(_INSERT_COLUMNS), select) for select in selects]
        for kind, select in (("M", selects[0]), ("E", selects[1])):
            day_free = select.subquery("dayfree")
            # typed as the table's columns (PostgreSQL types a subquery's bare NULL as text)
            cols = [sa.cast(c, place_days.c[name].type) for c, name in zip(day_free.c, _INSERT_COLUMNS)]
            cols[0], cols[1], cols[2] = sa.literal(kind), sa.null(), sa.null()  # kind, no day, no event day
            inserts.append(place_days.insert().from_select(list(_INSERT_COLUMNS), sa.select(*cols)))
        _per_article.extend(inserts)
    return _per_article


_EVENT_INSERTS = (1, 2, 3, 7)  # in _article_inserts: e, u, x and E rows, none for an article without events


def add_article(conn: Connection, article_id: int, has_events: bool = True) -> None:
    """Count a newly stored article (no corrections can exist for it yet)."""
    for k, insert in enumerate(_article_inserts()):
        if has_events or k not in _EVENT_INSERTS:
            conn.execute(insert, {"aggregate_article_id": int(article_id)})


def article_days(conn: Connection, article_ids: Iterable[int]) -> set:
    """The published days (None: undated) of these articles: what ``refresh_days`` needs."""
    ids = [int(i) for i in article_ids]
    if not ids:
        return set()
    return {as_date(d) if d is not None else None
            for d in conn.execute(sa.select(articles.c.published).where(articles.c.id.in_(ids))).scalars()}


def refresh_days(conn: Connection, days: Iterable[Any]) -> None:
    """Build again every row of these published days (None: the undated articles)."""
    for day in set(days):
        same = place_days.c.pday.is_(None) if day is None else place_days.c.pday == as_date(day)
        same = sa.and_(same, place_days.c.kind.notin_(["M", "E"]))
        keys = _day_keys(conn, [same])
        conn.execute(place_days.delete().where(same))
        _insert(conn, [articles.c.published.is_(None) if day is None else articles.c.published == as_date(day)])
        _totals(conn, list(keys | _day_keys(conn, [same])))


def refresh_articles(conn: Connection, article_ids: Iterable[int]) -> None:
    """After a change to these articles' mentions, events or corrections."""
    refresh_days(conn, article_days(conn, article_ids))


# -- reading ---------------------------------------------------------------------------------

def answerable(conn: Connection, filters: dict[str, Any]) -> bool:
    """Whether the aggregate answers this view exactly (see the module's docstring)."""
    if set(k for k, v in filters.items() if v) - FAST_FILTERS:
        return False
    if len(filters.get("country_codes") or []) > 1:
        return False
    if not (filters.get("day_from") or filters.get("day_to") or filters.get("country_codes")):
        return True
    eday = _eday_range(filters)
    if filters.get("day_from") or filters.get("day_to"):  # a mention brought in by an event of another day
        off = conn.execute(sa.select(place_days.c.id).where(
            place_days.c.kind == "x", *eday,
            sa.or_(place_days.c.pday.is_(None), sa.not_(sa.and_(*_pday_range(filters))))).limit(1)).first()
        if off is not None:
            return False
    if filters.get("country_codes"):  # events placed by position: in the view when their article is
        unplaced = conn.execute(sa.select(place_days.c.id).where(place_days.c.kind == "u", *eday).limit(1)).first()
        if unplaced is not None:
            return False
    return True


def _pday_range(filters: dict[str, Any]) -> list:
    where = []
    if filters.get("day_from"):
        where.append(place_days.c.pday >= as_date(filters["day_from"]))
    if filters.get("day_to"):
        where.append(place_days.c.pday <= as_date(filters["day_to"]))
    return where


def _eday_range(filters: dict[str, Any]) -> list:
    where = []
    if filters.get("day_from"):
        where.append(place_days.c.eday >= as_date(filters["day_from"]).isoformat())
    if filters.get("day_to"):
        where.append(place_days.c.eday <= as_date(filters["day_to"]).isoformat())
    return where


def _where(kind: str, filters: dict[str, Any], totals: bool = False) -> list:
    """Conditions on rows of ``kind`` for the view's fast filters (``totals``: the day-free rows
    when the view has no day range)."""
    pd = place_days.c
    ranged = bool(filters.get("day_from") or filters.get("day_to"))
    where = [pd.kind == (kind.upper() if totals and not ranged else kind)]
    countries = list(filters.get("country_codes") or [])
    if kind == "a":
        where.append(pd.country_code == (countries[0] if countries else ALL_COUNTRIES))
    elif countries and kind in ("m", "e"):
        where.append(pd.country_code.in_(countries))
    if filters.get("langs"):
        where.append(pd.lang.in_(list(filters["langs"])))
    where += _eday_range(filters) if kind in ("e", "u") else _pday_range(filters)
    return where


def places(conn: Connection, filters: dict[str, Any]) -> tuple[sa.Select, sa.Select, sa.Select]:
    """(places, linked event types, unlinked event types) as ``ViewQueries`` gives them."""
    pd = place_days.c
    keys = [pd.gid.label("gid"), pd.klat.label("klat"), pd.klon.label("klon"), pd.kname.label("kname")]
    found = (sa.select(
        *keys, sa.func.min(pd.name).label("name"), sa.func.max(pd.name_ar).label("name_ar"),
        sa.func.max(pd.name_en).label("name_en"), sa.func.min(pd.text).label("text"),
        sa.func.min(pd.lat).label("lat"), sa.func.min(pd.lon).label("lon"),
        sa.func.min(pd.country_code).label("country_code"), sa.func.min(pd.feature).label("feature"),
        sa.func.min(pd.precision).label("precision"), sa.func.max(pd.confidence).label("confidence"),
        sa.func.max(pd.approximate).label("approximate"), sa.func.sum(pd.n).label("n"),
        sa.func.min(pd.first_article).label("first_article"), sa.func.max(pd.last_article).label("last_article"))
        .where(*_where("m", filters, totals=True), pd.drawable == 1).group_by(pd.gid, pd.klat, pd.klon, pd.kname))
    linked = (sa.select(*keys, pd.etype.label("type"), sa.func.sum(pd.n).label("n"), sa.func.sum(pd.dead).label("dead"))
              .where(*_where("e", filters, totals=True), pd.drawable == 1)
              .group_by(pd.gid, pd.klat, pd.klon, pd.kname, pd.etype))
    unlinked = (sa.select(pd.klat.label("klat"), pd.klon.label("klon"), pd.etype.label("type"),
                          sa.func.sum(pd.n).label("n"), sa.func.sum(pd.dead).label("dead"))
                .where(*_where("u", filters), pd.drawable == 1).group_by(pd.klat, pd.klon, pd.etype))
    return found, linked, unlinked


def overview(conn: Connection, filters: dict[str, Any]) -> tuple[list, list, int]:
    """((day, mentions) per published day, (day, events) per event day, articles)."""
    pd = place_days.c
    mention_days = conn.execute(sa.select(pd.pday, sa.func.sum(pd.n)).where(*_where("m", filters))
                                .group_by(pd.pday)).all()
    event_days: dict[Any, int] = {}
    for kind in ("e", "u"):
        for day, n in conn.execute(sa.select(pd.eday, sa.func.sum(pd.n)).where(*_where(kind, filters))
                                   .group_by(pd.eday)):
            event_days[day] = event_days.get(day, 0) + int(n or 0)
    n_articles = conn.execute(sa.select(sa.func.sum(pd.n)).where(*_where("a", filters))).scalar()
    return mention_days, list(event_days.items()), int(n_articles or 0)
