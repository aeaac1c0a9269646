"""Real stores for tests: a SQLite file in tmp_path, or a fresh schema on the PostgreSQL server.

PostgreSQL tests need ATLAS_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test);
each store gets its own schema, dropped afterwards, so runs never see each other's rows.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from geo.store import Store

PG_URL = os.environ.get("ATLAS_TEST_PG_URL")
PG_SKIP = "PostgreSQL tests need ATLAS_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason=PG_SKIP))]


@contextmanager
def pg_schema_url() -> Iterator[str]:
    """A URL whose connections use a new, empty schema; the schema is dropped on exit."""
    schema = f"atlas_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))  # a generated identifier, not data
    try:
        url = sa.make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def store_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(tmp_path / "atlas.sqlite")
    else:
        with pg_schema_url() as url:
            yield url


@contextmanager
def open_store(backend: str, tmp_path: Path) -> Iterator[Store]:
    with store_url(backend, tmp_path) as url:
        store = Store.open(url)
        try:
            yield store
        finally:
            store.close()
