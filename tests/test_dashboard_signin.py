"""Who is at the dashboard (geo.dashboard.signin), against real SQLite stores with accounts."""
from __future__ import annotations

import pytest

from geo.dashboard import signin
from geo.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "atlas.sqlite") as s:
        yield s


def test_a_localhost_store_without_accounts_needs_no_sign_in(store):
    assert not signin.auth_required(store, env={})
    user = signin.local_user()
    assert user.name.startswith("local:") and user.can_edit and not user.signed_in


def test_accounts_or_the_server_mode_require_sign_in(store):
    assert signin.auth_required(store, env={"ATLAS_AUTH": "required"})
    store.add_account("amal", "viewer", "correct horse battery", by="test")
    assert signin.auth_required(store, env={})
    assert not signin.auth_required(store, env={"ATLAS_AUTH": "off"})


def test_sign_in_gives_the_accounts_role_and_one_message_for_every_failure(store):
    store.add_account("Amal", "viewer", "correct horse battery", by="test")
    user = signin.sign_in(store, "amal", "correct horse battery")
    assert (user.name, user.role, user.can_edit) == ("amal", "viewer", False)
    with pytest.raises(signin.SignInFailed, match="wrong name or password") as wrong:
        signin.sign_in(store, "amal", "wrong password!")
    with pytest.raises(signin.SignInFailed) as unknown:
        signin.sign_in(store, "nobody", "whatever password")
    assert str(wrong.value) == str(unknown.value)
    with pytest.raises(signin.SignInFailed, match="type your name"):
        signin.sign_in(store, " ", "")


def test_repeated_failures_lock_the_account(store):
    store.add_account("amal", "analyst", "correct horse battery", by="test")
    for _ in range(5):
        with pytest.raises(signin.SignInFailed):
            signin.sign_in(store, "amal", "not the password")
    with pytest.raises(signin.SignInFailed):  # locked: even the right password waits
        signin.sign_in(store, "amal", "correct horse battery")
