"""Hand-made mention rows for the map tests (the shape the store and the CLI give)."""
from __future__ import annotations

from typing import Any

HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "${window.__pwned=1}",
    "`+(window.__pwned=1)+` \\` \\\\ ${`x`}",
]


def row(surface: str, excerpt: str, **fields: Any) -> dict[str, Any]:
    """A mention row whose offsets point at ``surface`` inside ``excerpt`` (placed at offset 500)."""
    lo = excerpt.index(surface)
    base = {
        "start": 500 + lo, "end": 500 + lo + len(surface), "text": surface,
        "name": "Sirte", "name_ar": "سرت", "name_en": "Sirte", "lat": 31.20892, "lon": 16.58866,
        "country_code": "LY", "feature": "city", "geonameid": 2210554, "precision": 1,
        "confidence": 0.9, "excerpt": excerpt, "excerpt_start": 500, "alternatives": [],
        "approximate": False, "is_event_location": None, "mention_id": 1, "status": "auto",
        "article_id": 1, "title": "Air strike near Sirte", "source": "Example News",
        "url": "https://example.org/story", "published": "2020-02-23", "lang": "en",
    }
    base.update(fields)
    return base


def sirte_ar(**fields: Any) -> dict[str, Any]:
    return row("سرت", "غارة جوية على منطقة جارف جنوب غرب مدينة سرت، الثلاثاء.", lang="ar", **fields)


def tripoli_en(**fields: Any) -> dict[str, Any]:
    values = {"name": "Tripoli", "name_ar": "طرابلس", "name_en": "Tripoli", "lat": 32.88743,
              "lon": 13.18733, "geonameid": 2210247, "mention_id": 2, "article_id": 2,
              "title": "Shelling in Tripoli", "confidence": 0.7}
    values.update(fields)
    return row("Tripoli", "Shelling hit southern Tripoli on Monday.", **values)


def hostile(**fields: Any) -> dict[str, Any]:
    """A row whose every article field carries script payloads."""
    payload = " ".join(HOSTILE)
    values = {"title": payload, "source": payload, "url": "javascript:window.__pwned=1",
              "name": payload, "name_en": payload, "name_ar": payload, "mention_id": 3, "article_id": 3,
              "geonameid": None, "lat": 30.0, "lon": 20.0}
    values.update(fields)
    return row("Benghazi", f"{payload} Benghazi {payload}", **values)


def many(n: int) -> list[dict[str, Any]]:
    """``n`` distinct places spread over North Africa and the Middle East."""
    out = []
    for i in range(n):
        lat, lon = 15 + (i * 7919 % 2000) / 100, -5 + (i * 104729 % 5000) / 100
        out.append(row("Place", f"Fighting was reported in Place {i} on Monday.", name=f"Place {i}",
                       name_en=f"Place {i}", name_ar=None, lat=lat, lon=lon, geonameid=1_000_000 + i,
                       mention_id=i + 1, article_id=i // 5 + 1, title=f"Story {i // 5}"))
    return out
