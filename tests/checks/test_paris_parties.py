"""The Paris Agreement's complete party list (world/parties/paris-agreement.yaml, the UN table as parsed on 13 February
2023): the US's two memberships, the last consents (South Sudan 2021, the Holy See 2022, Eritrea 2023), and counts
of Parties with and without the European Union."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


def test_the_first_us_membership_is_recorded(client: TestClient) -> None:
    """Accepted on 3 September 2016 (in force 4 November 2016), out from 4 November 2020, accepted again in 2021."""
    result = judge(client, "2017-06-01", kind="joined", treaty="paris-agreement", state="USA", value="2016-09-03")
    assert result["verdict"] == "consistent", result


@pytest.mark.parametrize(("state", "value"), [("ERI", "2023-02-07"), ("SSD", "2021-02-23"), ("IRQ", "2021-11-01")])
def test_the_latest_consents_are_read(client: TestClient, state: str, value: str) -> None:
    result = judge(client, "2024-01-01", kind="ratified", treaty="paris-agreement", state=state, value=value)
    assert result["verdict"] == "consistent" and result["correct_value"] == value, result


def test_a_state_outside_a_complete_list_is_not_a_party(client: TestClient) -> None:
    result = judge(client, "2023-06-01", kind="joined", treaty="paris-agreement", state="IRN", value="false")
    assert result["verdict"] == "consistent", result


@pytest.mark.parametrize("value", ["195", "194"])
def test_a_party_count_with_or_without_the_eu(client: TestClient, value: str) -> None:
    """194 States and the European Union on 1 June 2023 (before the US's second exit took effect in 2026)."""
    result = judge(client, "2023-06-01", kind="parties_count", treaty="paris-agreement", value=value)
    assert result["verdict"] == "consistent", result
