"""Stored copies of web pages read as plain text (app/reading/plain.py): a line break inside a sentence, no-break
spaces, soft hyphens and curly quotes do not break reading, and every quote is still the stored copy's own text.
Short texts of our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.reading.plain import plain_text, runs_on
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

HEADLINE = "Court loses a member\n"  # the first line is the headline: it never runs on into a capital

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-wrapped-line-before-a-weekday",
        "2017-10-25",
        HEADLINE + "Officials said on Wednesday that Chile's withdrawal from the ICC becomes effective\n"
        "Friday, the foreign ministry told reporters in Santiago.",
        [("effective_date", "rome-statute", "CHL", "2017-10-27")],
    ),
    (
        "a-wrapped-line-after-a-months-abbreviation",
        "2019-01-10",
        HEADLINE + "Peru's exit from the Rome Statute takes effect on Jan.\n25, the foreign ministry said.",
        [("effective_date", "rome-statute", "PER", "2019-01-25")],
    ),
    (
        "a-wrapped-line-after-an-article",
        "2019-01-10",
        HEADLINE + "Peru handed its notice of withdrawal from the Rome Statute to the\nSecretary-General on 3 January.",
        [("notification_date", "rome-statute", "PER", "2019-01-03")],
    ),
    (
        "a-no-break-space-inside-a-treatys-name",
        "2019-01-10",
        "Peru's withdrawal from the Rome\u00a0Statute takes effect on\u00a0March\u00a03.",
        [("effective_date", "rome-statute", "PER", "2019-03-03")],
    ),
    (
        "a-soft-hyphen-inside-the-verb",
        "2019-01-10",
        "Peru with\u00addrew from the Rome Statute on 3 January.",
        [("withdrew", "rome-statute", "PER", "2019-01-03")],
    ),
    (
        "a-curly-apostrophe-and-curly-quotes",
        "2019-01-10",
        "Peru\u2019s withdrawal from the \u201cRome Statute\u201d takes effect on 3 March.",
        [("effective_date", "rome-statute", "PER", "2019-03-03")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_artefacts_of_stored_pages(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


def test_the_quote_is_the_stored_copys_text(finder: ClaimFinder) -> None:
    text = HEADLINE + "Peru\u2019s exit from the Rome Statute takes\u00a0effect on Jan.\n25, the\u00ad ministry said."
    (found,) = finder.find(text, dt.date(2019, 1, 10))
    assert found.quote == text[found.start : found.end]
    assert found.quote.startswith("Peru\u2019s exit") and "Jan.\n25" in found.quote


@pytest.mark.parametrize(
    ("line", "following", "headline", "joined"),
    [
        ("The withdrawal takes effect", "Friday, a year after the notice reached the UN.", False, False),  # short
        ("Officials said the country's withdrawal becomes effective", "Friday, a year after the notice.", False, True),
        ("The letter was given to the", "Secretary-General on Monday.", False, True),
        ("The letter was given", "to the Secretary-General on Monday.", False, True),
        ("Background to the decision", "The convention entered into force in 1999.", False, False),  # a heading
        ("Peru leaves the court", "The convention entered into force in 1999.", True, False),
        ("Peru leaves the court in", "March, officials say.", True, False),  # a headline never runs on to a capital
        ("The exit was notified.", "the statement added nothing.", False, False),
        ("It takes effect on Jan.", "25 next year.", False, True),
        ("Members include:", "1. Chile and Peru.", False, False),
    ],
)
def test_which_line_breaks_fall_inside_a_sentence(line: str, following: str, headline: bool, joined: bool) -> None:
    assert runs_on(line, following, headline) is joined


def test_offsets_map_back_over_dropped_and_collapsed_characters() -> None:
    text = "A\u00ad B  \n  c\u200bd"
    plain = plain_text(text)
    assert plain.text == "A B cd"  # the second line runs on (lower case); spaces made one, invisibles dropped
    start = plain.text.index("c")
    begin, end = plain.original(start, len(plain.text))
    assert text[begin:end] == "c\u200bd"
