"""A text adopted 'unanimously' is a tally: 'the Senate unanimously approved', 'passed unanimously', 'unanimously
ratified' tell a vote whose every vote cast was for, as 'voted unanimously' does (the corpus labels 'Senate unanimously
approves Paris climate deal' as the tally 'unanimous'). A unanimity required or hypothetical ('must unanimously
approve', 'can only be adopted unanimously'), a support that is no vote ('unanimous support') and an assembly of
States ('the UN General Assembly unanimously adopted') read nothing. Sentences of our own, in several wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

_DAY = dt.date(2025, 6, 30)

READ = [
    ("Latvia's Saeima approved unanimously the withdrawal from the Ottawa Convention.", "apmbc", "LVA"),
    ("The Seimas passed unanimously the law on Lithuania's withdrawal from the Convention on Cluster Munitions.", "ccm",
     "LTU"),
    ("The bill on Estonia's withdrawal from the Ottawa Convention was passed unanimously by the Riigikogu.", "apmbc",
     "EST"),
    ("The Duma unanimously ratified the Paris Agreement.", "paris-agreement", "RUS"),
    ("Lithuania's parliament unanimously adopted the law on leaving the Ottawa Convention.", "apmbc", "LTU"),
    ("Lithuania's Seimas voted unanimously to ratify the Paris Agreement.", "paris-agreement", "LTU"),
]  # fmt: skip

NOTHING = [
    "The withdrawal from the Ottawa Convention enjoys unanimous support in Lithuania's Seimas.",
    "The Seimas must unanimously approve Lithuania's withdrawal from the Ottawa Convention.",
    "The amendment to the Energy Charter Treaty can only be adopted unanimously by all parties.",
    "The UN General Assembly unanimously adopted the Paris Agreement resolution.",
    "Lithuania's Seimas gave unanimous approval to a debate on the Ottawa Convention.",
]


@pytest.mark.parametrize(("sentence", "treaty", "state"), READ)
def test_adopted_unanimously_is_a_tally(finder: ClaimFinder, sentence: str, treaty: str, state: str) -> None:
    found = [f.claim for f in finder.find(sentence, _DAY) if f.claim.kind == "vote_tally"]
    assert [(c.treaty, c.state, c.value) for c in found] == [(treaty, state, "unanimous")]


@pytest.mark.parametrize("sentence", NOTHING)
def test_no_unanimous_vote_is_read(finder: ClaimFinder, sentence: str) -> None:
    assert not [f for f in finder.find(sentence, _DAY) if f.claim.kind == "vote_tally"]
