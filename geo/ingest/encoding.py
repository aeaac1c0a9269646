"""Bytes to text, refusing rather than guessing wrong.

Order: empty -> byte-order marks (UTF-8, UTF-16, UTF-32) -> BOM-less UTF-16 ->
binary refused -> strict UTF-8 -> legacy code pages (Windows-1256, ISO-8859-6,
Windows-1252) chosen by charset-normalizer *and* checked: the decoded text must
read as the script the code page is for. Anything else is an UnreadableInput
naming the input. UTF-8 is tried strictly first because a valid UTF-8 byte
sequence of any length is almost never another encoding by accident.
"""
from __future__ import annotations

import codecs
import re

from geo.errors import UnreadableInput

LEGACY = ("cp1256", "iso8859_6", "cp1252")  # the Arabic code pages, and Western for English
MAX_CHAOS = 0.1  # above this, decoded text is mostly noise (measured: real Arabic and French 0.0)
SAMPLE_BYTES = 256 * 1024  # enough for detection; streams decode the rest with the result
BINARY_MIN_LINES, BINARY_SHARE = 8, 0.9  # line files this broken are binary, refused whole
LEGACY_MIN_LINES = 3  # non-UTF-8 lines needed before a line-based file is read in a legacy code page
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF"), (b"PK\x03\x04", "a zip (or docx/xlsx) archive"), (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x1f\x8b", "gzip-compressed"),
    (b"SQLite format 3", "an SQLite database"), (b"\x7fELF", "a program"),
)
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


def _arabic(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFEFF


def _latin(ch: str) -> bool:
    return 0x00A0 <= ord(ch) <= 0x024F


def _punct(ch: str) -> bool:
    return 0x2000 <= ord(ch) <= 0x206F or ch in "\u00ab\u00bb\u00d7\u00f7\u20ac"


_MID_WORD_FINALS = re.compile("[\u0629\u0649][\u0621-\u064A]")  # ة and ى only end words


def _arabic_words_ok(text: str) -> bool:
    """Other code pages read as Arabic give words no Arabic writer makes (ة or ى inside a word)."""
    words = re.findall("[\u0621-\u064A]+", text)
    if not words:
        return True
    bad = sum(1 for w in words if _MID_WORD_FINALS.search(w) or w[0] in "\u0629\u0649")
    return bad <= 0.05 * len(words)


def _plausible(text: str, encoding: str) -> bool:
    """Do the non-ASCII characters belong to the script this encoding is for?"""
    if encoding in ("cp1256", "iso8859_6") and not _arabic_words_ok(text):
        return False
    foreign = [ch for ch in text if ord(ch) > 127 and not _punct(ch)]
    if not foreign:
        return True
    if encoding in ("cp1256", "iso8859_6"):
        good = sum(_arabic(ch) for ch in foreign)
    elif encoding == "cp1252":
        good = sum(ch.isalpha() and _latin(ch) for ch in foreign)
        # Arabic read as Windows-1252 gives runs of capitals such as "ÇáÚÑÈíÉ"; real text has few.
        if sum(ch.isupper() for ch in foreign) > 0.5 * len(foreign):
            return False
    else:
        good = sum(_arabic(ch) or _latin(ch) or ch.isalpha() for ch in foreign)
    return good >= 0.9 * len(foreign)


def _utf16_without_bom(data: bytes) -> str | None:
    """Little- or big-endian UTF-16 recognised by its zero (ASCII) or 0x06 (Arabic) high bytes."""
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    for high, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        share = sum(b in (0, 6) for b in high) / len(high)
        if share < 0.6:
            continue
        try:
            text = data[: len(data) // 2 * 2].decode(encoding)
        except UnicodeDecodeError:
            continue
        ok = sum(ord(c) < 128 or _arabic(c) or _latin(c) or _punct(c) for c in text)
        if ok >= 0.98 * len(text) and not any(ord(c) in _CONTROL for c in text):
            return encoding
    return None


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data:
        return "binary (it has NUL bytes)"
    controls = sum(b in _CONTROL for b in data)
    if controls > 0.01 * len(data):
        return "binary (too many control bytes)"
    return None


def _marked_encoding(data: bytes, name: str) -> str | None:
    """The codec the bytes announce (a BOM, or UTF-16 by its zero bytes), else None; empty input
    is an error naming ``name``. The start of both detectors below."""
    if not data.strip():
        raise UnreadableInput(f"{name}: empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return _utf16_without_bom(data) or None


def detect_encoding(data: bytes, name: str, *, complete: bool = True) -> str:
    """The codec name for ``data`` (the whole input, or its first bytes when ``complete`` is False).

    Raises UnreadableInput naming ``name`` when the bytes are empty, binary or ambiguous.
    """
    declared = _marked_encoding(data, name)
    if declared:
        return declared
    kind = _binary_kind(data)
    if kind:
        raise UnreadableInput(f"{name}: not text: {kind}")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"  # the sample cut a character in two
    return _legacy(data, name)


def text_codec(encoding: str) -> str | None:
    """Why ``encoding`` cannot decode bytes to text (unknown, or a str-to-str codec such as rot13), or None."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return f"unknown encoding {encoding!r}"
    if not getattr(info, "_is_text_encoding", True):
        return f"{encoding!r} is not a text encoding"
    return None


def detect_line_encoding(data: bytes, name: str, *, complete: bool = True) -> str:
    """The codec for a line-based file (JSON Lines, CSV) from its first bytes.

    Unlike ``detect_encoding``, one bad line does not decide for the file: a NUL or an
    invalid byte costs only its line (reported by the reader), so a UTF-8 file with one
    broken line stays UTF-8 rather than being refused or read as Windows-1252. A legacy
    code page is chosen only when no non-ASCII line is UTF-8 and at least
    ``LEGACY_MIN_LINES`` are not (a single odd byte is more likely damage than a code page).
    """
    declared = _marked_encoding(data, name)
    if declared:
        return declared
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise UnreadableInput(f"{name}: not text: {kind}")
    lines = data.split(b"\n")
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the sample may cut the last line
    valid = invalid = nul = 0
    kept = []
    for raw in lines:
        if b"\x00" in raw:
            nul += 1
            continue
        kept.append(raw)
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
            valid += 1
        except UnicodeDecodeError:
            invalid += 1
    if nul and nul + invalid >= BINARY_MIN_LINES and nul + invalid > BINARY_SHARE * len(lines):
        raise UnreadableInput(f"{name}: not text: binary (it has NUL bytes)")
    if valid or invalid < LEGACY_MIN_LINES:
        return "utf-8"
    try:
        encoding = _legacy(b"\n".join(kept), name)
    except UnreadableInput:  # no code page reads them either: they are damage, each costs its line
        return "utf-8"
    # Windows-1252 decodes any byte: a few broken bytes in an English file would read as "Ã©"
    # and be stored. Only the Arabic code pages, which the word check confirms, are guessed
    # for line files; the bad lines are reported and --encoding cp1252 reads such a file.
    return "utf-8" if encoding == "cp1252" else encoding


def _legacy(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes  # imported here: its models load on first use

    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    if best is None:
        raise UnreadableInput(f"{name}: cannot tell the encoding (not UTF-8, UTF-16, Windows-1256 or ISO-8859-6)")
    encoding = codecs.lookup(best.encoding).name.replace("-", "_")
    encoding = {"windows_1256": "cp1256", "windows_1252": "cp1252", "iso8859_6": "iso8859_6"}.get(encoding, encoding)
    # chaos is charset-normalizer's mess score; real text in its code page scores about 0.
    if encoding not in LEGACY or best.chaos > MAX_CHAOS or not _plausible(str(best), encoding):
        raise UnreadableInput(
            f"{name}: cannot tell the encoding with confidence (best guess {best.encoding} does not read as "
            "Arabic or English): save it as UTF-8")
    return encoding


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode a whole input (detecting the encoding unless given); UnreadableInput on failure."""
    encoding = encoding or detect_encoding(data, name)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableInput(f"{name}: not valid {encoding}: {exc}") from None
    if not text.strip():
        raise UnreadableInput(f"{name}: empty file")
    return text
