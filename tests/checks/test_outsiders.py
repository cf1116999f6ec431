"""'X has not signed / has not ratified Y' judged from the sourced outsiders of a party list (world/parties
``outsiders``): the CTBT's Annex 2 hold-outs, the non-signatories of the Ottawa Convention and the CCM, whose
signature closed at entry into force (APMBC Art. 15, CCM Art. 15)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize("state", ["USA", "CHN", "IND", "PAK", "PRK", "ISR", "EGY", "IRN"])
def test_ctbt_hold_outs_have_not_ratified(client: TestClient, state: str) -> None:
    result = judge(client, "2023-11-02", kind="ratified", treaty="ctbt", state=state, value="false")
    assert result["verdict"] == "consistent" and result["correct_value"] == "false", result
    wrong = judge(client, "2023-11-02", kind="ratified", treaty="ctbt", state=state, value="true")
    assert wrong["verdict"] == "inconsistent", wrong


def test_ctbt_signatures_as_read(client: TestClient) -> None:
    signed = judge(client, "2023-11-02", kind="signed", treaty="ctbt", state="USA", value="1996")
    assert signed["verdict"] == "consistent" and signed["correct_value"] == "1996-09-24", signed
    late = judge(client, "2023-11-02", kind="signed", treaty="ctbt", state="USA", value="1999")
    assert late["verdict"] == "inconsistent", late
    india = judge(client, "2023-11-02", kind="signed", treaty="ctbt", state="IND", value="true")
    assert india["verdict"] == "inconsistent" and india["correct_value"] == "false", india


def test_a_hold_out_after_the_list_s_date_is_not_judged(client: TestClient) -> None:
    """The CTBT is still open for signature and ratification: after the list's date either may have come."""
    result = judge(client, "2026-06-01", kind="ratified", treaty="ctbt", state="ISR", value="false")
    assert result["verdict"] != "consistent", result


@pytest.mark.parametrize(("treaty", "state", "as_of"), [("apmbc", "RUS", "2025-06-19"), ("ccm", "UKR", "2024-07-18")])
def test_a_non_signatory_stays_one_once_signature_closed(
    client: TestClient, treaty: str, state: str, as_of: str
) -> None:
    result = judge(client, as_of, kind="signed", treaty=treaty, state=state, value="false")
    assert result["verdict"] == "consistent", result
    assert "signature closed" in result["explanation"]
    wrong = judge(client, as_of, kind="signed", treaty=treaty, state=state, value="true")
    assert wrong["verdict"] == "inconsistent", wrong
    dated = judge(client, as_of, kind="signed", treaty=treaty, state=state, value="1997")
    assert dated["verdict"] == "inconsistent" and dated["correct_value"] == "false", dated


@pytest.mark.parametrize("state", ["IRN", "LBY", "YEM"])
def test_a_state_that_never_consented_was_never_bound(client: TestClient, state: str) -> None:
    """'The US will join Iran, Libya and Yemen as nations not party to the Paris Agreement': with no notice of its
    own, a state the outsiders list names was bound on no day up to the list's date."""
    result = judge(client, "2025-01-22", kind="bound_on", treaty="paris-agreement", state=state, value="false")
    assert result["verdict"] == "consistent" and result["correct_value"] == "false", result
    wrong = judge(client, "2025-01-22", kind="bound_on", treaty="paris-agreement", state=state, value="true")
    assert wrong["verdict"] == "inconsistent", wrong


def test_an_outsider_after_the_list_s_date_is_not_judged_unbound(client: TestClient) -> None:
    result = judge(client, "2026-06-01", kind="bound_on", treaty="paris-agreement", state="IRN", value="false")
    assert result["verdict"] != "consistent", result


def test_a_state_that_left_is_judged_by_its_notice_not_the_outsiders(client: TestClient) -> None:
    """The US, which gave notice, is judged by its withdrawal's date, not as a state that never joined."""
    result = judge(client, "2025-06-01", kind="bound_on", treaty="paris-agreement", state="USA", value="false")
    assert result["verdict"] == "inconsistent", result


@pytest.mark.parametrize("state", ["BGR", "CZE", "HUN", "LTU", "SVK"])
@pytest.mark.parametrize("as_of", ["2023-10-05", "2025-10-30", "2025-11-03"])
def test_istanbul_signatories_that_never_ratified(client: TestClient, state: str, as_of: str) -> None:
    """lsm-2023-10-05 ('six EU countries ... have not ratified'), europeanconservative-2025-11-03 ('refused to ratify',
    four days after the list of 30 October 2025: within the month after it, no consent recorded since)."""
    result = judge(client, as_of, kind="ratified", treaty="istanbul-convention", state=state, value="false")
    assert (result["verdict"], result["correct_value"]) == ("consistent", "false"), result
    wrong = judge(client, as_of, kind="ratified", treaty="istanbul-convention", state=state, value="true")
    assert wrong["verdict"] == "inconsistent", wrong


def test_an_outsider_months_after_the_list_s_date_is_not_judged(client: TestClient) -> None:
    """Two months after the list, a ratification may have come: the partial party list cannot rule it out."""
    result = judge(client, "2026-01-10", kind="ratified", treaty="istanbul-convention", state="HUN", value="false")
    assert result["verdict"] == "unverifiable", result


def test_bulgaria_signed_the_istanbul_convention_in_april_2016(client: TestClient) -> None:
    result = judge(client, "2023-10-05", kind="signed", treaty="istanbul-convention", state="BGR", value="2016")
    assert (result["verdict"], result["correct_value"]) == ("consistent", "2016-04-21"), result


@pytest.mark.parametrize("state", ["CZE", "HUN", "LTU", "SVK"])
def test_a_signature_undated_holds_from_the_list_s_date(client: TestClient, state: str) -> None:
    """eadaily-2025-10-31: 'signed the document, but never ratified it'; a signature stands once given."""
    result = judge(client, "2025-10-31", kind="signed", treaty="istanbul-convention", state=state, value="true")
    assert (result["verdict"], result["correct_value"]) == ("consistent", "true"), result
    before = judge(client, "2015-01-01", kind="signed", treaty="istanbul-convention", state=state, value="true")
    assert before["verdict"] == "unverifiable", before  # its day not read: before the list's date, unknown
