"""Treaty names in the forms news writes them (issue 14): British and American spellings of the same name, and
a name followed by its other form (', or ICSID'), each in a short text of our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "american-spelling-of-a-centre",  # the Centre the ICSID Convention establishes (Art. 1(1)), spelt 'Center'
        "2007-05-09",
        "Officials said Bolivia pulled out of the International Center for Settlement of Investment Disputes.",
        [("withdrew", "icsid-convention", "BOL", "true")],
    ),
    (
        "british-spelling-of-a-centre",
        "2007-05-09",
        "Officials said Bolivia pulled out of the International Centre for Settlement of Investment Disputes.",
        [("withdrew", "icsid-convention", "BOL", "true")],
    ),
    (
        "american-spelling-of-labour",  # the rule file writes 'International Labour Organization'
        "1977-11-10",
        "The United States left the International Labor Organization on 6 November 1977.",
        [("withdrew", "ilo-constitution", "USA", "1977-11-06")],
    ),
    (
        "an-exit-from-a-name-and-its-other-form-takes-effect",  # not the treaty's own entry into force
        "2012-07-25",
        "Venezuela's exit from the International Center for Settlement of Investment Disputes, or ICSID came into "
        "effect today.",
        [("effective_date", "icsid-convention", "VEN", "2012-07-25")],
    ),
    (
        "a-treaty-named-twice-that-came-into-effect-is-its-entry-into-force",
        "2012-07-25",
        "The Convention on the Settlement of Investment Disputes, or ICSID Convention, came into effect in 1966.",
        [("entry_into_force", "icsid-convention", None, "1966")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_name_form(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


def test_guinea_alone_is_the_state_and_its_longer_names_are_others(finder: ClaimFinder) -> None:
    """'Guinea' is the Republic of Guinea; 'Guinea-Bissau', 'Equatorial Guinea' and 'Papua New Guinea' are read whole."""
    text = "Guinea, Guinea-Bissau and Equatorial Guinea left the Rome Statute on 3 May 2030."
    states = {state for _, _, state, _ in read(finder, text, "2030-05-10")}
    assert states == {"GIN", "GNB", "GNQ"}
