"""While an analyst's page is being drawn, the background parsing worker steps aside.

Why: a niced worker in a low-priority scheduler group still shares the machine with the
server and the browsers. On the 2-core benchmark machine a 100,000-character paste made
another analyst's first render 1.22-1.25x slower though the worker got little CPU time:
each wake-up of the server or browser on the worker's core waits for the worker's slice,
and the worker's working set pushes theirs out of the caches. So the server asks the
worker to pause while any page runs its script, and for a moment after (a first render is
several script runs in a row: the map reports back and the page reruns).

How: the server sends HOLD_SIGNAL every PULSE_S while drawing; each signal pauses the worker's
parsing for PAUSE_S from its arrival (a Python signal handler runs between bytecodes of
the worker's main thread, where the parse runs, and sleeps there). Nothing is stopped by
the kernel: if the server dies, the signals stop and the worker resumes within PAUSE_S,
so its own watchdog still sees the parent gone and exits. A worker is never held back
longer than MAX_PAUSE_S in a row: after that it runs for RUN_S, so a stream of page
loads cannot starve a paste.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# SIGURG, because its default action is to ignore it: a signal reaching a worker that is still
# starting (before its handler is installed) must not kill it, as SIGUSR1's default would.
HOLD_SIGNAL = signal.SIGURG
PAUSE_S = 0.15  # how long one signal holds the worker
PULSE_S = 0.05  # how often the server renews the hold while drawing
LINGER_S = 2.0  # a first render goes on after its script run: the browser draws the map and reports back, and the page reruns
MAX_PAUSE_S = 4.0  # the longest hold in a row...
RUN_S = 1.0  # ...after which the worker runs this long before it can be held again

_paused_until = 0.0
_in_pause = False


def _on_pause_signal(signum, frame) -> None:  # noqa: ARG001 - a signal handler's signature
    """Worker side: hold the main thread (the parse) until no signal has renewed the hold."""
    global _paused_until, _in_pause
    _paused_until = time.monotonic() + PAUSE_S
    if _in_pause:  # a renewal arriving during the hold only moves its end
        return
    _in_pause = True
    try:
        while (left := _paused_until - time.monotonic()) > 0:
            time.sleep(min(left, 0.02))
    finally:
        _in_pause = False


def install_pause_handler() -> None:
    """Worker side: call in the worker's main thread (the pool initializer)."""
    signal.signal(HOLD_SIGNAL, _on_pause_signal)


class RenderPriority:
    """Server side: holds the worker(s) ``pids()`` while ``drawing()`` blocks are open and
    ``busy()`` says a job is in flight."""

    def __init__(self, pids: Callable[[], list[int]], busy: Callable[[], bool], *,
                 linger: float = LINGER_S, max_pause: float = MAX_PAUSE_S, run: float = RUN_S) -> None:
        self._pids, self._busy = pids, busy
        self.linger, self.max_pause, self.run = linger, max_pause, run
        self._lock = threading.Condition()
        self._drawing = 0
        self._last_end = float("-inf")
        self._thread: threading.Thread | None = None
        self.signals_sent = 0  # for tests and benchmarks

    @contextmanager
    def drawing(self) -> Iterator[None]:
        """Around one script run of a page: the worker pauses until shortly after it ends."""
        with self._lock:
            self._drawing += 1
            self._ensure_thread()
            self._lock.notify()
        try:
            yield
        finally:
            with self._lock:
                self._drawing -= 1
                self._last_end = time.monotonic()

    def _wanted(self, now: float) -> bool:
        return self._drawing > 0 or now - self._last_end < self.linger

    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="render-priority", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        held_since: float | None = None
        free_until = 0.0
        while True:
            with self._lock:
                now = time.monotonic()
                if not self._wanted(now):
                    held_since = None
                    self._lock.wait(timeout=5.0)
                    continue
            if not self._busy():
                held_since = None
                time.sleep(PULSE_S)
                continue
            if now < free_until:
                time.sleep(PULSE_S)
                continue
            held_since = now if held_since is None else held_since
            if now - held_since >= self.max_pause:  # held long enough: let the job run a while
                held_since, free_until = None, now + self.run
                continue
            for pid in self._pids():
                try:
                    os.kill(pid, HOLD_SIGNAL)
                    self.signals_sent += 1
                except ProcessLookupError:  # the worker was just replaced; the next pulse finds the new one
                    pass
            time.sleep(PULSE_S)
