"""Judgements the corpus's unflagged inaccurate claims needed (session 19, h-unfl), in our own words."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize("value", ["2011", "2011-02", "2012"])
def test_a_bilateral_treaty_signed_after_its_day(client: TestClient, value: str) -> None:
    """'New START, signed by the United States and Russia in 2011' (worldtodaynews-2023-02-04): a bilateral treaty is
    signed once, by both, on its adoption (8 April 2010); a later year is wrong, not a signature the rulebook lacks."""
    result = judge(client, "2023-02-04", kind="signed", treaty="new-start", state=None, value=value)
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"] == "2010-04-08"
    assert "8 April 2010" in result["explanation"]


def test_a_bilateral_treaty_signed_on_its_day_is_right(client: TestClient) -> None:
    """The look-alike: 'signed in Prague in April 2010'."""
    result = judge(client, "2023-02-04", kind="signed", treaty="new-start", state=None, value="2010-04")
    assert result["verdict"] == "consistent", result


def test_a_signature_after_the_signing_period_closed(client: TestClient) -> None:
    """Kyoto Art. 24(1): open for signature until 15 March 1999; 'the Kyoto Protocol, signed in 2001' is wrong (later
    States acceded); a signature in the period stays right."""
    late = judge(client, "2005-02-16", kind="signed", treaty="kyoto-protocol", state=None, value="2001")
    assert late["verdict"] == "inconsistent", late
    assert "Art. 24(1)" in late["explanation"]
    within = judge(client, "2005-02-16", kind="signed", treaty="kyoto-protocol", state=None, value="1998")
    assert within["verdict"] == "consistent", within


def test_a_treaty_still_open_for_signature_is_not_judged_wrong(client: TestClient) -> None:
    """The TPNW sets no end to signature (Art. 13): a later year may hold a State's signature the rulebook lacks."""
    result = judge(client, "2024-01-01", kind="signed", treaty="tpnw", state=None, value="2023")
    assert result["verdict"] in ("consistent", "unverifiable"), result


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("60 days after the completion of domestic procedures", "inconsistent"),  # arminfo-2024-12-02, as labelled
        ("P60D from the president's signature of the law", "inconsistent"),
        ("P60D from deposit with the Secretary-General", "partly_consistent"),  # kyivindependent-2024-08-21
        ("P2M from the deposit", "inconsistent"),
    ],
)
def test_a_state_s_entry_into_force_as_a_period_after_an_event(client: TestClient, value: str, verdict: str) -> None:
    """Rome Statute Art. 126(2) counts from the deposit, then the first day of the next month: a period from a domestic
    act is wrong, one from the deposit without the month's first day partly right, whichever kind the claim is sent as
    (entry_into_force or rule), with or without the State."""
    for kind in ("entry_into_force", "rule"):
        for state in ("ARM", None):
            result = judge(client, "2024-12-02", kind=kind, treaty="rome-statute", state=state, value=value)
            assert result["verdict"] == verdict, (kind, state, result)


def test_a_state_s_entry_into_force_labelled_with_its_day_is_unchanged(client: TestClient) -> None:
    """The look-alike: 'P90D from the deposit (2020-10-04)' (xinhua-2020-07-07) is judged on its day, as before."""
    result = judge(client, "2020-07-07", kind="entry_into_force", treaty="att", state="CHN",
                   value="P90D from the deposit (2020-10-04)")  # fmt: skip
    assert result["verdict"] == "consistent", result
    assert result["correct_value"] == "2020-10-04"


@pytest.mark.parametrize(
    ("as_of", "state", "value", "verdict"),
    [
        ("2024-12-15", "MLI", "2025-07-29", "partly_consistent"),  # naigist-2024-12-15 'completed by July 29, 2025'
        ("2024-12-15", "BFA", "0001-01-01/2025-07-29", "partly_consistent"),  # as the reader reads 'by July 29'
        ("2024-12-16", "NER", "2025-01-29/2025-07-29", "partly_consistent"),  # obasanjonews 'between ... and ...'
        ("2024-12-16", "NER", "2025-02-01/2025-07-29", "inconsistent"),  # a span missing the exit's day (test_spans)
        ("2024-12-16", "NER", "2025-07", "inconsistent"),  # a month missing it
        ("2024-12-16", "NER", "2025-01-29", "consistent"),  # the look-alike: the exit's own day
        ("2024-12-01", "NER", "2025-07-29", "inconsistent"),  # before the Authority set the period
        ("2025-02-01", "MLI", "2025-03-01", "inconsistent"),  # another day
    ],
)
def test_the_end_of_a_transitional_period_told_as_the_exit(
    client: TestClient, as_of: str, state: str, value: str, verdict: str
) -> None:
    """The ECOWAS Authority set 29 January to 29 July 2025 as a transitional period after the Sahel States' exit (15
    December 2024; world/records/ecowas-treaty.yaml transition_until): its end told as the exit's is partly right; the
    exit took effect on 29 January 2025 (Art. 91)."""
    result = judge(client, as_of, kind="effective_date", treaty="ecowas-treaty", state=state, value=value)
    assert result["verdict"] == verdict, result
    assert result["correct_value"] == "2025-01-29"


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2025-08-26", "46 signatories", "partly_consistent"),  # sky-2025-08-26: the parties called signatories
        ("2025-08-26", "46", "consistent"),
        ("2025-08-26", "47", "inconsistent"),
        ("2022-05-01", "47", "consistent"),  # Russia a party until 16 September 2022 (Art. 58(3))
        ("2025-08-26", "47 signatories", "consistent"),  # Russia's signature of 1996 stands
    ],
)
def test_the_echr_counts(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    """world/counts/echr.yaml: 46 parties from 16 September 2022 (the Council of Europe's members, each a party), 47
    before from 16 March 2022; 47 signatories from then (Art. 59(1): open to the members' signature, then ratified)."""
    result = judge(client, as_of, kind="parties_count", treaty="echr", state=None, value=value)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("as_of", "state", "value", "verdict"),
    [
        ("2013-09-10", "VEN", "true", "inconsistent"),  # theunhivedmind-2013-09-10: no member had left by then
        ("2010-01-01", "CUB", "1962", "inconsistent"),  # Cuba was excluded from participation, not a denunciation
        ("2017-05-01", "VEN", "true", "partly_consistent"),  # the look-alike: notified 28 April 2017, not yet out
        ("2019-05-01", "VEN", "true", "consistent"),  # out from 27 April 2019
    ],
)
def test_an_exit_from_the_oas_before_the_first_one(
    client: TestClient, as_of: str, state: str, value: str, verdict: str
) -> None:
    """world/records/oas-charter.yaml is complete from the Charter's entry into force (13 December 1951) to Venezuela's
    denunciation of 28 April 2017, the first in the Organization's history: an exit told inside that span is wrong."""
    result = judge(client, as_of, kind="withdrew", treaty="oas-charter", state=state, value=value)
    assert result["verdict"] == verdict, result
