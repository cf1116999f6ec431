"""Constructions of the fifth held-out batch (European withdrawals), each in a short text of our own words.

What is pinned is the finding: kind, treaty, state and value read, and that nothing else is read.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "past-exit-dated-then-an-apposition",
        "2025-11-02",
        "The Istanbul Convention protects women. Turkey withdrew in 2021, a step many regretted.",
        [("withdrew", "istanbul-convention", "TUR", "2021")],
    ),
    (
        "past-exit-dated-then-the-treaty-by-a-common-noun",
        "2021-06-01",
        "The Open Skies Treaty lets parties fly over each other. The US formally withdrew on November 22, 2020, "
        "from the surveillance agreement it said Russia breached.",
        [("withdrew", "open-skies", "USA", "2020-11-22")],
    ),
    (
        "an-intention-dated-before-a-comma-is-no-exit",
        "2022-11-20",
        "The Energy Charter Treaty is outdated. The cabinet backed a proposal to withdraw on 10 November, calling the "
        "treaty an obstacle.",
        [],
    ),
    (
        "tally-with-an-en-dash-after-approved",
        "2025-11-01",
        "Latvia's parliament debated the Istanbul Convention for hours. Deputies approved the exit 60–30.",
        [("vote_tally", "istanbul-convention", "LVA", "60-30")],
    ),
    (
        "tally-as-a-majority",
        "2025-11-01",
        "Latvia's parliament debated the Istanbul Convention. The denunciation law passed with a 60 to 30 majority.",
        [("vote_tally", "istanbul-convention", "LVA", "60-30")],
    ),
    (
        "a-year-span-with-an-en-dash-is-no-tally",
        "2025-11-01",
        "Latvia's parliament debated the Istanbul Convention. The law was adopted during the 2024–2025 session.",
        [],
    ),
    (
        "survival-for-a-period",
        "2016-02-01",
        "The Energy Charter Treaty protects investors. Its rules will continue to apply to investments made in Spain "
        "before the exit for a 20-year period.",
        [("rule", "ect", None, "P20Y survival: continue to apply to investments made in Spain before the exit")],
    ),
    (
        "survival-named-as-the-sunset-period",
        "2016-02-01",
        "The Energy Charter Treaty protects investors. The time during which it continues to apply to older "
        "investments, the so-called sunset period, is 20 years.",
        [("rule", "ect", None, "P20Y survival: continues to apply to older investments, the so-called sunset period")],
    ),
    (
        "survival-for-a-period-after-the-exit",
        "2016-02-01",
        "The Energy Charter Treaty protects investors. Investors keep its protection for 20 years after Spain's exit.",
        [("rule", "ect", None, "P20Y survival: Investors keep its protection, after spain 's exit")],
    ),
    (
        "a-period-after-the-notice-is-no-survival",
        "2025-07-01",
        "The Ottawa Convention bans landmines. Lithuania stays bound for six months after its notification.",
        [("rule", "apmbc", None, "P6M after its notification")],
    ),
    (
        "a-signer-named-before-a-count-is-not-the-counted-treaty",
        "2024-05-20",
        "The Energy Charter Treaty was signed in 1994 by the EU and many other countries, and it now counts more than "
        "45 contracting parties.",
        [("signed", "ect", None, "1994"), ("parties_count", "ect", None, "45")],
    ),
    (
        "a-headline-s-present-cessation-is-an-exit-done",
        "2022-09-30",
        "Russia ceases to be a party to the European Convention on Human Rights\n\nThe court keeps its pending cases.",
        [("withdrew", "echr", "RUS", "true")],
    ),
    (
        "an-earlier-exit-in-a-relative-clause-in-the-perfect",
        "2022-11-20",
        "The Energy Charter Treaty is outdated. Austria thus follows Italy, which has already withdrawn, while others "
        "hesitate.",
        [("withdrew", "ect", "ITA", "true")],
    ),
    (
        "another-instrument-whose-name-holds-an-alias-is-no-treaty",
        "2015-10-01",
        "The Energy Charter Treaty protects investors. Spain has not left the European Energy Charter, a declaration.",
        [],
    ),
    (
        "bound-to-policies-is-not-bound-by-a-treaty",
        "2015-10-01",
        "The Energy Charter Treaty protects investors. Spain, as a member of the European Union, is bound to the "
        "energy policies set at European Union level.",
        [],
    ),
    (
        "a-tally-with-the-votes-for-only",
        "2025-06-05",
        "Estonia's parliament debated the Ottawa Convention. In all, 75 deputies voted in favour of leaving it.",
        [("vote_tally", "apmbc", "EST", "75 for")],
    ),
    (
        "a-period-before-for-is-no-tally",
        "2025-03-06",
        "Lithuania's parliament voted to leave the cluster munitions convention, but it had to wait six months for the "
        "decision to take effect.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected, name
