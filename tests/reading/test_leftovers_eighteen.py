"""Recall leftovers of session 18 (h-left), each a general construction pinned with the corpus sentence, paraphrases and
look-alikes that must not read.

Headlines that name their State by a description or its people: 'North Koreans Withdraw From Nuclear Treaty' (the
plural demonym, app/reading/headline_caps.demonym_states and exits._plural_named), 'Country neighboring Russia
withdraws from ...' (the State the body names most, headline_caps.most_named and subjects._headline_country), 'U.K.
Becomes Latest Donor Country to Withdraw from U.N. Development Agency' (a treaty name with 'U.N.' matched,
pipeline._dotted; 'U.K. Withdraws from UNIDO' in title case with its short words not counted, reader._title_case).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

NORTH_KOREA_BODY = (
    "North Korea defiantly declared today that it was immediately pulling out of the Nuclear Nonproliferation Treaty,"
    " the most important pact to stem the spread of nuclear weapons."
)
LATVIA_BODY = (
    "The Baltic countries and Poland have decided to withdraw from the Ottawa Convention. Latvian President Edgars"
    " Rinkēvičs has already signed the law.\n\nThe annex to the law states that over the 20 years since Latvia joined"
    " the convention, the situation has changed.\n\nAccording to Latvia's assessment, mines enhance defense"
    " capabilities.\n\nOn April 16, the Latvian Saeima passed the law on Latvia's withdrawal from the Ottawa"
    " Convention."
)
UNIDO_BODY = (
    "(CNSNews.com) – Britain has decided to withdraw from a United Nations agency it says provides poor value for its"
    " aid money.\n\nFour U.N. agencies will stop getting funding outright – the U.N. Industrial Development"
    " Organization (UNIDO), International Labor Organization (ILO), U.N.-Habitat and the U.N. International Strategy"
    " for Disaster Reduction."
)


def _exits(finder: ClaimFinder, text: str, published: str) -> set[tuple[str | None, str | None, str]]:
    return {(t, s, v) for k, t, s, v in read(finder, text, published) if k == "withdrew"}


@pytest.mark.parametrize(
    "headline",
    [
        "North Koreans Withdraw From Nuclear Treaty",  # Los Angeles Times, 10 January 2003
        "North Koreans Withdraw From Nuclear Nonproliferation Treaty",
        "North Koreans withdraw from the NPT",
        "North Koreans Officially Withdraw From Nuclear Treaty",
    ],
)
def test_a_headline_names_the_state_by_its_people(finder: ClaimFinder, headline: str) -> None:
    assert ("npt", "PRK", "true") in _exits(finder, f"{headline}\n\n{NORTH_KOREA_BODY}", "2003-01-10")


@pytest.mark.parametrize(
    "headline",
    [
        "Two North Koreans Withdraw From Nuclear Talks",  # people counted, and no treaty left
        "US owes WHO $260 million, staff cuts linked to US exit",  # 'US' is no plural
    ],
)
def test_people_or_an_initialism_are_no_plural_state(finder: ClaimFinder, headline: str) -> None:
    assert not {c for c in _exits(finder, headline, "2003-01-10") if c[2] == "true" and c[1] == "PRK"}
    assert not _exits(finder, "WHO faces budget crisis, staff cuts linked to US exit", "2026-01-22")


@pytest.mark.parametrize(
    "headline",
    [
        "Country neighboring Russia withdraws from Anti-Personnel Mine Ban Treaty",  # RBC-Ukraine, 24 April 2025
        "Country bordering Russia quits landmine treaty",
        "Baltic nation withdraws from Ottawa Convention",
    ],
)
def test_a_headline_country_is_the_state_the_body_names_most(finder: ClaimFinder, headline: str) -> None:
    found = _exits(finder, f"{headline}\n\n{LATVIA_BODY}", "2025-04-24")
    assert ("apmbc", "LVA", "true") in found
    assert not {c for c in found if c[1] == "RUS"}


@pytest.mark.parametrize(
    "headline",
    [
        "Any country may withdraw from the Ottawa Convention",  # a State in general
        "Country neighboring Russia could withdraw from mine treaty",  # a possibility
    ],
)
def test_no_state_for_a_general_or_possible_country(finder: ClaimFinder, headline: str) -> None:
    assert not {c for c in _exits(finder, f"{headline}\n\n{LATVIA_BODY}", "2025-04-24") if c[2] == "true"}


def test_no_state_when_the_body_names_none_most(finder: ClaimFinder) -> None:
    body = "Latvia and Poland have decided to withdraw from the Ottawa Convention."
    text = f"Country neighboring Russia withdraws from Anti-Personnel Mine Ban Treaty\n\n{body}"
    assert not {c for c in _exits(finder, text, "2025-04-24") if c[2] == "true"}


@pytest.mark.parametrize(
    "headline",
    [
        "U.K. Becomes Latest Donor Country to Withdraw from U.N. Development Agency",  # CNSNews, 2 March 2011
        "U.K. Withdraws from U.N. Development Agency",
        "U.K. Withdraws from UNIDO",
    ],
)
def test_the_un_agency_named_with_dots_is_the_one_left(finder: ClaimFinder, headline: str) -> None:
    found = _exits(finder, f"{headline}\n\n{UNIDO_BODY}", "2011-03-02")
    assert ("constitution-united-nations-industrial-development", "GBR", "true") in found
    assert not {c for c in found if c[0] == "ilo-constitution"}


@pytest.mark.parametrize(
    ("text", "treaty"),
    [
        (
            "Britain withdrew from the U.N. Industrial Development Organization in 2012.",
            "constitution-united-nations-industrial-development",
        ),
        (
            "The United States withdrew from the U.N. Educational, Scientific and Cultural Organization in 1984.",
            "unesco-constitution",
        ),
    ],
)
def test_a_un_name_with_dots_is_read(finder: ClaimFinder, text: str, treaty: str) -> None:
    assert {t for t, _, _ in _exits(finder, text, "2020-01-01")} == {treaty}


def test_a_lower_case_un_is_no_name(finder: ClaimFinder) -> None:
    assert not _exits(finder, "Britain withdrew from the u.n development talks in 2012.", "2020-01-01")


# --- a group noun for the States named before; one of a counted group ------------------------------------------------

SAHEL = (
    "Sahel states to leave ECOWAS\n\nMali, Burkina Faso, and Niger Republic will officially cease to be members of the"
    " Economic Community of West African States (ECOWAS) from January 29, 2025.\n\nMediation efforts continue.\n"
)


def _notices(finder: ClaimFinder, text: str, published: str) -> set[tuple[str | None, str]]:
    return {(s, v) for k, t, s, v in read(finder, text, published) if k == "notification_date" and t == "ecowas-treaty"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision comes after the three countries notified ECOWAS of their intention to withdraw from the"
        " community.",  # Naija Gist, 15 December 2024
        "The three states notified ECOWAS that they would withdraw their membership within one year.",  # News Diary
        "These three nations formally notified ECOWAS of their withdrawal.",
    ],
)
def test_the_named_group_notified(finder: ClaimFinder, sentence: str) -> None:
    assert _notices(finder, SAHEL + sentence, "2024-12-15") == {
        ("MLI", "0001-01-01/2024-12-15"),
        ("BFA", "0001-01-01/2024-12-15"),
        ("NER", "0001-01-01/2024-12-15"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The three countries will notify ECOWAS of their withdrawal.",  # to come
        "The three countries have not notified ECOWAS of their withdrawal.",  # denied
        "If the three countries notified ECOWAS, the exit would take a year.",  # a condition
    ],
)
def test_no_notice_for_another_group(finder: ClaimFinder, sentence: str) -> None:
    assert not {v for _, v in _notices(finder, SAHEL + sentence, "2024-12-15")} - {"2025-01-29"}


KYOTO = "Canada formally withdrew from the Kyoto Protocol on Monday. "


def _signed(finder: ClaimFinder, text: str) -> set[tuple[str, str | None, str]]:
    return {(k, s, v) for k, t, s, v in read(finder, KYOTO + text, "2011-12-13") if k in ("signed", "parties_count")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada again was one of the 191 countries that signed the agreement.",  # Climate Action, 13 December 2011
        "Canada was one of the 191 countries that signed the agreement.",
        "Canada was one of 191 countries that signed the Kyoto Protocol.",
        "Canada itself was one of the 191 nations which signed the protocol.",
    ],
)
def test_one_of_the_countries_that_signed(finder: ClaimFinder, sentence: str) -> None:
    assert _signed(finder, sentence) == {("signed", "CAN", "true"), ("parties_count", None, "191 signatories")}


def test_one_of_those_that_ratified_counts_ratifications(finder: ClaimFinder) -> None:
    found = _signed(finder, "Canada was one of the 191 countries that ratified the agreement.")
    assert ("parties_count", None, "191 ratifications") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Canada was one of 12 countries to sign the protocol in 1998.",  # the first signers
        "Eight of the 191 countries that signed the agreement have left it.",  # a part of the group
        "Canada urged the 191 countries that signed the agreement to act.",  # no one of them
    ],
)
def test_no_signature_for_a_first_group_or_a_part(finder: ClaimFinder, sentence: str) -> None:
    assert ("signed", "CAN", "true") not in _signed(finder, sentence)
    assert ("parties_count", None, "12 signatories") not in _signed(finder, sentence)


# --- an exit brought about, a return decided in its year -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Israel said it would also leave UNESCO. She said the decision was another reckless act, which led the"
            " United States to leave the organization.",
            "2017-10-13",
            ("unesco-constitution", "USA", "true"),
        ),  # Novinite, 13 October 2017
        (
            "PH serves notice to UN of withdrawal from ICC. It was the drug war probe that prompted Duterte to"
            " withdraw from the ICC.",
            "2018-03-17",
            ("rome-statute", "PHL", "true"),
        ),  # Manila Bulletin, 17 March 2018
        ("The bias led Washington to quit UNESCO.", "2017-10-13", ("unesco-constitution", "USA", "true")),
    ],
)
def test_an_exit_led_to_was_done(
    finder: ClaimFinder, text: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _exits(finder, text, published)


@pytest.mark.parametrize(
    "text",
    [
        "The decision led to calls for the United States to leave UNESCO.",
        "The decision could lead the United States to leave UNESCO.",
        "The decision prompted a debate on whether to leave UNESCO.",
        "The decision might prompt Washington to leave UNESCO.",
    ],
)
def test_no_exit_from_calls_or_possibilities(finder: ClaimFinder, text: str) -> None:
    assert not _exits(finder, text, "2017-10-13")


UNESCO_1985 = "Britain left Unesco in 1985. "


def _joined(finder: ClaimFinder, text: str) -> set[tuple[str | None, str]]:
    return {(s, v) for k, t, s, v in read(finder, UNESCO_1985 + text, "2002-09-13") if k == "joined"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain also withdrew from the organisation in the 1980s but decided to rejoin in 1997 when the Labour"
        " government came to power.",  # The Guardian, 13 September 2002
        "It decided to rejoin in 1997.",
        "Britain decided to rejoin Unesco in 1997.",
    ],
)
def test_a_return_decided_in_a_year(finder: ClaimFinder, sentence: str) -> None:
    assert ("GBR", "1997") in _joined(finder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain decided in 1996 to rejoin the organisation.",  # the decision's year, not the return's
        "Britain may decide to rejoin in 2003.",  # to come
        "Britain decided to withdraw in 1985.",  # an exit decided: no joining
    ],
)
def test_no_return_from_a_decision_alone(finder: ClaimFinder, sentence: str) -> None:
    assert not {v for _, v in _joined(finder, sentence)} & {"1996", "2003", "1985"}


# --- a second 'that' clause, a relative 'which' for the treaty, a signature withdrawn ---------------------------------


def _kind(finder: ClaimFinder, text: str, published: str, kind: str) -> set[tuple[str | None, str | None, str]]:
    return {(t, s, v) for k, t, s, v in read(finder, text, published) if k == kind}


@pytest.mark.parametrize(
    "text",
    [
        "The International Centre for Settlement of Investment Disputes (ICSID) has announced that the World Bank"
        " received a written notice of denunciation of the Convention on the Settlement of Investment Disputes between"
        " States and Nationals of Other States (the ICSID Convention) from the Republic of Honduras on February 24,"
        " 2024, and that the denunciation will take effect on August 25, 2024.",  # Latinvex, 18 April 2024
        "The World Bank received a notice of denunciation of the Convention on the Settlement of Investment Disputes"
        " between States and Nationals of Other States from Honduras on February 24, 2024. The denunciation will take"
        " effect on August 25, 2024.",
    ],
)
def test_a_treaty_name_with_states_is_no_group_subject(finder: ClaimFinder, text: str) -> None:
    assert ("icsid-convention", "HND", "2024-08-25") in _kind(finder, text, "2024-04-18", "effective_date")


def test_other_states_outside_a_name_stay_unnamed(finder: ClaimFinder) -> None:
    text = "Honduras denounced the ICSID Convention on February 24, 2024. Other States will take effect on that day."
    assert ("icsid-convention", "HND", "2024-08-25") not in _kind(finder, text, "2024-04-18", "effective_date")


ERDOGAN = "Turkey withdrew from the convention on March 19. "


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the decree signed by President Recep Tayyip Erdoğan, the expiry date of the Istanbul Convention,"
        " which was annulled with a decree on March 19, was determined to be July 1, 2021.",  # Daily Sabah, April 2021
        "Erdoğan's decree concerned the Istanbul Convention, which was annulled on March 19.",
        "The ministry, in a statement on the Istanbul Convention, which was abrogated on March 19, named July 1.",
    ],
)
def test_a_treaty_annulled_in_a_relative_clause(finder: ClaimFinder, sentence: str) -> None:
    text = ERDOGAN.replace("Turkey withdrew from the convention on March 19. ", "Turkey is leaving. ") + sentence
    assert ("istanbul-convention", "TUR", "2021-03-19") in _exits(finder, text, "2021-04-30")


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey is leaving the Istanbul Convention. The law, which was annulled on March 19, punished violence.",
        "Turkey is leaving the Istanbul Convention. The decree that was denounced on March 19 by the opposition.",
    ],
)
def test_something_else_annulled_is_no_exit(finder: ClaimFinder, sentence: str) -> None:
    assert ("istanbul-convention", "TUR", "2021-03-19") not in _exits(finder, sentence, "2021-04-30")


ROME = "Both the United States and Russia have signed the Rome Statute but never ratified it. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow in 2016 withdrew its signature over an ICC report calling its annexation of the Crimean peninsula an"
        " occupation.",  # Asharq Al-Awsat, 30 June 2022
        "Moscow withdrew its signature in 2016.",
        "In 2016 Russia withdrew its signature.",
    ],
)
def test_a_signature_withdrawn_is_of_the_treaty_discussed(finder: ClaimFinder, sentence: str) -> None:
    assert ("rome-statute", "RUS", "false") in _kind(finder, ROME + sentence, "2022-06-30", "signed")


def test_a_signature_withdrawn_from_a_petition_is_none(finder: ClaimFinder) -> None:
    text = ROME + "A Russian lawyer withdrew his signature from the petition in 2016."
    assert ("rome-statute", "RUS", "false") not in _kind(finder, text, "2022-06-30", "signed")


# --- a capital's lawmakers; a treaty reaching the consents it needs ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Vilnius voted 107-3 on Thursday to withdraw from the Convention on Cluster Munitions.",
        "Legislators in Vilnius voted 107-3 on Thursday to withdraw from the Convention on Cluster Munitions.",
        "Lithuanian lawmakers voted 107-3 on Thursday to withdraw from the Convention on Cluster Munitions.",
    ],
)
def test_a_capitals_lawmakers_are_the_states(finder: ClaimFinder, text: str) -> None:
    assert ("ccm", "LTU", "107-3") in _kind(finder, text, "2024-07-18", "vote_tally")


def test_lawmakers_meeting_in_a_capital_of_another_state(finder: ClaimFinder) -> None:
    text = "Lawmakers met in Vilnius as Latvia's Saeima voted 66-14 to withdraw from the Ottawa Convention."
    assert {s for _, s, _ in _kind(finder, text, "2025-04-16", "vote_tally")} <= {"LVA"}


@pytest.mark.parametrize(
    "text",
    [
        "The Treaty on the Prohibition of Nuclear Weapons reached the 50 ratifications needed for it to enter into"
        " force.",
        "The TPNW reached 50 ratifications on Saturday.",
        "The Treaty on the Prohibition of Nuclear Weapons has reached 50 ratifications, the threshold for its entry into"
        " force.",
    ],
)
def test_a_treaty_reaching_its_ratifications_is_a_count(finder: ClaimFinder, text: str) -> None:
    assert ("tpnw", None, "50 ratifications") in _kind(finder, text, "2020-10-25", "parties_count")


@pytest.mark.parametrize(
    "text",
    [
        "The TPNW has not yet reached the 50 ratifications needed for it to enter into force.",
        "The TPNW needs 50 ratifications to enter into force.",
        "The Paris Agreement was reached by 195 countries on Saturday.",
    ],
)
def test_a_threshold_not_reached_or_an_agreement_reached_is_no_count(finder: ClaimFinder, text: str) -> None:
    assert not _kind(finder, text, "2020-10-20", "parties_count")


# --- a visit to a treaty's member; a headline's 'N Korea' -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Putin Arrives in Mongolia, His First Visit to ICC Member", "2024-09-02"),  # The Moscow Times
        (
            "Putin will travel to Mongolia on Tuesday, in a first trip to an ICC member since the court issued a warrant"
            " for his arrest.",
            "2024-08-30",
        ),  # AFP
        (
            "Russian President Vladimir Putin arrived in Mongolia late Monday, marking his first visit to a country that is"
            " a member of the International Criminal Court (ICC) since it issued an arrest warrant for him last year.",
            "2024-09-02",
        ),  # The Moscow Times
        (
            "Putin visited Mongolia, his first visit to a member state of the International Criminal Court.",
            "2024-09-02",
        ),
    ],
)
def test_the_state_visited_is_the_member(finder: ClaimFinder, text: str, published: str) -> None:
    assert ("rome-statute", "MNG", "true") in _kind(finder, text, published, "bound_on")


@pytest.mark.parametrize(
    "text",
    [
        "Putin flew to China, his first trip to a country that is not a member of the ICC.",  # denied
        "Putin flew to China, a trip criticised by ICC member states.",  # the critics are the members
        "Putin visited China after Mongolia, an ICC member, had hosted him.",  # no visit reaches the member
    ],
)
def test_no_member_the_visit_does_not_reach(finder: ClaimFinder, text: str) -> None:
    assert ("rome-statute", "CHN", "true") not in _kind(finder, text, "2024-09-02", "bound_on")


def test_a_headline_n_korea(finder: ClaimFinder) -> None:
    text = (
        "N Korea Quits Nuclear Non-Proliferation Treaty\n\nNorth Korea withdrew from the nuclear non-proliferation"
        " treaty on April 10."
    )  # FT via YaleGlobal, 10 April 2003
    assert ("npt", "PRK", "true") in _exits(finder, text, "2003-04-10")


# --- an organisation added to a list of States before their verb ----------------------------------------------------

JAPAN = "Japan ratified the Paris Agreement on Tuesday. "


def _ratified(finder: ClaimFinder, text: str) -> set[str | None]:
    return {s for k, t, s, v in read(finder, JAPAN + text, "2016-11-09") if k == "ratified" and v == "true"}


@pytest.mark.parametrize(
    "sentence",
    [
        "While major emitters like China, the United States and India as well as the European Union ratified the"
        " agreement weeks ago, Japan was slow to take the step.",  # Kyodo, 9 November 2016
        "China, the United States and India as well as the European Union ratified the agreement weeks ago.",
        "China, the United States and India, along with the EU, have ratified the agreement.",
    ],
)
def test_states_listed_before_an_added_organisation_ratified(finder: ClaimFinder, sentence: str) -> None:
    assert _ratified(finder, sentence) >= {"CHN", "USA", "IND"}
    assert "JPN" not in _ratified(finder, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "China, the United States and India as well as the European Union have not ratified the agreement.",  # denied
        "China and India criticised the deal, as well as the European Union, which ratified the agreement.",  # the EU's
    ],
)
def test_no_ratification_when_denied_or_only_the_body_acts(finder: ClaimFinder, sentence: str) -> None:
    assert not _ratified(finder, sentence) & {"CHN", "IND"}


# --- 'the treaty' after another instrument was the last 'treaty' ------------------------------------------------------

CFE_BEFORE = (
    "Signed on Nov. 9, 1990, the treaty aimed to achieve a military balance between NATO and the Warsaw Pact countries."
    "\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia decided to suspend its participation in the CFE treaty in 2015 and officially withdrew from the treaty on"
        " Nov. 7, 2023.",  # Hurriyet Daily News, 6 April 2024
        "Russia suspended the CFE treaty in 2007 and withdrew from the treaty on Nov. 7, 2023.",
    ],
)
def test_the_treaty_is_the_one_the_clause_named(finder: ClaimFinder, sentence: str) -> None:
    assert ("cfe-treaty", "RUS", "2023-11-07") in _exits(finder, CFE_BEFORE + sentence, "2024-04-06")


def test_it_still_refers_to_the_treaty_named_before(finder: ClaimFinder) -> None:
    text = "The Ottawa Convention bans landmines, and Ukraine acceded to it in 2005."
    assert ("apmbc", "UKR") in {(t, s) for k, t, s, _ in read(finder, text, "2025-01-01") if k == "acceded"}
