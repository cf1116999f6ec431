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


def test_an_exit_dated_on_a_recorded_suspension_before_the_withdrawal_is_wrong(client: TestClient) -> None:
    """'fully withdrew from it in 2015' (kyivindependent-2023-11-07): in March 2015 Russia halted its participation
    in the CFE Treaty's Joint Consultative Group (a suspension, world/records), and in December 2007 its suspension
    took effect; it withdrew only in 2023. A year with no recorded act stays unverifiable (records not exhaustive)."""
    for value in ("2015", "2007-12", "2015-03-11"):
        result = judge(client, "2023-11-07", kind="withdrew", treaty="cfe-treaty", state="RUS", value=value)
        assert result["verdict"] == "inconsistent", result
        assert result["correct_value"] == "2023-11-07", result
    result = judge(client, "2023-11-07", kind="withdrew", treaty="cfe-treaty", state="RUS", value="2010")
    assert result["verdict"] == "unverifiable", result
