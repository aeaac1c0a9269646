"""Builds the encoded copies of the Arabic story (the other fixtures are written by hand).

Run from this folder: python make_fixtures.py. The story is written for these tests.
"""
from pathlib import Path

here = Path(__file__).parent
story = (here / "ar_story.txt").read_text(encoding="utf-8")
(here / "ar_story_utf8_bom.txt").write_bytes(b"\xef\xbb\xbf" + story.encode("utf-8"))
(here / "ar_story_utf16.txt").write_bytes(story.encode("utf-16"))  # with BOM, little-endian
(here / "ar_story_utf16le_nobom.txt").write_bytes(story.encode("utf-16-le"))
(here / "ar_story_cp1256.txt").write_bytes(story.encode("cp1256"))
(here / "ar_story_iso8859_6.txt").write_bytes(story.encode("iso8859_6"))
