"""Shapes that gave reports that are not claims in the end-of-session-14 precision read (h-end, 15 fresh articles):
an exit denied as an intention ('is not planning to quit the ICC': a plan, not a status) and a parliament ratifying
another State's admission ('Turkish Parliament Ratifies Sweden's Bid To Join NATO': the accession protocol, North
Atlantic Treaty Art. 10, not Türkiye's ratification). The statuses and consents of the same shape are still read."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

DAY = dt.date(2024, 1, 26)


@pytest.mark.parametrize(
    "sentence",
    [
        "South Africa is not planning to quit the ICC, the president said.",
        "South Africa does not intend to withdraw from the Rome Statute.",
        "The government has no intention and does not plan to leave the Paris Agreement.",
        "Turkish Parliament Ratifies Sweden's Bid To Join NATO",
        "Turkey's parliament ratified Finland's NATO membership on Thursday.",
        "Hungary's parliament ratified Sweden’s accession to NATO on Monday.",
    ],
)
def test_nothing_is_claimed(finder: ClaimFinder, sentence: str) -> None:
    assert finder.find(sentence, DAY) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("South Africa has not withdrawn from the ICC.", ("withdrew", "ZAF", "false")),
        ("Turkey ratified the Istanbul Convention in 2012.", ("ratified", "TUR", "2012")),
        ("Finland ratified its NATO membership on 4 April 2023.", ("ratified", "FIN", "2023-04-04")),
    ],
)
def test_the_same_shapes_with_a_status_or_own_consent_are_read(
    finder: ClaimFinder, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert [(f.claim.kind, f.claim.state, f.claim.value) for f in finder.find(sentence, DAY)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sweden's instrument of accession to the North Atlantic Treaty was deposited with the US government on 7 "
            "March 2024.",
            ("acceded", "SWE", "2024-03-07"),
        ),
        (
            "Finland's instruments of accession to the North Atlantic Treaty were deposited in Washington on 4 April "
            "2023.",
            ("acceded", "FIN", "2023-04-04"),
        ),
    ],
)
def test_a_deposit_of_accession_in_the_passive_is_a_consent_not_a_notice(
    finder: ClaimFinder, sentence: str, expected: tuple[str, str, str]
) -> None:
    """h-end's read: the passive deposit was a notice of withdrawal; the active one was already a consent."""
    found = finder.find(sentence, dt.date(2024, 3, 8))
    assert [(f.claim.kind, f.claim.state, f.claim.value) for f in found] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Swedish Prime Minister Ulf Kristersson noted that NATO Secretary General Jens Stoltenberg informed him that "
        "all NATO member states had invited Sweden to join the North Atlantic Treaty.",
        "Noting that Stoltenberg had informed him of the invitation, Swedish Prime Minister Ulf Kristersson welcomed "
        "the North Atlantic Treaty's invitation.",
    ],
)
def test_a_verb_whose_lemma_is_a_notice_word_is_no_notice(finder: ClaimFinder, sentence: str) -> None:
    """'noted' is no diplomatic note: an informing with no notice word, exit or depositary is no notification."""
    assert [f.claim.kind for f in finder.find(sentence, dt.date(2024, 3, 7))] == []


def test_a_plural_notice_word_still_makes_the_informing_a_notice(finder: ClaimFinder) -> None:
    found = finder.find(
        "Burundi informed the UN Secretary-General in letters that it withdraws from the Rome Statute.",
        dt.date(2016, 10, 28),
    )
    assert [(f.claim.kind, f.claim.state) for f in found] == [("notification_date", "BDI")]
