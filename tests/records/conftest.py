"""A migrated, seeded database for the record endpoints: a fresh SQLite file, and a fresh PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.db.migrate import upgrade
from app.db.seed import seed
from app.db.session import get_engine
from app.main import create_app
from app.settings import Settings

TOKEN = "test-admin-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def records_client(database_url: str) -> Iterator[TestClient]:
    """The real app on a migrated, seeded database (SQLite, then PostgreSQL), writes enabled."""
    upgrade(database_url)
    app = create_app(Settings(database_url=database_url, admin_token=TOKEN))
    with Session(get_engine(database_url)) as session:
        seed(session, app.state.assessments.rulebook)
    with TestClient(app) as client:
        yield client
