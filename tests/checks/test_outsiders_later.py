"""A treaty's outsiders named again by a later source ('Five States remain outside the Convention – Angola, Egypt,
Israel, North Korea and South Sudan', OPCW, 9 July 2015), judged through ``POST /v1/checks``."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_outsiders import judge


@pytest.mark.parametrize("state", ["AGO", "EGY", "ISR", "PRK", "SSD"])
def test_five_states_outside_the_cwc_in_july_2015(client: TestClient, state: str) -> None:
    result = judge(client, "2015-07-09", kind="bound_on", treaty="cwc", state=state, value="false")
    assert result["verdict"] == "consistent", result
    wrong = judge(client, "2015-07-09", kind="bound_on", treaty="cwc", state=state, value="true")
    assert wrong["verdict"] == "inconsistent", wrong


@pytest.mark.parametrize("state", ["EGY", "ISR", "PRK", "SSD"])
def test_four_not_joined_after_angola(client: TestClient, state: str) -> None:
    """'4 countries (Egypt, Israel, North Korea and South Sudan) have not joined it yet' (17 September 2015)."""
    result = judge(client, "2015-09-17", kind="joined", treaty="cwc", state=state, value="false")
    assert result["verdict"] == "consistent", result


def test_angola_joined_after_the_july_list(client: TestClient) -> None:
    """Angola acceded on 16 September 2015: no longer outside on the 17th (its consent decides)."""
    result = judge(client, "2015-09-17", kind="ratified", treaty="cwc", state="AGO", value="true")
    assert result["verdict"] == "consistent", result


def test_the_upus_192_members(client: TestClient) -> None:
    """'The UPU was founded in 1874 and has 192 member states' (Sputnik via 1newsday, 17 October 2018)."""
    result = judge(client, "2018-10-17", kind="parties_count", treaty="upu-constitution", value="192")
    assert result["verdict"] == "consistent", result
