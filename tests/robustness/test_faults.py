"""Faults against a PostgreSQL server this test starts itself (initdb into a temporary folder, its own port),
so that it can stop it mid-run: assessments keep answering, record endpoints give 503 problems, every write
acknowledged before the stop is there after the restart, and a write interrupted before commit leaves nothing.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.conftest import free_port, start_server

PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1:] or [""]
INITDB = Path(PG_BIN[0]) / "initdb"
PG_CTL = Path(PG_BIN[0]) / "pg_ctl"
TOKEN = "fault-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Postgres:
    """A throwaway PostgreSQL cluster run as the postgres user."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="treatyexit-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        shutil.chown(self.root, "postgres")
        self._as_postgres(str(INITDB), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def _as_postgres(self, *args: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=on"
        self._as_postgres(str(PG_CTL), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "immediate") -> None:
        self._as_postgres(str(PG_CTL), "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop("fast")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def postgres() -> Iterator[Postgres]:
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        pytest.skip("the fault test starts its own PostgreSQL as the postgres user: it needs root and runuser")
    if not INITDB.exists():
        pytest.skip("no PostgreSQL server binaries (initdb) on this machine")
    server = Postgres()
    server.start()
    with psycopg.connect(server.url(), autocommit=True) as connection:
        connection.execute("CREATE DATABASE treatyexit")
    try:
        yield server
    finally:
        server.remove()


def record(n: int) -> dict[str, str]:
    day = f"2025-07-{n:02d}"
    # Norway: a party with no recorded withdrawal, so the seeded world records (Finland's real one) don't interfere
    return {"state": "NOR", "treaty": "apmbc", "received_on": day, "source_url": f"https://example.org/{n}"}


def _waiting_on_a_lock(url: str, seconds: float = 30) -> None:
    """Until some backend of the database waits for a lock (the held-back write's audit insert)."""
    deadline = time.monotonic() + seconds
    with psycopg.connect(url, autocommit=True) as watcher:
        query = "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE NOT l.granted"
        while watcher.execute(query).fetchone() == (0,):
            assert time.monotonic() < deadline, "the write never waited on the lock"
            time.sleep(0.05)


def test_database_stop_and_restart(postgres: Postgres, tmp_path: Path) -> None:
    env = {"DATABASE_URL": postgres.url("treatyexit"), "ADMIN_TOKEN": TOKEN, "LOG_LEVEL": "WARNING"}
    process, url = start_server(tmp_path, env=env)
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            acknowledged = []
            for n in range(1, 6):
                response = client.post("/v1/withdrawals", json=record(n), headers=AUTH)
                assert response.status_code == 201
                acknowledged.append(response.json()["id"])

            # A write held back by a lock after its first insert, then the server dies under it.
            blocker = psycopg.connect(postgres.url("treatyexit"))
            blocker.execute("LOCK TABLE audit_entry IN ACCESS EXCLUSIVE MODE")
            interrupted: dict[str, object] = {}

            def write() -> None:
                response = client.post("/v1/withdrawals", json=record(20), headers=AUTH)
                interrupted["status"] = response.status_code
                interrupted["type"] = response.headers.get("content-type")

            writer = threading.Thread(target=write)
            writer.start()
            _waiting_on_a_lock(postgres.url("treatyexit"))  # the record's insert is flushed; the audit insert waits
            postgres.stop("immediate")
            writer.join(timeout=30)
            blocker.close()
            assert interrupted["status"] == 503 and interrupted["type"] == "application/problem+json"

            # The database is down: the rulebook still answers; the records say 503 with a problem.
            answer = client.post(
                "/v1/assessments", json={"treaty": "apmbc", "state": "LTU", "notification_date": "2025-06-27"}
            )
            assert answer.status_code == 200 and answer.json()["effective"]["date"] == "2025-12-27"
            for response in (
                client.get("/v1/withdrawals"),
                client.get(f"/v1/withdrawals/{acknowledged[0]}"),
                client.post("/v1/withdrawals", json=record(21), headers=AUTH),
                client.get("/readyz"),
            ):
                assert response.status_code == 503
                assert response.headers["content-type"].startswith("application/")
            assert client.get("/healthz").status_code == 200

            postgres.start()
            deadline = time.monotonic() + 30
            while client.get("/readyz").status_code != 200 and time.monotonic() < deadline:
                time.sleep(0.2)
            assert client.get("/readyz").status_code == 200
            for record_id in acknowledged:
                assert client.get(f"/v1/withdrawals/{record_id}").status_code == 200
            ours = client.get("/v1/withdrawals", params={"state": "NOR", "limit": 500}).json()["items"]
            assert sorted(i["received_on"] for i in ours) == [f"2025-07-{n:02d}" for n in range(1, 6)]
            with psycopg.connect(postgres.url("treatyexit")) as connection:
                audit = connection.execute("SELECT count(*) FROM audit_entry WHERE action = 'create'").fetchone()
            assert audit == (5,)  # one audit entry per acknowledged write, none for the interrupted one
    finally:
        process.terminate()
        process.wait(timeout=10)
