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


# Demonyms the name sources give a State and its dependent territories alike name the State (the WHO Constitution's
# complete list tells which is the State); a region's or people's adjective that holds one names no State.
DEMONYM_CASES: list[tuple[str, str, str, Read]] = [
    (
        "the-paris-climate-deal-is-the-paris-agreement",  # the names news gives it (rules/treaties/paris-agreement.yaml)
        "2020-11-05",
        "The US formally left the Paris climate deal on 4 November 2020.",
        [("withdrew", "paris-agreement", "USA", "2020-11-04")],
    ),
    (
        "the-paris-climate-accords-are-the-paris-agreement",
        "2021-02-20",
        "The United States rejoined the Paris climate accords on 19 February 2021.",
        [("joined", "paris-agreement", "USA", "2021-02-19")],
    ),
    (
        "american-is-the-united-states-not-the-northern-mariana-islands",
        "2020-11-05",
        "The American withdrawal from the Paris Agreement took effect on 4 November 2020.",
        [("effective_date", "paris-agreement", "USA", "2020-11-04")],
    ),
    (
        "french-is-france-not-its-overseas-territories",
        "2023-12-10",
        "The French withdrawal from the Energy Charter Treaty took effect on 8 December 2023.",
        [("effective_date", "ect", "FRA", "2023-12-08")],
    ),
    (
        "chinese-is-china-not-hong-kong-or-macao",
        "2017-01-01",
        "The Chinese ratification of the Paris Agreement in 2016 was welcomed.",
        [("ratified", "paris-agreement", "CHN", "2016")],
    ),
    (
        "a-region-s-adjective-names-no-state",
        "2020-11-05",
        "Latin American and North American states have ratified the Rome Statute.",
        [],
    ),
    (
        "the-inter-american-court-names-no-state",  # PanAm Post, 10 September 2013: 'the country' is Venezuela
        "2013-09-10",
        "Venezuela's denunciation of the American Convention on Human Rights took effect today. The country is no "
        "longer subject to the jurisdiction of the Inter-American Court of Human Rights.",
        [("effective_date", "achr", "VEN", "2013-09-10")],
    ),
    (
        "the-indian-ocean-names-no-state",
        "2021-01-01",
        "Indian Ocean states have not ratified the Rome Statute.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), DEMONYM_CASES, ids=[c[0] for c in DEMONYM_CASES])
def test_demonym(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
