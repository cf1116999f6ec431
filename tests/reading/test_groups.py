"""Named groups of states as their members (world/groups: the Baltic states; the Alliance of Sahel States from its
charter's signature on 16 September 2023), read by ``app/reading/groups.py`` in the reader's subjects."""

from __future__ import annotations

import pycountry
import pytest

from app.reading import ClaimFinder
from app.reading.groups import load_groups
from tests.reading.conftest import read

BALTIC = [("withdrew", "apmbc", s, "2025-12-27") for s in ("EST", "LVA", "LTU")]
AES_ICC = [("withdrew", "rome-statute", s, "true") for s in ("MLI", "BFA", "NER")]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2025-12-28", "The Baltic states left the Ottawa Convention on 27 December 2025.", BALTIC),
        ("2025-12-28", "The three Baltic nations left the mine-ban treaty on 27 December 2025.", BALTIC),
        ("2025-09-23", "Sahel states quit ICC", AES_ICC),  # a headline: the group's members
        ("2025-09-23", "AES countries quit ICC", AES_ICC),
        (
            "2025-02-01",
            "The Alliance of Sahel States left ECOWAS on 29 January 2025.",
            [("withdrew", "ecowas-treaty", s, "2025-01-29") for s in ("MLI", "BFA", "NER")],
        ),
        (
            "2025-03-19",
            "Poland, Baltics quit landmine treaty",
            [("withdrew", "apmbc", s, "true") for s in ("POL", "EST", "LVA", "LTU")],
        ),
    ],
)
def test_a_group_acts_as_its_members(finder: ClaimFinder, published: str, text: str, expected: list[object]) -> None:
    assert read(finder, text, published) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # before the Liptako-Gourma Charter (16 September 2023) 'Sahel states' named a wider region (the G5 Sahel)
        ("2022-09-23", "The three Sahel states quit the ICC on 22 September."),
        (
            "2025-09-23",
            "Violence in the Sahel region has grown since the ICC opened its inquiry.",
        ),  # a region, no state
        ("2025-12-28", "A Baltic state left the Ottawa Convention on 27 December 2025."),  # which one is not said
    ],
)
def test_a_group_word_without_its_members_claims_nothing(finder: ClaimFinder, published: str, text: str) -> None:
    assert read(finder, text, published) == []


def test_the_baltic_state_is_the_member_the_article_named_last(finder: ClaimFinder) -> None:
    text = "Lithuania's parliament voted in April. The Baltic state left the mine-ban treaty on 27 December 2025."
    assert ("withdrew", "apmbc", "LTU", "2025-12-27") in read(finder, text, "2025-12-28")


def test_groups_file_is_sourced_and_names_real_states() -> None:
    """world/groups: every group names ISO 3166 states and a source; the AES only from its charter's day."""
    groups = load_groups()
    for group in [*groups.by_adjective.values(), *groups.by_plural.values()]:
        assert all(pycountry.countries.get(alpha_3=s) is not None for s in group.states), group.name
        assert group.source.scheme in ("http", "https")
    assert (
        groups.by_adjective["sahel"].start is not None
        and groups.by_adjective["sahel"].start.isoformat() == "2023-09-16"
    )
