"""Shared fixtures: the real rulebook, the real engine, the real app (no mocks of our own parts)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.engine import Engine
from app.main import create_app
from app.rulebook import Rulebook, load_rulebook
from app.services.assessment import AssessmentService
from app.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parent.parent
SHARED_CASES = ROOT.parent / "shared" / "cases" / "dev-cases.json"
VENDORED_CASES = Path(__file__).parent / "data" / "dev-cases.json"
TODAY = dt.date(2026, 11, 28)


def dev_cases() -> list[dict[str, Any]]:
    """../shared/cases/dev-cases.json when present beside the checkout, else the copy in tests/data."""
    path = SHARED_CASES if SHARED_CASES.exists() else VENDORED_CASES
    cases: list[dict[str, Any]] = json.loads(path.read_text())["cases"]
    return cases


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    return load_rulebook(get_settings().rules_dir)


@pytest.fixture(scope="session")
def engine(rulebook: Rulebook) -> Engine:
    return Engine(rulebook)


@pytest.fixture(scope="session")
def service(rulebook: Rulebook, engine: Engine) -> AssessmentService:
    return AssessmentService(rulebook, engine)


@pytest.fixture(scope="session")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("db") / "api.db"
    app = create_app(Settings(database_url=f"sqlite:///{db}"))
    with TestClient(app) as test_client:
        yield test_client


LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_url() -> str | None:
    """TEST_DATABASE_URL, or the local server this project's machines run (trust auth), when it answers."""
    configured = os.environ.get("TEST_DATABASE_URL")
    if configured:
        return configured
    try:
        import psycopg

        with psycopg.connect(LOCAL_POSTGRES, connect_timeout=2):
            return LOCAL_POSTGRES
    except psycopg.OperationalError:
        return None
