"""An audit trail you can trust, and accounts: real SQLite and PostgreSQL stores, the real CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from geo.engine.document import Document, Mention
from geo.errors import StoreError
from geo.store import Store
from geo.store import accounts as acc
from store_backends import BACKENDS, open_store, store_url

REPO = Path(__file__).resolve().parents[1]
TEXT = "Clashes near Sirte on Monday."


def doc() -> Document:
    return Document(text=TEXT, lang="en", mentions=[Mention(
        start=13, end=18, text="Sirte", name="Sirte", name_ar=None, name_en="Sirte", lat=31.2, lon=16.6,
        country_code="LY", feature="city", geonameid=None, precision=1, confidence=0.7, excerpt=TEXT,
        excerpt_start=0, alternatives=[])], events=[])


def fill(store: Store) -> None:
    """One of each audited change: an article added, a correction, an account, a deletion."""
    article_id, _ = store.add_document({"text": TEXT, "title": "Sirte", "added_by": "amal", "added_via": "paste"}, doc())
    mention = store.mention_rows()[0]["mention_id"]
    store.correct_mention(mention, {"name": "Sirte", "lat": 31.21, "lon": 16.59, "country_code": "LY"}, by="amal")
    store.add_account("Omar", "analyst", "long enough", by="admin")
    store.set_password("omar", "another long one", by="admin")
    store.set_role("omar", "viewer", by="admin")
    other, _ = store.add_document({"text": "Shelling in Aleppo."}, Document(text="Shelling in Aleppo.", lang="en"))
    store.delete_article(other, by="admin")
    store.remove_account("omar", by="admin")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=REPO, capture_output=True, text=True, timeout=120,
                          input=stdin, env={**os.environ, "PYTHONPATH": str(REPO)})


def raw(url: str, *statements: str) -> None:
    """Plain SQL through a plain connection, as anyone holding the database file or login could."""
    engine = sa.create_engine(url if "://" in url else f"sqlite:///{url}")
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def drop_guard(url: str) -> str:
    """SQL that removes the append-only triggers, as someone with store access could."""
    if url.startswith("postgresql"):
        return "DROP TRIGGER audit_log_append_only ON audit_log"
    return "DROP TRIGGER audit_log_no_update"


@pytest.mark.parametrize("backend", BACKENDS)
def test_every_change_is_a_chained_audit_row(backend, tmp_path):
    with open_store(backend, tmp_path) as store:
        fill(store)
        log = list(reversed(store.audit_log()))
        assert [(e["action"], e["target"], e["who"]) for e in log] == [
            ("paste", "article", "amal"), ("correct", "mention", "amal"), ("user-add", "account", "admin"),
            ("user-passwd", "account", "admin"), ("user-role", "account", "admin"), ("add", "article", log[5]["who"]),
            ("delete", "article", "admin"), ("user-remove", "account", "admin")]
        assert log[5]["who"].startswith("os:")  # no name given: the operating-system user
        assert log[6]["before"]["title"] is None and log[6]["before"]["content_hash"]
        assert all(e["prev_hash"] == p["hash"] for p, e in zip(log, log[1:]))
        assert "another long one" not in repr(log) and "argon2" not in repr(log)
        verdict = store.verify_audit()
        assert verdict.ok and verdict.rows == 8 and verdict.head == log[-1]["hash"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_tampering_one_row_is_named_by_geo_audit_verify(backend, tmp_path):
    with store_url(backend, tmp_path) as url:
        with Store.open(url) as store:
            fill(store)
        ok = run("audit", "verify", "--db", url)
        assert ok.returncode == 0 and ok.stdout.startswith("OK: 8 rows, head "), ok.stderr
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            raw(url, "UPDATE audit_log SET who = 'nobody' WHERE id = 2")
        raw(url, drop_guard(url), "UPDATE audit_log SET who = 'nobody' WHERE id = 2")
        broken = run("audit", "verify", "--db", url)
        assert broken.returncode == 1
        assert broken.stdout == "BROKEN: audit row 2: its content does not match its hash (edited after it was written)\n"


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_removed_row_breaks_the_next_link(backend, tmp_path):
    with store_url(backend, tmp_path) as url:
        with Store.open(url) as store:
            fill(store)
        guard = "DROP TRIGGER audit_log_append_only ON audit_log" if url.startswith("postgresql") \
            else "DROP TRIGGER audit_log_no_delete"
        raw(url, guard, "DELETE FROM audit_log WHERE id = 4")
        broken = run("audit", "verify", "--db", url)
        assert (broken.returncode, broken.stdout) == (1, "BROKEN: audit row 5: does not follow row 3 (a row before "
                                                         "it was removed, inserted or rewritten)\n")


def test_audit_log_prints_oldest_first_and_escapes_control_characters(tmp_path):
    db = str(tmp_path / "atlas.sqlite")
    with Store.open(db) as store:
        store.add_document({"text": TEXT, "title": "evil\x1b]0;pwned\x07\u202e", "added_by": "amal"}, doc())
    result = run("audit", "log", "--db", db)
    assert result.returncode == 0
    [line] = result.stdout.splitlines()
    assert line.startswith("1 ") and " amal add article 1 " in line
    assert "\x1b" not in line and "\u202e" not in line and "\\u001b" in line


def test_unknown_store_is_not_created_by_audit_commands(tmp_path):
    result = run("audit", "verify", "--db", str(tmp_path / "typo.sqlite"))
    assert result.returncode == 2 and not (tmp_path / "typo.sqlite").exists()


# -- accounts ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["nimda\u202e", "ad\u200bmin", "\u2066admin\u2069", "adm\x00in", "\u3164", "  "])
def test_names_that_hide_what_they_look_like_are_refused(name):
    with pytest.raises(StoreError):
        acc.normalise_name(name)


def test_names_are_normalised():
    assert acc.normalise_name("  Amal  Idris ") == "amal idris"
    assert acc.normalise_name("ＡＭＡＬ") == "amal"  # full-width letters fold to the same account
    assert acc.normalise_name("أمل") == "أمل"


@pytest.mark.parametrize("backend", BACKENDS)
def test_authenticate_locks_after_five_failures_and_the_lock_survives_a_restart(backend, tmp_path):
    with store_url(backend, tmp_path) as url:
        with Store.open(url) as store:
            store.add_account("Amal", "analyst", "correct horse", by="admin")
            account = store.authenticate("AMAL", "correct horse")
            assert account == store.account("amal") and account.role == "analyst"
            assert (account.can_read, account.can_edit, account.can_admin) == (True, True, False)
            assert store.authenticate("nobody", "correct horse") is None
            for _ in range(5):
                assert store.authenticate("amal", "wrong") is None
        with Store.open(url) as store:  # a restart
            assert store.authenticate("amal", "correct horse") is None  # locked, even with the right password
            with store.engine.begin() as conn:
                conn.execute(acc.accounts.update().values(locked_until=0.0))  # the 60 s have passed
            assert store.authenticate("amal", "correct horse").name == "amal"
            store.set_role("amal", "viewer", by="admin")
            viewer = store.account("amal")
            assert (viewer.can_read, viewer.can_edit, viewer.can_admin) == (True, False, False)
            with pytest.raises(StoreError, match="exists already"):
                store.add_account("AMAL", "admin", "whatever long", by="admin")
            with pytest.raises(StoreError, match="at least 8"):
                store.add_account("short", "admin", "1234", by="admin")


def test_lock_expires_after_sixty_seconds():
    engine = sa.create_engine("sqlite://")
    from geo.store.schema import migrate

    with engine.begin() as conn:
        migrate(conn)
        acc.add(conn, "amal", "admin", "correct horse")
        for _ in range(5):
            assert acc.authenticate(conn, "amal", "nope", now=1000.0) is None
        assert acc.authenticate(conn, "amal", "correct horse", now=1059.0) is None
        assert acc.authenticate(conn, "amal", "correct horse", now=1061.0).can_admin


def test_users_cli_add_list_passwd_remove(tmp_path):
    db = str(tmp_path / "atlas.sqlite")
    assert run("users", "add", "Amal", "--role", "admin", "--password-stdin", "--db", db,
               stdin="correct horse\n").stdout == "added amal (admin)\n"
    bad = run("users", "add", "nimda\u202e", "--role", "admin", "--password-stdin", "--db", db, stdin="long enough\n")
    assert bad.returncode == 2 and "RIGHT-TO-LEFT OVERRIDE" in bad.stderr and len(bad.stderr.splitlines()) == 1
    listed = run("users", "list", "--db", db).stdout
    assert listed.startswith("amal\tadmin\t") and "argon2" not in listed
    assert run("users", "passwd", "amal", "--password-stdin", "--db", db, stdin="a new password\n").returncode == 0
    with Store.open(db) as store:
        assert store.authenticate("amal", "a new password") and not store.authenticate("amal", "correct horse")
    no_tty = run("users", "passwd", "amal", "--db", db, stdin="")
    assert no_tty.returncode == 2 and "--password-stdin" in no_tty.stderr
    assert run("users", "remove", "amal", "--db", db, "--by", "root").returncode == 0
    log = run("audit", "log", "--db", db).stdout.splitlines()
    assert [line.split()[3] for line in log] == ["user-add", "user-passwd", "user-remove"]
    assert run("audit", "verify", "--db", db).returncode == 0
    assert run("users", "list", "--db", str(tmp_path / "typo.sqlite")).returncode == 2
    assert not (tmp_path / "typo.sqlite").exists()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_store_from_before_the_chain_is_sealed_when_it_is_opened(backend, tmp_path):
    with store_url(backend, tmp_path) as url:
        with Store.open(url) as store:
            fill(store)
        guard = ["DROP TRIGGER audit_log_append_only ON audit_log"] if url.startswith("postgresql") else \
            ["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"]
        raw(url, *guard, "UPDATE audit_log SET hash = NULL, prev_hash = NULL",  # as version 2 left it
            "DELETE FROM schema_version WHERE version >= 3")
        with Store.open(url) as store:
            verdict = store.verify_audit()
            assert verdict.ok and verdict.rows == 8
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            raw(url, "DELETE FROM audit_log")


def test_ingest_signs_the_new_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Clashes near Sirte.", encoding="utf-8")
    db = str(tmp_path / "atlas.sqlite")
    result = run("ingest", str(folder), "--db", db, "--workers", "1", "--quiet", "--by", "amal")
    assert result.returncode == 0, result.stderr
    with Store.open(db) as store:
        [row] = store.audit_log()
        assert (row["who"], row["action"], row["after"]["origin"]) == ("amal", "ingest", str(folder / "a.txt"))
