"""Judging the thirty-fourth held-out batch's claims (issue 14): a State's signature told as a status ('Nigeria has
signed the Treaty') is judged from the world party list's signature (world/parties ``signed``), whether or not the
list is complete; and no signature of the TPNW before it opened for signature on 20 September 2017 (Art. 13; rules/
treaties/tpnw.yaml ``signature``): 'about 122 countries actually signed the treaty' on 7 July 2017 names the day the
text was adopted by 122 votes. Real rule files and world files, through the API."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


def test_a_signature_as_a_status_is_judged_from_the_party_lists_signature(client: TestClient) -> None:
    """Nigeria signed the TPNW on 20 September 2017 (ICAN): 'has signed' is right from that day, 'has not' wrong."""
    signed = judge(client, "2017-09-20", kind="signed", treaty="tpnw", state="NGA", value="true")
    assert signed["verdict"] == "consistent"
    denied = judge(client, "2022-01-22", kind="signed", treaty="tpnw", state="MYS", value="false")
    assert denied["verdict"] == "inconsistent"


def test_before_the_signature_the_list_decides_nothing(client: TestClient) -> None:
    """On 1 September 2017 Nigeria had not signed (the Treaty was not yet open): the partial list says nothing then."""
    early = judge(client, "2017-09-01", kind="signed", treaty="tpnw", state="NGA", value="true")
    assert early["verdict"] != "consistent"


def test_no_signature_before_the_tpnw_opened_for_signature(client: TestClient) -> None:
    """'About 122 countries signed the treaty' on 7 July 2017: adopted that day, open for signature from 20 September."""
    adopted_day = judge(client, "2019-11-27", kind="signed", treaty="tpnw", value="2017-07-07")
    assert adopted_day["verdict"] == "inconsistent" and adopted_day["correct_value"] == "2017-09-20"
    opening_day = judge(client, "2019-11-27", kind="signed", treaty="tpnw", value="2017-09-20")
    assert opening_day["verdict"] == "consistent"
