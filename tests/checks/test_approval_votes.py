"""A parliament's vote approving a state's consent (world/parties ``approval_vote``): news tallies of a ratification
law judged on it (kyivindependent-2024-08-21: 'supported by 281 lawmakers, with one voting against'; meduza-2023-10-03:
'Sixty deputies voted for ratifying the document, 22 voted against')."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("state", "as_of", "value", "verdict", "correct"),
    [
        ("UKR", "2024-08-21", "281-1", "consistent", "281-1"),
        ("ARM", "2023-10-03", "60-22", "consistent", "60-22"),
        ("ARM", "2023-11-14", "60 for", "consistent", "60-22"),  # paraphrase: a later report, the votes in favour
        ("UKR", "2024-08-22", "280-1", "inconsistent", "281-1"),
        ("ARM", "2023-10-03", "62-20", "inconsistent", "60-22"),
    ],
)
def test_ratification_tallies(
    client: TestClient, state: str, as_of: str, value: str, verdict: str, correct: str
) -> None:
    result = judge(client, as_of, kind="vote_tally", treaty="rome-statute", state=state, value=value)
    assert (result["verdict"], result["correct_value"]) == (verdict, correct), result


def test_a_vote_after_the_report_is_not_known(client: TestClient) -> None:
    result = judge(client, "2023-10-02", kind="vote_tally", treaty="rome-statute", state="ARM", value="60-22")
    assert result["verdict"] == "unverifiable", result
