"""The polling loop of `geo watch`: each feed conditionally fetched, each new item's page read and
ingested through the ordinary path, then stories and incidents linked.

One process, one feed at a time: the per-host delay keeps it polite and the engine parses in
a few milliseconds, so fetching sets the pace. A stop request (SIGTERM) ends the loop after the
article in hand; a feed interrupted mid-way keeps no validators, so the next poll reads it whole.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from geo.errors import UnreadableInput
from geo.ingest.batch import DEFAULT_PARSER, _resolve, process_article
from geo.ingest.feeds.article import merge_item, page_text
from geo.ingest.feeds.feedlist import FeedSpec
from geo.ingest.feeds.fetch import Fetcher, FetchError
from geo.ingest.readers import check_articles, read_feed_bytes
from geo.ingest.stories import StoryIndex, link_new_articles
from geo.store import Store, content_hash


@dataclass
class Stats:
    """What the watcher did (cumulative); ``parsed_feeds`` counts feeds handed to the feed parser."""

    polls: int = 0
    not_modified: int = 0
    parsed_feeds: int = 0
    feed_errors: int = 0
    items_seen: int = 0
    skipped: int = 0
    stored: int = 0
    present: int = 0
    failed: int = 0
    pages: int = 0
    summaries: int = 0
    events_linked: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"polled {self.polls} feeds ({self.not_modified} unchanged, {self.feed_errors} failed); "
                f"items: {self.stored} stored, {self.present} already present, {self.skipped} seen before, "
                f"{self.failed} failed; {self.pages} pages read, {self.summaries} from the feed summary; "
                f"{self.events_linked} events linked to incidents")


class Watcher:
    """Polls feeds into a store. ``stop`` (an Event) ends the loop cleanly; ``report`` gets error lines."""

    def __init__(self, store: Store, *, fetcher: Fetcher | None = None, parser: str = DEFAULT_PARSER,
                 report: Callable[[str], None] = lambda line: None, link: bool = True) -> None:
        self.store = store
        self.fetcher = fetcher or Fetcher()
        self.stop = self.fetcher.stop
        self.parser = parser
        self.report = report
        self.link = link
        self.stats = Stats()
        self._parse: Callable[..., Any] | None = None
        self._stories: StoryIndex | None = None

    def _error(self, line: str) -> None:
        if len(self.stats.errors) < 1000:
            self.stats.errors.append(line)
        self.report(line)

    @property
    def parse(self) -> Callable[..., Any]:
        if self._parse is None:
            self._parse = _resolve(self.parser)
        return self._parse

    # -- one feed ------------------------------------------------------------------------
    def poll_feed(self, spec: FeedSpec) -> None:
        """Fetch one feed (conditionally) and ingest its new items; errors are counted on the feed."""
        state = self.store.ensure_feed(spec.url, spec.name, spec.lang)
        self.stats.polls += 1
        try:
            answer = self.fetcher.get(spec.url, state["etag"], state["last_modified"])
        except FetchError as exc:
            self._feed_failed(state, None, str(exc))
            return
        if answer.status == 304:
            self.stats.not_modified += 1
            self.store.record_poll(state["id"], status=304)
            return
        self.stats.parsed_feeds += 1
        items = list(read_feed_bytes(spec.url, answer.body))
        articles = [i for i in items if isinstance(i, dict)]
        if not articles:
            problem = next((str(i) for i in items if isinstance(i, UnreadableInput)), f"{spec.url}: no feed entries")
            self._feed_failed(state, answer.status, problem)
            return
        for item in items:
            if isinstance(item, UnreadableInput):
                self._error(str(item))
        stored, whole = self._ingest_items(state, spec, articles)
        if whole:
            self.store.record_poll(state["id"], status=answer.status, etag=answer.etag,
                                   last_modified=answer.last_modified, new_items=stored)
        else:  # stopped mid-way: no validators, so the next poll reads the feed again
            self.store.record_poll(state["id"], status=answer.status, new_items=stored)

    def _feed_failed(self, state: dict[str, Any], status: int | None, message: str) -> None:
        self.stats.feed_errors += 1
        self._error(message)
        self.store.record_poll(state["id"], status=status, error=message)

    def _ingest_items(self, state: dict[str, Any], spec: FeedSpec, items: list[dict[str, Any]]) -> tuple[int, bool]:
        keys = [self._key(item) for item in items]
        seen = self.store.seen_items(keys)
        stored = 0
        for key, item in zip(keys, items):
            self.stats.items_seen += 1
            if key in seen:
                self.stats.skipped += 1
                continue
            if self.stop.is_set():
                return stored, False
            seen.add(key)
            item["source"] = spec.name or state.get("name") or item.get("source")
            item["lang"] = spec.lang or state.get("lang") or item.get("lang")
            item["origin"] = f"{spec.url} {item.get('url') or key}"
            article = self._with_page(item)
            outcome, _, error = process_article(self.store, self.parse, article)
            setattr(self.stats, outcome, getattr(self.stats, outcome) + 1)
            digest = content_hash(article["text"])
            article_id = self.store.find_hash(digest) if outcome != "failed" else None
            if error:
                self._error(error)
            self.store.record_item(state["id"], key, outcome, article_id, digest)
            stored += outcome == "stored"
        return stored, True

    @staticmethod
    def _key(item: dict[str, Any]) -> str:
        return str(item.get("url") or "") or "sha256:" + content_hash(item["text"])

    def _with_page(self, item: dict[str, Any]) -> dict[str, Any]:
        """The item with its page's text when the page holds an article, else with the feed summary."""
        page = None
        url = item.get("url")
        if url and str(url).startswith(("http://", "https://")):
            try:
                answer = self.fetcher.get(str(url))
                page = page_text(answer.url, answer.body, answer.content_type)
            except FetchError as exc:
                self._error(f"{exc} (the feed's summary is used)")
        article, used = merge_item(item, page)
        self.stats.pages += used == "page"
        self.stats.summaries += used == "summary"
        checked = next(iter(check_articles(item["origin"], [dict(article)])))
        return checked if isinstance(checked, dict) else item

    # -- the loop ------------------------------------------------------------------------
    def run_once(self, specs: list[FeedSpec]) -> Stats:
        """Poll every feed once, then link stories and incidents for what came in."""
        for spec in specs:
            if self.stop.is_set():
                break
            self.poll_feed(spec)
        if self.link:
            if self._stories is None:
                self._stories = StoryIndex.load(self.store)
            _, linked = link_new_articles(self.store, self._stories)
            self.stats.events_linked += linked
        return self.stats

    def run(self, specs: list[FeedSpec], every: float, on_cycle: Callable[[Stats], None] = lambda s: None) -> Stats:
        """Poll every ``every`` seconds until ``stop`` is set (a cycle longer than that starts the next at once)."""
        while not self.stop.is_set():
            started = time.monotonic()
            self.run_once(specs)
            on_cycle(self.stats)
            self.stop.wait(max(0.0, every - (time.monotonic() - started)))
        return self.stats


def _remote_parse(parser: str, text: str, lang: str | None, published: Any) -> Any:
    """On a Dask worker: the engine (loaded once per worker process) parses one article."""
    return _resolve(parser)(text, lang=lang, published=published)


def dask_parse(client: Any, parser: str = DEFAULT_PARSER) -> Callable[..., Any]:
    """A parse function that runs on the Dask cluster ``geo ingest --dask`` uses: the watcher
    keeps fetching and storing (and its per-article time budget), the cluster parses."""
    def parse(text: str, lang: str | None = None, published: Any = None) -> Any:
        return client.submit(_remote_parse, parser, text, lang, published, pure=False).result()
    return parse


def stop_on_signals(stop: threading.Event) -> None:
    """SIGTERM and SIGINT set ``stop`` (the article in hand is finished, then the loop ends)."""
    import signal

    def handler(signum: int, frame: Any) -> None:  # noqa: ARG001
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
