"""Popup and tooltip content: escaping, links, highlights, direction."""
from __future__ import annotations

import html
import json

from hypothesis import given, strategies as st
from map_rows import HOSTILE, hostile, row, sirte_ar, tripoli_en

from geo.maps.places import group_places
from geo.maps.popups import (MAX_EXCERPTS, escape_text, is_rtl, place_id_from_tooltip, popup_html, popup_model, script_json,
                        safe_url, split_excerpt, tooltip_html, tooltip_text)

DANGEROUS = set("<>\"'`$\\")


@given(st.text())
def test_escaped_text_has_no_markup_or_template_characters_and_unescapes_back(text):
    escaped = escape_text(text)
    assert not DANGEROUS & set(escaped)
    kept = "".join(c for c in text if c in "\t\n" or not (ord(c) < 32 or 127 <= ord(c) < 160))
    assert html.unescape(escaped) == kept


def test_only_http_and_https_links_are_kept():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("HTTP://example.org") == "HTTP://example.org"
    for bad in ["javascript:alert(1)", "data:text/html,x", "//example.org", "https://", "ftp://x.org",
                "https://exa mple.org", " java\nscript:x", None, 42]:
        assert safe_url(bad) is None, bad


def test_mention_is_located_by_excerpt_start():
    excerpt = "Sirte, not the other Sirte, was hit."
    r = row("Sirte", excerpt)
    r["start"], r["end"] = 500 + 21, 500 + 26  # the second "Sirte"
    assert split_excerpt(r) == ("Sirte, not the other ", "Sirte", ", was hit.")


def test_stale_offsets_fall_back_to_the_first_occurrence():
    r = row("Sirte", "Near Sirte today.", start=3, end=4)
    assert split_excerpt(r) == ("Near ", "Sirte", " today.")


def test_long_excerpts_are_cut_around_the_mention():
    r = row("Sirte", "a" * 2000 + " Sirte " + "b" * 2000)
    before, mention, after = split_excerpt(r)
    assert mention == "Sirte" and before.startswith("…") and after.endswith("…")
    assert len(before) + len(after) < 400


def test_popup_escapes_every_article_field_and_drops_script_links():
    page = popup_html(popup_model(group_places([hostile()])[0]))
    for payload in HOSTILE:
        assert payload not in page
    assert "<script" not in page and "<img" not in page and "javascript:" not in page
    assert "`" not in page and "$" not in page and "\\" not in page
    assert html.escape("<script>window.__pwned=1</script>") in page


def test_popup_lists_names_coordinates_quality_and_each_excerpt_with_its_article():
    place, = group_places([sirte_ar(), sirte_ar(mention_id=5, article_id=7, title="Second story",
                                                 url=None, published="2020-03-01")])
    page = popup_html(popup_model(place))
    for text in ["Sirte", "سرت", "31.2089, 16.5887", "precision 1 exact", "confidence 0.90", "2 mentions",
                 "Second story", "Example News", "2020-02-23", 'href="https://example.org/story"',
                 "<mark>سرت</mark>"]:
        assert text in page, text
    assert page.index("Second story") < page.index("Air strike near Sirte")  # newest first


def test_arabic_excerpts_are_right_to_left_and_english_ones_auto():
    assert 'class="atlas-excerpt" dir="rtl" lang="ar"' in popup_html(popup_model(group_places([sirte_ar()])[0]))
    assert 'class="atlas-excerpt" dir="auto"' in popup_html(popup_model(group_places([tripoli_en()])[0]))
    assert is_rtl("غارة على سرت") and not is_rtl("Air strike on Sirte") and is_rtl("x", "ar")


def test_a_popup_shows_at_most_max_excerpts_and_counts_the_rest():
    place, = group_places([sirte_ar(mention_id=i) for i in range(MAX_EXCERPTS + 5)])
    model = popup_model(place)
    assert len(model["excerpts"]) == MAX_EXCERPTS and model["more"] == 5
    assert "and 5 more mentions" in popup_html(model)


def test_events_are_listed_in_the_popup():
    place, = group_places([sirte_ar()], [{"type": "Battles", "date": "2020-02-18", "fatalities": 3,
                                          "lat": 31.20892, "lon": 16.58866}])
    assert "Battles · 2020-02-18 · 3 killed" in popup_html(popup_model(place))


def test_tooltip_carries_the_place_id_back_from_a_click():
    place, = group_places([sirte_ar()])
    assert tooltip_text(place) == "Sirte · سرت (1) [g2210554]"
    assert place_id_from_tooltip(tooltip_text(place)) == "g2210554"
    assert place_id_from_tooltip("no id here") is None
    bad, = group_places([hostile()])
    assert "<script" not in tooltip_html(bad) and "$" not in tooltip_html(bad)
    assert place_id_from_tooltip(tooltip_text(bad)) == bad.id


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
                    max_leaves=12))
def test_script_json_round_trips_and_cannot_end_a_script(value):
    text = script_json(value)
    assert json.loads(text) == value
    assert not set("<>&'\u2028\u2029") & set(text)


def test_lone_surrogates_become_replacement_characters_not_export_errors():
    assert escape_text("a\udc80b") == "a\ufffdb"
    script_json(["x\ud800"]).encode("utf-8")
