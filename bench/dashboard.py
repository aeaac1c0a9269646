"""Dashboard speed in a real browser: first render and a filter change.

    python -m bench.dashboard [--articles 2000] [--mentions 10000] [--repeat 3] [--db PATH]
    python -m bench.dashboard --year [--db /tmp/atlas-bench-year.sqlite] [--repeat 2] [--ingests 20]

Builds a store of ``--articles`` articles holding ``--mentions`` mentions (hand-made
Documents, half Arabic and half English, over ~3,000 distinct places, one event per
article), starts the dashboard on it as ``make run`` does (``python -m geo serve``) and
drives headless Chromium (only the local server reachable):

- first render: navigation until the map's markers are in its iframe and the page's
  summary line is drawn, each time in a new Streamlit session: "cold" is the first one
  after the server starts (its caches hold only what ``geo serve`` prepared), "new browser" a
  browser with nothing cached, "returning browser" one that has opened the dashboard
  before (Streamlit's and the map's scripts in its HTTP cache), as an analyst's would;
- filter change: picking a country in the sidebar until the summary line and the map's
  markers show the narrower view.

Bars (issue 4): first render <= 3 s, filter change <= 1 s.

``--year`` (issue 12): a year of news, 200,000 articles and 1,000,000 mentions over 20,000
places, built once with direct SQL inserts into a cached file (``bench.big_store``) and reused;
first render (new browser), filter change, picking a place in the place list until its
excerpts show, the server's resident memory, and its memory after ``--ingests`` articles
added while it serves (each followed by a page load, so the server reads the new version).
Bars: first render <= 3 s, filter change <= 1 s, pick <= 1 s, memory <= 1.5 GB and flat.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.dashboard.browser import ARGS, CHROMIUM  # noqa: E402
from geo.dashboard.server import dashboard_server  # noqa: E402
from geo.engine.document import Document, Mention  # noqa: E402

COUNTRIES = ["LY", "SY", "YE", "IQ", "SD"]
AR = "أفادت مصادر محلية بسقوط قذائف على أحياء سكنية في {name} مساء الثلاثاء."
EN = "Local sources said shells fell on residential districts of {name} on Tuesday evening."
# Which markers the map holds (count and summed latitudes): a filter change may leave the count
# alone (the map draws at most geo.dashboard.data.MARKER_LIMIT) while the places change.
MARKER_SIGNATURE_JS = """() => {
    const map = window.map_div || window.map;
    if (!map || typeof map.eachLayer !== "function") return "";
    let n = 0, lat = 0;
    map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) l.getLayers().forEach(m => { n += 1; lat += m.getLatLng().lat; }); });
    return n + ":" + lat.toFixed(3);
}"""
MARKERS_JS = """() => {
    const map = window.map_div || window.map;
    if (!map || typeof map.eachLayer !== "function") return -1;
    let n = 0;
    map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup) n += l.getLayers().length; });
    return n;
}"""


def build_store(path: Path, articles: int, mentions: int, places: int = 3000) -> None:
    """``articles`` articles with ``mentions`` mentions in all, over ``places`` places."""
    from geo.store import Store

    per = mentions // articles
    with Store.open(path) as store:
        for a in range(articles):
            arabic = a % 2 == 0
            lead = f"Report {a}. "  # every article's text differs (the store keys articles by text)
            sentences, ms = [lead], []
            offset = len(lead)
            for k in range(per):
                i = (a * per + k) * 7 % places
                name = f"بلدة{i}" if arabic else f"Town{i}"
                sentence = (AR if arabic else EN).format(name=name) + " "
                start = offset + sentence.index(name)
                ms.append(Mention(
                    start=start, end=start + len(name), text=name, name=f"Town{i}", name_ar=f"بلدة{i}",
                    name_en=f"Town{i}", lat=12 + (i * 7919 % 2600) / 100, lon=-8 + (i * 104729 % 6500) / 100,
                    country_code=COUNTRIES[i % 5], feature="city", geonameid=5_000_000 + i, precision=1 + i % 3,
                    confidence=0.3 + (i % 70) / 100, excerpt=sentence.strip(), excerpt_start=offset))
                sentences.append(sentence)
                offset += len(sentence)
            text = "".join(sentences)
            first = ms[0]
            event = {"type": "Explosions/Remote violence", "sub_type": "Shelling/artillery/missile attack",
                     "start": first.excerpt_start, "end": first.excerpt_start + len(sentences[1]), "excerpt": first.excerpt, "mention_index": 0,
                     "location": first.text, "lat": first.lat, "lon": first.lon,
                     "country_code": first.country_code, "geo_precision": 1, "date": None,
                     "fatalities": a % 4 or None, "actor1": None, "actor2": None, "confidence": 0.8}
            store.add_document({"text": text, "title": f"Story {a}", "source": f"Wire {a % 7}",
                                "published": f"2020-{1 + a % 12:02d}-{1 + a % 28:02d}",
                                "lang": "ar" if arabic else "en"},
                               Document(text, "ar" if arabic else "en", ms, [event]))


@contextmanager
def launch_offline_page(width: int = 1400, height: int = 1000, allow: tuple[str, ...] = ()) -> Iterator[Any]:
    """Headless Chromium that can resolve no host but 127.0.0.1.

    Unlike ``geo.dashboard.browser.launch_offline_page`` no request goes through a Python route
    handler (each would be a round trip to this process, which inflated the timings);
    the resolver rule makes every outside request fail at once inside Chromium.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS + [
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
        try:
            yield browser.new_context(viewport={"width": width, "height": height}).new_page()
        finally:
            browser.close()


def summary_text(page) -> str:
    return page.evaluate("""() => { const c = [...document.querySelectorAll('[data-testid="stCaptionContainer"]')]
        .map(e => e.innerText).find(t => / mentions? at \\d+ places?/.test(t)); return c || ""; }""")


# Watches the page from inside: the moment (ms from navigation start) the summary line is
# in the page and the map's iframe is shown with its markers, then the frame that paints
# them (``painted``). Playwright's waits below see the same moments later, by a round trip
# per check and injected code in each frame, on the same two busy cores.
IN_PAGE_WATCH = """((WANT_MAP) => {
    if (window.top !== window) return;
    const seen = window.__atlasSeen = {};
    const busy = window.__atlasBusy = [];  // long tasks (over 50 ms) of this page and its map: [start, end]
    new PerformanceObserver(list => list.getEntries().forEach(e => busy.push([e.startTime, e.startTime + e.duration])))
        .observe({type: "longtask", buffered: true});
    const timer = setInterval(() => {
        if (seen.summary === undefined) {
            for (const e of document.querySelectorAll('[data-testid="stCaptionContainer"]')) {
                if (/ mentions? at \\d+ places?/.test(e.textContent)) { seen.summary = performance.now(); break; }
            }
        }
        const frame = document.querySelector("iframe[title*='streamlit_folium']");
        if (seen.markers === undefined && frame && frame.offsetHeight > 0) {
            try {
                const w = frame.contentWindow, map = w.map_div || w.map;
                let n = 0;
                if (map && typeof map.eachLayer === "function") {
                    map.eachLayer(l => { if (l instanceof w.L.MarkerClusterGroup) n += l.getLayers().length; });
                }
                if (n > 0) seen.markers = performance.now();
            } catch (e) { /* not loaded yet */ }
        }
        if (seen.summary !== undefined && (seen.markers !== undefined || !WANT_MAP) && seen.painted === undefined) {
            clearInterval(timer);
            // both are in the page: the next frame shows them (a long task, such as the table's
            // code, can hold that frame back; this waits for it)
            requestAnimationFrame(() => setTimeout(() => { seen.painted = performance.now(); }, 0));
        }
    }, 20);
})(%s)"""


def render(page, base: str) -> tuple[float, int, str, float, float]:
    """Open the dashboard in ``page``: seconds until markers and the summary line are drawn,
    as Playwright saw it and as the page itself did, then until the page went quiet (the
    last two items)."""
    page.add_init_script(IN_PAGE_WATCH % "true")
    t0 = time.perf_counter()
    page.goto(base)
    frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=120_000).content_frame()
    frame.wait_for_function(f"({MARKERS_JS})() > 0", timeout=120_000)
    page.wait_for_function("() => /mentions? at \\d+ places?/.test(document.body.innerText)", timeout=120_000)
    elapsed = time.perf_counter() - t0
    page.wait_for_function("() => window.__atlasSeen.painted !== undefined", timeout=10_000)
    seen = page.evaluate("() => window.__atlasSeen.painted") / 1000
    page.wait_for_timeout(QUIET_MS * 4)  # long enough to see the page go quiet
    quiet = settled(seen * 1000, page.evaluate("() => window.__atlasBusy")) / 1000
    return elapsed, frame.evaluate(MARKERS_JS), summary_text(page), seen, quiet


QUIET_MS = 300


def settled(start_ms: float, busy: list[list[float]]) -> float:
    """From ``start_ms``, the first moment followed by QUIET_MS with no long task: when the
    page, already showing the map, stops working (the table's code, the excerpts) and answers
    at once."""
    t = start_ms
    for begin, end in sorted(busy):
        if begin > t + QUIET_MS:
            break
        t = max(t, end)
    return t


def first_render(base: str) -> tuple[float, int, str, float, float]:
    """A new browser (nothing cached): the first visit ever."""
    with launch_offline_page(width=1400, height=1000, allow=(base,)) as page:
        return render(page, base)


def returning_renders(base: str, repeat: int) -> list[tuple[float, int, str, float, float]]:
    """A browser that has opened the dashboard before (its HTTP cache holds Streamlit's and
    the map's scripts) opening it again: a new page, so a new Streamlit session, each time."""
    with launch_offline_page(width=1400, height=1000, allow=(base,)) as page:
        render(page, base)
        out = []
        for _ in range(repeat):
            fresh = page.context.new_page()
            out.append(render(fresh, base))
            fresh.close()
        return out


def filter_change(base: str, country: str, timeout_ms: int = 60_000) -> tuple[float, int, str]:
    with launch_offline_page(width=1400, height=1000, allow=(base,)) as page:
        page.goto(base)
        frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=120_000).content_frame()
        frame.wait_for_function(f"({MARKERS_JS})() > 0", timeout=120_000)
        page.wait_for_function("() => /mentions? at \\d+ places?/.test(document.body.innerText)", timeout=120_000)
        before, markers_before = summary_text(page), frame.evaluate(MARKER_SIGNATURE_JS)
        box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Country")
        box.locator("input").click()
        page.keyboard.type(country)
        t0 = time.perf_counter()
        page.keyboard.press("Enter")
        page.wait_for_function("(before) => { const t = [...document.querySelectorAll('[data-testid=\"stCaptionContainer\"]')]"
                               ".map(e => e.innerText).find(t => / mentions? at \\d+ places?/.test(t));"
                               " return t && t !== before; }", arg=before, timeout=timeout_ms)
        frame.wait_for_function(f"(s => s && !s.startsWith('0:') && s !== {markers_before!r})(({MARKER_SIGNATURE_JS})())",
                                timeout=timeout_ms)
        elapsed = time.perf_counter() - t0
        return elapsed, frame.evaluate(MARKERS_JS), summary_text(page)


def pick_place(base: str, name: str) -> float:
    """Seconds from choosing ``name`` in the place list until its excerpts are shown."""
    with launch_offline_page(width=1400, height=1000, allow=(base,)) as page:
        page.goto(base)
        frame = page.wait_for_selector("iframe[title*='streamlit_folium']", timeout=300_000).content_frame()
        frame.wait_for_function(f"({MARKERS_JS})() > 0", timeout=300_000)
        box = page.locator('[data-testid="stSelectbox"]').filter(has_text="Place")
        box.locator("input").click()
        page.keyboard.type(name)
        t0 = time.perf_counter()
        page.keyboard.press("Enter")
        page.wait_for_selector(".atlas-card", timeout=300_000)
        return time.perf_counter() - t0


def server_rss_mb(port: int) -> float:
    """Resident memory of the dashboard server listening on ``port`` (Linux /proc)."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"serve" in cmd and str(port).encode() in cmd:
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    return float("nan")


def ingest_one(db: Path, n: int) -> None:
    """One more article (hand-made Document, as ``build_store``) into the served store."""
    from geo.store import Store

    text = f"Update {n} {time.time()}. " + EN.format(name="Town7")
    start = text.index("Town7")
    m = Mention(start=start, end=start + 5, text="Town7", name="Town7", name_ar="بلدة7", name_en="Town7",
                lat=12.5, lon=-7.3, country_code="SY", feature="city", geonameid=5_000_007, precision=1,
                confidence=0.9, excerpt=text, excerpt_start=0)
    with Store.open(db) as store:
        store.add_document({"text": text, "title": f"Update {n}", "source": "Wire 1", "published": "2020-12-30",
                            "lang": "en"}, Document(text, "en", [m], []))


def year_run(args) -> int:
    """The year-of-news figures (issue 12)."""
    import os

    from bench.big_store import ensure

    db = ensure(Path(args.db or "/tmp/atlas-bench-year.sqlite"), 200_000, 1_000_000)

    def say(line: str) -> None:  # each figure as soon as it is measured: a slow step loses nothing
        print(line, f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)", flush=True)
    t0 = time.perf_counter()
    with dashboard_server(db, timeout=1800) as base:
        port = int(base.rsplit(":", 1)[1])
        say(f"year of news: 200,000 articles, 1,000,000 mentions; server ready in {time.perf_counter() - t0:.0f} s, "
            f"{server_rss_mb(port):.0f} MB")
        for _ in range(args.repeat):
            r = first_render(base)
            say(f"first render, new browser: shown {r[3]:.2f} s, Playwright {r[0]:.2f} s, quiet {r[4]:.2f} s (bar 3 s); {r[2]}")
        for country in (COUNTRIES * args.repeat)[1:args.repeat + 1]:
            c = filter_change(base, country, timeout_ms=600_000)
            say(f"filter change, one country ({country}): {c[0]:.2f} s (bar 1 s); {c[2]}")
        for i in (35, 70)[:args.repeat]:
            say(f"pick Town{i} in the place list until its excerpts show: {pick_place(base, f'Town{i}'):.2f} s (bar 1 s)")
        say(f"server memory after the runs above: {server_rss_mb(port):.0f} MB (bar 1.5 GB)")
        for n in range(args.ingests):
            ingest_one(db, n)
            t1 = time.perf_counter()
            with launch_offline_page(allow=(base,)) as page:  # a session that reads the new version
                page.goto(base)
                page.wait_for_function("() => /mentions? at \\d+ places?/.test(document.body.innerText)",
                                       timeout=1_800_000)
            say(f"ingest {n + 1}: first render of the new version {time.perf_counter() - t1:.1f} s, "
                f"server memory {server_rss_mb(port):.0f} MB")
    return 0


EMPTY_APP = 'import streamlit as st\nst.caption("0 mentions at 0 places")\n'


def empty_page(folder: Path, repeat: int) -> list[tuple[float, float]]:
    """First render of a one-line Streamlit page on this machine now: the floor under any app
    (Playwright's clock, the page's own)."""
    import subprocess
    import urllib.request

    from geo.dashboard.server import free_port

    app = folder / "empty_app.py"
    app.write_text(EMPTY_APP, encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--browser.gatherUsageStats", "false"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{base}/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        times = []
        for _ in range(repeat + 1):
            with launch_offline_page(allow=(base,)) as page:
                page.add_init_script(IN_PAGE_WATCH % "false")  # no map on this page
                t0 = time.perf_counter()
                page.goto(base)
                page.wait_for_function("() => /mentions? at \\d+ places?/.test(document.body.innerText)")
                elapsed = time.perf_counter() - t0
                page.wait_for_function("() => window.__atlasSeen.painted !== undefined", timeout=10_000)
                times.append((elapsed, page.evaluate("() => window.__atlasSeen.painted") / 1000))
        return times[1:]
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--mentions", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--db", help="reuse (or create) this store instead of a temporary one")
    ap.add_argument("--year", action="store_true", help="the year-of-news run (issue 12)")
    ap.add_argument("--ingests", type=int, default=20, help="with --year: articles added while serving")
    args = ap.parse_args(argv)
    if args.year:
        return year_run(args)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.sqlite"
        if not db.exists():
            t0 = time.perf_counter()
            build_store(db, args.articles, args.mentions)
            print(f"store: {args.articles} articles, {args.mentions} mentions built in "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)
        floor = empty_page(Path(tmp), args.repeat)
        colds = []
        for _ in range(args.repeat - 1):  # more first sessions after a restart (the last one is below)
            with dashboard_server(db) as base:
                colds.append(first_render(base))
        with dashboard_server(db) as base:
            cold = first_render(base)
            colds.append(cold)
            warm = [first_render(base) for _ in range(args.repeat)]
            returning = returning_renders(base, args.repeat)
            changes = [filter_change(base, c) for c in (COUNTRIES * args.repeat)[1:args.repeat + 1]]
    import os
    print(f"\n{cold[2]} (markers in the map: {cold[1]}); load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores\n")
    def cols(runs):
        return [r[0] for r in runs], [r[3] for r in runs], [r[4] for r in runs]

    rows = [
        (f"empty Streamlit page, new browser, for reference (median of {len(floor)})", [f[0] for f in floor],
         [f[1] for f in floor], None, None),
        (f"first render, cold: first session after a start (median of {len(colds)} starts)", *cols(colds), 3.0),
        (f"first render, new browser (median of {len(warm)})", *cols(warm), 3.0),
        (f"first render, returning browser (median of {len(returning)})", *cols(returning), 3.0),
        (f"filter change: one country (median of {len(changes)})", [c[0] for c in changes], None, None, 1.0),
    ]
    print("| measure | shown (page's clock): median, max s | quiet: median s | Playwright: median, max s | bar | met |")
    print("|---|---|---|---|---|---|")
    met = True
    for label, playwright, shown, quiet, bar in rows:
        med = statistics.median(shown or playwright)  # the page's own clock where there is one
        cells = " | ".join([
            f"{statistics.median(shown):.2f}, {max(shown):.2f}" if shown else "",
            f"{statistics.median(quiet):.2f}" if quiet else "",
            f"{statistics.median(playwright):.2f}, {max(playwright):.2f}"])
        verdict = "" if bar is None else f"<= {bar:g} s | {'yes' if med <= bar else 'NO'}"
        met &= bar is None or med <= bar
        print(f"| {label} | {cells} | {verdict or ' |'} |")
    print("\n'shown': the page's own clock, navigation start until the frame is painted that first shows the"
          "\nsummary line and the map's iframe holding its markers (IN_PAGE_WATCH, checked every 20 ms)."
          f"\n'quiet': from then until no long task (> 50 ms) has run for {QUIET_MS} ms: the page has finished"
          "\nits work (the table's code, the excerpts) and answers at once. 'Playwright': from page.goto until"
          "\nPlaywright's three waits return, one after another; each runs in the page's main thread, so they"
          "\nreturn about when the page is quiet. A filter change is timed by Playwright only.")
    for c in changes:
        print(f"  after the change: {c[2]} (markers {c[1]})")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
