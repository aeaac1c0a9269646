"""The timeline that drives the map: events and mentions per day as a Vega-Lite chart with an
interval brush, and the date range a brush stands for.

Why a spec of our own instead of ``st.bar_chart``: the analyst brushes a range of days and
the map and tables follow (``st.vega_lite_chart(..., on_select=...)`` returns the brush);
the counts start at zero and the axis ends at the last day with news, never past today.
Decisions live here, tested without Streamlit; ``dashboard.py`` only draws the chart.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable, Mapping

BRUSH = "brush"  # the selection parameter's name: st.vega_lite_chart returns selection[BRUSH]
SERIES = {"mentions": "#4e79a7", "events": "#e15759"}


def week_windows(days: Iterable[tuple[Any, int, int]]) -> list[tuple[date, date]]:
    """Consecutive seven-day windows from the first dated day to the last: the play control's
    steps (the map shows one week at a time, the last window ending on or after the last day)."""
    dated = sorted(date.fromisoformat(str(d)[:10]) for d, _, _ in days if d)
    windows: list[tuple[date, date]] = []
    start = dated[0] if dated else None
    while start is not None and start <= dated[-1]:
        windows.append((start, start + timedelta(days=6)))
        start += timedelta(days=7)
    return windows


def chart_rows(days: Iterable[tuple[str, int, int]]) -> list[dict[str, Any]]:
    """Long-form rows (day, series, count) from ``Store.view_days``' (day, mentions, events)."""
    rows = []
    for day, mentions, events in days:
        rows.append({"day": day, "series": "mentions", "count": max(int(mentions), 0)})
        rows.append({"day": day, "series": "events", "count": max(int(events), 0)})
    return rows


def axis_end(days: list[tuple[str, int, int]], today: date | None = None) -> str:
    """The x axis's last day (exclusive): the day after the last one with news, never past tomorrow."""
    today = today or date.today()
    last = max((date.fromisoformat(d[:10]) for d, _, _ in days), default=today)
    return (min(last, today) + timedelta(days=1)).isoformat()


def spec(days: list[tuple[str, int, int]], picked: tuple[date | None, date | None] = (None, None),
         today: date | None = None) -> dict[str, Any]:
    """A Vega-Lite spec: a bar per day and series (mentions, events) side by side, counts from
    zero, the days of the view from the first to the last (never past today), and an
    interval brush along the days; the range in force (``picked``) is shaded."""
    first = min((d[:10] for d, _, _ in days), default=(today or date.today()).isoformat())
    layers: list[dict[str, Any]] = [{
        "mark": {"type": "bar", "tooltip": True},
        "params": [{"name": BRUSH, "select": {"type": "interval", "encodings": ["x"]}}],
        "encoding": {
            "x": {"field": "day", "type": "temporal", "timeUnit": "utcyearmonthdate", "title": None,
                  "scale": {"type": "utc", "domain": [first, axis_end(days, today)]},
                  "axis": {"format": "%Y-%m-%d", "labelAngle": 0}},
            "y": {"field": "count", "type": "quantitative", "title": "per day",
                  "scale": {"domainMin": 0, "zero": True, "nice": True}},
            "xOffset": {"field": "series"},
            "color": {"field": "series", "type": "nominal", "title": None,
                      "scale": {"domain": list(SERIES), "range": list(SERIES.values())},
                      "legend": {"orient": "top"}},
        },
    }]
    if picked[0] or picked[1]:
        shade = {"from": picked[0].isoformat() if picked[0] else first,
                 "to": (picked[1] + timedelta(days=1)).isoformat() if picked[1] else axis_end(days, today)}
        layers.insert(0, {"data": {"values": [shade]}, "mark": {"type": "rect", "color": "#ffe08a", "opacity": 0.5},
                          "encoding": {"x": {"field": "from", "type": "temporal", "scale": {"type": "utc"}},
                                       "x2": {"field": "to"}}})
    return {"height": 180, "layer": layers}


def _moment(value: Any) -> datetime | None:
    """A brush edge (ms since the epoch, or an ISO string) as a UTC moment."""
    try:
        if isinstance(value, (int, float)):
            return datetime.fromtimestamp(float(value) / 1000, tz=timezone.utc)
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def brushed_range(selection: Mapping[str, Any] | None) -> tuple[date, date] | None:
    """(from, to) days, inclusive, of a brush as ``st.vega_lite_chart`` returns it
    (``selection[BRUSH] = {"day": [start, end]}``); None when there is no brush."""
    brush = (selection or {}).get(BRUSH) or {}
    edges = brush.get("day") or next((v for k, v in brush.items() if "day" in str(k)), None)
    if not isinstance(edges, (list, tuple)) or len(edges) != 2:
        return None
    start, end = _moment(edges[0]), _moment(edges[1])
    if start is None or end is None:
        return None
    start, end = min(start, end), max(start, end)
    if end.time() == datetime.min.time() and end > start:  # up to a bar's right edge: that bar's day
        end -= timedelta(microseconds=1)
    return start.date(), end.date()
