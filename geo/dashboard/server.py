"""Start the dashboard in a real Streamlit server, for browser tests, the benchmark and
the screenshot script.

Why a real server: what the analyst sees (the map in its iframe, popups, clicks) only
exists in a browser talking to Streamlit; AppTest cannot see inside st_folium.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from geo import paths

ROOT = paths.HOME
APP = paths.APP


def free_port() -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def dashboard_server(db: str | os.PathLike | None, *, port: int | None = None, timeout: float = 90.0,
                     env: dict[str, str] | None = None, app: Path = APP, cwd: Path = ROOT,
                     address: str = "127.0.0.1") -> Iterator[str]:
    """Run the dashboard on ``db`` as ``make run`` does (``python -m geo serve``: the first
    view prepared before the port opens), or ``streamlit run`` another ``app``; yield the
    base URL once ``/_stcore/health`` answers; stopped on exit."""
    port = port or free_port()
    checkout = {"PYTHONPATH": str(paths.CHECKOUT)} if paths.HOME == paths.CHECKOUT else {}
    environment = {**os.environ, **checkout, **({"ATLAS_DB": str(db)} if db else {}), **(env or {})}
    options = ["--server.enableStaticServing", "true", "--server.fileWatcherType", "none"]
    if app == APP:
        command = [sys.executable, "-m", "geo", "serve", "--port", str(port), "--address", address, "--"]
    else:
        command = [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
                   "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    # The server's log goes to a file, not a pipe: nobody reads a pipe while the tests run, and
    # once its 64 KB buffer is full every log line would block the server's threads.
    # ATLAS_SERVER_LOG names the file to keep (for a hang or a failed benchmark run).
    keep = os.environ.get("ATLAS_SERVER_LOG")
    log = open(keep, "a+b") if keep else tempfile.TemporaryFile()  # noqa: SIM115 - closed below
    proc = subprocess.Popen(command + options, cwd=cwd, env=environment, stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + timeout
        while True:
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                log.seek(0)
                out = log.read().decode(errors="replace") if proc.poll() is not None else ""
                raise RuntimeError(f"the dashboard did not start on port {port}: {out[-2000:]}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
