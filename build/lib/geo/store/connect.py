"""Turn a path or SQLAlchemy URL into an Engine tuned for the store.

SQLite gets WAL (readers never block the writer), a busy timeout (parallel
workers wait their turn instead of failing) and ``BEGIN IMMEDIATE`` for write
transactions: a deferred transaction that reads then writes can deadlock with
another writer, and SQLite then fails at once without waiting.
"""
from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # Windows: SQLite's own busy timeout is the only arbiter there
    fcntl = None  # type: ignore[assignment]

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from geo.errors import StoreError
from geo.paths import default_store

BUSY_TIMEOUT_MS = 60_000  # a worker may wait behind a long batch commit; a minute is generous
WRITE = "atlas_write"  # execution option asking for BEGIN IMMEDIATE on SQLite


def default_db() -> str:
    """``$ATLAS_DB`` when set, else ``data/atlas.sqlite`` in the repository."""
    return os.environ.get("ATLAS_DB") or str(default_store())


def to_url(url_or_path: str | os.PathLike | None) -> sa.URL:
    """A SQLAlchemy URL for a URL string or a file path (made absolute, so workers agree)."""
    raw = os.fspath(url_or_path) if url_or_path is not None else default_db()
    if "://" in raw:
        try:
            return sa.make_url(raw)
        except (sa.exc.ArgumentError, ValueError) as exc:
            raise StoreError(f"{raw!r} is not a database URL: {exc}") from None
    if raw == ":memory:":
        raise StoreError("an in-memory SQLite store cannot be shared with workers: give a file path")
    return sa.URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))


def create_engine(url: sa.URL) -> Engine:
    """An Engine for ``url``; for SQLite files, creates the folder and sets the pragmas."""
    if url.get_backend_name() == "sqlite":
        if url.database:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _tune_sqlite(engine)
        return engine
    try:
        return sa.create_engine(url, pool_pre_ping=True)
    except (ImportError, sa.exc.ArgumentError) as exc:
        raise StoreError(f"cannot use database URL {url.render_as_string()}: {exc}") from None


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; WAL keeps it consistent
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


class WriterLock:
    """An exclusive file lock held around each write transaction on a SQLite store.

    SQLite lets one writer in at a time and makes the others poll with growing sleeps
    (measured: two parser processes ingested slower than one). Queuing on a lock file
    next to the database hands the write lock over at once instead. Other databases,
    and platforms without ``fcntl``, get a lock that does nothing.
    """

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._fd: int | None = None
        self._pid = 0

    @classmethod
    def for_engine(cls, engine: Engine) -> WriterLock:
        url = engine.url
        wanted = url.get_backend_name() == "sqlite" and url.database and fcntl is not None
        return cls(url.database + "-lock" if wanted else None)  # matches .gitignore's *.sqlite-*

    def __enter__(self) -> WriterLock:
        if self.path is None:
            return self
        if self._fd is None or self._pid != os.getpid():  # a forked child needs its own descriptor
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            self._pid = os.getpid()
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.path is not None and self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            os.close(self._fd)
        self._fd = None
