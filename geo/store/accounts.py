"""Accounts: who may use the dashboard, with which role, and their password (argon2id).

Names are normalised (NFKC, surrounding spaces removed, case folded) so "Amal" and
"ａｍａｌ" are one account, and refused when they hold characters that hide what a name
looks like: bidi controls (a right-to-left override makes "nimda" display as "admin"),
zero-width and other invisible characters, control characters. Failed sign-ins are
counted per account in the store, so a restart does not reset a lockout.
"""
from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from geo.errors import StoreError
from geo.store.schema import accounts, now_iso

ROLES = ("viewer", "analyst", "admin")
MAX_FAILURES = 5  # failed sign-ins in a row before the account is locked
LOCK_SECONDS = 60.0
MIN_PASSWORD = 8
MAX_NAME = 64
# Invisible or look-alike-blank characters that are letters or symbols by category, so not
# caught by the category test below.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e\u034f")
_REFUSED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # controls, format (bidi, zero-width), unassigned


@dataclass(frozen=True)
class Account:
    """A signed-in (or listed) account. The dashboard asks it what the person may do."""

    name: str
    role: str
    created_at: str = ""

    @property
    def can_read(self) -> bool:
        return self.role in ROLES

    @property
    def can_edit(self) -> bool:
        """Correct, confirm or reject places and events; add articles."""
        return self.role in ("analyst", "admin")

    @property
    def can_admin(self) -> bool:
        """Manage accounts, delete articles."""
        return self.role == "admin"


def normalise_name(name: Any) -> str:
    """The canonical form of an account name, or StoreError saying what is wrong with it."""
    if not isinstance(name, str):
        raise StoreError("an account name must be text")
    for ch in name:
        if unicodedata.category(ch) in _REFUSED_CATEGORIES or ch in _INVISIBLE:
            raise StoreError(f"account name {name!r} holds an invisible or control character "
                             f"(U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')}): type it plainly")
    folded = " ".join(unicodedata.normalize("NFKC", name).split()).casefold()
    if not folded:
        raise StoreError("an account name cannot be empty")
    if len(folded) > MAX_NAME:
        raise StoreError(f"an account name has at most {MAX_NAME} characters")
    if not any(ch.isalnum() for ch in folded):
        raise StoreError(f"account name {name!r} needs at least one letter or digit")
    return folded


def check_role(role: str) -> str:
    if role not in ROLES:
        raise StoreError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    return role


def _hasher() -> Any:
    from argon2 import PasswordHasher  # imported on first use: only account commands need it

    return PasswordHasher()  # argon2id with the library's current (RFC 9106 low-memory) parameters


def hash_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise StoreError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher().hash(password)


def _dummy_verify(password: str) -> None:
    """Spend a verification's time on unknown names, so timing does not tell which names exist."""
    try:
        _hasher().verify(_DUMMY[0] or _make_dummy(), password)
    except Exception:  # noqa: BLE001 -- the answer is always "no"
        pass


_DUMMY: list[str | None] = [None]


def _make_dummy() -> str:
    _DUMMY[0] = _hasher().hash("not a real password")
    return _DUMMY[0]


def _row(conn: Connection, name: str) -> Any:
    return conn.execute(sa.select(accounts).where(accounts.c.name == name)).mappings().first()


def to_account(row: Any) -> Account:
    return Account(name=row["name"], role=row["role"], created_at=row["created_at"])


def add(conn: Connection, name: str, role: str, password: str) -> tuple[int, Account]:
    name, role = normalise_name(name), check_role(role)
    if _row(conn, name) is not None:
        raise StoreError(f"an account named {name!r} exists already")
    stamp = now_iso()
    new_id = conn.execute(accounts.insert().values(
        name=name, role=role, password_hash=hash_password(password), created_at=stamp, updated_at=stamp,
        failed_count=0, locked_until=0.0)).inserted_primary_key[0]
    return new_id, Account(name, role, stamp)


def existing(conn: Connection, name: str) -> Any:
    row = _row(conn, normalise_name(name))
    if row is None:
        raise StoreError(f"no account named {normalise_name(name)!r}")
    return row


def authenticate(conn: Connection, name: str, password: str, now: float | None = None) -> Account | None:
    """The account when ``password`` is right and the account is not locked; else None.

    The 5th failure in a row locks the account for 60 s (stored); a success resets the count.
    """
    now = time.time() if now is None else now
    try:
        key = normalise_name(name)
    except StoreError:
        _dummy_verify(password or "")
        return None
    row = _row(conn, key)
    if row is None:
        _dummy_verify(password or "")
        return None
    if row["locked_until"] > now:
        return None
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _hasher()
    try:
        hasher.verify(row["password_hash"], password or "")
    except (VerificationError, InvalidHashError):
        failures = row["failed_count"] + 1
        locked = now + LOCK_SECONDS if failures >= MAX_FAILURES else 0.0
        conn.execute(accounts.update().where(accounts.c.id == row["id"]).values(
            failed_count=0 if locked else failures, locked_until=locked))
        return None
    values: dict[str, Any] = {"failed_count": 0, "locked_until": 0.0}
    if hasher.check_needs_rehash(row["password_hash"]):
        values["password_hash"] = hasher.hash(password)
    if row["failed_count"] or hasher.check_needs_rehash(row["password_hash"]):
        conn.execute(accounts.update().where(accounts.c.id == row["id"]).values(**values))
    return to_account(row)
