"""Constructions of the twelfth held-out batch (exits of 2016-2024 and what they became), in our own words.

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
        "informed-that-it-would-withdraw-on-a-day",  # the notice, and the day the exit it tells takes effect
        "2017-10-13",
        "On Thursday the United States informed UNESCO that it would formally withdraw from the organization on "
        "31 December 2018.",
        [
            ("notification_date", "unesco-constitution", "USA", "2017-10-12"),
            ("effective_date", "unesco-constitution", "USA", "2018-12-31"),
        ],
    ),
    (
        "informed-a-long-named-addressee",  # the addressee's full name between the verb and 'that'
        "2017-10-13",
        "The United States on Thursday informed the United Nations Educational, Scientific and Cultural "
        "Organization (UNESCO) that it would withdraw on 31 December 2018.",
        [
            ("notification_date", "unesco-constitution", "USA", "2017-10-12"),
            ("effective_date", "unesco-constitution", "USA", "2018-12-31"),
        ],
    ),
    (
        "informed-that-it-would-not-withdraw-is-no-notice",
        "2017-10-13",
        "On Thursday Canada informed UNESCO that it would not withdraw from the organization.",
        [("withdrew", "unesco-constitution", "CAN", "false")],  # a status said, as any 'would not withdraw'; no notice
    ),
    (
        "state-before-the-withdrawal-noun-owns-it",  # 'the US withdrawal from the treaty in November 2020'
        "2021-12-20",
        "Russia left the Open Skies Treaty on 18 December 2021. Moscow called it an answer to the US withdrawal from "
        "the treaty in November 2020.",
        [
            ("withdrew", "open-skies", "RUS", "2021-12-18"),
            ("withdrew", "open-skies", "USA", "2020-11"),
        ],
    ),
    (
        "an-indefinite-state-withdrawal-is-no-deed",
        "2021-03-01",
        "Analysts said a US withdrawal from the Paris Agreement in 2029 would slow progress.",
        [],
    ),
    (
        "will-be-removed-from-a-treaty-on-a-day",  # the day the exit takes effect
        "2016-11-20",
        "Gambia will be formally removed from the Rome Statute on 10 November 2017.",
        [("effective_date", "rome-statute", "GMB", "2017-11-10")],
    ),
    (
        "removed-from-office-is-no-exit",
        "2016-11-20",
        "The minister said the governor would be removed from office on Monday.",
        [],
    ),
    (
        "headline-re-enters-a-treaty",  # a re-entry reported when it has happened: by the day of the report
        "2021-02-20",
        "Canada Re-Enters The Kyoto Protocol\nOttawa said the step was symbolic.",
        [("joined", "kyoto-protocol", "CAN", "0001-01-01/2021-02-20")],
    ),
    (
        "once-again-a-party-is-bound",
        "2021-02-20",
        "Canada is once again a party to the Kyoto Protocol.",
        [("bound_on", "kyoto-protocol", "CAN", "true")],
    ),
    (
        "came-into-effect-years-later-is-no-notice-period",  # a treaty's own chronology, no withdrawal in it
        "2023-11-10",
        "The Open Skies Treaty was signed in Helsinki in March 1992. It came into effect ten years later.",
        [("signed", "open-skies", None, "1992-03"), ("entry_into_force", "open-skies", None, "2002")],
    ),
    (
        "countries-of-a-former-pact-are-a-group",  # 'It' is the treaty the sentence is about, not the Warsaw Pact
        "2023-11-10",
        "The CFE Treaty, signed in Paris in November 1990, was agreed by 16 NATO members and six countries of the "
        "former Warsaw Pact. It came into effect two years later.",
        [("signed", "cfe-treaty", None, "1990-11"), ("entry_into_force", "cfe-treaty", None, "1992")],
    ),
    (
        "it-officially-came-into-effect-after-the-signing-not-the-exit",  # a state named before: still the treaty's
        "2023-11-10",
        "Russia left the CFE Treaty in 2023. The treaty, originally signed in Paris in November 1990, limited tanks. "
        "It officially came into effect two years later.",
        [
            ("withdrew", "cfe-treaty", "RUS", "2023"),
            ("signed", "cfe-treaty", None, "1990-11"),
            ("entry_into_force", "cfe-treaty", None, "1992"),
        ],
    ),
    (
        "left-the-organisation-disappointed-is-no-exit",
        "2023-11-10",
        "Nicaragua's decision has left the Organization of American States deeply disappointed.",
        [],
    ),
    (
        "count-of-another-body-in-apposition",  # the Commonwealth is not the treaty the article is about
        "2017-02-14",
        "Senegal remains a party to the Rome Statute. In 2013 Senegal hosted the Commonwealth, the 54-member "
        "grouping of former colonies.",
        [("bound_on", "rome-statute", "SEN", "true")],
    ),
    (
        "title-case-headline-with-acronyms",  # capitalised words counted without 'ICC' and 'UN'
        "2016-11-15",
        "ICC: Senegal Formally Notifies UN of Withdrawal\nThe step surprised diplomats.",
        [("notification_date", "rome-statute", "SEN", "0001-01-01/2016-11-15")],
    ),
    (
        "article-triggered-by-a-headline-passive",  # the treaty's own withdrawal article
        "2017-03-29",
        "Article 50 triggered by Britain in a letter to Brussels\nThe letter was long.",
        [("notification_date", "teu", "GBR", "0001-01-01/2017-03-29")],
    ),
    (
        "must-do-one-thing-or-leave-is-no-exit",  # the second of two things a state must choose between
        "2019-04-11",
        "Britain must now approve the withdrawal agreement or leave the European Union on 1 June without one.",
        [],
    ),
    (
        "officially-withdraws-in-the-body-is-done-today",  # the simple present with 'officially', as a headline's
        "2021-07-02",
        "Women's groups protested in Ankara.\nSweden officially withdraws from the Istanbul Convention. Critics "
        "called it a step back.",
        [("withdrew", "istanbul-convention", "SWE", "true")],
    ),
    (
        "considers-itself-a-state-party",
        "2017-02-14",
        "Senegal still considers itself a state party to the Rome Statute, its minister said.",
        [("bound_on", "rome-statute", "SEN", "true")],
    ),
    (
        "the-country-s-official-withdrawal-on-a-day-ten-days-ahead",  # another body announcing the state's exit
        "2023-11-09",
        "Bolivia leaves the Organization of American States\nThe OAS said goodbye to Bolivia as it announced the "
        "country's official withdrawal from the organization on November 19.",
        [("withdrew", "oas-charter", "BOL", "true"), ("effective_date", "oas-charter", "BOL", "2023-11-19")],
    ),
    (
        "the-day-a-membership-ended",  # a day in apposition to 'the day' of a membership's end
        "2022-09-20",
        "The court took no case after 16 March, the day Russia's membership in the Council of Europe ended.",
        [("effective_date", "coe-statute", "RUS", "2022-03-16")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twelve_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
