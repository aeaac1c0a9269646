"""The feeds to watch: URLs on the command line, or files listing them one per line.

A line is ``URL [LANG] [SOURCE NAME...]``: ``https://example.org/rss ar الجزيرة``. LANG is
``ar`` or ``en`` (else the engine detects it); the source name defaults to the feed's title.
Blank lines and lines starting with ``#`` are skipped.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from geo.errors import UnreadableInput


@dataclass(frozen=True)
class FeedSpec:
    url: str
    lang: str | None = None
    name: str | None = None


def parse_line(line: str, where: str) -> FeedSpec | None:
    """One feed-list line, or None for a blank or comment line."""
    parts = line.strip().split()
    if not parts or parts[0].startswith("#"):
        return None
    url, rest = parts[0], parts[1:]
    if not url.startswith(("http://", "https://")):
        raise UnreadableInput(f"{where}: not an http(s) URL: {url!r}")
    lang = None
    if rest and rest[0].lower() in ("ar", "en"):
        lang, rest = rest[0].lower(), rest[1:]
    return FeedSpec(url, lang, " ".join(rest) or None)


def read_feed_args(args: list[str]) -> list[FeedSpec]:
    """URLs and feed-list files, in order, without repeats (the first mention of a URL wins)."""
    specs: list[FeedSpec] = []
    for arg in args:
        if arg.startswith(("http://", "https://")):
            specs.append(FeedSpec(arg))
            continue
        path = Path(arg)
        if not path.is_file():
            raise UnreadableInput(f"{arg}: neither an http(s) URL nor a feed-list file")
        for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            spec = parse_line(line, f"{arg}:{number}")
            if spec:
                specs.append(spec)
    seen: set[str] = set()
    return [s for s in specs if not (s.url in seen or seen.add(s.url))]
