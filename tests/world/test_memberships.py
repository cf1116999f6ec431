"""A state that left a treaty and joined it again: earlier memberships listed under its party entry, each with its
own dates and source, read by the party status on a date and by the claim checks (Ecuador and the ICSID
Convention: ratified 1986, denounced with effect from 7 January 2010, ratified again in 2021)."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from app.rulebook import Rulebook
from app.world.model import World
from schemas.world import PartiesFile, PartyEntry, RecordsFile

SOURCE = {"url": "https://example.org/depositary/status", "title": "A depositary's status table"}


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


def _world(entry: dict[str, Any], records: list[dict[str, Any]] | None = None) -> World:
    """A one-treaty world: a partial list holding ``entry`` and the given records."""
    parties = PartiesFile.model_validate(
        {"treaty": "t", "as_of": "2025-01-01", "complete": False, "source": SOURCE, "parties": [entry]}
    )
    listed = RecordsFile.model_validate({"treaty": "t", "records": records or []})
    return World(parties=MappingProxyType({"t": parties}), records=MappingProxyType({"t": listed}))


REJOINED = {
    "state": "ECU", "consent": "ratification", "consent_date": "2021-08-04", "in_force": "2021-09-03",
    "earlier": [{"consent": "ratification", "consent_date": "1986-01-15", "in_force": "1986-02-14",
                 "source": {"url": "https://example.org/first-membership"}}],
}  # fmt: skip
DENOUNCED = [
    {"state": "ECU", "act": "denunciation", "notified": "2009-07-06", "effective": "2010-01-07",
     "sources": [{"url": "https://example.org/denunciation"}]},
]  # fmt: skip


@pytest.mark.parametrize(
    ("on", "status"),
    [
        ("1985-12-31", "not_party"),  # before the first consent
        ("1986-01-20", "consented"),  # deposited, not yet in force
        ("2000-06-01", "party"),  # under the earlier membership
        ("2010-01-06", "party"),  # the day before the denunciation took effect
        ("2010-01-07", "withdrawn"),
        ("2021-08-10", "consented"),  # ratified again, in force 30 days later
        ("2021-09-03", "party"),
    ],
)
def test_a_state_that_left_and_rejoined_on_each_day(on: str, status: str) -> None:
    found = _world(REJOINED, DENOUNCED).party_status("t", "ECU", dt.date.fromisoformat(on))
    assert found.status == status, found.reason


def test_an_earlier_membership_is_cited_with_its_own_source() -> None:
    found = _world(REJOINED, DENOUNCED).party_status("t", "ECU", dt.date(2000, 6, 1))
    assert found.source is not None and str(found.source.url) == "https://example.org/first-membership"
    assert "earlier membership" in found.reason and "1986-01-15" in found.reason


def test_an_end_given_in_the_list_needs_no_record() -> None:
    entry = {**REJOINED, "earlier": [{**REJOINED["earlier"][0], "ended": "2010-01-07"}]}
    world = _world(entry)
    assert world.party_status("t", "ECU", dt.date(2009, 12, 31)).status == "party"
    assert world.party_status("t", "ECU", dt.date(2015, 1, 1)).status == "withdrawn"
    assert world.party_status("t", "ECU", dt.date(2022, 1, 1)).status == "party"


def test_without_earlier_memberships_a_later_consent_reads_as_before() -> None:
    latest = {k: v for k, v in REJOINED.items() if k != "earlier"}
    found = _world(latest, DENOUNCED).party_status("t", "ECU", dt.date(2000, 6, 1))
    assert found.status == "party" and "earlier consent not in the list" in found.reason  # from the notice


@pytest.mark.parametrize(
    "earlier",
    [
        [{"consent_date": "2022-01-01"}],  # after the latest consent
        [{"consent_date": "1990-01-01"}, {"consent_date": "1986-01-15"}],  # out of order
        [{"consent_date": "1986-01-15", "ended": "2022-01-01"}],  # ends after the next consent
        [{"signed": "1986-01-15"}],  # a signature alone is no membership
    ],
)
def test_earlier_memberships_that_cannot_be_are_refused(earlier: list[dict[str, Any]]) -> None:
    with pytest.raises(ValidationError):
        PartyEntry.model_validate({**REJOINED, "earlier": earlier})


def test_ecuador_and_the_icsid_convention_in_the_world_files(rulebook: Rulebook) -> None:
    world = rulebook.world
    statuses = {on: world.party_status("icsid-convention", "ECU", dt.date(*on)).status for on in
                [(1990, 1, 1), (2015, 1, 1), (2022, 1, 1)]}  # fmt: skip
    assert statuses == {(1990, 1, 1): "party", (2015, 1, 1): "withdrawn", (2022, 1, 1): "party"}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ({"kind": "signed", "value": "1986-01-15"}, "consistent"),  # the first membership
        ({"kind": "signed", "value": "2021-06-21"}, "consistent"),  # the second
        ({"kind": "ratified", "value": "1986"}, "consistent"),
        ({"kind": "entry_into_force", "value": "1986-02-14"}, "consistent"),
        ({"kind": "entry_into_force", "value": "1987-02-14"}, "inconsistent"),
    ],
)
def test_claims_about_either_membership_are_judged(client: TestClient, claim: dict[str, Any], verdict: str) -> None:
    result = judge(client, "2021-09-30", treaty="icsid-convention", state="ECU", **claim)
    assert result["verdict"] == verdict, result["explanation"]


def test_the_united_states_and_unesco_three_memberships(rulebook: Rulebook) -> None:
    """Members from 1946, out from 1985, back from 1 October 2003, out again after 2018, back in July 2023."""
    statuses = {
        year: rulebook.world.party_status("unesco-constitution", "USA", dt.date(year, 6, 1)).status
        for year in (1950, 1990, 2010, 2020, 2024)
    }
    assert statuses == {1950: "party", 1990: "withdrawn", 2010: "party", 2020: "withdrawn", 2024: "party"}


@pytest.mark.parametrize(
    ("value", "verdict", "says"),
    [
        ("2003", "consistent", "became a member again on 1 October 2003"),
        ("1946-11", "consistent", "became a member on 4 November 1946"),
        ("1990", "inconsistent", "none began in 1990"),  # out from 1985 to 2003: no membership began then
    ],
)
def test_joining_unesco_in_an_earlier_membership(client: TestClient, value: str, verdict: str, says: str) -> None:
    result = judge(client, "2025-07-22", kind="joined", treaty="unesco-constitution", state="USA", value=value)
    assert result["verdict"] == verdict and says in result["explanation"], result["explanation"]
