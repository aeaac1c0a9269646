"""Near-duplicate articles: the same story re-published or lightly rewritten gets one story id.

Each article's text is folded (``geo.engine.normalize``: Arabic letter variants, diacritics,
case), cut into words with Arabic conjunction/article prefixes (و ف ب ل ال) and digits kept as
they are, and turned into word 3-shingles; a MinHash of 128 permutations (datasketch) estimates
the Jaccard similarity, and an LSH index finds candidates in constant time. An article joins the
story of its most similar earlier article when the estimate reaches ``THRESHOLD``.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from geo.engine.normalize import normalize

NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2's default hashing; named, since stored signatures must be read back alike
THRESHOLD = 0.5  # estimated Jaccard of word 3-shingles; a light rewrite of a wire story keeps ~0.6-0.9
SHINGLE = 3
WINDOW = 10_000  # articles indexed at most (the newest): days of a busy watch list; ~70 MB at most
_WORD = re.compile(r"\w+")
_PREFIX = re.compile(r"^(?:وال|فال|بال|كال|لل|ال)(?=\w{3})")


def words(text: str) -> list[str]:
    """Folded words; the Arabic article and its common proclitics dropped so وقال/قال agree less often
    than they differ in meaning (they rarely do)."""
    return [_PREFIX.sub("", w) for w in _WORD.findall(normalize(text))]


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    tokens = words(text)
    if len(tokens) < k:
        return {" ".join(tokens).encode("utf-8")} if tokens else set()
    return {" ".join(tokens[i:i + k]).encode("utf-8") for i in range(len(tokens) - k + 1)}


def signature(text: str) -> MinHash:
    """The MinHash of a text's shingles."""
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint32).copy())


@dataclass
class Match:
    story_id: int
    similarity: float | None


class StoryIndex:
    """An in-memory LSH over the newest ``window`` stored signatures; ``link`` assigns and records
    an article's story. Older articles leave the index (and stay in the store) as new ones come."""

    def __init__(self, window: int = WINDOW) -> None:
        self.window = window
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.story: dict[int, int] = {}
        self.sigs: dict[int, np.ndarray] = {}  # the hash values alone: a MinHash object costs twice as much
        self._order: deque[int] = deque()

    @classmethod
    def load(cls, store, window: int = WINDOW) -> StoryIndex:
        """The index of the newest signatures the store holds (a restarted watcher goes on where it was)."""
        index = cls(window)
        for article_id, story_id, data in store.story_signatures(newest=window):
            index._add(article_id, story_id, from_bytes(data))
        return index

    def refresh(self, store) -> StoryIndex:
        """Add what other processes linked since (articles with a greater id than any indexed):
        a long-lived worker keeps its index instead of loading it again for each paste."""
        after = max(self.story, default=None)
        for article_id, story_id, data in store.story_signatures(newest=self.window, after=after):
            self._add(article_id, story_id, from_bytes(data))
        return self

    def __len__(self) -> int:
        return len(self._order)

    def _add(self, article_id: int, story_id: int, sig: MinHash) -> None:
        if article_id in self.story:
            return
        self.lsh.insert(article_id, sig)
        self.story[article_id] = story_id
        self.sigs[article_id] = np.asarray(sig.hashvalues, dtype=np.uint32)
        self._order.append(article_id)
        while len(self._order) > self.window:
            oldest = self._order.popleft()
            self.lsh.remove(oldest)
            del self.story[oldest], self.sigs[oldest]

    def match(self, sig: MinHash) -> Match | None:
        """The story of the most similar indexed article at or above the threshold."""
        best: tuple[float, int] | None = None
        mine = np.asarray(sig.hashvalues, dtype=np.uint32)
        for other in self.lsh.query(sig):
            sim = float(np.count_nonzero(mine == self.sigs[other])) / NUM_PERM
            if sim >= THRESHOLD and (best is None or (sim, -other) > (best[0], -best[1])):
                best = (sim, other)
        return Match(self.story[best[1]], round(best[0], 3)) if best else None

    def link(self, store, article_id: int, text: str) -> int:
        """Give one stored article its story (recorded in the store); returns the story id."""
        sig = signature(text)
        found = self.match(sig)
        story_id, similarity = (found.story_id, found.similarity) if found else (article_id, None)
        store.set_story(article_id, story_id, similarity, to_bytes(sig))
        self._add(article_id, story_id, sig)
        return story_id


_KEPT: dict[str, StoryIndex] = {}  # one long-lived process's index, by store URL


def kept_index(store) -> StoryIndex:
    """This process's index for ``store``, loaded once and refreshed on each call (the
    dashboard's ingestion worker links every paste without loading 10,000 signatures again)."""
    key = str(store.url)
    if key not in _KEPT:
        _KEPT.clear()  # one store per process in practice: never hold two windows
        _KEPT[key] = StoryIndex.load(store)
        return _KEPT[key]
    return _KEPT[key].refresh(store)


def link_new_articles(store, index: StoryIndex | None = None) -> tuple[int, int]:
    """Stories for every article without one, then incidents for every unlinked event.

    Works after any ingestion (watch, ingest, paste); returns (articles storied, events linked).
    """
    index = index or StoryIndex.load(store)
    ids = store.unstoried_article_ids()
    for article_id in ids:
        art = store.article(article_id)
        if art is not None:
            index.link(store, article_id, art["text"])
    return len(ids), store.link_incidents()
