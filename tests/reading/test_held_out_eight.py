"""Constructions the eighth held-out batch showed the reader missing or misreading, each in sentences of our own: an
insertion between dashes or brackets between a verb and its date, a date restated after 'that is', and others
added below as they are fixed."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read


@pytest.mark.parametrize(
    "text",
    [
        "Norway will leave the Ottawa Convention — the pact that outlaws landmines, their stockpiles and their sale — "
        "on 3 March, its minister said.",
        "Norway will leave the Ottawa Convention – which bans the use, making and sale of landmines – on 3 March.",
        "Norway will leave the Ottawa Convention (the ban on landmines, signed by most states) on 3 March.",
    ],
)
def test_an_insertion_between_the_verb_and_its_date_is_stepped_over(finder: ClaimFinder, text: str) -> None:
    assert ("effective_date", "apmbc", "NOR", "2026-03-03") in read(finder, text, "2026-01-05")


def test_a_single_dash_before_the_sentence_s_end_is_no_insertion(finder: ClaimFinder) -> None:
    """'left the pact on 3 March — a blow to the campaign': the date before the dash stays the verb's own."""
    claims = read(
        finder, "Norway left the Ottawa Convention on 3 March — a blow to campaigners since 1997.", "2026-04-01"
    )
    assert ("withdrew", "apmbc", "NOR", "2026-03-03") in claims


def test_a_date_restated_after_that_is_belongs_to_the_effect(finder: ClaimFinder) -> None:
    text = (
        "Norway sent its notice of withdrawal from the Ottawa Convention to the UN on 3 March. The exit takes effect "
        "six months after the notice, that is, on 3 September."
    )
    claims = read(finder, text, "2026-03-05")
    assert ("effective_date", "apmbc", "NOR", "2026-09-03") in claims
    assert ("notification_date", "apmbc", "NOR", "2026-03-03") in claims


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        (
            "Norway quit an international accord that prohibits the stockpiling of anti-personnel mines on 5 May.",
            "apmbc",
        ),
        ("Norway quit the treaty banning cluster munitions on 5 May.", "ccm"),
        ("Norway quit the U.N. cultural agency on 5 May.", "unesco-constitution"),
        ("Norway quit the United Nations health agency on 5 May.", "who-constitution"),
    ],
)
def test_a_treaty_named_by_what_it_bans_or_the_body_it_founds(finder: ClaimFinder, text: str, treaty: str) -> None:
    assert ("withdrew", treaty, "NOR", "2026-05-05") in read(finder, text, "2026-06-01")


def test_a_description_two_treaties_fit_names_neither(finder: ClaimFinder) -> None:
    """Nuclear weapons are the object of the NPT and of the TPNW: the description is no treaty's name."""
    assert read(finder, "Norway quit a treaty that bans nuclear weapons on 5 May.", "2026-06-01") == []


def test_the_description_wins_over_an_alliance_named_after_it(finder: ClaimFinder) -> None:
    text = "Norway became the latest state to leave a pact that outlaws landmines, like its NATO partners."
    claims = read(finder, text, "2026-06-01")
    assert ("withdrew", "apmbc", "NOR", "true") in claims
    assert not any(treaty == "north-atlantic-treaty" for _, treaty, _, _ in claims)


def test_a_future_exit_in_a_period_is_how_long_the_exit_takes(finder: ClaimFinder) -> None:
    text = "Norway will leave the United Nations health agency in 12 months and stop its funding."
    assert read(finder, text, "2026-06-01") == [("notice_period", "who-constitution", None, "P12M")]


@pytest.mark.parametrize(
    "text",
    [
        "The Storting passed the law on Norway's withdrawal from the Ottawa Convention on 16 April.",
        "Parliament approved a bill on the withdrawal of Norway from the Ottawa Convention on 16 April.",
    ],
)
def test_a_law_on_a_withdrawal_is_dated_by_its_adoption_not_the_exit(finder: ClaimFinder, text: str) -> None:
    assert not any(kind == "withdrew" for kind, _, _, _ in read(finder, text, "2026-05-01"))


def test_a_withdrawal_in_a_noun_phrase_with_its_own_date_is_still_an_exit(finder: ClaimFinder) -> None:
    text = "Norway's withdrawal from the Ottawa Convention on 16 April 2026 dismayed campaigners."
    assert ("withdrew", "apmbc", "NOR", "2026-04-16") in read(finder, text, "2026-05-01")


def test_the_entry_into_force_of_a_decision_to_withdraw_is_the_exit_s_effect(finder: ClaimFinder) -> None:
    text = "Today marks the entry into force of Norway's decision to leave the Ottawa Convention, its ministry said."
    assert ("effective_date", "apmbc", "NOR", "2026-05-01") in read(finder, text, "2026-05-01")


def test_the_entry_into_force_of_the_treaty_itself_is_not_an_exit(finder: ClaimFinder) -> None:
    claims = read(finder, "Norway welcomed the entry into force of the Ottawa Convention in 1999.", "2026-05-01")
    assert not any(kind == "effective_date" for kind, _, _, _ in claims)


def test_an_effect_year_after_a_departure_noun(finder: ClaimFinder) -> None:
    """'the departure, effective in 2025': the year the exit is said to take effect (here a year early)."""
    text = "Norway is set to leave the World Health Organization today. Its premier began the departure, effective in 2025."
    claims = read(finder, text, "2026-05-01")
    assert ("effective_date", "who-constitution", "NOR", "2025") in claims


def test_has_been_ratified_by_many_is_a_count_not_a_rule_of_approval(finder: ClaimFinder) -> None:
    text = (
        "Norway's parliament voted to quit the Ottawa Convention, which has been ratified by more than 150 countries."
    )
    assert not any(kind == "rule" for kind, _, _, _ in read(finder, text, "2025-06-20"))


def test_an_exit_after_n_years_dates_the_joining(finder: ClaimFinder) -> None:
    """'renounces the Statute after 23 years' on 20 May 2025: joined about 23 years before, within half a year."""
    text = "The vote means Norway quits the Rome Statute after 21 years and leaves the court."
    claims = read(finder, text, "2025-05-20")
    assert ("joined", "rome-statute", "NOR", "2003-11-19/2004-11-19") in claims


@pytest.mark.parametrize(
    "text",
    [
        "Norway left the Rome Statute after 21 years of war.",
        "Norway's exit from the Rome Statute takes effect after one year.",
        "Norway will leave the Rome Statute after one year of notice.",
    ],
)
def test_after_n_years_of_something_else_or_as_a_period_dates_no_joining(finder: ClaimFinder, text: str) -> None:
    assert not any(kind == "joined" for kind, _, _, _ in read(finder, text, "2025-05-20"))


def test_a_leader_s_first_term_is_the_tenure_the_world_records_give(finder: ClaimFinder) -> None:
    """'in his first presidential term': Donald Trump's first tenure (world/leaders/heads.yaml), 2017-2021."""
    text = "Trump began the process of quitting the WHO in his first presidential term, before his successor undid it."
    claims = read(finder, text, "2025-02-01")
    assert ("notification_date", "who-constitution", "USA", "2017-01-20/2021-01-19") in claims


def test_a_term_with_no_leader_named_is_no_date(finder: ClaimFinder) -> None:
    text = "The country began the process of quitting the WHO in his first term."
    assert not any(value.startswith("2017") for _, _, _, value in read(finder, text, "2025-02-01"))


def test_a_freedom_still_to_come_is_no_status_on_the_day(finder: ClaimFinder) -> None:
    text = (
        "Norway voted to leave the Ottawa Convention. Norway will be allowed to produce and use anti-personnel "
        "mines six months after it notifies the United Nations."
    )
    assert not any(kind == "bound_on" for kind, _, _, _ in read(finder, text, "2026-05-01"))


def test_a_freedom_from_a_day_is_the_exit_told_by_its_consequence(finder: ClaimFinder) -> None:
    text = (
        "Norway left the Ottawa Convention. From 2 May 2026, Norway is permitted to produce and use anti-personnel "
        "mines."
    )
    assert ("bound_on", "apmbc", "NOR", "false") in read(finder, text, "2026-05-05")
