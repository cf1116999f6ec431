"""'X was never a state party to T' (joined ``false``, tense ``past``): wrong where the records hold a membership
begun before the date, even one ended since; 'X is not a party' (no tense) is judged on the date alone."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_checks import check


@pytest.mark.parametrize(
    ("state", "treaty", "tense", "verdict", "correct"),
    [
        ("PHL", "rome-statute", "past", "inconsistent", "true"),  # a party 2011-11-01 to 2019-03-17
        ("PHL", "rome-statute", None, "consistent", "false"),  # 'is not a party': its withdrawal took effect
        ("USA", "rome-statute", "past", "consistent", "false"),  # never a party
        ("KEN", "rome-statute", "past", "inconsistent", "true"),  # a party since 2005
    ],
)
def test_never_a_party(
    client: TestClient, state: str, treaty: str, tense: str | None, verdict: str, correct: str
) -> None:
    claim = {"kind": "joined", "treaty": treaty, "state": state, "value": "false", "tense": tense}
    (result,) = check(client, claim, as_of="2019-03-18")
    assert (result["verdict"], result["correct_value"]) == (verdict, correct)
