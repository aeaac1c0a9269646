"""Worker processes that die with their parent, and a time budget per article.

``geo ingest`` parses in worker processes. If the parent is killed (kill -9, OOM killer)
the pool's own machinery never runs, and the workers (about 400 MB each, engine loaded)
would go on parsing and committing. ``bind_to_parent`` asks Linux to send the worker
SIGKILL when its parent dies (prctl PR_SET_PDEATHSIG through ctypes) and, where that is
not available, a watchdog thread notices the parent is gone within a second and exits.

``time_budget`` bounds one article's parse with SIGALRM, so a pathological text costs
its budget and one error line instead of stalling the batch. It only works in a thread
that may receive signals (a process's main thread); elsewhere it does nothing.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCHDOG_EVERY_S = 1.0


def _set_parent_death_signal(sig: int) -> bool:
    """prctl(PR_SET_PDEATHSIG, sig) on Linux; False where it is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watchdog(parent: int) -> None:
    while True:
        time.sleep(WATCHDOG_EVERY_S)
        if os.getppid() != parent:  # re-parented: the parent is gone
            os._exit(1)


def bind_to_parent(parent: int, use_signal: bool = True) -> None:
    """Make this (worker) process exit when process ``parent`` dies. Call first thing in the worker.

    ``use_signal=False`` keeps only the watchdog: Linux sends the parent-death signal when the
    *thread* that started the worker exits, so a pool started from a short-lived thread (a
    Streamlit script run) must not arm it."""
    if use_signal:
        _set_parent_death_signal(signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=_watchdog, args=(parent,), name="parent-watchdog", daemon=True).start()


class ArticleTimeout(Exception):
    """An article took longer than its time budget."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in this block after ``seconds`` (main thread only; None or 0: no limit)."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _expired(_sig: int, _frame: object) -> None:
        raise ArticleTimeout(f"took over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
