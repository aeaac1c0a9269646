"""The audit log as a hash chain: each row seals its content and the row before it.

``hash = sha256(prev_hash + canonical JSON of the row)``, where the canonical JSON holds
every column except ``id`` and ``hash`` (keys sorted, UTF-8, no spaces). Editing a row
breaks its own hash; removing or inserting one breaks the next row's link. Appends take
a lock first (the SQLite writer lock is already held; PostgreSQL takes an advisory
transaction lock) so two writers never chain onto the same row. Triggers also make the
table append-only for ordinary SQL (geo/store/schema.py), the chain catches whoever
drops them. What the chain cannot show alone: the newest rows cut off, or the whole
chain recomputed after an edit; compare ``geo audit verify``'s head hash with one kept
elsewhere for that.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.store.schema import audit_log, now_iso

GENESIS = "0" * 64  # the "previous hash" of the first row
AUDIT_LOCK = 740601  # PostgreSQL advisory lock key for appends (740600 is the migration lock)
HASHED = ("at", "who", "action", "target", "target_id", "article_id", "start", "end", "before", "after", "detail")


def canonical(row: dict[str, Any]) -> str:
    """The row's hashed columns as canonical JSON."""
    return json.dumps({k: row.get(k) for k in HASHED}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(row)).encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    """Through JSON once, so what is hashed is exactly what the database gives back."""
    return None if value is None else json.loads(json.dumps(value, ensure_ascii=False, default=str))


# Built once: constructing SQLAlchemy statements per row cost more than running them.
_LAST_HASH = sa.select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
_INSERT = audit_log.insert()


def last_hash(conn: Connection) -> str:
    found = conn.execute(_LAST_HASH).scalar()
    return found or GENESIS


def append(conn: Connection, *, who: str, action: str, target: str, target_id: int | None = None,
           article_id: int = 0, start: int = 0, end: int = 0, before: Any = None, after: Any = None,
           detail: Any = None) -> str:
    """Add one row, chained to the last; returns its hash. Call inside the change's transaction.

    ``article_id``, ``start`` and ``end`` are 0 for rows that are not about an article
    (account changes).
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text(f"SELECT pg_advisory_xact_lock({AUDIT_LOCK})"))
    row = {"at": now_iso(), "who": who, "action": action, "target": target, "target_id": target_id,
           "article_id": int(article_id), "start": int(start), "end": int(end),
           "before": _plain(before), "after": _plain(after), "detail": _plain(detail)}
    prev = last_hash(conn)
    digest = row_hash(prev, row)
    conn.execute(_INSERT, {**row, "prev_hash": prev, "hash": digest})
    return digest


def seal_existing(conn: Connection) -> int:
    """Chain rows written before the log was chained (migration 3); returns how many.

    Rows already sealed are left alone (the append-only triggers would refuse to touch them).
    """
    prev, count = GENESIS, 0
    for row in conn.execute(sa.select(audit_log).order_by(audit_log.c.id)).mappings().all():
        if row["hash"] is not None:
            prev = row["hash"]
            continue
        digest = row_hash(prev, dict(row))
        conn.execute(audit_log.update().where(audit_log.c.id == row["id"]).values(prev_hash=prev, hash=digest))
        prev, count = digest, count + 1
    return count


@dataclass
class Verdict:
    """What ``verify`` found: ``problem`` is None when every link holds."""

    rows: int
    head: str
    problem: str | None = None
    bad_row: int | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(conn: Connection) -> Verdict:
    """Walk the chain in id order; the first row whose hash or link does not hold is named."""
    prev, prev_id, count = GENESIS, None, 0
    for row in _rows(conn):
        count += 1
        if row["hash"] is None or row_hash(row["prev_hash"] or "", row) != row["hash"]:
            return Verdict(count, prev, f"audit row {row['id']}: its content does not match its hash "
                                        "(edited after it was written)", row["id"])
        if row["prev_hash"] != prev:
            after = f"row {prev_id}" if prev_id is not None else "the start of the log"
            return Verdict(count, prev, f"audit row {row['id']}: does not follow {after} "
                                        "(a row before it was removed, inserted or rewritten)", row["id"])
        prev, prev_id = row["hash"], row["id"]
    return Verdict(count, prev)


def _rows(conn: Connection) -> Iterator[dict[str, Any]]:
    result = conn.execution_options(yield_per=1000).execute(sa.select(audit_log).order_by(audit_log.c.id))
    for row in result.mappings():
        yield dict(row)
