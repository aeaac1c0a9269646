"""A year of news for the dashboard benchmark, built with direct SQL inserts (minutes, not hours).

    python -m bench.big_store PATH [--articles 200000] [--mentions 1000000] [--places 20000]

Same shape as ``bench.dashboard.build_store`` (half Arabic, half English, one event per
article placed on its first mention, published over a year) but rows go straight into the
tables through the driver's ``executemany``: parsing or ``Store.add_document`` would take hours.
The file is reused when it exists (build once, measure many times).
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = ["LY", "SY", "YE", "IQ", "SD"]
AR = "أفادت مصادر محلية بسقوط قذائف على أحياء سكنية في {name} مساء الثلاثاء."
EN = "Local sources said shells fell on residential districts of {name} on Tuesday evening."
BATCH = 5000


def place(i: int) -> tuple:
    """(name, name_ar, lat, lon, country, geonameid, precision, confidence) of place ``i``."""
    return (f"Town{i}", f"بلدة{i}", 12 + (i * 7919 % 2600) / 100, -8 + (i * 104729 % 6500) / 100,
            COUNTRIES[i % 5], 5_000_000 + i, 1 + i % 3, 0.3 + (i % 70) / 100)


def build(path: Path, articles: int, mentions: int, places: int) -> None:
    from geo.store import Store

    with Store.open(path):  # the schema, with every migration
        pass
    per = max(mentions // articles, 1)
    first_day = date(2020, 1, 1)
    stamp = "2020-01-01T00:00:00+00:00"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    arts, ments, evs = [], [], []
    mention_id = 0
    for a in range(1, articles + 1):
        arabic = a % 2 == 0
        lead = f"Report {a}. "
        text, offset = [lead], len(lead)
        first = None
        for k in range(per):
            i = (a * per + k) * 7 % places
            name, name_ar, lat, lon, cc, gid, prec, conf = place(i)
            surface = name_ar if arabic else name
            sentence = (AR if arabic else EN).format(name=surface) + " "
            start = offset + sentence.index(surface)
            mention_id += 1
            ments.append((mention_id, a, start, start + len(surface), surface, name, name_ar, name, lat, lon, cc,
                          "city", gid, prec, conf, sentence.strip(), offset, "[]", 0, None, "[]"))
            if first is None:
                first = (start, start + len(surface), surface, lat, lon, cc, offset, sentence)
            text.append(sentence)
            offset += len(sentence)
        published = first_day + timedelta(days=a * 366 // articles)
        arts.append((a, f"hash{a}", f"Story {a}", f"Wire {a % 7}", None, "ar" if arabic else "en",
                     published.isoformat(), "".join(text), None, stamp, stamp, per, 1))
        s, e, surface, lat, lon, cc, soff, sentence = first
        event = {"type": "Explosions/Remote violence", "sub_type": "Shelling/artillery/missile attack",
                 "start": soff, "end": soff + len(sentence), "excerpt": sentence.strip(), "mention_index": 0,
                 "mention_span": [s, e], "location": surface, "lat": lat, "lon": lon, "country_code": cc,
                 "geo_precision": 1, "date": None, "fatalities": a % 4 or None, "actor1": None, "actor2": None,
                 "confidence": 0.8}
        evs.append((a, a, soff, soff + len(sentence), event["type"], json.dumps(event, ensure_ascii=False), s, e))
        if len(arts) >= BATCH:
            _flush(con, arts, ments, evs)
    _flush(con, arts, ments, evs)
    con.commit()
    con.close()
    from geo.store import aggregate
    with Store.open(path) as store, store.engine.begin() as conn:  # the rows went in behind the store's back
        aggregate.rebuild(conn)
    con = sqlite3.connect(path)
    con.execute("ANALYZE")
    con.close()


def _flush(con: sqlite3.Connection, arts: list, ments: list, evs: list) -> None:
    con.executemany("INSERT INTO articles (id, content_hash, title, source, url, lang, published, text, origin,"
                    " added_at, parsed_at, n_mentions, n_events) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", arts)
    con.executemany("INSERT INTO mentions (id, article_id, start, \"end\", text, name, name_ar, name_en, lat, lon,"
                    " country_code, feature, geonameid, precision, confidence, excerpt, excerpt_start, alternatives,"
                    " approximate, is_event_location, also_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    ments)
    con.executemany("INSERT INTO events (id, article_id, start, \"end\", type, data, mention_start, mention_end)"
                    " VALUES (?,?,?,?,?,?,?,?)", evs)
    arts.clear(), ments.clear(), evs.clear()


def ensure(path: Path, articles: int, mentions: int, places: int = 20000) -> Path:
    """The store at ``path``, built first when missing."""
    if not path.exists():
        t0 = time.perf_counter()
        tmp = path.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        build(tmp, articles, mentions, places)
        tmp.rename(path)
        print(f"store: {articles} articles, {mentions} mentions, {places} places built in "
              f"{time.perf_counter() - t0:.0f} s ({path})", flush=True)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--places", type=int, default=20_000)
    args = ap.parse_args(argv)
    ensure(Path(args.path), args.articles, args.mentions, args.places)
    return 0


if __name__ == "__main__":
    sys.exit(main())
