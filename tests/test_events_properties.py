"""Properties of the event text helpers and extractor that hold for any input."""
from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.engine.document import Document
from geo.events.extract import extract_events
from geo.events.text import dropped_positions, first_sentence, fold, fold_with_map, split_sentences

ARABIC_AND_LATIN = st.text(alphabet=st.sampled_from(
    list("غارة جوية على سرت قتل 7 مدنيين أإآىةؤئ ًٌٍَُِّْـ Airstrikes killed three in Idlib. ؟!\n")), max_size=200)


@given(ARABIC_AND_LATIN)
def test_fold_is_idempotent_and_drops_only_diacritics(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert len(folded) == len(text) - len(dropped_positions(text))


@given(ARABIC_AND_LATIN)
def test_fold_map_points_back_into_the_original(text):
    folded, index = fold_with_map(text)
    if index is None:
        assert len(folded) == len(text)
    else:
        assert len(index) == len(folded)
        assert all(fold(text[i]) == folded[k] for k, i in enumerate(index))


@given(ARABIC_AND_LATIN)
def test_sentences_are_stripped_non_overlapping_spans(text):
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end



@given(ARABIC_AND_LATIN)
def test_first_sentence_is_the_first_of_the_split(text):
    spans = split_sentences(text)
    assert first_sentence(text) == (spans[0] if spans else None)

@settings(max_examples=60)
@given(ARABIC_AND_LATIN, st.sampled_from(["ar", "en"]))
def test_every_event_excerpt_is_its_span_of_the_text(text, lang):
    doc = Document(text=text, lang=lang)
    for event in extract_events(doc, date(2020, 6, 9)):
        assert text[event["start"]:event["end"]] == event["excerpt"]
        assert event["date"] is None or len(event["date"]) == 10
