"""ACLED-style CSV export of events."""
from __future__ import annotations

import csv
from datetime import date

import pytest

from geo.events.acled import ACLED_COLUMNS, write_acled_csv

EVENT = {
    "type": "Explosions/Remote violence", "sub_type": "Air/drone strike", "start": 0, "end": 10,
    "excerpt": "غارة جوية على منطقة جارف جنوب غرب مدينة سرت،\nما أدى إلى مقتل 7 مدنيين.",
    "mention_index": 0, "location": "جارف", "lat": 31.08165, "lon": 16.44016, "country_code": "LY",
    "geo_precision": 2, "date": "2020-06-08", "fatalities": 7, "actor1": "Russian Air Force",
    "actor2": "Civilians", "confidence": 0.9,
    "title": "UN seeks ceasefire talks", "source": "Anadolu", "url": "https://example.org/a", "published": date(2020, 6, 9),
}


def read_back(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_acled_csv_has_acled_columns_and_round_trips_arabic(tmp_path):
    path = tmp_path / "events.csv"
    with open(path, "w", encoding="utf-8", newline="") as fp:
        assert write_acled_csv([EVENT], fp) == 1
    rows = read_back(path)
    assert list(rows[0]) == ACLED_COLUMNS
    row = rows[0]
    assert row["event_date"] == "2020-06-08" and row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Air/drone strike" and row["location"] == "جارف"
    assert row["latitude"] == "31.08165" and row["geo_precision"] == "2" and row["fatalities"] == "7"
    assert row["notes"] == "غارة جوية على منطقة جارف جنوب غرب مدينة سرت، ما أدى إلى مقتل 7 مدنيين."
    assert row["source"] == "Anadolu" and row["actor1"] == "Russian Air Force"


def test_missing_values_follow_acled_conventions(tmp_path):
    event = dict(EVENT, fatalities=None, date=None, lat=None, lon=None, geo_precision=None, source=None,
                 actor2=None)
    path = tmp_path / "events.csv"
    with open(path, "w", encoding="utf-8", newline="") as fp:
        write_acled_csv([event], fp)
    row = read_back(path)[0]
    assert row["fatalities"] == "0"  # ACLED writes 0 when no death is reported
    assert row["event_date"] == "2020-06-09"  # the article's date stands in
    assert row["latitude"] == row["longitude"] == row["geo_precision"] == row["actor2"] == ""
    assert row["source"] == "https://example.org/a"


def test_text_that_a_spreadsheet_would_run_is_defused(tmp_path):
    event = dict(EVENT, excerpt='=HYPERLINK("http://evil")', actor1="+cmd", location="-5 km")
    path = tmp_path / "events.csv"
    with open(path, "w", encoding="utf-8", newline="") as fp:
        write_acled_csv([event], fp)
    row = read_back(path)[0]
    assert row["notes"].startswith("'=") and row["actor1"] == "'+cmd" and row["location"] == "'-5 km"
    assert row["longitude"] == "16.44016"


def test_no_events_gives_just_the_header(tmp_path):
    path = tmp_path / "events.csv"
    with open(path, "w", encoding="utf-8", newline="") as fp:
        assert write_acled_csv([], fp) == 0
    assert path.read_text(encoding="utf-8").strip() == ",".join(ACLED_COLUMNS)


def test_corrected_values_stored_as_text_are_written_as_numbers(tmp_path):
    event = dict(EVENT, fatalities="9", geo_precision="2", lat="31.1", lon="16.4")
    path = tmp_path / "events.csv"
    with open(path, "w", encoding="utf-8", newline="") as fp:
        write_acled_csv([event], fp)
    row = read_back(path)[0]
    assert (row["fatalities"], row["geo_precision"], row["latitude"]) == ("9", "2", "31.10000")


def test_a_garbled_value_names_the_event(tmp_path):
    event = dict(EVENT, fatalities="seven-ish", event_id=42)
    with open(tmp_path / "events.csv", "w", encoding="utf-8", newline="") as fp:
        with pytest.raises(ValueError, match="event 42: fatalities"):
            write_acled_csv([event], fp)
