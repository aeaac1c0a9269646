"""The project as a user installs it: a wheel outside the checkout, and a Dask cluster of
separate processes that imports only the installed package.

Both run from a working folder outside the repository with no PYTHONPATH pointing at it,
so a module or data file missing from the package fails here, not on a user's cluster.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

from geo.dashboard.server import free_port
from store_backends import PG_URL, store_url

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SEED = ROOT / "seeds" / "000_2652ce4f1c7f173e.txt"


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ATLAS_DB")}
    return {**env, **extra}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, Path]:
    """The project built as a wheel and installed with --prefix into a fresh folder (--ignore-installed:
    pip would otherwise uninstall the editable install of the same name)."""
    work = tmp_path_factory.mktemp("install")
    # Built from a copy of what pyproject.toml packs, so setuptools' build/ never lands in the checkout.
    source = work / "source"
    shutil.copytree(ROOT / "geo", source / "geo", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("data", "seeds", ".streamlit"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("*.sqlite*"))
    for name in ("pyproject.toml", "README.md", "dashboard.py"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(work / "dist"), str(source)], check=True, capture_output=True, timeout=300)
    wheel = next((work / "dist").glob("conflict_atlas-*.whl"))
    prefix = work / "prefix"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--ignore-installed", "--prefix", str(prefix),
                    str(wheel)], check=True, capture_output=True, timeout=300)
    purelib = Path(sysconfig.get_path("purelib", vars={"base": str(prefix)}))
    return {"prefix": prefix, "site": purelib, "cwd": work}


def run_installed(installed, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = clean_env(PYTHONPATH=str(installed["site"]), HOME=os.environ.get("HOME", "/root"))
    return subprocess.run(list(args), cwd=installed["cwd"], env=env, capture_output=True, text=True, timeout=timeout)


def test_installed_package_finds_its_data_outside_the_checkout(installed):
    out = run_installed(installed, sys.executable, "-c", "import geo, geo.paths as p; print(geo.__file__); print(p.HOME)")
    assert out.returncode == 0, out.stderr
    package_file, home = out.stdout.split()
    assert package_file.startswith(str(installed["site"]))
    assert Path(home) == installed["prefix"] / "share" / "conflict-atlas"
    assert (Path(home) / "data" / "actors.tsv").is_file() and (Path(home) / "dashboard.py").is_file()


def test_installed_atlas_parse_and_python_m_geo(installed):
    atlas = installed["prefix"] / "bin" / "atlas"
    src = installed["cwd"] / "in.jsonl"
    src.write_text(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    out = run_installed(installed, str(atlas), "parse", "--jsonl", str(src), "--out", str(installed["cwd"] / "out.jsonl"))
    assert out.returncode == 0, out.stderr
    parsed = json.loads((installed["cwd"] / "out.jsonl").read_text(encoding="utf-8"))
    assert {"Sirte", "Tarhuna"} <= {m["name"] for m in parsed["mentions"]}
    assert any(e["fatalities"] == 7 for e in parsed["events"])
    help_ = run_installed(installed, sys.executable, "-m", "geo", "--help")
    assert help_.returncode == 0 and "serve" in help_.stdout


def test_installed_atlas_serve_answers_and_stops(installed):
    port = free_port()
    env = clean_env(PYTHONPATH=str(installed["site"]), ATLAS_DB=str(installed["cwd"] / "serve.sqlite"))
    proc = subprocess.Popen([str(installed["prefix"] / "bin" / "atlas"), "serve", "--port", str(port), "--no-warm"],
                            cwd=installed["cwd"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 90
        while True:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                pass
            assert proc.poll() is None and time.time() < deadline, proc.stdout.read().decode(errors="replace")[-2000:]
            time.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def _wait_for(pattern: str, proc: subprocess.Popen, timeout: float = 60) -> str:
    deadline, seen = time.time() + timeout, ""
    while time.time() < deadline:
        line = proc.stdout.readline().decode(errors="replace")
        seen += line
        found = re.search(pattern, line)
        if found:
            return found.group(1) if found.groups() else line
        if not line and proc.poll() is not None:
            break
    raise AssertionError(f"never saw {pattern!r}:\n{seen[-3000:]}")


def test_ingest_through_a_dask_cluster_of_separate_processes(tmp_path):
    """`dask scheduler` and `dask worker` started as docs/store.md says, from a folder outside
    the checkout, with only the installed package (`make install`: editable) to import."""
    if not PG_URL:
        print("PostgreSQL absent (ATLAS_TEST_PG_URL unset): the cluster writes to SQLite")
    with store_url("postgresql" if PG_URL else "sqlite", tmp_path) as db:
        _ingest_on_cluster(tmp_path, db)


def _watch_on_cluster(tmp_path: Path, db: str, address: str, env: dict) -> None:
    """`geo watch --dask`: a feed from a real server on 127.0.0.1, its page parsed on the cluster."""
    sys.path.insert(0, str(ROOT / "tests"))
    from distributed import Client
    from feed_server import Route, article_page, rss, serve

    text = ("Shelling hit residential areas of Misrata on Monday, killing three people, the health office said. "
            "Residents said ambulances took the wounded to hospital in Misrata and Zliten.")
    with serve() as site:
        site.routes["/a"] = Route(article_page("Shelling in Misrata", [text]))
        site.routes["/feed"] = Route(rss("Wire", [{"title": "Shelling in Misrata", "link": site.url("/a"),
                                                   "summary": text[:80], "date": "Tue, 09 Jun 2020 10:00:00 GMT"}]),
                                     "application/rss+xml")
        out = subprocess.run([sys.executable, "-m", "geo", "watch", site.url("/feed"), "--once", "--db", db,
                              "--dask", address, "--delay", "0"], cwd=tmp_path, env=env, capture_output=True,
                             text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "1 stored" in out.stdout, out.stdout
    with Client(address, set_as_default=False, timeout=15) as client:  # the parse ran on the cluster
        prefixes = client.run_on_scheduler(lambda dask_scheduler: list(dask_scheduler.task_prefixes))
    assert "remote_parse" in prefixes, prefixes  # dask names the task group without the underscore


def _ingest_on_cluster(tmp_path: Path, db: str) -> None:
    env = clean_env(DASK_DISTRIBUTED__WORKER__DAEMON="False")
    port = free_port()
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)]
    try:
        address = _wait_for(r"Scheduler at:\s+(tcp://\S+)", procs[0])
        procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nworkers", "1", "--nthreads", "1",
                                       "--no-dashboard"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT))
        _wait_for(r"(Registered to)", procs[1])
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        for i in range(12):
            (inbox / f"story{i}.txt").write_text(SEED.read_text(encoding="utf-8") + f"\n\nتحديث {i}", encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "geo", "ingest", str(inbox), "--db", db, "--dask", address, "--quiet"],
                             cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stdout + out.stderr
        assert out.stdout.startswith("stored 12, already present 0, failed 0"), out.stdout
        from geo.store import Store

        store = Store.open(db)
        try:
            assert len(store.articles()) == 12
            assert len(store.mention_rows({})) >= 12 * 10
        finally:
            store.close()
        _watch_on_cluster(tmp_path, db, address, env)
    finally:
        for proc in reversed(procs):
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
