"""The Arabic interface: every label the layout shows has its Arabic entry, and in a real
browser the switch turns the page to Arabic, right to left, keeping the view and its link."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from dashboard_store import seed_store

from geo.dashboard import i18n, views
from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server

ROOT = Path(__file__).resolve().parent.parent


def layout_labels() -> list[str]:
    """The text of every ``T("...")`` call in dashboard.py (adjacent strings joined)."""
    labels = []
    for node in ast.walk(ast.parse((ROOT / "dashboard.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "T" and node.args:
            first = node.args[0]
            assert isinstance(first, ast.Constant), f"T() needs a literal label (line {node.lineno})"
            labels.append(first.value)
    return labels


def test_every_label_of_the_layout_has_arabic():
    labels = layout_labels()
    assert len(labels) > 60  # the layout's labels go through T(), not around it
    missing = [label for label in labels if label not in i18n.AR]
    assert missing == []
    for label in labels:  # the same fields in both languages, so .format never fails
        fields = {part.split("}")[0]: "1" for part in label.split("{")[1:]}
        assert i18n.t(label, "ar", **fields) and i18n.t(label, "en", **fields)


def test_text_without_an_entry_falls_back_to_english_and_fields_fill_in():
    assert i18n.t("Filters", "ar") == "عوامل التصفية"
    assert i18n.t("no such label", "ar") == "no such label"
    assert i18n.t("{n} places in this view. Pick one to read its excerpts and correct it.", "ar", n="12").startswith("12 ")
    assert views.summary_line({"mentions": 3, "articles": 1, "events": 1}, [object()] * 2, "ar") == (
        "الإشارات: 3 · الأماكن: 2 · المقالات: 1 · الأحداث: 1")
    assert views.news_line({"articles": 2, "incidents_new": 1}, "ar") == "منذ آخر نظرة — مقالات جديدة: 2، حوادث جديدة: 1"
    assert views.news_line({}, "ar") == ""


needs_browser = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                   reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = seed_store(tmp_path_factory.mktemp("i18n") / "atlas.sqlite")
    with dashboard_server(path) as base:
        yield base


SIDEBAR = "section[data-testid='stSidebar']"


@needs_browser
def click_until_shown(page, option: str, shown: str, tries: int = 3) -> None:
    """Click a sidebar option until ``shown`` appears. A click that lands while Streamlit is still
    redrawing the page can be lost (seen under load, as in the sign-in tests); the page's text
    explains a failure."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(tries):
        page.locator(SIDEBAR).get_by_text(option, exact=True).click(timeout=60_000)
        try:
            page.wait_for_selector(f"{SIDEBAR} >> text={shown}", timeout=30_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"no {shown!r} after clicking {option!r}; the page showed:\n" + page.inner_text("body")[:3000])


def test_the_switch_turns_the_page_arabic_and_right_to_left_keeping_the_view(server):
    with launch_offline_page(1400, 1000, allow=(server,)) as page:
        page.goto(f"{server}/?minfat=1")
        page.wait_for_selector(f"{SIDEBAR} >> text=Filters", timeout=90_000)
        assert page.evaluate(f"getComputedStyle(document.querySelector(\"{SIDEBAR}\")).direction") == "ltr"
        click_until_shown(page, "العربية", "عوامل التصفية")
        page.wait_for_selector("text=/الإشارات: \\d+ · الأماكن: \\d+/", timeout=60_000)
        # the style comes in the same run as the labels; give the browser its moment to apply it
        page.wait_for_function(f"getComputedStyle(document.querySelector(\"{SIDEBAR}\")).direction === 'rtl'",
                               timeout=30_000)
        page.wait_for_function("location.search.includes('ui=ar') && location.search.includes('minfat=1')",
                               timeout=30_000)
        assert page.locator(f"{SIDEBAR} >> text=Filters").count() == 0
        # The link opens in Arabic in a new session.
        link = page.url
        page.goto("about:blank")
        page.goto(link)
        page.wait_for_selector(f"{SIDEBAR} >> text=أدنى عدد للقتلى", timeout=90_000)
        click_until_shown(page, "English", "Minimum fatalities")
        page.wait_for_function("!location.search.includes('ui=ar') && location.search.includes('minfat=1')",
                               timeout=30_000)


def test_every_table_header_has_arabic_and_english_tables_keep_theirs():
    headers = set(views.TABLE_COLUMNS.values()) | set(views.EVENT_COLUMNS.values()) | set(views.AUDIT_COLUMNS.values())
    assert headers - set(i18n.AR_HEADERS) == set()
    frame = views.mention_frame([{"mention_id": 1, "text": "سرت", "name": "Sirte"}])
    assert list(i18n.headers(frame, "en").columns) == list(frame.columns)
    arabic = i18n.headers(frame, "ar")
    assert "كما كُتب" in arabic.columns and arabic["كما كُتب"][0] == "سرت"  # the data as stored
