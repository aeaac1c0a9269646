"""`python -m geo serve`: run the dashboard, its first view ready before the port opens.

    python -m geo serve [--db DB] [--port 8501] [--address 127.0.0.1] [-- STREAMLIT OPTIONS]

The same server as ``streamlit run dashboard.py`` (Streamlit's own command line, in this
process), after ``geo.dashboard.data.warm`` has read the store, built the default view's
markers and imported the map libraries: the first analyst after a restart waits no
longer than the next one. ``make run`` uses it; see docs/dashboard.md for serving a team.

It listens on 127.0.0.1 unless ``--address`` says otherwise. Any other address needs at
least one account in the store (``geo users add``), or ``--no-auth``, which prints a
warning on every start. The dashboard learns the mode from ``ATLAS_AUTH``: ``required``
when the store has accounts, ``off`` otherwise. SIGTERM stops the server within
``STOP_GRACE_S`` seconds however busy Streamlit is.
"""
from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import threading
import time

from geo import paths

LOCAL_ADDRESSES = ("127.0.0.1", "localhost", "::1")
STOP_GRACE_S = 1.0  # Streamlit's own shutdown took 3 s; a service manager should not have to wait
STOP_HARD_S = 1.5  # the kernel ends the process then (SIGALRM, default action), even if Python is starved
NO_AUTH_WARNING = ("WARNING: --no-auth: anyone who can reach {address}:{port} can read the store and make "
                   "changes signed with any name. Add accounts (python -m geo users add) and drop --no-auth.")


def auth_mode(url: str | None, address: str, no_auth: bool) -> tuple[str, str | None]:
    """("required" | "off", an error line or None) for serving ``url`` on ``address``."""
    if no_auth:
        return "off", None
    from geo.errors import AtlasError
    from geo.store import Store

    try:
        with Store.open(url) as store:
            has_accounts = bool(store.accounts())
    except AtlasError as exc:
        if address in LOCAL_ADDRESSES:
            return "off", None  # the dashboard shows the store's error to the one local user
        return "off", f"error: cannot check the store's accounts before serving on {address}: {exc}"
    if has_accounts:
        return "required", None
    if address in LOCAL_ADDRESSES:
        return "off", None
    return "off", (f"error: serving on {address} needs at least one account (python -m geo users add NAME "
                   "--role admin), or --no-auth to serve without sign-in")


def stop_within_grace() -> None:
    """SIGTERM ends the process within STOP_GRACE_S, whatever handlers Streamlit and uvicorn install.

    SIGTERM is blocked in every thread (call this before any thread starts: new threads
    inherit the mask) and taken by one thread with sigwait, so no Python-level handler set
    later can swallow it. That thread asks for Streamlit's graceful stop (SIGINT) and ends
    the process if the stop has not finished after the grace period (it took 3 s). On a
    machine so loaded that the Python thread is not scheduled in time, an interval timer
    whose SIGALRM keeps its default action makes the kernel end the process at STOP_HARD_S
    (exit status: killed by SIGALRM).
    """
    if not hasattr(signal, "pthread_sigmask"):
        return
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})

    def _exit_now() -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)

    def _wait() -> None:
        signal.sigwait({signal.SIGTERM})
        signal.setitimer(signal.ITIMER_REAL, STOP_HARD_S)  # the kernel's backstop, needs no Python
        timer = threading.Timer(STOP_GRACE_S, _exit_now)
        timer.daemon = True
        timer.start()
        os.kill(os.getpid(), signal.SIGINT)  # Streamlit's own graceful stop

    threading.Thread(target=_wait, name="sigterm", daemon=True).start()


def streamlit_argv(port: int, address: str | None, extra: list[str]) -> list[str]:
    """Streamlit's command line; ``address`` None keeps Streamlit's default (all interfaces)."""
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
    ap.add_argument("--address", default="127.0.0.1",
                    help="interface to listen on (default: %(default)s, this machine only; 0.0.0.0 for a team, "
                         "which needs accounts or --no-auth)")
    ap.add_argument("--no-auth", action="store_true",
                    help="serve without sign-in on any address (prints a warning on every start)")
    ap.add_argument("--no-warm", action="store_true", help="open the port at once, build the first view on demand")
    args = ap.parse_args(argv)
    stop_within_grace()
    if args.db:
        os.environ["ATLAS_DB"] = args.db
    url = os.environ.get("ATLAS_DB") or None
    mode, problem = auth_mode(url, args.address, args.no_auth)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if args.no_auth:
        print(NO_AUTH_WARNING.format(address=args.address, port=args.port), file=sys.stderr, flush=True)
    os.environ["ATLAS_AUTH"] = mode  # the dashboard asks for a sign-in when "required"
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
