"""Recall leftovers of session 18, made general in session 19 (h-left), each pinned with the corpus sentence,
paraphrases and look-alikes that must not read.

An act's participle that takes a State out, its own day between them: 'signed a decree on Sunday withdrawing from the
Ottawa Convention' (webangah-2025-06-29), 'issued a decree withdrawing from the landmark agreement' (iwpr-2021-05-14),
'signs executive order withdrawing from Paris climate agreement' (a headline's present): a decision called an exit
(app/reading/acts.act_participle, tense.tense_of); not 'signs law on withdrawing from' (a law about an exit) nor 'may
sign an order withdrawing'.

A protocol named through its convention: 'the Optional Protocol to the Vienna Convention on Consular Rights' (AFP, 10
March 2005, 'Rights' for 'Relations'), 'Vienna Convention protocol' (its headline) are the VCCR's Optional Protocol,
the one protocol of the VCCR the rulebook holds; 'the Kyoto Protocol on limitation of emissions ... to the UN Framework
Convention on Climate Change came into effect' (PanArmenian, 17 February 2005) names the UNFCCC as the protocol's
parent only, so 'did not join it' is the protocol (app/reading/protocols.py).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read


def _exits(finder: ClaimFinder, text: str, published: str) -> set[tuple[str | None, str | None, str]]:
    return {(t, s, v) for k, t, s, v in read(finder, text, published) if k == "withdrew"}


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Ukrainian President Volodymyr Zelenskyy signed a decree on Sunday withdrawing from the Ottawa Convention,"
            " which bans the production and use of anti-personnel mines.",  # Webangah, 29 June 2025
            "2025-06-29",
            ("apmbc", "UKR", "2025-06-29"),
        ),
        (
            "In March this year, President Recep Tayyip Erdogan issued a decree withdrawing from the Istanbul"
            " Convention.",  # IWPR, 14 May 2021 (its treaty named in the sentence before)
            "2021-05-14",
            ("istanbul-convention", "TUR", "2021-03"),
        ),
        (
            "Trump signed an executive order withdrawing the United States from the Paris Agreement.",
            "2025-01-21",
            ("paris-agreement", "USA", "true"),
        ),
        (
            "Erdogan signed a decree on March 20, withdrawing Turkey from the Istanbul Convention.",
            "2021-03-21",
            ("istanbul-convention", "TUR", "2021-03-20"),
        ),
        (
            "Trump signs executive order withdrawing from Paris climate agreement",  # DW, 20 January 2025 (a headline)
            "2025-01-20",
            ("paris-agreement", "USA", "true"),
        ),
        ("Nkurunziza signs law withdrawing Burundi from the ICC", "2016-10-18", ("rome-statute", "BDI", "true")),
    ],
)
def test_an_acts_participle_tells_the_exit(
    finder: ClaimFinder, sentence: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _exits(finder, sentence, published)


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Putin signs law on withdrawing from CFE Treaty", "2023-05-29"),  # Interfax: a law about an exit
        ("Trump may sign an order withdrawing the US from the WHO.", "2025-01-19"),
        ("He signed a decree on Sunday withdrawing troops from the border.", "2025-06-29"),
    ],
)
def test_no_act_that_takes_a_state_out(finder: ClaimFinder, sentence: str, published: str) -> None:
    assert not _exits(finder, sentence, published)


def test_an_exit_and_then_an_announcement_are_no_list(finder: ClaimFinder) -> None:
    """'withdrawing from Paris climate agreement and then later announces the U.S. withdrawal from the WHO': 'then'
    opens another clause, so the exit is not shared with the WHO (coordinated._BREAKS)."""
    text = (
        "- Trump signs executive order withdrawing from Paris climate agreement and then later announces the US"
        " withdrawal from the WHO"
    )
    assert ("who-constitution", "USA", "true") not in _exits(finder, text, "2025-01-20")


VCCR_BODY = (
    "Proposed in 1963 by Washington and ratified in 1969 along with the rest of the Vienna Convention on Consular"
    " Relations, the Optional Protocol lets the International Court of Justice (ICJ) intervene."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States has withdrawn from the Optional Protocol to the Vienna Convention on Consular Rights, which"
        " they proposed in 1963.",  # AFP, 10 March 2005
        "US withdraws from Vienna Convention protocol on access to diplomats",
        "The United States pulled out of the Optional Protocol to the Vienna Convention on Consular Relations.",
        "The United States has withdrawn from the optional protocol to the VCCR.",
    ],
)
def test_a_protocol_named_through_its_convention(finder: ClaimFinder, sentence: str) -> None:
    found = _exits(finder, f"{sentence}\n\n{VCCR_BODY}", "2005-03-10")
    assert ("vccr-optional-protocol", "USA", "true") in found
    assert not {c for c in found if c[0] == "vccr"}


def test_the_convention_itself_is_still_the_convention(finder: ClaimFinder) -> None:
    """A look-alike: no protocol word, the convention is what is left."""
    text = "The United States has withdrawn from the Vienna Convention on Consular Relations."
    assert ("vccr", "USA", "true") in _exits(finder, text, "2005-03-10")


@pytest.mark.parametrize(
    "opening",
    [
        "February 16 the Kyoto Protocol on limitation of emissions of greenhouse gases to the UN Framework Convention"
        " on Climate Change came into effect.",  # PanArmenian, 17 February 2005
        "The Kyoto Protocol to the United Nations Framework Convention on Climate Change entered into force on"
        " Wednesday.",
    ],
)
def test_a_convention_named_as_its_protocols_parent_is_no_referent(finder: ClaimFinder, opening: str) -> None:
    text = f"{opening} China, India, as well as the US did not join it, refusing to ratify it."
    found = {(k, t, s, v) for k, t, s, v in read(finder, text, "2005-02-17")}
    assert ("joined", "kyoto-protocol", "CHN", "false") in found
    assert ("joined", "kyoto-protocol", "USA", "false") in found
    assert ("entry_into_force", "kyoto-protocol", None, "2005-02-16") in found
    assert not {c for c in found if c[1] == "unfccc"}


def test_a_convention_named_on_its_own_stays(finder: ClaimFinder) -> None:
    """A look-alike: the convention after its protocol, in a sentence of its own (no 'to the')."""
    text = (
        "The Kyoto Protocol entered into force in 2005. The United States ratified the United Nations Framework"
        " Convention on Climate Change in 1992."
    )
    assert ("ratified", "unfccc", "USA", "1992") in read(finder, text, "2005-02-17")


WHO_OPENING = (
    "US completes WHO withdrawal\n\nThe United States has formally completed its withdrawal from the World Health"
    " Organization (WHO).\n\nMedia reports place the outstanding balance at approximately US$133 million.\n\n"
)
UNESCO_OPENING = (
    "UNESCO deeply regrets Israel's withdrawal\n\nThe UN Educational, Scientific and Cultural Organisation (UNESCO)"
    " has voiced deep regret over Israel's decision to withdraw from the agency.\n\nAzoulay said she was convinced"
    " that States could best seek to overcome differences inside UNESCO.\n\n"
)


def _notices(finder: ClaimFinder, text: str, published: str) -> set[tuple[str | None, str | None]]:
    return {(t, s) for k, t, s, _ in read(finder, text, published) if k == "notification_date"}


@pytest.mark.parametrize(
    ("opening", "sentence", "published", "expected"),
    [
        (
            UNESCO_OPENING,
            "Azoulay noted that she had received official notice from the Government of Israel on the country's"
            " withdrawal from the agency effective from Dec. 31, 2018.",  # The Whistler, 30 December 2017
            "2017-12-30",
            ("unesco-constitution", "ISR"),
        ),
        (
            WHO_OPENING,
            "During a press briefing today, officials revealed that while the U.S. submitted notice of withdrawal,"
            " several conditions may not have been fully met.",  # SKNVibes, 23 January 2026
            "2026-01-23",
            ("who-constitution", "USA"),
        ),
        (
            WHO_OPENING,
            "Officials said the United States sent its formal notification of withdrawal to the UN.",
            "2026-01-23",
            ("who-constitution", "USA"),
        ),
        (
            WHO_OPENING,
            "The Secretary-General said the United States had handed over its notice of withdrawal.",
            "2026-01-23",
            ("who-constitution", "USA"),
        ),
    ],
)
def test_a_notice_told_after_the_lede_without_a_date(
    finder: ClaimFinder, opening: str, sentence: str, published: str, expected: tuple[str, str]
) -> None:
    assert expected in _notices(finder, opening + sentence, published)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senators submitted a bill on withdrawal from the WHO to the Senate.",
        "If the United States had submitted its notice of withdrawal, the WHO would have said so.",
        "The United States submitted a request for withdrawal of the funds.",
    ],
)
def test_no_notice_given(finder: ClaimFinder, sentence: str) -> None:
    assert ("who-constitution", "USA") not in _notices(finder, WHO_OPENING + sentence, "2026-01-23")


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Iceland has rejoined the International Whaling Commission, nine years after quitting the organisation in"
            " protest, the Foreign Ministry said yesterday.",  # The Independent, 12 June 2001
            "2001-06-12",
            ("icrw", "ISL", "1992"),
        ),
        (
            "The United States has rejoined UNESCO, five years after leaving it.",
            "2023-07-11",
            ("unesco-constitution", "USA", "2018"),
        ),
        (
            "The United States rejoined UNESCO in 2003, 19 years after pulling out of the agency.",
            "2003-10-01",
            ("unesco-constitution", "USA", "1984"),
        ),
        (
            "Singapore is rejoining UNESCO, more than two decades after withdrawing from the organisation.",
            "2007-10-08",
            ("unesco-constitution", "SGP", "0001-01-01/1987-10-08"),
        ),
    ],
)
def test_an_exit_told_by_the_years_before_a_return(
    finder: ClaimFinder, sentence: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _exits(finder, sentence, published)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iceland has hosted the International Whaling Commission, nine years after quitting the organisation.",
        "Iceland has rejoined the International Whaling Commission, nearly a decade after quitting the organisation.",
    ],
)
def test_no_return_or_no_bound_tells_no_year(finder: ClaimFinder, sentence: str) -> None:
    assert not {c for c in _exits(finder, sentence, "2001-06-12") if c[2] not in ("true",)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nicaragua’s government also stated that the local OAS office had been closed and the credentials of several"
            " OAS representatives had been revoked as part of a “unwavering decision” to leave the organization.",
            set(),  # AFP, 24 April 2022: the credentials, not the exit
        ),
        ("Nicaragua's withdrawal from the OAS was revoked in March.", {("oas-charter", "NIC", "false")}),
        ("Nicaragua's notice of withdrawal from the OAS had been revoked by March.", {("oas-charter", "NIC", "false")}),
    ],
)
def test_a_revocation_of_something_else_undoes_no_exit(
    finder: ClaimFinder, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert {c for c in _exits(finder, sentence, "2022-04-24") if c[2] == "false"} == expected


BY_OPENING = "Rights groups weigh in\n\nThe groups released a letter today.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "By withdrawing its ratification of the American Convention, Trinidad and Tobago has indicated an"
            " unwillingness to protect fundamental human rights.",  # HRW, 1 June 1998
            ("achr", "TTO", "true"),
        ),
        (
            "By withdrawing from the ICC, Burundi became the first state to leave the court.",
            ("rome-statute", "BDI", "true"),
        ),
        (
            "By withdrawing its ratification of the American Convention, Trinidad and Tobago has indicated it will"
            " execute more swiftly.",  # the main verb's tense, not its complement's
            ("achr", "TTO", "true"),
        ),
    ],
)
def test_a_means_before_a_deed_done(finder: ClaimFinder, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in _exits(finder, BY_OPENING + sentence, "2016-11-01")


@pytest.mark.parametrize(
    "sentence",
    [
        "By leaving the ICC, Burundi hopes to protect its sovereignty.",
        "By withdrawing from the Convention, the government argued, death sentences would be imposed more swiftly.",
    ],
)
def test_a_means_to_an_end_hoped_for_tells_no_exit(finder: ClaimFinder, sentence: str) -> None:
    assert not _exits(finder, BY_OPENING + sentence, "2016-11-01")
