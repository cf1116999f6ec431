"""Timelines (app/reading/timeline.py), in entries of our own: a date alone on a line, marked as an entry, dates the
undated events of the next line; a bare dateline does not."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_an_entry_date_dates_the_event_below(finder: ClaimFinder) -> None:
    text = (
        "How Canada and the Ottawa Convention got here\n\n"
        "* December 3, 1997:\n\n"
        "Canada signs the Ottawa Convention in its capital.\n\n"
        "* 2020:\n\n"
        "Canada hosts a review meeting."
    )
    assert ("signed", "apmbc", "CAN", "1997-12-03") in read(finder, text, "2024-03-01")


def test_the_entry_date_does_not_outlive_its_entry(finder: ClaimFinder) -> None:
    text = "Timeline\n\n* December 3, 1997:\n\nCanada signs the Ottawa Convention.\n\nNorway ratifies the Ottawa Convention."
    claims = read(finder, text, "2024-03-01")
    assert ("signed", "apmbc", "CAN", "1997-12-03") in claims
    assert not [c for c in claims if c[2] == "NOR" and c[3] == "1997-12-03"]


def test_a_bare_dateline_is_no_entry(finder: ClaimFinder) -> None:
    text = "Canada news\n\nDecember 3, 1997\n\nCanada signs the Ottawa Convention."
    assert ("signed", "apmbc", "CAN", "1997-12-03") not in read(finder, text, "1997-12-03")


def test_a_section_heading_tells_a_deed_as_a_headline_does(finder: ClaimFinder) -> None:
    """A newsletter's section heading in the present ('Norway withdraws from the Ottawa Convention') calls the step
    an exit, as a headline would; the same words ending a sentence of the body tell nothing done."""
    text = (
        "Arms control notes, spring 2031\n\n"
        "Norway withdraws from the Ottawa Convention\n\n"
        "Norway delivered its notice of withdrawal from the Ottawa Convention on 3 March 2031."
    )
    assert ("withdrew", "apmbc", "NOR", "true") in read(finder, text, "2031-04-01")
    body = "Arms control notes, spring 2031\n\nNorway delivered its notice on 3 March 2031. Norway withdraws from the Ottawa Convention."
    assert ("withdrew", "apmbc", "NOR", "true") not in read(finder, body, "2031-04-01")
