from hypothesis import given, strategies as st

from geo.engine.normalize import detect_lang, name_key, normalize, normalize_with_map
from geo.engine.recognize import clitic_variants


def test_arabic_letter_variants_fold_to_one_form():
    assert normalize("أحمد إدلب آمل ٱلله") == "احمد ادلب امل الله"
    assert normalize("ترهونة") == normalize("ترهونه")
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("مؤتة") == "موته"


def test_diacritics_and_tatweel_are_removed():
    assert normalize("طَرَابُلُس") == "طرابلس"
    assert normalize("لـيـبـيـا") == "ليبيا"


def test_english_is_casefolded_and_accents_stripped():
    assert normalize("Türkiye") == "turkiye"
    assert normalize("CÔTE") == "cote"


def test_name_key_joins_words_like_the_recogniser():
    assert name_key("Al-Jufrah") == "al jufrah"
    assert name_key("Côte d'Ivoire") == "cote d ivoire"
    assert name_key("#سيول_الأردن") == "سيول الاردن"


def test_offset_map_points_into_original_text():
    text = "في طَرَابُلُس اليوم"
    norm, index = normalize_with_map(text)
    start = norm.index("طرابلس")
    end = start + len("طرابلس")
    assert text[index[start]:index[end - 1] + 1] == "طَرَابُلُس"


@given(st.text())
def test_normalisation_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)


@given(st.text())
def test_offset_map_has_one_index_per_output_char(text):
    norm, index = normalize_with_map(text)
    assert len(norm) == len(index)
    assert index == sorted(index)


def test_clitic_stacks_are_peeled():
    stems = {stem: peeled for peeled, stem in clitic_variants("وبطرابلس")}
    assert stems["طرابلس"] == "وب"
    assert ("ل", "ليبيا") in clitic_variants("لليبيا")
    assert ("و", "الرياض") in clitic_variants("والرياض")
    assert ("وب", "واشنطن") in clitic_variants("وبواشنطن")


def test_language_detection():
    assert detect_lang("قصف على مدينة سرت") == "ar"
    assert detect_lang("Shelling hit Sirte on Monday") == "en"
