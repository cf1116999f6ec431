"""Judging structured claims as of the article's date (issue 14): the clock a withdrawal takes effect on, claims
about the rule itself, exits announced but not in effect, suspensions and revoked ratifications."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.services.partial_dates import UnreadableDate, parse_partial_date
from tests.conftest import ROOT


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize("value", ["2020-01-31", "31 January 2020", "2020-02-01"])
def test_brexit_either_day_is_right_and_the_clock_is_explained(client: TestClient, value: str) -> None:
    """TEU Art. 50(3): the Treaties ceased to apply at 00:00 CET on 1 February 2020, 23:00 GMT on 31 January."""
    result = judge(client, "2020-02-11", kind="withdrew", treaty="teu", state="GBR", value=value)
    assert result["verdict"] == "consistent"
    assert "23:00 GMT on 31 January 2020" in result["explanation"]
    assert "00:00 CET on 1 February 2020" in result["explanation"]


def test_brexit_a_day_after_both_is_wrong(client: TestClient) -> None:
    result = judge(client, "2020-02-11", kind="effective_date", treaty="teu", state="GBR", value="2020-02-02")
    assert result["verdict"] == "inconsistent" and result["correct_value"] == "2020-02-01"


def test_brexit_date_as_the_article_s_date_saw_it(client: TestClient) -> None:
    """In March 2017 the two-year default was the date; the extensions decided from March 2019 came later."""
    result = judge(client, "2017-03-29", kind="effective_date", treaty="teu", state="GBR", value="March 29, 2019")
    assert result["verdict"] == "consistent"
    assert result["correct_value"] == "2019-03-30"
    assert "later extended" in result["explanation"] and "1 February 2020" in result["explanation"]
    after = judge(client, "2019-04-20", kind="effective_date", treaty="teu", state="GBR", value="2019-03-29")
    assert after["verdict"] == "inconsistent" and after["correct_value"] == "2019-11-01"


@pytest.mark.parametrize(
    ("treaty", "state", "value", "verdict", "says"),
    [
        ("apmbc", None, "six months after parliament's decision", "inconsistent", "not from parliament's decision"),
        ("apmbc", None, "P6M from receipt by the Secretary-General", "consistent", "six months"),
        ("who-constitution", "USA", "P1Y from the signing of the executive order", "inconsistent", "not from"),
        ("who-constitution", "USA", "one year after the US notified the UN Secretary General", "consistent", "one"),
        ("teu", None, "exactly two years after notification", "partly_consistent", "only the default"),
        ("teu", None, "P2Y after the notification", "consistent", "two years"),
        ("paris-agreement", None, "three years from ratification", "inconsistent", "not after ratification"),
        ("paris-agreement", None, "a four-year exit process", "partly_consistent", "earliest exit is four years"),
        ("npt", None, "within 90 days of notice", "partly_consistent", "not a deadline"),
        ("istanbul-convention", None, "three months after notification", "partly_consistent", "first day"),
        ("apmbc", None, "one year after notification", "inconsistent", "the period is six months"),
        ("oas-charter", None, "two years after the denunciation of the charter", "consistent", "two years"),
    ],
)  # fmt: skip
def test_claims_about_the_rule(
    client: TestClient, treaty: str, state: str | None, value: str, verdict: str, says: str
) -> None:
    result = judge(client, "2025-07-01", kind="rule", treaty=treaty, state=state, value=value)
    assert result["verdict"] == verdict, result["explanation"]
    assert says in result["explanation"]
    assert result["evidence"] and result["evidence"][0]["citation"]


def test_who_notice_period_is_the_us_reservation(client: TestClient) -> None:
    result = judge(client, "2020-07-07", kind="notice_period", treaty="who-constitution", state="USA", value="P1Y")
    assert result["verdict"] == "consistent" and "290c" in result["explanation"]


def test_a_vote_called_an_exit_is_partly_right(client: TestClient) -> None:
    """Lithuania's Seimas voted on 18 July 2024; the UN received the notice on 6 September 2024."""
    result = judge(client, "2024-07-18", kind="withdrew", treaty="ccm", state="LTU", value="true")
    assert result["verdict"] == "partly_consistent"
    assert "Seimas" in result["explanation"] and "still a party" in result["explanation"]
    assert result["correct_value"] == "2025-03-06"


def test_a_decree_called_an_exit_is_partly_right(client: TestClient) -> None:
    result = judge(client, "2025-06-29", kind="withdrew", treaty="apmbc", state="UKR", value="2025-06-29")
    assert result["verdict"] == "partly_consistent" and "President of Ukraine" in result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value"), [("2023-11-02", "true"), ("2024-01-10", "2023-11"), ("2025-06-01", "true")]
)
def test_a_revoked_ratification_of_a_treaty_not_in_force_is_a_never_partys_act(
    client: TestClient, as_of: str, value: str
) -> None:
    """Russia revoked its CTBT ratification (law of 2 November 2023, notified 3 November): the treaty is not in force,
    so Russia never became a party and could not withdraw; the act is real and called an exit, partly right, as the
    other acts of never-parties are (tests/data/articles/README.md)."""
    result = judge(client, as_of, kind="withdrew", treaty="ctbt", state="RUS", value=value)
    assert result["verdict"] == "partly_consistent"
    assert "never became a party" in result["explanation"] and "3 November 2023" in result["explanation"]


def test_a_revoked_ratification_on_another_date_is_wrong(client: TestClient) -> None:
    result = judge(client, "2024-01-10", kind="withdrew", treaty="ctbt", state="RUS", value="2022")
    assert result["verdict"] == "inconsistent" and "revocation of ratification" in result["explanation"]


def test_a_suspension_called_an_exit_stays_wrong(client: TestClient) -> None:
    """Russia suspended the CFE Treaty in 2007 and remained a party until its withdrawal of 2023."""
    result = judge(client, "2008-06-01", kind="withdrew", treaty="cfe-treaty", state="RUS", value="true")
    assert result["verdict"] == "inconsistent" and "suspension" in result["explanation"]


@pytest.mark.parametrize(("as_of", "value"), [("2017-02-13", "true"), ("2017-03-20", "2017-11-10")])
def test_an_exit_whose_notice_was_revoked_never_happened(client: TestClient, as_of: str, value: str) -> None:
    """The Gambia's notice (received 10 November 2016) was revoked on 10 February 2017, before it took effect."""
    result = judge(client, as_of, kind="withdrew", treaty="rome-statute", state="GMB", value=value)
    assert result["verdict"] == "inconsistent" and "revoked on 10 February 2017" in result["explanation"]


def test_a_notice_not_yet_revoked_is_an_exit_announced(client: TestClient) -> None:
    result = judge(client, "2016-12-01", kind="withdrew", treaty="rome-statute", state="GMB", value="true")
    assert result["verdict"] == "partly_consistent"


def test_a_suspension_is_not_a_withdrawal(client: TestClient) -> None:
    result = judge(client, "2023-02-21", kind="withdrew", treaty="new-start", state="RUS", value="false")
    assert result["verdict"] == "consistent" and "suspension" in result["explanation"]


@pytest.mark.parametrize("value", ["2021-03-19", "2021-03-20", "2021-03"])
def test_the_month_of_a_notice_recorded_to_the_month(client: TestClient, value: str) -> None:
    """Türkiye's notice is recorded to the month (March 2021); it took effect on 1 July 2021."""
    result = judge(client, "2021-04-30", kind="withdrew", treaty="istanbul-convention", state="TUR", value=value)
    assert result["verdict"] == "partly_consistent" and result["correct_value"] == "2021-07-01"


@pytest.mark.parametrize(
    ("as_of", "claim", "verdict", "says"),
    [
        ("2017-03-08", {"kind": "notification_date", "treaty": "rome-statute", "state": "ZAF", "value": "2016-10"},
         "consistent", "19 October 2016"),  # revoked later, but it was given
        ("2018-03-16", {"kind": "notification_date", "treaty": "rome-statute", "state": "PHL", "value": "2018-03-15"},
         "inconsistent", "2 days off"),  # handed over on the 15th, received on the 17th: a wrong date
        ("2025-05-20", {"kind": "effective_date", "treaty": "rome-statute", "state": "HUN", "value": "2026-05"},
         "inconsistent", "received on 2 June 2025, after the article"),  # a month that excludes 2 June 2026
        ("2019-02-01", {"kind": "effective_date", "treaty": "inf-treaty", "state": "USA", "value": "2019-08-02"},
         "consistent", "after the article"),
        ("2023-11-02", {"kind": "entry_into_force", "treaty": "ctbt", "value": "not in force"},
         "consistent", "not in force"),
        ("2018-03-15", {"kind": "bound_on", "treaty": "rome-statute", "state": "PHL", "value": "2011-11"},
         "consistent", "1 November 2011"),
        ("2023-11-02", {"kind": "ratified", "treaty": "ctbt", "state": "RUS", "value": "2000"},
         "consistent", "30 June 2000"),
        ("2023-11-02", {"kind": "ratified", "treaty": "ctbt", "state": "RUS", "value": "2000-05-27"},
         "partly_consistent", "domestic act"),
        ("2023-11-02", {"kind": "signed", "treaty": "ctbt", "state": "RUS", "value": "1996-09-24"},
         "consistent", "24 September 1996"),
        ("2020-07-07", {"kind": "joined", "treaty": "who-constitution", "state": "USA", "value": "before 1950"},
         "consistent", "1948"),
    ],
)  # fmt: skip
def test_dates_of_what_states_did(
    client: TestClient, as_of: str, claim: dict[str, Any], verdict: str, says: str
) -> None:
    result = judge(client, as_of, **claim)
    assert result["verdict"] == verdict, result["explanation"]
    assert says in result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "claim", "verdict", "says"),
    [
        ("2025-04-16", {"value": "164 in 1999", "treaty": "apmbc"}, "partly_consistent", "end of 1999"),
        ("2025-06-30", {"value": "164 signatories in 1997", "treaty": "apmbc"}, "partly_consistent", "1997"),
        ("2025-04-16", {"value": "164", "treaty": "apmbc"}, "consistent", "164 parties"),
        ("2025-03-06", {"value": "110", "comparator": "more_than", "treaty": "ccm"}, "consistent", "111"),
        ("2018-03-15", {"value": "117", "treaty": "rome-statute", "state": "PHL"}, "consistent", "117"),
        ("2025-06-19", {"value": "36 non-signatories", "treaty": "apmbc"}, "inconsistent", "32 non-signatories"),
        ("2003-04-11", {"value": "188", "treaty": "npt"}, "consistent", "disputed"),  # the DPRK counted
        ("1990-04-11", {"value": "140", "treaty": "npt"}, "unverifiable", "complete only from"),
    ],
)  # fmt: skip
def test_party_counts_as_of_the_date_they_name(
    client: TestClient, as_of: str, claim: dict[str, Any], verdict: str, says: str
) -> None:
    result = judge(client, as_of, kind="parties_count", **claim)
    assert result["verdict"] == verdict, result["explanation"]
    assert says in result["explanation"]


def test_before_and_after_a_year_are_open_intervals() -> None:
    before = parse_partial_date("before 1950", dt.date(2020, 7, 7), "past")
    assert before.contains(dt.date(1948, 6, 21)) and not before.contains(dt.date(1950, 1, 1))
    assert before.describe() == "before 1950"
    after = parse_partial_date("after 2019", dt.date(2020, 7, 7))
    assert after.contains(dt.date(2020, 1, 1)) and not after.contains(dt.date(2019, 12, 31))


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [("2024-early-autumn", "2024-09-01", "2024-09-30"), ("autumn 2024", "2024-09-01", "2024-11-30"),
     ("early 2026", "2026-01-01", "2026-04-30"), ("winter 2024", "2024-12-01", "2025-02-28"),
     ("late 2019-06", "2019-06-21", "2019-06-30"), ("early 2019-02", "2019-02-01", "2019-02-09"),
     ("mid 2019-07", "2019-07-11", "2019-07-21")],
)  # fmt: skip
def test_seasons_and_thirds_of_a_year(value: str, start: str, end: str) -> None:
    interval = parse_partial_date(value, dt.date(2025, 3, 6), "past")
    assert (interval.start.isoformat(), interval.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [("the 1980s", "1980-01-01", "1989-12-31"), ("in the mid-1980s", "1983-01-01", "1986-12-31"),
     ("1990's", "1990-01-01", "1999-12-31"), ("late 1990s", "1996-01-01", "1999-12-31")],
)  # fmt: skip
def test_a_decade_is_its_years(value: str, start: str, end: str) -> None:
    """Before, dateparser read '1980s' as 1980 seconds before the report: the report's own day."""
    interval = parse_partial_date(value, dt.date(2025, 7, 22), "past")
    assert (interval.start.isoformat(), interval.end.isoformat()) == (start, end)


@pytest.mark.parametrize("value", ["the 80s", "in 12s", "3 hours", "the 1980 s"])
def test_seconds_minutes_or_hours_are_no_date(value: str) -> None:
    with pytest.raises(UnreadableDate):
        parse_partial_date(value, dt.date(2025, 7, 22), "past")


def test_an_announcement_called_an_exit_is_partly_right(client: TestClient) -> None:
    """1 June 2017: the Rose Garden statement; notice was only possible from 4 November 2019 (Paris Art. 28(1))."""
    result = judge(client, "2017-06-01", kind="withdrew", treaty="paris-agreement", state="USA", value="2017-06-01")
    assert result["verdict"] == "partly_consistent" and "still a party" in result["explanation"]


def test_bound_since_a_later_consent(client: TestClient) -> None:
    """The US re-joined the Paris Agreement: in force for it again on 19 February 2021 (world/parties)."""
    result = judge(client, "2025-01-28", kind="bound_on", treaty="paris-agreement", state="USA", value="2021-02-19")
    assert result["verdict"] == "consistent"


def test_a_rule_claim_without_a_state_falls_back_on_a_state_s_own_clause(client: TestClient) -> None:
    """The WHO Constitution has no withdrawal clause; 'a one-year notice' is the US reservation, and says so."""
    result = judge(client, "2020-07-07", kind="notice_period", treaty="who-constitution", value="one year")
    assert result["verdict"] == "consistent" and "22 U.S.C. 290c" in result["explanation"]


def test_an_earlier_exit_the_records_do_not_hold_is_unverifiable(client: TestClient) -> None:
    """The ILO records begin with the US notice of 6 November 1975; an exit said to be earlier is not judged."""
    result = judge(client, "2025-07-22", kind="withdrew", treaty="ilo-constitution", state="USA", value="1970")
    assert result["verdict"] == "unverifiable" and "not exhaustive" in result["explanation"]


def test_the_first_us_exit_from_unesco_is_recorded(client: TestClient) -> None:
    """Notice of 28 December 1983, effective 31 December 1984 (UNESCO Constitution Art. II(6); world/records)."""
    result = judge(client, "2025-07-22", kind="withdrew", treaty="unesco-constitution", state="USA", value="1984")
    assert result["verdict"] == "consistent" and result["correct_value"] == "1984-12-31"


def test_the_cli_shows_the_verdict_correct_value_and_clock_for_an_article() -> None:
    article = ROOT / "tests" / "data" / "articles" / "euronews-2020-02-11-uk-has-left-eu.txt"
    from tests.test_cli import invoke

    done = invoke("check", "--file", str(article), "--published", "2020-02-11", "--json")
    claims = {c["claim"]["kind"]: c["result"] for c in json.loads(done.stdout)["claims"]}
    exit_day = claims["effective_date"]
    assert exit_day["verdict"] == "consistent" and exit_day["correct_value"] == "2020-02-01"
    assert "23:00 GMT" in exit_day["explanation"]
    assert any(e.get("citation") and e["citation"]["cite"] == "Art. 50(3)" for e in exit_day["evidence"])


def test_no_longer_bound_by_a_treaty_not_in_force_is_partly_right(client: TestClient) -> None:
    result = judge(client, "2023-11-02", kind="bound_on", treaty="ctbt", state="RUS", value="false")
    assert result["verdict"] == "partly_consistent" and "remains a signatory" in result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "claim", "verdict"),
    [
        ("2023-11-02", {"kind": "signed", "treaty": "ctbt", "value": "1996-09-24"}, "consistent"),  # world/parties
        ("2025-07-22", {"kind": "joined", "treaty": "unesco-constitution", "state": "USA", "value": "2003"},
         "consistent"),  # re-joined in 2023; the 2003 return is held as an earlier membership (world/parties)
        ("2017-06-06", {"kind": "effective_date", "treaty": "paris-agreement", "state": "USA", "value": "2020-11-04"},
         "consistent"),  # notice of 4 November 2019, effect a year later
        ("2017-06-06", {"kind": "effective_date", "treaty": "paris-agreement", "state": "USA", "value": "2019-06-01"},
         "unverifiable"),  # a forecast years before the notice is not judged wrong by what happened later
    ],
)  # fmt: skip
def test_what_the_records_can_and_cannot_tell(
    client: TestClient, as_of: str, claim: dict[str, Any], verdict: str
) -> None:
    result = judge(client, as_of, **claim)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [("2024-07-11", "99-1-3", "consistent"), ("2024-07-11", "98-2-3", "inconsistent"),
     ("2024-07-18", "103 of 141", "consistent"), ("2024-07-18", "103-0-4", "unverifiable"),
     ("2024-07-18", "104-0-3", "inconsistent")],
)  # fmt: skip
def test_seimas_tallies_on_the_cluster_munitions_convention(
    client: TestClient, as_of: str, value: str, verdict: str
) -> None:
    """First reading 99-1-3 (11 July 2024); the law of 18 July 2024: 103 for, the rest reported two ways."""
    result = judge(client, as_of, kind="vote_tally", treaty="ccm", state="LTU", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "claim", "verdict"),
    [
        ("2022-09-21", {"kind": "joined", "treaty": "echr", "state": "RUS", "value": "1996"}, "inconsistent"),
        ("2022-09-21", {"kind": "joined", "treaty": "echr", "state": "RUS", "value": "1998"}, "consistent"),
        ("2025-10-31", {"kind": "ratified", "treaty": "istanbul-convention", "state": "LVA", "value": "2024-01"},
         "consistent"),
        ("2021-05-19", {"kind": "signed", "treaty": "open-skies", "value": "1992"}, "consistent"),
        ("2022-11-17", {"kind": "withdrew", "treaty": "ect", "state": "SVN", "value": "true"}, "partly_consistent"),
    ],
)  # fmt: skip
def test_european_participation_facts(client: TestClient, as_of: str, claim: dict[str, Any], verdict: str) -> None:
    """Russia became an ECHR party on 5 May 1998 (its Council of Europe membership dates from 1996); Latvia's
    Istanbul deposit fell in January 2024 (in force 1 May 2024, Art. 75(4)); Open Skies was signed on 24 March 1992;
    Slovenia decided to leave the ECT in November 2022 but notified only in October 2023."""
    result = judge(client, as_of, **claim)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(("value", "verdict"), [("81 for", "consistent"), ("80 for", "inconsistent")])
def test_a_tally_of_the_votes_for_only(client: TestClient, value: str, verdict: str) -> None:
    """The Riigikogu passed the Ottawa withdrawal act 81-1-7 on 4 June 2025 (world/records/apmbc.yaml)."""
    result = judge(client, "2025-06-05", kind="vote_tally", treaty="apmbc", state="EST", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("value", "verdict"), [("56-32", "consistent"), ("56-32-2", "consistent"), ("56-44", "inconsistent")]
)
def test_a_tally_of_a_vote_no_notice_followed(client: TestClient, value: str, verdict: str) -> None:
    """The Saeima voted 56-32-2 to denounce the Istanbul Convention on 30 October 2025; the law was sent back and
    nothing was notified (world/records/istanbul-convention.yaml, unnotified): the tally is still a fact to check."""
    result = judge(client, "2025-10-31", kind="vote_tally", treaty="istanbul-convention", state="LVA", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("value", "verdict"),
    [("2019-03-29T12:20", "partly_consistent"), ("2019-03-29T23:00", "consistent"),
     ("2019-03-30T00:00+01:00", "consistent"), ("2019-03-29T18:00-05:00", "consistent"),  # the same instant
     ("2019-03-29T23:00Z", "consistent"), ("2019-03-29T23:00+01:00", "partly_consistent"),
     ("2019-03-29T23:00+25:00", "unverifiable"),
     # a named zone ('2300 GMT, midnight in Brussels'): the instant on its clock, summer time (EDT) too
     ("2019-03-30T00:00 Europe/Brussels", "consistent"), ("2019-03-29T19:00 America/New_York", "consistent"),
     ("2019-03-29T23:00 Europe/Brussels", "partly_consistent"), ("2019-03-29T23:00 Europe/Atlantis", "unverifiable")],
)  # fmt: skip
def test_a_time_of_day_on_the_uk_clock(client: TestClient, value: str, verdict: str) -> None:
    """Exit day was 11.00 p.m. UK time (EU (Withdrawal) Act 2018, s. 20(1)): '12:20 p.m. London time' is wrong."""
    result = judge(client, "2017-03-29", kind="effective_date", treaty="teu", state="GBR", value=value)
    assert result["verdict"] == verdict, result["explanation"]
    assert any(why in result["explanation"] for why in ("23:00", "no offset from UTC", "no known time zone"))


def test_not_a_party_months_after_a_complete_list(client: TestClient) -> None:
    """CCM list complete to 9 September 2024; 'the US is not a party' in March 2025: no accession recorded since."""
    result = judge(client, "2025-03-06", kind="joined", treaty="ccm", state="USA", value="false")
    assert result["verdict"] == "consistent" and "no accession is recorded since" in result["explanation"]
    joined = judge(client, "2025-03-06", kind="joined", treaty="ccm", state="USA", value="true")
    assert joined["verdict"] == "unverifiable"


def test_membership_ended_by_another_act_than_the_clause(client: TestClient) -> None:
    """Russia's Art. 7 notice (15 March 2022) was overtaken by the Art. 8 decision: no longer a member from 16 March."""
    result = judge(client, "2022-03-23", kind="withdrew", treaty="coe-statute", state="RUS", value="2022-03-16")
    assert result["verdict"] == "consistent" and "the withdrawal clause alone gives" in result["explanation"]


@pytest.mark.parametrize(
    "claim",
    [
        {"kind": "effective_date", "treaty": "teu", "state": "GBR", "value": "2020-02-01T25:99"},
        {"kind": "joined", "treaty": "ccm", "state": "LTU", "value": "before 0000"},
        {"kind": "joined", "treaty": "ccm", "state": "LTU", "value": "after 9999"},
        {"kind": "effective_date", "treaty": "ccm", "state": "LTU", "value": "early 0000"},
        {"kind": "rule", "treaty": "apmbc", "value": "99999999999 years after the vote"},
        {"kind": "rule", "treaty": "apmbc", "value": "after after after"},
        {"kind": "parties_count", "treaty": "apmbc", "value": "164 in 0000"},
        {"kind": "bound_on", "treaty": "apmbc", "state": "EST", "value": "since forever"},
        {"kind": "vote_tally", "treaty": "ccm", "state": "LTU", "value": "0 of 0"},
        {"kind": "withdrew", "treaty": "teu", "state": "GBR", "value": "winter 0000"},
    ],
)
def test_odd_values_get_a_verdict_not_a_500(client: TestClient, claim: dict[str, Any]) -> None:
    result = judge(client, "2025-07-01", **claim)
    assert result["verdict"] in ("consistent", "inconsistent", "partly_consistent", "unverifiable")


@pytest.mark.parametrize(
    ("value", "verdict"), [("2006-06-01", "consistent"), ("2005-12-27", "consistent"), ("2005", "partly_consistent")]
)
def test_joined_on_a_day_names_one_event(client: TestClient, value: str, verdict: str) -> None:
    """Ukraine: instrument deposited 27 December 2005, a party from 1 June 2006 (Ottawa Art. 17(2))."""
    result = judge(client, "2025-06-25", kind="joined", treaty="apmbc", state="UKR", value=value)
    assert result["verdict"] == verdict, result["explanation"]


def test_an_exit_the_rules_leave_open_is_judged_on_the_recorded_date_and_says_so(client: TestClient) -> None:
    """Argentina and the WHO (no withdrawal clause; VCLT Art. 56): recorded as in effect on 17 March 2026."""
    result = judge(client, "2026-03-17", kind="withdrew", treaty="who-constitution", state="ARG", value="true")
    assert result["verdict"] == "consistent" and result["correct_value"] == "2026-03-17"
    assert "the rules alone do not determine it" in result["explanation"] and "Art. 56" in result["explanation"]


@pytest.mark.parametrize(
    ("treaty", "value", "verdict"),
    [("istanbul-convention", "notification to the Council of Europe", "consistent"),
     ("apmbc", "notice to the UN Secretary-General", "consistent"),
     ("istanbul-convention", "notification to the United Nations", "partly_consistent"),
     ("istanbul-convention", "written notification to the United Nations", "partly_consistent"),
     ("istanbul-convention", "notification to the Geneva-based organization", "unverifiable")],
)  # fmt: skip
def test_to_whom_notice_goes(client: TestClient, treaty: str, value: str, verdict: str) -> None:
    """A body named that shares no word with the clause's recipient (Art. 80(1): the Secretary General of the Council
    of Europe) is another body (h-judge: was unverifiable), partly right with or without 'written' (h-judge2: a notice,
    to the wrong body); one described, not named, stays unchecked."""
    result = judge(client, "2021-04-30", kind="rule", treaty=treaty, value=value)
    assert result["verdict"] == verdict, result["explanation"]


def test_the_clock_is_cited(client: TestClient) -> None:
    result = judge(client, "2020-02-11", kind="effective_date", treaty="teu", state="GBR", value="2020-01-31")
    urls = [e.get("url") or "" for e in result["evidence"]]
    assert any("legislation.gov.uk/ukpga/2018/16" in u for u in urls)


@pytest.mark.parametrize(
    ("treaty", "state", "on", "bound"),
    [
        ("single-convention", "BOL", "2015-03-14", True),  # re-acceded 11 January 2013, in force 10 February 2013
        ("single-convention", "BOL", "2012-06-01", False),  # its denunciation took effect on 1 January 2012
        ("icrw", "ISL", "2018-08-10", True),  # re-adhered 10 October 2002 after leaving on 30 June 1992
    ],
)
def test_bound_again_after_re_joining(client: TestClient, treaty: str, state: str, on: str, bound: bool) -> None:
    """A withdrawal that took effect does not end the story: a later consent in the party list binds again."""
    for claimed in (True, False):
        result = judge(client, on, kind="bound_on", treaty=treaty, state=state, value=str(claimed).lower(), on=on)
        assert result["verdict"] == ("consistent" if claimed == bound else "inconsistent"), result
        assert result["correct_value"] == str(bound).lower()


@pytest.mark.parametrize(("value", "verdict"), [("2000", "consistent"), ("2001", "inconsistent")])
def test_a_signature_listed_beside_a_consent_only_record(client: TestClient, value: str, verdict: str) -> None:
    """The Rome Statute's participation record of the Philippines gives its ratification only (30 August 2011); the
    world party list holds its signature (28 December 2000), which is judged."""
    result = judge(client, "2019-03-17", kind="signed", treaty="rome-statute", state="PHL", value=value)
    assert result["verdict"] == verdict and result["correct_value"] == "2000-12-28", result


@pytest.mark.parametrize(
    ("as_of", "treaty", "state", "value", "verdict"),
    [
        (
            "2019-10-17",
            "upu-constitution",
            "USA",
            "true",
            "consistent",
        ),  # 'shall remain a party to the UPU Constitution'
        ("2019-10-17", "upu-constitution", "USA", "false", "inconsistent"),
        ("2017-12-01", "rome-statute", "GMB", "true", "consistent"),  # the Gambia's notice revoked 10 February 2017
    ],
)
def test_a_state_whose_notice_was_revoked_stayed_bound(
    client: TestClient, as_of: str, treaty: str, state: str, value: str, verdict: str
) -> None:
    """A notice revoked before it took effect ended nothing (VCLT Art. 68): still bound (world/records ``revoked``)."""
    result = judge(client, as_of, kind="bound_on", treaty=treaty, state=state, value=value)
    assert result["verdict"] == verdict and "was revoked on" in result["explanation"], result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "claim", "verdict"),
    [("2020-10-24", {"kind": "signed", "state": "USA", "value": "false"}, "consistent"),  # Anadolu, 2020
     ("2023-05-02", {"kind": "signed", "state": "PRK", "value": "false"}, "consistent"),
     ("2020-10-24", {"kind": "signed", "state": "FRA", "value": "true"}, "inconsistent"),
     ("2020-10-24", {"kind": "parties_count", "value": "50 ratifications"}, "consistent"),  # before entry into force
     ("2020-11-30", {"kind": "parties_count", "value": "49 ratifications"}, "inconsistent"),
     ("2020-10-24", {"kind": "parties_count", "value": "84 signatories"}, "consistent"),
     ("2020-12-10", {"kind": "parties_count", "value": "84 signatories"}, "inconsistent"),  # 86 from 9 December
     ("2020-03-20", {"kind": "parties_count", "value": "81 signatories"}, "unverifiable")],  # no period read
)  # fmt: skip
def test_tpnw_outsiders_and_counts_around_the_50th_ratification(
    client: TestClient, as_of: str, claim: dict[str, str], verdict: str
) -> None:
    """TPNW: the nine States with nuclear weapons never signed (world/parties/tpnw.yaml, outsiders); 50 instruments
    deposited from 24 October 2020 (entry into force 22 January 2021, Art. 15(1)) and 84 signatories then."""
    result = judge(client, as_of, treaty="tpnw", **claim)
    assert result["verdict"] == verdict, result["explanation"]


def test_a_dated_count_before_entry_into_force_is_not_called_parties(client: TestClient) -> None:
    """Before the TPNW entered into force (22 January 2021) no State was a party (VCLT Art. 24): the answer names
    the 50 of 24 October 2020 as instruments deposited, never as parties; after it, as parties (Open Skies)."""
    before = judge(client, "2020-10-25", kind="parties_count", treaty="tpnw", value="50")
    assert before["verdict"] == "consistent" and "50 parties" not in before["explanation"]
    assert "none a party before entry into force" in before["explanation"], before["explanation"]
    after = judge(client, "2020-06-01", kind="parties_count", treaty="open-skies", value="34")
    assert after["verdict"] == "consistent" and "34 parties" in after["explanation"], after["explanation"]


@pytest.mark.parametrize(("value", "verdict"), [("2012", "consistent"), ("2012-12-18", "consistent"),
                                                ("2013", "inconsistent")])  # fmt: skip
def test_a_signature_day_read_from_the_signing_report(client: TestClient, value: str, verdict: str) -> None:
    """Poland signed the Istanbul Convention in Strasbourg on 18 December 2012 (world/parties/istanbul-convention)."""
    result = judge(client, "2020-07-27", kind="signed", treaty="istanbul-convention", state="POL", value=value)
    assert result["verdict"] == verdict, result["explanation"]
