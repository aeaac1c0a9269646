"""Pasted and uploaded articles parse in a separate worker process with size and time budgets
(geo.dashboard.jobs), on a real SQLite store."""
from __future__ import annotations

import os

import pytest

from geo.dashboard.jobs import IngestJobs, JobRefused
from geo.store import Store, content_hash

STORY = "Clashes erupted in Misrata on Tuesday, residents said, and shelling hit Sirte."


@pytest.fixture
def runner():
    jobs = IngestJobs(time_budget=120)
    yield jobs
    jobs.close()


def test_a_paste_is_parsed_in_another_process_and_stored(tmp_path, runner):
    import threading

    db = str(tmp_path / "atlas.sqlite")
    own_nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    summary = runner.ingest_text(db, STORY, title="Misrata", published="2020-06-02", source="wire")
    # The worker is born at nice 19 from a thread of its own; the server's threads keep their priority.
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == own_nice
    assert (summary.stored, summary.failed) == (1, 0)
    assert runner.worker_pids() and os.getpid() not in runner.worker_pids()
    with Store.open(db) as store:
        [article] = store.articles()
        assert (article["title"], article["published"], article["source"]) == ("Misrata", "2020-06-02", "wire")
        assert {"Misrata", "Sirte"} <= {m["text"] for m in store.mention_rows()}


def test_the_worker_runs_at_the_lowest_priority_in_a_scheduler_group_of_its_own(tmp_path, runner):
    """With autogroups, nice only ranks a process within its session: the worker needs its own
    session, and that session's group at a low priority, to yield to the server and the browsers."""
    from geo.dashboard.jobs import GROUP_NICENESS

    runner.ingest_text(str(tmp_path / "atlas.sqlite"), STORY)
    [pid] = runner.worker_pids()
    assert os.getpriority(os.PRIO_PROCESS, pid) == 19
    assert os.getsid(pid) != os.getsid(0)
    autogroup = f"/proc/{pid}/autogroup"
    if os.path.exists(autogroup):
        with open(autogroup, encoding="ascii") as f:
            assert f.read().split()[-1] == str(GROUP_NICENESS)  # "/autogroup-123 nice 10"


def test_pastes_from_two_agencies_join_one_incident_in_the_worker(tmp_path, runner):
    """The worker keeps its story index between pastes and links each paste at once."""
    db = str(tmp_path / "atlas.sqlite")
    first = runner.ingest_text(db, "An air strike on the village of Jarif, south-west of Sirte, killed seven "
                                   "civilians on Monday, local officials said.", published="2020-06-08", source="Reuters")
    second = runner.ingest_text(db, "Seven civilians were killed when an air strike hit the village of Jarif near "
                                    "Sirte on Monday, a council member told AFP.", published="2020-06-08", source="AFP")
    assert (first.storied, second.storied) == (1, 1) and second.linked_events >= 1
    with Store.open(db) as store:
        [incident] = [i for i in store.incidents() if i["fatalities"] == 7]
        assert incident["n_sources"] == 2


def test_text_over_the_size_budget_is_refused_before_any_work(tmp_path):
    jobs = IngestJobs(max_chars=50)
    with pytest.raises(JobRefused, match="limit is 50"):
        jobs.ingest_text(str(tmp_path / "atlas.sqlite"), STORY)
    assert jobs.worker_pids() == []


def test_a_job_over_its_time_budget_is_stopped_and_nothing_is_stored(tmp_path):
    db = str(tmp_path / "atlas.sqlite")
    jobs = IngestJobs(time_budget=0.05)  # a fresh worker cannot even start in that time
    try:
        with pytest.raises(JobRefused, match="was stopped"):
            jobs.ingest_text(db, STORY)
        jobs.time_budget = 120
        assert jobs.ingest_text(db, STORY + " Again.").stored == 1  # a fresh worker takes the next job
    finally:
        jobs.close()
    with Store.open(db) as store:
        assert [a["content_hash"] for a in store.articles()] == [content_hash(STORY + " Again.")]


def test_the_worker_outlives_the_thread_that_started_it(tmp_path, runner):
    """Streamlit runs each script run in its own thread: the first paste starts the worker from
    a thread that then ends, and the next paste must still find it alive."""
    import threading

    db = str(tmp_path / "atlas.sqlite")
    first = threading.Thread(target=runner.ingest_text, args=(db, STORY))
    first.start()
    first.join()
    assert runner.ingest_text(db, STORY + " Later.").stored == 1
    with Store.open(db) as store:
        assert len(store.articles()) == 2


def test_the_worker_does_not_rerun_the_app_script_streamlit_made_main(tmp_path, monkeypatch):
    """Streamlit installs the app script as ``__main__`` for good, and spawn re-runs a parent's
    ``__main__`` in each child: the worker must not run (draw) the dashboard script."""
    import types

    marker = tmp_path / "ran"
    script = tmp_path / "app_script.py"
    script.write_text(f"open({str(marker)!r}, 'w').write('the worker ran the app script')\n")
    fake_main = types.ModuleType("__main__")
    fake_main.__file__ = str(script)  # what Streamlit's script module looks like to spawn
    monkeypatch.setitem(__import__("sys").modules, "__main__", fake_main)
    jobs = IngestJobs(time_budget=120)
    try:
        summary = jobs.ingest_text(str(tmp_path / "atlas.sqlite"), STORY)
        assert summary.stored == 1
        assert __import__("sys").modules["__main__"] is fake_main  # the server's own __main__ is back
    finally:
        jobs.close()
    assert not marker.exists()


def test_a_submitted_paste_returns_at_once_and_reports_when_polled(tmp_path, runner):
    """The dashboard does not wait for a parse: it submits, and its page polls the job."""
    import time

    db = str(tmp_path / "atlas.sqlite")
    start = time.monotonic()
    job = runner.submit_text(db, STORY, title="Misrata")
    assert time.monotonic() - start < 1.0 and runner.result(job) is None  # the worker is still starting
    assert runner.priority._busy()  # a job in flight: pages drawn meanwhile hold the worker back
    deadline = time.monotonic() + 120
    while (summary := runner.result(job)) is None:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert summary.stored == 1 and job.what == "pasted text"
    time.sleep(0.1)  # the done-callback runs in the pool's manager thread
    assert not runner.priority._busy()


def test_a_job_nobody_polls_is_still_stopped_at_its_budget(tmp_path):
    """The analyst may close the page: the budget is kept by the server, not by the page's poll."""
    import time

    jobs = IngestJobs(time_budget=0.5)  # a fresh worker cannot start in that time
    try:
        job = jobs.submit_text(str(tmp_path / "atlas.sqlite"), STORY)
        time.sleep(1.5)  # nobody polls
        assert job.expired and jobs.worker_pids() == []  # the worker was stopped by the timer
        with pytest.raises(JobRefused, match="was stopped"):
            jobs.result(job)
    finally:
        jobs.close()
