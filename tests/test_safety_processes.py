"""`geo ingest` as real processes: workers die with their parent, SIGTERM stops cleanly and reports,
and one article that hangs costs its time budget, not the batch."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

REPO = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
ENV = {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{TESTS}"}


def write_batch(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fp:
        for i in range(n):
            fp.write(json.dumps({"text": f"Clashes near Sirte and Misrata in Libya, report {i}. " * 20}) + "\n")


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    out = []
    for proc in procs:
        try:
            if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                out.append(proc)
        except psutil.NoSuchProcess:
            pass
    return out


def start_ingest(tmp_path: Path, n: int = 20_000) -> tuple[subprocess.Popen, Path, list[psutil.Process]]:
    """An ingest with 2 workers, returned once both workers are parsing and articles are stored."""
    batch, db = tmp_path / "batch.jsonl", tmp_path / "atlas.sqlite"
    write_batch(batch, n)
    proc = subprocess.Popen([sys.executable, "-m", "geo", "ingest", str(batch), "--db", str(db), "--workers", "2",
                             "--quiet"], cwd=REPO, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if stored(db) >= 20:
            break
    assert proc.poll() is None and stored(db) >= 20, "the ingest must be part-way through"
    children = psutil.Process(proc.pid).children(recursive=True)
    assert len(children) >= 2
    return proc, db, children


def test_workers_exit_when_the_ingest_process_is_killed(tmp_path):
    proc, db, children = start_ingest(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)  # the parent only: its workers must notice by themselves
    proc.wait()
    deadline = time.monotonic() + 5
    while alive(children) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = alive(children)
    for child in survivors:  # do not leave them running for the next test
        child.kill()
    assert not survivors, f"workers outlived their parent: {[c.pid for c in survivors]}"
    before = stored(db)
    time.sleep(1.5)
    assert stored(db) == before  # nobody commits any more


def test_sigterm_stops_the_pool_and_reports_what_was_stored(tmp_path):
    proc, db, children = start_ingest(tmp_path)
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    took = time.monotonic() - started
    assert proc.returncode == 143, err
    assert took < 10
    assert "stopped by SIGTERM" in err
    assert out.startswith("stored "), out
    reported = int(out.split()[1].rstrip(","))
    # Finished batches are counted; at most one batch per worker was cut short mid-way.
    assert 0 <= stored(db) - reported <= 2 * 16
    time.sleep(0.5)
    assert not alive(children)
    with sqlite3.connect(db) as conn:  # whole articles only
        assert conn.execute("SELECT count(*) FROM articles a WHERE a.n_mentions != "
                            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)").fetchone()[0] == 0


@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_article_that_hangs_costs_its_time_budget_and_the_batch_goes_on(tmp_path, workers):
    batch, db = tmp_path / "batch.jsonl", tmp_path / "atlas.sqlite"
    lines = [{"text": "Clashes near Sirte."}, {"text": "HANG in Misrata."}, {"text": "Shelling in Aleppo."}]
    batch.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "geo", "ingest", str(batch), "--db", str(db), "--workers", workers,
                             "--quiet", "--article-timeout", "1", "--parser", "slow_parser:parse"],
                            cwd=REPO, env=ENV, capture_output=True, text=True, timeout=240)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [f"{batch}:2: took over 1 s to parse: skipped"]
    assert result.stdout.startswith("stored 2, already present 0, failed 1")
