"""Constructions of the forty-third held-out batch (treaties in passing: op-eds, analyses, speeches reported, a
summit, election pledges, exits of other organisations), each pinned by the article's sentence and paraphrases of our
own, with look-alikes that must still be read:

- a stale 'today' beside the day it names: 'Recall that Burkina Faso, Mali, and Niger have officially withdrawn from
  the Economic Community of West African States (ECOWAS), effective from today January 29, 2024.' (West Africa
  Weekly, March 2025) was read as an effect on the report's day; the day written beside 'today' (with or without a
  comma) is the day meant, and 'Today, November 4, 2020, ...' keeps its reading; a bare 'today' is the report's day;
- an exit from a body named by a title the rulebook lacks: 'Niger and Burkina Faso are leaving the Organisation
  Internationale de la Francophonie (OIF), with formal notifications sent to the OIF leadership.' (Afrinz, March
  2025) was read as notices to ECOWAS, the treaty the article names later, and so was the next paragraph's 'A note [of
  withdrawal] has been sent by Niger to France'; a capitalised generic noun ('Organisation', 'Alliance', 'Treaty')
  followed by a capitalised word that is no entity and no organ ('the Convention Secretariat') opens a name of its
  own (words.body_named_after), an exit whose object is such a name leaves no treaty of the rulebook, and an exit or
  notice told after it with no treaty named is that body's (context.left_other) until a known treaty is named.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_SAHEL = ("BFA", "MLI", "NER")

CASES: list[tuple[str, str, str, Read]] = [
    (
        "today-beside-its-day",  # West Africa Weekly, March 2025
        "2025-03-18",
        "Recall that Burkina Faso, Mali, and Niger have officially withdrawn from the Economic Community of West"
        " African States (ECOWAS), effective from today January 29, 2024.",
        [("withdrew", "ecowas-treaty", s, "true") for s in _SAHEL]
        + [("effective_date", "ecowas-treaty", s, "2024-01-29") for s in _SAHEL],
    ),
    (
        "today-comma-day-month",  # our words
        "2025-03-18",
        "Niger has left ECOWAS, effective from today, 29 January 2025.",
        [("effective_date", "ecowas-treaty", "NER", "2025-01-29")],
    ),
    # look-alikes: 'today' alone, and the speaker's today with its day
    (
        "today-alone-is-the-report-day",
        "2020-11-04",
        "The withdrawal of the United States from the Paris Agreement takes effect today.",
        [("effective_date", "paris-agreement", "USA", "2020-11-04")],
    ),
    (
        "today-comma-its-day-opens",
        "2020-11-04",
        "Today, November 4, 2020, the United States is no longer a Party to the Paris Agreement.",
        [("effective_date", "paris-agreement", "USA", "2020-11-04")],
    ),
    (
        "leaving-the-francophonie",  # Afrinz, March 2025 (the ECOWAS sentence of its last paragraph after it)
        "2025-03-18",
        "Niger and Burkina Faso are leaving the Organisation Internationale de la Francophonie (OIF), with formal"
        " notifications sent to the OIF leadership. In January 2024, Mali, Burkina Faso and Niger announced their"
        " withdrawal from ECOWAS.",
        [],
    ),
    (
        "quitting-a-named-body-then-a-note",  # our words
        "2025-03-18",
        "Mali is quitting the Organisation Internationale de la Francophonie, with a formal notification sent to its"
        " Secretary General. A note of withdrawal has been sent by Mali to France.",
        [],
    ),
    # look-alikes: a body the rulebook holds, and a known treaty named after the other body
    (
        "leaving-ecowas-with-a-notification",
        "2025-03-18",
        "Mali is leaving the Economic Community of West African States (ECOWAS), with a formal notification sent to"
        " the ECOWAS Commission.",
        [("notification_date", "ecowas-treaty", "MLI", "0001-01-01/2025-03-18")],
    ),
    (
        "a-known-treaty-named-after",
        "2025-03-18",
        "Mali is leaving the Alliance Sahelienne. It notified ECOWAS of its withdrawal on 29 January 2024.",
        [("notification_date", "ecowas-treaty", "MLI", "2024-01-29")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_three_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
