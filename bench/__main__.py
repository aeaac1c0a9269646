"""Run every benchmark module in this folder (bench/*.py), each through its ``main()``."""
from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path


def main() -> int:
    names = sorted(p.stem for p in Path(__file__).parent.glob("*.py") if not p.stem.startswith("_"))
    failed = []
    for name in names:
        module = importlib.import_module(f"bench.{name}")
        entry = getattr(module, "main", None)
        if entry is None:
            continue
        print(f"== bench/{name}.py", flush=True)
        try:
            # A main that takes argv gets an empty list: defaults, not this runner's arguments.
            entry([]) if inspect.signature(entry).parameters else entry()
        except Exception as exc:  # noqa: BLE001 -- one broken benchmark must not hide the others
            print(f"bench/{name}.py failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
