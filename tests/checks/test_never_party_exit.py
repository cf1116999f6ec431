"""An exit claimed for a signatory that never became a party (world/parties ``outsiders`` with a signature and no
consent): it could not withdraw, as a withdrawal clause binds parties only; the claim is partly right (a refusal to
ratify or a renounced signature told as an exit: tests/data/articles/README.md), for any treaty whose files show it.
A real party's exit is judged as before."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "as_of", "value", "signed"),
    [
        ("kyoto-protocol", "2004-11-30", "2001-03", "12 November 1998"),  # a dated exit
        ("att", "2019-04-27", "true", "25 September 2013"),  # 'withdraws' on the announcement's day
        ("rome-statute", "2016-11-16", "true", "31 December 2000"),  # the complete list, after the section's date
        ("ctbt", "2020-06-01", "true", "24 September 1996"),  # any treaty whose outsiders record a signature
    ],
)
def test_a_signatory_never_a_party_could_not_withdraw(
    client: TestClient, treaty: str, as_of: str, value: str, signed: str
) -> None:
    result = judge(client, as_of, kind="withdrew", treaty=treaty, state="USA", value=value)
    assert result["verdict"] == "partly_consistent", result
    assert "never became a party" in result["explanation"] and signed in result["explanation"], result
    assert result["correct_value"].startswith("never a party"), result
    assert any(e.get("url") for e in result["evidence"]), result


def test_a_present_tense_exit_of_a_signatory(client: TestClient) -> None:
    result = judge(client, "2019-04-27", kind="withdrew", treaty="att", state="USA", value="true", tense="present")
    assert result["verdict"] == "partly_consistent", result


def test_a_party_s_exit_is_judged_as_before(client: TestClient) -> None:
    """Canada ratified the Kyoto Protocol and withdrew (notified 15 December 2011, in effect a year later)."""
    result = judge(client, "2013-06-01", kind="withdrew", treaty="kyoto-protocol", state="CAN", value="2012-12")
    assert result["verdict"] == "consistent" and result["correct_value"] == "2012-12-15", result
    assert "never became a party" not in result["explanation"]


def test_a_non_signatory_outsider_is_not_called_a_signatory(client: TestClient) -> None:
    """India never signed the CTBT: what an exit claim about it mislabels is not recorded."""
    result = judge(client, "2020-06-01", kind="withdrew", treaty="ctbt", state="IND", value="true")
    assert result["verdict"] != "partly_consistent" and "never became a party" not in result["explanation"], result


def test_after_a_partial_list_s_date_consent_may_have_come(client: TestClient) -> None:
    """The Kyoto outsiders are read as of March 2015 from a list that is not complete: a later article is not judged
    on them."""
    result = judge(client, "2026-01-10", kind="withdrew", treaty="kyoto-protocol", state="USA", value="true")
    assert "never became a party" not in result["explanation"], result


def test_an_exit_dated_before_the_signature_is_not_judged_on_it(client: TestClient) -> None:
    result = judge(client, "2004-11-30", kind="withdrew", treaty="kyoto-protocol", state="USA", value="1997")
    assert "never became a party" not in result["explanation"], result
