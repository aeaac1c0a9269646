"""Arabic and English dates: paired month names, regional month names, news-wire relative days."""
from datetime import date

import pytest

from geo.events.dates import date_in_sentence, find_date, parse_date, resolve_relative_day, years_in

TUESDAY = date(2020, 6, 9)  # the seed article's publication day


@pytest.mark.parametrize("text,expected", [
    ("9 يونيو/حزيران 2020", date(2020, 6, 9)),
    ("23 فبراير/شباط", date(2020, 2, 23)),
    ("3 تشرين الأول 2019", date(2019, 10, 3)),  # Levantine
    ("15 كانون الثاني 2021", date(2021, 1, 15)),
    ("5 جوان 2021", date(2021, 6, 5)),  # Maghrebi
    ("12 أيار 2020", date(2020, 5, 12)),
    ("الخميس 4 حزيران 2020", date(2020, 6, 4)),
    ("June 9, 2020", date(2020, 6, 9)),
    ("9th June 2020", date(2020, 6, 9)),
    ("2020-06-09", date(2020, 6, 9)),
    ("09/06/2020", date(2020, 6, 9)),
])
def test_parse_date_reads_arabic_and_english_forms(text, expected):
    assert parse_date(text, ref=TUESDAY) == expected


def test_month_without_year_is_the_latest_one_not_after_the_reference():
    assert parse_date("23 فبراير/شباط", ref=date(2020, 6, 9)) == date(2020, 2, 23)
    assert parse_date("23 December", ref=date(2020, 6, 9)) == date(2019, 12, 23)


def test_impossible_dates_and_empty_strings_give_none():
    assert parse_date("31 فبراير 2020", ref=TUESDAY) is None
    assert parse_date("", ref=TUESDAY) is None
    assert parse_date("   ") is None


@pytest.mark.parametrize("expr,expected", [
    ("الإثنين", date(2020, 6, 8)),
    ("الاثنين", date(2020, 6, 8)),
    ("on Monday", date(2020, 6, 8)),
    ("يوم الإثنين", date(2020, 6, 8)),
    ("الجمعة الماضية", date(2020, 6, 5)),
    ("last Friday", date(2020, 6, 5)),
    ("yesterday", date(2020, 6, 8)),
    ("أمس", date(2020, 6, 8)),
    ("أول أمس", date(2020, 6, 7)),
    ("اليوم", date(2020, 6, 9)),
])
def test_relative_days_resolve_against_the_publication_date(expr, expected):
    assert resolve_relative_day(expr, TUESDAY) == expected


def test_same_weekday_as_publication_means_a_week_earlier():
    # News-wire convention: the most recent such day on or before the previous day.
    assert resolve_relative_day("الثلاثاء", TUESDAY) == date(2020, 6, 2)
    assert resolve_relative_day("Tuesday", TUESDAY) == date(2020, 6, 2)


def test_unknown_relative_expression_gives_none():
    assert resolve_relative_day("next year", TUESDAY) is None


def test_find_date_prefers_the_published_cue_over_other_dates():
    text = "Fighting began on 3 March 2019.\nPublished: 9 June 2020 10:00\nMore text."
    assert find_date(text) == date(2020, 6, 9)


def test_find_date_takes_the_first_full_date_without_a_cue():
    assert find_date("طرابلس - 9 يونيو/حزيران 2020 (الأناضول) - وأعلنت الأمم المتحدة") == date(2020, 6, 9)
    assert find_date("no date here, only 23 فبراير") is None


def test_date_in_sentence_resolves_the_weekday_of_the_seed_strike():
    sentence = "غارة جوية على منطقة جارف جنوب غرب مدينة سرت (شرق)، الإثنين، ما أدى إلى مقتل 7 مدنيين."
    assert date_in_sentence(sentence, TUESDAY) == date(2020, 6, 8)
    assert date_in_sentence("لا تاريخ هنا", TUESDAY) is None


def test_bare_ahad_meaning_one_of_is_not_sunday():
    assert date_in_sentence("قتل أحد المدنيين في القصف", TUESDAY) is None


def test_years_in_finds_background_years():
    assert years_in("عندما شن حلف شمال الأطلسي هجوما في 2011") == [2011]
    assert years_in("killed 450 people") == []


@pytest.mark.parametrize("text,expected", [
    ("2000 people demonstrated against the constitutional reform.", []),  # a count, not a year
    ("Some 1950 students marched to the ministry.", []),
    ("In May 2019 members of the group attacked a post.", [2019]),  # a month before it: a year
    ("On 3 June 2019 soldiers killed two herders.", [2019]),
    ("the 2011 protests", [2011]),
])
def test_a_count_of_people_is_no_year(text, expected):
    assert years_in(text) == expected


def test_dateparser_fallback_handles_other_forms():
    assert parse_date("Tuesday, June 9th 2020 at 10:00", ref=TUESDAY) == date(2020, 6, 9)


@pytest.mark.parametrize("text", [
    "Tue, 09 Jun 2020 10:00:00 GMT",  # RSS pubDate
    "2020-06-09T10:00:00Z",
    "2020-06-09 10:00:00+03:00",
    "الثلاثاء، 9 يونيو 2020 - 10:00",
    "9 June 2020 | 14:05",
])
def test_metadata_date_strings_used_by_ingestion(text):
    assert parse_date(text) == date(2020, 6, 9)


def test_gibberish_is_not_a_date():
    assert parse_date("hello") is None
