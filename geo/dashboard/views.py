"""What the dashboard shows for a view: store filters, event filters, tables and timelines.

The dashboard (``dashboard.py``) only lays out widgets; every decision about which rows
a view holds lives here so it can be tested without Streamlit. Rows are the store's
mention and event dicts (``Store.mention_rows`` / ``Store.event_rows``).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from geo.dashboard.share import ViewState

if TYPE_CHECKING:  # pandas is imported where frames are built, not when geo.dashboard.views is
    import pandas as pd

# The table's columns, in order, with the analyst-facing headings.
TABLE_COLUMNS = {
    "mention_id": "id", "status": "status", "text": "as written", "name": "place", "name_ar": "Arabic",
    "country_code": "country", "feature": "feature", "precision": "precision",
    "confidence": "confidence", "lat": "lat", "lon": "lon", "title": "article", "source": "source",
    "published": "published", "lang": "lang", "excerpt": "excerpt",
}
EVENT_COLUMNS = {
    "event_id": "id", "status": "status", "type": "type", "sub_type": "sub-type", "location": "place",
    "date": "date", "fatalities": "fatalities", "actor1": "actor 1", "actor2": "actor 2",
    "title": "article", "excerpt": "excerpt",
}


@dataclass
class ViewRows:
    """The rows one view holds: mentions for the map and table, the events among them."""

    mentions: list[dict[str, Any]]
    events: list[dict[str, Any]]


def store_filters(state: ViewState) -> dict[str, Any]:
    """The ``Store.mention_rows`` filters of a view (unset filters left out)."""
    filters: dict[str, Any] = {}
    if state.articles:
        filters["article_ids"] = list(state.articles)
    if state.sources:
        filters["sources"] = list(state.sources)
    if state.langs:
        filters["langs"] = list(state.langs)
    if state.date_from:
        filters["date_from"] = state.date_from
    if state.date_to:
        filters["date_to"] = state.date_to
    if state.countries:
        filters["country_codes"] = list(state.countries)
    if state.features:
        filters["features"] = list(state.features)
    if state.min_confidence > 0:
        filters["min_confidence"] = state.min_confidence
    if state.statuses:
        filters["statuses"] = list(state.statuses)
    if state.search.strip():
        filters["search"] = state.search.strip()
    return filters


def view_filters(state: ViewState) -> dict[str, Any]:
    """The ``Store.view_*`` filters of a view: the mention filters, the event filters, and the
    date range as days (``geo.store.viewsql``: events of those days and where they happened,
    mentions published then)."""
    filters = store_filters(state)
    for name, day in (("date_from", "day_from"), ("date_to", "day_to")):
        if name in filters:
            filters[day] = filters.pop(name)
    if state.event_types:
        filters["event_types"] = list(state.event_types)
    if state.actors:
        filters["actors"] = list(state.actors)
    if state.min_fatalities:
        filters["min_fatalities"] = int(state.min_fatalities)
    return filters


# Events a picked place's panel lists at most.
PLACE_EVENT_LIMIT = 200


def filter_key(state: ViewState) -> str:
    """A key that changes exactly when the view's rows change (its filters, not the map's
    position, picked place, colours or heat layer): for caching what is built from rows."""
    from dataclasses import replace

    from geo.dashboard.share import DEFAULT, query_string

    return query_string(replace(state, place=None, lat=None, lon=None, zoom=None,
                                colour=DEFAULT.colour, heat=DEFAULT.heat))


def event_filters(state: ViewState) -> dict[str, Any]:
    """The ``Store.event_rows`` filters: article-level ones only.

    Place-level filters (country, feature, confidence, search) act on mentions; an event
    is shown when its place is among the view's mentions (see ``link_events``).
    """
    keys = ("article_ids", "sources", "langs")
    return {k: v for k, v in store_filters(state).items() if k in keys}


def has_event_filter(state: ViewState) -> bool:
    return bool(state.event_types or state.actors or state.min_fatalities)


def event_matches(event: Mapping[str, Any], state: ViewState) -> bool:
    """Whether an event passes the view's event type, actor and fatalities filters."""
    if state.event_types and event.get("type") not in state.event_types:
        return False
    if state.actors and not ({event.get("actor1"), event.get("actor2")} & set(state.actors)):
        return False
    if state.min_fatalities and (event.get("fatalities") or 0) < state.min_fatalities:
        return False
    return True


def event_links(mentions: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]]) -> dict[Any, Any]:
    """event_id -> mention_id of the event's place, for every event whose place is found.

    Pass every mention of the events' articles, rejected ones included (the store's rows
    with ``include_rejected``): the engine's ``mention_index`` is the mention's position in
    its document and the store keeps each article's mentions in document order (by id). A
    surface text that disagrees with the event's location falls back to a mention of that
    text inside the event's sentence.
    """
    by_article: dict[Any, list[Mapping[str, Any]]] = defaultdict(list)
    for row in mentions:
        by_article[row.get("article_id")].append(row)
    for rows in by_article.values():
        rows.sort(key=lambda r: r.get("mention_id") or 0)
    links = {}
    for event in events:
        found = _event_mention(event, by_article.get(event.get("article_id"), []))
        if found is not None:
            links[event.get("event_id")] = found
    return links


def link_events(mentions: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]],
                links: Mapping[Any, Any] | None = None) -> list[dict[str, Any]]:
    """Copies of the events with the ``mention_id`` of their place (None when not found).

    ``links`` (from ``event_links`` over the whole store) is used when given; otherwise
    the links are worked out from ``mentions``, which must then hold every mention of
    the events' articles.
    """
    events = list(events)
    if links is None:
        links = event_links(mentions, events)
    return [dict(e, mention_id=links.get(e.get("event_id"))) for e in events]


def _event_mention(event: Mapping[str, Any], rows: list[Mapping[str, Any]]) -> Any:
    """The mention the engine placed the event on: by its span (stored with the event), else by
    its position in the document when that mention lies in the event's sentence. Never by
    name: an Arabic mention's text is not the event's English place name."""
    span = event.get("mention_span")
    if isinstance(span, list) and len(span) == 2:
        for row in rows:
            if [row.get("start"), row.get("end")] == span:
                return row.get("mention_id")
    index, start, end = event.get("mention_index"), event.get("start"), event.get("end")
    if isinstance(index, int) and 0 <= index < len(rows):
        row = rows[index]
        if not (isinstance(start, int) and isinstance(end, int)) or start <= (row.get("start") or -1) < end:
            return row.get("mention_id")
    return None


def select_rows(mentions: list[dict[str, Any]], events: list[dict[str, Any]], state: ViewState,
                links: Mapping[Any, Any] | None = None) -> ViewRows:
    """The view's mentions and events.

    ``mentions`` are the store's rows for ``store_filters(state)``, ``events`` its events
    for ``event_filters(state)``, ``links`` from ``event_links`` over the whole store
    (worked out from ``mentions`` when None: right only for unfiltered rows). An event
    stays when it passes the event filters and its place is in the view (a placeless
    event, when its article is). With an event filter set, only places where such an
    event happened stay.
    """
    events = link_events(mentions, events, links)
    ids = {r.get("mention_id") for r in mentions}
    article_ids = {r.get("article_id") for r in mentions}
    kept_events = [e for e in events if event_matches(e, state) and (
        e["mention_id"] in ids if e["mention_id"] is not None else e.get("article_id") in article_ids)]
    if not has_event_filter(state):
        return ViewRows(mentions, kept_events)
    wanted = {e["mention_id"] for e in kept_events if e["mention_id"] is not None}
    return ViewRows([r for r in mentions if r.get("mention_id") in wanted], kept_events)


# Rows the mentions table shows at most: a browser table of 10,000 long excerpts took
# over a second to draw; the CSV download holds every row of the view.
TABLE_LIMIT = 1000


def mention_frame(rows: Iterable[Mapping[str, Any]], limit: int | None = None) -> pd.DataFrame:
    """The mentions table: one row per mention (the first ``limit``), analyst-facing column names."""
    import pandas as pd

    rows = list(rows)[:limit] if limit is not None else rows
    frame = pd.DataFrame([{k: r.get(k) for k in TABLE_COLUMNS} for r in rows], columns=list(TABLE_COLUMNS))
    frame["confidence"] = pd.to_numeric(frame["confidence"], errors="coerce").round(2)
    return frame.rename(columns=TABLE_COLUMNS)


def event_frame(events: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The events table: one row per event."""
    import pandas as pd

    frame = pd.DataFrame([{k: e.get(k) for k in EVENT_COLUMNS} for e in events], columns=list(EVENT_COLUMNS))
    return frame.rename(columns=EVENT_COLUMNS)


def timeline_frame(mentions: Iterable[Mapping[str, Any]], events: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Counts by day: mentions by their article's published date, events by their own date
    (else the article's). Undated rows are left out (``undated`` says how many)."""
    import pandas as pd

    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"mentions": 0, "events": 0})
    for row in mentions:
        if row.get("published"):
            counts[str(row["published"])[:10]]["mentions"] += 1
    for event in events:
        when = event.get("date") or event.get("published")
        if when:
            counts[str(when)[:10]]["events"] += 1
    frame = pd.DataFrame.from_dict(counts, orient="index", columns=["mentions", "events"])
    if frame.empty:
        return pd.DataFrame({"mentions": [], "events": []}, index=pd.DatetimeIndex([], name="date"))
    frame.index = pd.to_datetime(frame.index, errors="coerce")
    frame = frame[frame.index.notna()].sort_index()
    frame.index.name = "date"
    return frame.astype(int)


def undated(mentions: Iterable[Mapping[str, Any]]) -> int:
    """Mentions whose article has no published date (they never show on the timeline)."""
    return sum(1 for r in mentions if not r.get("published"))


def filter_options(articles: Iterable[Mapping[str, Any]], mentions: Iterable[Mapping[str, Any]],
                   events: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The choices each filter offers, from the whole store (not the current view), so
    narrowing one filter never removes what another one can pick."""
    articles = list(articles)
    mentions = list(mentions)
    events = list(events)
    actors = {e.get(k) for e in events for k in ("actor1", "actor2")}
    return {
        "articles": {int(a["id"]): article_label(a) for a in articles},
        "sources": sorted({str(a["source"]) for a in articles if a.get("source")}),
        "langs": sorted({str(a["lang"]) for a in articles if a.get("lang")}),
        "countries": sorted({str(r["country_code"]) for r in mentions if r.get("country_code")}),
        "features": sorted({str(r["feature"]) for r in mentions if r.get("feature")}),
        "statuses": ["auto", "confirmed", "corrected", "rejected"],
        "event_types": sorted({str(e["type"]) for e in events if e.get("type")}),
        "actors": sorted(str(a) for a in actors if a),
    }


def article_label(article: Mapping[str, Any]) -> str:
    """How an article is named in pickers: its title (or id), date and source."""
    title = str(article.get("title") or f"article {article.get('id')}")
    if len(title) > 70:
        title = title[:69] + "…"
    extra = ", ".join(str(x) for x in (article.get("published"), article.get("source")) if x)
    return f"{title} ({extra})" if extra else title


def initial_view(places: list[Any]) -> tuple[tuple[float, float], int]:
    """A centre and zoom that show every place: the base map is built once with it, so
    later filter changes do not reload the map widget (NOTES.md)."""
    if not places:
        return (20.0, 20.0), 2
    lats, lons = [p.lat for p in places], [p.lon for p in places]
    centre = ((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)
    span = max(max(lats) - min(lats), max(lons) - min(lons), 0.01)
    # At zoom z a 800 px wide map spans about 800 * 360 / (256 * 2**z) degrees.
    zoom = int(math.floor(math.log2(800 * 360 / (256 * span * 1.3))))
    return (round(centre[0], 4), round(centre[1], 4)), max(2, min(zoom, 9))


# Places the picker lists at most. A list of 3,000 places cost 0.2-0.3 s of every first
# render in the browser (bench.dashboard) and nobody scrolls it: the most mentioned come
# first, any other is a marker click or a search away.
PLACE_PICKER_LIMIT = 300


def place_choices(places: list[Any], picked: Any = None, limit: int = PLACE_PICKER_LIMIT) -> list[Any]:
    """Ids for the place picker: the ``limit`` most mentioned places (then by name), and
    the picked one wherever it ranks."""
    ranked = sorted(places, key=lambda p: (-p.count, str(p.name_en or p.name or ""), str(p.id)))
    ids = [p.id for p in ranked[:limit]]
    if picked is not None and picked not in ids and any(p.id == picked for p in places):
        ids.append(picked)
    return ids


def place_label(place: Any) -> str:
    """A place in pickers: English and Arabic names, country and mention count."""
    names = " · ".join(n for n in dict.fromkeys([place.name_en or place.name, place.name_ar]) if n)
    country = f", {place.country_code}" if place.country_code else ""
    return f"{names}{country} ({place.count})"


def place_labels(by_id: Mapping[Any, Any], ids: Iterable[Any]) -> dict[Any, str]:
    """``place_label`` of each of ``ids``: what a picker's format_func needs, and nothing more
    (Streamlit keeps the function as long as the session)."""
    return {i: place_label(by_id[i]) for i in ids if i in by_id}


def mention_label(row: Mapping[str, Any]) -> str:
    """A mention in pickers: what the text says, where it is placed, which article."""
    title = str(row.get("title") or f"article {row.get('article_id')}")
    if len(title) > 40:
        title = title[:39] + "…"
    return f"#{row.get('mention_id')} «{row.get('text')}» → {row.get('name')} [{row.get('status')}] in {title}"


def rows_of_place(place: Any) -> list[dict[str, Any]]:
    """A place's mention rows, newest article first, then in text order."""
    newest = sorted(place.rows, key=lambda r: r.get("start") or 0)
    return sorted(newest, key=lambda r: (str(r.get("published") or ""), r.get("article_id") or 0), reverse=True)


def data_version(store: Any) -> tuple[Any, ...]:
    """Changes whenever articles, mentions or corrections change (by anyone sharing the
    store): the key under which the dashboard caches rows."""
    return store.version()


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$:"})


def md_escape(text: Any) -> str:
    """Text for Streamlit's markdown-rendering calls (st.error, st.info...): file names and
    error messages can hold ``[link](...)`` or ``![img](...)`` that must stay plain."""
    return str(text).translate(_MARKDOWN)


def export_geojson(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """The view's mentions as GeoJSON (geo.store.export's writer), as UTF-8 bytes."""
    import io

    from geo.store.export import write_geojson

    buf = io.StringIO()
    write_geojson((dict(r) for r in rows), buf)
    return buf.getvalue().encode("utf-8")


def _csv_bytes(write: Any, rows: Iterable[Mapping[str, Any]]) -> bytes:
    """``write(rows, fp)`` into memory, as UTF-8 with a BOM so spreadsheet programs read Arabic right."""
    import io

    buf = io.StringIO()
    write((dict(r) for r in rows), buf)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def export_csv(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """The view's mentions as CSV (geo.store.export's writer, formula cells defused)."""
    from geo.store.export import write_csv

    return _csv_bytes(write_csv, rows)


def export_acled_csv(events: Iterable[Mapping[str, Any]]) -> bytes:
    """The view's events in ACLED's columns (the same writer as `geo export --format acled-csv`)."""
    from geo.events.acled import write_acled_csv

    return _csv_bytes(write_acled_csv, events)


AUDIT_COLUMNS = {"id": "#", "at": "when (UTC)", "who": "who", "action": "action", "target": "what",
                 "target_id": "id", "article_id": "article"}


def audit_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The audit log as a table; names and actions with invisible characters shown escaped."""
    import pandas as pd

    from geo.textclean import printable

    frame = pd.DataFrame([{k: (printable(r.get(k)) if k in ("who", "action", "target") else r.get(k))
                           for k in AUDIT_COLUMNS} for r in rows], columns=list(AUDIT_COLUMNS))
    return frame.rename(columns=AUDIT_COLUMNS)


def news_line(news: Mapping[str, Any], lang: str | None = "en") -> str:
    """The "new since you last looked" notice for ``Store.news_since``'s counts ("" when nothing)."""
    if lang == "ar":
        parts = [f"{label}: {news[key]:,}" for key, label in (
            ("articles", "مقالات جديدة"), ("incidents_new", "حوادث جديدة"),
            ("incidents_updated", "حوادث بتقارير جديدة")) if news.get(key)]
        return "منذ آخر نظرة — " + "، ".join(parts) if parts else ""
    parts = []
    if news.get("articles"):
        parts.append(f"{news['articles']:,} new article{'s' if news['articles'] != 1 else ''}")
    if news.get("incidents_new"):
        parts.append(f"{news['incidents_new']:,} new incident{'s' if news['incidents_new'] != 1 else ''}")
    if news.get("incidents_updated"):
        parts.append(f"{news['incidents_updated']:,} incident{'s' if news['incidents_updated'] != 1 else ''} "
                     "with new reports")
    return ", ".join(parts) + " since you last looked" if parts else ""


def legend_html(legend: Mapping[str, str]) -> str:
    """The colour legend beside the map; labels (they can be article titles) escaped."""
    from geo.maps.popups import escape_text

    items = []
    for label, colour in legend.items():
        colour = colour if _COLOUR.match(str(colour)) else "#9a9a9a"
        items.append(f'<span style="display:inline-block;margin:0 12px 0 0" dir="auto">'
                     f'<span style="display:inline-block;width:10px;height:10px;border-radius:50%;'
                     f'background:{colour}"></span> {escape_text(label)}</span>')
    return '<div style="font:13px system-ui,sans-serif">' + "".join(items) + "</div>"


_COLOUR = re.compile(r"^#[0-9a-fA-F]{3,8}$")


def event_type_choices(current: str | None = None) -> list[str]:
    """ACLED's six event types, plus the event's own type if it is another one."""
    from geo.events.lexicon import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VAC

    types = [BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC]
    return types + ([current] if current and current not in types else [])


def marker_note(places: int, shown: int, lang: str | None = "en") -> str:
    """Under the map when only the most mentioned places have markers ("" when all have)."""
    if places <= shown:
        return ""
    if lang == "ar":
        return (f"تعرض الخريطة الأماكن الأكثر ذكرًا ({shown:,} من {places:,}): ضيّق العرض (البلد، التواريخ على الخط "
                "الزمني، البحث) لرؤية البقية.")
    return (f"The map shows the {shown:,} most mentioned of {places:,} places: narrow the view (country, "
            "dates on the timeline, search) to see the others.")


def summary_line(counts: Mapping[str, int], places: list[Any], lang: str | None = "en") -> str:
    """One line under the map: how much the view holds (``counts``: mentions, articles, events).
    In Arabic as labelled counts, which need no agreement of number and noun."""
    if lang == "ar":
        return (f"الإشارات: {counts['mentions']:,} · الأماكن: {len(places):,} · المقالات: {counts['articles']:,}"
                f" · الأحداث: {counts['events']:,}")

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"
    return (f"{n(counts['mentions'], 'mention')} at {n(len(places), 'place')} from "
            f"{n(counts['articles'], 'article')}; {n(counts['events'], 'event')}")


def day_frame(days: Iterable[tuple[str, int, int]]) -> pd.DataFrame:
    """The timeline's counts per day (``Store.view_days``) as a frame indexed by date."""
    import pandas as pd

    days = list(days)
    frame = pd.DataFrame([(d, m, e) for d, m, e in days], columns=["date", "mentions", "events"])
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    frame = frame[frame["date"].notna()].set_index("date").sort_index()
    return frame.astype(int)


def share_url(base: str | None, view_id: str) -> str:
    """The link to a saved view: the dashboard's address (query dropped) plus ``?view=<id>``."""
    base = (base or "").split("?", 1)[0].split("#", 1)[0]
    return f"{base}?view={view_id}"
