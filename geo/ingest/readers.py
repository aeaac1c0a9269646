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

import csv
import io
import itertools
import json
import os
import re
import stat
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from geo.ingest import reltime
from geo.ingest.encoding import SAMPLE_BYTES, decode_bytes, detect_line_encoding, text_codec
from geo.errors import UnreadableInput
from geo.ingest.pubdate import find_date, parse_date
from geo.textclean import clean

FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "article_text"),
    "title": ("title", "headline"),
    "published": ("date", "published", "pubdate", "published_at", "publishedat", "publication_date", "datetime"),
    "url": ("url", "link"),
    "source": ("source", "publisher", "site", "sitename"),
    "lang": ("lang", "language"),
    # when the article was fetched: the clock "2 hours ago" is read against (default: the file's time)
    "fetched": ("fetched", "fetched_at", "crawled_at", "retrieved_at", "scraped_at", "collected_at"),
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
    follow_links: bool = False  # read file links in a folder that point outside it
    clock: datetime | None = None  # when the input was fetched (relative dates); read_path uses the file's time


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
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad UTF-8, bad JSON, huge ints
        raise UnreadableInput(f"{side}: unreadable metadata sidecar ({_short(exc)})") from None
    if not isinstance(meta, dict):
        raise UnreadableInput(f"{side}: a metadata sidecar must be a JSON object")
    if isinstance(meta.get("sources"), list) and not meta.get("source"):
        meta["source"] = ", ".join(str(s) for s in meta["sources"])
    return {k: meta[k] for k in ("title", "published", "source", "url", "lang") if meta.get(k) not in (None, "")}


_KINDS_OF_FILE = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                  (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _not_regular(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)"...), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS_OF_FILE if test(mode)), "not a regular file")


def _walk(top: Path, follow_links: bool) -> Iterator[Path | UnreadableInput]:
    """A folder's files, sorted, hidden entries and sidecars skipped; problems as UnreadableInput.

    Unreadable subfolders are reported (os.walk would skip them silently); file links whose
    target lies outside ``top`` are refused unless ``follow_links`` (a link must not read
    /etc/passwd into the store); FIFOs and devices are reported, never opened (a FIFO would
    block for ever).
    """
    problems: list[OSError] = []
    inside = top.resolve()
    for root, dirs, files in os.walk(top, onerror=problems.append):
        while problems:
            exc = problems.pop(0)
            yield UnreadableInput(f"{exc.filename}: cannot read folder: {exc.strerror or exc}")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            path = Path(root) / name
            if path.is_symlink() and not follow_links:
                target = path.resolve()
                if not target.is_relative_to(inside):
                    yield UnreadableInput(f"{path}: a link to a file outside the input folder ({target}): "
                                          "skipped (--follow-links reads it)")
                    continue
            yield path
    while problems:
        exc = problems.pop(0)
        yield UnreadableInput(f"{exc.filename}: cannot read folder: {exc.strerror or exc}")


def iter_files(paths: Iterable[str | os.PathLike], *, follow_links: bool = False) -> Iterator[Path | UnreadableInput]:
    """Expand files and folders (recursively, in sorted order, skipping hidden entries and
    metadata sidecars, which are read with their article). A path that cannot be looked at
    (missing, or in a folder this user may not enter) is one UnreadableInput, never an exception."""
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            yield UnreadableInput(f"{path}: no such file or folder")
            continue
        except OSError as exc:
            yield UnreadableInput(f"{path}: cannot open: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, follow_links)
        else:
            yield path  # read_path reports FIFOs and devices without opening them for reading


def read_path(path: Path, options: ReadOptions | None = None) -> Iterator[Item]:
    """Articles (or errors) from one file."""
    options = options or ReadOptions()
    try:
        meta = read_sidecar(path)
        with _open_regular(path) as fp:
            if options.clock is None:  # a saved page was fetched at the latest when it was written
                options = replace(options, clock=datetime.fromtimestamp(os.fstat(fp.fileno()).st_mtime, timezone.utc))
            for item in read_stream(str(path), fp, options):
                if meta and isinstance(item, dict):
                    item.update({k: clean(v) for k, v in meta.items()})
                    item["published"] = parse_date(item.get("published"), options.clock) or item.get("published")
                yield item
    except UnreadableInput as exc:
        yield exc
    except OSError as exc:
        yield UnreadableInput(f"{path}: cannot open: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 -- a reader bug costs the rest of this file, never the batch
        yield UnreadableInput(f"{path}: could not be read: {type(exc).__name__}: {_short(exc)}")


def _open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file (a FIFO would block, a device never end).

    Opened non-blocking so a FIFO with no writer cannot hang us, then checked with fstat
    (no race between the check and the open).
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        kind = _not_regular(os.fstat(fd).st_mode)
        if kind:
            raise UnreadableInput(f"{path}: not a regular file ({kind}): skipped")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _short(exc: BaseException, limit: int = 200) -> str:
    """An exception's first line, cut to ``limit`` characters (never a dump of the input)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= limit else text[:limit] + "..."


def read_stream(name: str, fp: BinaryIO, options: ReadOptions | None = None) -> Iterator[Item]:
    """Articles (or errors) from an open binary stream named ``name`` (its extension picks the reader)."""
    options = options or ReadOptions()
    if options.encoding:
        problem = text_codec(options.encoding)
        if problem:
            yield UnreadableInput(f"{name}: {problem}")
            return
    head = fp.read(SAMPLE_BYTES)
    kind = KINDS.get(Path(name).suffix.lower()) or _sniff(head)
    try:
        if kind in ("jsonl", "csv"):
            encoding = options.encoding or detect_line_encoding(head, name, complete=len(head) < SAMPLE_BYTES)
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
    """A line that could not be decoded (or holds NUL bytes): it costs that line only."""

    def __init__(self, line_no: int, encoding: str, problem: str | None = None) -> None:
        super().__init__(line_no, encoding)
        self.line_no, self.encoding = line_no, encoding
        self.problem = problem or f"not valid {encoding}"


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
        if b"\x00" in raw:
            yield _BadLine(line_no, encoding, "holds NUL bytes (binary data)")
            continue
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError:
            yield _BadLine(line_no, encoding)  # the reader reports it and reads on


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
        for key, value in art.items():
            art[key] = clean(value)  # NUL and lone surrogates: no backend can store them
        art.setdefault("origin", name)
        clock = _clock(art.pop("fetched", None)) or options.clock
        art["published"] = (parse_date(art.get("published"), clock)
                            or reltime.not_after(find_date(text), clock or reltime.utc_now()))
        yield art


def _clock(value: Any) -> datetime | None:
    """A fetch time from a record: an ISO timestamp or Unix seconds; None when absent or unreadable."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str) and value.strip():
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


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
    except (ValueError, RecursionError) as exc:  # an integer over 4,300 digits, nesting too deep
        raise UnreadableInput(f"{name}: malformed JSON ({_json_problem(exc)})") from None
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
        yield from _checked(name, record, where, options)


def _json_problem(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if "integer string conversion" in str(exc):
        return "a number with more than 4,300 digits"
    return _short(exc)


def _checked(name: str, record: dict[str, Any], where: str, options: ReadOptions) -> Iterator[Item]:
    """One record through the field mapping and the shared checks; any failure is one error line."""
    try:
        yield from check_articles(name, [_mapped(record, where)], options)
    except UnreadableInput as exc:
        yield exc
    except (ValueError, RecursionError) as exc:  # e.g. a deeply nested title turned into text
        yield UnreadableInput(f"{where}: unusable record ({_json_problem(exc)})")


def _jsonl(name: str, stream: Iterator[str | _BadLine], options: ReadOptions) -> Iterator[Item]:
    try:
        for line_no, line in enumerate(stream, 1):
            if isinstance(line, _BadLine):
                yield UnreadableInput(f"{name}:{line.line_no}: {line.problem}")
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
            except (ValueError, RecursionError) as exc:  # an integer over 4,300 digits, nesting too deep
                yield UnreadableInput(f"{where}: malformed JSON ({_json_problem(exc)})")
                continue
            if not isinstance(record, dict):
                yield UnreadableInput(f"{where}: not a JSON object")
                continue
            yield from _checked(name, record, where, options)
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


Numbered = tuple[int, "str | _BadLine"]


def _numbered(lines: Iterator[str | _BadLine]) -> Iterator[Numbered]:
    for line_no, line in enumerate(lines, 1):
        yield (line.line_no or line_no, line) if isinstance(line, _BadLine) else (line_no, line)


def _csv_records(name: str, lines: Iterator[Numbered], fmt: dict[str, Any], limit: int,
                 width: int | None = None) -> Iterator[tuple[int, list[str]] | UnreadableInput]:
    """CSV rows with the line each starts on; a bad row is one error and reading resynchronises.

    A record is the lines up to the one where the quotes balance. A record that never
    balances (an unbalanced quote), runs past ``2 * limit`` characters while open, is cut
    by an undecodable line, or spanning lines does not parse strictly into ``width`` cells
    costs only its first line: the lines after it are read again as rows of their own, so
    an unbalanced quote does not swallow the next row. A closed record over ``limit``
    characters is skipped whole, naming its first line.
    """
    quote = csv.reader([], **fmt).dialect.quotechar or '"'
    back: deque[Numbered] = deque()

    def pull() -> Numbered | None:
        return back.popleft() if back else next(lines, None)

    while (first := pull()) is not None:
        line_no, line = first
        if isinstance(line, _BadLine):
            yield UnreadableInput(f"{name}:{line_no}: {line.problem}")
            continue
        buf: list[Numbered] = [first]
        size, quotes, problem = len(line), line.count(quote), None
        while quotes % 2:
            more = pull()
            if more is None:
                problem = "unbalanced quote: a quoted field is never closed"
            elif isinstance(more[1], _BadLine):
                back.appendleft(more)
                problem = "unbalanced quote or a row cut by an undecodable line"
            elif size + len(more[1]) > 2 * limit:
                back.appendleft(more)
                problem = f"unbalanced quote: a quoted field runs past {2 * limit:,} characters"
            if problem:
                break
            buf.append(more)
            size += len(more[1])
            quotes += more[1].count(quote)
        rows: list[list[str]] = []
        if problem is None:
            try:
                rows = list(csv.reader([text for _, text in buf], strict=True, **fmt))
            except csv.Error as exc:
                problem = f"malformed CSV ({exc})"
            else:
                if len(rows) > 1 or (len(buf) > 1 and width is not None and len(rows[0]) != width):
                    problem = "unbalanced quote: the quoted field takes in the next lines"
        if problem is None and size > limit:
            yield UnreadableInput(f"{name}:{line_no}: row over the size limit ({size:,} > {limit:,} characters)")
            continue
        if problem:
            yield UnreadableInput(f"{name}:{line_no}: {problem}")
            back.extendleft(reversed(buf[1:]))  # read the swallowed lines again, as rows of their own
            continue
        if rows:
            yield line_no, rows[0]


def _csv(name: str, lines: Iterator[str | _BadLine], options: ReadOptions) -> Iterator[Item]:
    limit = options.max_text_chars * 2  # a record's text plus generous metadata, as for JSON Lines
    csv.field_size_limit(max(csv.field_size_limit(), 2 * limit + 1))
    numbered = _numbered(lines)
    head: list[Numbered] = list(itertools.islice(numbered, 20))  # the first lines, to sniff the delimiter
    fmt = _csv_format(name, [line for _, line in head if isinstance(line, str)])
    stream = itertools.chain(head, numbered)
    header: list[str] | None = None
    for found in _csv_records(name, stream, fmt, limit):
        if isinstance(found, UnreadableInput):
            yield found
            continue
        header = found[1]
        break
    if not header or not any(h.strip() for h in header):
        yield UnreadableInput(f"{name}: empty CSV (no header row)")
        return
    try:
        columns = _csv_columns(name, header, options)
    except UnreadableInput as exc:
        yield exc
        return
    for found in _csv_records(name, stream, fmt, limit, width=len(header)):
        if isinstance(found, UnreadableInput):
            yield found
            continue
        line_no, cells = found
        where = f"{name}:{line_no}"
        if not cells:
            continue  # a blank line
        if len(cells) > len(header):
            yield UnreadableInput(f"{where}: more cells than the header has columns")
            continue
        row = dict(zip(header, cells))
        record = {key: row.get(col) for key, col in columns.items() if col}
        art = {key: (value.strip() or None) if isinstance(value, str) and key != "text" else value
               for key, value in record.items()}
        art["origin"] = where
        yield from check_articles(name, [art], options)


def _csv_columns(name: str, header: list[str], options: ReadOptions) -> dict[str, str | None]:
    """Which header column holds each field (named with --text-col etc., else by FIELDS)."""
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
    return columns


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
