"""Domestic approvals recorded for batch 32 (world/parties ``approved``, ``approval_vote``; h-judge, session 13): the
Philippine Senate's concurrence in the Paris Agreement (14 March 2017, 22-0-0), China's NPC Standing Committee
decision on joining the ATT (20 June 2020), the Verkhovna Rada's vote on the Istanbul Convention (20 June 2022,
259-8-47). A ratification told of the body is its approval; a tally is judged on the recorded vote, in any wording."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("as_of", "treaty", "state", "value", "body", "verdict"),
    [
        ("2017-03-14", "paris-agreement", "PHL", "2017-03-14", "Senate", "consistent"),
        ("2017-03-14", "paris-agreement", "PHL", "2017-03-13", "Senate", "inconsistent"),
        ("2020-06-20", "att", "CHN", "2020-06-20", "National People's Congress Standing Committee", "consistent"),
        ("2020-07-07", "att", "CHN", "2020-06", "China's top legislature", "consistent"),
        ("2022-06-20", "istanbul-convention", "UKR", "2022-06-20", "Verkhovna Rada", "consistent"),
    ],
)
def test_a_ratification_told_of_the_body_is_its_approval(
    client: TestClient, as_of: str, treaty: str, state: str, value: str, body: str, verdict: str
) -> None:
    result = judge(client, as_of, kind="ratified", treaty=treaty, state=state, value=value, body=body)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "treaty", "state", "value", "verdict"),
    [
        ("2017-03-14", "paris-agreement", "PHL", "22-0", "consistent"),
        ("2017-03-14", "paris-agreement", "PHL", "unanimous", "consistent"),
        ("2017-03-14", "paris-agreement", "PHL", "21-1", "inconsistent"),
        ("2022-06-20", "istanbul-convention", "UKR", "259-8", "consistent"),
        ("2022-06-20", "istanbul-convention", "UKR", "259 for", "consistent"),
        ("2022-06-20", "istanbul-convention", "UKR", "unanimous", "inconsistent"),
    ],
)
def test_the_approval_tallies(
    client: TestClient, as_of: str, treaty: str, state: str, value: str, verdict: str
) -> None:
    result = judge(client, as_of, kind="vote_tally", treaty=treaty, state=state, value=value)
    assert result["verdict"] == verdict, result["explanation"]
