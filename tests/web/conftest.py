"""The pages' apps: made once for tests/web (the page tests only read)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings


@pytest.fixture(scope="session")
def web(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[TestClient]:
    """The real app on a copy of the migrated SQLite file seeded with the rule files' real notifications."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    shutil.copyfile(sqlite_template, path)
    with TestClient(create_app(Settings(database_url=f"sqlite:///{path}"))) as client:
        yield client


@pytest.fixture(scope="session")
def web_without_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The app with a records database that cannot be opened (its directory does not exist)."""
    missing = tmp_path_factory.mktemp("down") / "no-such-dir" / "records.db"
    app = create_app(Settings(database_url=f"sqlite:///{missing}"))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
