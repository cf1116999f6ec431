"""What a State that never became a party did (world/parties outsiders ``acts``): a notice that it does not intend
to become a party (the US 2002, Israel 2002, Sudan 2008, Russia 2016 and the Rome Statute), an instrument of
accession withdrawn before it took effect (Malaysia, 2019). None is a withdrawal under Art. 127: an exit claimed for
them is partly right on the act's day (or its decision's), wrong on another day; the act's receipt is what was
notified; no withdrawal took effect on any day."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("state", "as_of", "value", "words"),
    [
        ("MYS", "2019-05-16", "true", "withdrew it on 29 April 2019, before it would have taken effect on 1 June 2019"),
        ("MYS", "2019-05-16", "2019-04", "deposited an instrument of accession on 4 March 2019"),
        ("RUS", "2016-11-16", "2016-11-16", "decided on 16 November 2016"),  # the decree's day
        ("RUS", "2017-01-10", "November 2016", "does not intend to become a party"),
        ("SDN", "2010-01-01", "2008-08", "on 26 August 2008"),
        ("ISR", "2003-01-01", "2002", "on 28 August 2002"),
        ("USA", "2016-11-16", "true", "on 6 May 2002"),  # 'pulled out of the agreement under President Bush'
    ],
)
def test_an_exit_claimed_for_a_never_party_is_its_real_act_mislabelled(
    client: TestClient, state: str, as_of: str, value: str, words: str
) -> None:
    result = judge(client, as_of, kind="withdrew", treaty="rome-statute", state=state, value=value)
    assert result["verdict"] == "partly_consistent", result
    assert "never became a party" in result["explanation"] and words in result["explanation"], result
    assert result["correct_value"].startswith("never a party"), result
    assert any("outsiders" in t for t in result["trace"]), result


@pytest.mark.parametrize(
    ("state", "value"), [("RUS", "2017-03"), ("SDN", "2010"), ("MYS", "2019-06-01"), ("ISR", "2002-05-06")]
)
def test_an_exit_dated_off_every_act_is_wrong(client: TestClient, state: str, value: str) -> None:
    """'Russia withdrew from the ICC in March 2017': no act of Russia's is of that month (the order: 16 November
    2016); Israel's notice is of 28 August 2002, not the US's day."""
    result = judge(client, "2020-01-01", kind="withdrew", treaty="rome-statute", state=state, value=value)
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"].startswith("never a party"), result


def test_the_notice_of_a_withdrawn_accession_is_its_receipt(client: TestClient) -> None:
    """'The government submitted a withdrawal letter to the Secretary-General on 29 April' (The Star, 2019)."""
    result = judge(
        client, "2019-05-16", kind="notification_date", treaty="rome-statute", state="MYS", value="2019-04-29"
    )
    assert result["verdict"] == "consistent" and result["correct_value"] == "2019-04-29", result
    decided = judge(client, "2019-05-16", kind="notification_date", treaty="rome-statute", state="MYS", value="5 April")
    assert decided["verdict"] == "partly_consistent" and decided["correct_value"] == "2019-04-29", decided
    wrong = judge(
        client, "2019-05-16", kind="notification_date", treaty="rome-statute", state="MYS", value="2019-05-15"
    )
    assert wrong["verdict"] == "inconsistent", wrong


def test_a_notice_whose_receipt_was_not_read_is_unverifiable_off_the_decree(client: TestClient) -> None:
    """Russia's notice to the Secretary-General: its receipt was not read; the order of 16 November 2016 was."""
    result = judge(
        client, "2017-01-10", kind="notification_date", treaty="rome-statute", state="RUS", value="2016-11-30"
    )
    assert result["verdict"] == "unverifiable" and "not recorded" in result["explanation"], result
    decree = judge(
        client, "2017-01-10", kind="notification_date", treaty="rome-statute", state="RUS", value="2016-11-16"
    )
    assert decree["verdict"] == "partly_consistent", decree


@pytest.mark.parametrize(("value", "verdict"), [("2019-04-29", "partly_consistent"), ("2019-06-01", "inconsistent")])
def test_no_withdrawal_of_a_never_party_took_effect(client: TestClient, value: str, verdict: str) -> None:
    """'The withdrawal as a member nation took effect on April 29': the right day of another act."""
    result = judge(client, "2019-05-16", kind="effective_date", treaty="rome-statute", state="MYS", value=value)
    assert result["verdict"] == verdict, result
    assert "never a party" in result["explanation"], result


def test_a_state_that_never_signed_did_not_withdraw_as_a_signatory(client: TestClient) -> None:
    """Signature closed on 31 December 2000 (Art. 125(1)); Malaysia acceded and never signed."""
    result = judge(client, "2019-05-16", kind="signed", treaty="rome-statute", state="MYS", value="true")
    assert result["verdict"] == "inconsistent", result
    assert "31 December 2000" in result["explanation"], result


@pytest.mark.parametrize(("state", "signed"), [("RUS", "13 September 2000"), ("SDN", "8 September 2000")])
def test_the_signatures_of_the_unsigners_stay_recorded(client: TestClient, state: str, signed: str) -> None:
    result = judge(client, "2020-01-01", kind="signed", treaty="rome-statute", state=state, value="2000")
    assert result["verdict"] == "consistent" and signed in result["explanation"], result


def test_a_party_s_exit_is_not_judged_on_outsiders(client: TestClient) -> None:
    """Burundi was a party and withdrew (in effect 27 October 2017)."""
    result = judge(client, "2018-01-01", kind="withdrew", treaty="rome-statute", state="BDI", value="2017-10-27")
    assert result["verdict"] == "consistent", result
    assert "never became a party" not in result["explanation"], result


@pytest.mark.parametrize(
    ("kind", "as_of", "value", "verdict"),
    [
        ("acceded", "2019-05-16", "2019-03", "consistent"),  # the deposit's month
        ("ratified", "2019-05-16", "2019-03-04", "partly_consistent"),  # an accession, not a ratification
        ("acceded", "2019-05-16", "2018", "inconsistent"),  # no other consent on the complete files
        ("joined", "2019-05-16", "March 2019", "partly_consistent"),  # deposited, withdrawn before it took effect
        ("acceded", "2019-03-20", "true", "consistent"),  # the instrument stood then
        ("acceded", "2019-05-16", "true", "partly_consistent"),  # deposited, then withdrawn
    ],
)
def test_a_withdrawn_accession_is_what_consent_claims_are_judged_on(
    client: TestClient, kind: str, as_of: str, value: str, verdict: str
) -> None:
    result = judge(client, as_of, kind=kind, treaty="rome-statute", state="MYS", value=value)
    assert result["verdict"] == verdict, result
    assert "never became a party" in result["explanation"], result


def test_has_not_signed_said_of_an_unsigner_is_partly_right(client: TestClient) -> None:
    """Russia signed on 13 September 2000 and notified (order of 16 November 2016) that it does not intend to become
    a party: 'has not signed' is the renounced signature told as none; 'signed in 2000' stays right."""
    result = judge(client, "2020-01-01", kind="signed", treaty="rome-statute", state="RUS", value="false")
    assert result["verdict"] == "partly_consistent", result
    assert "does not intend to become a party" in result["explanation"], result
    before = judge(client, "2010-01-01", kind="signed", treaty="rome-statute", state="RUS", value="false")
    assert before["verdict"] == "inconsistent", before
    wrong = judge(client, "2020-01-01", kind="signed", treaty="rome-statute", state="RUS", value="2005")
    assert wrong["verdict"] == "inconsistent", wrong


def test_an_unsigning_decided_but_not_yet_received(client: TestClient) -> None:
    """'Trump withdraws from arms trade treaty' (27 April 2019): announced on 26 April, received on 18 July 2019."""
    result = judge(client, "2019-04-27", kind="withdrew", treaty="att", state="USA", value="true")
    assert result["verdict"] == "partly_consistent", result
    assert "decided on 26 April 2019; the notice not yet received" in result["explanation"], result


def test_an_unsigning_received_is_the_notice(client: TestClient) -> None:
    """The US notice on the ATT reached the Secretary-General on 18 July 2019 (UNODA)."""
    result = judge(client, "2019-07-18", kind="notification_date", treaty="att", state="USA", value="2019-07-18")
    assert result["verdict"] == "consistent", result
    left = judge(client, "2019-07-18", kind="withdrew", treaty="att", state="USA", value="July 2019")
    assert left["verdict"] == "partly_consistent" and "on 18 July 2019" in left["explanation"], left
