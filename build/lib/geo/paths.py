"""Where the project's files are: in a source checkout, or in an installed package.

A checkout (``pip install -e .``, or PYTHONPATH at the repository) reads ``data/`` and
``dashboard.py`` from the repository. A plain install (``pip install .``) has them under
``<prefix>/share/conflict-atlas/`` (pyproject's data-files), and keeps its default store in
the user's data folder, since a package folder is no place for an analyst's data.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
CHECKOUT = PACKAGE_DIR.parent
# <prefix>/lib/pythonX.Y/site-packages/geo -> <prefix>; usually sys.prefix, but not for --prefix installs.
_PREFIXES = (*PACKAGE_DIR.parents[3:4], Path(sys.prefix))
SHARE = next((p / "share" / "conflict-atlas" for p in _PREFIXES if (p / "share" / "conflict-atlas").is_dir()),
             Path(sys.prefix) / "share" / "conflict-atlas")


def _in_checkout() -> bool:
    return (CHECKOUT / "data" / "actors.tsv").is_file() and (CHECKOUT / "dashboard.py").is_file()


HOME = CHECKOUT if _in_checkout() else SHARE
DATA_DIR = HOME / "data"
APP = HOME / "dashboard.py"  # the Streamlit script; Streamlit serves static/ beside it
STATIC_DIR = HOME / "static"


def default_store() -> Path:
    """``data/atlas.sqlite`` in a checkout; ``$XDG_DATA_HOME/conflict-atlas/atlas.sqlite`` when installed."""
    if HOME == CHECKOUT:
        return DATA_DIR / "atlas.sqlite"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "conflict-atlas" / "atlas.sqlite"
