"""Judging rules of session 18 (h-judge), each with the article's claim, paraphrases and look-alikes that must not
change (tests/data/articles/README.md 'Label decisions (h-judge, session 18)'):

- a count of signatories is right on every signature given or on the depositary's status line, which leaves out the
  signatories that have since left as parties (the Rome Statute: 139 signed; the UN line read 138 after Burundi left,
  137 after the Philippines);
- 'becoming a full party' to a treaty not in force (the CTBT, Art. XIV) is a consent, not a membership: partly;
- a signing told in the present tense names the act of the week to the report: the State's ratification of that
  week told as a signing is partly right (Micronesia and the Paris Agreement, 2016);
- a notice period given in days for a clause's months (the NPT's three months as '90 days') is about right: partly;
- a notice 'to the UN' for the Secretary-General as depositary is the right addressee, also when the UN is the verb's
  object ('notified the UN of its intent to cut ties');
- a rule told as the treaty's own clause where the treaty has none (the WHO Constitution: the US reservation of
  1948) is partly right.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge

# --- signatories on the depositary's status line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "value"),
    [
        ("2023-10-03", "137"),  # meduza: 'It has been signed by 137 countries' (after Burundi and the Philippines left)
        ("2018-03-14", "138"),  # waaytv (CNN Fast Facts): 'Currently, 138 states are signatories' (after Burundi)
        ("2018-03-14", "139"),  # every signature given (signature closed on 31 December 2000)
        ("2025-06-01", "139"),
        ("2016-06-01", "139"),  # ours: before any signatory left, the line and the signatures agree
    ],
)
def test_a_signatory_count_is_right_on_the_signatures_or_the_status_line(
    client: TestClient, as_of: str, value: str
) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="rome-statute", value=f"{value} signatories")
    assert result["verdict"] == "consistent", result["explanation"]


def test_the_status_line_is_named_when_it_is_the_count_matched(client: TestClient) -> None:
    result = judge(client, "2018-03-14", kind="parties_count", treaty="rome-statute", value="138 signatories")
    assert "status line" in result["explanation"] and "1 of them since left" in result["explanation"], result


@pytest.mark.parametrize(
    ("as_of", "value"),
    [
        ("2016-06-01", "138"),  # nobody had left yet: 138 is no count of that day
        ("2018-03-14", "137"),  # the Philippines left only on 17 March 2019
        ("2023-10-03", "136"),
        ("2023-10-03", "140"),
    ],
)
def test_other_signatory_counts_stay_wrong(client: TestClient, as_of: str, value: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="rome-statute", value=f"{value} signatories")
    assert result["verdict"] == "inconsistent", result["explanation"]


# --- a party to a treaty not in force --------------------------------------------------------------------------------


@pytest.mark.parametrize("tense", ["past", "present", None])
def test_becoming_a_party_to_a_treaty_not_in_force_is_a_consent(client: TestClient, tense: str | None) -> None:
    """'Sri Lanka ratified the CTBT, becoming a full party to this document' (26 July 2023, deposit of 25 July): no
    State is a party to the CTBT (Art. XIV: the 44 Annex 2 States have not all ratified)."""
    claim = dict(kind="joined", treaty="ctbt", state="LKA", value="true")
    if tense:
        claim["tense"] = tense
    result = judge(client, "2023-07-26", **claim)
    assert result["verdict"] == "partly_consistent", result["explanation"]
    assert "not in force" in result["explanation"]


def test_a_joining_of_a_treaty_in_force_stays_right(client: TestClient) -> None:
    """Look-alike: 'Burundi joined the ICC' (a past joining done by the date, the Statute in force) stays consistent."""
    result = judge(client, "2016-10-20", kind="joined", treaty="rome-statute", state="BDI", value="true", tense="past")
    assert result["verdict"] == "consistent", result["explanation"]


def test_a_ratification_of_a_treaty_not_in_force_stays_right(client: TestClient) -> None:
    """Look-alike: 'Sri Lanka ratified the CTBT' is the deposit itself, right."""
    result = judge(client, "2023-07-26", kind="ratified", treaty="ctbt", state="LKA", value="true", tense="past")
    assert result["verdict"] == "consistent", result["explanation"]


# --- a signing told as the day's news --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01/2016-09-20",  # the reader's 'Micronesia signs Paris climate change agreement'
        "2016-09",  # the label's '2016-09 (present tense)'
        "true",
    ],
)
def test_a_ratification_of_the_week_told_as_a_signing_is_partly_right(client: TestClient, value: str) -> None:
    """Micronesia signed on 22 April 2016 and deposited its ratification on 15 September 2016."""
    result = judge(
        client, "2016-09-20", kind="signed", treaty="paris-agreement", state="FSM", value=value, tense="present"
    )
    if value == "true":  # a bare status ('Micronesia is a signatory') is no news of the week
        assert result["verdict"] == "consistent", result["explanation"]
        return
    assert result["verdict"] == "partly_consistent", result["explanation"]
    assert "ratification" in result["explanation"] and "22 April 2016" in result["explanation"]


def test_a_signing_of_the_week_stays_right(client: TestClient) -> None:
    """Look-alike: 'Micronesia signs' on the day of the signing ceremony (22 April 2016)."""
    result = judge(
        client, "2016-04-23", kind="signed", treaty="paris-agreement", state="FSM", value="0001-01-01/2016-04-23",
        tense="present",
    )  # fmt: skip
    assert result["verdict"] == "consistent", result["explanation"]


def test_a_past_signing_is_not_news_of_the_week(client: TestClient) -> None:
    """Look-alike: 'Micronesia signed the agreement' (past tense) in September 2016 is right."""
    result = judge(
        client, "2016-09-20", kind="signed", treaty="paris-agreement", state="FSM", value="0001-01-01/2016-09-20",
        tense="past",
    )  # fmt: skip
    assert result["verdict"] == "consistent", result["explanation"]


# --- a period in days for the clause's months ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["P90D", "90 days", "P91D"])
def test_ninety_days_for_three_months_is_about_right(client: TestClient, value: str) -> None:
    """LA Times, 10 January 2003: 'there should be 90 days' notice to exit the treaty' (NPT Art. X(1): three months)."""
    result = judge(client, "2003-01-10", kind="notice_period", treaty="npt", value=value)
    assert result["verdict"] == "partly_consistent", result["explanation"]
    assert "three months" in result["explanation"]


@pytest.mark.parametrize(
    ("value", "verdict"), [("P3M", "consistent"), ("P60D", "inconsistent"), ("P6M", "inconsistent")]
)
def test_the_clause_length_and_another_length(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2003-01-10", kind="notice_period", treaty="npt", value=value)
    assert result["verdict"] == verdict, result["explanation"]


def test_a_year_in_days_is_about_right_too(client: TestClient) -> None:
    """Ours: '365 days' notice' for the Rome Statute's one year (Art. 127(1))."""
    result = judge(client, "2025-06-03", kind="notice_period", treaty="rome-statute", value="P365D")
    assert result["verdict"] == "partly_consistent", result["explanation"]


# --- the UN as the addressee -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "P1Y after the country officially notified the un of its intent to cut",  # hivisasa, 27 October 2017
        "P1Y after Burundi notified the United Nations of its decision",
        "P1Y after the government notified the Secretary-General of the United Nations",
        "P1Y after a country gives written notice of its decision to the un under the treaty",  # Al Jazeera, 2019
        "P1Y after notifying the un secretary-general is supported by the rome",  # truthorfake, 2025
    ],
)
def test_a_notice_to_the_un_is_to_the_depositary(client: TestClient, value: str) -> None:
    result = judge(client, "2017-10-27", kind="rule", treaty="rome-statute", value=value)
    assert result["verdict"] == "consistent", result["explanation"]


@pytest.mark.parametrize(
    "value",
    [
        "P1Y after it notified the court of its decision",
        "P1Y after Burundi notified the ICC in writing",
        "P1Y after it notified its withdrawal to the court",
    ],
)
def test_a_notice_to_the_court_stays_to_another_body(client: TestClient, value: str) -> None:
    result = judge(client, "2017-10-27", kind="rule", treaty="rome-statute", value=value)
    assert result["verdict"] == "partly_consistent", result["explanation"]
    assert "not to the" in result["explanation"]


# --- a rule said to be the treaty's own ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "P1Y after notice is given under the charter",  # India Awaaz, 25 January 2026: 'Under the organization's charter'
        "P1Y from notice under the WHO Constitution",  # the label's value
        "P1Y after the notification under its constitution",
    ],
)
def test_the_who_year_told_as_the_constitutions_is_partly_right(client: TestClient, value: str) -> None:
    result = judge(client, "2026-01-25", kind="rule", treaty="who-constitution", state="USA", value=value)
    assert result["verdict"] == "partly_consistent", result["explanation"]
    assert "no withdrawal clause" in result["explanation"]


def test_the_who_year_unattributed_stays_right(client: TestClient) -> None:
    """Look-alike: 'one year after notice is given' with no instrument named is the reservation's rule, right."""
    result = judge(client, "2026-01-25", kind="rule", treaty="who-constitution", state="USA", value="P1Y after notice")
    assert result["verdict"] == "consistent", result["explanation"]


@pytest.mark.parametrize(
    ("treaty", "value"),
    [
        ("rome-statute", "P1Y after notification under the statute"),  # Art. 127(1): the Statute's own clause
        ("paris-agreement", "P1Y from receipt of the notification under the agreement"),  # Art. 28(2)
    ],
)
def test_a_treatys_own_clause_told_as_its_own_stays_right(client: TestClient, treaty: str, value: str) -> None:
    result = judge(client, "2025-06-03", kind="rule", treaty=treaty, value=value)
    assert result["verdict"] == "consistent", result["explanation"]


# --- an exit told before its recorded effect, under a treaty with no clause ------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "value", "tense"),
    [
        ("2025-05-29", "true", None),  # globalpost: 'Argentina Leaves World Health Organization, Wants New Club'
        ("2025-09-01", "true", "present"),  # ours: months after the notice, still before the twelve months ran
    ],
)
def test_an_exit_told_before_twelve_months_notice_ran_is_a_notice_called_an_exit(
    client: TestClient, as_of: str, value: str, tense: str | None
) -> None:
    """Argentina's notice to the Secretary-General was received on 17 March 2025; the WHO Constitution has no
    withdrawal clause, but the record gives the day the exit took effect (17 March 2026), so an undated exit told
    before it is a notice called an exit (withdrew.py ``_not_yet``, batch 47; a day named then is wrong)."""
    claim = dict(kind="withdrew", treaty="who-constitution", state="ARG", value=value)
    if tense:
        claim["tense"] = tense
    result = judge(client, as_of, **claim)
    assert result["verdict"] == "partly_consistent", result["explanation"]
    assert result["explanation"].startswith("Partly correct"), result["explanation"]


def test_after_the_recorded_effect_the_exit_is_right(client: TestClient) -> None:
    """Look-alike: on 20 March 2026 the exit recorded for 17 March 2026 is right."""
    result = judge(client, "2026-03-20", kind="withdrew", treaty="who-constitution", state="ARG", value="true")
    assert result["verdict"] == "consistent", result["explanation"]


# --- an exit of a member that took no step, where the records are complete -------------------------------------------


@pytest.mark.parametrize(
    ("state", "value", "tense"),
    [
        ("NGA", "true", None),  # naigist, 15 December 2024: 'Why Mali, Burkina Faso, Nigeria leave ECOWAS'
        ("NGA", "true", "present"),
        ("GHA", "true", "past"),  # ours: another member, no notice
        ("SEN", "2010", "past"),  # ours: a year inside the span the records are complete for
    ],
)
def test_an_exit_of_a_member_with_no_notice_is_wrong_while_the_records_are_complete(
    client: TestClient, state: str, value: str, tense: str | None
) -> None:
    """world/records/ecowas-treaty.yaml holds every exit from Mauritania's notice (December 1999) to the Authority's
    summit of 15 December 2024, which took note of the notices of Burkina Faso, Mali and Niger alone."""
    claim = dict(kind="withdrew", treaty="ecowas-treaty", state=state, value=value)
    if tense:
        claim["tense"] = tense
    result = judge(client, "2024-12-15", **claim)
    assert result["verdict"] == "inconsistent", result["explanation"]
    assert "records hold every one" in result["explanation"]


def test_a_sahel_state_of_the_same_headline_is_a_notice_called_an_exit(client: TestClient) -> None:
    result = judge(client, "2024-12-15", kind="withdrew", treaty="ecowas-treaty", state="MLI", value="true")
    assert result["verdict"] == "partly_consistent", result["explanation"]


def test_past_the_span_the_records_are_complete_for_nothing_is_proven(client: TestClient) -> None:
    """Look-alike: after 15 December 2024 a missing notice proves nothing (the span ends there)."""
    result = judge(client, "2026-03-01", kind="withdrew", treaty="ecowas-treaty", state="NGA", value="true")
    assert result["verdict"] == "unverifiable", result["explanation"]


def test_an_exit_with_no_effect_recorded_stays_unsettled(client: TestClient) -> None:
    """Look-alike: the US notice of 7 March 2005 on the VCCR Optional Protocol (no clause, no effect recorded):
    'the U.S. has withdrawn' stays unverifiable, as labelled (dpic-2005-03-10, opiniojuris-2005-03-09)."""
    result = judge(client, "2005-03-10", kind="withdrew", treaty="vccr-optional-protocol", state="USA", value="true")
    assert result["verdict"] == "unverifiable", result["explanation"]


# --- a consent told as done holds only the days up to the report -----------------------------------------------------


@pytest.mark.parametrize(("value", "tense"), [("2017-03", None), ("2017-03", "past"), ("2017", None)])
def test_a_ratification_told_as_done_cannot_fall_after_the_report(
    client: TestClient, value: str, tense: str | None
) -> None:
    """Philstar, 14 March 2017: 'Earlier this month, President Rodrigo Duterte signed the Instrument of Accession'
    (deposited 23 March 2017, after the report): 'March' told as done holds 1-14 March, the Senate's concurrence of 14
    March among them, not the deposit."""
    claim = dict(kind="ratified", treaty="paris-agreement", state="PHL", value=value)
    if tense:
        claim["tense"] = tense
    result = judge(client, "2017-03-14", **claim)
    assert result["verdict"] == "partly_consistent", result["explanation"]
    assert "23 March 2017" in result["explanation"]


@pytest.mark.parametrize(("as_of", "tense"), [("2017-03-30", None), ("2017-03-14", "future")])
def test_the_whole_month_is_kept_after_it_or_in_the_future(client: TestClient, as_of: str, tense: str | None) -> None:
    """Look-alikes: 'ratified in March' told on 30 March (the deposit of the 23rd inside), and 'will ratify in March'."""
    claim = dict(kind="ratified", treaty="paris-agreement", state="PHL", value="2017-03")
    if tense:
        claim["tense"] = tense
    result = judge(client, as_of, **claim)
    assert result["verdict"] == "consistent", result["explanation"]


def test_never_a_party_told_in_the_past_is_wrong_for_a_former_party(client: TestClient) -> None:
    """Senate of the Philippines, 18 March 2019: 'the Philippines was never a state party to the Rome Statute' (a party
    from 1 November 2011 to 17 March 2019); the label '(past tense)' sends it so (bench/claims.py)."""
    result = judge(client, "2019-03-18", kind="joined", treaty="rome-statute", state="PHL", value="false", tense="past")
    assert result["verdict"] == "inconsistent", result["explanation"]
