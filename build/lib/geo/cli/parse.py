"""`python -m geo parse FILE...` and `python -m geo parse --jsonl IN --out OUT`.

FILE mode prints one JSON line per file: {"file", "lang", "mentions", "events"}.
JSON Lines mode reads {"id", "text"[, "lang", "published"]} lines and writes {"id", "lang",
"mentions", "events"} lines, the contract ../shared/eval/score.py reads. A bad file or line gets
one clear message on stderr naming it; the rest go on and the exit code is 1.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from geo.ingest.encoding import decode_bytes
from geo.errors import UnreadableInput


def _read_text_file(path: Path) -> str:
    """The file's text, its encoding detected (UTF-8, UTF-16, Windows-1256, ISO-8859-6...)."""
    return decode_bytes(path.read_bytes(), str(path))


def _published(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m geo parse", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="text files to parse")
    ap.add_argument("--jsonl", type=Path, help="JSON Lines input with id and text fields")
    ap.add_argument("--out", type=Path, help="output file (default: stdout)")
    ap.add_argument("--lang", choices=["ar", "en"], help="language of every input (default: detected)")
    args = ap.parse_args(argv)
    if not args.files and not args.jsonl:
        ap.error("give FILE... or --jsonl IN")

    import geo

    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    failed = 0
    try:
        if args.jsonl:
            failed += _parse_jsonl(args.jsonl, out, args.lang, geo.parse)
        for path in args.files:
            try:
                doc = geo.parse(_read_text_file(path), lang=args.lang)
            except (UnreadableInput, OSError) as e:
                print(f"error: {e}" if isinstance(e, UnreadableInput) else f"error: {path}: {e.strerror}", file=sys.stderr)
                failed += 1
                continue
            out.write(json.dumps({"file": str(path), **doc.to_dict()}, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if failed else 0


def _parse_jsonl(path: Path, out, lang: str | None, parse) -> int:
    failed = 0
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        print(f"error: {path}: {e.strerror}", file=sys.stderr)
        return 1
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict) or "text" not in rec:
                    raise UnreadableInput(f"{path}, line {n}: expected an object with a \"text\" field")
                doc = parse(rec["text"], lang=lang or rec.get("lang"), published=_published(rec.get("published")))
            except json.JSONDecodeError as e:
                print(f"error: {path}, line {n}: malformed JSON ({e.msg})", file=sys.stderr)
                failed += 1
                continue
            except UnicodeDecodeError:
                print(f"error: {path}, line {n}: not UTF-8", file=sys.stderr)
                failed += 1
                continue
            except UnreadableInput as e:
                msg = str(e) if str(e).startswith(str(path)) else f"{path}, line {n}: {e}"
                print(f"error: {msg}", file=sys.stderr)
                failed += 1
                continue
            out.write(json.dumps({"id": rec.get("id", n), **doc.to_dict()}, ensure_ascii=False) + "\n")
    return failed
