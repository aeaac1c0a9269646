"""`python -m geo gazetteer`: build the offline index, or look names and points up in it.

    python -m geo gazetteer --rebuild          compile the index now (otherwise built on first use)
    python -m geo gazetteer --info             where the index is, and its size
    python -m geo gazetteer طرابلس "Tripoli, Lebanon"   geocode names (any script)
    python -m geo gazetteer --reverse 32.9,13.2          the nearest place to a point
"""
from __future__ import annotations

import argparse
import json
import time

from geo.engine.gazetteer import Gazetteer, build_index, index_path


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m geo gazetteer", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="names to geocode")
    ap.add_argument("--rebuild", action="store_true", help="compile the index again")
    ap.add_argument("--info", action="store_true", help="print the index location and size")
    ap.add_argument("--reverse", metavar="LAT,LON", help="the place nearest to a point")
    ap.add_argument("--lang", choices=["ar", "en"], help="language of the returned addresses")
    ap.add_argument("--all", action="store_true", help="every match, not only the best")
    args = ap.parse_args(argv)

    path = index_path()
    if args.rebuild:
        t0 = time.perf_counter()
        build_index(path)
        print(f"built {path} in {time.perf_counter() - t0:.1f} s")
    if args.info:
        t0 = time.perf_counter()
        gaz = Gazetteer(path)
        print(json.dumps({"index": str(path), "bytes": path.stat().st_size, "places": len(gaz),
                          "names": len(gaz.names), "load_seconds": round(time.perf_counter() - t0, 2)}))
    if args.names or args.reverse:
        from geo.engine.geocoder import OfflineGeocoder

        geocoder = OfflineGeocoder(Gazetteer(path))
        for name in args.names:
            found = geocoder.geocode(name, exactly_one=not args.all, language=args.lang)
            for loc in found if isinstance(found, list) else [found]:
                print(json.dumps({"query": name, **({"address": loc.address, **loc.raw} if loc else {"found": None})},
                                 ensure_ascii=False))
        if args.reverse:
            loc = geocoder.reverse(args.reverse, language=args.lang)
            print(json.dumps({"query": args.reverse, "address": loc.address, **loc.raw}, ensure_ascii=False))
    return 0
