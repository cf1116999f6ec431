"""Scale-out, run for real on loopback (issue 16): two app replicas behind nginx (deploy/nginx.conf) on a fresh
PostgreSQL database, load through nginx while each replica is restarted in turn. Skips, with the reason, when
nginx (Debian's package: scripts/ensure-nginx) or PostgreSQL is missing. No fixed sleeps: each restart waits for
``SCALE_REQUESTS`` answered requests (default 60, 5,000 with ``--release``) before it and after it, and the load
runs on while a replica stops and starts."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from bench.scale import TOKEN, Cluster, Load, nginx_binary
from tests.adversarial.test_findings import problem_of, raw_exchange
from tests.run_lengths import RunLengths

REQUESTS = RunLengths().scale_requests
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def cluster(seeded_postgres: str) -> Iterator[Cluster]:
    """Two replicas and nginx on a fresh copy of the migrated, seeded database (what `db upgrade` and `db seed`
    make; ``Cluster.prepare_database`` runs those commands for bench/scale.py)."""
    if nginx_binary() is None:
        pytest.skip("nginx is not installed and could not be (scripts/ensure-nginx installs Debian's package)")
    running = Cluster(seeded_postgres, replicas=2)
    try:
        yield running.start()
    finally:
        running.stop()


def test_replicas_behind_nginx_rolling_restarts_and_locking(cluster: Cluster) -> None:
    seeded = httpx.get(f"{cluster.url}/v1/withdrawals?state=FIN&treaty=apmbc&limit=500").json()["total"]
    load = Load(cluster.url, threads=6, write_every=20)

    def restart_each_replica() -> None:
        load.wait_for(REQUESTS)
        for index in range(cluster.replicas):
            cluster.restart(index)  # the other replica carries the load meanwhile
            load.wait_for(REQUESTS)

    load.run(restart_each_replica)

    # No failed request (writes repeated with their Idempotency-Key on a lost answer, as clients should).
    assert not load.failures, load.failures[:5]
    assert load.outcomes["read 200"] > 50 and load.outcomes["write 201"] > 5, load.outcomes
    # No acknowledged write lost, and none stored twice.
    ids = set(load.acknowledged.values())
    assert len(ids) == len(load.acknowledged)
    listed: set[int] = set()
    while True:
        page = httpx.get(f"{cluster.url}/v1/withdrawals?state=FIN&treaty=apmbc&limit=500&offset={len(listed)}").json()
        listed |= {item["id"] for item in page["items"]}
        if not page["items"]:
            break
    assert ids <= listed and page["total"] == seeded + len(ids)
    # Every replica answers with the same rules version, and so did every answer under load.
    versions = {httpx.get(f"{url}/healthz").json()["rules_version"] for url in cluster.replica_urls()}
    assert len(versions) == 1 and load.rules_versions == versions

    # Optimistic locking holds across replicas: the same version sent to each, one write wins.
    first, second = cluster.replica_urls()[:2]
    body = {"state": "EST", "treaty": "apmbc", "received_on": "2025-06-27", "source_url": "https://example.org/e"}
    created = httpx.post(f"{cluster.url}/v1/withdrawals", json=body, headers=AUTH)
    assert created.status_code in (201, 409), created.text
    record = httpx.get(f"{cluster.url}/v1/withdrawals?state=EST&treaty=apmbc").json()["items"][0]
    patch = {"version": record["version"], "notes": "written by one replica"}
    answers = [httpx.patch(f"{url}/v1/withdrawals/{record['id']}", json=patch, headers=AUTH) for url in (first, second)]
    assert sorted(a.status_code for a in answers) == [200, 409], [a.text for a in answers]
    final = httpx.get(f"{second}/v1/withdrawals/{record['id']}").json()
    assert final["version"] == record["version"] + 1

    # Behind nginx, a huge header is refused by nginx itself, early, as a problem; the replicas never see it.
    answer = raw_exchange(cluster.url, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 2_000_000 + b"\r\n\r\n")
    status, headers, _ = problem_of(answer)
    assert status in (400, 431) and headers["content-type"] == "application/problem+json", answer[:300]
    assert "server" not in headers or "nginx/" not in headers["server"]
