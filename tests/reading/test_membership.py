"""Membership sentences (issue 14): entry into force, joining, signature and ratification, each read with its own
date. Verdicts are the checks service's (tests/checks)."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read | str]] = [
    (
        "force-after-the-ratifications-that-caused-it",
        "2018-03-15",
        "The Rome Statute was adopted by 120 countries on July 17, 1998, and came into force after 60 countries "
        "ratified it on July 1, 2002.",
        [("entry_into_force", "rome-statute", None, "2002-07-01")],
    ),
    (
        "joined-when-dated-by-the-previous-clause",
        "2025-04-16",
        "The Ottawa Convention entered into force in 1999, when 164 states, including Ukraine, joined it.",
        [
            ("entry_into_force", "apmbc", None, "1999"),
            ("joined", "apmbc", "UKR", "1999"),
            ("parties_count", "apmbc", None, "164 (in 1999)"),
        ],
    ),
    (
        "more-than-n-years-ago",
        "2025-06-04",
        "The memorandum notes that, since Estonia ratified the Ottawa Convention more than 20 years ago, the "
        "security environment has deteriorated.",
        [("ratified", "apmbc", "EST", "0001-01-01/2005-06-04")],  # on or before 4 June 2005
    ),
    (
        "a-capital-no-longer-bound-by-a-described-treaty",
        "2023-11-02",
        "Putin signed into law Russia's de-ratification of the Comprehensive Nuclear Test Ban Treaty. The law's text "
        "states that Moscow will no longer be bound by the UN-backed nuclear test ban starting Nov. 2.",
        [("bound_on", "ctbt", "RUS", "false")],
    ),
    (
        "force-after-a-participle-of-a-title-not-in-the-gazetteer",
        "2026-01-10",
        "Several countries had withdrawn from the Ottawa Convention (the Convention on the Prohibition of "
        "Anti-Personnel Mines, signed in 1997, entered into force in 1999).",
        [("signed", "apmbc", None, "1997"), ("entry_into_force", "apmbc", None, "1999")],
    ),
    (
        "more-than-n-years-of-membership",
        "2020-07-07",
        "After more than 70 years of membership, the United States moved to quit the WHO.",
        [("joined", "who-constitution", "USA", "0001-01-01/1950-07-07")],  # on or before then
    ),
    (
        "n-year-old-commitment",
        "2026-01-23",
        "The U.S. has finalized its withdrawal from the World Health Organization, one year after President Donald "
        "Trump announced America was ending its 78-year-old commitment, federal officials said Thursday.",
        "joined",
    ),
    (
        "headline-after-n-years",
        "2026-01-23",
        "US Officially Withdraws from the World Health Organization After 78 Years",
        "joined",
    ),
    (
        "the-communities-for-the-union",
        "2020-02-11",
        "Brexit is the biggest shake-up the UK has known since it joined the six-nation European Economic Community "
        "in 1973.",
        [("joined", "teu", "GBR", "1973")],
    ),
    (
        "force-in-a-state-some-months-later",
        "2018-03-15",
        "The Rome Statute. The Philippines ratified the treaty in August 2011 and became the 117th member. The treaty "
        "came into force in the Philippines three months later.",
        [
            ("ratified", "rome-statute", "PHL", "2011-08"),
            ("parties_count", "rome-statute", "PHL", "117"),
            ("bound_on", "rome-statute", "PHL", "2011-11"),  # August 2011 and three months: November 2011
        ],
    ),
    (
        "force-for-the-state-that-ratified",
        "2018-03-20",
        "The Philippines ratified the Rome Statute in August 2011 and it entered into force from November 2011.",
        [("ratified", "rome-statute", "PHL", "2011-08"), ("entry_into_force", "rome-statute", "PHL", "2011-11")],
    ),
    (
        "a-threshold-is-no-party-count",
        "2018-03-15",
        "The Rome Statute came into force after 60 countries had ratified it.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_membership(finder: ClaimFinder, name: str, published: str, text: str, expected: Read | str) -> None:
    got = read(finder, text, published)
    if isinstance(expected, str):  # among other claims: the joining a length of membership dates (a year around)
        joined = [g for g in got if g[0] == expected]
        assert joined == [("joined", "who-constitution", "USA", "1947-07-24/1948-07-24")], (name, got)
        return
    assert got == expected, name
