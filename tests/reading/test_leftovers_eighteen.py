"""Recall leftovers of session 18 (h-left), each a general construction pinned with the corpus sentence, paraphrases and
look-alikes that must not read.

Headlines that name their State by a description or its people: 'North Koreans Withdraw From Nuclear Treaty' (the
plural demonym, app/reading/headline_caps.demonym_states and exits._plural_named), 'Country neighboring Russia
withdraws from ...' (the State the body names most, headline_caps.most_named and subjects._headline_country), 'U.K.
Becomes Latest Donor Country to Withdraw from U.N. Development Agency' (a treaty name with 'U.N.' matched,
pipeline._dotted; 'U.K. Withdraws from UNIDO' in title case with its short words not counted, reader._title_case).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

NORTH_KOREA_BODY = (
    "North Korea defiantly declared today that it was immediately pulling out of the Nuclear Nonproliferation Treaty,"
    " the most important pact to stem the spread of nuclear weapons."
)
LATVIA_BODY = (
    "The Baltic countries and Poland have decided to withdraw from the Ottawa Convention. Latvian President Edgars"
    " Rinkēvičs has already signed the law.\n\nThe annex to the law states that over the 20 years since Latvia joined"
    " the convention, the situation has changed.\n\nAccording to Latvia's assessment, mines enhance defense"
    " capabilities.\n\nOn April 16, the Latvian Saeima passed the law on Latvia's withdrawal from the Ottawa"
    " Convention."
)
UNIDO_BODY = (
    "(CNSNews.com) – Britain has decided to withdraw from a United Nations agency it says provides poor value for its"
    " aid money.\n\nFour U.N. agencies will stop getting funding outright – the U.N. Industrial Development"
    " Organization (UNIDO), International Labor Organization (ILO), U.N.-Habitat and the U.N. International Strategy"
    " for Disaster Reduction."
)


def _exits(finder: ClaimFinder, text: str, published: str) -> set[tuple[str | None, str | None, str]]:
    return {(t, s, v) for k, t, s, v in read(finder, text, published) if k == "withdrew"}


@pytest.mark.parametrize(
    "headline",
    [
        "North Koreans Withdraw From Nuclear Treaty",  # Los Angeles Times, 10 January 2003
        "North Koreans Withdraw From Nuclear Nonproliferation Treaty",
        "North Koreans withdraw from the NPT",
        "North Koreans Officially Withdraw From Nuclear Treaty",
    ],
)
def test_a_headline_names_the_state_by_its_people(finder: ClaimFinder, headline: str) -> None:
    assert ("npt", "PRK", "true") in _exits(finder, f"{headline}\n\n{NORTH_KOREA_BODY}", "2003-01-10")


@pytest.mark.parametrize(
    "headline",
    [
        "Two North Koreans Withdraw From Nuclear Talks",  # people counted, and no treaty left
        "US owes WHO $260 million, staff cuts linked to US exit",  # 'US' is no plural
    ],
)
def test_people_or_an_initialism_are_no_plural_state(finder: ClaimFinder, headline: str) -> None:
    assert not {c for c in _exits(finder, headline, "2003-01-10") if c[2] == "true" and c[1] == "PRK"}
    assert not _exits(finder, "WHO faces budget crisis, staff cuts linked to US exit", "2026-01-22")


@pytest.mark.parametrize(
    "headline",
    [
        "Country neighboring Russia withdraws from Anti-Personnel Mine Ban Treaty",  # RBC-Ukraine, 24 April 2025
        "Country bordering Russia quits landmine treaty",
        "Baltic nation withdraws from Ottawa Convention",
    ],
)
def test_a_headline_country_is_the_state_the_body_names_most(finder: ClaimFinder, headline: str) -> None:
    found = _exits(finder, f"{headline}\n\n{LATVIA_BODY}", "2025-04-24")
    assert ("apmbc", "LVA", "true") in found
    assert not {c for c in found if c[1] == "RUS"}


@pytest.mark.parametrize(
    "headline",
    [
        "Any country may withdraw from the Ottawa Convention",  # a State in general
        "Country neighboring Russia could withdraw from mine treaty",  # a possibility
    ],
)
def test_no_state_for_a_general_or_possible_country(finder: ClaimFinder, headline: str) -> None:
    assert not {c for c in _exits(finder, f"{headline}\n\n{LATVIA_BODY}", "2025-04-24") if c[2] == "true"}


def test_no_state_when_the_body_names_none_most(finder: ClaimFinder) -> None:
    body = "Latvia and Poland have decided to withdraw from the Ottawa Convention."
    text = f"Country neighboring Russia withdraws from Anti-Personnel Mine Ban Treaty\n\n{body}"
    assert not {c for c in _exits(finder, text, "2025-04-24") if c[2] == "true"}


@pytest.mark.parametrize(
    "headline",
    [
        "U.K. Becomes Latest Donor Country to Withdraw from U.N. Development Agency",  # CNSNews, 2 March 2011
        "U.K. Withdraws from U.N. Development Agency",
        "U.K. Withdraws from UNIDO",
    ],
)
def test_the_un_agency_named_with_dots_is_the_one_left(finder: ClaimFinder, headline: str) -> None:
    found = _exits(finder, f"{headline}\n\n{UNIDO_BODY}", "2011-03-02")
    assert ("constitution-united-nations-industrial-development", "GBR", "true") in found
    assert not {c for c in found if c[0] == "ilo-constitution"}


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        (
            "Britain withdrew from the U.N. Industrial Development Organization in 2012.",
            "constitution-united-nations-industrial-development",
        ),
        (
            "The United States withdrew from the U.N. Educational, Scientific and Cultural Organization in 1984.",
            "unesco-constitution",
        ),
    ],
)
def test_a_un_name_with_dots_is_read(finder: ClaimFinder, text: str, treaty: str) -> None:
    assert {t for t, _, _ in _exits(finder, text, "2020-01-01")} == {treaty}


def test_a_lower_case_un_is_no_name(finder: ClaimFinder) -> None:
    assert not _exits(finder, "Britain withdrew from the u.n development talks in 2012.", "2020-01-01")
