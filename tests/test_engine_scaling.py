"""Bounded work: resolving a long article costs about linear time in its length."""
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.skipif(not (SHARED / "eval" / "lgl.jsonl").exists(), reason="needs ../shared/eval")
def test_pairwise_comparisons_grow_linearly(parser):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.long_article import long_text

    counts = []
    for size in (20_000, 80_000):
        text = long_text(SHARED, size)
        tokens, cands = parser.recognizer.candidates(text, "en")
        cands = parser.filter.keep(text, tokens, cands, "en")
        parser.resolver.resolve(text, tokens, cands, "en")
        counts.append(max(1, parser.resolver.last_comparisons))
    # Four times the text: linear work is about 4x the comparisons, the old pairwise loop ~16x.
    assert counts[1] <= 6 * counts[0], counts


def test_resolution_of_a_repeated_story_does_not_change(parser):
    story = "Troops left Tripoli, Libya, for Sirte and Misrata on Monday. "
    one = [(m.text, m.country_code) for m in parser.parse(story, lang="en").mentions]
    many = [(m.text, m.country_code) for m in parser.parse(story * 200, lang="en").mentions]
    assert many == one * 200
