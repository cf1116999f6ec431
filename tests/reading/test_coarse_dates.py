"""Coarse dates read at the article's own precision: 'the end of 2023' is the last third of that year, a unit the
judge reads as such (right when the true date falls inside), not a span of named days; 'twenty years ago' is a
round count of years, so it names that year, not the month twenty years before publication."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_the_end_of_a_year_is_its_last_third(finder: ClaimFinder) -> None:
    text = "Nicaragua is leaving the OAS, but the exit could not go into effect until the end of 2023."
    assert ("effective_date", "oas-charter", "NIC", "late 2023") in read(finder, text, "2022-04-25")


def test_years_ago_names_a_year(finder: ClaimFinder) -> None:
    text = "It is the first time since Latvia joined the Ottawa Convention 20 years ago."
    assert ("joined", "apmbc", "LVA", "2005") in read(finder, text, "2025-04-16")


def test_a_count_restated_as_its_day_is_that_day(finder: ClaimFinder) -> None:
    """'a year later, on 6 September': the count only gives the month; the day the article restates is the claim
    (and is judged as a day, so a day off is caught)."""
    text = (
        "Peru denounced the American Convention on Human Rights on 2 March 2031. "
        "The denunciation will take effect one year later, on 28 February 2032."
    )
    assert ("effective_date", "achr", "PER", "2032-02-28") in read(finder, text, "2031-03-05")
