"""Sign-in in a real browser: a dashboard served beyond localhost (`geo serve --address 0.0.0.0`,
which needs accounts) shows nothing of the store before the form is passed; a viewer reads but
cannot correct; an analyst's correction is audited under the signed-in name.

The browser only ever talks to 127.0.0.1 (the 0.0.0.0 listener includes it).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from geo.dashboard.browser import CHROMIUM, launch_offline_page
from geo.dashboard.server import dashboard_server
from geo.store import Store

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
PASSWORD = {"amal": "amal's long password", "vera": "vera's long password"}
SUMMARY = "text=/mentions? at \\d+ places?/"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from geo.ingest.batch import ingest_paths

    db = tmp_path_factory.mktemp("signin") / "atlas.sqlite"
    with Store.open(db) as store:
        ingest_paths([ROOT / "seeds"], store, workers=1, progress=False)
        store.add_account("amal", "analyst", PASSWORD["amal"], by="test")
        store.add_account("vera", "viewer", PASSWORD["vera"], by="test")
    with dashboard_server(db, address="0.0.0.0") as base:
        yield base, db


def sign_in(page, base: str, name: str, password: str, query: str = "") -> None:
    page.goto(f"{base}/{query}")
    page.get_by_role("textbox", name="Name").fill(name)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def confirm_until_saved(page, tries: int = 3) -> None:
    """Click Confirm until the page says it was saved. A click that lands while Streamlit is
    redrawing the page can be lost (one CI run in about ten, session 7); the audit entry asserted
    below is what the test is about. On failure, the page's text says what it showed instead."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for _ in range(tries):
        page.get_by_role("button", name="Confirm", exact=True).click(timeout=60_000)
        try:
            page.get_by_text("confirm saved").wait_for(timeout=20_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError("no 'confirm saved' after Confirm; the page showed:\n" + page.inner_text("body")[:3000])


def test_a_fresh_browser_sees_only_the_sign_in_form(served):
    base, _ = served
    with launch_offline_page(allow=(base,)) as page:
        page.goto(base)
        page.get_by_role("button", name="Sign in").wait_for(timeout=60_000)
        page.wait_for_timeout(1500)  # give a leaking page time to draw
        body = page.inner_text("body")
        assert "mentions at" not in body and "سرت" not in body and "Sirte" not in body
        assert not page.query_selector("iframe[title*='streamlit_folium']")
        sign_in(page, base, "amal", "a wrong password")
        page.get_by_text("wrong name or password").wait_for(timeout=30_000)
        assert "mentions at" not in page.inner_text("body")


def test_a_viewer_reads_but_has_no_correction_or_upload_controls(served):
    base, _ = served
    with launch_offline_page(allow=(base,)) as page:
        sign_in(page, base, "vera", PASSWORD["vera"], query="?place=g2210554")  # Sirte picked
        page.wait_for_selector(SUMMARY, timeout=90_000)
        page.get_by_text("Signed in as vera (viewer)").wait_for(timeout=30_000)
        page.wait_for_selector("mark", timeout=60_000)  # the place's excerpts are shown
        assert page.get_by_text("Correct", exact=True).count() == 0
        assert page.get_by_text("Add articles", exact=True).count() == 0


def test_an_analysts_correction_is_audited_under_the_signed_in_name(served):
    base, db = served
    with launch_offline_page(allow=(base,)) as page:
        sign_in(page, base, "amal", PASSWORD["amal"], query="?place=g2210554")  # Sirte picked
        page.wait_for_selector(SUMMARY, timeout=90_000)
        page.get_by_text("Correct", exact=True).click(timeout=90_000)
        confirm_until_saved(page)
    with Store.open(db) as store:
        entry = store.audit_log(target="mention")[0]
    assert (entry["who"], entry["action"]) == ("amal", "confirm")
