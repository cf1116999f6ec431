"""'X has (not) ratified Y' as a yes-or-no claim: a deposit on or before the date, or the silence of a complete party
list (world/parties ``complete``), judged as party counts are (up to a year after the list's date)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("state", "said", "verdict"),
    [("CHN", "false", "consistent"), ("IND", "false", "consistent"), ("TUR", "true", "inconsistent")],
)
def test_a_state_the_complete_list_does_not_hold_has_not_ratified(
    client: TestClient, state: str, said: str, verdict: str
) -> None:
    result = judge(client, "2025-03-01", kind="ratified", treaty="rome-statute", state=state, value=said)
    assert (result["verdict"], result["correct_value"]) == (verdict, "false"), result


def test_a_state_that_ratified_and_later_left_had_ratified(client: TestClient) -> None:
    """Burundi deposited in 2004 and left in 2017: 'has never ratified' is wrong after it left as well."""
    result = judge(client, "2019-01-01", kind="ratified", treaty="rome-statute", state="BDI", value="false")
    assert result["verdict"] == "inconsistent" and result["correct_value"] == "true", result


def test_a_deposit_after_the_date_is_not_yet_a_ratification(client: TestClient) -> None:
    """Ukraine deposited its ratification in October 2024: in 2023 it had not ratified."""
    before = judge(client, "2023-06-01", kind="ratified", treaty="rome-statute", state="UKR", value="false")
    assert before["verdict"] == "consistent", before


def test_the_list_s_silence_is_not_read_long_after_its_date(client: TestClient) -> None:
    result = judge(client, "2027-06-01", kind="ratified", treaty="rome-statute", state="CHN", value="false")
    assert result["verdict"] != "inconsistent", result
