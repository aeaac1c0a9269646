"""Readers and encoding detection: every format and encoding in, every bad input named."""
from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from geo.ingest.encoding import decode_bytes, detect_encoding
from geo.errors import UnreadableInput
from geo.ingest.readers import ReadOptions, iter_files, read_path, read_stream

DATA = Path(__file__).parent / "data" / "ingest"
STORY = (DATA / "ar_story.txt").read_text(encoding="utf-8")


def articles(path: Path, options: ReadOptions | None = None) -> list[dict]:
    return [item for item in read_path(path, options) if not isinstance(item, UnreadableInput)]


def errors(path: Path, options: ReadOptions | None = None) -> list[str]:
    return [str(item) for item in read_path(path, options) if isinstance(item, UnreadableInput)]


@pytest.mark.parametrize("name, encoding", [
    ("ar_story.txt", "utf-8"),
    ("ar_story_utf8_bom.txt", "utf-8-sig"),
    ("ar_story_utf16.txt", "utf-16"),
    ("ar_story_utf16le_nobom.txt", "utf-16-le"),
    ("ar_story_cp1256.txt", "cp1256"),
    ("ar_story_iso8859_6.txt", "iso8859_6"),
])
def test_arabic_story_reads_the_same_in_every_supported_encoding(name, encoding):
    data = (DATA / name).read_bytes()
    assert detect_encoding(data, name) == encoding
    [art] = articles(DATA / name)
    assert art["text"] == STORY
    assert art["title"] == "اشتباكات قرب سرت"
    assert art["published"] == date(2020, 6, 9)  # "الثلاثاء 9 يونيو/حزيران 2020" in the dateline


def test_cp1256_text_is_not_mistaken_for_iso8859_6_or_latin():
    text = "وصلت تعزيزات عسكرية إلى مصراتة قادمة من طرابلس، وقالت مصادر محلية إن الطريق الساحلي أغلق."
    assert decode_bytes(text.encode("cp1256"), "x") == text


def test_western_text_in_windows_1252_decodes_as_latin():
    text = "Le président est arrivé à Tripoli à l'aube, a déclaré un porte-parole."
    assert decode_bytes(text.encode("cp1252"), "x") == text


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "not text: a PDF"),
    (bytes(range(256)) * 8, "not text"),
    (b"PK\x03\x04\x14\x00\x06\x00", "zip"),
])
def test_empty_and_binary_inputs_are_refused_with_the_file_name(data, message):
    with pytest.raises(UnreadableInput, match=message) as info:
        decode_bytes(data, "inbox/x.txt")
    assert str(info.value).startswith("inbox/x.txt: ")


def test_bytes_that_read_as_no_supported_script_are_refused_not_guessed():
    # Cyrillic in KOI8-R: decodes in the legacy pages, but as neither Arabic nor Western text.
    data = "Вооруженные столкновения произошли вблизи города, сообщили местные источники.".encode("koi8_r")
    with pytest.raises(UnreadableInput, match="cannot tell the encoding"):
        decode_bytes(data, "ru.txt")


def test_markdown_title_comes_from_the_heading_and_date_from_the_dateline():
    [art] = articles(DATA / "en_story.md")
    assert art["title"] == "Shelling reported near Aleppo"
    assert art["published"] == date(2020, 6, 9)
    assert "Gaziantep" in art["text"]


def test_html_gives_the_main_text_title_date_and_site_without_page_chrome():
    [art] = articles(DATA / "page.html")
    assert "Omdurman" in art["text"]
    assert "Subscribe" not in art["text"] and "Cookie" not in art["text"]
    assert art["title"] == "Floods hit Khartoum"
    assert art["published"] == date(2020, 9, 7)
    assert art["source"] == "Example News"


def test_jsonl_maps_field_aliases_and_names_bad_lines_by_number():
    items = list(read_path(DATA / "stories.jsonl"))
    good = [i for i in items if isinstance(i, dict)]
    bad = [str(i) for i in items if isinstance(i, UnreadableInput)]
    assert [a["title"] for a in good] == ["Baghdad protest", "قصف على إدلب", None]
    first, second, third = good
    assert (first["url"], first["source"], first["published"]) == ("https://example.org/1", "Wire A", date(2019, 10, 25))
    assert (second["source"], second["published"]) == ("Wire B", date(2020, 2, 23))  # Arabic day and month names
    assert (third["lang"], third["published"]) == ("en", date(2020, 6, 9))  # RFC 822 date
    assert bad[0].startswith(f"{DATA / 'stories.jsonl'}:3: malformed JSON")
    assert bad[1].startswith(f"{DATA / 'stories.jsonl'}:4: no text field")
    assert len(bad) == 2


def test_json_file_with_an_articles_list_gives_each_article():
    arts = articles(DATA / "stories.json")
    assert [a["title"] for a in arts] == ["Beirut blast", "Geneva talks"]
    assert arts[0]["origin"].endswith("stories.json#1")


def test_malformed_json_file_names_the_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"text": "Sirte",\n "title": }\n', encoding="utf-8")
    assert errors(path) == [f"{path}:2: malformed JSON (Expecting value, column 11)"]


def test_csv_uses_named_columns_and_reports_empty_rows_by_line():
    options = ReadOptions(columns={"text": "Story", "published": "When", "source": "Outlet"})
    items = list(read_path(DATA / "stories.csv", options))
    [art] = [i for i in items if isinstance(i, dict)]
    assert art["title"] == "Clashes in Tripoli"  # "Headline" found by the default mapping
    assert art["source"] == "Wire C"
    assert art["published"] == date(2020, 6, 9)  # day first, as written in the Arab and UK press
    assert "Tajoura" in art["text"]
    assert [str(i) for i in items if isinstance(i, UnreadableInput)] == [f"{DATA / 'stories.csv'}:3: empty text"]


def test_csv_without_a_text_column_is_one_clear_error(tmp_path):
    path = tmp_path / "no_text.csv"
    path.write_text("id,headline\n1,Sirte\n2,Misrata\n", encoding="utf-8")
    [message] = errors(path)
    assert message.startswith(f"{path}: no text column")
    assert "--text-col" in message


def test_csv_with_a_named_column_that_is_missing_says_which(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("body\nSirte\n", encoding="utf-8")
    [message] = errors(path, ReadOptions(columns={"text": "story"}))
    assert "no column 'story' for text" in message


def test_rss_feed_with_arabic_dates_gives_one_article_per_item():
    arts = articles(DATA / "feed_ar.xml")
    assert [a["published"] for a in arts] == [date(2020, 6, 9), date(2020, 6, 10)]
    assert arts[0]["source"] == "أخبار ليبيا"
    assert arts[0]["url"] == "https://example.org/a"
    assert "<p>" not in arts[0]["text"] and "جارف" in arts[0]["text"]
    assert arts[0]["origin"].endswith("feed_ar.xml#entry 1")


def test_atom_feed_in_windows_1256_is_decoded_by_its_declaration(tmp_path):
    xml = (DATA / "feed_ar.xml").read_text(encoding="utf-8").replace('encoding="utf-8"', 'encoding="windows-1256"')
    path = tmp_path / "feed.rss"
    path.write_bytes(xml.encode("cp1256"))
    arts = articles(path)
    assert arts[0]["title"] == "غارة جوية قرب سرت"


def test_atom_feed_entry_html_content_becomes_text():
    [art] = articles(DATA / "feed_atom.xml")
    assert art["text"].startswith("Attack near Gao\nGunmen attacked")
    assert art["published"] == date(2020, 6, 9)


def test_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Sirte " * 1000, encoding="utf-8")
    [message] = errors(path, ReadOptions(max_bytes=1000))
    assert message == f"{path}: over the size limit (1,000 bytes)"


def test_jsonl_record_over_the_text_limit_is_refused_and_the_rest_read(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [{"text": "x" * 150}, {"text": "Clashes in Sirte."}]
    path.write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    items = list(read_path(path, ReadOptions(max_text_chars=100)))
    assert "a.jsonl:1: article text over the size limit" in str(items[0])
    assert items[1]["text"] == "Clashes in Sirte."


def test_undecodable_line_in_a_streamed_file_is_named(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = (json.dumps({"text": "Clashes in Sirte, " + "ليبيا " * 40}, ensure_ascii=False) + "\n").encode("utf-8")
    count = 300 * 1024 // len(good)  # the bad line lies beyond the bytes sampled for detection
    path.write_bytes(good * count + b'{"text": "\xff\xfe broken"}\n' + good)
    items = list(read_path(path))
    assert len([i for i in items if isinstance(i, dict)]) == count + 1  # the line after it is read too
    assert [str(i) for i in items if isinstance(i, UnreadableInput)] == [f"{path}:{count + 1}: not valid utf-8"]


def test_folders_are_walked_recursively_skipping_hidden_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("Sirte", encoding="utf-8")
    (tmp_path / "top.md").write_text("Misrata", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])]
    assert found == ["top.md", "a/b/deep.txt"] or found == ["a/b/deep.txt", "top.md"]
    [missing] = list(iter_files([tmp_path / "nope"]))
    assert isinstance(missing, UnreadableInput) and "no such file" in str(missing)


def test_uploaded_bytes_are_read_by_their_file_name():
    data = (DATA / "ar_story_cp1256.txt").read_bytes()
    [art] = list(read_stream("upload.txt", io.BytesIO(data)))
    assert art["text"] == STORY


def test_unknown_extension_is_sniffed_by_content(tmp_path):
    path = tmp_path / "export.dat"
    path.write_text('{"text": "Clashes in Sirte."}\n{"text": "Shelling in Aleppo."}\n', encoding="utf-8")
    assert [a["text"] for a in articles(path)] == ["Clashes in Sirte.", "Shelling in Aleppo."]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_named(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Sirte", encoding="utf-8")
    path.chmod(0)
    [message] = errors(path)
    assert message.startswith(f"{path}: cannot open")


def test_forced_encoding_reads_a_file_and_an_unknown_one_is_named(tmp_path):
    assert articles(DATA / "ar_story_iso8859_6.txt", ReadOptions(encoding="iso8859_6"))[0]["text"] == STORY
    assert errors(DATA / "stories.jsonl", ReadOptions(encoding="klingon")) == [
        f"{DATA / 'stories.jsonl'}: unknown encoding 'klingon'"]


def test_single_column_csv_keeps_commas_and_semicolons_in_the_text(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("body\nClashes in Sirte, Libya; residents fled.\nShelling hit Aleppo, Syria.\n", encoding="utf-8")
    assert [a["text"] for a in articles(path)] == ["Clashes in Sirte, Libya; residents fled.",
                                                   "Shelling hit Aleppo, Syria."]
