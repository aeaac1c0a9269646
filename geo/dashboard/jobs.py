"""Pasted and uploaded articles are parsed in a separate, lower-priority process with a budget.

Why: parsing holds Python's interpreter lock. Run in the Streamlit server's own threads, a
100,000-character paste took 26 s of the server's CPU and made another analyst's page four
times slower. In one worker process (niced, kept alive so the gazetteer loads once) the
server's threads stay free: the session that pasted waits for its result, the others do
not. A job over its time budget is stopped (its worker killed and replaced) and reported;
text over the size budget is refused before any work.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
import types
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from geo.dashboard.render_priority import RenderPriority, install_pause_handler
from geo.errors import AtlasError

TIME_BUDGET_S = 120.0  # a 1,000,000-character article parses in well under this
MAX_PASTE_CHARS = 1_000_000
NICENESS = 19  # the lowest priority: the server's threads and the analysts' pages come first
# The worker's scheduler group: at 10 it gets about a tenth of a busy core (weight 110 against
# 1,024), enough to finish a paste on a loaded server; at 19 a busy machine starved it for minutes.
GROUP_NICENESS = 10


class JobRefused(AtlasError, ValueError):
    """A pasted or uploaded article over the size budget, or one that ran over its time."""


def _lowest_priority() -> None:
    """Nice 19, and on Linux a session (so a scheduler autogroup) of the worker's own at nice 10.

    Why both: with autogroups on (most desktop and server kernels), the scheduler first shares
    the CPU between sessions, and a process's nice value only ranks it within its session. The
    server, its worker and a browser each in their own session would split a busy core evenly,
    whatever the worker's nice value; the worker's own low-priority group yields instead.
    """
    try:
        os.nice(NICENESS)
    except OSError:  # not permitted here: the separate process still frees the server's threads
        pass
    try:
        os.setsid()
        with open("/proc/self/autogroup", "w", encoding="ascii") as group:
            group.write(str(GROUP_NICENESS))
    except OSError:  # no autogroups (or not Linux): the nice value alone ranks the worker
        pass


def _start_worker(server_pid: int) -> None:
    from geo.ingest.lifeline import bind_to_parent

    # A killed server leaves no parsing worker behind. Watchdog only: the pool is started from a
    # Streamlit script thread, whose end would fire the parent-death signal.
    bind_to_parent(server_pid, use_signal=False)
    install_pause_handler()
    _lowest_priority()
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) > 1:  # one core at most: the others stay free for the server and its sessions
        os.sched_setaffinity(0, {cpus[-1]})


def _spawn_at_low_priority(pool: ProcessPoolExecutor) -> None:
    """Start the pool's worker from a short-lived thread at nice 19, so that it is born at low
    priority: its first seconds (a new interpreter importing the engine) come before its
    initializer can lower its priority, and would otherwise compete at the server's own priority
    with every page drawn meanwhile. On Linux nice is a thread's attribute, and a child started
    from that thread inherits it; the server's own threads keep theirs."""
    def spawn() -> None:
        try:
            os.nice(NICENESS)
        except OSError:
            pass
        with _no_main_module_for_children():
            pool.submit(os.getpid)  # submitting starts the worker process, in this thread

    starter = threading.Thread(target=spawn, name="ingest-worker-start")
    starter.start()
    starter.join()


@contextmanager
def _no_main_module_for_children() -> Iterator[None]:
    """While a worker is spawned, ``__main__`` is an empty stand-in.

    Why: Streamlit installs the app script as ``sys.modules["__main__"]`` for good, and spawn
    re-runs the parent's ``__main__`` in every child (as ``__mp_main__``): the worker would first
    import Streamlit and folium and draw the whole dashboard headless, seconds of CPU at the very
    moment an analyst's page is drawn. A module with neither a file nor a spec is not re-run.
    """
    saved, stand_in = sys.modules.get("__main__"), types.ModuleType("__main__")
    sys.modules["__main__"] = stand_in
    try:
        yield
    finally:
        # A script run that started meanwhile installed its own module: leave that one.
        if sys.modules.get("__main__") is stand_in and saved is not None:
            sys.modules["__main__"] = saved


def _ingest_text(store_url: str | None, text: str, meta: dict[str, Any]) -> Any:
    from geo.ingest.batch import ingest_text
    from geo.store import Store

    from geo.ingest.stories import kept_index

    with Store.open(store_url) as store:
        return ingest_text(store, text, **meta).link_stories_and_incidents(store, kept_index(store))


def _ingest_upload(store_url: str | None, filename: str, data: bytes, by: str | None) -> Any:
    from geo.ingest.batch import ingest_upload
    from geo.store import Store

    from geo.ingest.stories import kept_index

    with Store.open(store_url) as store:
        return ingest_upload(store, filename, data, by=by).link_stories_and_incidents(store, kept_index(store))


@dataclass
class Job:
    """A pasted text or an uploaded file queued for the worker."""
    what: str  # "pasted text" or the file's name: how messages name it
    future: Future
    deadline: float  # time.monotonic() past which it is stopped
    pool: Any = None  # the worker pool it runs in: only that one is stopped for it
    expired: bool = False

    def seconds_left(self) -> float:
        return self.deadline - time.monotonic()


class IngestJobs:
    """One worker process for the whole server; jobs queue behind each other. The dashboard
    submits a job and returns at once (a page blocked for a whole parse stays frozen, and a
    rerun of that session meanwhile could drop its result); it polls ``result`` after."""

    def __init__(self, time_budget: float = TIME_BUDGET_S, max_chars: int = MAX_PASTE_CHARS) -> None:
        self.time_budget, self.max_chars = time_budget, max_chars
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._in_flight = 0
        self.priority = RenderPriority(self.worker_pids, lambda: self._in_flight > 0)

    def drawing(self):
        """Around a page's script run: the worker pauses while it runs (see render_priority)."""
        return self.priority.drawing()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the server process has threads, and a forked copy of a lock
                # held by one of them would hang the child.
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_start_worker, initargs=(os.getpid(),))
                _spawn_at_low_priority(self._pool)
            return self._pool

    def submit_text(self, store_url: str | None, text: str, **meta: Any) -> Job:
        """Queue one pasted article for parsing and storing (``meta``: title, source, url,
        published, lang, and ``by``, who the audit log names); returns at once."""
        if len(text) > self.max_chars:
            raise JobRefused(f"the pasted text has {len(text):,} characters; the limit is {self.max_chars:,}: "
                             "split it, or ingest it as a file with `atlas ingest`")
        return self._submit("pasted text", _ingest_text, store_url, text, meta)

    def submit_upload(self, store_url: str | None, filename: str, data: bytes, by: str | None = None) -> Job:
        """Queue an uploaded file's articles, audited as an upload by ``by``; returns at once."""
        return self._submit(filename, _ingest_upload, store_url, filename, data, by)

    def ingest_text(self, store_url: str | None, text: str, **meta: Any) -> Any:
        """Parse and store one pasted article and wait for it; returns the ingestion Summary."""
        return self.wait(self.submit_text(store_url, text, **meta))

    def ingest_upload(self, store_url: str | None, filename: str, data: bytes, by: str | None = None) -> Any:
        """Parse and store an uploaded file's articles and wait for them."""
        return self.wait(self.submit_upload(store_url, filename, data, by))

    def _submit(self, what: str, fn, *args: Any) -> Job:
        pool = self._executor()
        future = pool.submit(fn, *args)
        with self._lock:
            self._in_flight += 1
        future.add_done_callback(self._one_done)  # a killed worker's futures end too (broken pool)
        job = Job(what, future, time.monotonic() + self.time_budget, pool)
        # Nobody may be polling (the analyst closed the page): the budget is kept by a timer.
        timer = threading.Timer(self.time_budget, self._expire, args=(job,))
        timer.daemon = True
        timer.start()
        return job

    def _one_done(self, _future: Future) -> None:
        with self._lock:
            self._in_flight -= 1

    def _expire(self, job: Job) -> None:
        """Stop an over-budget job's worker, once: the page's poll and the timer may both get here,
        and a second restart must not kill the fresh worker of the next job."""
        with self._lock:
            if job.expired or job.future.done():
                return
            job.expired = True
            ours = self._pool is job.pool
        if ours:
            self._restart()

    def result(self, job: Job) -> Any:
        """The job's Summary once done, None while it runs; JobRefused once over its budget
        (its worker is then stopped and replaced)."""
        if job.seconds_left() < 0:
            self._expire(job)  # a no-op once it is done or already stopped
        if job.expired:
            raise JobRefused(f"{job.what} took over {self.time_budget:.0f} s to parse and was stopped; "
                             "nothing of it was stored")
        return job.future.result() if job.future.done() else None

    def wait(self, job: Job) -> Any:
        """Block until the job is done or over its budget."""
        done, _ = futures_wait([job.future], timeout=max(0.0, job.seconds_left()))
        if not done:
            self._expire(job)
        return self.result(job)

    def _restart(self) -> None:
        """Kill the worker stuck on an over-budget job; the next job starts a fresh one."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def worker_pids(self) -> list[int]:
        pool = self._pool
        return [p.pid for p in getattr(pool, "_processes", {}).values()] if pool else []

    def close(self) -> None:
        self._restart()


_jobs: IngestJobs | None = None
_jobs_lock = threading.Lock()


def jobs() -> IngestJobs:
    """The server's one job runner."""
    global _jobs
    with _jobs_lock:
        if _jobs is None:
            _jobs = IngestJobs()
        return _jobs
