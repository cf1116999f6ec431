"""A span of years is one interval ('between 2000 and 2004'); an instrument named with a proper name the
rulebook lacks ('the Liptako-Gourma Charter') is not 'the charter' the article discussed; an exit told as a noun
with its month before the treaty's name ('the AES's January 2024 ECOWAS exit') is dated, and a group's acronym
owns the exit of the states the article listed. Our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-span-of-years-for-several-states",
        "2025-09-23",
        "Ghana and Kenya, the ministers recalled, had ratified the Rome Statute between 1999 and 2005.",
        [
            ("ratified", "rome-statute", "GHA", "1999-01-01/2005-12-31"),
            ("ratified", "rome-statute", "KEN", "1999-01-01/2005-12-31"),
        ],
    ),
    (
        "a-span-of-months-keeps-its-year",
        "2025-09-23",
        "Peru left the ICC between March and May 2019.",
        [("withdrew", "rome-statute", "PER", "2019-03-01/2019-05-31")],
    ),
    (
        "a-day-last-year-is-in-the-calendar-year-before",  # not the last 3 March before the report
        "2025-01-10",
        "Peru left the ICC on 3 March last year.",
        [("withdrew", "rome-statute", "PER", "2024-03-03")],
    ),
    (
        "a-day-next-year-is-in-the-calendar-year-after",
        "2025-01-10",
        "Peru's exit from the ICC takes effect on March 3 next year.",
        [("effective_date", "rome-statute", "PER", "2026-03-03")],
    ),
    (
        "another-instruments-proper-name-is-not-the-treaty-discussed",
        "2025-09-23",
        "Ghana ratified the Rome Statute in 1999. Last year Ghana and Togo signed the Volta-Basin Charter in Accra.",
        [("ratified", "rome-statute", "GHA", "1999")],
    ),
    (
        "an-exit-as-a-noun-with-its-month-before-the-treatys-name",
        "2025-09-23",
        "Ghana's March 2023 ECOWAS exit surprised its neighbours.",
        [("withdrew", "ecowas-treaty", "GHA", "2023-03")],
    ),
    (
        "a-groups-acronym-owns-the-exit-of-the-states-listed",
        "2025-09-23",
        "Ghana, Togo and Benin met in Lome. The talks come after the GTB's March 2023 ECOWAS exit.",
        [
            ("withdrew", "ecowas-treaty", "GHA", "2023-03"),
            ("withdrew", "ecowas-treaty", "TGO", "2023-03"),
            ("withdrew", "ecowas-treaty", "BEN", "2023-03"),
        ],
    ),
    (
        "a-year-in-a-treatys-name-is-still-the-name",
        "2025-09-23",
        "Ghana left the 1997 Ottawa Convention.",
        [("withdrew", "apmbc", "GHA", "true")],
    ),
    (
        "a-headline-in-title-case-still-refers",
        "2025-09-23",
        "Hungary Leaves Landmine Treaty\nHungary's parliament voted to leave the Ottawa Convention.",
        [("withdrew", "apmbc", "HUN", "true")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_spans_and_names(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
