"""A parser for the time-budget tests: the real engine, except that a text holding HANG never returns."""
from __future__ import annotations

import time

import geo


def parse(text: str, lang=None, published=None):
    if "HANG" in text:
        while True:
            time.sleep(0.05)
    return geo.parse(text, lang=lang, published=published)
