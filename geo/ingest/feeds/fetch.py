"""Polite HTTP for feeds and pages: conditional GETs, a per-host delay, timeouts, retries with backoff.

Standard library only (urllib follows redirects itself). A 304 answer is a result, not an
error; a 4xx is final; a 5xx, a timeout or a refused connection is retried ``retries`` times
with doubling waits. Every failure message names the URL.
"""
from __future__ import annotations

import http.client
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

USER_AGENT = "ConflictAtlas-watch/0.3 (+https://example.org/conflict-atlas)"
MAX_BYTES = 10 * 1024 * 1024  # a feed or a page larger than this is not news


class FetchError(Exception):
    """A URL could not be fetched; the message names it and says why."""


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 (not modified: no body)
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""


@dataclass
class Fetcher:
    """Fetches with a minimum delay between two requests to the same host (across threads)."""

    delay: float = 1.0
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    max_bytes: int = MAX_BYTES
    stop: threading.Event = field(default_factory=threading.Event)
    _last: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    requests: int = 0

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            ready = self._last.get(host, 0.0) + self.delay
            self._last[host] = max(now, ready)
        if ready > now:
            self.stop.wait(ready - now)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` (conditionally when validators are given); raises FetchError naming it."""
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            self._wait_turn(url)
            try:
                return self._once(url, headers)
            except FetchError as exc:
                retry = getattr(exc, "retry", False)
                if not retry or attempt >= self.retries or self.stop.is_set():
                    raise
                self.stop.wait(self.backoff * (2 ** attempt))
                attempt += 1

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        self.requests += 1
        request = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                body = answer.read(self.max_bytes + 1)
                if len(body) > self.max_bytes:
                    raise FetchError(f"{url}: over the size limit ({self.max_bytes:,} bytes)")
                return Response(answer.geturl(), answer.status, body, answer.headers.get("ETag"),
                                answer.headers.get("Last-Modified"), answer.headers.get("Content-Type", ""))
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(url, 304, b"", exc.headers.get("ETag"), exc.headers.get("Last-Modified"))
            error = FetchError(f"{url}: HTTP {exc.code} {exc.reason}")
            error.retry = exc.code >= 500 or exc.code == 429  # type: ignore[attr-defined]
            raise error from None
        except (urllib.error.URLError, TimeoutError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", exc)
            error = FetchError(f"{url}: {type(reason).__name__ if not str(reason) else reason}")
            error.retry = True  # type: ignore[attr-defined]
            raise error from None
