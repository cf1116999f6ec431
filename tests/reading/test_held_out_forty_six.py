"""Held-out batch 46 (session 18, h-prec: treaties in passing, a second batch): the constructions its first sight showed
missed or misread, each pinned with the article's sentence, paraphrases of our own and look-alikes. Each case pins every
claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

_ICC = "The International Criminal Court (ICC) issued a warrant against Putin in March. "

CASES: list[tuple[str, str, str, list[Row]]] = [
    # 'neither X nor Y is a member': the negation is each State's (telanganatribune-2023-05-30: read as the United
    # States a member).
    (
        "neither-nor-article",
        "2023-05-30",
        _ICC + "One obstacle to Putin’s arrest is that neither Russia nor the United States is a member of the court.",
        [("joined", "rome-statute", "RUS", "false"), ("joined", "rome-statute", "USA", "false")],
    ),
    (
        "neither-nor-party",
        "2023-05-30",
        "Neither Russia nor the United States is a party to the Rome Statute.",
        [("joined", "rome-statute", "RUS", "false"), ("joined", "rome-statute", "USA", "false")],
    ),
    (
        "neither-nor-signed",
        "2023-05-30",
        "Neither China nor India has signed the Rome Statute.",
        [("signed", "rome-statute", "CHN", "false"), ("signed", "rome-statute", "IND", "false")],
    ),
    (
        "member-lookalike",
        "2023-05-30",
        "South Africa is a member of the ICC.",
        [("bound_on", "rome-statute", "ZAF", "true")],
    ),
    # The States that referred a situation are not the parties (strasbourgobservers-2022-03-17).
    (
        "referrals-count-article",
        "2022-03-17",
        "By 2 March his office had received referrals from 39 States Parties to the Rome Statute of the ICC, allowing "
        "active investigations to proceed.",
        [],
    ),
    (
        "referrals-count-paraphrase",
        "2022-03-17",
        "The prosecutor's office received referrals from 43 States Parties to the Rome Statute.",
        [],
    ),
    (
        "referred-count-verb-after",
        "2022-03-17",
        "Forty-three States Parties to the Rome Statute referred the situation in Ukraine to the Court.",
        [],
    ),
    (
        "agreement-purpose-count-lookalike",
        "2026-01-08",
        "The UNFCCC, a 1992 agreement among 198 countries to support climate action in developing nations, serves as "
        "the foundation for the Paris climate agreement.",
        [("parties_count", "unfccc", None, "198")],
    ),
    (
        "parties-count-lookalike",
        "2022-03-17",
        "The Rome Statute has 123 States Parties.",
        [("parties_count", "rome-statute", None, "123")],
    ),
    # Bound 'until' a day before the report: the day the exit took effect, not bound on the report's day
    # (verfassungsblog-2022-12-12).
    (
        "bound-until-past-article",
        "2022-12-12",
        "Even though Russia remained bound by the European Convention on Human Rights until 16 September 2022, a "
        "number of decisions in Moscow, but also in Strasbourg, made matters complicated.",
        [("effective_date", "echr", "RUS", "2022-09-16")],
    ),
    (
        "bound-until-past-paraphrase",
        "2023-01-10",
        "Russia was bound by the European Convention on Human Rights until 16 September 2022.",
        [("effective_date", "echr", "RUS", "2022-09-16")],
    ),
    (
        "bound-until-future-lookalike",
        "2022-03-23",
        "Russia remains bound by the European Convention on Human Rights until 16 September 2022.",
        [("bound_on", "echr", "RUS", "true")],
    ),
    (
        "party-until-future-lookalike",
        "2022-03-23",
        "Russia will remain a party to the European Convention on Human Rights until 16 September 2022.",
        [("effective_date", "echr", "RUS", "2022-09-16")],
    ),
    # A fronted 'as a member of T,' tells the State opening the main clause is bound (intellinews-2023-04-03).
    (
        "fronted-member-article",
        "2023-04-03",
        _ICC + "In theory as a member of the court, South Africa is obliged under Article 86 of the ICC statute to "
        "co-operate fully.",
        [("bound_on", "rome-statute", "ZAF", "true")],
    ),
    (
        "fronted-member-paraphrase",
        "2023-04-03",
        "As a member of the ICC, South Africa is obliged to arrest him.",
        [("bound_on", "rome-statute", "ZAF", "true")],
    ),
    (
        "fronted-member-alliance",
        "2023-04-03",
        "As a member of NATO, Turkey must defend its allies.",
        [("bound_on", "north-atlantic-treaty", "TUR", "true")],
    ),
    (
        "fronted-former-member-lookalike",
        "2023-04-03",
        "As a former member of the ICC, Burundi is not obliged to arrest him.",
        [],
    ),
    (
        "fronted-organ-lookalike",
        "2023-04-03",
        "As a member of the Security Council, Russia can veto it.",
        [],
    ),
    (
        "fronted-no-state-lookalike",
        "2023-04-03",
        "As a member of the ICC, the court's prosecutor is independent.",
        [],
    ),
    # A former leader right before 'then signed' signed in office (verfassungsblog-2025-06-08), as 'which Barack Obama
    # signed in 2015' is read (mentions._signs_next).
    (
        "leader-then-signed-article",
        "2025-06-08",
        "The Clinton administration participated in the negotiation of the Rome Statute.President Clinton then signed "
        "the Rome Statute but stated that he would not submit it.",
        [("signed", "rome-statute", "USA", "true")],
    ),
    (
        "leader-later-signed-paraphrase",
        "2025-06-08",
        "Bill Clinton later signed the Rome Statute.",
        [("signed", "rome-statute", "USA", "true")],
    ),
    (
        "leader-then-said-lookalike",
        "2025-06-08",
        "Bill Clinton then said the Rome Statute was flawed.",
        [],
    ),
    # A State as the object of 'withdrew', with no 'from': the treaty the sentence names before (wnyuz-2024-11-14).
    (
        "withdrew-state-article",
        "2024-11-14",
        "President Javier Milei is considering withdrawing Argentina from the Paris climate agreement, a drastic move "
        "that only one other world leader has made in the past: former President Donald J. Trump, who withdrew the "
        "United States during his first term.",
        [("withdrew", "paris-agreement", "USA", "true")],
    ),
    (
        "withdrew-state-paraphrase",
        "2024-11-14",
        "The Paris Agreement is in force. Trump withdrew the United States in 2020.",
        [("withdrew", "paris-agreement", "USA", "2020")],
    ),
    (
        "withdrew-state-from-lookalike",
        "2024-11-14",
        "Trump withdrew the United States from the Paris Agreement in 2017.",
        [("withdrew", "paris-agreement", "USA", "2017")],
    ),
    (
        "withdrew-delegation-lookalike",
        "2024-11-14",
        "The Paris Agreement is in force. Trump withdrew the United States delegation from the talks in 2019.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_six(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
