"""Counts of signatures and ratifications of a treaty not in force, from dated counts (world/counts/ctbt.yaml): the
CTBT had 187 signatories and 178 ratifications in October 2023 (CTBTO, 18 October 2023), before Russia revoked its
ratification (2-3 November 2023); no State is a party of a treaty not in force, so a count is one of deposits."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("as_of", "value", "verdict", "correct"),
    [
        ("2023-10-25", "187 signatories", "consistent", "187"),  # sabah-2023-10-25: 'signed by 187 countries'
        ("2023-10-25", "178 ratifications", "consistent", "178"),  # sabah-2023-10-25: 'ratified by 178'
        ("2023-09-01", "178", "consistent", "178"),  # paraphrase: '178 states have ratified it'
        ("2023-10-25", "180 ratifications", "inconsistent", "178"),
        ("2023-10-25", "186 signatories", "inconsistent", "187"),
        ("2024-06-01", "187 signatories", "consistent", "187"),  # a revocation leaves the signature standing
    ],
)
def test_ctbt_counts_in_october_2023(client: TestClient, as_of: str, value: str, verdict: str, correct: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="ctbt", value=value)
    assert (result["verdict"], result["correct_value"]) == (verdict, correct), result


def test_after_russia_revoked_the_count_is_not_recorded(client: TestClient) -> None:
    result = judge(client, "2023-12-25", kind="parties_count", treaty="ctbt", value="178 ratifications")
    assert result["verdict"] == "unverifiable", result
