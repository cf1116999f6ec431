"""An exit told in a 'with' participial after a comma (app/reading/tense.py, app/reading/subjects.py): ', with the
countries officially leaving the organisation on 29 January 2025' is the exit of the states named before (or of
those the participle names) on that day: done by a later report, to come for an earlier one."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

AFRINZ = (
    "In January 2024, Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS, with the countries"
    " officially leaving the organisation on 29 January 2025."
)  # afrinz, March 2025


def _kinds(finder: ClaimFinder, text: str, published: str, kind: str) -> set[tuple[str | None, str]]:
    return {(c[2], c[3]) for c in read(finder, text, published) if c[0] == kind and c[1] == "ecowas-treaty"}


def test_the_participle_after_with_is_the_exit_on_its_day(finder: ClaimFinder) -> None:
    assert _kinds(finder, AFRINZ, "2025-03-18", "withdrew") == {
        ("MLI", "2025-01-29"),
        ("BFA", "2025-01-29"),
        ("NER", "2025-01-29"),
    }


def test_a_paraphrase_before_the_day_is_its_effective_date(finder: ClaimFinder) -> None:
    text = (
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS, with the three countries formally"
        " leaving the bloc on 29 January 2025."
    )
    assert _kinds(finder, text, "2024-03-01", "effective_date") == {
        ("MLI", "2025-01-29"),
        ("BFA", "2025-01-29"),
        ("NER", "2025-01-29"),
    }
    assert not _kinds(finder, text, "2024-03-01", "withdrew")


def test_a_state_named_in_the_participle_is_the_one_leaving(finder: ClaimFinder) -> None:
    text = (
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS, with Mali officially leaving the bloc"
        " on 29 January 2025."
    )
    assert _kinds(finder, text, "2025-03-18", "withdrew") == {("MLI", "2025-01-29")}


@pytest.mark.parametrize(
    "text",
    [
        "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS, with the countries leaving the bloc.",
        "Mali announced its withdrawal from ECOWAS, with a view to leaving the bloc on 29 January 2025.",
    ],
    ids=["undated", "with-a-view-to"],
)
def test_no_dated_exit_without_its_own_day_or_subject(finder: ClaimFinder, text: str) -> None:
    assert not {v for _, v in _kinds(finder, text, "2025-03-18", "withdrew")} - {"true"}
    assert not _kinds(finder, text, "2025-03-18", "effective_date")
