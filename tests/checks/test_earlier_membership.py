"""A consent dated before a state's earlier exit (a membership the records do not date), judged through
``POST /v1/checks``."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.checks.test_outsiders import judge


def test_a_consent_before_an_earlier_exit_is_not_judged_by_the_later_one(client: TestClient) -> None:
    """The US left UNESCO (1984, 2018) and accepted its Constitution again in 2023: a 1946 ratification is of an
    earlier membership the records do not date, so neither right nor wrong by the 2023 acceptance."""
    result = judge(client, "2025-07-23", kind="ratified", treaty="unesco-constitution", state="USA", value="1946")
    assert result["verdict"] == "unverifiable", result
    later = judge(client, "2025-07-23", kind="ratified", treaty="unesco-constitution", state="USA", value="2023")
    assert later["verdict"] == "consistent", later
