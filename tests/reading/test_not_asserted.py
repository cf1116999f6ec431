"""Words near a treaty that assert no exit and no status, in sentences of our own: 'left open the option of keeping
the treaty' leaves nothing, and 'it is no longer in our interest to remain a party' is a reason, not a status."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_leaving_an_option_open_is_no_exit(finder: ClaimFinder) -> None:
    text = "Washington has kept to the INF Treaty. It left open the option of saving the treaty if Moscow complies."
    assert not [c for c in read(finder, text, "2019-02-01") if c[0] == "withdrew"]


def test_a_reason_to_remain_is_no_status(finder: ClaimFinder) -> None:
    text = (
        "The Open Skies Treaty is under review. It is no longer in Canada's interest to remain a party to the treaty "
        "while Russia breaks it."
    )
    assert not [c for c in read(finder, text, "2020-05-21") if c[0] == "bound_on"]


def test_remaining_a_party_is_still_a_status(finder: ClaimFinder) -> None:
    text = "The Open Skies Treaty is under review. Russia will remain a party to the treaty."
    assert ("bound_on", "open-skies", "RUS", "true") in read(finder, text, "2020-05-21")
