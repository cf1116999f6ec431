"""Judging the fifteenth held-out batch's claims (issue 14): a state that has only decided to withdraw is still bound
(world/records ``unnotified``), and a parliament's approval day given to the ratification is partly right (world/parties
``approved``). Real rule files and world files, through the API."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


def test_a_law_to_denounce_leaves_the_state_bound(client: TestClient) -> None:
    """Russia's law denouncing the European Convention for the Prevention of Torture (signed 29 September 2025) ends
    nothing: no notice to the Secretary General is recorded, and Art. 22(2) counts twelve months from one."""
    gone = judge(client, "2025-09-29", kind="bound_on", treaty="cpt-convention", state="RUS", value="false")
    assert gone["verdict"] == "inconsistent" and gone["correct_value"] == "true"
    still = judge(client, "2025-09-29", kind="bound_on", treaty="cpt-convention", state="RUS", value="true")
    assert still["verdict"] == "consistent"


def test_before_any_decision_the_party_list_decides(client: TestClient) -> None:
    """Before the Duma's vote of 17 September 2025 no decision is recorded; the party list (world/parties/cpt-convention,
    added after this test was first written: in force for Russia since 1 September 1998) and the kept records (no
    notice) say it was bound, as for any party without a notice (bound_on.py ``_party_without_notice``; session 16:
    a later decision no longer hides the earlier days)."""
    early = judge(client, "2025-09-01", kind="bound_on", treaty="cpt-convention", state="RUS", value="false")
    assert early["verdict"] == "inconsistent" and early["correct_value"] == "true", early


def test_the_parliaments_day_given_to_the_ratification_is_partly_right(client: TestClient) -> None:
    """The Verkhovna Rada approved the Istanbul Convention on 20 June 2022; Ukraine deposited on 18 July 2022."""
    rada = judge(client, "2025-11-05", kind="ratified", treaty="istanbul-convention", state="UKR", value="2022-06")
    assert rada["verdict"] == "partly_consistent" and rada["correct_value"] == "2022-07-18"
    deposit = judge(client, "2025-11-05", kind="ratified", treaty="istanbul-convention", state="UKR", value="2022-07")
    assert deposit["verdict"] == "consistent"
    wrong = judge(client, "2025-11-05", kind="ratified", treaty="istanbul-convention", state="UKR", value="2021")
    assert wrong["verdict"] == "inconsistent"


def test_a_law_denouncing_a_treaty_called_an_exit_is_partly_right(client: TestClient) -> None:
    """'Russia withdraws from the European Convention against Torture' on the day the denunciation law was signed: a
    step towards an exit ('denouncing' as much as 'withdrawing'), not an exit done."""
    said = judge(client, "2025-09-29", kind="withdrew", treaty="cpt-convention", state="RUS", value="true")
    assert said["verdict"] == "partly_consistent"


def test_unnamed_states_that_withdrew_are_judged_by_the_recorded_withdrawals(client: TestClient) -> None:
    """'five States that withdrew from Ottawa in 2025', said in October 2025: five notices of 2025 recorded, none in
    effect before 27 December 2025 (partly right); said in March 2026, all in effect (right); a year with no recorded
    withdrawal is not confirmed."""
    october = judge(client, "2025-10-08", kind="withdrew", treaty="apmbc", value="2025")
    assert october["verdict"] == "partly_consistent" and "5 of the 5" in october["explanation"]
    march = judge(client, "2026-03-01", kind="withdrew", treaty="apmbc", value="2025")
    assert march["verdict"] == "consistent"
    assert judge(client, "2000-01-01", kind="withdrew", treaty="apmbc", value="1999")["verdict"] == "unverifiable"


def test_a_signature_dated_while_the_deposit_is_known_only_to_its_month(client: TestClient) -> None:
    """Russia signed the European Convention for the Prevention of Torture on 28 February 1996; its deposit is
    recorded only as May 1998: the signature is judged alone."""
    right = judge(client, "2025-09-29", kind="signed", treaty="cpt-convention", state="RUS", value="1996")
    assert right["verdict"] == "consistent" and right["correct_value"] == "1996-02-28"
    wrong = judge(client, "2025-09-29", kind="signed", treaty="cpt-convention", state="RUS", value="1998")
    assert wrong["verdict"] == "inconsistent"
