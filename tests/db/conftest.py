"""Database URLs for the tests: a fresh SQLite file, and a fresh PostgreSQL database when a server answers."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app.db.session import get_engine, normalise_url
from tests.conftest import postgres_url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'records.db'}"


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A new, empty database on the server named by TEST_DATABASE_URL; dropped afterwards."""
    admin_url = postgres_url()
    if not admin_url:
        pytest.skip(
            "no PostgreSQL: TEST_DATABASE_URL is not set and nothing answers at 127.0.0.1:5432/test (see README)"
        )
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    name = f"treatyexit_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL at TEST_DATABASE_URL does not answer: {exc.orig}")
    url = make_url(normalise_url(admin_url)).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        get_engine(url).dispose()
        get_engine.cache_clear()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_database"))
