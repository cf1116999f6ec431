"""A claim that an exit takes no time ('no notice period', 'can leave immediately') against a treaty whose exit
runs a period from the notice: wrong, with the period and its starting event said (the US reservation to the WHO
Constitution: one year; Ottawa Art. 20(3): six months after receipt). And a claim about a treaty the rulebook does not
hold says that the law itself is missing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "state", "value", "period"),
    [
        ("who-constitution", "USA", "no notice period (via the Vienna Convention)", "P1Y"),
        ("apmbc", None, "a state can leave immediately", "P6M"),
    ],
)
def test_an_exit_that_takes_no_time(
    client: TestClient, treaty: str, state: str | None, value: str, period: str
) -> None:
    result = judge(client, "2025-01-28", kind="rule", treaty=treaty, state=state, value=value)
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"].startswith(period)


def test_a_treaty_with_no_rule_file_says_what_is_missing(client: TestClient) -> None:
    result = judge(
        client, "2021-04-30", kind="effective_date", treaty="Treaty of Tordesillas", state="ESP", value="2020"
    )
    assert result["verdict"] == "unverifiable", result
    assert "no rule file for 'Treaty of Tordesillas'" in result["explanation"]
