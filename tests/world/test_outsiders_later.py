"""Later lists of a treaty's outsiders (world/parties ``outsiders.later``): a source naming States still outside on a
later day carries their missing consent to it (the OPCW's five of 9 July 2015, Reuters' four of 21 September 2015)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.rulebook import Rulebook
from schemas.world import Outsider, Outsiders, OutsidersLater, WorldSource

_SOURCE = WorldSource(url="https://example.org/a", title="t")


def test_the_cwc_outsiders_are_named_again_in_2015(rulebook: Rulebook) -> None:
    listing = rulebook.world.parties["cwc"]
    assert listing.outsiders is not None
    day, source = listing.outsiders.outside_until("AGO")
    assert day == dt.date(2015, 7, 9) and "Five States remain outside" in (source.quote or "")
    assert listing.outsiders.outside_until("EGY")[0] == dt.date(2015, 9, 21)
    assert listing.outsiders.outside_until("SYR")[0] == dt.date(2013, 8, 23)  # acceded on 14 September 2013


def test_a_later_list_comes_after_the_section_and_names_its_states() -> None:
    states = [Outsider(state="EGY", signed=False)]
    with pytest.raises(ValueError, match="must come after"):
        Outsiders(as_of=dt.date(2015, 1, 1), source=_SOURCE, states=states,
                  later=[OutsidersLater(as_of=dt.date(2014, 1, 1), source=_SOURCE, states=["EGY"])])  # fmt: skip
    with pytest.raises(ValueError, match="not among"):
        Outsiders(as_of=dt.date(2015, 1, 1), source=_SOURCE, states=states,
                  later=[OutsidersLater(as_of=dt.date(2016, 1, 1), source=_SOURCE, states=["ISR"])])  # fmt: skip


def test_the_upu_counted_192_members_on_the_us_notice_day(rulebook: Rulebook) -> None:
    found = rulebook.world.count_on("upu-constitution", "parties", dt.date(2018, 10, 17))
    assert found is not None and found.count == 192
