"""The ingest benchmark's input: as many distinct articles as asked, spread over files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.ingest import EVAL, PER_FILE, build_articles, print_table
from geo.store import content_hash


@pytest.mark.skipif(not any(EVAL.glob("*.jsonl")), reason=f"needs the eval sets in {EVAL}")
def test_built_articles_are_distinct_even_beyond_the_eval_set_size(tmp_path):
    available = sum(1 for f in EVAL.glob("*.jsonl") for line in open(f, encoding="utf-8") if line.strip())
    n = available + 5  # the same eval text comes back: its copies must still differ
    build_articles(tmp_path, n)
    files = sorted(tmp_path.glob("*.jsonl"))
    assert len(files) == -(-n // PER_FILE)
    texts = [json.loads(line)["text"] for f in files
             for line in f.read_text(encoding="utf-8").split("\n") if line]  # not splitlines: U+2028 is text
    assert len(texts) == n
    assert len({content_hash(t) for t in texts}) == n


def test_table_has_one_row_per_run(capsys):
    print_table([{"workers": 2, "articles": 10000, "seconds": 20.0, "rate": 500.0, "cpu": 31.26, "peak_mb": 800.4,
                  "store_mb": 30.25}])
    lines = capsys.readouterr().out.splitlines()
    assert lines[2] == "| 2 | 10,000 | 20.0 | 500 | 31.3 | 800 | 30.2 |"
