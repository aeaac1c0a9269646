"""End-to-end ingestion with the real engine (geo.parse) into real stores."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.ingest.batch import ingest_paths, ingest_text, ingest_upload
from geo.store import Store
from data_files import SHARED
from store_backends import BACKENDS, open_store, pg_schema_url, PG_SKIP, PG_URL

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "ingest"
GOOD_FILES = ["ar_story.txt", "en_story.md", "page.html", "stories.json", "feed_ar.xml", "feed_atom.xml"]


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A folder of good articles in every format, plus one bad input of each kind."""
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    for name in GOOD_FILES:
        shutil.copy(DATA / name, folder / name)
    shutil.copy(DATA / "ar_story_cp1256.txt", folder / "nested" / "same_story_cp1256.txt")  # a duplicate
    shutil.copy(DATA / "stories.jsonl", folder / "nested" / "stories.jsonl")  # 3 good lines, 2 bad
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "no_text.csv").write_text("id,headline\n1,Sirte\n", encoding="utf-8")
    return folder


def test_cli_ingests_a_folder_reports_each_bad_input_and_exits_1(inbox, tmp_path):
    db = tmp_path / "atlas.sqlite"
    result = run_cli("ingest", str(inbox), "--db", str(db), "--workers", "2")
    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if not line.startswith("progress:")]
    assert sorted(errors) == sorted([
        f"{inbox / 'empty.txt'}: empty file",
        f"{inbox / 'photo.txt'}: not text: a PNG image",
        f"{inbox / 'no_text.csv'}: no text column (looked for text, body, content, article, full_text, "
        "fulltext, article_text; columns: id, headline; name one with --text-col)",
        f"{inbox / 'nested' / 'stories.jsonl'}:3: malformed JSON (Expecting ',' delimiter, column 33)",
        f"{inbox / 'nested' / 'stories.jsonl'}:4: no text field (looked for text, body, content, article, "
        "full_text, fulltext, article_text)",
    ])
    # 1 + 1 + 1 + 2 + 2 + 1 good articles, 3 from the JSON Lines; the cp1256 copy is the same story.
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("stored 11, already present 1, failed 5, places found ")
    assert int(summary.rsplit(" ", 1)[1]) > 11

    with Store.open(db) as store:
        rows = store.mention_rows()
        assert store.stats()["articles"] == 11
        assert {a["source"] for a in store.articles()} >= {"Example News", "Wire B", "أخبار ليبيا"}
    names = {r["name_en"] for r in rows}
    assert {"Sirte", "Khartoum", "Beirut"} <= names, names

    again = run_cli("ingest", str(inbox), "--db", str(db), "--workers", "1", "--quiet")
    assert again.returncode == 1
    assert again.stdout.strip() == "stored 0, already present 12, failed 5, places found 0"


def test_cli_exit_code_is_0_when_everything_was_read(tmp_path):
    result = run_cli("ingest", str(DATA / "en_story.md"), "--db", str(tmp_path / "a.sqlite"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("stored 1, already present 0, failed 0")


def test_cli_unusable_store_is_exit_2_with_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("ingest", str(DATA / "en_story.md"), "--db", str(blocker / "sub" / "a.sqlite"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_cli_a_store_that_is_not_a_database_is_named_and_left_alone(tmp_path):
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"an analyst's notes, not a database\n" * 50)
    before = notes.read_bytes()
    result = run_cli("ingest", str(DATA / "en_story.md"), "--db", str(notes))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "not a database" in result.stderr and str(notes) in result.stderr
    assert notes.read_bytes() == before


def store_snapshot(store: Store) -> set[tuple]:
    return {(r["title"], r["start"], r["end"], r["geonameid"]) for r in store.mention_rows()}


def test_two_worker_processes_store_what_one_process_stores(tmp_path):
    files = [DATA / name for name in GOOD_FILES]
    with Store.open(tmp_path / "one.sqlite") as one, Store.open(tmp_path / "two.sqlite") as two:
        s1 = ingest_paths(files, one, workers=1, progress=False)
        s2 = ingest_paths(files, two, workers=2, progress=False)
        assert (s1.stored, s1.failed) == (s2.stored, s2.failed) == (8, 0)
        assert s1.places == s2.places > 0
        assert store_snapshot(one) == store_snapshot(two)


def test_dask_local_cluster_parses_and_writes_through_the_store(tmp_path):
    distributed = pytest.importorskip("distributed")
    files = [DATA / name for name in GOOD_FILES]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        with Store.open(tmp_path / "dask.sqlite") as store:
            summary = ingest_paths(files, store, dask_address=cluster.scheduler_address, progress=False)
            assert (summary.stored, summary.present, summary.failed) == (8, 0, 0)
            with Store.open(tmp_path / "local.sqlite") as local:
                ingest_paths(files, local, workers=1, progress=False)
                assert store_snapshot(store) == store_snapshot(local)


@pytest.mark.skipif(not PG_URL, reason=PG_SKIP)
def test_parallel_ingest_into_postgresql(tmp_path):
    with pg_schema_url() as url:
        with Store.open(url) as store:
            files = [DATA / name for name in GOOD_FILES]
            summary = ingest_paths(files, store, workers=2, progress=False)
            assert (summary.stored, summary.failed) == (8, 0), summary.errors
            assert store.stats()["articles"] == 8
            again = ingest_paths([DATA / "ar_story_utf16.txt"], store, workers=1, progress=False)
            assert (again.stored, again.present) == (0, 1)


def write_batch(path: Path, n: int) -> None:
    """n distinct articles built from the English eval set (a numbered line keeps hashes apart)."""
    texts = [json.loads(line)["text"] for line in open(SHARED / "eval" / "lgl.jsonl", encoding="utf-8")]
    with open(path, "w", encoding="utf-8") as fp:
        for i in range(n):
            fp.write(json.dumps({"text": f"{texts[i % len(texts)]}\nReport {i}.", "title": f"a{i}"}) + "\n")


@pytest.mark.skipif(not (SHARED / "eval" / "lgl.jsonl").exists(), reason=f"needs the shared eval set in {SHARED}")
def test_batch_killed_midway_leaves_whole_articles_and_resumes(tmp_path):
    batch, db = tmp_path / "batch.jsonl", tmp_path / "atlas.sqlite"
    total = 600
    write_batch(batch, total)
    proc = subprocess.Popen([sys.executable, "-m", "geo", "ingest", str(batch), "--db", str(db), "--workers", "2",
                             "--quiet"], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 240  # generous: a busy machine loads the engine slowly
    try:
        while stored < 40 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=5) as conn:
                        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:
                    pass  # the schema is still being created
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, mid-write
        proc.wait()
    assert 40 <= stored < total, "the batch must be killed part-way through"

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    half_written = conn.execute(
        "SELECT count(*) FROM articles a WHERE a.n_mentions != "
        "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)").fetchone()[0]
    orphans = conn.execute("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
    conn.close()
    assert kept >= stored and half_written == 0 and orphans == 0

    resumed = run_cli("ingest", str(batch), "--db", str(db), "--workers", "1", "--quiet", timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith(f"stored {total - kept}, already present {kept}, failed 0")


@pytest.mark.parametrize("backend", BACKENDS)
def test_pasted_text_and_uploads_return_a_summary(backend, tmp_path):
    with open_store(backend, tmp_path) as store:
        pasted = ingest_text(store, "اشتباكات قرب مدينة سرت الليبية", title="سرت")
        assert (pasted.stored, pasted.failed) == (1, 0) and pasted.places >= 1
        assert ingest_text(store, "اشتباكات قرب مدينة سرت الليبية").present == 1
        empty = ingest_text(store, "   ")
        assert (empty.failed, empty.errors) == (1, ["pasted text: empty text"])

        upload = ingest_upload(store, "C:\\Users\\amal\\feed.xml", (DATA / "feed_ar.xml").read_bytes())
        assert (upload.stored, upload.failed) == (2, 0)
        bad = ingest_upload(store, "scan.pdf", b"%PDF-1.5 \x00\x01")
        assert bad.errors == ["scan.pdf: not text: a PDF"]
        rows = store.mention_rows({"sources": ["أخبار ليبيا"]})
        assert rows and all(r["published"] in ("2020-06-09", "2020-06-10") for r in rows)


def test_analyst_corrections_survive_reparsing_with_the_real_engine(tmp_path):
    import geo

    with Store.open(tmp_path / "a.sqlite") as store:
        ingest_paths([DATA / "ar_story.txt"], store, workers=1, progress=False)
        rows = store.mention_rows()
        target = rows[0]
        store.correct_mention(target["mention_id"], {"name": "Elsewhere", "lat": 10.0, "lon": 20.0,
                                                     "country_code": "TD"}, by="amal")
        before = store_snapshot(store)
        assert store.reparse(geo.parse) == 1
        after = {(r["start"], r["end"]): r for r in store.mention_rows()}
        fixed = after[(target["start"], target["end"])]
        assert (fixed["status"], fixed["name"], fixed["country_code"]) == ("corrected", "Elsewhere", "TD")
        assert len(after) == len(before)


def test_cli_dask_option_parses_on_the_given_scheduler(tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://")
        result = run_cli("ingest", str(DATA / "feed_ar.xml"), str(DATA / "en_story.md"),
                         "--db", str(tmp_path / "a.sqlite"), "--dask", address, "--quiet")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("stored 3, already present 0, failed 0")
        # The parsing ran on the cluster's workers (threads of this process), not in the CLI.
        from geo.ingest import batch as ingest

        assert any(url.endswith("a.sqlite") for url, _ in ingest._WORKER)
