"""A day 'of the following year' counted from the year named before it (app/reading/words.with_year), not from the
report's year: the corpus sentence of Eco and Healthy (31 July 2019), a paraphrase and look-alikes."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read

_SIGNED = "The INF Treaty between the USA and the USSR was signed in Washington on December 8, 1987."


def test_the_following_year_is_the_year_after_the_one_named_in_the_sentence_before(finder: ClaimFinder) -> None:
    text = f"{_SIGNED} The document came into force on June 1 of the following year."
    assert ("entry_into_force", "inf-treaty", None, "1988-06-01") in read(finder, text, "2019-07-31")


def test_the_next_year_in_the_same_sentence(finder: ClaimFinder) -> None:
    text = "The INF Treaty was signed on 8 December 1987 and entered into force on 1 June of the next year."
    assert ("entry_into_force", "inf-treaty", None, "1988-06-01") in read(finder, text, "2019-07-31")


def test_the_same_year_is_still_the_year_named(finder: ClaimFinder) -> None:
    text = "The INF Treaty was signed in January 1988 and entered into force on June 1 of the same year."
    assert ("entry_into_force", "inf-treaty", None, "1988-06-01") in read(finder, text, "2019-07-31")


def test_next_year_alone_still_counts_from_the_report(finder: ClaimFinder) -> None:
    text = "Hungary's withdrawal from the Rome Statute takes effect on June 2 next year."
    assert ("effective_date", "rome-statute", "HUN", "2026-06-02") in read(finder, text, "2025-06-03")
