"""Constructions of the sixteenth held-out batch (legal blogs, fact-checks, exits of 1997-2025), in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "neither-signed-nor-ratified-denies-both",  # 'neither ... nor' denies each verb
        "2010-03-01",
        "Chile and Peru have neither signed nor ratified the Ottawa Convention.",
        [
            ("signed", "apmbc", "CHL", "false"),
            ("signed", "apmbc", "PER", "false"),
            ("ratified", "apmbc", "CHL", "false"),
            ("ratified", "apmbc", "PER", "false"),
        ],
    ),
    (
        "a-verb-joined-by-or-to-a-denied-verb-is-denied",  # '(or even signed)' after 'has not ratified'
        "2010-03-01",
        "Peru has not ratified (or even signed) the Ottawa Convention.",
        [("ratified", "apmbc", "PER", "false"), ("signed", "apmbc", "PER", "false")],
    ),
    (
        "or-after-an-asserted-verb-asserts",  # no denial before: nothing to inherit
        "2010-03-01",
        "Peru signed the Ottawa Convention in 1997 and ratified it in 1998.",
        [("signed", "apmbc", "PER", "1997"), ("ratified", "apmbc", "PER", "1998")],
    ),
    (
        "not-been-a-party-is-no-signature",  # 'been a' alone is no 'been a signatory'
        "2024-02-01",
        "Burundi has not been a party to the Rome Statute since 2017.",
        [],
    ),
    (
        "no-longer-a-party-since-is-an-end-not-a-joining",  # 'no longer a party ... since YEAR' dates no joining:
        "2024-02-01",  # it dates the exit (app/reading/status_since.py)
        "Burundi is no longer a party to the Rome Statute since 2017.",
        [("withdrew", "rome-statute", "BDI", "2017")],
    ),
    (
        "a-party-since-still-dates-the-joining",  # the membership that began then
        "2024-02-01",
        "Burundi has been a party to the Ottawa Convention since 2003.",
        [("joined", "apmbc", "BDI", "2003")],
    ),
    (
        "not-ever-a-member-denies-membership",  # 'not ever, ever' as 'never'
        "2018-05-01",
        "The president insisted the country was not ever, ever a member of the ICC. Burundi, he said, had left.",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "a-named-state-not-ever-a-member",
        "2018-05-01",
        "Spokesmen said Burundi was not ever a member of the ICC.",
        [("joined", "rome-statute", "BDI", "false")],
    ),
    (
        "a-question-about-membership-claims-none",
        "2018-05-01",
        "Was Burundi ever a member of the ICC?",
        [],
    ),
    (
        "an-administration-owns-the-exit-its-leader-stands-for",  # the leader in office is the state
        "2020-06-01",
        "Following the Trump administration's withdrawal from the Paris Agreement, China pledged more.",
        [("withdrew", "paris-agreement", "USA", "true")],
    ),
    (
        "a-fronted-phrase-asserts-whatever-the-main-clause-hedges",  # the modal is the main clause's
        "2020-06-01",
        "After the US withdrawal from the INF Treaty, other pacts may follow.",
        [("withdrew", "inf-treaty", "USA", "true")],
    ),
    (
        "a-planned-exit-of-an-administration-is-no-exit",
        "2020-06-01",
        "The Trump administration's planned withdrawal from the Open Skies Treaty alarmed Europe.",
        [],
    ),
    (
        "a-leader-out-of-office-names-no-state",  # world/leaders: Trump was not in office in 2023
        "2023-06-01",
        "Following the Trump administration's withdrawal from the INF Treaty, Russia deployed missiles.",
        [],
    ),
    (
        "outsiders-listed-after-remain-outside",  # a colon list of states outside a treaty
        "2008-01-10",
        "Four Andean states remain outside the Ottawa Convention: Peru, Bolivia, Ecuador and Colombia.",
        [
            ("bound_on", "apmbc", "PER", "false"),
            ("bound_on", "apmbc", "BOL", "false"),
            ("bound_on", "apmbc", "ECU", "false"),
            ("bound_on", "apmbc", "COL", "false"),
        ],
    ),
    (
        "remain-outside-with-no-treaty-claims-none",
        "2008-01-10",
        "Observers remain outside the building: Peru and Bolivia sent none.",
        [],
    ),
    (
        "a-region-is-no-state",  # 'South America' is not America
        "2010-03-01",
        "In Latin America, Peru has not ratified the Kyoto Protocol.",
        [("ratified", "kyoto-protocol", "PER", "false")],
    ),
    (
        "one-of-the-first-to-ratify-is-an-undated-ratification",  # the copula's tense, no date
        "2001-03-01",
        "Senegal became one of the first countries to ratify the Rome Statute.",
        [("ratified", "rome-statute", "SEN", "true")],
    ),
    (
        "one-of-the-first-to-ratify-in-the-future-is-no-deed",
        "2001-03-01",
        "Senegal will become one of the first countries to ratify the Rome Statute.",
        [],
    ),
    (
        "a-treaty-acronym-between-a-number-and-its-members",  # the count of the treaty named
        "2015-06-01",
        "The ministers of the 35 OAS member states met in Washington.",
        [("parties_count", "oas-charter", None, "35")],
    ),
    (
        "an-organisation-s-officials-are-no-count-of-members",
        "2015-06-01",
        "In 2015, 12 OAS officials resigned.",
        [],
    ),
    (
        "an-exit-noun-after-despite-is-the-subject-state-s",  # the one state the clause names before it
        "2024-11-26",
        "Burundi still bound to cooperate with ICC despite withdrawal in 2017",
        [("withdrew", "rome-statute", "BDI", "2017")],
    ),
    (
        "an-undated-exit-noun-after-despite-claims-none",  # dated only
        "2024-11-26",
        "Burundi must cooperate with the ICC despite withdrawal.",
        [],
    ),
    (
        "the-country-after-a-state-named-in-the-sentence",  # 'the country' is the one state named before it
        "2022-08-04",
        "The court cannot act in Burundi because the country is no longer a state party to the Rome Statute.",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "a-hyphenated-treaty-name-is-the-exit-s-object-not-the-subject",  # 'which' is the withdrawal's
        "1999-05-26",
        "Trinidad and Tobago's withdrawal from the Inter-American Convention on Human Rights, which takes effect "
        "today, was debated.",
        [("effective_date", "achr", "TTO", "1999-05-26")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_sixteen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
