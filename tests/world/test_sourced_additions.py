"""World data added for issue 14's judging (session 10), each fact with its source: Canada's withdrawal from the
whaling convention (notice of 24 June 1981, effect 30 June 1982, ICRW Art. XI), the EU27's agreement of 28 October
2019 to the third Brexit extension (adopted 29 October), and the NPT's UNODA table read as complete from 1993."""

from __future__ import annotations

import datetime as dt

import pytest

from app.rulebook import Rulebook
from schemas.world import RecordEventEntry, WorldSource


def test_canada_left_the_whaling_convention_in_1982_with_its_sources(rulebook: Rulebook) -> None:
    (record,) = rulebook.world.records_of("icrw", "CAN")
    assert (record.act, record.notified, record.effective) == ("withdrawal", dt.date(1981, 6, 24), dt.date(1982, 6, 30))
    quotes = " ".join(s.quote or "" for s in record.sources)
    assert "by note of June 24, 1981" in quotes and "Canada withdrawal effective June 30, 1982" in quotes
    assert record.note is not None and "NOT read" in record.note  # the day of receipt
    status = rulebook.world.party_status("icrw", "CAN", dt.date(1996, 9, 12))
    assert status.status == "withdrawn"


def test_the_third_brexit_extension_is_known_from_the_day_it_was_agreed(rulebook: Rulebook) -> None:
    (record,) = rulebook.world.records_of("teu", "GBR")
    third = next(e for e in record.events if e.date == dt.date(2019, 10, 29))
    assert third.agreed == dt.date(2019, 10, 28) and third.known_from == dt.date(2019, 10, 28)
    assert third.agreed_source is not None and "agreed on Monday" in (third.agreed_source.quote or "")


def test_an_agreed_day_needs_its_source_and_precedes_the_adoption() -> None:
    source = WorldSource(url="https://example.org/a", title="t")
    day, later = dt.date(2019, 10, 29), dt.date(2019, 10, 30)
    with pytest.raises(ValueError, match="agreed_source"):
        RecordEventEntry(date=day, kind="extended", new_effective=later, agreed=day)
    with pytest.raises(ValueError, match="after the event"):
        RecordEventEntry(date=day, kind="extended", new_effective=later, agreed=later, agreed_source=source)


def test_the_npt_list_is_complete_only_from_1993(rulebook: Rulebook) -> None:
    listing = rulebook.world.parties["npt"]
    assert listing.complete and listing.complete_from == dt.date(1993, 1, 1)
    assert listing.complete_on(dt.date(1993, 6, 12)) and not listing.complete_on(dt.date(1992, 12, 31))
    assert len(listing.parties) == 191
    # absent from today's list: not a party from 1993; before, the list misses dissolved parties, so it cannot tell
    assert rulebook.world.party_status("npt", "IND", dt.date(1993, 6, 1)).status == "not_party"
    assert rulebook.world.party_status("npt", "IND", dt.date(1992, 6, 1)).status == "unknown"
