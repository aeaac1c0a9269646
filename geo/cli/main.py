"""`python -m geo COMMAND ...`: a thin dispatcher; each command lives in its own module.

Each module named here has ``main(argv: list[str]) -> int`` and its own argparse
help, so `python -m geo COMMAND --help` documents it.
"""
from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "parse": ("geo.cli.parse", "find and resolve places in files or a JSON Lines stream"),
    "ingest": ("geo.cli.ingest", "read files and folders into the store"),
    "watch": ("geo.cli.watch", "follow RSS/Atom feeds: new items in, stories and incidents linked"),
    "export": ("geo.cli.export", "write the store's mentions as jsonl, geojson, csv or acled-csv"),
    "map": ("geo.cli.map", "write a standalone, offline HTML map"),
    "gazetteer": ("geo.cli.gazetteer", "build or inspect the offline gazetteer index"),
    "serve": ("geo.cli.serve", "run the dashboard, its first view prepared before the port opens"),
    "users": ("geo.cli.users", "add, list, remove accounts and set their passwords and roles"),
    "audit": ("geo.cli.audit", "verify the audit trail's hash chain, or print it"),
    "incidents": ("geo.cli.incidents", "list incidents, show one, split or merge them (audited)"),
}


def version() -> str:
    """The installed distribution's version (the same on every machine of a Dask cluster)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("conflict-atlas")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed: make install)"


def usage() -> str:
    lines = ["usage: atlas COMMAND [options]   (or: python -m geo COMMAND [options])", "", "commands:"]
    lines += [f"  {name:<10} {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "`atlas COMMAND --help` for a command's options; `atlas --version` for the version."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    if argv[0] == "--version":
        print(f"conflict-atlas {version()}")
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    return module.main(rest)
