"""Outputs a careless or hostile reader cannot turn against the analyst: CSV injection, rows split by
CR, symlinks and devices replaced by --out, the umask ignored, typos creating stores, bad filters."""
from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from geo.events.acled import write_acled_csv
from geo.csvsafe import FORMULA_START, is_real_number, safe_cell
from geo.engine.document import Document, Mention
from geo.store import Store

REPO = Path(__file__).resolve().parents[1]
PAYLOADS = ["=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "@SUM(1)", "\t=1", "\r=1", "-inf", "+nan", "nan", "Infinity",
            "ok\r=cmd|' /C calc'!A0", "two\nlines\r\n=HYPERLINK(\"http://x\")"]


def hostile_events() -> list[dict]:
    return [{"type": "Battles", "sub_type": "Armed clash", "start": 0, "end": 5, "excerpt": p, "location": p,
             "actor1": p, "actor2": "ok\r=cmd|' /C calc'!A0", "lat": 31.2, "lon": -16.6, "geo_precision": 1,
             "date": "2020-06-08", "fatalities": 2, "source": p, "event_id": i} for i, p in enumerate(PAYLOADS)]


def test_safe_cell_keeps_real_numbers_and_defuses_everything_else():
    assert [safe_cell(v) for v in (-3.5, 7, "-12", "1e3", None)] == [-3.5, 7, "-12", "1e3", ""]
    assert [safe_cell(v) for v in ("-inf", "+nan", "nan", "Infinity", float("nan"), float("-inf"))] == [
        "'-inf", "'+nan", "'nan", "'Infinity", "'nan", "'-inf"]
    assert all(safe_cell(p).startswith("'") for p in PAYLOADS[:10])
    assert [safe_cell(p) for p in PAYLOADS[10:]] == PAYLOADS[10:]  # harmless once quoted: one cell each


def test_acled_csv_with_cr_and_formula_payloads_reads_back_one_row_per_event():
    buffer = io.StringIO()
    assert write_acled_csv(hostile_events(), buffer) == len(PAYLOADS)
    frame = pd.read_csv(io.StringIO(buffer.getvalue()), dtype=str, keep_default_na=False)
    assert len(frame) == len(PAYLOADS)
    for column in frame.columns:
        for cell in frame[column]:
            assert is_real_number(cell) or not cell.startswith(FORMULA_START), (column, cell)
    assert list(frame["longitude"]) == ["-16.60000"] * len(PAYLOADS)  # a real negative number stays a number
    assert frame["actor2"][0].startswith("ok") and "=cmd" in frame["actor2"][0]  # one cell, not a new row


def store_with(tmp_path: Path, text: str) -> str:
    db = str(tmp_path / "atlas.sqlite")
    mention = Mention(start=0, end=5, text=text[:5], name="=cmd|' /C calc'!A0", name_ar=None, name_en=None,
                      lat=31.2, lon=16.6, country_code="LY", feature="city", geonameid=None, precision=1,
                      confidence=0.7, excerpt="\r=1+1", excerpt_start=0, alternatives=[])
    with Store.open(db) as store:
        store.add_document({"text": text, "title": "-inf", "source": "سرت\r=cmd", "published": "2020-06-09"},
                           Document(text=text, lang="ar", mentions=[mention], events=hostile_events()[:3]))
    return db


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})


def test_cli_csv_has_a_bom_quotes_cr_and_defuses_every_cell(tmp_path):
    db = store_with(tmp_path, "سرت تحت القصف")
    out = tmp_path / "out.csv"
    assert run("export", "--db", db, "--format", "csv", "--out", str(out)).returncode == 0
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    frame = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert len(frame) == 1
    assert frame["title"][0] == "'-inf" and frame["name"][0].startswith("'=") and frame["excerpt"][0] == "'\r=1+1"
    acled = tmp_path / "acled.csv"
    assert run("export", "--db", db, "--format", "acled-csv", "--out", str(acled)).returncode == 0
    assert len(pd.read_csv(acled, dtype=str)) == 3


def test_out_writes_through_symlinks_into_devices_and_honours_the_umask(tmp_path):
    db = store_with(tmp_path, "سرت تحت القصف")
    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run("export", "--db", db, "--format", "jsonl", "--out", str(link)).returncode == 0
    assert link.is_symlink() and "سرت" in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # an existing file keeps its permissions
    for device in ("/dev/null", "/dev/full"):
        result = run("export", "--db", db, "--format", "jsonl", "--out", device)
        assert stat.S_ISCHR(os.stat(device).st_mode), f"{device} was replaced"
        if device == "/dev/null":
            assert result.returncode == 0, result.stderr
        else:
            assert result.returncode == 2 and "No space left on device" in result.stderr
    new = tmp_path / "new.csv"
    result = subprocess.run(["sh", "-c", f"umask 027 && {sys.executable} -m geo export --db {db} --format csv "
                                         f"--out {new}"], cwd=REPO, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(new.stat().st_mode) == 0o640
    assert not list(tmp_path.glob(".*part"))


def test_export_refuses_unknown_stores_and_bad_filters_with_one_line(tmp_path):
    db = store_with(tmp_path, "سرت تحت القصف")
    typo = tmp_path / "typo.sqlite"
    result = run("export", "--db", str(typo), "--format", "csv")
    assert result.returncode == 2 and not typo.exists()
    assert result.stderr == f"error: no store at {typo} (check the path; `geo ingest` creates one)\n"
    for args, message in [
        (["--min-confidence", "nan"], "error: minimum confidence nan is not a number (give 0 to 1)"),
        (["--min-confidence", "inf"], "error: minimum confidence inf is not a number (give 0 to 1)"),
        (["--from", "2020-01-01junk"], "error: date from '2020-01-01junk' is not a date written yyyy-mm-dd"),
        (["--to", "2020-13-01"], "error: date to '2020-13-01' is not a date written yyyy-mm-dd"),
        (["--country", "Libya"], "error: country code 'LIBYA' is not a two-letter ISO code such as LY or SY"),
    ]:
        result = run("export", "--db", db, "--format", "jsonl", *args)
        assert (result.returncode, result.stderr) == (2, message + "\n"), args
    lower = run("export", "--db", db, "--format", "jsonl", "--country", "ly")
    assert lower.returncode == 0 and lower.stdout.count("\n") == 1


def test_postgresql_database_without_a_store_is_not_created(pg_url):
    from store_backends import pg_schema_url

    with pg_schema_url() as url:
        result = run("export", "--db", url, "--format", "csv")
        assert result.returncode == 2 and "no Conflict Atlas store" in result.stderr
        with Store.open(url, migrate=False) as store:
            assert not store.exists()
