"""Judgements batch 17 needed (the end-of-session-8 measure), in our own words: a signature dated before the treaty was
open for signature (Kyoto Protocol Art. 24(1): open from 16 March 1998, adopted on 11 December 1997), whoever is said
to have signed, and a signature in the period judged as before."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize("value", ["1997", "1997-12", "1997-12-11", "1998-02"])
def test_the_treaty_signed_before_it_was_open_for_signature(client: TestClient, value: str) -> None:
    """'Gore signed the treaty in 1997', 'The Kyoto Protocol was signed in 1997': its adoption is no signature."""
    result = judge(client, "2004-11-30", kind="signed", treaty="kyoto-protocol", state=None, value=value)
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"] == "1998-03-16"
    assert "Art. 24(1)" in result["explanation"]
    assert "11 December 1997" in result["explanation"]


def test_a_state_said_to_sign_before_the_opening(client: TestClient) -> None:
    """The US signed on 12 November 1998 (world/parties outsiders): its recorded day is the answer."""
    result = judge(client, "2004-11-30", kind="signed", treaty="kyoto-protocol", state="USA", value="1997")
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"] == "1998-11-12"


def test_a_signature_in_the_period_is_judged_on_the_recorded_days(client: TestClient) -> None:
    """The first signatures came on 16 March 1998 (Switzerland's among them): 'signed in 1998' holds."""
    result = judge(client, "2004-11-30", kind="signed", treaty="kyoto-protocol", state=None, value="1998")
    assert result["verdict"] == "consistent", result
    canada = judge(client, "2011-12-13", kind="signed", treaty="kyoto-protocol", state="CAN", value="1998-04-29")
    assert canada["verdict"] == "consistent", canada


def test_a_treaty_open_for_signature_at_its_adoption_is_unchanged(client: TestClient) -> None:
    """The Ottawa Convention records no later opening: 'signed in 1997' is still its adoption's year."""
    result = judge(client, "2020-01-01", kind="signed", treaty="apmbc", state=None, value="1997")
    assert result["verdict"] == "consistent", result


def test_a_notice_said_given_without_its_day(client: TestClient) -> None:
    """'Venezuela is now the second country to denounce the American Convention' (value 'true'): a notice given by the
    day of the report, judged against the recorded receipt (10 September 2012)."""
    result = judge(client, "2013-09-10", kind="notification_date", treaty="achr", state="VEN", value="true")
    assert result["verdict"] == "consistent", result
    assert result["correct_value"] == "2012-09-10"
    spelled = judge(client, "2013-09-10", kind="notification_date", treaty="achr", state="VEN",
                    value="0001-01-01/2013-09-10")  # fmt: skip
    assert spelled["verdict"] == result["verdict"] and spelled["correct_value"] == result["correct_value"]


def test_a_notice_said_given_before_any_was(client: TestClient) -> None:
    """The same words a year before Venezuela's notice: no notice is recorded by then."""
    result = judge(client, "2011-09-10", kind="notification_date", treaty="achr", state="VEN", value="true")
    assert result["verdict"] != "consistent", result
