"""Inaccurate claims the reader did not find (issue 14: every inaccurate claim flagged), read in general and pinned
with the corpus sentence and paraphrases of our own (other state, treaty, date), each case with every claim read."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-body-described-before-the-convention-founding-it-is-named",  # brecorder-2007-05-09 (a lead, no headline)
        "2007-05-09",
        "Bolivia has formally withdrawn from a World Bank body that mediates between foreign investors and governments, "
        "the country's ambassador said.\n\nThe ambassador said Bolivia formally pulled out of the Washington-based "
        "International Center for Settlement of Investment Disputes, or ICSID, last week.",
        [("withdrew", "icsid-convention", "BOL", "true"), ("withdrew", "icsid-convention", "BOL", "true")],
    ),
    (
        "a-body-described-before-it-is-named-other-state",  # the Centre the Convention founds is a body
        "2012-01-26",
        "Venezuela has formally withdrawn from a World Bank body that hears claims by foreign investors, its foreign "
        "minister said. Caracas notified the International Centre for Settlement of Investment Disputes on Tuesday.",
        [
            ("withdrew", "icsid-convention", "VEN", "true"),
            ("notification_date", "icsid-convention", "VEN", "2012-01-24"),
        ],
    ),
    (
        "an-institution-described-before-it-is-named",
        "2010-02-01",
        "Ecuador has pulled out of an international institution that arbitrates investment disputes, the government "
        "said. It denounced the ICSID Convention in 2009.",
        [("withdrew", "icsid-convention", "ECU", "true"), ("notification_date", "icsid-convention", "ECU", "2009")],
    ),
    (
        "a-body-is-no-convention-that-founds-none",  # the Ottawa Convention founds no body
        "2025-07-01",
        "Hungary has withdrawn from a United Nations body that deals with mines, officials said. The Ottawa "
        "Convention bans anti-personnel mines.",
        [],
    ),
    (
        "a-step-in-apposition-to-an-exit-becomes-official-on-a-date-cut-by-a-line-break",  # febspot-2026-01-08
        "2026-01-08",
        "The administration has already moved to withdraw the United States from the Paris agreement, a step the "
        "Times reported will become official on Jan.\n20.",
        [("effective_date", "paris-agreement", "USA", "2026-01-20")],
    ),
    (
        "a-step-in-apposition-other-state-treaty-date",
        "2017-01-10",
        "The government has moved to withdraw Burundi from the Rome Statute, a step that will become official on "
        "Oct.\n27.",
        [("effective_date", "rome-statute", "BDI", "2017-10-27")],
    ),
    (
        "a-step-in-apposition-to-no-exit-is-no-effect",
        "2017-01-10",
        "The cabinet approved a new budget for Burundi, a step that will become official on Oct. 27.",
        [],
    ),
    (
        "a-withdrawal-made-official-before-a-recipient-is-the-notice",  # venezuelanalysis-2012-07-25
        "2012-07-25",
        "Venezuela's exit from the International Center for Settlement of Investment Disputes, or ICSID came into "
        "effect today, after the country made its withdrawal official before the World Bank last January 25th.",
        [
            ("effective_date", "icsid-convention", "VEN", "2012-07-25"),
            ("notification_date", "icsid-convention", "VEN", "2012-01-25"),
        ],
    ),
    (
        "a-withdrawal-made-official-with-a-recipient-other-state-date",
        "2007-06-01",
        "Bolivia made its withdrawal from the ICSID Convention official with the World Bank on 2 May 2007.",
        [("notification_date", "icsid-convention", "BOL", "2007-05-02")],
    ),
    (
        "a-withdrawal-made-official-with-no-recipient-is-the-exit",
        "2008-01-10",
        "Bolivia made its withdrawal from the ICSID Convention official on 3 November 2007.",
        [("withdrew", "icsid-convention", "BOL", "2007-11-03")],
    ),
    (
        "last-month-and-day-is-that-day-before-the-report",
        "2025-10-01",
        "Hungary notified the Secretary-General of its withdrawal from the Rome Statute last June 2.",
        [("notification_date", "rome-statute", "HUN", "2025-06-02")],
    ),
    (
        "a-relative-day-after-a-past-event-dates-the-event",  # econet-2016-11-15
        "2016-11-15",
        "Gambia's withdrawal from the Rome Statute will take place exactly one year after the official letter had "
        "been received, which is on November 4th.",
        [
            ("notification_date", "rome-statute", "GMB", "2016-11-04"),
            ("rule", "rome-statute", None, "exactly P1Y after the official letter had been received"),
        ],
    ),
    (
        "a-relative-day-after-a-past-event-other-state-date",
        "2016-11-15",
        "Burundi's withdrawal from the Rome Statute will take effect one year after the notification was received, "
        "which was on 27 October 2016.",
        [
            ("notification_date", "rome-statute", "BDI", "2016-10-27"),
            ("rule", "rome-statute", None, "P1Y after the notification was received"),
        ],
    ),
    (
        "a-relative-day-after-a-present-event-is-not-the-event-s",  # the period's end (read as before: no claim)
        "2016-11-15",
        "Burundi's withdrawal from the Rome Statute will take effect one year after the UN receives the "
        "notification, which is on 27 October 2017.",
        [("rule", "rome-statute", None, "P1Y after the un receives the notification")],
    ),
    (
        "an-order-formally-notifying-under-a-timeline-date-is-the-notice-of-that-day",  # pressenza-2026-01-23
        "2026-01-23",
        "January 20, 2025\n• On his first day back in the White House, President Trump signed Executive Order "
        "14155, formally notifying the United Nations and the WHO of the United States’ intention to withdraw from "
        "the global health body.",
        [("notification_date", "who-constitution", "USA", "2025-01-20")],
    ),
    (
        "a-note-formally-notifying-under-a-timeline-date-other-state",
        "2025-06-01",
        "Timeline\nMarch 17, 2025\n• The government of Argentina sent a note to the UN Secretary-General, formally "
        "notifying him of Argentina's withdrawal from the WHO.",
        [("notification_date", "who-constitution", "ARG", "2025-03-17")],
    ),
    (
        "a-bare-date-line-before-unbulleted-text-is-a-dateline",  # the report's day, not the notice's
        "2026-01-23",
        "US quits WHO\nJanuary 20, 2025\nPresident Trump signed Executive Order 14155, formally notifying the United "
        "Nations of the United States' intention to withdraw from the WHO.",
        [
            ("withdrew", "who-constitution", "USA", "true"),
            ("notification_date", "who-constitution", "USA", "0001-01-01/2026-01-23"),
        ],
    ),
    (
        "an-exit-ordered-once-again-says-an-earlier-exit",  # edf-2026-01-07: some time before the report
        "2026-01-07",
        "President Donald Trump signed an executive order directing the United States to withdraw once again from "
        "the United Nations Framework Convention on Climate Change (UNFCCC), the world's primary international "
        "treaty to combat climate change.",
        [("withdrew", "unfccc", "USA", "0001-01-01/2026-01-06")],
    ),
    (
        "an-exit-ordered-again-after-a-long-name-other-state",
        "2026-01-07",
        "The decree directs Brazil to withdraw from the United Nations Framework Convention on Climate Change once "
        "again.",
        [("withdrew", "unfccc", "BRA", "0001-01-01/2026-01-06")],
    ),
    (
        "a-plan-to-quit-again-other-treaty",
        "2020-02-10",
        "Burundi's government plans to quit the Rome Statute again.",
        [("withdrew", "rome-statute", "BDI", "0001-01-01/2020-02-09")],
    ),
    (
        "a-plan-to-quit-says-no-earlier-exit",
        "2020-02-10",
        "Burundi's government plans to quit the Rome Statute.",
        [],
    ),
    (
        "again-in-another-phrase-is-not-the-exit-s",  # after a comma: not the verb's
        "2020-02-10",
        "Canada plans to withdraw from the UNFCCC, once again a first.",
        [],
    ),
    (
        "signed-by-a-government-named-by-no-state-is-the-article-s-state",  # competitionmaster-2011-12-13
        "2011-12-13",
        "Canada quits Kyoto Protocol first. The Kyoto Protocol was signed in 1997 by the previous Liberal government, "
        "which committed Canada to cutting emissions.",
        [("withdrew", "kyoto-protocol", "CAN", "true"), ("signed", "kyoto-protocol", "CAN", "1997")],
    ),
    (
        "signed-by-a-government-other-state-treaty",
        "2025-03-01",
        "Australia quits the Paris Agreement. The Paris Agreement was signed in 2016 by the previous Labor government.",
        [("withdrew", "paris-agreement", "AUS", "true"), ("signed", "paris-agreement", "AUS", "2016")],
    ),
    (
        "signed-by-countries-stays-the-treaty-s-signature",
        "2011-12-13",
        "The Kyoto Protocol was signed in 1997 by 84 countries.",
        [
            ("signed", "kyoto-protocol", None, "1997"),
            ("parties_count", "kyoto-protocol", None, "84 signatories (in 1997)"),
        ],
    ),
    (
        "a-numbered-group-that-withdrew-from-a-capital-named-treaty",  # lieber-2025-10-08: 'Ottawa', five unnamed
        "2025-10-08",
        "In doing so, Ukraine followed five States that withdrew from Ottawa in 2025, and also became the first State "
        "to refuse obligations under that treaty.",
        [("withdrew", "apmbc", None, "2025")],
    ),
    (
        "a-numbered-group-other-treaty-year",
        "2018-01-10",
        "Two countries that withdrew from the Rome Statute in 2017 were criticised.",
        [("withdrew", "rome-statute", None, "2017")],
    ),
    (
        "a-capital-beginning-one-treaty-s-names-after-an-exit-is-that-treaty",
        "2025-10-08",
        "Lithuania withdrew from Oslo in 2025.",
        [("withdrew", "ccm", "LTU", "2025")],
    ),
    (
        "a-capital-travelled-from-is-no-treaty",
        "2025-10-08",
        "The Lithuanian delegation left Ottawa on Monday.",
        [],
    ),
    (
        "a-group-named-by-a-quantifier-claims-nothing",
        "2018-01-10",
        "Burundi followed other countries that have left the Rome Statute.",
        [],
    ),
    (
        "the-group-the-article-named-is-its-states",
        "2025-10-08",
        "Lithuania, Latvia and Estonia gave notice in June. Finland joined the three countries that withdrew from the "
        "Ottawa Convention in 2025.",
        [
            ("withdrew", "apmbc", "LTU", "2025"),
            ("withdrew", "apmbc", "LVA", "2025"),
            ("withdrew", "apmbc", "EST", "2025"),
        ],
    ),
    (
        "the-common-spelling-of-a-demonym-names-its-state",  # 'the Ecuadorian president' (bilaterals-2009-07-15)
        "2009-07-15",
        "The Ecuadorian government denounced the ICSID Convention on 6 July 2009.",
        [("notification_date", "icsid-convention", "ECU", "2009-07-06")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unflagged_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
