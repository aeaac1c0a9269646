"""Arabic articles: background below the lead and a long article's quiet lead (session 20, issue 10).
Articles written for these tests; the whole engine reads them as a user would (``geo.parse``)."""
from __future__ import annotations

from datetime import date

import pytest

import geo
from geo.events.story_time import arabic_earlier_time

PUBLISHED = date(2024, 6, 10)  # a Monday
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")

# A report's story of nine sentences whose first tells no event; {body} is its fourth sentence.
REPORT = ("وأعلنت الأمم المتحدة في تقرير صدر اليوم أن نحو مليوني شخص ما زالوا نازحين في ليبيا. "
          "وقال التقرير إن المساعدات لا تغطي سوى ثلث الاحتياجات. "
          "وأضاف أن المدارس في الجنوب ما زالت مغلقة. "
          "{body} "
          "ودعا المنسق الأممي المانحين إلى زيادة التمويل. "
          "وقال إن الأسعار ارتفعت بنسبة كبيرة خلال العام. "
          "وأشار إلى أن الكهرباء تنقطع لساعات طويلة. "
          "وتعهدت الحكومة بتحسين الخدمات. "
          "ومن المقرر أن يعقد المانحون اجتماعا في جنيف.")


def violent(text: str) -> list[dict]:
    events = geo.parse(text, lang="ar", published=PUBLISHED).events or []
    return [e for e in events if e["type"] in VIOLENT]


def test_a_long_articles_body_retells_violence_with_no_day():
    body = "وشهدت مدينة ترهونة معارك عنيفة وقصفت طائرات مسيرة أحياءها السكنية مما أدى إلى مقتل عشرات المدنيين."
    assert violent(REPORT.format(body=body)) == []


def test_a_long_articles_body_tells_news_of_its_day():
    body = "وقتل خمسة مدنيين أمس في غارة جوية استهدفت منزلا في مدينة ترهونة."
    assert violent(REPORT.format(body=body))


@pytest.mark.parametrize("sentence,earlier", [
    ("وقتل خمسة مدنيين في غارة جوية في مارس الماضي.", True),
    ("وقتل خمسة مدنيين في غارة جوية في آذار.", True),
    ("وقتل خمسة مدنيين في غارة جوية العام الماضي.", True),
    ("وقتل آلاف المدنيين منذ اندلاع الحرب.", True),
    ("وقتل خمسة مدنيين في غارة جوية في يونيو.", False),       # publication's month
    ("وقال الأب يوحنا إن القرية هادئة.", False),              # a priest, not August
    ("وقتل خمسة مدنيين في غارة جوية على القرية.", False),
])
def test_an_earlier_arabic_time(sentence, earlier):
    assert arabic_earlier_time(sentence, PUBLISHED) is earlier


def test_an_earlier_month_below_the_lead_is_background_not_in_the_lead():
    lead = "قتل خمسة مدنيين في غارة جوية على مدينة ترهونة في مارس الماضي."
    assert violent(lead)
    assert violent("وصل وفد أممي إلى طرابلس اليوم. " + lead) == []


def test_clashes_that_broke_out_last_night_pass_the_gate():
    sentence = ("واندلعت مساء أمس اشتباكات عنيفة بالأسلحة المتوسطة والثقيلة بين مجموعتين مسلحتين في مدينة الزاوية، "
                "وفق ما أفاد سكان.")
    assert [e["sub_type"] for e in violent(sentence)] == ["Armed clash"]


def test_clashes_that_broke_out_years_ago_do_not():
    assert violent("واندلعت اشتباكات عنيفة في مدينة الزاوية منذ عام 2014.") == []
