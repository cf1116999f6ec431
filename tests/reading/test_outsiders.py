"""States listed as never having joined a treaty, in the phrasing used when another state leaves it
(app/reading/outsiders.py), in sentences of our own: each listed state is read as not bound on the day of the report,
and the checks judge it against the sourced outsiders of the party list (world/parties ``outsiders``)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.reading import ClaimFinder
from tests.reading.conftest import read

NOT_BOUND = {("bound_on", "paris-agreement", s, "false") for s in ("IRN", "LBY", "YEM")}


@pytest.mark.parametrize(
    "text",
    [
        "Washington will now join Yemen, Iran and Libya as countries that are not part of the Paris Agreement.",
        "The pullout puts the country beside the three UN members that are not a party to the Paris Agreement: "
        "Libya, Iran and Yemen.",
        "Under the Paris Agreement nearly every nation cuts emissions. Now the US joins countries like Libya, Iran "
        "and Yemen to opt out of the accord.",
    ],
)
def test_the_listed_outsiders_are_not_bound(finder: ClaimFinder, text: str) -> None:
    assert set(read(finder, text, "2025-02-03")) == NOT_BOUND


def test_a_state_said_outside_alone_keeps_its_own_reading(finder: ClaimFinder) -> None:
    """No list joined or after a colon: 'X is not a party to Y' stays the reader's negative claim for X."""
    assert read(finder, "Russia is not a party to the Ottawa Convention.", "2025-02-03") == [
        ("joined", "apmbc", "RUS", "false")
    ]


def test_the_outsiders_are_judged_not_bound(client: TestClient) -> None:
    response = client.post(
        "/v1/checks/text",
        json={
            "text": "Washington will now join Yemen, Iran and Libya as countries that are not part of the Paris "
            "Agreement.",
            "published": "2025-02-03",
        },
    )
    assert response.status_code == 200, response.text
    claims = response.json()["claims"]
    assert {(c["claim"]["state"], c["result"]["verdict"]) for c in claims} == {
        ("YEM", "consistent"), ("IRN", "consistent"), ("LBY", "consistent")
    }  # fmt: skip
