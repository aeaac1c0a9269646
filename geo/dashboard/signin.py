"""Who is at the dashboard: an account signed in against the store, or the local operator.

Sign-in is required when ``geo serve`` says so (``ATLAS_AUTH=required``: it listens beyond
this machine) or when the store has any account; ``ATLAS_AUTH=off`` (``--no-auth``, which
warns on every start) turns it off. With no accounts on a localhost-only server, the
person at the keyboard is the local operator, named after the operating-system user, so
the audit log still says who changed what. See docs/security.md.
"""
from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from typing import Any, Mapping

from geo.errors import AtlasError
from geo.store.accounts import Account

AUTH_ENV = "ATLAS_AUTH"


class SignInFailed(AtlasError, ValueError):
    """Wrong name or password, or an account locked after failed attempts."""


@dataclass(frozen=True)
class User(Account):
    """The person the dashboard acts for (an account's role and permissions); every change it
    makes is audited under ``name``. ``signed_in`` is False for the local operator."""

    signed_in: bool = True


def auth_required(store: Any, env: Mapping[str, str] = os.environ) -> bool:
    mode = (env.get(AUTH_ENV) or "").strip().lower()
    if mode == "off":
        return False
    if mode == "required":
        return True
    return bool(store.accounts())


def local_user() -> User:
    """The operator of a localhost-only dashboard with no accounts."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        who = str(os.getuid()) if hasattr(os, "getuid") else "operator"
    return User(name=f"local:{who}", role="admin", signed_in=False)


def sign_in(store: Any, name: str, password: str) -> User:
    """The account for ``name`` and ``password``; one message for every failure, so a stranger
    learns nothing about which names exist."""
    if not (name or "").strip() or not password:
        raise SignInFailed("type your name and password")
    try:
        account = store.authenticate(name, password)
    except AtlasError as exc:  # a locked account, or a name holding invisible characters
        raise SignInFailed(str(exc)) from None
    if account is None:
        raise SignInFailed("wrong name or password (after 5 failures in a row an account waits a minute)")
    return User(name=account.name, role=account.role)
