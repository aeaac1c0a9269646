"""`python -m geo export`: every mention with its article and status, corrections winning."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from geo.engine.document import Document, Mention
from geo.store.export import COLUMNS, write_csv
from geo.store import Store
from store_backends import PG_SKIP, PG_URL, pg_schema_url

REPO = Path(__file__).resolve().parents[1]
TEXT = "قصف على سرت. =HYPERLINK(\"http://x\") Fighting near Misrata."


def place(surface: str, name: str, lat: float, lon: float) -> Mention:
    start = TEXT.index(surface)
    return Mention(start=start, end=start + len(surface), text=surface, name=name, name_ar=None, name_en=name,
                   lat=lat, lon=lon, country_code="LY", feature="city", geonameid=None, precision=1,
                   confidence=0.7, excerpt=TEXT, excerpt_start=0,
                   alternatives=[{"name": "Sirt", "lat": 1.5, "lon": 2.5}])


def fill(url: str) -> None:
    """Three mentions: one corrected, one rejected, one as the engine gave it (plus a place with no point)."""
    doc = Document(text=TEXT, lang="ar", mentions=[
        place("سرت", "Sirte", 31.2, 16.6), place("Misrata", "Misrata", 32.4, 15.1), place("near", "Nowhere", 0, 0),
    ], events=[{"type": "Explosions/Remote violence", "sub_type": "Air/drone strike", "start": 0, "end": 12,
                "excerpt": "قصف على سرت.", "mention_index": 0, "location": "سرت", "lat": 31.2, "lon": 16.6,
                "country_code": "LY", "geo_precision": 1, "date": "2020-06-08", "fatalities": 2,
                "actor1": None, "actor2": None, "confidence": 0.6}])
    doc.mentions[2].lat = doc.mentions[2].lon = None
    with Store.open(url) as store:
        store.add_document({"text": TEXT, "title": "سرت", "source": "Wire", "published": "2020-06-09"}, doc)
        rows = {r["name"]: r for r in store.mention_rows()}
        store.correct_mention(rows["Sirte"]["mention_id"],
                              {"name": "Sirte", "name_ar": "سرت", "lat": 31.21, "lon": 16.59, "country_code": "LY",
                               "geonameid": 2210554}, by="amal")
        store.reject_mention(rows["Nowhere"]["mention_id"], by="amal")


def export(db: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", "export", "--db", db, *args], cwd=REPO,
                          capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)})


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("export") / "atlas.sqlite")
    fill(path)
    return path


def test_jsonl_to_stdout_has_every_field_and_the_correction(db):
    result = export(db, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["name"] for r in rows] == ["Sirte", "Misrata"]  # the rejected mention is left out
    sirte = rows[0]
    assert set(sirte) == set(COLUMNS)
    assert (sirte["status"], sirte["lat"], sirte["geonameid"], sirte["confidence"]) == ("corrected", 31.21, 2210554, 1.0)
    assert (sirte["title"], sirte["source"], sirte["published"]) == ("سرت", "Wire", "2020-06-09")
    assert rows[1]["status"] == "auto"
    assert result.stderr.strip() == "exported 2 rows"


def test_include_rejected_exports_them_with_their_status(db):
    result = export(db, "--format", "jsonl", "--include-rejected")
    statuses = [json.loads(line)["status"] for line in result.stdout.splitlines()]
    assert sorted(statuses) == ["auto", "corrected", "rejected"]


def test_geojson_file_is_a_feature_collection_with_lon_lat_points(db, tmp_path):
    out = tmp_path / "sub" / "places.geojson"
    result = export(db, "--format", "geojson", "--out", str(out), "--include-rejected")
    assert result.returncode == 0, result.stderr
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    by_name = {f["properties"]["name"]: f for f in collection["features"]}
    assert by_name["Sirte"]["geometry"] == {"type": "Point", "coordinates": [16.59, 31.21]}
    assert by_name["Nowhere"]["geometry"] is None  # a mention with no coordinates stays, without a point
    assert not list(out.parent.glob(".*part"))


def test_csv_has_a_header_json_alternatives_and_defused_formulas(db):
    result = export(db, "--format", "csv")
    assert result.stdout.startswith("\ufeff")  # the UTF-8 BOM Excel needs to read Arabic
    rows = list(csv.DictReader(io.StringIO(result.stdout[1:])))
    assert list(rows[0]) == list(COLUMNS)
    assert json.loads(rows[0]["alternatives"]) == [{"name": "Sirt", "lat": 1.5, "lon": 2.5}]
    assert rows[0]["excerpt"] == TEXT  # starts with Arabic: left alone
    buffer = io.StringIO()
    write_csv([{"excerpt": "=HYPERLINK(1)", "lat": -3.5, "text": "-12"}], buffer)
    line = buffer.getvalue().splitlines()[1]
    assert "'=HYPERLINK(1)" in line and ",-12," in line and ",-3.5," in line


def test_filters_narrow_the_export(db):
    result = export(db, "--format", "jsonl", "--country", "TD")
    assert result.stdout == "" and result.returncode == 0
    result = export(db, "--format", "jsonl", "--from", "2020-06-10")
    assert result.stdout == ""


def test_acled_csv_writes_the_events(db):
    pytest.importorskip("geo.events.acled", reason="geo.events.acled (the events engineer's module) is not here yet")
    result = export(db, "--format", "acled-csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert "Air/drone strike" in result.stdout


def test_unknown_format_and_bad_store_fail_with_one_line(tmp_path):
    result = export(str(tmp_path / "a.sqlite"), "--format", "kml")
    assert result.returncode == 2 and "invalid choice" in result.stderr
    result = export("postgresql+psycopg://nobody@127.0.0.1:1/none", "--format", "csv")
    assert result.returncode == 2 and result.stderr.startswith("error: ") and "Traceback" not in result.stderr


@pytest.mark.skipif(not PG_URL, reason=PG_SKIP)
def test_export_from_postgresql_matches_sqlite(db):
    with pg_schema_url() as url:
        fill(url)
        pg_rows = [json.loads(line) for line in export(url, "--format", "jsonl").stdout.splitlines()]
    sqlite_rows = [json.loads(line) for line in export(db, "--format", "jsonl").stdout.splitlines()]
    drop = ("added_at", "mention_id", "article_id")
    strip = lambda rows: [{k: v for k, v in r.items() if k not in drop} for r in rows]  # noqa: E731
    assert strip(pg_rows) == strip(sqlite_rows)
