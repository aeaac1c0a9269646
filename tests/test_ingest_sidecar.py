"""A text file's metadata sidecar (story.meta.json) gives its title, date and sources."""
import json
from datetime import date
from pathlib import Path

from geo.errors import UnreadableInput
from geo.ingest.readers import iter_files, read_path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seed_sidecar_gives_title_date_and_sources():
    files = list(iter_files([SEEDS]))
    assert [p.name for p in files] == ["000_2652ce4f1c7f173e.txt"]  # the sidecar is not an article
    [article] = list(read_path(files[0]))
    assert article["published"] == date(2020, 6, 9)
    assert article["lang"] == "ar" and "الأناضول" in article["source"]
    assert article["title"].startswith("الأمم المتحدة")


def test_malformed_sidecar_is_named_in_the_error(tmp_path):
    (tmp_path / "story.txt").write_text("قصف على سرت", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text("{not json", encoding="utf-8")
    [item] = list(read_path(tmp_path / "story.txt"))
    assert isinstance(item, UnreadableInput) and "story.meta.json" in str(item)


def test_file_without_sidecar_reads_as_before(tmp_path):
    (tmp_path / "story.txt").write_text("Shelling hit Aleppo\nMore text.", encoding="utf-8")
    (tmp_path / "other.meta.json").write_text(json.dumps({"title": "Not mine"}), encoding="utf-8")
    [article] = list(read_path(tmp_path / "story.txt"))
    assert article["title"] == "Shelling hit Aleppo"
