"""While a page is drawn, the background parsing worker steps aside (geo.dashboard.render_priority),
checked on a real child process that does CPU work and logs when it makes progress."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from geo.dashboard.render_priority import HOLD_SIGNAL, PAUSE_S, RenderPriority

# A stand-in for the parsing worker: pure-Python CPU work, a monotonic timestamp per slice.
WORKER = """
import sys, time
from geo.dashboard.render_priority import install_pause_handler
install_pause_handler()
print("ready", flush=True)
end = time.monotonic() + float(sys.argv[1])
while time.monotonic() < end:
    sum(range(20000))
    print(time.monotonic(), flush=True)
"""


@pytest.fixture
def worker():
    def start(seconds: float):
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(seconds)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        started.append(proc)
        return proc
    started: list[subprocess.Popen] = []
    yield start
    for proc in started:
        proc.kill()
        proc.wait()


def progress(proc) -> list[float]:
    out, _ = proc.communicate(timeout=60)
    return [float(line) for line in out.split()]


def longest_gap(stamps: list[float], start: float, end: float) -> float:
    inside = [start] + [t for t in stamps if start <= t <= end] + [end]
    return max(b - a for a, b in zip(inside, inside[1:]))


def test_the_worker_makes_no_progress_while_a_page_is_drawn_and_resumes_after(worker):
    proc = worker(3.0)
    priority = RenderPriority(lambda: [proc.pid], lambda: True, linger=0.2)
    time.sleep(0.5)
    with priority.drawing():
        drawn_from = time.monotonic()
        time.sleep(1.0)
        drawn_to = time.monotonic()
    stamps = progress(proc)
    settle = PAUSE_S  # the first signal lands within a pulse of the page starting
    assert [t for t in stamps if drawn_from + settle < t < drawn_to] == []
    assert any(t < drawn_from for t in stamps)
    assert any(t > drawn_to + 0.2 + PAUSE_S + 0.2 for t in stamps)  # it resumed after the linger
    assert priority.signals_sent > 5


def test_a_stream_of_pages_cannot_starve_the_worker(worker):
    proc = worker(3.5)
    priority = RenderPriority(lambda: [proc.pid], lambda: True, linger=0.1, max_pause=0.5, run=0.5)
    time.sleep(0.3)
    with priority.drawing():
        drawn_from = time.monotonic()
        time.sleep(2.5)
        drawn_to = time.monotonic()
    stamps = progress(proc)
    during = [t for t in stamps if drawn_from < t < drawn_to]
    assert during, "held for the whole page: a long page or a stream of them would starve a paste"
    assert longest_gap(stamps, drawn_from, drawn_to) < 0.5 + PAUSE_S + 0.3
    assert longest_gap(stamps, drawn_from, drawn_to) > 0.3  # and it was held, in spells


def test_no_job_in_flight_no_signals(worker):
    proc = worker(1.5)
    priority = RenderPriority(lambda: [proc.pid], lambda: False, linger=0.1)
    with priority.drawing():
        time.sleep(0.6)
    assert priority.signals_sent == 0
    stamps = progress(proc)
    assert longest_gap(stamps, stamps[0], stamps[-1]) < 0.3


def test_a_worker_left_without_its_server_resumes_on_its_own(worker):
    """Nothing is stopped by the kernel: when the signals stop (the server died), the parse goes on."""
    proc = worker(2.5)
    held = subprocess.Popen([sys.executable, "-c",
                             "import os, sys, time\n"
                             "for _ in range(10):\n"
                             "    os.kill(int(sys.argv[1]), int(sys.argv[2])); time.sleep(0.05)\n"
                             "os._exit(0)\n", str(proc.pid), str(int(HOLD_SIGNAL))])  # a 'server' that dies mid-hold
    held.wait(timeout=30)
    gone = time.monotonic()
    stamps = progress(proc)
    assert any(t > gone + PAUSE_S + 0.3 for t in stamps)


def test_a_page_drawn_while_the_worker_starts_does_not_kill_it(tmp_path):
    """The first paste starts the worker; a page drawn meanwhile signals a process that has not
    yet installed its handler. The hold signal's default action must be to ignore it."""
    import threading

    from geo.dashboard.jobs import IngestJobs

    jobs = IngestJobs(time_budget=120)
    try:
        result: dict = {}
        paste = threading.Thread(target=lambda: result.update(
            summary=jobs.ingest_text(str(tmp_path / "a.sqlite"), "Shelling hit Sirte on Monday.")))
        with jobs.drawing():
            paste.start()
            time.sleep(1.5)  # the worker is spawning and importing under the signals
        paste.join(timeout=120)
        assert jobs.priority.signals_sent > 0
        assert result["summary"].stored == 1
    finally:
        jobs.close()


def test_the_dashboard_jobs_pause_their_worker_while_drawing(tmp_path):
    """Wired end to end: a real paste job in the real worker, a page drawn meanwhile."""
    import threading

    from geo.dashboard.jobs import IngestJobs

    jobs = IngestJobs(time_budget=120)
    try:
        jobs.ingest_text(str(tmp_path / "a.sqlite"), "Shelling hit Sirte on Monday.")  # the worker is up
        text = "Clashes erupted in Misrata on Tuesday, and shelling hit Sirte and Tarhuna. " * 400
        done = threading.Thread(target=jobs.ingest_text, args=(str(tmp_path / "a.sqlite"), text))
        done.start()
        time.sleep(0.2)
        with jobs.drawing():
            time.sleep(0.5)
        done.join(timeout=120)
        assert jobs.priority.signals_sent > 0
    finally:
        jobs.close()
