"""A State said to be bound that a complete party list does not hold (app/services/checks/bound_on.py
``_not_on_the_list``; session 19, lead): wrong on a day the list covers, unverifiable after its date (it may have
joined since), saying which. Real world files (world/parties/north-atlantic-treaty.yaml as of 7 March 2024,
world/parties/coe-statute.yaml as of 16 March 2022), through the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "value", "verdict"),
    [
        ("north-atlantic-treaty", "AUT", "2023-01-01", "true", "inconsistent"),  # 'Austria is a NATO member'
        ("north-atlantic-treaty", "AUT", "2023-01-01", "false", "consistent"),
        ("coe-statute", "BLR", "2021-01-01", "true", "inconsistent"),
        # look-alikes: a listed party, and a day after the list's date
        ("north-atlantic-treaty", "LTU", "2023-01-01", "true", "consistent"),
        ("north-atlantic-treaty", "AUT", "2025-07-01", "true", "unverifiable"),
    ],
)
def test_bound_against_a_complete_list(
    client: TestClient, treaty: str, state: str, as_of: str, value: str, verdict: str
) -> None:
    result = judge(client, as_of, kind="bound_on", treaty=treaty, state=state, value=value)
    assert result["verdict"] == verdict, result
    if verdict == "unverifiable":
        assert "the complete list's date" in result["explanation"], result["explanation"]
