"""Hand-made stores for the dashboard tests: real SQLite files, Documents built by hand.

Building Documents by hand keeps the dashboard tests fast and independent of the engine's
day-to-day answers; one test per flow still uses the real engine (paste, upload, seed).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from geo.engine.document import Document, Mention
from geo.store import Store

HOSTILE_TITLE = "<script>window.__pwned=1</script> <img src=x onerror=window.__pwned=1>"

SIRTE = dict(name="Sirte", name_ar="سرت", name_en="Sirte", lat=31.20892, lon=16.58866, country_code="LY",
             feature="city", geonameid=2210554)
TRIPOLI = dict(name="Tripoli", name_ar="طرابلس", name_en="Tripoli", lat=32.88743, lon=13.18733,
               country_code="LY", feature="city", geonameid=2210247)
TRIPOLI_LB = dict(name="Tripoli", name_ar="طرابلس", lat=34.43667, lon=35.84972, country_code="LB",
                  feature="city", geonameid=266826)
ANKARA = dict(name="Ankara", name_ar="أنقرة", name_en="Ankara", lat=39.91987, lon=32.85427,
              country_code="TR", feature="city", geonameid=323786)


def mention(text: str, surface: str, place: dict[str, Any], confidence: float = 0.9,
            alternatives: list[dict[str, Any]] | None = None, nth: int = 0, whole: bool = False) -> Mention:
    """A mention of ``surface`` (its ``nth`` occurrence) with the sentence around it as excerpt."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    lo = max(text.rfind(".", 0, start) + 1, 0)
    hi = text.find(".", start)
    hi = len(text) if hi < 0 else hi + 1
    while lo < start and text[lo] == " ":
        lo += 1
    if whole:  # the whole text as the excerpt (the hostile article: every payload in view)
        lo, hi = 0, len(text)
    return Mention(start=start, end=start + len(surface), text=surface, excerpt=text[lo:hi], excerpt_start=lo,
                   precision=1, confidence=confidence, alternatives=alternatives or [], **{
                       "name_en": place.get("name_en", place["name"]), **place})


def build(path: Path) -> Path:
    """Three articles (Arabic, English, a hostile one) with an event; returns the store path."""
    ar = "غارة جوية على منطقة قرب مدينة سرت يوم الإثنين. وقالت حكومة طرابلس إنها سترد."
    en = "Shelling hit southern Tripoli on Monday. Officials in Ankara called for calm."
    bad = f"{HOSTILE_TITLE} Fighting near Sirte was reported. ${{window.__pwned=1}} `x`"
    with Store.open(path) as store:
        store.add_document(
            {"text": ar, "title": "غارة قرب سرت", "source": "Al Example", "published": "2020-02-24",
             "url": "https://example.org/ar", "lang": "ar"},
            Document(ar, "ar", [mention(ar, "سرت", SIRTE), mention(ar, "طرابلس", TRIPOLI, 0.6,
                                                                     alternatives=[TRIPOLI_LB | {"score": 3.0}])],
                     [{"type": "Explosions/Remote violence", "sub_type": "Air/drone strike", "start": 0,
                       "end": ar.index(".") + 1, "excerpt": ar[:ar.index(".") + 1], "mention_index": 0,
                       "location": "سرت", "lat": SIRTE["lat"], "lon": SIRTE["lon"], "country_code": "LY",
                       "geo_precision": 2, "date": "2020-02-24", "fatalities": 7,
                       "actor1": "Russian Air Force", "actor2": "Civilians", "confidence": 0.9}]))
        store.add_document(
            {"text": en, "title": "Shelling in Tripoli", "source": "Example Wire", "published": "2020-03-02",
             "url": "https://example.org/en", "lang": "en"},
            Document(en, "en", [mention(en, "Tripoli", TRIPOLI, 0.8), mention(en, "Ankara", ANKARA, 0.4)],
                     [{"type": "Explosions/Remote violence", "sub_type": "Shelling/artillery/missile attack",
                       "start": 0, "end": en.index(".") + 1, "excerpt": en[:en.index(".") + 1],
                       "mention_index": 0, "location": "Tripoli", "lat": TRIPOLI["lat"], "lon": TRIPOLI["lon"],
                       "country_code": "LY", "geo_precision": 1, "date": "2020-03-02", "fatalities": None,
                       "actor1": None, "actor2": None, "confidence": 0.7}]))
        store.add_document(
            {"text": bad, "title": HOSTILE_TITLE, "source": "<b>Hostile</b>", "published": "2020-03-05",
             "url": "javascript:window.__pwned=1", "lang": "en"},
            Document(bad, "en", [mention(bad, "Sirte", SIRTE, 0.7, whole=True)], []))
    return path


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_store(path: Path) -> Path:
    """A SQLite store at ``path`` holding the seed article, ingested by the real engine."""
    from geo.ingest.batch import ingest_paths

    with Store.open(path) as store:
        assert ingest_paths([SEEDS], store, workers=1, progress=False).stored == 1
    return path
