"""Which candidate names are place mentions: a small logistic model over candidate features.

Trained by scripts/train_filter.py from the Arabic news and tweet corpora in ../shared/train and
the gold sets; the weights ship as data/filter_model.json. Without that file every candidate
is kept (the recall-first baseline).
"""
from __future__ import annotations

import json
import math
from functools import lru_cache, partial
from itertools import repeat
from operator import mul
from pathlib import Path

from geo.engine.gazetteer import DATA_DIR, Gazetteer
from geo.engine.recognize import Candidate
from geo.engine.tokens import Token

MODEL_PATH = DATA_DIR / "filter_model.json"
SURE_PROB = 0.9  # a candidate no reading but a place fits (U.S., "Fresno, Calif.")
# A mention this sure makes the name's other mentions places; an unsure one would spread its
# doubt ("بنك مسقط" after a Muscat kept at 0.53).
SENSE_PROB = 0.6
# English (session 26): surer still, and the other mention kept only above a floor.
SENSE_PROB_EN = 0.9
REPEAT_FLOOR_EN = 0.3
# Names whose places' facts are remembered across stories (features.name_facts): news repeats its
# names (Washington, U.S., Iraq), and each fact walks up to 200 places. Bounded for a stream of news.
NAME_FACTS_MEMO = 10_000


class CandidateFilter:
    def __init__(self, gazetteer: Gazetteer, weights: dict[str, dict[str, float]] | None = None,
                 thresholds: dict[str, float] | None = None, demonyms: dict[str, tuple[str, ...]] | None = None):
        self.gaz = gazetteer
        self.weights = weights or {}
        self.thresholds = thresholds or {}
        self.demonyms = demonyms or {}
        self._facts = None  # features.name_facts remembered per (key, place ids), made on first use

    @classmethod
    def load(cls, gazetteer: Gazetteer, demonyms: dict[str, tuple[str, ...]] | None = None,
             path: Path = MODEL_PATH) -> "CandidateFilter":
        if not path.exists():
            return cls(gazetteer, demonyms=demonyms)
        model = json.loads(path.read_text(encoding="utf-8"))
        return cls(gazetteer, model["weights"], model["thresholds"], demonyms)

    def features(self, text: str, tokens: list[Token], cands: list[Candidate], lang: str) -> list[dict[str, float]]:
        from geo.engine.features import candidate_features, document_focus, name_facts, place_cells

        if self._facts is None:
            self._facts = lru_cache(maxsize=NAME_FACTS_MEMO)(partial(name_facts, self.gaz))
        facts = self._facts
        focus = document_focus(self.gaz, tokens, cands, self.demonyms, facts)
        cells = place_cells(self.gaz, cands, facts)
        memo: dict = {}
        return [candidate_features(self.gaz, text, tokens, cands, k, lang, focus, cells, memo, facts)
                for k in range(len(cands))]

    def keep(self, text: str, tokens: list[Token], cands: list[Candidate], lang: str) -> list[Candidate]:
        weights = self.weights.get(lang)
        if not weights:
            return cands
        threshold = self.thresholds.get(lang, 0.5)
        features = self.features(text, tokens, cands, lang)
        for c, feats in zip(cands, features):
            # The weighted sum in C (map over the features in their order: the same float sum).
            z = weights.get("__bias__", 0.0) + sum(map(mul, map(weights.get, feats, repeat(0.0)), feats.values()))
            c.prob = 1.0 / (1.0 + math.exp(-z))
            if c.sure:
                c.prob = max(c.prob, SURE_PROB)
        # One sense per story: a name the story surely uses as a place once is a place at its
        # other mentions too, where the words around it say less ("حي الصفافرة في الناصرة" after
        # "قضاء الناصرة").
        if lang == "ar":
            placed = {c.place_ids for c in cands if c.prob >= SENSE_PROB}
            return [c for c in cands if c.prob >= threshold or c.place_ids in placed]
        # English, more strictly: a name the story is sure of ("GALWAY, Ireland —") is a place
        # again where the filter only half doubts it ("a cycle route into Galway from the east"),
        # but not as the first word of a longer name (the feature "next_cap": "Galway County Council").
        placed = {c.place_ids for c in cands if c.prob >= SENSE_PROB_EN}
        return [c for c, feats in zip(cands, features) if c.prob >= threshold
                or c.place_ids in placed and c.prob >= REPEAT_FLOOR_EN and not feats.get("next_cap")]
