"""The dashboard's flows, driven headless with streamlit.testing.v1.AppTest on real SQLite stores.

What the map draws is the browser tests' job (AppTest sees st_folium as an unknown
component); here: filters, the table, the URL, share links, corrections, adding articles.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from dashboard_store import build
from streamlit.testing.v1 import AppTest

from geo.store import Store

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")
SIRTE, TRIPOLI = "g2210554", "g2210247"


PASSWORDS = {"amal": "amal's long password", "vera": "vera's long password"}


def add_accounts(url) -> None:
    with Store.open(url) as store:
        store.add_account("amal", "analyst", PASSWORDS["amal"], by="test")
        store.add_account("vera", "viewer", PASSWORDS["vera"], by="test")


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = build(tmp_path / "atlas.sqlite")
    add_accounts(path)
    monkeypatch.setenv("ATLAS_DB", str(path))
    monkeypatch.delenv("ATLAS_BASE_URL", raising=False)
    monkeypatch.delenv("ATLAS_AUTH", raising=False)
    return path


def sign_in(at: AppTest, name: str) -> AppTest:
    at.text_input(key="sign_in_name").input(name)
    at.text_input(key="sign_in_password").input(PASSWORDS.get(name, "not a password"))
    return button(at, "Sign in").click().run()


def app(user: str | None = "amal", **query) -> AppTest:
    """The page as a browser sees it once the map has loaded (after signing in as ``user``): a
    session's first run draws the map and leaves the table for the rerun that the map's first
    report causes."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if user is not None:
        sign_in(at, user)
    return at.run()


def ok(at: AppTest) -> AppTest:
    """No exception element and no error message on the page."""
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def url(at: AppTest) -> dict[str, list[str]]:
    """The page's query parameters, each as a list of values."""
    return {k: (v if isinstance(v, list) else [v]) for k, v in dict(at.query_params).items()}


def mentions_table(at: AppTest):
    """The Mentions tab's table (the first table under the tabs)."""
    return [d for d in at.dataframe if "as written" in d.value.columns][0].value


def button(at: AppTest, label: str):
    return [b for b in at.button if b.label == label][0]


def captions(at: AppTest) -> str:
    return " | ".join(c.value for c in at.caption)


def test_first_open_shows_every_place_and_mention(db):
    at = ok(app())
    assert "5 mentions at 3 places from 3 articles; 2 events" in captions(at)
    assert len(mentions_table(at)) == 5
    assert url(at) == {}  # the default view needs no parameters


def test_the_table_follows_the_map(db):
    at = sign_in(AppTest.from_file(APP, default_timeout=60).run(), "amal")
    ok(at)
    assert "5 mentions at 3 places from 3 articles; 2 events" in captions(at)  # the summary comes at once
    assert "Loading the table…" in captions(at) and not at.dataframe
    at.run()  # the map's first report back
    assert len(mentions_table(ok(at))) == 5 and "Loading the table…" not in captions(at)


def test_the_table_can_be_asked_for_if_the_map_never_reports(db):
    at = sign_in(AppTest.from_file(APP, default_timeout=60).run(), "amal")
    button(at, "Show the table").click().run()
    assert len(mentions_table(ok(at))) == 5


def test_an_error_drawing_the_view_keeps_the_filters(db, monkeypatch):
    from geo.dashboard import views

    at = ok(app())
    at.multiselect(key="v_countries").select("LY").run()
    working = views.summary_line

    def broken(*args, **kwargs):
        raise RuntimeError("summary broke")
    monkeypatch.setattr(views, "summary_line", broken)
    at.run()
    assert "summary broke" in " ".join(e.value for e in at.error)
    assert at.multiselect(key="v_countries").value == ["LY"]  # the sidebar was still drawn
    monkeypatch.setattr(views, "summary_line", working)
    at.run()
    assert ok(at).multiselect(key="v_countries").value == ["LY"] and url(at) == {"country": ["LY"]}


def test_country_filter_narrows_the_table_and_goes_into_the_url(db):
    at = ok(app())
    at.multiselect(key="v_countries").select("TR").run()
    ok(at)
    assert list(mentions_table(at)["place"]) == ["Ankara"]
    assert url(at) == {"country": ["TR"]}


def test_confidence_search_and_language_filters_follow_the_store(db):
    at = ok(app())
    at.slider(key="v_min_confidence").set_value(0.75).run()
    assert sorted(mentions_table(ok(at))["as written"]) == ["Tripoli", "سرت"]
    at.slider(key="v_min_confidence").set_value(0.0)
    at.text_input(key="v_search").input("ankara").run()
    assert list(mentions_table(ok(at))["as written"]) == ["Ankara"]
    at.text_input(key="v_search").input("")
    at.multiselect(key="v_langs").select("ar").run()
    assert sorted(mentions_table(ok(at))["as written"]) == ["سرت", "طرابلس"]


def test_event_type_filter_keeps_places_where_such_events_happened(db):
    at = ok(app())
    at.multiselect(key="v_actors").select("Russian Air Force").run()
    assert list(mentions_table(ok(at))["as written"]) == ["سرت"]
    assert "; 1 event" in captions(at)


def test_a_link_reproduces_the_view(db):
    at = ok(app(country="LY", colour="precision", place=SIRTE, minconf="0.5", lat="31.2", lon="16.6", zoom="7"))
    assert at.multiselect(key="v_countries").value == ["LY"]
    assert at.selectbox(key="v_colour").value == "precision"
    assert at.selectbox(key="v_place").value == SIRTE
    assert len(mentions_table(at)) == 4
    # the URL it keeps is the same view, so copying it again gives the same page
    assert url(at) == {
        "country": ["LY"], "colour": ["precision"], "place": [SIRTE], "minconf": ["0.5"],
        "lat": ["31.2"], "lon": ["16.6"], "zoom": ["7"]}


def test_a_tampered_link_is_ignored_with_a_notice_not_a_crash(db):
    at = app(minconf="abc", country="<script>", zoom="99", place="g1<img>", view="!!", colour="x")
    ok(at)
    notices = " ".join(i.value for i in at.info)
    for part in ("minconf", "country", "zoom", "place", "view", "colour"):
        assert part in notices
    assert "<script>" not in notices  # shown escaped, never as markup
    assert len(mentions_table(at)) == 5
    at.run()  # another rerun that changes nothing (the map reporting back): the notice stays
    assert "minconf" in " ".join(i.value for i in at.info)
    at.multiselect(key="v_countries").select("LY").run()  # the analyst moves on: it goes
    assert not ok(at).info


def test_share_link_saves_the_view_and_reopens_it(db):
    at = ok(app())
    at.multiselect(key="v_countries").select("LY").run()
    button(at, "Share link").click().run()
    link = ok(at).code[0].value
    assert "?view=" in link
    view_id = link.split("?view=")[1]
    again = ok(app(view=view_id))
    assert again.multiselect(key="v_countries").value == ["LY"]
    assert len(mentions_table(again)) == 4


def test_picking_a_place_shows_all_its_excerpts_across_articles(db):
    at = ok(app(place=SIRTE))
    html = " ".join(h.proto.body for h in at.get("html"))
    assert "<mark>سرت</mark>" in html and "<mark>Sirte</mark>" in html
    assert "&lt;script&gt;" in html and "<script>window" not in html


def test_rejecting_a_mention_is_saved_signed_and_leaves_the_map(db):
    at = ok(app(place="g323786"))  # Ankara
    button(at, "Reject").click().run()
    ok(at)
    assert any("saved" in s.value for s in at.success)
    assert "Ankara" not in list(mentions_table(at)["place"])
    with Store.open(db) as store:
        entry = store.audit_log()[0]
    assert (entry["who"], entry["action"]) == ("amal", "reject")


def test_nothing_is_read_before_signing_in_and_a_wrong_password_says_so(db):
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception and not at.dataframe and not at.get("html")
    assert "mentions at" not in captions(at) and [b.label for b in at.button] == ["Sign in"]
    sign_in(at, "mallory")
    assert any("wrong name or password" in e.value for e in at.error)
    assert "mentions at" not in captions(at)
    sign_in(at, "amal")
    assert "5 mentions at 3 places" in captions(ok(at))


def test_a_viewer_reads_but_cannot_correct_or_add(db):
    at = ok(app(user="vera", place="g323786"))
    assert "5 mentions at 3 places" in captions(at)
    labels = [b.label for b in at.button]
    assert "Reject" not in labels and "Add pasted text" not in labels
    assert "Signed in as vera (viewer)" in captions(at)


def test_signing_out_returns_to_the_sign_in_form(db):
    at = ok(app())
    button(at, "Sign out").click().run()
    assert [b.label for b in at.button] == ["Sign in"] and "mentions at" not in captions(at)


def test_picking_another_candidate_moves_the_mention_at_once(db):
    at = ok(app(place=TRIPOLI))
    at.selectbox(key=f"fix_mention_{TRIPOLI}").set_value(2)
    at.run()
    button(at, "Use this candidate").click().run()
    ok(at)
    table = mentions_table(at)
    assert table[table["id"] == 2]["country"].item() == "LB"
    assert "LB" in at.multiselect(key="v_countries").options


def test_correcting_an_events_fatalities_is_saved(db):
    at = ok(app(place=SIRTE))
    with Store.open(db) as store:
        event_id = store.event_rows()[0]["event_id"]
    at.number_input(key=f"ev_dead_{event_id}").set_value(9)
    at.run()
    button(at, "Save event").click().run()
    ok(at)
    with Store.open(db) as store:
        assert store.event_rows()[0]["fatalities"] == 9
        assert store.audit_log()[0]["target"] == "event"


def test_uploading_a_bad_file_shows_an_error_naming_it(db):
    at = ok(app())
    at.file_uploader[0].upload("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
    at.run()
    button(at, "Add uploaded files").click().run()
    assert not at.exception
    finish_jobs(at)
    errors = " ".join(e.value for e in at.error)
    assert "photo" in errors and "not text" in errors
    with Store.open(db) as store:
        assert len(store.articles()) == 3  # nothing stored, nothing lost


def test_pasting_an_article_adds_its_places(db):
    at = ok(app())
    at.text_area(key="paste_text").input("Clashes erupted in Misrata on Tuesday, residents said.")
    at.text_input(key="paste_title").input("Misrata clashes")
    at.date_input(key="paste_published").set_value(__import__("datetime").date(2020, 6, 2))
    at.text_input(key="paste_source").input("Libya Observer")
    at.text_input(key="paste_url").input("https://example.org/misrata")
    at.run()
    button(at, "Add pasted text").click().run()
    ok(at)  # the page comes back at once; the worker parses meanwhile (the first parse loads the gazetteer)
    assert any("Parsing pasted text" in i.value for i in at.info)
    ok(finish_jobs(at))
    assert any("stored 1" in s.value for s in at.success)
    # Done: no "Parsing" line, and one's own article is on the map, not announced as news.
    assert not any("Parsing" in i.value or "new article" in i.value for i in at.info)
    assert "Misrata" in " ".join(str(x) for x in mentions_table(at)["place"])
    with Store.open(db) as store:
        pasted = [a for a in store.articles() if a["title"] == "Misrata clashes"][0]
    assert (pasted["published"], pasted["source"], pasted["url"]) == ("2020-06-02", "Libya Observer",
                                                                      "https://example.org/misrata")


def finish_jobs(at) -> AppTest:
    """Wait for the page's pasted or uploaded articles to be parsed, then run the page as its
    poll does. Waiting on the jobs, not rerunning the whole page meanwhile: every whole-page
    run holds the parsing worker back (geo.dashboard.render_priority)."""
    from geo.dashboard.jobs import jobs

    pending = at.session_state["jobs"] if "jobs" in at.session_state else []
    assert pending, "nothing is being parsed"
    for job in pending:
        jobs().wait(job)
    return at.run()


def test_pasting_nothing_says_so_until_dismissed(db):
    at = ok(app())
    button(at, "Add pasted text").click().run()
    assert any("paste" in e.value for e in at.error) and not at.exception
    at.run().run()  # the map's own reports rerun the page: the message stays
    assert any("paste" in e.value for e in at.error)
    button(at, "Dismiss messages").click().run()
    assert not at.error


def test_download_buttons_offer_the_current_view(db):
    at = ok(app())
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Map (HTML, offline)", "GeoJSON", "CSV", "ACLED CSV"]


def test_moving_an_event_to_another_place_takes_it_there(db):
    at = ok(app(place=SIRTE))
    with Store.open(db) as store:
        event_id = [e for e in store.event_rows() if e["location"] == "سرت"][0]["event_id"]
    at.selectbox(key=f"ev_place_{event_id}").set_value("g323786")  # Ankara
    at.run()
    button(at, "Save event").click().run()
    ok(at)
    with Store.open(db) as store:
        event = [e for e in store.event_rows() if e["event_id"] == event_id][0]
        assert (event["location"], event["country_code"]) == ("Ankara", "TR")
    # the event now shows in Ankara's panel
    at.selectbox(key="v_place").set_value("g323786").run()
    panel = [d.value for d in at.dataframe if "sub-type" in d.value.columns][0]  # the place's events
    assert list(panel["id"]) == [event_id]


def test_timeline_and_events_show_on_demand(db):
    at = ok(app())
    at.segmented_control(key="panel").set_value("Timeline").run()
    chart = ok(at).get("vega_lite_chart")
    assert len(chart) == 1
    at.segmented_control(key="panel").set_value("Events").run()
    events = [d.value for d in ok(at).dataframe if "fatalities" in d.value.columns][0]
    assert sorted(events["place"]) == ["Tripoli", "سرت"]


@pytest.mark.skipif(not os.environ.get("ATLAS_TEST_PG_URL"),
                    reason="PostgreSQL tests need ATLAS_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
def test_a_team_store_on_postgresql_takes_filters_corrections_and_share_links(monkeypatch):
    from store_backends import pg_schema_url

    with pg_schema_url() as url:
        build(url)
        add_accounts(url)
        monkeypatch.setenv("ATLAS_DB", url)
        at = ok(app(country="TR", place="g323786"))
        assert list(mentions_table(at)["place"]) == ["Ankara"]
        button(at, "Confirm").click().run()
        assert ok(at).success and list(mentions_table(at)["status"]) == ["confirmed"]
        button(at, "Share link").click().run()
        view_id = ok(at).code[0].value.split("?view=")[1]
        again = ok(app(view=view_id))
        assert again.multiselect(key="v_countries").value == ["TR"]
        with Store.open(url) as store:
            assert store.audit_log()[0]["who"] == "amal"


def test_new_articles_are_announced_and_brought_in_on_demand(db):
    import time

    from dashboard_store import mention
    from geo.engine.document import Document

    at = ok(app())
    assert "5 mentions at 3 places from 3 articles" in captions(at) and not at.info
    text = "Shelling was reported in Misrata overnight."
    misrata = dict(name="Misrata", name_ar="مصراتة", name_en="Misrata", lat=32.3754, lon=15.0925,
                   country_code="LY", feature="city", geonameid=2214846)
    time.sleep(1.1)  # the store stamps articles to the second
    with Store.open(db) as store:
        store.add_document({"text": text, "title": "Misrata", "published": "2020-06-10", "lang": "en"},
                           Document(text, "en", [mention(text, "Misrata", misrata)], []))
    at.run()  # the minute's check (the fragment) runs with the page here
    assert any("1 new article since you last looked" in i.value for i in at.info)
    button(at, "Show them").click().run()
    assert not at.info and "6 mentions at 4 places from 4 articles" in captions(ok(at))


def test_a_place_the_engine_missed_is_added_from_an_excerpts_article(db):
    """Type the name as the article writes it, pick the gazetteer's place: a new mention, signed."""
    import dashboard_store
    from geo.engine.document import Document

    text = "Shelling hit Tripoli again on Tuesday, and families fled west to Zliten, residents said."
    with Store.open(db) as store:
        article_id = store.add_document(
            {"text": text, "title": "Families flee", "source": "Example Wire", "published": "2020-03-03", "lang": "en"},
            Document(text, "en", [dashboard_store.mention(text, "Tripoli", dashboard_store.TRIPOLI)], []))[0]
    at = ok(app(place=TRIPOLI))
    at.selectbox(key="add_article").set_value(article_id)
    at.text_input(key="add_name").input("Zliten")
    at.run()
    assert "Zliten" in at.selectbox(key="add_hit").value
    button(at, "Add this place").click().run()
    ok(at)
    assert any("«Zliten» added" in s.value for s in at.success)
    with Store.open(db) as store:
        [row] = [r for r in store.mention_rows({"article_ids": [article_id]}) if r["text"] == "Zliten"]
        assert row["country_code"] == "LY" and abs(row["lat"] - 32.47) < 0.2 and row["status"] == "corrected"
        entry = store.audit_log()[0]
    assert (entry["who"], entry["action"], entry["target"]) == ("amal", "add", "mention")
    assert "Zliten" in list(mentions_table(at)["as written"])


def test_play_steps_the_view_through_the_weeks_and_stops_at_the_end(db, monkeypatch):
    """▶ shows the first week; each step of the player moves the dates a week on; after the last
    week it stops (the store's articles: 24 Feb, 2 and 5 March 2020)."""
    monkeypatch.setenv("ATLAS_PLAY_S", "0.01")
    at = ok(app())
    at.segmented_control(key="panel").set_value("Timeline").run()
    button(ok(at), "▶ Play week by week").click().run()
    ok(at)
    assert (str(at.session_state["v_date_from"]), str(at.session_state["v_date_to"])) == ("2020-02-24", "2020-03-01")
    assert "Week of 2020-02-24 (1 of 2)" in captions(at)
    assert url(at)["from"] == ["2020-02-24"]
    at.run()  # the player's next tick (its period is 10 ms here): the second week
    ok(at)
    assert str(at.session_state["v_date_from"]) == "2020-03-02"
    at.run()  # past the last week: playing stops, the last week stays in view
    ok(at)
    assert [b.label for b in at.button if b.label.startswith("▶")] == ["▶ Play week by week"]


def test_an_events_actors_are_corrected_and_reach_the_acled_export(db):
    at = ok(app(place=SIRTE))
    with Store.open(db) as store:
        event_id = store.event_rows()[0]["event_id"]
    at.text_input(key=f"ev_actor1_{event_id}").input("Military Forces of Libya (2014-) Libyan National Army")
    at.text_input(key=f"ev_actor2_{event_id}").input("Civilians (Libya)")
    at.run()
    button(at, "Save event").click().run()
    ok(at)
    with Store.open(db) as store:
        [event] = [e for e in store.event_rows() if e["event_id"] == event_id]
        assert (event["actor1"], event["actor2"]) == ("Military Forces of Libya (2014-) Libyan National Army",
                                                      "Civilians (Libya)")
        assert store.audit_log()[0]["target"] == "event"
    from geo.dashboard import views
    from geo.dashboard.data import iter_events
    from geo.dashboard.share import DEFAULT
    csv = views.export_acled_csv(iter_events(str(db), DEFAULT)).decode("utf-8-sig")
    assert "Civilians (Libya)" in csv and "Libyan National Army" in csv
