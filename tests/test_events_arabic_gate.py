"""The Arabic event gate (issue 10, item 3): weapons named and past assassinations are not events,
reported attacks and protests are. Sentences written for these tests, not taken from the
training records; each runs through the real engine (``parser`` fixture) and the shipped weights.
"""
from __future__ import annotations

import json

import numpy as np
import pytest

from geo.events.arabic_model import DEFAULT_PATH, ArabicEventModel, default_arabic_model, precise_reading
from geo.events.extract import extract_events

pytestmark = pytest.mark.skipif(not DEFAULT_PATH.exists(), reason="data/arabic_events_model.npz not built")

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")

WEAPONS_ONLY = [
    "وتملك إيران برنامجا لتطوير الصواريخ البعيدة المدى يثير قلق الدول الغربية.",
    "وكشفت الصحيفة أن الجيش تسلم شحنة من الصواريخ والقذائف المضادة للدروع الشهر الماضي.",
]
PAST_ASSASSINATIONS = [
    "ولا تزال البلاد تعيش تداعيات اغتيال رئيس الوزراء الأسبق في بيروت قبل ثلاث سنوات.",
    "وقال المحقق إن المحكمة ستنظر في قضية اغتيال الصحافي التي وقعت عام 2005 في بغداد.",
]


@pytest.mark.parametrize("text", WEAPONS_ONLY + PAST_ASSASSINATIONS)
def test_weapons_named_or_a_past_assassination_give_no_event(parser, text):
    doc = parser.parse(text, lang="ar")
    # The lexicon alone reads a violent event here: the gate is what drops it.
    assert any(e["type"] in VIOLENT for e in extract_events(doc, None, use_model=False))
    assert extract_events(doc, None) == []
    assert not any(m.is_event_location for m in doc.mentions)


def test_car_bomb_in_a_market_is_an_explosion_with_its_toll(parser):
    doc = parser.parse("قتل خمسة مدنيين وأصيب عشرة آخرون أمس في انفجار سيارة مفخخة في سوق شعبي وسط بعقوبة.",
                       lang="ar")
    [event] = doc.events
    assert event["type"] == "Explosions/Remote violence"
    assert event["sub_type"] == "Remote explosive/landmine/IED"
    assert event["fatalities"] == 5
    assert default_arabic_model().thresholds[0] <= event["confidence"] <= 0.95  # the gate's probability


def test_gunmen_attacking_a_police_checkpoint_in_mosul_is_an_event_there(parser):
    doc = parser.parse("وهاجم مسلحون مجهولون فجر اليوم حاجزا للشرطة في مدينة الموصل مما أسفر عن مقتل ثلاثة من "
                       "عناصرها.", lang="ar")
    [event] = doc.events
    assert event["type"] in VIOLENT and event["fatalities"] == 3
    assert event["location"] == "Mosul"


def test_students_demonstrating_before_parliament_is_a_protest(parser):
    doc = parser.parse("وتظاهر آلاف الطلاب أمس أمام مبنى البرلمان في القاهرة احتجاجا على رفع أسعار الوقود.", lang="ar")
    [event] = doc.events
    assert event["type"] == "Protests" and event["sub_type"] == "Peaceful protest"
    assert event["actor1"].startswith("Protesters")


def test_a_protest_dispersed_with_tear_gas_stays_a_protest_with_intervention(parser):
    doc = parser.parse("وخرج مئات المتظاهرين في شوارع الخرطوم أمس للمطالبة بالإفراج عن المعتقلين، وفرقتهم الشرطة "
                       "بالغاز المسيل للدموع.", lang="ar")
    [event] = doc.events
    assert (event["type"], event["sub_type"]) == ("Protests", "Protest with intervention")
    assert event["location"] == "Khartoum"


def test_air_strikes_carried_out_are_a_precise_reading_and_a_programme_is_not():
    assert precise_reading("حيث نفذ سلاح الجو 5 ضربات جوية في محيط المدينة استهدفت آليات مسلحة.")
    assert not precise_reading("وقالت الوزارة إن برنامج الطائرات المسيرة نفذ غارات جوية تجريبية عام 2019.")


def test_model_file_loads_offline_with_thresholds_chosen_in_training():
    model = ArabicEventModel.load(DEFAULT_PATH)
    assert len(model.vocab) == model.weights.shape[0] > 1000 and model.weights.shape[1] == 2
    assert all(0.0 < t < 1.0 for t in model.thresholds)
    assert default_arabic_model() is default_arabic_model()  # loaded once


def test_numpy_runtime_gives_the_probabilities_sklearn_gave_at_training():
    """checks.json holds sklearn's probabilities for four written sentences; the weights ship as float16."""
    checks = json.loads(DEFAULT_PATH.with_suffix(".checks.json").read_text(encoding="utf-8"))
    assert len(checks) == 4
    model = ArabicEventModel.load(DEFAULT_PATH)
    for sentence, expected in checks.items():
        assert np.allclose(model.probabilities(sentence, 0), expected, atol=5e-3)
