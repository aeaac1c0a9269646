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
