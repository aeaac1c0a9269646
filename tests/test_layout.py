"""The package layout is a contract (pyproject.toml's import-linter contracts), checked here.

A lower package importing a higher one (the engine reaching for the dashboard, say) fails
`lint-imports`, so it fails `make test` and CI. The second test proves the check bites: the
same contracts over a copy of geo/ with one wrong-way import must fail.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT), "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(cwd)})


def test_the_layers_hold():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_wrong_way_import_fails_the_contract(tmp_path):
    shutil.copytree(ROOT / "geo", tmp_path / "geo", ignore=shutil.ignore_patterns("assets", "__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    tokens = tmp_path / "geo" / "engine" / "tokens.py"
    tokens.write_text(tokens.read_text(encoding="utf-8") + "\nfrom geo.dashboard import share  # noqa\n",
                      encoding="utf-8")
    result = lint(tmp_path)
    assert result.returncode != 0
    assert "geo.engine.tokens -> geo.dashboard.share" in result.stdout


def test_every_package_says_what_it_may_import():
    for init in sorted((ROOT / "geo").glob("*/__init__.py")):
        text = init.read_text(encoding="utf-8")
        assert text.startswith('"""') and "import" in text.split('"""')[1], f"{init} has no layering docstring"
