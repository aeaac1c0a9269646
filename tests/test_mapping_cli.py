"""`python -m geo map`: files or the store to a standalone HTML map."""
from __future__ import annotations

from pathlib import Path

from map_rows import sirte_ar

from geo.cli.map import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seed_articles_become_a_map_of_their_places(tmp_path, capsys, parser):
    out = tmp_path / "seed.html"
    assert main([str(SEEDS), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "[g2210554]" in page and "[g2210247]" in page  # Sirte and Tripoli
    assert "mentions from 1 articles" in capsys.readouterr().out


def test_store_mentions_become_a_map(tmp_path, parser):
    from geo.engine.document import Document, Mention
    from geo.store import Store

    r = sirte_ar()
    fields = {k: r[k] for k in Mention.__dataclass_fields__ if k in r}
    text = " " * r["excerpt_start"] + r["excerpt"]
    db = tmp_path / "atlas.sqlite"
    with Store.open(db) as store:
        store.add_document({"text": text, "title": "From the store"}, Document(text, "ar", [Mention(**fields)]))
    out = tmp_path / "store.html"
    assert main(["--db", str(db), "--out", str(out)]) == 0
    assert "From the store" in out.read_text(encoding="utf-8")


def test_unreadable_input_is_reported_and_an_existing_map_kept(tmp_path, capsys):
    out = tmp_path / "map.html"
    out.write_text("previous map", encoding="utf-8")
    assert main([str(tmp_path / "missing.txt"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: no such file or folder" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "previous map"


def test_missing_store_and_missing_arguments_are_clear_errors(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "none.sqlite"), "--out", str(tmp_path / "m.html")]) == 1
    assert "no such store" in capsys.readouterr().err
    assert main(["--out", str(tmp_path / "m.html")]) == 2
    assert "give article PATHs or --db DB" in capsys.readouterr().err
    assert not (tmp_path / "m.html").exists()
