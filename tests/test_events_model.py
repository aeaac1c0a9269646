"""The learned English event model: loads offline, reads news-style sentences, matches training."""
from __future__ import annotations

import json
from datetime import date

import numpy as np
import pytest

from geo.engine.document import Document
from geo.events.model import DEFAULT_PATH, EventModel, default_model, features
from geo.events.lexicon import SCHEME
from geo.events.extract import extract_events

pytestmark = pytest.mark.skipif(not DEFAULT_PATH.exists(), reason="data/event_model.npz not built")


@pytest.fixture(scope="module")
def model() -> EventModel:
    return EventModel.load()


def test_numpy_runtime_gives_the_probabilities_sklearn_gave_at_training(model):
    """checks.json holds sklearn's probabilities for a few sentences; the weights ship as float16."""
    checks = json.loads(DEFAULT_PATH.with_suffix(".checks.json").read_text(encoding="utf-8"))
    assert checks
    for sentence, expected in checks.items():
        event, types, subs = model.probabilities(sentence)
        assert event == pytest.approx(expected["event"], abs=5e-3)
        assert np.allclose(types, expected["types"], atol=5e-3)
        assert np.allclose(subs, expected["sub_types"], atol=5e-3)


def test_type_and_sub_type_heads_have_one_hidden_layer_read_with_numpy(model):
    """Session 5: the first layers sit beside the event column; a sentence's scores keep their layout."""
    assert model.hidden is not None
    h_type, h_sub = model.hidden.type_out.shape[0], model.hidden.sub_out.shape[0]
    assert model.weights.shape[1] == 1 + h_type + h_sub
    assert model.hidden.type_out.shape[1] == len(model.types) and model.hidden.sub_out.shape[1] == 25
    assert model.scores("Gunmen killed four villagers.").shape == (1 + len(model.types) + 25,)


def test_scheme_is_the_acled_one(model):
    assert model.types == list(SCHEME)
    assert len(model.sub_types) == 25
    for sub, t in zip(model.sub_types, model.sub_type_of):
        assert sub in SCHEME[model.types[t]]


# Written for this test (not training rows): news wording, one per event type.
@pytest.mark.parametrize("text, type_", [
    ("Armed men on motorbikes stormed a village overnight and shot dead nine residents, including children.",
     "Violence against civilians"),
    ("Israeli warplanes bombed a house in the southern town, local media reported.", "Explosions/Remote violence"),
    ("Soldiers and jihadist fighters exchanged heavy gunfire near the military camp for three hours.", "Battles"),
    ("Thousands of nurses rallied outside the health ministry to demand better pay.", "Protests"),
    ("Youths burned tyres, blocked roads with barricades and stoned police vehicles.", "Riots"),
    ("Police arrested the leader of the opposition party at his home in the capital.", "Strategic developments"),
])
def test_types_of_news_style_sentences(model, text, type_):
    p = model.predict(text)
    assert p.is_event_prob >= 0.5, p
    assert p.type == type_, p
    assert p.sub_type in SCHEME[p.type]


@pytest.mark.parametrize("text", [
    "The finance minister presented the budget to parliament on Tuesday.",
    "Heavy snowfall closed the mountain pass for two days.",
    "The home side won the cup final after extra time.",
])
def test_non_conflict_news_is_no_event(model, text):
    assert model.predict(text).is_event_prob < 0.5


def test_features_are_plain_strings_of_words_pairs_and_prefixes():
    feats = features("Gunmen killed 12 villagers.")
    assert "killed" in feats and "gunmen killed" in feats and "0" in feats and "~kille" in feats


def test_features_name_the_subject_after_a_date_opening_the_sides_and_the_agent():
    feats = features("On 12 April 2020, a number of farmers beat a herder, according to witnesses; "
                     "two were later shot by suspected JNIM militants.")
    assert "^s farmers" in feats and "^s farmers beat" in feats  # past "On 0 april 0, a number of"
    assert "by> jnim" in feats  # past "by suspected"
    assert "#crowd" in feats and "#armed" in feats and "#armed+crowd" in feats
    assert not any(f.startswith("#state") for f in feats)


def test_features_name_who_suffered_and_the_pair_actor_victim():
    """Written for this test: the object of a violence verb, a passive victim, and their kinds."""
    feats = features("Suspected militants attacked the village of Kera, killing two Dogon hunters; three soldiers "
                     "were wounded.")
    assert "o> village" in feats and "#o:civil" in feats and "attac o#civil" in feats
    assert "#p:state" in feats and "wound p#state" in feats  # "three soldiers were wounded"
    assert "#s:armed" in feats and "#s:armed>o:civil" in feats and "#s:armed>o:state" in feats
    assert "o> with" not in features("Soldiers clashed with rebels.")  # "with" is skipped to reach "rebels"
    assert "#o:armed" in features("Soldiers clashed with rebels.")


def test_features_name_how_remote_weapons_looting_fighting_disrupting_blocking():
    """Written for this test: the means cues (geo.events.model.means) that carry ACLED's conventions."""
    feats = features("Regime forces shelled rebel positions south of the town.")
    assert "#remote" in feats and "#remote+state" in feats and "#remote+armed" in feats and "#remote+2" in feats
    assert "#remote-nofight" in feats and "#fight" not in feats
    feats = features("Soldiers clashed with rebels as mortar rounds fell on the market.")
    assert "#fight" in feats and "#remote-nofight" not in feats
    assert "#loot-noharm" in features("Unknown gunmen stole livestock in the village; no one was hurt.")
    assert "#loot-noharm" not in features("Gunmen looted shops and killed a trader.")
    assert "#remote+disrupt" in features("The army shot down a drone above the airport.")
    assert "#block" in features("Residents barricaded the main road to protest power cuts.")
    assert "#remote" not in features("Residents protested against the gold mine.")


# Written for this test: ACLED's conventions turn on who acted (mob violence by villagers is a riot,
# killing by armed men is violence against civilians, two armed sides fighting is a battle).
@pytest.mark.parametrize("text, type_", [
    ("Villagers beat a suspected thief to death after catching him in a shop.", "Riots"),
    ("A mob lynched two men accused of stealing motorbikes in the market town.", "Riots"),
    ("Gunmen shot dead three farmers working in their fields.", "Violence against civilians"),
    ("Soldiers and militants exchanged fire for two hours near the checkpoint.", "Battles"),
])
def test_who_acted_decides_between_riots_attacks_and_battles(model, text, type_):
    p = model.predict(text)
    assert p.is_event_prob >= 0.5, p
    assert p.type == type_, p


def test_extract_events_uses_the_model_for_english_only():
    assert default_model() is not None
    text = "Youths burned tyres and erected barricades on the main road of Sirte."
    events = extract_events(Document(text=text, lang="en"), date(2020, 6, 9))
    assert [e["type"] for e in events] == ["Riots"]
    assert 0.5 <= events[0]["confidence"] <= 1.0
    assert extract_events(Document(text=text, lang="en"), date(2020, 6, 9), use_model=False) == []


def test_no_clashes_reported_is_no_event():
    text = "No clashes were reported in the town on Friday as the truce held."
    assert extract_events(Document(text=text, lang="en"), date(2020, 6, 9)) == []


def test_a_ceasefire_agreement_keeps_the_lexicon_reading_a_company_deal_is_vetoed():
    """Written for this test: the model knows few agreements; one to stop fighting stands, a merger not."""
    truce = "Government and rebel negotiators signed a truce agreement in Addis Ababa on Sunday."
    merger = "The two banks signed a merger agreement in Frankfurt on Sunday."
    [event] = extract_events(Document(text=truce, lang="en"), date(2021, 6, 9))
    assert (event["type"], event["sub_type"]) == ("Strategic developments", "Agreement")
    assert extract_events(Document(text=merger, lang="en"), date(2021, 6, 9)) == []
