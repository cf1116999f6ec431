"""Judgements the sixteenth held-out batch asked for, in our own words: an exit dated while the state's recorded
membership still ran, an undated exit inside the span the records are sourced as complete for, 'not a party' from a
sourced list of outsiders, and the ICSID Convention's own entry into force."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


def test_an_exit_dated_while_the_recorded_membership_ran_is_wrong(client: TestClient) -> None:
    """Ecuador's ICSID membership is recorded from 1986 to its denunciation of 2009 (effect 2010): 'left in 2008'
    is wrong, and so is the Philippines 'leaving' the Rome Statute in 2015 (a party from 2011 to 2019)."""
    ecuador = judge(client, "2009-07-15", kind="withdrew", treaty="icsid-convention", state="ECU", value="2008-07-02")
    assert ecuador["verdict"] == "inconsistent", ecuador
    philippines = judge(client, "2018-04-17", kind="withdrew", treaty="rome-statute", state="PHL", value="2015")
    assert philippines["verdict"] == "inconsistent", philippines


def test_an_exit_with_no_recorded_membership_stays_unverifiable(client: TestClient) -> None:
    """No membership recorded for the state and the year after the records' complete span: nothing to hold it
    against (before 2 May 2007 the complete records say no)."""
    result = judge(client, "2010-05-02", kind="withdrew", treaty="icsid-convention", state="NIC", value="2009")
    assert result["verdict"] == "unverifiable", result
    result = judge(client, "2010-05-02", kind="withdrew", treaty="icsid-convention", state="NIC", value="2005")
    assert result["verdict"] == "inconsistent", result


def test_an_undated_exit_inside_the_complete_span_did_not_happen(client: TestClient) -> None:
    """Until Bolivia's notice of 2 May 2007 no State had ever denounced the ICSID Convention (world/records)."""
    for state in ("VEN", "NIC"):
        result = judge(client, "2007-05-02", kind="withdrew", treaty="icsid-convention", state=state, value="true")
        assert result["verdict"] == "inconsistent", result
    bolivia = judge(client, "2007-05-02", kind="withdrew", treaty="icsid-convention", state="BOL", value="true")
    assert bolivia["verdict"] == "partly_consistent", bolivia  # notified that day, in effect six months later


def test_an_undated_exit_after_the_complete_span_is_not_judged(client: TestClient) -> None:
    result = judge(client, "2010-05-02", kind="withdrew", treaty="icsid-convention", state="NIC", value="true")
    assert result["verdict"] == "unverifiable", result


def test_not_a_party_from_the_outsiders_list(client: TestClient) -> None:
    """The signatories that had not ratified in May 2013 (Belize, Canada, the Dominican Republic) and Brazil, which
    never signed: 'not a party' before then is right; Canada a party from December 2013, so not after."""
    for state in ("DOM", "BLZ", "BRA"):
        result = judge(client, "2007-05-02", kind="joined", treaty="icsid-convention", state=state, value="false")
        assert result["verdict"] == "consistent", result
    brazil = judge(client, "2007-05-02", kind="signed", treaty="icsid-convention", state="BRA", value="false")
    assert brazil["verdict"] == "consistent", brazil
    canada = judge(client, "2015-05-02", kind="joined", treaty="icsid-convention", state="CAN", value="false")
    assert canada["verdict"] == "inconsistent", canada


def test_the_icsid_convention_entered_into_force_in_1966(client: TestClient) -> None:
    wrong = judge(client, "2007-05-02", kind="entry_into_force", treaty="icsid-convention", value="1965")
    assert wrong["verdict"] == "inconsistent" and wrong["correct_value"] == "1966-10-14", wrong
    right = judge(client, "2007-05-02", kind="entry_into_force", treaty="icsid-convention", value="October 1966")
    assert right["verdict"] == "consistent", right
