"""Lists of treaties as the object of an exit or joining verb (app/reading/coordinated.py): one claim per treaty
of the rulebook in the list, with the same state and value; items the rulebook lacks give nothing, and a list that
is not the verb's object gives nothing."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

KAZINFORM = (
    "The exit marks the latest U.S. departure from multinational organizations and treaties after it pulled out of"
    " the Paris climate accord, the UN global compact on migration, the UN culture and education body UNESCO, as"
    " well as the Iran nuclear deal."
)  # Kazinform, 20 June 2018


def _exits(finder: ClaimFinder, text: str, published: str) -> set[tuple[str | None, str | None]]:
    return {(c[1], c[2]) for c in read(finder, text, published) if c[0] == "withdrew"}


def test_every_treaty_of_a_list_after_pulled_out_of_is_left(finder: ClaimFinder) -> None:
    assert _exits(finder, KAZINFORM, "2018-06-20") == {
        ("paris-agreement", "USA"),
        ("unesco-constitution", "USA"),
        ("jcpoa", "USA"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The United States has left the Paris Agreement, UNESCO and the Iran nuclear deal.",
        "The United States withdrew from the Paris Agreement, the UN migration compact, UNESCO, and the Iran nuclear"
        " deal.",
        "The United States quit the Paris Agreement, UNESCO, as well as the Iran nuclear deal, in the past two years.",
    ],
    ids=["left-x-y-and-z", "withdrew-from-with-an-unknown-item", "quit-as-well-as"],
)
def test_list_shapes(finder: ClaimFinder, text: str) -> None:
    assert _exits(finder, text, "2018-06-20") == {
        ("paris-agreement", "USA"),
        ("unesco-constitution", "USA"),
        ("jcpoa", "USA"),
    }


def test_a_dated_exit_from_a_list_keeps_its_date(finder: ClaimFinder) -> None:
    text = "Russia withdrew from the INF Treaty, the Open Skies Treaty and the CFE Treaty in 2023."
    found = {c[1]: c[3] for c in read(finder, text, "2024-01-10") if c[0] == "withdrew" and c[2] == "RUS"}
    assert set(found) == {"inf-treaty", "open-skies", "cfe-treaty"}
    assert len(set(found.values())) == 1


def test_a_list_of_ratifications(finder: ClaimFinder) -> None:
    found = {(c[1], c[2]) for c in read(finder, "Sweden has ratified the CWC, the BWC and the CTBT.", "2024-06-20")}
    assert {("cwc", "SWE"), ("bwc", "SWE"), ("ctbt", "SWE")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "After it pulled out of the Paris accord, UNESCO said it regretted the move.",
        "After the United States pulled out of the Paris Agreement, UNESCO and the WHO voiced their regret.",
        "The United States withdrew from the Paris Agreement, which UNESCO and the WHO had supported.",
    ],
    ids=["next-clause-subject", "coordinated-subject-of-the-next-clause", "relative-clause"],
)
def test_a_list_that_is_not_the_object_gives_no_exit(finder: ClaimFinder, text: str) -> None:
    assert _exits(finder, text, "2018-06-20") <= {("paris-agreement", "USA")}


def test_a_list_with_acronyms_in_brackets_and_no_comma_before_as_well_as(finder: ClaimFinder) -> None:
    text = (
        "Zarif said the administration of US President Donald Trump has already pulled out of Iran nuclear agreement,"
        " officially known as the Joint Comprehensive Plan of Action [JCPOA], the North American Free Trade Agreement"
        " [NAFTA], the Trans-Pacific Partnership [TPP] deal as well as the Paris climate accord."
    )  # Al-Ahed News, January 2019
    assert _exits(finder, text, "2019-01-02") == {("jcpoa", "USA"), ("paris-agreement", "USA")}
