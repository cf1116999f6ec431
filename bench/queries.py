"""Distinct, realistic assessment queries (mixed treaties, states, dates, facts) for benchmarks and load runs."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from app.rulebook import Rulebook

STATES = ["LTU", "LVA", "EST", "FIN", "POL", "UKR", "USA", "GBR", "FRA", "DEU", "RUS", "HUN", "JPN", "ITA", "BDI"]
AS_OF = "2026-11-28"


def open_treaties(rulebook: Rulebook) -> list[str]:
    """The treaties one can still withdraw from (not terminated): a notice to the others is refused."""
    return sorted(t.id for t in rulebook.treaties.values() if t.terminated is None)


def assessment_queries(treaties: list[str], count: int, seed: int = 1) -> list[dict[str, Any]]:
    """``count`` distinct bodies for POST /v1/assessments (notices from 2018, when every treaty existed)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    while len(out) < count:
        body: dict[str, Any] = {"treaty": rng.choice(treaties), "state": rng.choice(STATES), "as_of": AS_OF}
        if rng.random() < 0.9:
            body["notification_date"] = (dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(4000))).isoformat()
        facts: dict[str, Any] = {}
        if rng.random() < 0.3:
            facts["armed_conflict"] = rng.choice([True, False])
        if rng.random() < 0.2:
            facts["ratified_by_parliament"] = rng.choice([True, False])
        if facts:
            body["facts"] = facts
        key = repr(sorted(body.items()))
        if key not in seen:
            seen.add(key)
            out.append(body)
    return out


def cold_queries(base: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """``count`` questions never asked before: the shapes of ``base`` (treaty, state, facts), each on a notification
    date of its own (``base`` itself is not among them, so a warm-up with ``base`` leaves no answer cached)."""
    out = []
    for i in range(count):
        query = dict(base[i % len(base)])
        start = dt.date.fromisoformat(str(query.get("notification_date") or "2018-01-01"))
        query["notification_date"] = (start + dt.timedelta(days=1 + i // len(base))).isoformat()
        out.append(query)
    return out
