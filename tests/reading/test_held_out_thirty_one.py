"""Constructions of the thirty-first held-out batch (denunciations and exits from less-covered treaties: the CFE
Treaty, ICSID, the ECT, the ICCPR): a State's initialism in a Title-Case headline's casing ('Uk Withdraws From Energy
Charter Treaty'); a day right after a reporting verb, with no 'that', is the saying's ('said Thursday it is
withdrawing': an announcement, no effect that day); 'withdraw' with an object that is not the treaty ('Withdraws the
Right of Individual Petition under the ICCPR', 'withdrew its reservation'); a body's name with 'the' after 'for'
('International Centre For The Settlement Of Investment Disputes'); an organisation's name modifying another body's
noun ('withdraws from World Bank arbitration court': not the World Bank); a time of day before a date that opens the
sentence and a name spelt out in brackets before the verb ('At 00:00 on November 7, 2023, the procedure of Russia's
withdrawal from the CFE (Treaty on Conventional Armed Forces in Europe), was completed'), each pinned by the
article's sentence and paraphrases of our own, with look-alikes that claim nothing or keep their reading.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # a State's initialism in headline casing, as the headline's first word
    (
        "uk-headline-casing",  # AP via York Dispatch, 2024
        "2024-02-22",
        "Uk Withdraws From Energy Charter Treaty, Following Similar Moves By Eu Countries",
        [("withdrew", "ect", "GBR", "true")],
    ),
    (
        "us-headline-casing",  # our words: another State and treaty
        "2020-11-04",
        "Us Formally Exits Paris Climate Agreement",
        [("withdrew", "paris-agreement", "USA", "true")],
    ),
    (
        "us-pronoun-not-first",  # our words: 'Us' elsewhere in a headline is the pronoun
        "2024-02-22",
        "Tell Us Why The Uk Left The Treaty",
        [],
    ),
    # a day right after a reporting verb is the saying's
    (
        "said-day-progressive",  # AP, 2024: the announcement's day, no effect
        "2024-02-22",
        "LONDON (AP) — Britain's government said Thursday it is withdrawing from a controversial international energy "
        "treaty after efforts to modernize it ended in stalemate. The U.K.'s move followed similar announcements by "
        "France to quit the Energy Charter Treaty.",
        [],
    ),
    (
        "said-day-next-day",  # our words: read the day after (the weekday is not the report's)
        "2024-02-23",
        "Britain said Thursday it is withdrawing from the Energy Charter Treaty.",
        [],
    ),
    (
        "announced-on-day-future",  # our words: 'announced on' and a future
        "2020-05-22",
        "Russia announced on Friday it will quit the Open Skies Treaty.",
        [],
    ),
    (
        "said-on-day-past-notice-kept",  # our words: a past deed reported on a day is still read, a notice given by
        "2021-06-19",  # the report's day (the saying's day is not taken for the notice's)
        "Russia said on Friday it had notified all states of its withdrawal from the Open Skies Treaty.",
        [("notification_date", "open-skies", "RUS", "0001-01-01/2021-06-19")],
    ),
    (
        "exit-on-day-then-said-kept",  # our words: the day after the exit verb is the exit's
        "2024-02-23",
        "Britain withdrew from the Energy Charter Treaty on Thursday, the government said.",
        [("withdrew", "ect", "GBR", "2024-02-22")],
    ),
    # 'withdraw' with an object that is not the treaty
    (
        "withdraws-a-right-headline",  # AJIL, 1998
        "1998-07-01",
        "Jamaica Withdraws the Right of Individual Petition under the International Covenant on Civil and Political "
        "Rights",
        [],
    ),
    (
        "withdrew-a-reservation",  # our words
        "1998-07-01",
        "Jamaica withdrew its reservation to the ICCPR.",
        [],
    ),
    (
        "withdrew-a-declaration",  # our words: another treaty and object
        "2001-01-01",
        "France withdrew its declaration under the Rome Statute.",
        [],
    ),
    (
        "withdraws-from-kept",  # our words: the exit itself
        "1998-07-01",
        "Jamaica withdraws from the ICCPR.",
        [("withdrew", "iccpr", "JAM", "true")],
    ),
    (
        "withdrawing-ratification-kept",  # HRW, 1998: an instrument withdrawn is an exit
        "1998-06-01",
        "By withdrawing its ratification of the American Convention, Trinidad and Tobago has indicated it will execute "
        "more swiftly.",
        [("withdrew", "achr", "TTO", "true")],
    ),
    # 'the' after 'for' in a body's name
    (
        "centre-for-the-settlement-title-case",  # Hoet Pelaez, 2012
        "2012-01-25",
        "Venezuela Officially Withdraws From The International Centre For The Settlement Of Investment Disputes (ICSID)",
        [("withdrew", "icsid-convention", "VEN", "true")],
    ),
    (
        "center-for-the-settlement",  # our words: the American spelling, a day
        "2012-01-26",
        "Venezuela withdrew from the International Center for the Settlement of Investment Disputes on Tuesday.",
        [("withdrew", "icsid-convention", "VEN", "2012-01-24")],
    ),
    (
        "centre-for-settlement-kept",  # our words: the name as the rule file gives it
        "2012-01-26",
        "Venezuela withdrew from the International Centre for Settlement of Investment Disputes on Tuesday.",
        [("withdrew", "icsid-convention", "VEN", "2012-01-24")],
    ),
    # an organisation's name modifying another body's noun
    (
        "world-bank-arbitration-court",  # Reuters via the Jerusalem Post, 2012: not the IBRD (ICSID's alias since
        # session 17)
        "2012-01-25",
        "Venezuela withdraws from World Bank arbitration court",
        [("withdrew", "icsid-convention", "VEN", "true")],
    ),
    (
        "world-bank-dispute-forum",  # El Faro, 2024 (ICSID's alias since session 17)
        "2024-04-25",
        "As Honduras leaves World Bank dispute forum, US tries to keep influence",
        [("withdrew", "icsid-convention", "HND", "true")],
    ),
    (
        "world-bank-itself-kept",  # our words: the organisation itself
        "2012-01-25",
        "Venezuela withdraws from the World Bank.",
        [("withdrew", "ibrd-articles", "VEN", "true")],
    ),
    (
        "rights-watchdog-epithet-kept",  # batch 26's headline: an epithet of the organisation, not another organ
        "2022-03-15",
        "Russia quits Council of Europe rights watchdog",
        [("withdrew", "coe-statute", "RUS", "true")],
    ),
    # a time of day before an opening date; a name spelt out in brackets before the verb
    (
        "clock-and-brackets",  # TRT World, 2023
        "2023-11-07",
        "\"At 00:00 on November 7, 2023, the procedure of Russia's withdrawal from the CFE (Treaty on Conventional "
        "Armed Forces in Europe), was completed,\" Russia's foreign ministry said in a statement on its website on "
        "Tuesday.",
        [("effective_date", "cfe-treaty", "RUS", "2023-11-07")],
    ),
    (
        "midnight-opening-date",  # our words
        "2023-11-07",
        "At midnight on 7 November 2023, Russia's withdrawal from the CFE Treaty was completed.",
        [("effective_date", "cfe-treaty", "RUS", "2023-11-07")],
    ),
    (
        "midnight-brackets-future",  # our words: another treaty, a future effect
        "2025-06-03",
        "At midnight on 2 June 2026, Hungary's withdrawal from the Rome Statute (the founding treaty of the "
        "International Criminal Court) will take effect.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    (
        "clock-no-exit",  # our words: a time and a day with no exit
        "2023-11-07",
        "At 10:00 on Tuesday, the ministers met in Vienna to discuss the CFE Treaty.",
        [],
    ),
]


@pytest.mark.parametrize(("case_id", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_held_out_thirty_one_constructions(
    finder: ClaimFinder, case_id: str, published: str, text: str, expected: Read
) -> None:
    assert sorted(read(finder, text, published), key=str) == sorted(expected, key=str), case_id
