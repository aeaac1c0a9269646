"""Characters no store can hold: NUL (PostgreSQL refuses it in text) and lone surrogates
(not encodable as UTF-8, so neither backend can store them).

Readers remove them from every article field so both backends store the same thing;
the store refuses whatever still holds one, with one line naming the field.
"""
from __future__ import annotations

import re
from typing import Any

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def clean(value: Any) -> Any:
    """``value`` without NUL and lone surrogates when it is a string; anything else as is."""
    if isinstance(value, str) and UNSTORABLE.search(value):
        return UNSTORABLE.sub("", value)
    return value


def unstorable_field(record: dict[str, Any]) -> str | None:
    """The first field of ``record`` whose string value holds a NUL or a lone surrogate."""
    for key, value in record.items():
        if isinstance(value, str) and UNSTORABLE.search(value):
            return key
    return None


def printable(text: object) -> str:
    """Text safe to show a person: control, bidi and other invisible characters shown as \\uXXXX, so a
    name with a right-to-left override cannot pass for another (the audit log in a terminal or
    the dashboard)."""
    import unicodedata

    return "".join(ch if ch in " " or unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co")
                   else f"\\u{ord(ch):04x}" for ch in str(text))
