"""Notices told in headlines' present and with 'communicate' (issue 14): each in a short text of our own words.
A headline's present reports a notice given by the day of the report (perhaps weeks before), so the value is
'on or before the day of the report'; an intention ('to notify') is no notice."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "headline-notifies-of-a-treaty-pullout",  # the treaty as the pullout's modifier
        "2019-03-20",
        "Chile notifies UN of ICC pullout",
        [("notification_date", "rome-statute", "CHL", "0001-01-01/2019-03-20")],
    ),
    (
        "headline-plural-present-sends-the-organisation-notice",
        "2024-01-30",
        "Togo, Benin send ECOWAS formal notice of withdrawal",
        [
            ("notification_date", "ecowas-treaty", "TGO", "0001-01-01/2024-01-30"),
            ("notification_date", "ecowas-treaty", "BEN", "0001-01-01/2024-01-30"),
        ],
    ),
    (
        "headline-intention-is-no-notice",
        "2019-03-20",
        "Chile to notify UN of ICC pullout",
        [],
    ),
    (
        "communicated-a-decision-to-withdraw",
        "2024-01-30",
        "The ECOWAS Treaty. Togo and Benin have officially communicated their decision to withdraw from ECOWAS.",
        [
            ("notification_date", "ecowas-treaty", "TGO", "0001-01-01/2024-01-30"),
            ("notification_date", "ecowas-treaty", "BEN", "0001-01-01/2024-01-30"),
        ],
    ),
    (
        "letters-in-the-plural-confirming-an-exit",  # 'letters' is a notice word as 'letter' is
        "2016-11-15",
        "The ICC. Chile left in 2010.\n\nPeru and Bolivia have sent letters confirming that they are quitting the ICC.",
        [
            ("withdrew", "rome-statute", "CHL", "2010"),
            ("notification_date", "rome-statute", "PER", "0001-01-01/2016-11-15"),
            ("notification_date", "rome-statute", "BOL", "0001-01-01/2016-11-15"),
        ],
    ),
    (
        "communicated-with-someone-is-no-notice",
        "2024-01-30",
        "The ECOWAS Treaty. Togo's ministry communicated with ECOWAS officials about trade.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_notice_words(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


def test_an_office_named_by_its_organisation_is_the_addressee_not_the_treaty(finder: ClaimFinder) -> None:
    """'notified the OAS Secretary General of its denunciation of the American Convention': the OAS names who was
    notified (the depositary's office); the notice leaves the convention named after it. Alone, the organisation's
    name is the treaty left ('notified the ECOWAS Commission of its withdrawal')."""
    both = "Peru notified the OAS Secretary General of its denunciation of the American Convention on 3 May 2030."
    alone = "Ghana notified the ECOWAS Commission of its withdrawal on 3 May 2030."
    assert read(finder, both, "2030-05-10") == [("notification_date", "achr", "PER", "2030-05-03")]
    assert read(finder, alone, "2030-05-10") == [("notification_date", "ecowas-treaty", "GHA", "2030-05-03")]


def test_renounced_on_a_day_is_the_notice_like_denounced(finder: ClaimFinder) -> None:
    """News writes 'renounced' for 'denounced': a denunciation dated in the past is the notice, not the exit (the
    clauses count the exit from it, e.g. Single Convention Art. 46(2))."""
    text = "Ghana renounced the Single Convention on Narcotic Drugs on 4 April 2030."
    assert read(finder, text, "2030-04-10") == [("notification_date", "single-convention", "GHA", "2030-04-04")]
