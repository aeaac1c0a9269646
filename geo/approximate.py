"""Places the gazetteer lacks but the text locates: "منطقة جارف جنوب غرب مدينة سرت"."""
from __future__ import annotations


def locate_unknown_places(text, tokens, mentions, lang, gazetteer):
    return []
