"""Record listings from stored status spans: ``python bench/listing.py [records]`` (default 10,000).

Fills a fresh SQLite database with synthetic notifications (real treaties and states, distinct receipt dates),
computes their status spans once (what `db seed`, a write, or the first listing under a new rules version
does), then times pages of ``GET /v1/withdrawals`` in-process: the first page, a filtered page, a deep page.
Target (issue 16): a page in under 200 ms with 10,000 records.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.db.migrate import upgrade
from app.db.models import WithdrawalRecord
from app.db.session import get_engine
from app.main import create_app
from app.settings import Settings

TREATIES = ["apmbc", "ccm", "rome-statute", "paris-agreement"]
STATES = ["LTU", "FIN", "EST", "LVA", "POL", "USA", "ZAF", "HUN", "BDI", "PHL"]


def main(count: int) -> None:
    url = f"sqlite:///{tempfile.mkdtemp(prefix='treatyexit-listing-')}/listing.db"
    upgrade(url)
    app = create_app(Settings(database_url=url, log_level="WARNING"))
    with Session(get_engine(url)) as session:
        for i in range(count):
            session.add(
                WithdrawalRecord(
                    state=STATES[i % len(STATES)],
                    treaty=TREATIES[(i // len(STATES)) % len(TREATIES)],
                    received_on=dt.date(2019, 1, 1) + dt.timedelta(days=i // (len(STATES) * len(TREATIES))),
                    source_url="https://example.org/bench",
                )
            )
        session.commit()
        started = time.perf_counter()
        computed = app.state.records.ensure_spans(session)
        backfill = time.perf_counter() - started
    print(f"{count:,} records; status spans computed once for {computed:,} in {backfill:.1f} s "
          f"({backfill / max(computed, 1) * 1000:.1f} ms a record)")  # fmt: skip
    with TestClient(app) as client:
        runs_before = app.state.records.engine_runs
        for query in ("limit=1", "limit=50", "status=effective&limit=50", "treaty=ccm&limit=50&offset=900",
                      "effective_from=2020-01-01&effective_to=2022-12-31&limit=50", "limit=500"):  # fmt: skip
            times = []
            for _ in range(7):
                started = time.perf_counter()
                response = client.get(f"/v1/withdrawals?{query}")
                times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.text
            met = "met" if statistics.median(times) < 200 else "NOT met"
            print(f"  GET /v1/withdrawals?{query:<58} median {statistics.median(times):7.1f} ms "
                  f"(max {max(times):7.1f}; total {response.json()['total']:,}; target < 200 ms: {met})")  # fmt: skip
        print(f"  engine runs while listing: {app.state.records.engine_runs - runs_before}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
