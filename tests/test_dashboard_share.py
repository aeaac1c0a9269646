"""Share links, view rows, excerpts and corrections: the dashboard's logic without Streamlit."""
from __future__ import annotations

from datetime import date

import pytest
from dashboard_store import build
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.dashboard import corrections as placing, share, views
from geo.maps.excerpts import excerpt_card, highlight
from geo.maps.places import group_places
from geo.dashboard.share import ViewState
from geo.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(build(tmp_path / "atlas.sqlite")) as s:
        yield s


# -- share links --------------------------------------------------------------------------------

def test_default_view_has_an_empty_query_string():
    assert share.view_to_query(ViewState()) == {}
    assert share.view_from_query({}) == (ViewState(), [])


def test_every_field_survives_the_round_trip_through_the_url():
    state = ViewState(articles=(3, 1), sources=("Al Example",), langs=("ar",), date_from=date(2020, 1, 1),
                      date_to=date(2020, 12, 31), countries=("LY", "TN"), features=("city",),
                      min_confidence=0.35, statuses=("confirmed", "corrected"), event_types=("Battles",),
                      actors=("Civilians",), min_fatalities=3, search="سرت", place="g2210554",
                      lat=31.20892, lon=16.58866, zoom=7, colour="precision", heat=True)
    query = share.view_to_query(state)
    assert share.view_from_query(query) == (state, [])
    # and through a real query string, as a browser would send it
    from urllib.parse import parse_qs
    assert share.view_from_query(parse_qs(share.query_string(state))) == (state, [])


views_strategy = st.builds(
    ViewState,
    countries=st.lists(st.sampled_from(["LY", "SY", "YE", "SD"]), unique=True, max_size=3).map(tuple),
    search=st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=50).map(str.strip),
    min_confidence=st.sampled_from([0.0, 0.25, 0.5, 0.95]),
    lat=st.none() | st.floats(-90, 90).map(lambda x: round(x, 5)),
    zoom=st.none() | st.integers(1, 18),
    colour=st.sampled_from(["country", "precision", "confidence", "article", "event_type"]),
    heat=st.booleans(), sources=st.lists(st.text(min_size=1, max_size=20).map(str.strip).filter(bool)
                                         .filter(lambda s: not any(ord(c) < 32 or c == "\x7f" for c in s)),
                                         unique=True, max_size=3).map(tuple))


@settings(max_examples=60, deadline=None)
@given(views_strategy)
def test_any_view_round_trips(state):
    if state.lat is not None:  # a centre needs both halves
        state = ViewState(**{**share.state_dict(state), "lon": 10.0})
    assert share.view_from_query(share.view_to_query(state)) == (state, [])


@pytest.mark.parametrize("params, notice", [
    ({"minconf": "abc"}, "minconf"),
    ({"minconf": "nan"}, "minconf"),
    ({"zoom": "99"}, "zoom"),
    ({"country": "<script>"}, "country"),
    ({"lang": "fr"}, "lang"),
    ({"colour": "javascript:alert(1)"}, "colour"),
    ({"place": "g1<img src=x>"}, "place"),
    ({"from": "2020-13-45"}, "from"),
    ({"lat": "31.2"}, "centre"),
    ({"article": "-4"}, "article"),
    ({"q": "x" * 5000}, "q"),
    ({"heat": "yes"}, "heat"),
    ({"from": "2021-01-01", "to": "2020-01-01"}, "date range"),
])
def test_tampered_link_part_is_dropped_with_a_notice(params, notice):
    state, notices = share.view_from_query(params)
    assert state == ViewState()
    assert len(notices) == 1 and notice in notices[0]


def test_good_parts_of_a_half_broken_link_are_kept():
    state, notices = share.view_from_query({"country": ["LY", "bad1"], "colour": "precision", "zoom": "x"})
    assert state.countries == ("LY",) and state.colour == "precision" and state.zoom is None
    assert len(notices) == 2


def test_saved_view_gets_a_short_id_and_loads_back(store):
    state = ViewState(countries=("LY",), place="g2210554", zoom=6, lat=31.2, lon=16.6, colour="event_type")
    view_id = share.save_shared_view(store, state)
    assert len(view_id) == 12 and share.save_shared_view(store, state) == view_id
    assert share.load_shared_view(store, view_id) == (state, [])
    assert share.state_from_link(store, {"view": [view_id]}) == (state, [])


@pytest.mark.parametrize("view_id", ["nosuchview12", "../../etc", "", "x" * 40, "<script>"])
def test_unknown_or_malformed_view_id_is_ignored_with_a_notice(store, view_id):
    state, notices = share.state_from_link(store, {"view": [view_id], "colour": ["precision"]})
    assert state == ViewState(colour="precision")  # the rest of the link still counts
    assert notices and "view" in notices[0]


def test_values_the_store_does_not_have_are_dropped_with_a_notice(store):
    options = views.filter_options(store.articles(), store.mention_rows(), store.event_rows())
    state, notices = share.restrict(ViewState(countries=("LY", "ZZ"), articles=(1, 99)), options)
    assert state.countries == ("LY",) and state.articles == (1,)
    assert len(notices) == 2


# -- view rows ------------------------------------------------------------------------------------

def test_store_filters_carry_only_what_is_set():
    assert views.store_filters(ViewState()) == {}
    f = views.store_filters(ViewState(countries=("LY",), min_confidence=0.5, search="  سرت ", langs=("ar",)))
    assert f == {"country_codes": ["LY"], "min_confidence": 0.5, "search": "سرت", "langs": ["ar"]}


def test_event_type_filter_keeps_only_places_where_such_events_happened(store):
    state = ViewState(event_types=("Explosions/Remote violence",))
    view = views.select_rows(store.mention_rows(), store.event_rows(views.event_filters(state)), state)
    assert sorted(r["text"] for r in view.mentions) == ["Tripoli", "سرت"]
    assert {e["mention_id"] for e in view.events} == {r["mention_id"] for r in view.mentions}


def test_actor_and_fatalities_filters_narrow_to_the_jarif_like_strike(store):
    for state in (ViewState(actors=("Russian Air Force",)), ViewState(min_fatalities=5)):
        view = views.select_rows(store.mention_rows(), store.event_rows(), state)
        assert [r["text"] for r in view.mentions] == ["سرت"]
        assert [e["fatalities"] for e in view.events] == [7]


def test_events_link_to_their_mention_by_index_even_after_a_rejection(store):
    store.reject_mention(1, "tester")  # the mention before Tripoli's in its article
    all_rows = store.mention_rows({"include_rejected": True})
    linked = views.link_events(all_rows, store.event_rows())
    rows = {r["mention_id"]: r for r in all_rows}
    assert [rows[e["mention_id"]]["text"] for e in linked] == ["سرت", "Tripoli"]


def test_events_at_filtered_out_places_leave_the_view(store):
    state = ViewState(countries=("TR",))
    links = views.event_links(store.mention_rows({"include_rejected": True}), store.event_rows())
    view = views.select_rows(store.mention_rows(views.store_filters(state)), store.event_rows(), state, links)
    assert [r["text"] for r in view.mentions] == ["Ankara"] and view.events == []


def test_timeline_counts_mentions_by_published_day_and_events_by_their_date(store):
    view = views.select_rows(store.mention_rows(), store.event_rows(), ViewState())
    frame = views.timeline_frame(view.mentions, view.events)
    assert frame.to_dict("index") == {
        __import__("pandas").Timestamp("2020-02-24"): {"mentions": 2, "events": 1},
        __import__("pandas").Timestamp("2020-03-02"): {"mentions": 2, "events": 1},
        __import__("pandas").Timestamp("2020-03-05"): {"mentions": 1, "events": 0},
    }
    assert views.timeline_frame([], []).empty


def test_mention_table_has_one_row_per_mention_with_readable_columns(store):
    frame = views.mention_frame(store.mention_rows())
    assert len(frame) == 5 and {"place", "country", "confidence", "excerpt", "article"} <= set(frame.columns)


def test_initial_view_shows_every_place(store):
    from geo.maps.places import group_places

    places = group_places(store.mention_rows())
    (lat, lon), zoom = views.initial_view(places)
    span = 800 * 360 / (256 * 2 ** zoom)  # degrees across an 800 px map at that zoom
    for p in places:
        assert abs(p.lat - lat) < span / 2 and abs(p.lon - lon) < span / 2
    assert views.initial_view([]) == ((20.0, 20.0), 2)


def test_place_picker_lists_the_most_mentioned_and_always_the_picked_place(store):
    from geo.maps.places import group_places

    places = group_places(store.mention_rows(), store.event_rows())
    count = {p.id: p.count for p in places}
    listed = views.place_choices(places)
    assert sorted(listed) == sorted(count) and [count[i] for i in listed] == sorted(count.values(), reverse=True)
    top = views.place_choices(places, limit=1)
    assert top == listed[:1]
    assert views.place_choices(places, picked=listed[-1], limit=1) == [listed[0], listed[-1]]
    assert views.place_choices(places, picked="g999", limit=1) == top  # a place not in the view is not added


def test_data_version_changes_after_a_correction(store):
    before = views.data_version(store)
    store.reject_mention(1, "tester")
    assert views.data_version(store) != before


def test_markdown_in_messages_stays_plain_text():
    text = views.md_escape("x.txt: ![img](http://evil/) [link](javascript:x) **b** <b>")
    for token in ("![", "](", "**", "<b>"):
        assert token not in text


def test_csv_export_defuses_formulas_and_keeps_arabic(store):
    rows = store.mention_rows()
    data = views.export_csv(rows + [dict(rows[0], title="=HYPERLINK(\"http://x\")")]).decode("utf-8-sig")
    assert "سرت" in data and "'=HYPERLINK" in data
    import json
    geo = json.loads(views.export_geojson(rows))
    assert len(geo["features"]) == 5 and geo["features"][0]["geometry"]["type"] == "Point"


# -- excerpts -------------------------------------------------------------------------------------

def test_excerpt_card_escapes_hostile_text_and_drops_javascript_links(store):
    row = [r for r in store.mention_rows() if r["article_id"] == 3][0]
    html = excerpt_card(row)
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert "&lt;script&gt;" in html and "<mark>Sirte</mark>" in html
    assert "${" not in html  # template-literal characters are entities too


def test_arabic_excerpt_is_right_to_left_with_the_mention_marked(store):
    row = store.mention_rows({"langs": ["ar"]})[0]
    assert highlight(row)[1] == "سرت"
    html = excerpt_card(row)
    assert 'dir="rtl" lang="ar"' in html and "<mark>سرت</mark>" in html


# -- corrections ----------------------------------------------------------------------------------

def test_correction_needs_the_analysts_name(store):
    with pytest.raises(ValueError, match="name"):
        placing.apply(store, "reject", 1, "  ")
    assert store.audit_log(target="mention") == []  # the articles' own "add" rows aside


def test_rejecting_leaves_the_view_and_signs_the_audit_log(store):
    placing.apply(store, "reject", 4, "Amal")
    assert "Ankara" not in [r["text"] for r in store.mention_rows()]
    entry = store.audit_log()[0]
    assert (entry["who"], entry["action"], entry["target_id"]) == ("Amal", "reject", 4)


def test_picking_another_candidate_moves_the_mention(store):
    row = [r for r in store.mention_rows() if r["mention_id"] == 2][0]
    after = placing.apply(store, "correct", 2, "Amal", placing.candidate_place(row["alternatives"][0]))
    assert (after["country_code"], after["status"]) == ("LB", "corrected")


def test_a_map_click_places_the_mention_near_the_point(store):
    row = store.mention_rows()[0]
    place = placing.clicked_place(row, 31.1, 16.4)
    after = placing.apply(store, "correct", row["mention_id"], "Amal", place)
    assert (after["lat"], after["lon"], after["precision"]) == (31.1, 16.4, 2)
    with pytest.raises(ValueError):
        placing.clicked_place(row, 95, 0)


def test_event_changes_hold_only_what_changed():
    ev = {"type": "Battles", "sub_type": "Armed clash", "date": "2020-02-24", "fatalities": 7}
    assert placing.event_changes(ev, type_="Battles", sub_type="Armed clash", date_text="2020-02-24",
                                 fatalities=7) == {}
    assert placing.event_changes(ev, type_="Riots", sub_type="", date_text="2020-02-23", fatalities=5) == {
        "type": "Riots", "sub_type": None, "date": "2020-02-23", "fatalities": 5}
    with pytest.raises(ValueError, match="yyyy-mm-dd"):
        placing.event_changes(ev, type_=None, sub_type=None, date_text="last Monday", fatalities=None)


def test_gazetteer_search_finds_places_in_both_scripts(gazetteer):
    from geo.engine.geocoder import OfflineGeocoder

    g = OfflineGeocoder(gazetteer)
    hits = placing.search_gazetteer(g, "Tripoli, Lebanon")
    assert hits and hits[0][1]["country_code"] == "LB"
    assert placing.search_gazetteer(g, "سرت")[0][1]["country_code"] == "LY"
    assert placing.search_gazetteer(g, "   ") == []



# -- the dashboard's map ------------------------------------------------------------------------

def test_exported_map_of_the_view_never_evaluates_template_tags_in_article_text(store):
    from geo.maps.offline import html_bytes

    rows = store.mention_rows()
    rows[0] = dict(rows[0], excerpt=rows[0]["excerpt"] + " ZZ{{ 7*7 }}YY QQ{% if 1 %}yes{% endif %}WW",
                   title="{{ self._TemplateReference__context }}")
    for fast in (False, True):
        page = html_bytes(rows, fast=fast).decode("utf-8")
        assert "ZZ49YY" not in page and "QQyesWW" not in page
        assert "7*7" in page and "_TemplateReference__context" in page  # left as text, not evaluated


def test_dashboard_layers_carry_every_place_in_one_fast_layer(store):
    from geo.dashboard.layers import OUTLINES_URL, dashboard_map, marker_data
    from geo.maps.offline import ASSETS, STATIC_URL_PREFIX, localize
    from streamlit_folium import _get_feature_group_string, _get_map_string

    rows = store.mention_rows()
    links = views.event_links(rows, store.event_rows())
    events = views.link_events(rows, store.event_rows(), links)
    shown = dashboard_map(marker_data(group_places(rows, events), "event_type"), center=(31.0, 17.0), zoom=5,
                          heat=True)
    assert len(shown.places) == 3 and len(shown.layers) == 2
    assert "Explosions/Remote violence" in shown.legend
    localize(shown.map, *shown.layers)
    shown.map.get_root().render()
    base = _get_map_string(shown.map)
    assert OUTLINES_URL in base and len(base) < 20_000  # outlines fetched, not inlined
    assert (ASSETS / OUTLINES_URL.removeprefix(STATIC_URL_PREFIX + "/")).is_file()
    script = _get_feature_group_string(shown.layers[0], map=shown.map, idx=0)
    assert script.count("[g2210554]") == 1 and "L.markerClusterGroup" in script
    # the fast layer added no page-level copy of its data (where folium would run Jinja over it)
    assert "g2210554" not in shown.map.get_root().script.render()


def test_marker_data_is_published_once_per_view_and_old_files_are_pruned(store, tmp_path):
    import json
    import os

    from geo.dashboard.layers import marker_data, publish_markers, publish_popup

    rows = store.mention_rows()
    places = group_places(rows)
    first = marker_data(places, "country")
    url = publish_markers(first, tmp_path)
    assert url.startswith("/app/static/atlas/views/") and url.endswith(".json")
    path = tmp_path / "atlas" / "views" / url.rsplit("/", 1)[1]
    markers = json.loads(path.read_text(encoding="utf-8"))
    assert len(markers) == 3  # one entry per place
    # the markers file: positions, tooltips and place ids only; excerpts come with a picked place's popup
    assert [m[5] for m in markers] == [p.id for p in places] and "excerpts" not in path.read_text(encoding="utf-8")
    popup_url = publish_popup(first, places[0], tmp_path)
    popup = tmp_path / "atlas" / "views" / popup_url.rsplit("/", 1)[1]
    assert popup.name == f"{first.digest}.{places[0].id}.popups.json"
    assert json.loads(popup.read_text(encoding="utf-8"))["excerpts"]
    assert publish_markers(marker_data(group_places(rows), "country"), tmp_path) == url  # same view, same file
    for f in (path, popup):
        os.utime(f, (1, 1))  # the oldest
    other = publish_markers(marker_data(group_places(rows[:2]), "precision"), tmp_path, keep=1)
    assert other != url and not path.exists() and not popup.exists()  # a view goes with its popups
    name = other.rsplit("/", 1)[1]
    assert sorted(p.name for p in (tmp_path / "atlas" / "views").iterdir()) == sorted(
        [name, name.removesuffix(".json") + ".events.json"])  # the view's markers and its events layer


def test_marker_data_stays_in_the_map_when_the_static_folder_is_not_writable(store, tmp_path):
    from geo.dashboard.layers import marker_data, publish_markers

    blocker = tmp_path / "static"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert publish_markers(marker_data(group_places(store.mention_rows()), "country"), blocker) is None
