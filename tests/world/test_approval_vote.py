"""A party row's parliamentary approval vote (schemas/world.py ``ApprovalVote``): read with its day, its tally and
its source; a vote without the day of the approval is refused."""

from __future__ import annotations

import pydantic
import pytest

from app.rulebook import DEFAULT_RULES_DIR, load_rulebook
from schemas.world import PartyEntry


def test_the_rome_statute_rows_hold_their_approval_votes() -> None:
    world = load_rulebook(DEFAULT_RULES_DIR).world
    ukraine = world.entry("rome-statute", "UKR")
    assert ukraine is not None and ukraine.approval_vote is not None
    assert (ukraine.approval_vote.tally.for_, ukraine.approval_vote.tally.against) == (281, 1)
    armenia = world.entry("rome-statute", "ARM")
    assert armenia is not None and armenia.approval_vote is not None
    assert armenia.approval_vote.body == "National Assembly"


def test_a_vote_needs_its_day() -> None:
    row = {
        "state": "UKR",
        "consent": "ratification",
        "consent_date": "2024-10-25",
        "approval_vote": {
            "body": "Verkhovna Rada",
            "tally": {"for": 281, "against": 1},
            "source": {"url": "https://example.org/vote", "title": "a report"},
        },
    }
    with pytest.raises(pydantic.ValidationError, match="needs the day of the approval"):
        PartyEntry.model_validate(row)
