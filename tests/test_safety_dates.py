"""Relative publication dates read against the article's own clock, never in the future."""
from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone

import pytest

from geo.ingest.pubdate import parse_date
from geo.ingest.readers import read_path

CLOCK = datetime(2020, 6, 9, 1, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, expected", [
    ("2 hours ago", date(2020, 6, 8)),  # 01:30 minus two hours is the evening before
    ("5 minutes ago", date(2020, 6, 9)),
    ("an hour ago", date(2020, 6, 9)),
    ("منذ ساعتين", date(2020, 6, 8)),
    ("منذ ٣ ساعات", date(2020, 6, 8)),
    ("منذ ساعة", date(2020, 6, 9)),
    ("قبل يومين", date(2020, 6, 7)),
    ("yesterday", date(2020, 6, 8)),
    ("أمس", date(2020, 6, 8)),
    ("just now", date(2020, 6, 9)),
    ("tomorrow", None),
    ("غداً", None),
    ("in 2 days", None),
    ("2021-01-01", None),  # after the clock in every time zone
    ("2020-06-10", None),  # at 01:30 UTC it is the 9th even in Kiribati (UTC+14)
    ("9 يونيو/حزيران 2020", date(2020, 6, 9)),
])
def test_relative_and_future_dates_against_the_clock(text, expected):
    assert parse_date(text, CLOCK) == expected


def test_a_date_already_begun_somewhere_on_earth_is_not_the_future():
    assert parse_date("2020-06-10", datetime(2020, 6, 9, 12, 0, tzinfo=timezone.utc)) == date(2020, 6, 10)


def test_no_clock_means_now_and_never_the_future():
    today = datetime.now(timezone.utc).date()
    assert parse_date("tomorrow") is None
    assert parse_date("2 hours ago") in (today, today.fromordinal(today.toordinal() - 1))


def test_reader_uses_the_records_fetch_time_else_the_files_time(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"text": "Clashes in Sirte.", "published": "2 hours ago", "fetched_at": "2020-06-09T01:00:00Z"},
            {"text": "Shelling in Aleppo.", "published": "منذ ساعتين"},
            {"text": "Talks in Geneva.", "published": "tomorrow"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    mtime = datetime(2019, 3, 1, 0, 30, tzinfo=timezone.utc).timestamp()
    os.utime(path, (mtime, mtime))
    arts = list(read_path(path))
    assert [a["published"] for a in arts] == [date(2020, 6, 8), date(2019, 2, 28), None]
    assert all("fetched" not in a for a in arts)
