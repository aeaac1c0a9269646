"""The Arabic gate's training helpers (scripts/arabic_gsr.py, scripts/train_arabic_events.py): the
annotator-agreement ceiling, the sentence weights and the engine's decision the thresholds are
chosen for. Records made up here; the judged sentences never ship."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from arabic_gsr import Judged, annotator_agreement  # noqa: E402


def _judged(accept: int, reject: int, gold: bool | None = None) -> Judged:
    return Judged("x", "protest", "نص", accept > reject if gold is None else gold, "2007-01", False, accept, reject)


def test_unanimous_annotators_agree_fully_with_the_gold():
    agree = annotator_agreement([_judged(3, 0), _judged(0, 3), _judged(0, 4)])
    assert agree["others"] == pytest.approx((1.0, 1.0, 1.0))
    assert agree["all"] == pytest.approx((1.0, 1.0, 1.0))


def test_a_split_vote_costs_agreement_more_against_the_others_than_against_the_gold():
    # 2-1 accepted: the dissenter (1 in 3) misses a positive; an acceptor, scored against the one
    # acceptor and one rejecter left, meets a tie (no): a false positive against the others, while
    # the dissenter, against two acceptors, still misses one.
    agree = annotator_agreement([_judged(3, 0), _judged(2, 1)])
    p, r, f = agree["all"]
    assert p == pytest.approx(1.0) and r == pytest.approx(5 / 6)  # tp 1 + 2/3, fn 1/3
    p_o, r_o, f_o = agree["others"]
    assert p_o == pytest.approx(1 / (1 + 2 / 3)) and r_o == pytest.approx(1 / (1 + 1 / 3))
    assert f_o < f


def test_single_votes_are_left_out():
    assert annotator_agreement([_judged(1, 0)])["others"] == (0.0, 0.0, 0.0)


def test_sentence_weights_follow_annotator_agreement_and_the_decision_is_the_engines():
    pytest.importorskip("sklearn")
    from train_arabic_events import agreement, decide

    assert agreement(3, 0) == pytest.approx(1.2)
    assert agreement(2, 1) == pytest.approx(0.2 + 1 / 3)
    assert agreement(1, 1) == pytest.approx(0.2)
    assert agreement(0, 0) == pytest.approx(1.2)  # no counts given: a plain "yes" or "no"
    prob = np.array([0.9, 0.9, 0.1, 0.1])
    lex = np.array([True, False, True, True])
    precise = np.array([False, False, True, False])
    # Kept: the lexicon proposes AND (the probability clears the threshold OR the precise reading).
    assert decide(prob, 0.5, lex, precise).tolist() == [True, False, True, False]
