"""Does one analyst's big paste slow another analyst's page? First renders with and without.

    python -m bench.paste_isolation [--chars 100000] [--repeat 3]

Starts the dashboard on the seed store as ``make run`` does, measures the first render of
a new browser session (navigation until the summary line is drawn) ``--repeat`` times on a
quiet server, then again while a second browser has pasted a ``--chars``-character article
and waits for it to be parsed (issue 13: within 20% of the quiet figure). Prints both
medians, their ratio and how long the paste took.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.dashboard.browser import ARGS, CHROMIUM  # noqa: E402
from geo.dashboard.server import dashboard_server  # noqa: E402

SUMMARY = "[data-testid='stCaptionContainer'] >> text=/mentions? at \\d+ places?/"
SENTENCE = ("أفادت مصادر محلية بسقوط قذائف على أحياء سكنية في مدينة سرت ومنطقة جارف جنوب غرب المدينة مساء "
            "الثلاثاء، فيما تواصلت الاشتباكات قرب ترهونة وبني وليد. ")


def first_render(browser, base: str) -> float:
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    start = time.perf_counter()
    page.goto(base)
    page.wait_for_selector(SUMMARY, timeout=60_000)
    seconds = time.perf_counter() - start
    page.context.close()
    return seconds


def paste(browser, base: str, text: str, done: dict) -> None:
    page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    sockets: list = []  # a reconnect means a new server session: the paste's message is lost with the old one
    page.on("websocket", lambda socket: sockets.append(socket))
    page.goto(base)
    page.wait_for_selector(SUMMARY, timeout=60_000)
    page.get_by_text("Add articles").click()
    page.get_by_label("Paste an article (Arabic or English)").fill(text)
    page.keyboard.press("Control+Enter")
    start = time.perf_counter()
    done["started"] = True
    page.get_by_role("button", name="Add pasted text").click(timeout=120_000)  # a loaded machine is slow to scroll it in
    try:
        page.wait_for_selector("text=/pasted text: stored/", timeout=600_000)
        done["seconds"] = time.perf_counter() - start
    except Exception:  # noqa: BLE001 - say what the page showed instead
        shot = Path(tempfile.gettempdir()) / "paste_isolation_failed.png"
        page.screenshot(path=str(shot), full_page=True)
        done["error"] = (" | ".join(page.locator("[data-testid='stAlert']").all_inner_texts())[:500]
                         + f" (connections to the server: {len(sockets)}; screenshot {shot})")
    page.context.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from geo.ingest.batch import ingest_paths
    from geo.store import Store

    text = (SENTENCE * (args.chars // len(SENTENCE) + 1))[:args.chars]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seed.sqlite"
        with Store.open(db) as store:
            ingest_paths([ROOT / "seeds"], store, workers=1, progress=False)
        with dashboard_server(db) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            first_render(browser, base)  # the browser's own start-up, not the server's
            quiet = [first_render(browser, base) for _ in range(args.repeat)]
            done: dict = {}
            # Playwright's sync API is bound to its thread: the paste runs in its own Playwright.
            paster = threading.Thread(target=_paste_in_own_playwright, args=(base, text, done))
            paster.start()
            while not done.get("started") and paster.is_alive():
                time.sleep(0.05)
            busy = []
            while paster.is_alive() and len(busy) < args.repeat:
                busy.append(first_render(browser, base))
            paster.join()
            browser.close()
    q, b = statistics.median(quiet), statistics.median(busy) if busy else float("nan")
    print(f"{'measure':<52}{'value':>12}  target")
    print(f"{'first render, quiet server (median)':<52}{q:>10.2f} s")
    print(f"{f'first render during a {args.chars:,}-character paste ({len(busy)} runs)':<52}{b:>10.2f} s")
    print(f"{'ratio':<52}{b / q:>10.2f} x  <= 1.20")
    print(f"{'the paste itself, click to stored':<52}{done.get('seconds', float('nan')):>10.1f} s")
    if done.get("error") is not None:
        print(f"the paste did not finish; the page said: {done['error'] or '(nothing)'}")
    return 0


def _paste_in_own_playwright(base: str, text: str, done: dict) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            paste(browser, base, text, done)
        finally:
            browser.close()


if __name__ == "__main__":
    sys.exit(main())
