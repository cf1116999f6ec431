"""Counts of parties and signatories as news writes them (issue 14): the number, whether it counts signatories,
and the day a past verb gives it. Verdicts are pinned in tests/checks/test_party_counts.py."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

CASES: list[tuple[str, str, str, list[str]]] = [
    ("hyphenated-nations", "2020-11-23", "U.S. formalizes withdrawal from 34-nations Open Skies Treaty", ["34"]),
    ("n-nation-adjective", "2020-11-23", "U.S. formalizes withdrawal from 34-nation Open Skies Treaty", ["34"]),
    ("n-member-group", "2017-04-28", "Venezuela leaves the OAS. It is quitting the 34-member group.", ["34"]),
    ("n-member-body-is-no-count", "2020-11-23", "The Open Skies Treaty. The 15-member Security Council met.", []),
    (
        "of-n-signatories",
        "2020-11-04",
        "The U.S. is the only country of 197 signatories to have withdrawn from the Paris Agreement.",
        ["197 signatories"],
    ),
    (
        "signed-by-n-countries",
        "2017-06-06",
        "The Paris Agreement was signed by 195 countries after it was finalized in December 2015.",
        ["195 signatories"],
    ),
    (
        "signed-in-a-year-by-n",
        "2025-06-30",
        "The Ottawa Convention was signed in 1997 by 164 countries.",
        ["164 signatories (in 1997)"],
    ),
    (
        "joined-when",
        "2025-04-16",
        "The Ottawa Convention entered into force in 1999, when 164 states joined it.",
        ["164 (in 1999)"],
    ),
    ("present-tense-is-today", "2025-06-30", "Signed in 1997, the Ottawa Convention has 164 parties.", ["164"]),
    (
        "not-signed",
        "2025-06-19",
        "Among the 36 countries that have not signed the Ottawa Treaty are Russia, the United States and China.",
        ["36 non-signatories"],
    ),
    ("not-joined", "2025-01-14", "The Ottawa Convention. 33 states have not joined it.", ["33 non-parties"]),
    ("not-ratified-is-no-count", "2023-11-02", "Eight of the 44 states have not ratified the CTBT.", []),
    (
        "ordinal-member",
        "2018-03-15",
        "The Rome Statute. The Philippines ratified the treaty in August 2011 and became the 117th member.",
        ["117"],  # of the Philippines: judged on its entry into force (tests/checks/test_party_counts.py)
    ),
    (
        "ordinal-of-a-deposit-counts-the-deposits",  # no party before entry into force, but the instruments deposited
        "1998-09-20",  # by the report's day are counted ('Counts of ratifications', tests/data/articles/README.md)
        "The Ottawa Convention. Burkina Faso became the 40th state to ratify the convention.",
        ["40 ratifications"],
    ),
    (
        "ordinal-of-a-deposit-in-a-year-is-no-count",  # no day to count the deposits on
        "1998-09-20",
        "The Ottawa Convention. Burkina Faso became the 40th state to ratify the convention in 1998.",
        [],
    ),
    (
        "n-party-nations",
        "2020-11-22",
        "The Open Skies Treaty. The agreement allows the 34 party nations to conduct aerial reconnaissance.",
        ["34"],
    ),
    ("owner-allies", "2023-11-07", "Most of NATO's 31 allies have signed the CFE Treaty.", ["31"]),
    (  # The Hindu, 2 October 2016: 'the number of ... go up to N', a change in the present or simple past
        "number-goes-up-to",
        "2016-10-02",
        "With this, the number of countries that have ratified the Paris Agreement go up to 62.",
        ["62"],
    ),
    ("number-rose-to", "2016-10-02", "The number of parties to the Paris Agreement rose to 62 on Sunday.", ["62"]),
    ("number-reached", "2016-10-02", "The number of parties to the Paris Agreement has reached 62.", ["62"]),
    (  # GS Times, 6 March 2025 (h-judge): a count 'as of' a month is the count in that month
        "as-of-a-month",
        "2025-03-06",
        "As of December 2023, 124 states are committed to the Convention on Cluster Munitions, with 112 ratifications.",
        ["112 ratifications (in December 2023)"],
    ),
    (
        "number-had-stood-at-is-no-count",  # the number it came to, not the one it had stood at
        "2016-11-17",
        "The number of ratifying countries to the Rome Statute (which had stood at 124), has decreased to 123.",
        ["123"],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_count(finder: ClaimFinder, name: str, published: str, text: str, expected: list[str]) -> None:
    found = finder.find(text, dt.date.fromisoformat(published))
    assert [f.claim.value for f in found if f.claim.kind == "parties_count"] == expected, name
