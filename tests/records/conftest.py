"""A migrated, seeded database for the record endpoints, SQLite and PostgreSQL, fresh for every test.

Migrating and seeding happen once per backend (the session's templates in tests/conftest.py); each test gets
the seeded state afresh (a file copy for SQLite; for PostgreSQL the session's copy of the template, its rows and
sequences put back as seeded) and the one app of the session pointed at it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.db.session import get_engine
from app.main import create_app
from app.settings import Settings

TOKEN = "test-admin-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="session")
def records_app() -> FastAPI:
    """One app for every records test (the rulebook is loaded and compiled once); writes enabled."""
    return create_app(Settings(database_url="sqlite://", admin_token=TOKEN))


@pytest.fixture(params=["sqlite", "postgresql"])
def records_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh copy of the seeded database: SQLite, then PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "records.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
        yield url
        get_engine(url).dispose()
        return
    pristine = request.getfixturevalue("pristine_postgres")
    pristine.reset()
    yield pristine.url
    get_engine(pristine.url).dispose()  # get_engine keeps 8 engines: one pushed out undisposed would leak its pool


@pytest.fixture
def records_client(records_app: FastAPI, records_url: str) -> Iterator[TestClient]:
    """The real app on a migrated, seeded database of its own (SQLite, then PostgreSQL), writes enabled."""
    settings: Settings = records_app.state.settings
    records_app.state.settings = settings.model_copy(update={"database_url": records_url})
    try:
        with TestClient(records_app) as client:
            yield client
    finally:
        records_app.state.settings = settings
