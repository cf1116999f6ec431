"""A revocation kept in world/records decides the judge too (VCLT Art. 68: a notification of withdrawal may be
revoked at any time before it takes effect), whatever source gave the notice.

Hungary notified its withdrawal from the Rome Statute on 2 June 2025 (Art. 127(1): effect one year later). A rule
file's example keeps that notice, as it tests the clause; world/records/rome-statute.yaml keeps its fate, a
revocation received on 29 May 2026, read from secondary sources only (its `doubts`). The judge and the party status
(app/world) must tell the same story, and the answer must say the revocation is not read at the depositary."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("as_of", "kind", "value", "tense", "verdict"),
    [
        ("2026-06-10", "withdrew", "2026-06-02", "past", "inconsistent"),  # 'Hungary left the ICC on 2 June 2026'
        ("2026-06-10", "withdrew", "true", "past", "inconsistent"),  # 'Hungary has left the ICC'
        ("2026-06-10", "bound_on", "true", "present", "consistent"),  # 'Hungary remains a party'
        ("2026-06-10", "bound_on", "false", "present", "inconsistent"),  # 'Hungary is no longer a party'
    ],
)
def test_an_exit_revoked_on_record_did_not_happen(
    client: TestClient, as_of: str, kind: str, value: str, tense: str, verdict: str
) -> None:
    result = judge(client, as_of, kind=kind, treaty="rome-statute", state="HUN", value=value, tense=tense)
    assert result["verdict"] == verdict, result
    assert "revoked on 29 May 2026" in result["explanation"], result
    assert "C.N.180.2026" in result["explanation"], result  # the doubt: not read at the depositary


def test_before_the_revocation_the_notice_stood(client: TestClient) -> None:
    """Said on 10 March 2026, 'will take effect on 2 June 2026' was right: the revocation came later."""
    result = judge(client, "2026-03-10", kind="effective_date", treaty="rome-statute", state="HUN", value="2026-06-02")
    assert (result["verdict"], result["correct_value"]) == ("consistent", "2026-06-02"), result
