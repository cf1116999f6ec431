"""Party rows added from their own sources (world/parties): Poland and the Istanbul Convention (deposit 27 April
2015), the United Kingdom and Ukraine and the ECHR (8 March 1951; 11 September 1997)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "state", "value", "correct"),
    [
        ("istanbul-convention", "POL", "April 27, 2015", "2015-04-27"),
        ("echr", "GBR", "1951", "1951-03-08"),
        ("echr", "UKR", "1997-09-11", "1997-09-11"),
    ],
)
def test_a_sourced_deposit_is_judged(client: TestClient, treaty: str, state: str, value: str, correct: str) -> None:
    result = judge(client, "2024-01-01", kind="ratified", treaty=treaty, state=state, value=value)
    assert result["verdict"] == "consistent" and result["correct_value"] == correct, result


def test_a_wrong_year_of_ratification_is_flagged(client: TestClient) -> None:
    """One abstract dates the UK's ratification to 1957; the day read in two sources is 8 March 1951."""
    result = judge(client, "2024-01-01", kind="ratified", treaty="echr", state="GBR", value="1957")
    assert result["verdict"] == "inconsistent", result


@pytest.mark.parametrize(("state", "value"), [("SSD", "2011-09-27"), ("CAN", "1946-08-29"), ("CAN", "1948")])
def test_a_who_member_s_acceptance_is_read(client: TestClient, state: str, value: str) -> None:
    """The WHO Constitution's complete UN table (as of 27 January 2014): South Sudan the last to accept; Canada
    accepted in 1946 and was bound from the Constitution's entry into force, 7 April 1948."""
    result = judge(client, "2015-06-01", kind="joined", treaty="who-constitution", state=state, value=value)
    assert result["verdict"] == "consistent", result


def test_the_who_s_member_count(client: TestClient) -> None:
    result = judge(client, "2014-06-01", kind="parties_count", treaty="who-constitution", value="194")
    assert result["verdict"] == "consistent", result
