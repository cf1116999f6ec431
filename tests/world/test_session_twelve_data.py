"""World data added in session 12 (h-judge), each fact with its source and its doubt said: Latvia's signature of the
Istanbul Convention (18 May 2016, INFERRED from a dated report and the Committee of Ministers' session), the TPNW's
counts on its opening day and at the 2019 ceremony (single days: the days between are not recorded), and the UNIDO
exits read but not recorded for want of a deposit or an effect (Denmark, Greece, Portugal)."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from app.rulebook import Rulebook
from tests.checks.test_judging import judge


def test_latvia_signed_the_istanbul_convention_in_sofia(rulebook: Rulebook, client: TestClient) -> None:
    row = rulebook.world.entry("istanbul-convention", "LVA")
    assert row is not None and row.signed == dt.date(2016, 5, 18)
    assert row.note is not None and "INFERRED" in row.note and "Sofia" in row.note
    right = judge(client, "2025-10-30", kind="signed", treaty="istanbul-convention", state="LVA", value="2016")
    wrong = judge(client, "2025-10-30", kind="signed", treaty="istanbul-convention", state="LVA", value="2011")
    assert (right["verdict"], wrong["verdict"]) == ("consistent", "inconsistent")


def test_the_tpnw_counts_of_two_single_days(client: TestClient) -> None:
    """The opening for signature (50 signatures, 3 deposits) and the 2019 ceremony (79 and 32); the day after the
    ceremony is not recorded (a count changes with each signature)."""
    cases = [
        ("2017-09-20", "50 signatories", "consistent"),
        ("2017-09-20", "3", "consistent"),
        ("2019-09-26", "79 signatories", "consistent"),
        ("2019-09-26", "32", "consistent"),
        ("2019-09-26", "70 signatories", "inconsistent"),
        ("2019-09-27", "79 signatories", "unverifiable"),
    ]
    for as_of, value, verdict in cases:
        result = judge(client, as_of, kind="parties_count", treaty="tpnw", value=value)
        assert result["verdict"] == verdict, (as_of, value, result)


def test_unido_exits_read_but_not_recorded_are_named(rulebook: Rulebook) -> None:
    records = rulebook.world.records["constitution-united-nations-industrial-development"]
    assert not {r.state for r in records.records} & {"DNK", "GRC", "PRT", "BEL"}
    assert records.note is not None and all(word in records.note for word in ("Denmark", "Greece", "Portugal"))
