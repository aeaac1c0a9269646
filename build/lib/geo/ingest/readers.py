"""Files to articles: .txt/.md, .html, .json/.jsonl, .csv, RSS/Atom.

Each reader yields article dicts (text, title, source, url, published, lang, origin)
or an UnreadableInput for a part it could not read, naming the file and line, so
one bad record never stops the batch. Line-based formats are streamed; whole-file
formats are capped at ``ReadOptions.max_bytes``.

JSON / JSON Lines field mapping (keys matched case-insensitively, first found wins):
  text      text, body, content, article, full_text, fulltext, article_text
  title     title, headline
  published date, published, pubdate, published_at, publishedat, publication_date, datetime
  url       url, link
  source    source (a string, or an object with "name"), publisher, site, sitename
  lang      lang, language
A .json file may hold one article object, a list of them, or an object whose
"articles", "items", "data" or "entries" key holds the list. CSV files use the same
names for their header unless a column is named explicitly (ReadOptions.columns).
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from geo.ingest.encoding import SAMPLE_BYTES, decode_bytes, detect_encoding
from geo.errors import UnreadableInput
from geo.ingest.pubdate import find_date, parse_date

FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "article_text"),
    "title": ("title", "headline"),
    "published": ("date", "published", "pubdate", "published_at", "publishedat", "publication_date", "datetime"),
    "url": ("url", "link"),
    "source": ("source", "publisher", "site", "sitename"),
    "lang": ("lang", "language"),
}
KINDS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
}
Item = dict[str, Any] | UnreadableInput


@dataclass
class ReadOptions:
    """Limits and mappings for reading; the defaults suit news articles."""

    max_bytes: int = 20 * 1024 * 1024  # a single-document file larger than this is not an article
    max_text_chars: int = 1_000_000  # one article's text; about 300 printed pages
    columns: dict[str, str] = field(default_factory=dict)  # CSV: field -> column name, e.g. {"text": "body"}
    encoding: str | None = None  # force a codec instead of detecting


SIDECAR_SUFFIX = ".meta.json"


def sidecar_path(path: Path) -> Path:
    """Where an article file's metadata sidecar lives: ``story.txt`` -> ``story.meta.json``."""
    return path.with_name(path.name.split(".")[0] + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, Any]:
    """The sidecar's fields (title, published, source, url, lang) for an article file, or {}.

    A sidecar carries what a plain text file cannot: its title, date and sources. ``sources``
    (a list) becomes the article's ``source``.
    """
    side = sidecar_path(path)
    if side == path or not side.is_file():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableInput(f"{side}: unreadable metadata sidecar ({exc})") from None
    if not isinstance(meta, dict):
        raise UnreadableInput(f"{side}: a metadata sidecar must be a JSON object")
    if isinstance(meta.get("sources"), list) and not meta.get("source"):
        meta["source"] = ", ".join(str(s) for s in meta["sources"])
    return {k: meta[k] for k in ("title", "published", "source", "url", "lang") if meta.get(k) not in (None, "")}


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | UnreadableInput]:
    """Expand files and folders (recursively, in sorted order, skipping hidden entries and
    metadata sidecars, which are read with their article)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX):
                        yield Path(root) / name
        elif path.is_file():
            yield path
        else:
            yield UnreadableInput(f"{path}: no such file or folder")


def read_path(path: Path, options: ReadOptions | None = None) -> Iterator[Item]:
    """Articles (or errors) from one file."""
    options = options or ReadOptions()
    try:
        meta = read_sidecar(path)
        with open(path, "rb") as fp:
            for item in read_stream(str(path), fp, options):
                if meta and isinstance(item, dict):
                    item.update(meta)
                    item["published"] = parse_date(item.get("published")) or item.get("published")
                yield item
    except UnreadableInput as exc:
        yield exc
    except OSError as exc:
        yield UnreadableInput(f"{path}: cannot open: {exc.strerror or exc}")


def read_stream(name: str, fp: BinaryIO, options: ReadOptions | None = None) -> Iterator[Item]:
    """Articles (or errors) from an open binary stream named ``name`` (its extension picks the reader)."""
    options = options or ReadOptions()
    if options.encoding:
        try:
            codecs.lookup(options.encoding)
        except LookupError:
            yield UnreadableInput(f"{name}: unknown encoding {options.encoding!r}")
            return
    head = fp.read(SAMPLE_BYTES)
    kind = KINDS.get(Path(name).suffix.lower()) or _sniff(head)
    try:
        if kind in ("jsonl", "csv"):
            encoding = options.encoding or detect_encoding(head, name, complete=len(head) < SAMPLE_BYTES)
            fp.seek(0)
            reader = _jsonl if kind == "jsonl" else _csv
            yield from reader(name, _lines(fp, encoding), options)
            return
        data = head + fp.read(max(options.max_bytes + 1 - len(head), 0))
        if len(data) > options.max_bytes:
            raise UnreadableInput(f"{name}: over the size limit ({options.max_bytes:,} bytes)")
        if kind == "feed":
            yield from _feed(name, data, options)
        elif kind == "html":
            yield from check_articles(name, [_html(name, data, options)], options)
        elif kind == "json":
            yield from _json(name, decode_bytes(data, name, options.encoding), options)
        else:
            yield from check_articles(name, [_text(name, decode_bytes(data, name, options.encoding))], options)
    except UnreadableInput as exc:
        yield exc


class _BadLine(Exception):
    def __init__(self, line_no: int, encoding: str) -> None:
        super().__init__(line_no, encoding)
        self.line_no, self.encoding = line_no, encoding


def _lines(fp: BinaryIO, encoding: str) -> Iterator[str | _BadLine]:
    """Decoded lines, one at a time, so a bad byte is pinned to its line (yielded as _BadLine).

    UTF-16/32 cannot be split on b"\\n", so those are decoded as a text stream.
    """
    if encoding.startswith(("utf-16", "utf-32")):
        try:
            yield from io.TextIOWrapper(fp, encoding=encoding, newline="")
        except UnicodeDecodeError:
            raise _BadLine(0, encoding) from None
        return
    if encoding == "utf-8-sig":
        fp.read(3)
        encoding = "utf-8"
    for line_no, raw in enumerate(fp, 1):
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError:
            yield _BadLine(line_no, encoding)  # JSON Lines reports it and reads on


def _strict(lines: Iterator[str | _BadLine]) -> Iterator[str]:
    """For CSV, where a record may span lines: a bad line ends the file."""
    for line in lines:
        if isinstance(line, _BadLine):
            raise line
        yield line


def _bad_line(name: str, exc: _BadLine) -> UnreadableInput:
    where = f"{name}:{exc.line_no}" if exc.line_no else name
    return UnreadableInput(f"{where}: not valid {exc.encoding}; the rest of the file was skipped")


def _sniff(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if start.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        return "jsonl" if b"\n{" in head else "json"
    return "text"


def check_articles(name: str, items: Iterable[dict[str, Any]], options: ReadOptions | None = None) -> Iterator[Item]:
    """Final checks shared by every reader: a non-empty text within the limit, a date."""
    options = options or ReadOptions()
    for art in items:
        where = art.get("origin") or name
        text = art.get("text")
        if not isinstance(text, str) or not text.strip():
            yield UnreadableInput(f"{where}: empty text")
            continue
        if len(text) > options.max_text_chars:
            yield UnreadableInput(f"{where}: article text over the size limit "
                                  f"({len(text):,} > {options.max_text_chars:,} characters)")
            continue
        art.setdefault("origin", name)
        art["published"] = parse_date(art.get("published")) or find_date(text)
        yield art


def _text(name: str, text: str) -> dict[str, Any]:
    title = None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and len(lines[0]) <= 200:
        title = lines[0].lstrip("#").strip() or None
    return {"text": text, "title": title or Path(name).stem, "origin": name}


def _html(name: str, data: bytes, options: ReadOptions) -> dict[str, Any]:
    import trafilatura  # heavy: imported on the first HTML file only

    page = decode_bytes(data, name, options.encoding)
    found = trafilatura.bare_extraction(page, with_metadata=True)
    if found is None or not (found.text or "").strip():
        raise UnreadableInput(f"{name}: no article text found in the page")
    return {"text": found.text, "title": found.title, "published": found.date, "url": found.url,
            "source": found.sitename, "lang": getattr(found, "language", None), "origin": name}


def _pick(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for key in names:
        if lowered.get(key) not in (None, ""):
            return lowered[key]
    return None


def _mapped(record: dict[str, Any], where: str) -> dict[str, Any]:
    """A JSON/CSV record to an article dict, by the documented field mapping."""
    art = {key: _pick(record, names) for key, names in FIELDS.items()}
    if art["text"] is None:
        raise UnreadableInput(f"{where}: no text field (looked for {', '.join(FIELDS['text'])})")
    if not isinstance(art["text"], str):
        raise UnreadableInput(f"{where}: the text field is not a string")
    if isinstance(art["source"], dict):
        art["source"] = art["source"].get("name") or art["source"].get("id")
    for key in ("title", "url", "source", "lang"):
        if art[key] is not None and not isinstance(art[key], str):
            art[key] = str(art[key])
    art["origin"] = where
    return art


def _json(name: str, text: str, options: ReadOptions) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableInput(f"{name}:{exc.lineno}: malformed JSON ({exc.msg}, column {exc.colno})") from None
    if isinstance(data, dict):
        for key in ("articles", "items", "data", "entries"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, 1):
        where = f"{name}#{index}" if isinstance(data, list) else name
        if not isinstance(record, dict):
            yield UnreadableInput(f"{where}: not a JSON object")
            continue
        try:
            yield from check_articles(name, [_mapped(record, where)], options)
        except UnreadableInput as exc:
            yield exc


def _jsonl(name: str, stream: Iterator[str | _BadLine], options: ReadOptions) -> Iterator[Item]:
    try:
        for line_no, line in enumerate(stream, 1):
            if isinstance(line, _BadLine):
                yield UnreadableInput(f"{name}:{line.line_no}: not valid {line.encoding}")
                continue
            if not line.strip():
                continue
            where = f"{name}:{line_no}"
            if len(line) > options.max_text_chars * 2:  # a record's text plus generous metadata
                yield UnreadableInput(f"{where}: line over the size limit ({len(line):,} characters)")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield UnreadableInput(f"{where}: malformed JSON ({exc.msg}, column {exc.colno})")
                continue
            if not isinstance(record, dict):
                yield UnreadableInput(f"{where}: not a JSON object")
                continue
            try:
                yield from check_articles(name, [_mapped(record, where)], options)
            except UnreadableInput as exc:
                yield exc
    except _BadLine as exc:
        yield _bad_line(name, exc)


def _csv_format(name: str, head: list[str]) -> dict[str, Any]:
    """csv.reader arguments: the delimiter the header row uses (the sniffer only breaks ties,
    since article text is full of commas)."""
    if name.lower().endswith(".tsv"):
        return {"dialect": csv.excel_tab}
    header = head[0] if head else ""
    found = [d for d in ",;\t|" if d in header]
    if len(found) == 1:
        return {"dialect": csv.excel, "delimiter": found[0]}
    if not found:  # one column: a delimiter that never occurs in text
        return {"dialect": csv.excel, "delimiter": "\x1f"}
    try:
        return {"dialect": csv.Sniffer().sniff("".join(head), delimiters="".join(found))}
    except csv.Error:
        return {"dialect": csv.excel}


def _csv(name: str, lines: Iterator[str | _BadLine], options: ReadOptions) -> Iterator[Item]:
    stream = _strict(lines)
    csv.field_size_limit(max(csv.field_size_limit(), options.max_text_chars + 1))
    head: list[str] = []
    try:
        for line in stream:  # the first lines, to sniff the delimiter
            head.append(line)
            if len(head) >= 20:
                break
    except _BadLine as exc:
        yield _bad_line(name, exc)
        return
    reader = csv.DictReader(itertools.chain(head, stream), **_csv_format(name, head))
    try:
        header = reader.fieldnames
        if not header:
            raise UnreadableInput(f"{name}: empty CSV (no header row)")
        lowered = {h.strip().lower(): h for h in header if h}
        columns: dict[str, str | None] = {}
        for key, names in FIELDS.items():
            wanted = options.columns.get(key)
            if wanted is not None:
                if wanted.lower() not in lowered:
                    raise UnreadableInput(f"{name}: no column {wanted!r} for {key} (columns: {', '.join(header)})")
                columns[key] = lowered[wanted.lower()]
            else:
                columns[key] = next((lowered[n] for n in names if n in lowered), None)
        if columns["text"] is None:
            raise UnreadableInput(f"{name}: no text column (looked for {', '.join(FIELDS['text'])}; "
                                  f"columns: {', '.join(header)}; name one with --text-col)")
        for row in reader:
            where = f"{name}:{reader.line_num}"
            record = {key: row.get(col) for key, col in columns.items() if col}
            if None in row:  # more cells than header columns
                yield UnreadableInput(f"{where}: more cells than the header has columns")
                continue
            art = {key: (value.strip() or None) if isinstance(value, str) and key != "text" else value
                   for key, value in record.items()}
            art["origin"] = where
            yield from check_articles(name, [art], options)
    except csv.Error as exc:
        yield UnreadableInput(f"{name}:{reader.line_num}: malformed CSV ({exc})")
    except _BadLine as exc:
        yield _bad_line(name, exc)


_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding=[\"']([A-Za-z0-9._-]+)[\"'][^>]*\?>")


def _feed(name: str, data: bytes, options: ReadOptions) -> Iterator[Item]:
    import feedparser  # imported on the first feed only
    from lxml import html as lxml_html

    declared = _XML_DECL.match(data.lstrip(b"\xef\xbb\xbf"))
    encoding = options.encoding or (declared.group(1).decode("ascii") if declared else None)
    text = decode_bytes(data, name, encoding)
    # Hand feedparser UTF-8 with no declared encoding: we decoded it, it must not guess again.
    text = re.sub(r"^\ufeff?\s*<\?xml[^>]*\?>", '<?xml version="1.0" encoding="utf-8"?>', text)
    parsed = feedparser.parse(text.encode("utf-8"))
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise UnreadableInput(f"{name}: no feed entries" + (f" (malformed feed: {problem})" if problem else ""))
    source = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries, 1):
        where = f"{name}#entry {index}"
        body = ""
        for part in entry.get("content") or []:
            body = part.get("value") or body
        body = body or entry.get("summary") or ""
        if "<" in body:
            try:
                body = lxml_html.fromstring(body).text_content()
            except (ValueError, lxml_html.etree.ParserError):
                pass
        title = entry.get("title")
        body = body.strip()
        if title and not body.startswith(title):
            body = f"{title}\n{body}" if body else title  # headlines name places too
        yield from check_articles(name, [{
            "text": body, "title": title, "url": entry.get("link"), "source": source,
            "published": entry.get("published") or entry.get("updated"),
            "lang": entry.get("language") or parsed.feed.get("language"), "origin": where,
        }], options)


def read_feed_bytes(name: str, data: bytes, options: ReadOptions | None = None) -> Iterator[Item]:
    """Articles (or one error) from an RSS/Atom document's bytes, whatever ``name`` ends with
    (a feed URL for `geo watch`): the summary is each article's text."""
    try:
        yield from _feed(name, data, options or ReadOptions())
    except UnreadableInput as exc:
        yield exc
