"""Conflict Atlas: the analyst dashboard (``make run``, or ``streamlit run dashboard.py``).

Layout and widgets only: which rows a view holds (geo.dashboard.views), the link's state
(geo.dashboard.share), corrections (geo.dashboard.corrections), maps (geo.maps.build, geo.maps.offline) and excerpts
(geo.maps.excerpts) are decided in geo/ and tested there. The store is $ATLAS_DB
(default data/atlas.sqlite). See docs/dashboard.md.
"""
from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import folium
import streamlit as st
from streamlit_folium import st_folium

from geo.dashboard import data as dashboard_data, i18n, share, signin, views
from geo.maps.colours import COLOUR_KEYS
from geo.errors import AtlasError
from geo.dashboard.jobs import jobs
from geo.dashboard.share import ViewState

HERE = Path(__file__).resolve().parent
WIDGETS = ("articles", "sources", "langs", "date_from", "date_to", "countries", "features",
           "min_confidence", "statuses", "event_types", "actors", "min_fatalities", "search",
           "colour", "heat", "place")
FREE = ("lat", "lon", "zoom")  # view fields without a widget: set by the link or by picking a place


def lang() -> str:
    """The interface's language (``?ui=ar`` in the link, or the sidebar's switch)."""
    if "v_ui" not in st.session_state:
        st.session_state["v_ui"] = "ar" if st.query_params.get("ui") == "ar" else "en"
    return st.session_state["v_ui"]


def T(text: str, **fields) -> str:  # noqa: N802 - short on purpose: every label goes through it
    """A label in the interface's language (geo.dashboard.i18n)."""
    return i18n.t(text, lang(), **fields)


@st.cache_resource
def gazetteer_geocoder():
    from geo.engine.geocoder import OfflineGeocoder
    return OfflineGeocoder()


@st.cache_resource
def static_assets() -> str | None:
    """The vendored assets in the static folder; the URL of the basemap's place names, if
    written (`geo serve` writes them before it opens the port)."""
    from geo.maps.labels import labels_url
    from geo.maps.offline import install_static
    install_static(HERE / "static")
    return labels_url(HERE / "static")


def say(kind: str, text: str) -> None:
    """Keep a message on the page until the analyst dismisses it or acts again (the map's own
    reruns must not wipe it a second after it appears)."""
    st.session_state.setdefault("notices", []).append((kind, text))


def dismiss() -> None:
    st.session_state["notices"] = []


def guarded(fn):
    """Run a callback; an error becomes a message, never a traceback. Acting again replaces
    the messages of the last action."""
    def run(*args):
        dismiss()
        try:
            fn(*args)
        except (AtlasError, ValueError) as exc:
            say("error", str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the analyst, not swallowed
            say("error", f"{type(exc).__name__}: {exc}")
    return run


# -- state ----------------------------------------------------------------------------------

def init_state(url, store, version: tuple) -> None:
    """Fill the widgets from the link once per session; bad parts are dropped with a notice."""
    if "atlas_ready" in st.session_state:
        return
    state, notices = share.state_from_link(store, {k: st.query_params.get_all(k) for k in st.query_params})
    state, more = share.restrict(state, dashboard_data.options(url, version, state.articles))
    values = share.state_dict(state)
    for name in WIDGETS + FREE:
        value = values[name]
        st.session_state[f"v_{name}"] = list(value) if isinstance(value, tuple) else value
    st.session_state["link_notices"] = notices + more
    st.session_state["link_state"] = current_state()
    st.session_state["atlas_ready"] = True


def current_state() -> ViewState:
    return share.state_from_dict({name: st.session_state.get(f"v_{name}") for name in WIDGETS + FREE})


def sync_url(state: ViewState) -> None:
    """Keep the address bar equal to the view so a copied link reproduces it."""
    wanted = share.view_to_query(state)
    if lang() == "ar":  # the interface's language travels with the link, outside the view's data
        wanted["ui"] = "ar"
    have = {k: st.query_params.get_all(k) for k in st.query_params}
    if have != {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}:
        st.query_params.from_dict(wanted)


# -- callbacks ------------------------------------------------------------------------------

def on_map_click() -> None:
    """A click on a marker picks its place; a click anywhere is kept for "place it here"."""
    out = st.session_state.get("map") or {}
    from geo.maps.popups import place_id_from_tooltip
    count = out.get("last_object_clicked_count")
    if count and count != st.session_state.get("marker_clicks"):  # a marker click, not a pan
        st.session_state["marker_clicks"] = count
        place = place_id_from_tooltip(out.get("last_object_clicked_tooltip"))
        if place:
            st.session_state["v_place"] = place
    if out.get("last_clicked"):
        st.session_state["map_click"] = out["last_clicked"]


def on_brush() -> None:
    """A range brushed on the timeline becomes the view's published date range."""
    from geo.dashboard.timeline import brushed_range
    picked = brushed_range((st.session_state.get("timeline") or {}).get("selection"))
    if picked is not None:
        st.session_state["v_date_from"], st.session_state["v_date_to"] = picked


# The play control: the map and tables step through the view's days a week at a time.
PLAY_S = float(os.environ.get("ATLAS_PLAY_S") or 2.5)


def start_play(days) -> None:
    from geo.dashboard.timeline import week_windows
    weeks = [(a.isoformat(), b.isoformat()) for a, b in week_windows(days)]
    if weeks:
        st.session_state["play_weeks"] = weeks
        show_week(0)


def show_week(at: int) -> None:
    """The view's dates become the play's week ``at``; the page's next run must not step again."""
    first, last = st.session_state["play_weeks"][at]
    st.session_state.update(play_at=at, play_last=time.monotonic(), play_skip=True,
                            v_date_from=date.fromisoformat(first), v_date_to=date.fromisoformat(last))


def stop_play() -> None:
    st.session_state.pop("play_weeks", None)


def play_controls(days) -> None:
    weeks = st.session_state.get("play_weeks")
    if weeks:
        at = st.session_state.get("play_at", 0)
        c = st.columns([1, 4])
        c[0].button(T("■ Stop"), on_click=stop_play, key="play_stop")
        c[1].caption(T("Week of {day} ({k} of {n})", day=weeks[at][0], k=at + 1, n=len(weeks)))
        player()
    else:
        st.button(T("▶ Play week by week"), on_click=start_play, args=(days,), key="play_start")


@st.fragment(run_every=PLAY_S)
def player() -> None:
    """Every PLAY_S seconds while playing: the next week (the whole page follows), or the end."""
    weeks = st.session_state.get("play_weeks")
    if not weeks or st.session_state.pop("play_skip", False) \
            or time.monotonic() - st.session_state.get("play_last", 0.0) < 0.9 * PLAY_S:
        return  # the page's own run (after a step, or the start) draws this too: only the timer's runs step
    at = st.session_state.get("play_at", 0) + 1
    if at >= len(weeks):
        stop_play()
    else:
        show_week(at)
    st.rerun(scope="app")


def on_pick_place() -> None:
    st.session_state["centre_on_place"] = True


def user() -> signin.User:
    """The signed-in account (or the local operator): every change is audited under its name."""
    return st.session_state["user"]


def editor() -> str:
    """The name a change is signed with; a viewer may not change anything."""
    if not user().can_edit:
        raise ValueError(f"{user().name} may read but not change the data (role: {user().role})")
    return user().name


@guarded
def on_correct(url, action: str, mention_id: int, place: dict | None) -> None:
    from geo.dashboard import corrections as placing
    placing.apply(dashboard_data.open_store(url), action, mention_id, editor(), place)
    say("success", f"mention #{mention_id}: {action} saved")


@guarded
def on_event(url, action: str, event: dict, changes: dict | None) -> None:
    from geo.dashboard import corrections as placing
    store, who = dashboard_data.open_store(url), placing.analyst_name(editor())
    if action == "correct":
        if not changes:
            raise ValueError("nothing changed on this event")
        store.correct_event(event["event_id"], changes, who)
    elif action == "confirm":
        store.confirm_event(event["event_id"], who)
    else:
        store.reject_event(event["event_id"], who)
    say("success", f"event #{event['event_id']}: {action} saved")


@guarded
def on_paste(url) -> None:
    text = st.session_state.get("paste_text") or ""
    if not text.strip():
        raise ValueError("paste an article's text first")
    job = jobs().submit_text(url, text, by=editor(), title=(st.session_state.get("paste_title") or None),
                             published=st.session_state.get("paste_published"),
                             source=(st.session_state.get("paste_source") or "").strip() or None,
                             url=(st.session_state.get("paste_url") or "").strip() or None)
    st.session_state.setdefault("jobs", []).append(job)
    st.session_state["paste_text"] = ""


@guarded
def on_upload(url) -> None:
    who = editor()
    files = st.session_state.get(f"upload_{st.session_state.get('upload_round', 0)}") or []
    if not files:
        raise ValueError("choose files to upload first")
    for f in files:
        try:
            st.session_state.setdefault("jobs", []).append(jobs().submit_upload(url, f.name, f.getvalue(), by=who))
        except (AtlasError, ValueError) as exc:
            say("error", f"{f.name}: {exc}")
    st.session_state["upload_round"] = st.session_state.get("upload_round", 0) + 1


# How often a page with articles being parsed asks whether they are done.
JOB_POLL_S = 1.0


@st.fragment(run_every=JOB_POLL_S)
def job_progress(url) -> None:
    """Pasted and uploaded articles parse in the worker while the page stays usable: this line
    says what is still parsing, and the page reruns with the results once each is done."""
    pending, finished = [], False
    for job in st.session_state.get("jobs", []):
        try:
            summary = jobs().result(job)
        except Exception as exc:  # noqa: BLE001 - over budget, or the worker failed: said, not raised
            say("error", f"{job.what}: {exc}")
            finished = True
            continue
        if summary is None:
            pending.append(job)
        else:
            report(summary, job.what)
            finished = True
    st.session_state["jobs"] = pending
    if finished:
        mark_seen(url)  # the page redraws with them: one's own articles are not news to announce
        st.rerun(scope="app")  # the map, the counts and the messages take in the new articles
    for job in pending:
        st.info(T("Parsing {what}…", what=views.md_escape(job.what)))


def report(summary, what: str) -> None:
    say("success" if summary.ok else "warning", f"{what}: {summary.counts()}")
    for line in summary.errors[:20]:
        say("error", line)


@guarded
def on_share(url, state: ViewState) -> None:
    st.session_state["share_id"] = share.save_shared_view(dashboard_data.open_store(url), state)


# -- page -----------------------------------------------------------------------------------

def sign_out() -> None:
    for key in list(st.session_state):
        del st.session_state[key]


def sign_in_page(store) -> None:
    """Nothing of the store is read or drawn before this form is passed."""
    st.title(T("Conflict Atlas"))
    with st.form("sign_in"):
        st.text_input(T("Name"), key="sign_in_name")
        st.text_input(T("Password"), type="password", key="sign_in_password")
        submitted = st.form_submit_button(T("Sign in"))
    if submitted:
        try:
            st.session_state["user"] = signin.sign_in(store, st.session_state.get("sign_in_name", ""),
                                                      st.session_state.get("sign_in_password", ""))
        except signin.SignInFailed as exc:
            st.error(views.md_escape(exc))
        else:
            del st.session_state["sign_in_password"]
            st.rerun()
    st.caption(T("Accounts are made with `atlas users add NAME --role viewer|analyst|admin` (docs/security.md)."))


def audit_panel(url) -> None:
    """The last changes, newest first; admins can check the hash chain."""
    store = dashboard_data.open_store(url)
    rows = store.audit_log(limit=200)
    if rows:
        st.dataframe(i18n.headers(views.audit_frame(rows), lang()), hide_index=True, height=240)
    else:
        st.caption(T("No changes yet."))
    if user().can_admin and st.button(T("Verify the chain"), key="verify_audit"):
        verdict = store.verify_audit()
        (st.success if verdict.ok else st.error)(
            views.md_escape(f"{verdict.rows} rows: intact" if verdict.ok else verdict.problem))


def sidebar(url, options: dict) -> None:
    sb = st.sidebar
    sb.title(T("Conflict Atlas"))
    language_switch()
    who = user()
    sb.caption(f"{T('Signed in as') if who.signed_in else T('Local operator:')} {views.md_escape(who.name)} ({who.role})")
    if who.signed_in:
        sb.button(T("Sign out"), on_click=sign_out)
    if who.can_edit:
        add_articles(url)
    if sb.toggle(T("Audit log"), key="show_audit"):  # drawn on demand: a table is a large download
        with sb.container(border=True):
            audit_panel(url)
    filters(options)


def language_switch() -> None:
    lang()  # the link's choice first
    st.sidebar.radio(T("Interface language"), list(i18n.LANGS), format_func=i18n.LANGS.get, key="v_ui",
                     horizontal=True)


def add_articles(url) -> None:
    with st.sidebar.expander(T("Add articles")):
        st.text_input(T("Title (optional)"), key="paste_title")
        st.date_input(T("Published"), value=None, key="paste_published", format="YYYY-MM-DD",
                      help=T("The date puts the article on the timeline and in the date filters"))
        c1, c2 = st.columns(2)
        c1.text_input(T("Source"), key="paste_source", placeholder="Reuters")
        c2.text_input(T("URL"), key="paste_url", placeholder="https://…")
        st.text_area(T("Paste an article (Arabic or English)"), key="paste_text", height=120)
        st.button(T("Add pasted text"), on_click=on_paste, args=(url,))
        st.file_uploader(T("Or upload files (txt, html, json, jsonl, csv, rss)"), accept_multiple_files=True,
                         key=f"upload_{st.session_state.get('upload_round', 0)}")
        st.button(T("Add uploaded files"), on_click=on_upload, args=(url,))


def filters(options: dict) -> None:
    sb = st.sidebar
    sb.subheader(T("Filters"))
    articles = options["articles"]
    sb.multiselect(T("Article"), list(articles), key="v_articles", placeholder=T("Choose options"),
                   format_func=lambda i: articles.get(i, str(i)))
    sb.multiselect(T("Source"), options["sources"], key="v_sources", placeholder=T("Choose options"))
    sb.multiselect(T("Language"), options["langs"], key="v_langs", placeholder=T("Choose options"))
    c1, c2 = sb.columns(2)
    c1.date_input(T("From"), key="v_date_from", format="YYYY-MM-DD")
    c2.date_input(T("To"), key="v_date_to", format="YYYY-MM-DD")
    sb.multiselect(T("Country"), options["countries"], key="v_countries", placeholder=T("Choose options"))
    sb.multiselect(T("Feature type"), options["features"], key="v_features", placeholder=T("Choose options"))
    sb.slider(T("Minimum confidence"), 0.0, 1.0, step=0.05, key="v_min_confidence")
    sb.multiselect(T("Status"), options["statuses"], key="v_statuses", placeholder=T("Choose options"))
    sb.multiselect(T("Event type"), options["event_types"], key="v_event_types", placeholder=T("Choose options"))
    sb.multiselect(T("Actor"), options["actors"], key="v_actors", placeholder=T("Choose options"))
    sb.number_input(T("Minimum fatalities"), min_value=0, step=1, key="v_min_fatalities")
    sb.text_input(T("Search excerpts, titles, places"), key="v_search", max_chars=share.MAX_TEXT)
    sb.subheader(T("Map"))
    sb.selectbox(T("Colour markers by"), COLOUR_KEYS, key="v_colour", format_func=lambda k: k.replace("_", " "))
    sb.toggle(T("Heat map"), key="v_heat")


def draw_map(url, view, state: ViewState, version: tuple):
    from geo.dashboard.layers import dashboard_map, publish_markers, publish_popup
    from geo.maps.offline import localize
    names = static_assets()
    markers = dashboard_data.markers(url, version, state, view)
    data_url = publish_markers(markers, HERE / "static")  # the browser fetches (and caches) the markers
    picked = dashboard_data.place(url, version, state, view, st.session_state.get("v_place"))
    if picked is not None and data_url:  # the picked place's popup: the only one whose excerpts are read
        publish_popup(markers, picked, HERE / "static")
    if "map_base" not in st.session_state:  # fixed for the session: the widget never reloads
        st.session_state["map_base"] = ((state.center, state.zoom) if state.center and state.zoom
                                        else views.initial_view(markers.places))
    centre, zoom = st.session_state["map_base"]
    shown = dashboard_map(markers, center=centre, zoom=zoom, heat=state.heat, data_url=data_url, labels_url=names,
                          lang=lang())
    localize(shown.map, *shown.layers)
    st_folium(shown.map, feature_group_to_add=shown.layers, key="map", height=640, use_container_width=True,
              returned_objects=["last_object_clicked_tooltip", "last_object_clicked_count", "last_clicked"],
              center=state.center, zoom=state.zoom, on_change=on_map_click,
              layer_control=folium.LayerControl(collapsed=True))
    if shown.legend:
        st.html(views.legend_html(shown.legend))
    return shown


def place_panel(url, version: tuple, state: ViewState, view, parts) -> None:
    from geo.maps.excerpts import excerpts_html
    by_id = {p.id: p for p in view.places}  # every place of the view, with a marker or not
    if st.session_state.get("v_place") not in by_id:
        st.session_state["v_place"] = None
    choices = views.place_choices(view.places, st.session_state.get("v_place"))
    # labels only: a widget's format_func lives as long as the session, and a closure over
    # by_id kept every place of the view (20 MB on a year of news) alive after its version went
    labels = views.place_labels(by_id, choices)
    st.selectbox(T("Place (or click a marker)"), [None] + choices, key="v_place", placeholder=T("Choose an option"),
                 on_change=on_pick_place, format_func=lambda i: labels.get(i, "—"))
    place = dashboard_data.place(url, version, state, view, st.session_state.get("v_place"),
                                 st.session_state.get(f"page_{st.session_state.get('v_place')}", 0))
    if place is None:
        listed = ("" if len(choices) >= len(view.places) else
                  T(" The list holds the {k} most mentioned; click a marker, or narrow the view with the sidebar's "
                    "filters or search, for the others.", k=f"{len(choices):,}"))
        shown = (T("1 place in this view. Pick it to read its excerpts and correct it.") if len(view.places) == 1 else
                 T("{n} places in this view. Pick one to read its excerpts and correct it.", n=f"{len(view.places):,}"))
        st.caption(shown + listed)
        return
    if st.session_state.pop("centre_on_place", False):  # picked in the list: bring it into view
        st.session_state.update(v_lat=round(place.lat, 4), v_lon=round(place.lon, 4),
                                v_zoom=max(st.session_state.get("v_zoom") or 0, 7))
    rows = place.rows
    pages = max(1, -(-place.count // dashboard_data.PLACE_PAGE))
    if pages > 1:  # a page of excerpts at a time: a town named 5,000 times is not read at once
        st.number_input(T("Excerpts: page (of {pages}; {count} mentions, newest first)", pages=f"{pages:,}",
                          count=f"{place.count:,}"), min_value=0,
                        max_value=pages - 1, step=1, key=f"page_{place.id}")
    st.html(excerpts_html(rows))
    if place.events:
        st.dataframe(i18n.headers(views.event_frame(place.events), lang()), hide_index=True)
    if user().can_edit:
        with st.expander(T("Correct"), expanded=False):
            corrections(url, place, rows, parts.places)


def corrections(url, place, rows, places) -> None:
    from geo.dashboard import corrections as placing
    st.caption(T("Changes are signed {name} in the audit log.", name=views.md_escape(user().name)))
    by_id = {r["mention_id"]: r for r in rows}
    mid = st.selectbox(T("Mention"), list(by_id), format_func=lambda i: views.mention_label(by_id[i]), key=f"fix_mention_{place.id}")
    row = by_id[mid]
    c = st.columns(3)
    c[0].button(T("Confirm"), on_click=on_correct, args=(url, "confirm", mid, None))
    c[1].button(T("Reject"), on_click=on_correct, args=(url, "reject", mid, None))
    c[2].button(T("Undo"), on_click=on_correct, args=(url, "reset", mid, None))
    alts = row.get("alternatives") or []
    if alts:
        k = st.selectbox(T("Another candidate"), range(len(alts)), format_func=lambda i: placing.candidate_label(alts[i]))
        st.button(T("Use this candidate"), on_click=on_correct,
                  args=(url, "correct", mid, placing.candidate_place(alts[k])))
    query = st.text_input(T("Search the gazetteer"), key="gaz_query")
    if query.strip():
        hits = placing.search_gazetteer(gazetteer_geocoder(), query)
        if hits:
            k = st.selectbox(T("Found"), range(len(hits)), format_func=lambda i: hits[i][0])
            st.button(T("Use this place"), on_click=on_correct, args=(url, "correct", mid, hits[k][1]))
        else:
            st.caption(T("Nothing in the gazetteer by that name."))
    click = st.session_state.get("map_click")
    if click:
        where = placing.clicked_place(row, click["lat"], click["lng"])
        st.button(T("Place it where I clicked ({lat}, {lon})", lat=f"{where['lat']:.4f}", lon=f"{where['lon']:.4f}"),
                  on_click=on_correct, args=(url, "correct", mid, where))
    else:
        st.caption(T("Click the map to place this mention by hand."))
    add_missed_place(url, rows)
    if place.events:
        event_corrections(url, place, places)


@guarded
def on_add_missed(url, article_id, name: str, place: dict | None) -> None:
    from geo.dashboard import corrections as placing
    row = placing.add_missed(dashboard_data.open_store(url), article_id, name, place, editor())
    say("success", f"«{row['text']}» added as {row['name']} (mention #{row['mention_id']})")


def add_missed_place(url, rows) -> None:
    """A place the engine missed in one of these excerpts' articles: its name as written, then
    the place from the gazetteer."""
    from geo.dashboard import corrections as placing
    st.divider()
    st.caption(T("Add a place the engine missed in one of these articles"))
    articles = placing.article_choices(rows)
    article_id = st.selectbox(T("Article"), list(articles), format_func=articles.get, key="add_article")
    name = st.text_input(T("Name as the article writes it"), key="add_name", max_chars=120)
    query = st.text_input(T("Find it in the gazetteer"), key="add_query") or name
    hits = placing.search_gazetteer(gazetteer_geocoder(), query) if query.strip() else []
    if hits:
        labels = [label for label, _ in hits]
        picked = st.selectbox(T("Found"), labels, key="add_hit")
        place = hits[labels.index(picked)][1] if picked in labels else None
        st.button(T("Add this place"), on_click=on_add_missed, args=(url, article_id, name, place))
    elif query.strip():
        st.caption(T("Nothing in the gazetteer by that name."))


def event_corrections(url, place, places) -> None:
    from geo.dashboard import corrections as placing
    st.divider()
    by_id = {e["event_id"]: e for e in place.events}
    eid = st.selectbox(T("Event"), list(by_id), key=f"fix_event_{place.id}",
                       format_func=lambda i: f"#{i} {by_id[i].get('type')} ({by_id[i].get('status')})")
    ev = by_id[eid]
    types = views.event_type_choices(ev.get("type"))
    new_type = st.selectbox(T("Type"), types, index=types.index(ev.get("type")) if ev.get("type") in types else 0)
    sub = st.text_input(T("Sub-type"), value=ev.get("sub_type") or "", key=f"ev_sub_{eid}")
    when = st.text_input(T("Date (yyyy-mm-dd)"), value=ev.get("date") or "", key=f"ev_date_{eid}")
    a1 = st.text_input(T("Actor 1"), value=ev.get("actor1") or "", key=f"ev_actor1_{eid}")
    a2 = st.text_input(T("Actor 2"), value=ev.get("actor2") or "", key=f"ev_actor2_{eid}")
    dead = st.number_input(T("Fatalities"), min_value=0, step=1, value=int(ev.get("fatalities") or 0), key=f"ev_dead_{eid}")
    by_place = {p.id: p for p in places}
    labels = views.place_labels(by_place, list(by_place))  # labels only (see place_panel)
    unchanged = T("here (unchanged)")
    moved = st.selectbox(T("Happened at"), [None] + list(by_place), key=f"ev_place_{eid}",
                         format_func=lambda i: labels.get(i, unchanged))
    try:
        changes = placing.event_changes(ev, type_=new_type, sub_type=sub, date_text=when,
                                        fatalities=None if dead == (ev.get("fatalities") or 0) else int(dead),
                                        place=by_place[moved] if moved else None, actor1=a1, actor2=a2)
    except ValueError as exc:
        st.error(views.md_escape(exc))
        changes = None
    c = st.columns(3)
    c[0].button(T("Save event"), on_click=on_event, args=(url, "correct", ev, changes), disabled=changes is None)
    c[1].button(T("Confirm event"), on_click=on_event, args=(url, "confirm", ev, None))
    c[2].button(T("Reject event"), on_click=on_event, args=(url, "reject", ev, None))


def exports(url, state: ViewState) -> None:
    """Downloads of the whole view, read from the store only when clicked."""
    from geo.maps.offline import html_bytes
    def rows():
        return dashboard_data.iter_mentions(url, state)
    def events():
        return dashboard_data.iter_events(url, state)
    c = st.columns(5)
    c[0].download_button(T("Map (HTML, offline)"), data=lambda: html_bytes(list(rows()), events=list(events()),
                                                                        colour_by=state.colour),
                         file_name="atlas-map.html", mime="text/html", on_click="ignore")
    c[1].download_button("GeoJSON", data=lambda: views.export_geojson(rows()), file_name="atlas-mentions.geojson",
                         mime="application/geo+json", on_click="ignore")
    c[2].download_button("CSV", data=lambda: views.export_csv(rows()), file_name="atlas-mentions.csv",
                         mime="text/csv", on_click="ignore")
    c[3].download_button("ACLED CSV", data=lambda: views.export_acled_csv(events()), file_name="atlas-events-acled.csv",
                         mime="text/csv", on_click="ignore")
    c[4].button(T("Share link"), on_click=on_share, args=(url, state))
    if st.session_state.get("share_id"):
        st.code(views.share_url(os.environ.get("ATLAS_BASE_URL") or st.context.url, st.session_state["share_id"]),
                language=None)


def tables(url, version: tuple, state: ViewState, view) -> None:
    """The mentions table, the events table or the timeline: only the one shown is drawn
    (tabs would draw all three, and the chart's code alone is a large download)."""
    shown = st.segmented_control("Show", ["Mentions", "Events", "Timeline"], default="Mentions", key="panel",
                                 label_visibility="collapsed", format_func=T)
    counts = view.counts
    if shown == "Mentions":
        rows = dashboard_data.table_rows(url, version, state)
        st.dataframe(i18n.headers(views.mention_frame(rows), lang()), hide_index=True, height=320)
        if counts["mentions"] > len(rows):
            st.caption(T("The first {shown} of {total} mentions: narrow the filters, or download the CSV for all of "
                         "them.", shown=f"{len(rows):,}", total=f"{counts['mentions']:,}"))
    elif shown == "Events":
        events = dashboard_data.event_rows(url, version, state)
        st.dataframe(i18n.headers(views.event_frame(events), lang()), hide_index=True)
        if counts["events"] > len(events):
            st.caption(T("The first {shown} of {total} events: the ACLED CSV holds them all.", shown=f"{len(events):,}",
                         total=f"{counts['events']:,}"))
    elif shown == "Timeline":
        import pandas as pd

        from geo.dashboard import timeline
        days = dashboard_data.timeline_days(url, version, state)
        if not days:
            st.caption(T("No dated mentions or events in this view."))
        else:
            st.vega_lite_chart(pd.DataFrame(timeline.chart_rows(days)), timeline.spec(days, (state.date_from, state.date_to)),
                               key="timeline", on_select=on_brush, selection_mode=timeline.BRUSH,
                               use_container_width=True)
            st.caption(T("Drag across days to show only them on the map and in the tables (the sidebar's From and To "
                         "follow); clear the dates there to see every day again."))
            play_controls(days)
        if counts["undated"]:
            st.caption(T("{n} mentions come from articles with no published date.", n=counts["undated"]))


def main() -> None:
    st.set_page_config(page_title="Conflict Atlas", layout="wide")
    if i18n.is_rtl(lang()):
        st.html(i18n.RTL_CSS)
    url = os.environ.get("ATLAS_DB") or None
    store = dashboard_data.open_store(url)
    if not signin.auth_required(store):
        st.session_state["user"] = signin.local_user()
    elif not isinstance(st.session_state.get("user"), signin.User) or not st.session_state["user"].signed_in:
        sign_in_page(store)
        return
    version = dashboard_data.data_version(url)
    init_state(url, store, version)
    if st.session_state.get("link_state") != current_state():  # the analyst moved on from the link's view
        st.session_state["link_notices"] = []
    for notice in st.session_state.get("link_notices", []):  # kept over the reruns the map itself causes
        st.info(T("Link: ") + views.md_escape(notice))
    notices = st.session_state.get("notices", [])
    for kind, text in notices:
        getattr(st, kind)(views.md_escape(text))
    if notices:
        st.button(T("Dismiss messages"), on_click=dismiss, key="dismiss_notices")
    if st.session_state.get("jobs"):  # polled only while something parses: no timer on an idle page
        job_progress(url)
    state = current_state()  # the widgets' values are in the session already (init_state, last run)
    first_run = not st.session_state.get("table_due")
    st.session_state["table_due"] = True  # set first: a rerun may cut this run short
    try:
        main_area(url, version, state, first_run)
    finally:
        # After the map, so the browser starts loading the map before the filters' code; always,
        # because a widget not drawn in a run loses its value (an error must not clear the filters).
        sidebar(url, dashboard_data.options(url, version, tuple(st.session_state.get("v_articles") or ())))
    sync_url(current_state())


# How often an open dashboard asks the store what came in (geo watch adds articles all day).
REFRESH_S = float(os.environ.get("ATLAS_REFRESH_S") or 60)


def mark_seen(url) -> None:
    st.session_state["seen_at"] = dashboard_data.open_store(url).news_since(st.session_state.get("seen_at"))["now"]


@st.fragment(run_every=REFRESH_S)
def news_badge(url) -> None:
    """"New since you last looked": checked every minute without redrawing the page; the
    analyst brings the new articles in with one click (the map does not move under them)."""
    news = dashboard_data.open_store(url).news_since(st.session_state.get("seen_at"))
    new = views.news_line(news, lang())
    if new:
        c = st.columns([5, 1])
        c[0].info(new)
        if c[1].button(T("Show them"), key="show_news"):
            mark_seen(url)
            st.rerun(scope="app")


def main_area(url, version: tuple, state: ViewState, first_run: bool) -> None:
    if "seen_at" not in st.session_state:
        mark_seen(url)
    news_badge(url)
    view = dashboard_data.view(url, version, state)
    left, right = st.columns([5, 2])
    with left:
        parts = draw_map(url, view, state, version)
    with right:
        place_panel(url, version, state, view, parts)
    st.caption(views.summary_line(view.counts, view.places, lang()))
    note = views.marker_note(len(view.places), len(parts.places), lang())
    if note:
        st.caption(note)
    exports(url, state)
    if first_run:  # the map first; its first report back reruns the page and draws the table
        c = st.columns([4, 1])
        c[0].caption(T("Loading the table…"))
        c[1].button(T("Show the table"), key="show_table")  # in case the map never reports back
    else:
        tables(url, version, state, view)


try:
    # A paste's callback waits for its job before this line; drawing this page (another
    # analyst's, or the paster's own afterwards) holds the parsing worker back meanwhile.
    with jobs().drawing():
        main()
except Exception as exc:  # noqa: BLE001 - the analyst sees a message, the log keeps the traceback
    import logging
    logging.getLogger("atlas.dashboard").exception("dashboard error")
    st.error("The dashboard hit an error and stopped drawing this page: "
             + views.md_escape(f"{type(exc).__name__}: {exc}"))
