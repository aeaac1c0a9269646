"""geo.dashboard.timeline: the brushable timeline's spec and the date range a brush stands for;
on the seed store, brushing 2020-06-08 leaves only that day's places on the map."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from geo.dashboard import data as dashboard_data, share, timeline

ROOT = Path(__file__).resolve().parent.parent


def ms(day: str, hour: int = 0) -> float:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=timezone.utc).timestamp() * 1000


def test_the_spec_counts_from_zero_and_ends_at_the_last_day_never_past_today():
    days = [("2020-06-08", 3, 1), ("2020-06-10", 5, 0)]
    spec = timeline.spec(days, today=date(2030, 1, 1))
    bars = spec["layer"][-1]
    assert bars["encoding"]["y"]["scale"]["domainMin"] == 0
    assert bars["encoding"]["x"]["scale"]["domain"] == ["2020-06-08", "2020-06-11"]
    assert bars["params"][0]["name"] == timeline.BRUSH and bars["params"][0]["select"]["encodings"] == ["x"]
    assert timeline.axis_end([("2031-01-01", 1, 0)], today=date(2030, 1, 1)) == "2030-01-02"  # a future date
    assert all(r["count"] >= 0 for r in timeline.chart_rows([("2020-06-08", -2, 1)]))
    shaded = timeline.spec(days, (date(2020, 6, 9), None), today=date(2030, 1, 1))["layer"][0]
    assert shaded["data"]["values"] == [{"from": "2020-06-09", "to": "2020-06-11"}]


def test_a_brush_is_a_range_of_whole_days():
    assert timeline.brushed_range({"brush": {"day": [ms("2020-06-08", 3), ms("2020-06-08", 20)]}}) == (
        date(2020, 6, 8), date(2020, 6, 8))
    # up to a bar's right edge (midnight) stops at that bar; edges given the other way round
    assert timeline.brushed_range({"brush": {"utcyearmonthdate_day": [ms("2020-06-10"), ms("2020-06-07", 12)]}}) == (
        date(2020, 6, 7), date(2020, 6, 9))
    assert timeline.brushed_range({"brush": {"day": ["2020-06-08T00:00:00Z", "2020-06-08T12:00:00Z"]}}) == (
        date(2020, 6, 8), date(2020, 6, 8))
    for nothing in (None, {}, {"brush": {}}, {"brush": {"day": ["x", "y"]}}, {"brush": {"day": [1]}}):
        assert timeline.brushed_range(nothing) is None


@pytest.fixture(scope="module")
def seed_url(tmp_path_factory):
    from geo.ingest.batch import ingest_paths
    from geo.store import Store

    path = tmp_path_factory.mktemp("seedline") / "atlas.sqlite"
    with Store.open(path) as store:
        assert ingest_paths([ROOT / "seeds"], store, workers=1, progress=False).stored == 1
    dashboard_data.clear()
    yield str(path)
    dashboard_data.clear()


def test_brushing_a_day_on_the_seed_store_leaves_that_days_places_only(seed_url):
    """The seed article (published 2020-06-09) reports the air strike at Jarif on Monday 2020-06-08:
    brushing that Monday leaves the strike's place alone on the map."""
    version = dashboard_data.data_version(seed_url)
    everything = dashboard_data.view(seed_url, version, share.DEFAULT)
    days = dashboard_data.timeline_days(seed_url, version, share.DEFAULT)
    assert ("2020-06-08", 0, 1) in days and days[-1][0] == "2020-06-09"
    picked = timeline.brushed_range({"brush": {"day": [ms("2020-06-08", 2), ms("2020-06-08", 22)]}})
    state = share.state_from_dict({"date_from": picked[0], "date_to": picked[1]})
    brushed = dashboard_data.view(seed_url, version, state)
    assert len(everything.places) > 5 and len(brushed.places) == 1
    jarif = brushed.places[0]
    assert jarif.event_type == "Explosions/Remote violence" and 31 < jarif.lat < 31.2
    assert (brushed.counts["mentions"], brushed.counts["events"]) == (1, 1)
    events = dashboard_data.event_rows(seed_url, version, state)
    assert [(e["date"], e["fatalities"]) for e in events] == [("2020-06-08", 7)]
    # the timeline keeps every day around the range, so the analyst can brush again
    assert dashboard_data.timeline_days(seed_url, version, state) == days
    # the article's own day shows every place it names
    june9 = share.state_from_dict({"date_from": date(2020, 6, 9), "date_to": date(2020, 6, 9)})
    assert len(dashboard_data.view(seed_url, version, june9).places) == len(everything.places)


def test_the_events_layer_has_a_symbol_per_place_with_events_sized_by_fatalities(seed_url):
    from geo.dashboard.event_layer import GLYPHS, event_rows
    from geo.maps.colours import EVENT_TYPE_COLOURS

    version = dashboard_data.data_version(seed_url)
    state = share.state_from_dict({"min_fatalities": 1})  # the seed's ?minfat=1: the Jarif strike only
    view = dashboard_data.view(seed_url, version, state)
    rows = event_rows(view.places)
    assert len(view.places) == 1 and len(rows) == 1
    lat, lon, size, colour, glyph, tooltip = rows[0]
    assert colour == EVENT_TYPE_COLOURS["Explosions/Remote violence"] and glyph == GLYPHS["Explosions/Remote violence"]
    assert size > 16  # seven killed: bigger than a place with no dead
    assert tooltip.endswith(f"[{view.places[0].id}]") and "7 killed" in tooltip
    every = event_rows(dashboard_data.view(seed_url, version, share.DEFAULT).places)
    assert len(every) >= 4 and {r[3] for r in every} <= set(EVENT_TYPE_COLOURS.values()) | {"#9a9a9a"}


def test_the_play_control_steps_a_week_at_a_time_from_the_first_day_to_the_last():
    days = [("2020-06-02", 3, 1), ("2020-06-10", 1, 0), ("2020-06-16", 2, 2), (None, 5, 0)]
    assert timeline.week_windows(days) == [(date(2020, 6, 2), date(2020, 6, 8)), (date(2020, 6, 9), date(2020, 6, 15)),
                                           (date(2020, 6, 16), date(2020, 6, 22))]
    assert timeline.week_windows([(None, 1, 0)]) == [] and timeline.week_windows([]) == []
