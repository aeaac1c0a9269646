"""CSV that a spreadsheet cannot turn against its reader (CSV injection) and cannot split.

Every CSV the project writes (``geo export --format csv``, ``acled-csv``, the dashboard's
download) goes through ``safe_cell`` and ``safe_writer``:

- a text cell starting with ``=``, ``+``, ``-``, ``@``, tab, CR or LF, or reading as a
  special float (``-inf``, ``+nan``, ``Infinity``...) gets a leading ``'`` so the spreadsheet
  shows it as text instead of running it; real, finite numbers stay numbers;
- every cell holding CR or LF is quoted (the ``csv`` module only quotes the characters of
  its line terminator, so ``lineterminator="\\n"`` left a bare CR to split the row in two).
"""
from __future__ import annotations

import csv
import json
import math
from typing import IO, Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
BOM = "\ufeff"  # Excel reads a CSV as UTF-8 (Arabic intact) only when it starts with this


def is_real_number(text: str) -> bool:
    """True for text a spreadsheet would read as a finite number ("-3.5", "1e3"), not "-inf" or "nan"."""
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _special_float(text: str) -> bool:
    try:
        return not math.isfinite(float(text))
    except ValueError:
        return False


def defuse(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it or read it as inf/nan."""
    if (text.startswith(FORMULA_START) and not is_real_number(text)) or _special_float(text):
        return "'" + text
    return text


def safe_cell(value: Any) -> Any:
    """A value ready for a CSV cell: None -> "", lists/dicts as JSON, text defused, finite numbers kept."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value if isinstance(value, int) or math.isfinite(value) else defuse(str(value))
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return defuse(str(value))


def safe_writer(fp: IO[str]) -> Any:
    """A csv.writer whose line terminator is CRLF, so cells holding CR or LF are always quoted."""
    return csv.writer(fp, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
