"""Shared fixtures: the real engine (loaded once per test session) and the real databases."""
from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session")
def parser():
    """The engine with the real gazetteer index (built on first use, then cached on disk)."""
    from geo.engine.pipeline import default_parser

    return default_parser()


@pytest.fixture(scope="session")
def gazetteer(parser):
    return parser.gazetteer


@pytest.fixture
def pg_url():
    """A real PostgreSQL server's SQLAlchemy URL, from ATLAS_TEST_PG_URL (`.ci/run` sets it)."""
    url = os.environ.get("ATLAS_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL tests need ATLAS_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    return url
