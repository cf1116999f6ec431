"""Judgements batch 13 needed (the end-of-session-7 measure), in our own words: a notice claimed before the treaty let
the party give one (Paris Agreement Art. 28(1): notice only three years after the Agreement entered into force for the
party), the first day notice is allowed, the right every party has to withdraw, 'no immediate effect', a party still
bound when no notice is recorded, and a notice to 'the Depositary of the Agreement' (the depositary, by its title)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


def test_a_notice_before_the_treaty_allows_one_is_wrong(client: TestClient) -> None:
    """In force for the US on 4 November 2016: no notice could be given before 4 November 2019."""
    result = judge(client, "2017-08-05", kind="notification_date", treaty="paris-agreement", state="USA",
                   value="2017-08-04")  # fmt: skip
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"] == "2019-11-04"
    assert "Art. 28(1)" in result["explanation"]


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("notice not before 2019", "consistent"),  # the year holds 4 November 2019
        ("notice not before November 2019", "consistent"),
        ("notice not before 2021", "inconsistent"),  # later than the rule
        ("notice not before 2018", "partly_consistent"),  # true, but notice came later still
    ],
)
def test_the_first_day_notice_is_allowed(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2017-08-05", kind="rule", treaty="paris-agreement", state="USA", value=value)
    assert result["verdict"] == verdict, result
    assert result["correct_value"] == "notice from 2019-11-04"


def test_a_waiting_time_counted_from_entry_into_effect(client: TestClient) -> None:
    result = judge(client, "2017-08-05", kind="rule", treaty="paris-agreement", state=None,
                   value="P3Y after the agreements entered into effect")  # fmt: skip
    assert result["verdict"] == "consistent", result


@pytest.mark.parametrize(
    ("treaty", "value", "verdict"),
    [
        ("teu", "every party may withdraw", "consistent"),  # Art. 50(1) TEU
        ("rome-statute", "no immediate effect", "consistent"),  # Art. 127(1): one year after receipt
        ("rome-statute", "a withdrawal takes effect immediately", "inconsistent"),
        ("apmbc", "P6M after the authoritative notification to the depositary of the agreement", "consistent"),
    ],
)
def test_rules_told_without_a_period(client: TestClient, treaty: str, value: str, verdict: str) -> None:
    result = judge(client, "2025-09-26", kind="rule", treaty=treaty, state=None, value=value)
    assert result["verdict"] == verdict, result


def test_a_party_with_no_notice_recorded_is_still_bound(client: TestClient) -> None:
    """Mali announced its exit from the Rome Statute in September 2025 but gave no notice: still a party."""
    for value, verdict in (("true", "consistent"), ("false", "inconsistent")):
        result = judge(client, "2025-09-26", kind="bound_on", treaty="rome-statute", state="MLI", value=value)
        assert result["verdict"] == verdict, result
