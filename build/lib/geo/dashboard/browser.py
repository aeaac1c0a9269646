"""Headless Chromium with the network cut off, for browser tests, benchmarks and screenshots.

Why: an exported map must work from a file with no network, and the only proof is
a real browser that refuses every request. Debian's ``chromium`` is driven through
Playwright's Python package; Playwright is imported only when a browser is opened.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


@dataclass
class OfflinePage:
    """A page whose every non-file request was aborted (listed in ``blocked``)."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # uncaught page errors (not failed loads)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.page, name)


@contextmanager
def launch_offline_page(width: int = 1200, height: int = 800, executable: str = CHROMIUM,
                        allow: tuple[str, ...] = ()) -> Iterator[OfflinePage]:
    """Open one Chromium page that may load file:, data:, about: and blob: URLs only.

    ``allow`` adds URL prefixes (a local server such as ``http://127.0.0.1:8501``).
    """
    allowed = ("file:", "data:", "about:", "blob:") + tuple(allow)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            session = OfflinePage(page)

            def block(route: Any) -> None:
                session.blocked.append(route.request.url)
                route.abort()

            page.route(lambda url: not url.startswith(allowed), block)
            page.on("pageerror", lambda exc: session.errors.append(str(exc)))
            yield session
        finally:
            browser.close()
