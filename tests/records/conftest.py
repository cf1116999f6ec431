"""A migrated, seeded database for the record endpoints, SQLite and PostgreSQL, fresh for every test.

Migrating and seeding happen once per backend (a template); each test gets a copy of it (a file copy for
SQLite, ``CREATE DATABASE … TEMPLATE`` for PostgreSQL) and the one app of the session pointed at that copy.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from app.db.migrate import upgrade
from app.db.seed import seed
from app.db.session import get_engine, normalise_url
from app.main import create_app
from app.settings import Settings

TOKEN = "test-admin-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="session")
def records_app() -> FastAPI:
    """One app for every records test (the rulebook is loaded and compiled once); writes enabled."""
    return create_app(Settings(database_url="sqlite://", admin_token=TOKEN))


def _migrated_and_seeded(app: FastAPI, url: str) -> str:
    upgrade(url)
    with Session(get_engine(url)) as session:
        seed(session, app.state.assessments.rulebook)
    get_engine(url).dispose()
    return url


@pytest.fixture(scope="session")
def sqlite_template(records_app: FastAPI, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "records.db"
    _migrated_and_seeded(records_app, f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_template(records_app: FastAPI) -> Iterator[str]:
    """A migrated, seeded PostgreSQL database that each test's database is created from."""
    from tests.conftest import postgres_url

    admin_url = postgres_url()
    if not admin_url:
        pytest.skip(
            "no PostgreSQL: TEST_DATABASE_URL is not set and nothing answers at 127.0.0.1:5432/test (see README)"
        )
    name = f"treatyexit_template_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(normalise_url(admin_url)).set(database=name).render_as_string(hide_password=False)
    _migrated_and_seeded(records_app, url)
    try:
        yield name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _postgres_copy(template: str) -> Iterator[str]:
    from tests.conftest import postgres_url

    admin_url = postgres_url()
    assert admin_url is not None
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    name = f"treatyexit_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    url = make_url(normalise_url(admin_url)).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        get_engine(url).dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
    yield from _postgres_copy(request.getfixturevalue("postgres_template"))


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
