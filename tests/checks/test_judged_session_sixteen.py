"""Judging constructions of session 16 (h-judge), each with the corpus sentence, paraphrases and look-alikes.

- A notice under a treaty that gives no right of withdrawal (ICCPR: General Comment No. 26; VCLT Art. 56), with no
  effect recorded: 'North Korea withdrew from the Covenant itself in August 1997' is a notice called an exit, partly
  right; an exit dated to another time is wrong.
- 'had technically remained a party' read for a day before a later decision to denounce (Russia and the CPT
  Convention: the law of 29 September 2025): the party list decides for that day; the later decision says nothing
  of it.
- 'Türkiye has not withdrawn from the treaty': its act (5-8 April 2024) was a suspension of the CFE Treaty."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("1997-08", "partly_consistent"),  # the corpus (AJIL, 1998)
        ("true", "partly_consistent"),  # 'North Korea has withdrawn from the ICCPR'
        ("1997", "partly_consistent"),
        ("1998-03", "inconsistent"),  # no exit then either
    ],
)
def test_a_notice_under_a_treaty_without_a_right_of_withdrawal(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "1998-07-01", kind="withdrew", treaty="iccpr", state="PRK", value=value)
    assert result["verdict"] == verdict, result
    assert "no right of withdrawal" in result["explanation"] and "remained a party" in result["explanation"]


def test_a_treaty_with_a_clause_keeps_its_answer(client: TestClient) -> None:
    """Look-alike: Jamaica's denunciation of the First Optional Protocol (Art. 12) took effect."""
    result = judge(client, "1998-07-01", kind="withdrew", treaty="iccpr-op1", state="JAM", value="true")
    assert result["verdict"] == "consistent", result


def test_remained_a_party_before_a_later_decision(client: TestClient) -> None:
    """'Russia was expelled ... in March 2022 but had technically remained a party to the CPT Convention'."""
    then = judge(
        client, "2025-09-30", kind="bound_on", treaty="cpt-convention", state="RUS", value="true", on="2022-03-01"
    )
    assert then["verdict"] == "consistent", then
    denied = judge(
        client, "2025-09-30", kind="bound_on", treaty="cpt-convention", state="RUS", value="false", on="2022-03-01"
    )
    assert denied["verdict"] == "inconsistent", denied
    # on the report's day the decision is on record and still no notice: still bound, the decision named
    today = judge(client, "2025-09-30", kind="bound_on", treaty="cpt-convention", state="RUS", value="true")
    assert today["verdict"] == "consistent" and "29 September 2025" in today["explanation"], today


@pytest.mark.parametrize(
    ("value", "verdict"),
    [("false", "consistent"), ("true", "inconsistent")],  # 'has not withdrawn' (the corpus); 'withdrew' (its denial)
)
def test_turkiye_suspended_the_cfe_treaty(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2024-04-06", kind="withdrew", treaty="cfe-treaty", state="TUR", value=value)
    assert result["verdict"] == verdict, result
    assert "suspension" in result["explanation"]


@pytest.mark.parametrize(
    ("treaty", "as_of", "kind", "value", "verdict"),
    [
        (
            "echr",
            "2023-05-05",
            "withdrew",
            "true",
            "consistent",
        ),  # 'only Greece and Russia have ever left it' (tutor2u)
        ("echr", "2023-05-05", "withdrew", "1970", "consistent"),  # in effect in June 1970 (Art. 58(1): six months)
        ("echr", "2023-05-05", "withdrew", "1969", "partly_consistent"),  # the notice's year called the exit's
        ("echr", "1972-01-10", "bound_on", "false", "consistent"),  # out between 1970 and 1974
        ("echr", "2023-05-05", "bound_on", "true", "consistent"),  # a party again since 1974
        ("coe-statute", "2023-05-05", "withdrew", "1970", "consistent"),  # Statute Art. 7: the end of 1970
        ("coe-statute", "2023-05-05", "withdrew", "1969", "partly_consistent"),
    ],
)
def test_greece_left_the_convention_and_the_council_and_came_back(
    client: TestClient, treaty: str, as_of: str, kind: str, value: str, verdict: str
) -> None:
    result = judge(client, as_of, kind=kind, treaty=treaty, state="GRC", value=value)
    assert result["verdict"] == verdict, result


def test_an_ordinal_is_the_count_on_the_states_own_deposit(client: TestClient) -> None:
    """'ratified the Treaty on September 30, 2020, making Malaysia the 46th State Party' (Bernama, 22 January 2022):
    the 46th on its deposit (ICAN, NHK), though the TPNW had 59 parties on the report's day."""
    ordinal = judge(client, "2022-01-22", kind="parties_count", treaty="tpnw", state="MYS", value="46")
    assert ordinal["verdict"] == "consistent" and "30 September 2020" in ordinal["explanation"], ordinal
    today = judge(client, "2022-01-22", kind="parties_count", treaty="tpnw", value="59 ratifications")
    assert today["verdict"] == "consistent", today
    # look-alikes: a wrong ordinal is not confirmed (judged as any count of the report's day)
    wrong = judge(client, "2022-01-22", kind="parties_count", treaty="tpnw", state="MYS", value="45")
    assert wrong["verdict"] != "consistent", wrong


@pytest.mark.parametrize(
    ("as_of", "state", "value", "verdict"),
    [
        ("2015-04-27", "POL", "18", "consistent"),  # 'became the 18th member ... to ratify' (Poland's deposit)
        ("2022-07-18", "UKR", "36", "consistent"),  # 'Ukraine is the 36th state party' (the Secretary General)
        ("2022-07-18", "UKR", "37", "inconsistent"),
        ("2023-10-01", None, "38", "consistent"),  # the EU the 38th Party
    ],
)
def test_istanbul_counts_on_the_days_sources_give(
    client: TestClient, as_of: str, state: str | None, value: str, verdict: str
) -> None:
    claim = {"kind": "parties_count", "treaty": "istanbul-convention", "value": value}
    result = judge(client, as_of, **(claim | ({"state": state} if state else {})))
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("value", "verdict"),
    [("198", "consistent"), ("197", "consistent"), ("199", "inconsistent")],  # 'a 1992 agreement among 198 countries'
)
def test_a_dated_count_carries_a_complete_list_past_its_date(client: TestClient, value: str, verdict: str) -> None:
    """The UNFCCC's complete list ends on 4 October 2022; world/counts/unfccc.yaml carries 198 Parties (197 States
    with the EU) on to the US notice of 27 February 2026: a count of January 2026 is judged on it, no longer 'states
    may have joined since that list'."""
    result = judge(client, "2026-01-08", kind="parties_count", treaty="unfccc", value=value)
    assert result["verdict"] == verdict, result
    older = judge(client, "2011-12-13", kind="parties_count", treaty="unfccc", value="195")  # the list itself decides
    assert "world/parties/unfccc" in older["explanation"], older


@pytest.mark.parametrize(
    ("treaty", "value", "verdict", "cited"),
    [
        # the corpus (Love Europe, 2024): 'The UK would still have obligations arising from its membership before ...'
        ("echr", "obligations for acts before the denunciation takes effect survive", "consistent", "Art. 58(2)"),
        (
            "echr",
            "the UK would be released from its obligations for acts before its exit",
            "inconsistent",
            "Art. 58(2)",
        ),
        (
            "echr",
            "a State is not released from obligations for acts before the denunciation",
            "consistent",
            "Art. 58(2)",
        ),
        (
            "rome-statute",
            "jurisdiction over crimes committed while the Philippines was a party",
            "consistent",
            "127(2)",
        ),
        ("paris-agreement", "obligations incurred before the withdrawal took effect remain", "consistent", "Art. 70"),
    ],
)
def test_what_survives_the_exit_without_a_period(
    client: TestClient, treaty: str, value: str, verdict: str, cited: str
) -> None:
    result = judge(client, "2024-10-08", kind="rule", treaty=treaty, value=value)
    assert result["verdict"] == verdict and cited in result["explanation"], result


def test_a_period_rule_is_not_read_as_survival(client: TestClient) -> None:
    """Look-alike: 'six months after the notification' stays the Art. 58(1) period."""
    result = judge(client, "2024-10-08", kind="rule", treaty="echr", value="six months after the notification")
    assert result["verdict"] == "consistent" and "58(1)" in result["explanation"], result


@pytest.mark.parametrize(
    ("value", "verdict"), [("true", "consistent"), ("2018", "consistent"), ("2019", "inconsistent")]
)
def test_leaving_a_political_commitment_is_ceasing_to_take_part(client: TestClient, value: str, verdict: str) -> None:
    """'Following the Trump administration's withdrawal from the Iran nuclear deal' (Lawfare, 2020): the JCPOA has no
    depositary or clause; the United States ceased to participate on 8 May 2018 (NSPM-11)."""
    result = judge(client, "2020-05-01", kind="withdrew", treaty="jcpoa", state="USA", value=value)
    assert result["verdict"] == verdict and result["correct_value"] == "2018-05-08", result


@pytest.mark.parametrize(
    ("treaty", "value", "verdict"),
    [
        # the corpus (Conectas, 2012), lower-cased by the reader: the OAS Secretary General is ACHR Art. 78(1)'s
        ("achr", "P1Y after the notice of denunciation is given to the oas secretary general", "consistent"),
        ("achr", "P1Y after the notice of denunciation is given to the OAS Secretary General", "consistent"),
        ("rome-statute", "P1Y after the notice is given to the icc", "partly_consistent"),  # another body
        # World Bulletins (2020): the exit timed from entry into force is a wrong rule, the date right or not
        ("paris-agreement", "P4Y after deal came into effect", "inconsistent"),
        ("paris-agreement", "P4Y exit process", "partly_consistent"),  # the whole exit, no event: partly
    ],
)
def test_rule_recipients_and_events(client: TestClient, treaty: str, value: str, verdict: str) -> None:
    result = judge(client, "2020-11-04", kind="rule", treaty=treaty, value=value)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("state", "kind", "value", "verdict"),
    [
        ("USA", "ratified", "false", "consistent"),  # 'never ratified by the US Senate' (Shine, 7 July 2020)
        ("USA", "ratified", "true", "inconsistent"),
        ("RUS", "joined", "false", "consistent"),  # none of the CSTO's members but Kazakhstan took part
    ],
)
def test_att_outsiders_on_the_day_of_chinas_accession(
    client: TestClient, state: str, kind: str, value: str, verdict: str
) -> None:
    result = judge(client, "2020-07-07", kind=kind, treaty="att", state=state, value=value)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("kind", "value", "verdict"),
    [("joined", "false", "consistent"), ("joined", "true", "inconsistent"), ("signed", "false", "consistent")],
)
def test_a_third_state_is_no_party_to_a_bilateral_treaty(
    client: TestClient, kind: str, value: str, verdict: str
) -> None:
    """'China—which is not party to the INF Treaty' (Lawfare, 2018): a US-Soviet treaty China never signed."""
    result = judge(client, "2018-10-25", kind=kind, treaty="inf-treaty", state="CHN", value=value)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2025-03-05", "112 ratifications", "consistent"),  # the eve of Lithuania's exit from the CCM
        ("2025-03-06", "112 ratifications", "partly_consistent"),  # the day it took effect: right until yesterday
        ("2025-06-06", "112 ratifications", "inconsistent"),  # three months on: wrong
        ("2025-03-06", "111 ratifications", "consistent"),
    ],
)
def test_a_count_of_ratifications_out_of_date(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    """README 'A count out of date', for counts of instruments deposited as for counts of parties."""
    result = judge(client, as_of, kind="parties_count", treaty="ccm", value=value)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("2017-03-14", "partly_consistent"),  # 'The Philippines joins 133 other parties' on the Senate's day (Philstar)
        ("2017-03-23", "consistent"),  # the deposit
        ("2017-02-01", "inconsistent"),  # neither
    ],
)
def test_a_parliaments_approval_told_as_joining(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2017-03-24", kind="joined", treaty="paris-agreement", state="PHL", value=value)
    assert result["verdict"] == verdict, result


def test_ratifications_counted_past_an_old_list_follow_the_carried_count(client: TestClient) -> None:
    """'Since 1992, 197 countries have ratified the convention' (The New York Times via dnyuz, 8 January 2026) was
    judged on the complete list of 4 October 2022 alone, partly_consistent while its explanation opened
    'Consistent (the deposits)'; a dated count carries the list on (world/counts/unfccc.yaml), so the count is judged
    on it, as a party count is."""
    result = judge(client, "2026-01-08", kind="parties_count", treaty="unfccc", value="197 ratifications")
    assert result["verdict"] == "consistent", result
    assert result["explanation"].startswith("Consistent"), result
