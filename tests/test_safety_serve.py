"""`geo serve`: local by default, sign-in required (or an explicit, loud --no-auth) on other
addresses, and SIGTERM ends it within 2 s. Real processes on real ports."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from geo.cli.serve import auth_mode
from geo.store import Store

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(*args: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "geo", "serve", "--no-warm", "--port", str(port), *args],
                            cwd=REPO, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return proc, port
        except OSError:
            time.sleep(0.2)
    proc.kill()
    out, err = proc.communicate()
    raise AssertionError(f"the server did not start: {err}")


def stop_and_time(proc: subprocess.Popen) -> float:
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    return time.monotonic() - started


def test_default_is_this_machine_only_and_sigterm_ends_it_within_2_s(tmp_path):
    proc, port = serve("--db", str(tmp_path / "atlas.sqlite"))
    try:
        listening = {c.laddr.ip for c in psutil.Process(proc.pid).net_connections("inet")
                     if c.status == psutil.CONN_LISTEN and c.laddr.port == port}
        assert listening == {"127.0.0.1"}
    finally:
        took = stop_and_time(proc)
    assert took < 2.0, f"took {took:.2f} s to stop"


def test_other_addresses_need_an_account_or_a_loud_no_auth(tmp_path):
    db = str(tmp_path / "atlas.sqlite")
    refused = subprocess.run([sys.executable, "-m", "geo", "serve", "--db", db, "--address", "0.0.0.0",
                              "--port", str(free_port())], cwd=REPO, env=ENV, capture_output=True, text=True,
                             timeout=60)
    assert refused.returncode == 2
    assert refused.stderr == ("error: serving on 0.0.0.0 needs at least one account (python -m geo users add NAME "
                              "--role admin), or --no-auth to serve without sign-in\n")
    proc, port = serve("--db", db, "--address", "0.0.0.0", "--no-auth")
    took = stop_and_time(proc)
    err = proc.stderr.read()
    assert err.startswith("WARNING: --no-auth: anyone who can reach 0.0.0.0:")
    assert took < 2.0, f"took {took:.2f} s to stop"


def test_auth_mode_follows_the_accounts(tmp_path):
    db = str(tmp_path / "atlas.sqlite")
    assert auth_mode(db, "127.0.0.1", False) == ("off", None)
    assert auth_mode(db, "0.0.0.0", True) == ("off", None)
    assert auth_mode(db, "0.0.0.0", False)[1].startswith("error: serving on 0.0.0.0 needs")
    with Store.open(db) as store:
        store.add_account("amal", "admin", "correct horse", by="test")
    assert auth_mode(db, "0.0.0.0", False) == ("required", None)
    assert auth_mode(db, "127.0.0.1", False) == ("required", None)  # accounts exist: sign-in everywhere
