"""Judging fixes from held-out batch 18 (tests/data/articles/README.md): a State a complete list of signatories leaves
out never signed (world/parties ``signatories_complete``, the Rome Statute's 139 signatures, signature closed on 31
December 2000), and a notice 'to the United Nations for the decision to take effect' goes to the depositary. Each
pinned with the article's claim and our own paraphrases (other states, treaties, days)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "state", "as_of"),
    [
        ("rome-statute", "CHN", "2025-03-18"),  # 'Some 40 countries never signed the treaty, including China, ...'
        ("rome-statute", "TUR", "2025-03-18"),
        ("rome-statute", "IND", "2010-06-01"),  # ours: a day before the list's date
        ("apmbc", "IND", "2025-04-04"),  # 'Russia which - along with ... India and Israel - has not signed'
        ("apmbc", "ISR", "2019-12-03"),  # ours
    ],
)
def test_a_state_a_complete_signatory_list_leaves_out_never_signed(
    client: TestClient, treaty: str, state: str, as_of: str
) -> None:
    result = judge(client, as_of, kind="signed", treaty=treaty, state=state, value="false")
    assert result["verdict"] == "consistent" and result["correct_value"] == "false", result
    assert "not among the signatories" in result["explanation"], result
    wrong = judge(client, as_of, kind="signed", treaty=treaty, state=state, value="true")
    assert wrong["verdict"] == "inconsistent", wrong


def test_signature_closed_says_so(client: TestClient) -> None:
    result = judge(client, "2025-03-18", kind="signed", treaty="rome-statute", state="SAU", value="false")
    assert "signature closed on 31 December 2000" in result["explanation"], result


@pytest.mark.parametrize(
    ("state", "day"),
    [("EGY", "26 December 2000"), ("THA", "2 October 2000"), ("RUS", "13 September 2000"), ("SDN", "8 September 2000")],
)
def test_a_signatory_that_never_ratified_signed_on_its_day(client: TestClient, state: str, day: str) -> None:
    """'Several dozen other countries signed the statute but never had their legislatures ratify it. These include
    Egypt, ..., Thailand, ...': the outsiders that signed, with the status table's dates."""
    result = judge(client, "2025-03-18", kind="signed", treaty="rome-statute", state=state, value="true")
    assert result["verdict"] == "consistent" and day in result["explanation"], result
    unratified = judge(client, "2025-03-18", kind="ratified", treaty="rome-statute", state=state, value="false")
    assert unratified["verdict"] == "consistent", unratified


def test_a_party_that_acceded_without_signing_did_not_sign(client: TestClient) -> None:
    """Japan acceded in 2007: 'Japan signed the Rome Statute' is wrong, its membership right."""
    result = judge(client, "2020-01-01", kind="signed", treaty="rome-statute", state="JPN", value="true")
    assert result["verdict"] == "inconsistent", result
    party = judge(client, "2020-01-01", kind="bound_on", treaty="rome-statute", state="JPN", value="true")
    assert party["verdict"] == "consistent", party


def test_a_signatory_of_an_incomplete_list_is_not_judged_so(client: TestClient) -> None:
    """The CCM's signatories are not all listed: a State left out is not said never to have signed."""
    result = judge(client, "2024-01-01", kind="signed", treaty="ccm", state="IND", value="false")
    assert "not among the signatories" not in result["explanation"], result


@pytest.mark.parametrize(
    ("treaty", "value", "as_of"),
    [
        (
            "paris-agreement",
            "P1Y after the formal notification by the u.s. to the united nations for the",
            "2025-01-21",
        ),
        ("rome-statute", "P1Y after notification to the UN for the withdrawal to become effective", "2025-04-03"),
        ("apmbc", "P6M after the notification to the United Nations for it to take effect", "2025-06-27"),
    ],
)
def test_a_notice_to_the_united_nations_for_the_effect_is_to_the_depositary(
    client: TestClient, treaty: str, value: str, as_of: str
) -> None:
    """'The withdrawal takes one year from the formal notification by Washington to the United Nations for the decision
    to take effect' (teleSUR, 2025): the purpose after 'for' is not part of the addressee."""
    result = judge(client, as_of, kind="rule", treaty=treaty, value=value)
    assert result["verdict"] == "consistent", result


def test_a_notice_to_another_body_for_the_effect_is_still_partly_right(client: TestClient) -> None:
    result = judge(
        client,
        "2025-04-03",
        kind="rule",
        treaty="rome-statute",
        value="P1Y after notification to the court for it to take effect",
    )
    assert result["verdict"] == "partly_consistent", result
