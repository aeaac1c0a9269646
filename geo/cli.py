"""`python -m geo COMMAND ...`: a thin dispatcher; each command lives in its own module.

Each module named here has ``main(argv: list[str]) -> int`` and its own argparse
help, so `python -m geo COMMAND --help` documents it.
"""
from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "parse": ("geo.cli_parse", "find and resolve places in files or a JSON Lines stream"),
    "ingest": ("geo.cli_ingest", "read files and folders into the store"),
    "export": ("geo.cli_export", "write the store's mentions as jsonl, geojson, csv or acled-csv"),
    "map": ("geo.cli_map", "write a standalone, offline HTML map"),
    "gazetteer": ("geo.cli_gazetteer", "build or inspect the offline gazetteer index"),
    "serve": ("geo.cli_serve", "run the dashboard, its first view prepared before the port opens"),
    "users": ("geo.cli_users", "add, list, remove accounts and set their passwords and roles"),
    "audit": ("geo.cli_audit", "verify the audit trail's hash chain, or print it"),
}


def usage() -> str:
    lines = ["usage: python -m geo COMMAND [options]", "", "commands:"]
    lines += [f"  {name:<10} {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "`python -m geo COMMAND --help` for a command's options."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    return module.main(rest)
