"""The data builder (scripts/build_data.py): deterministic output, hand-table checks.

Only the fast parts run here (countries and demonyms, about 2 s); the whole build takes a few
minutes and is run by hand (`python scripts/build_data.py`).
"""
from __future__ import annotations

import gzip
import sys

import pytest

from tests.data_files import DATA, REPO

sys.path.insert(0, str(REPO / "scripts"))

from data_sources.common import GAZ, write_tsv  # noqa: E402
from data_sources.hand import check_hand_file  # noqa: E402


def test_tsv_writer_gives_identical_sorted_bytes_whatever_the_row_order(tmp_path):
    rows = [["b", "2"], ["a", "1"], ["c", "ترهونة"]]
    write_tsv(tmp_path / "one.tsv.gz", ("k", "v"), rows)
    write_tsv(tmp_path / "two.tsv.gz", ("k", "v"), list(reversed(rows)))
    first = (tmp_path / "one.tsv.gz").read_bytes()
    assert first == (tmp_path / "two.tsv.gz").read_bytes()
    text = gzip.decompress(first).decode("utf-8")
    assert text == "k\tv\na\t1\nb\t2\nc\tترهونة\n"


def test_tsv_writer_refuses_a_tab_inside_a_field(tmp_path):
    with pytest.raises(ValueError, match="tab"):
        write_tsv(tmp_path / "bad.tsv", ("k", "v"), [["x", "a\tb"]])


@pytest.mark.skipif(not (GAZ / "countries.json").exists(), reason=f"shared gazetteer sources not at {GAZ}")
def test_countries_and_demonyms_rebuild_to_the_committed_bytes(tmp_path):
    import build_data

    build_data.build(["countries", "demonyms"], tmp_path / "a")
    build_data.build(["countries", "demonyms"], tmp_path / "b")
    for name in ("countries.tsv", "demonyms.tsv"):
        again = (tmp_path / "a" / name).read_bytes()
        assert again == (tmp_path / "b" / name).read_bytes(), f"{name} differs between two runs"
        assert again == (DATA / name).read_bytes(), f"data/{name} is stale: run scripts/build_data.py"


def test_committed_hand_table_passes_the_builders_checks():
    assert check_hand_file(DATA / "aliases_hand.tsv") == []


def test_hand_table_checker_names_the_bad_line(tmp_path):
    header = open(DATA / "aliases_hand.tsv", encoding="utf-8").read().splitlines()
    header = next(line for line in header if line.startswith("source_id"))
    bad = tmp_path / "hand.tsv"
    bad.write_text("# a comment\n" + header + "\n"
                   "hand:x\t\tcity\tLY\t\t32.0\t13.0\t0\tX\t\tالحكومة\n"
                   "hand:y\t\tplanet\tLY\t\tnorth\t13.0\t0\tY\t\t\n", encoding="utf-8")
    problems = check_hand_file(bad)
    assert any(p.startswith("line 3:") and "الحكومة" in p for p in problems)
    assert any(p.startswith("line 4:") and "feature" in p for p in problems)
    assert any(p.startswith("line 4:") and "coordinates" in p for p in problems)


def test_a_seas_point_is_the_middle_of_its_area_not_of_its_most_detailed_coast():
    # Session 28: a square sea 10 degrees wide whose west coast has 200 vertices and the rest 3;
    # the mean of the vertices lies near the west coast, the area's middle at 5 degrees east.
    from data_sources.natural import _point

    west = [[0.0, 10.0 - i * 0.05] for i in range(200)]
    ring = west + [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0]]
    lat, lon = _point({"type": "Polygon", "coordinates": [ring]})
    assert abs(lat - 5.0) < 0.1 and abs(lon - 5.0) < 0.1
    # A crescent's centroid falls outside it: the point moves inside, to the nearest grid point.
    crescent = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 8], [8, 8], [8, 2], [0, 2]]
    lat, lon = _point({"type": "MultiPolygon", "coordinates": [[crescent]]})
    assert lon >= 8 or lat <= 2 or lat >= 8


def test_the_built_seas_lie_near_where_atlases_put_them():
    rows = [line.split("\t") for line in gzip.open(DATA / "features.tsv.gz", "rt", encoding="utf-8")]
    at = {r[8]: (float(r[5]), float(r[6])) for r in rows[1:]}
    for name, (lat, lon) in {"Gulf of Mexico": (25.0, -90.0), "Caspian Sea": (41.7, 50.6), "Hudson Bay": (60.0, -85.0)}.items():
        assert abs(at[name][0] - lat) < 1.5 and abs(at[name][1] - lon) < 1.5, (name, at[name])
