"""Checks of data/aliases_hand.tsv, the small table written and reviewed by hand."""
from __future__ import annotations

from pathlib import Path

from .common import FEATURES, PLACE_COLUMNS
from .textnorm import is_junk_alias


def check_hand_file(path: Path) -> list[str]:
    """Problems found (line numbers are 1-based); an empty list means the file is sound."""
    if not path.exists():
        return [f"{path} is missing"]
    problems: list[str] = []
    header_seen = False
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(cols) != PLACE_COLUMNS:
                problems.append(f"line {no}: header must be {' '.join(PLACE_COLUMNS)}")
            continue
        if len(cols) != len(PLACE_COLUMNS):
            problems.append(f"line {no}: {len(cols)} columns, expected {len(PLACE_COLUMNS)}")
            continue
        row = dict(zip(PLACE_COLUMNS, cols))
        if row["feature"] not in FEATURES:
            problems.append(f"line {no}: unknown feature {row['feature']!r}")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
        except ValueError:
            problems.append(f"line {no}: bad coordinates {row['lat']!r}, {row['lon']!r}")
        for a in filter(None, row["aliases"].split("|")):
            # Two-letter capitals (UK, US) are allowed here on purpose: written and reviewed by hand.
            if is_junk_alias(a) and not (a.replace(".", "").isupper() and len(a.replace(".", "")) == 2):
                problems.append(f"line {no}: alias {a!r} looks like junk")
    return problems
