"""Writers for the store's mention rows: JSON Lines, GeoJSON and CSV.

Rows come from ``Store.iter_mention_rows`` (analyst corrections already applied), and
are written as they stream, so exporting a large store does not load it at once.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from geo.csvsafe import safe_cell, safe_writer
from geo.store.records import MENTION_FIELDS
# Column order for CSV: identity and status first, then the place, then the article.
COLUMNS = (
    "mention_id", "status", *MENTION_FIELDS,
    "article_id", "title", "source", "url", "published", "lang", "added_at",
)


def write_jsonl(rows: Iterable[dict[str, Any]], fp: TextIO) -> int:
    """One JSON object per line; returns the number of rows."""
    count = 0
    for row in rows:
        fp.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_geojson(rows: Iterable[dict[str, Any]], fp: TextIO) -> int:
    """A FeatureCollection of Points (lon, lat); mentions without coordinates get a null geometry."""
    count = 0
    fp.write('{"type": "FeatureCollection", "features": [')
    for row in rows:
        has_point = row.get("lat") is not None and row.get("lon") is not None
        feature = {
            "type": "Feature",
            "id": row.get("mention_id"),
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]} if has_point else None,
            "properties": row,
        }
        fp.write(("\n" if count == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        count += 1
    fp.write("\n]}\n")
    return count


def write_csv(rows: Iterable[dict[str, Any]], fp: TextIO) -> int:
    """A header row then one row per mention; alternatives are a JSON string. Cells are made
    safe for spreadsheets (geo.csvsafe: formulas defused, CR/LF quoted)."""
    writer = safe_writer(fp)
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow([safe_cell(row.get(col)) for col in COLUMNS])
        count += 1
    return count


WRITERS = {"jsonl": write_jsonl, "geojson": write_geojson, "csv": write_csv}
