"""Judgements for inaccurate claims that went unflagged (issue 14: every inaccurate claim flagged), in our own words
beside the corpus's: each rule holds for every treaty the records allow, never for one sentence."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.checks.test_held_out_sixteen import judge


def test_an_earlier_exit_presupposed_by_again_is_judged_from_the_first_membership(client: TestClient) -> None:
    """'directing the United States to withdraw once again from the UNFCCC' (edf-2026-01-07): an exit some time
    before the report, which can only be since the state was bound (the UNFCCC's records are complete from its
    entry into force, 21 March 1994): none is recorded, so it is wrong; Brazil likewise; the US had left the Paris
    Agreement (2020), so 'again' is right there."""
    for state in ("USA", "BRA"):
        result = judge(client, "2026-01-07", kind="withdrew", treaty="unfccc", state=state,
                       value="0001-01-01/2026-01-06")  # fmt: skip
        assert result["verdict"] == "inconsistent", result
    paris = judge(client, "2025-01-21", kind="withdrew", treaty="paris-agreement", state="USA",
                  value="0001-01-01/2025-01-20")  # fmt: skip
    assert paris["verdict"] == "consistent", paris


def test_an_open_start_past_the_complete_records_stays_unverifiable(client: TestClient) -> None:
    """Records complete to 9 January 2026 say nothing of a span that ends after it."""
    result = judge(client, "2026-02-01", kind="withdrew", treaty="unfccc", state="BRA", value="0001-01-01/2026-01-31")
    assert result["verdict"] == "unverifiable", result
