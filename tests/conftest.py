"""Shared fixtures: the real rulebook, the real engine, the real app (no mocks of our own parts)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel

from app.db.migrate import upgrade
from app.db.seed import seed
from app.db.session import get_engine, normalise_url
from app.engine import Engine
from app.main import create_app
from app.rulebook import Rulebook, load_rulebook
from app.services.assessment import AssessmentService
from app.settings import Settings, get_settings
from tests.run_lengths import RELEASE

ROOT = Path(__file__).resolve().parent.parent
SHARED_CASES = ROOT.parent / "shared" / "cases" / "dev-cases.json"
VENDORED_CASES = Path(__file__).parent / "data" / "dev-cases.json"
TODAY = dt.date(2026, 11, 28)

# Property tests assert behaviour, not speed: no per-example deadline on a loaded 2-core machine.
settings.register_profile("treatyexit", deadline=None)
settings.load_profile("treatyexit")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--release",
        action="store_true",
        help="the release lengths of the long runs (tests/run_lengths.py RELEASE: 20,000-scenario soak, 500 fuzz examples "
        "per operation, 120 s load, 5,000 scale-out requests, 2,000 misspellings per fuzzy property)",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--release"):
        for name, value in RELEASE.items():
            os.environ.setdefault(name, value)


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
    # Correctness, not timing: a loaded 2-core box must not turn a slow 1,000-claim check into a 503 here.
    app = create_app(Settings(database_url=f"sqlite:///{db}", request_deadline_seconds=120))
    with TestClient(app) as test_client:
        yield test_client


LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
NO_POSTGRES = "no PostgreSQL: TEST_DATABASE_URL is not set and nothing answers at 127.0.0.1:5432/test (see README)"


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


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'records.db'}"


def new_postgres_database(template: str | None = None) -> Iterator[str]:
    """A new database (empty, or a copy of ``template``) on the test server, as a URL; dropped afterwards.
    Skips, with the reason, when no server answers."""
    admin_url = postgres_url()
    if not admin_url:
        pytest.skip(NO_POSTGRES)
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    name = f"treatyexit_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    except OperationalError as exc:
        pytest.skip(f"PostgreSQL at TEST_DATABASE_URL does not answer: {exc.orig}")
    url = make_url(normalise_url(admin_url)).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        get_engine(url).dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_database() -> Iterator[str]:
    """A new, empty database on the server named by TEST_DATABASE_URL; dropped afterwards."""
    yield from new_postgres_database()


def migrated_and_seeded(url: str, rulebook: Rulebook) -> str:
    upgrade(url)
    with Session(get_engine(url)) as session:
        seed(session, rulebook)
    get_engine(url).dispose()
    return url


@pytest.fixture(scope="session")
def sqlite_template(rulebook: Rulebook, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded SQLite file, made once: tests and servers get copies of it."""
    path = tmp_path_factory.mktemp("template") / "records.db"
    migrated_and_seeded(f"sqlite:///{path}", rulebook)
    return path


@pytest.fixture(scope="session")
def postgres_template(rulebook: Rulebook) -> Iterator[str]:
    """A migrated, seeded PostgreSQL database, made once (its name): tests get copies of it."""
    for url in new_postgres_database():
        migrated_and_seeded(url, rulebook)
        yield str(make_url(url).database)


def postgres_copy(template: str) -> Iterator[str]:
    """A new database copied from ``template`` on the test server; dropped afterwards."""
    yield from new_postgres_database(template)


class Pristine:
    """One copy of the seeded PostgreSQL template, put back to its seeded state before each test: its rows are
    kept in a ``pristine`` schema, and a reset truncates the tables, copies the rows back and sets each sequence
    where the seed left it (a ``CREATE DATABASE`` per test costs about a second on this server)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.tables = [table.name for table in SQLModel.metadata.sorted_tables]  # parents before children
        with get_engine(url).begin() as connection:
            connection.execute(text("CREATE SCHEMA pristine"))
            for table in self.tables:
                connection.execute(text(f'CREATE TABLE pristine."{table}" AS TABLE public."{table}"'))
            self.sequences = connection.execute(
                text(
                    "SELECT sequencename, last_value, last_value IS NOT NULL FROM pg_sequences WHERE schemaname = 'public'"
                )
            ).all()

    def reset(self) -> None:
        names = ", ".join(f'public."{table}"' for table in self.tables)
        with get_engine(self.url).begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '20s'"))
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY"))
            for table in self.tables:
                connection.execute(text(f'INSERT INTO public."{table}" SELECT * FROM pristine."{table}"'))
            for name, value, called in self.sequences:
                connection.execute(
                    text("SELECT setval(:name, :value, :called)"),
                    {"name": f'public."{name}"', "value": value or 1, "called": called},
                )


@pytest.fixture(scope="session")
def pristine_postgres(postgres_template: str) -> Iterator[Pristine]:
    """The session's copy of the seeded PostgreSQL database; tests call ``reset()`` before using it."""
    copies = postgres_copy(postgres_template)
    yield Pristine(next(copies))
    next(copies, None)


@pytest.fixture
def seeded_postgres(postgres_template: str) -> Iterator[str]:
    """A fresh copy of the migrated, seeded PostgreSQL database."""
    yield from postgres_copy(postgres_template)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_database"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    tmp: Path, env: dict[str, str] | None = None, seeded: Path | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """``python -m app serve`` as `make run` serves, on a free port; on a copy of ``seeded`` (a migrated, seeded
    SQLite file) when given, else after ``db upgrade`` and ``db seed`` on the ``DATABASE_URL`` of ``env``."""
    port = free_port()
    environment = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp / 'live.db'}", **(env or {})}
    if seeded is not None:
        shutil.copyfile(seeded, tmp / "live.db")
        environment["DATABASE_URL"] = f"sqlite:///{tmp / 'live.db'}"
    else:
        for step in (["db", "upgrade"], ["db", "seed"]):
            subprocess.run(
                [sys.executable, "-m", "app", *step], cwd=ROOT, env=environment, check=True, capture_output=True
            )
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)],  # as `make run` serves
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    # The served process builds the reader before it answers (WARM_READER): ~5-10 s on a quiet core, over a minute
    # on a machine shared with other runs (74 s seen at load average 10). A wait, not a speed target (bench/ has those).
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    process.wait(timeout=10)  # reaped here, not left to a later test's garbage collection (a ResourceWarning there)
    raise RuntimeError("uvicorn did not start")


@pytest.fixture(scope="session")
def live_url(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[str]:
    """One server for the session's tests over HTTP (they only read, or write records of their own)."""
    process, url = start_server(tmp_path_factory.mktemp("live"), {"LOG_LEVEL": "WARNING"}, seeded=sqlite_template)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
