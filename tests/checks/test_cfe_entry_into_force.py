"""The CFE Treaty's entry into force, 9 November 1992, from the depositary's party table (the Netherlands; Dutch
Treaty Database): 'signed in November 1990 ... It officially came into effect two years later' (kyivindependent,
ap, 7 November 2023)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("value", "verdict"),
    [("1992", "consistent"), ("1992-11", "consistent"), ("1990", "inconsistent"), ("1992-07-17", "inconsistent")],
)
def test_cfe_in_force_from_9_november_1992(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2023-11-07", kind="entry_into_force", treaty="cfe-treaty", value=value)
    assert (result["verdict"], result["correct_value"]) == (verdict, "1992-11-09"), result
