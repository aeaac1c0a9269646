"""`python -m geo serve`: run the dashboard, its first view ready before the port opens.

    python -m geo serve [--db DB] [--port 8501] [--address 127.0.0.1] [-- STREAMLIT OPTIONS]

The same server as ``streamlit run dashboard.py`` (Streamlit's own command line, in this
process), after ``geo.dashboard.data.warm`` has read the store, built the default view's
markers and imported the map libraries: the first analyst after a restart waits no
longer than the next one. ``make run`` uses it; see docs/dashboard.md for serving a team.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time

from geo import paths


def streamlit_argv(port: int, address: str | None, extra: list[str]) -> list[str]:
    argv = ["streamlit", "run", str(paths.APP), "--server.headless", "true", "--server.port", str(port),
            "--browser.gatherUsageStats", "false"]
    if address:
        argv += ["--server.address", address]
    return argv + extra


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    ap = argparse.ArgumentParser(prog="python -m geo serve", description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="the store: a SQLite path or a database URL (default $ATLAS_DB, "
                                 "else data/atlas.sqlite)")
    ap.add_argument("--port", type=int, default=8501)
    ap.add_argument("--address", help="interface to listen on (0.0.0.0 for a team; default Streamlit's)")
    ap.add_argument("--no-warm", action="store_true", help="open the port at once, build the first view on demand")
    args = ap.parse_args(argv)
    if args.db:
        os.environ["ATLAS_DB"] = args.db
    url = os.environ.get("ATLAS_DB") or None
    if not args.no_warm:
        from geo.dashboard import data as dashboard_data
        from geo.errors import AtlasError

        t0 = time.perf_counter()
        try:
            places = dashboard_data.warm(url, paths.STATIC_DIR)
        except AtlasError as exc:  # the dashboard shows the same error to whoever opens it
            print(f"could not prepare the first view: {exc}", file=sys.stderr)
        else:
            print(f"first view ready: {places} places, {time.perf_counter() - t0:.1f} s", flush=True)
        gc.freeze()  # the warmed caches live as long as the server: no collection needs to walk them
    from streamlit.web import cli as streamlit_cli

    sys.argv = streamlit_argv(args.port, args.address, extra)
    return streamlit_cli.main()
