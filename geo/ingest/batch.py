"""Batch ingestion: read files, parse in parallel, store each article in its own transaction.

The main process reads and decodes (streaming, never holding the batch), hands
small batches of articles to workers, and keeps at most a few batches in flight,
so memory stays flat however many files. Workers (processes, or Dask workers)
each load the engine once and write through the same Store API; an article and
its mentions are committed together, so a crash leaves only whole articles.
"""
from __future__ import annotations

import importlib
import io
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass, field
from typing import Any

from geo.errors import AtlasError, UnreadableInput
from geo.ingest.lifeline import ArticleTimeout, bind_to_parent, time_budget
from geo.ingest.progress import Progress
from geo.ingest.readers import ReadOptions, check_articles, iter_files, read_path, read_stream
from geo.store import Store, content_hash

BATCH = 16  # articles per task: amortises hand-off costs, small enough to keep workers busy
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: enough to never starve, bounded memory
MAX_ERRORS_KEPT = 10_000
DEFAULT_PARSER = "geo:parse"
DASK_CONNECT_S = 15  # a scheduler that does not answer by then is down or unreachable
ARTICLE_BUDGET_S = 120.0  # one article's parse; the engine takes milliseconds, so this is a hang
Result = tuple[str, int, str | None]  # ("stored" | "present" | "failed", places, error line)


@dataclass
class Summary:
    """What a batch did. ``errors`` holds one line per failure, naming the file (and line)."""

    stored: int = 0
    present: int = 0
    failed: int = 0
    places: int = 0
    errors: list[str] = field(default_factory=list)
    stopped: str | None = None  # the signal that stopped the run early, if one did
    storied: int = 0  # articles given a story after the run (near-duplicates linked)
    linked_events: int = 0  # events put in incidents after the run

    @property
    def ok(self) -> bool:
        return self.failed == 0 and self.stopped is None

    def add(self, outcome: str, places: int = 0, error: str | None = None) -> None:
        if outcome == "stored":
            self.stored += 1
            self.places += places
        elif outcome == "present":
            self.present += 1
        else:
            self.failed += 1
            if len(self.errors) < MAX_ERRORS_KEPT:
                self.errors.append(error or "unknown error")

    def link_stories_and_incidents(self, store: Store, index: Any = None) -> Summary:
        """Give the new articles their stories and their events incidents (``index``: a kept
        ``StoryIndex``, else one is loaded); a run stopped by a signal skips it (the next run links)."""
        from geo.ingest.stories import link_new_articles

        if self.stopped is None and self.stored:
            self.storied, self.linked_events = link_new_articles(store, index)
        return self

    def linked(self) -> str:
        return f"linked {self.storied} articles to stories, {self.linked_events} events to incidents"

    def counts(self) -> str:
        return (f"stored {self.stored}, already present {self.present}, failed {self.failed}, "
                f"places found {self.places}")


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An error as one short line: a database error's driver message, never its SQL and parameters
    (SQLAlchemy's text carries the statement and the article's text)."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    text = text.splitlines()[0] if text else type(exc).__name__
    return text if len(text) <= limit else text[:limit] + "..."


# -- worker side ---------------------------------------------------------------------------
_WORKER: dict[tuple[str, str], tuple[Store, Callable[..., Any]]] = {}


def _resolve(spec: str) -> Callable[..., Any]:
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr or "parse")


def _worker_state(url: str, parser: str) -> tuple[Store, Callable[..., Any]]:
    """This process's store handle and parser, made once (the engine loads on first parse)."""
    key = (url, parser)
    if key not in _WORKER:
        _WORKER[key] = (Store.open(url, migrate=False), _loaded(parser))
    return _WORKER[key]


def _loaded(parser: str) -> Callable[..., Any]:
    """The parser, its engine loaded by one tiny parse: loading (seconds) must not eat an article's budget."""
    parse = _resolve(parser)
    try:
        parse("Sirte.", lang=None, published=None)
    except Exception:  # noqa: BLE001 -- a parser that cannot read this will say so on a real article
        pass
    return parse


def _lang(value: Any) -> str | None:
    code = str(value or "").strip().lower()[:2]
    return code if code in ("ar", "en") else None


def process_article(store: Store, parse: Callable[..., Any], article: dict[str, Any],
                    budget: float | None = ARTICLE_BUDGET_S) -> Result:
    """Parse and store one article; never raises (a failure is a result naming the input).

    The parse (not the store write) gets ``budget`` seconds; past it the article is one
    error line and the batch moves on.
    """
    where = article.get("origin") or "text"
    try:
        if store.find_hash(content_hash(article["text"])) is not None:
            return ("present", 0, None)
        with time_budget(budget):
            doc = parse(article["text"], lang=_lang(article.get("lang")), published=article.get("published"))
        _, created = store.add_document(article, doc)
        return ("stored", len(doc.mentions), None) if created else ("present", 0, None)
    except ArticleTimeout as exc:
        return ("failed", 0, f"{where}: {exc} to parse: skipped")
    except AtlasError as exc:
        return ("failed", 0, f"{where}: {exc}")
    except Exception as exc:  # noqa: BLE001 -- an engine bug on one article must not stop the batch
        return ("failed", 0, f"{where}: the engine failed on this article: {type(exc).__name__}: {one_line(exc)}")


def process_batch(url: str, parser: str, batch: list[dict[str, Any]],
                  budget: float | None = ARTICLE_BUDGET_S) -> list[Result]:
    """Worker entry point (a process pool or a Dask worker): parse and store each article."""
    store, parse = _worker_state(url, parser)
    return [process_article(store, parse, article, budget) for article in batch]


def _init_worker(parent: int) -> None:
    """Pool worker start: die with the ingest process (no orphan keeps parsing and committing)."""
    bind_to_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


class Stopped(BaseException):
    """SIGTERM or SIGINT reached ``geo ingest``: stop, keep what is stored, report."""


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM into Stopped in the main thread while a batch runs (previous handlers restored)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _stop(signum: int, _frame: object) -> None:
        raise Stopped(signal.Signals(signum).name)

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: each article is its own transaction, so a killed worker leaves whole articles."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.kill()
    for proc in processes:
        proc.join(5)


# -- orchestration -------------------------------------------------------------------------
def _batches(items: Iterator[dict[str, Any] | UnreadableInput], summary: Summary,
             report: Callable[[str], None]) -> Iterator[list[dict[str, Any]]]:
    """Group articles into batches; reader errors go straight to the summary."""
    batch: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, UnreadableInput):
            summary.add("failed", error=str(item))
            report(str(item))
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _run_inline(store: Store, parser: str, batches: Iterable[list[dict[str, Any]]],
                collect: Callable[[list[Result]], None], budget: float | None = ARTICLE_BUDGET_S) -> None:
    parse = None
    for batch in batches:
        parse = parse or _loaded(parser)  # on the first article: a run of bad inputs loads no engine
        collect([process_article(store, parse, a, budget) for a in batch])


def _run_windowed(submit: Callable[[list[dict[str, Any]]], Any], wait_some: Callable[[set], tuple[set, set]],
                  batches: Iterable[list[dict[str, Any]]], window: int,
                  collect: Callable[[list[Result]], None]) -> None:
    """Keep at most ``window`` batches in flight; the same loop drives processes and Dask."""
    pending: dict[Any, list[dict[str, Any]]] = {}

    def drain(limit: int) -> None:
        while len(pending) > limit:
            done, _ = wait_some(set(pending))
            for fut in done:
                batch = pending.pop(fut)
                try:
                    collect(fut.result())
                except Exception as exc:  # noqa: BLE001 -- a lost worker fails its batch, not the run
                    collect([("failed", 0, f"{a.get('origin')}: its batch failed in a worker: "
                              f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
                             for a in batch])

    try:
        for batch in batches:
            pending[submit(batch)] = batch
            drain(window - 1)
        drain(0)
    except BaseException:  # stopped (SIGTERM) or broken: count the batches that did finish
        for fut, batch in list(pending.items()):
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                collect(fut.result())
        raise


def ingest_items(items: Iterator[dict[str, Any] | UnreadableInput], store: Store, *, workers: int | None = 1,
                 dask_address: str | None = None, parser: str = DEFAULT_PARSER,
                 progress: Progress | None = None, files_done: Callable[[], int] = lambda: 0,
                 budget: float | None = ARTICLE_BUDGET_S) -> Summary:
    """Parse and store a stream of articles (reader errors included) and summarise.

    SIGTERM (and Ctrl-C) stop the run: workers are killed, the summary so far is returned
    with ``stopped`` set to the signal's name.
    """
    summary = Summary()
    try:
        with _stop_on_signals():
            _ingest(items, store, summary, workers=workers, dask_address=dask_address, parser=parser,
                    progress=progress, files_done=files_done, budget=budget)
    except (Stopped, KeyboardInterrupt) as exc:
        summary.stopped = str(exc) if isinstance(exc, Stopped) else "SIGINT"
    if progress:
        progress.update(files_done(), summary.counts(), summary.stored + summary.present, force=True)
        progress.close()
    return summary


def _ingest(items: Iterator[dict[str, Any] | UnreadableInput], store: Store, summary: Summary, *,
            workers: int | None, dask_address: str | None, parser: str, progress: Progress | None,
            files_done: Callable[[], int], budget: float | None) -> None:
    report = progress.message if progress else (lambda line: None)

    def collect(results: list[Result]) -> None:
        for outcome, places, error in results:
            summary.add(outcome, places, error)
            if error:
                report(error)
        if progress:
            progress.update(files_done(), summary.counts(), summary.stored + summary.present)

    batches = _batches(items, summary, report)
    if dask_address:
        from distributed import Client
        from distributed import wait as dask_wait

        with Client(dask_address, set_as_default=False, timeout=DASK_CONNECT_S) as client, client.as_current():
            window = max(sum(client.nthreads().values()), 1) * IN_FLIGHT_PER_WORKER
            _run_windowed(
                lambda batch: client.submit(process_batch, store.url, parser, batch, budget, pure=False),
                lambda pending: tuple(dask_wait(pending, return_when="FIRST_COMPLETED")),
                batches, window, collect)
    elif (workers or 1) <= 1:
        _run_inline(store, parser, batches, collect, budget)
    else:
        import multiprocessing

        # spawn: workers start clean (no copied locks or connections from a threaded parent).
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                                   initargs=(os.getpid(),))
        try:
            _run_windowed(
                lambda batch: pool.submit(process_batch, store.url, parser, batch, budget),
                lambda pending: tuple(futures_wait(pending, return_when=FIRST_COMPLETED)),
                batches, workers * IN_FLIGHT_PER_WORKER, collect)
        except BrokenExecutor as exc:
            _kill_pool(pool)
            raise AtlasError(f"the parser processes stopped ({exc}); every article stored so far is kept: "
                             "run the same command again to go on") from None
        except BaseException:
            _kill_pool(pool)
            raise
        pool.shutdown(wait=True)


def _count_files(paths: Iterable[str | os.PathLike], follow_links: bool = False) -> int:
    return sum(1 for _ in iter_files(paths, follow_links=follow_links))


def ingest_paths(paths: Iterable[str | os.PathLike], store: Store, workers: int | None = None,
                 dask_address: str | None = None, progress: bool = True, *,
                 options: ReadOptions | None = None, parser: str = DEFAULT_PARSER,
                 echo_errors: bool | None = None, budget: float | None = ARTICLE_BUDGET_S,
                 by: str | None = None) -> Summary:
    """Ingest files and folders (recursively) into ``store``.

    ``workers``: parser processes (default: the machine's cores; 1 parses in this
    process). ``dask_address``: a Dask scheduler to parse on instead. ``progress``
    writes a bar (terminal) or plain lines (piped) to stderr; ``echo_errors`` (default:
    same as progress) prints each error line as it happens. ``parser`` is
    "module:function" with geo.parse's signature (for trying another engine). ``by``
    signs the audit rows of the new articles (default: the operating-system user).
    """
    paths = [os.fspath(p) for p in paths]
    options = options or ReadOptions()
    workers = workers if workers is not None else (os.cpu_count() or 1)
    bar = Progress(_count_files(paths, options.follow_links), enabled=progress, errors=echo_errors)
    done = [0]

    def items() -> Iterator[dict[str, Any] | UnreadableInput]:
        for path in iter_files(paths, follow_links=options.follow_links):
            if isinstance(path, UnreadableInput):
                yield path
            else:
                yield from _signed(read_path(path, options), "ingest", by)
            done[0] += 1

    return ingest_items(items(), store, workers=workers, dask_address=dask_address, parser=parser,
                        progress=bar, files_done=lambda: done[0], budget=budget)


def _signed(items: Iterable[dict[str, Any] | UnreadableInput], via: str,
            by: str | None) -> Iterator[dict[str, Any] | UnreadableInput]:
    """Mark each article with how it came in and who brought it, for its audit row."""
    for item in items:
        if isinstance(item, dict):
            item["added_via"] = via
            if by:
                item["added_by"] = by
        yield item


def ingest_text(store: Store, text: str, title: str | None = None, *, source: str | None = None,
                url: str | None = None, published: Any = None, lang: str | None = None,
                parser: str = DEFAULT_PARSER, by: str | None = None) -> Summary:
    """Ingest one pasted article (the dashboard's paste box), in this process; audited as a paste by ``by``."""
    article = {"text": text, "title": title, "source": source, "url": url, "published": published,
               "lang": lang, "origin": "pasted text"}
    items = _signed(check_articles("pasted text", [article]), "paste", by)
    return ingest_items(items, store, workers=1, parser=parser)


def ingest_upload(store: Store, filename: str, data: bytes, *, options: ReadOptions | None = None,
                  parser: str = DEFAULT_PARSER, by: str | None = None) -> Summary:
    """Ingest an uploaded file's bytes (any supported format, by its name), in this process;
    audited as an upload by ``by``."""
    name = os.path.basename(filename) or "upload"
    items = _signed(read_stream(name, io.BytesIO(data), options or ReadOptions()), "upload", by)
    return ingest_items(items, store, workers=1, parser=parser)
