"""Constructions of the thirteenth held-out batch (the end-of-session-7 measure), in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim; the negative cases look alike and claim nothing
(or something else).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-period-from-the-depositarys-receipt-and-its-day-set-off",  # 'receives' is the event, not a notice given;
        "2025-12-01",  # the day after 'which is' is the effect's
        "Estonia has notified the UN of its exit from the Mine Ban Treaty. The exit will take effect six months "
        "after the depositary receives the notice, which is June 2026.",
        [
            ("notification_date", "apmbc", "EST", "0001-01-01/2025-12-01"),
            ("effective_date", "apmbc", "EST", "2026-06"),
            ("rule", "apmbc", None, "P6M after the depositary receives the notice"),
        ],
    ),
    (
        "a-past-notice-after-a-period-is-still-a-notice",  # negative: a dated deed in the past
        "2025-12-01",
        "Estonia's exit from the Mine Ban Treaty took effect six months after Estonia notified the UN on 27 June.",
        [
            ("notification_date", "apmbc", "EST", "2025-06-27"),
            ("rule", "apmbc", None, "P6M after estonia notified the un on 27 june"),
        ],
    ),
    (
        "a-fronted-event-and-an-effect-after-a-waiting-period",  # 'Following <the notice>, ... effective after <P>'
        "2025-03-10",
        "Following the deposit of its instrument with the UN, Lithuania's exit from the cluster munitions "
        "convention became effective after a six-month waiting period.",
        [
            ("notification_date", "ccm", "LTU", "0001-01-01/2025-03-10"),
            ("rule", "ccm", None, "P6M after the deposit of its instrument with the un"),
        ],
    ),
    (
        "a-fronted-event-without-an-effect-is-no-rule",  # negative
        "2025-03-10",
        "Following the protests, Lithuanian officials said the cluster munitions convention debate had become "
        "heated after a long week.",
        [],
    ),
    (
        "marking-a-period-since-the-notice",  # the time since the notice, as 'has passed since'
        "2026-01-22",
        "The United States' withdrawal from the World Health Organization takes effect today, marking one year "
        "since the formal notice was given.",
        [
            ("effective_date", "who-constitution", "USA", "2026-01-22"),
            ("notification_date", "who-constitution", "USA", "0001-01-01/2026-01-22"),
            ("rule", "who-constitution", None, "P1Y since the formal notice was given"),
        ],
    ),
    (
        "marking-a-year-since-something-else",  # negative: an anniversary, no withdrawal
        "2026-01-22",
        "The meeting in Geneva marked one year since the World Health Organization opened its new office.",
        [],
    ),
    (
        "a-city-before-a-treaty-name-is-part-of-the-name",  # not Canada's government; 'Ban' is no measure here
        "2025-07-01",
        "The Ottawa Mine Ban Convention entered into force in 1999.",
        [("entry_into_force", "apmbc", None, "1999")],
    ),
    (
        "a-court-founded-in-a-year",  # the body a treaty sets up exists from the treaty's entry into force
        "2025-07-01",
        "The International Criminal Court, founded in 2002, sits in The Hague.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "a-convention-established-in-a-year-is-its-adoption",  # negative: the instrument's initials, not a body
        "2026-01-08",
        "The UNFCCC, established in 1992, underpins the Paris Agreement.",
        [],
    ),
    (
        "an-inverted-effect-of-the-deal-just-named",  # 'only in <D> did it take effect' after the deal's signing
        "2017-08-05",
        "The US plans to leave the Paris Agreement. Although the deal was signed in April 2016, only in November "
        "2016 did it take effect.",
        [("signed", "paris-agreement", None, "2016-04"), ("entry_into_force", "paris-agreement", None, "2016-11")],
    ),
    (
        "an-inverted-effect-after-a-withdrawal-is-the-exits",  # negative: 'it' is the withdrawal
        "2025-09-01",
        "Finland notified the UN of its withdrawal from the Ottawa Convention in July; only in January 2026 will it "
        "take effect.",
        [("notification_date", "apmbc", "FIN", "2025-07"), ("effective_date", "apmbc", "FIN", "2026-01")],
    ),
    (
        "opened-for-signature",  # the treaty's own opening, no signer
        "2025-11-05",
        "The Istanbul Convention was opened for signature on 11 May 2011 in Istanbul.",
        [("signed", "istanbul-convention", None, "2011-05-11")],
    ),
    (
        "a-state-opening-something-else",  # negative
        "2025-11-05",
        "Latvia opened the Istanbul Convention debate in May 2011.",
        [],
    ),
    (
        "a-headline-statement-before-its-question",  # 'X leaves Y: what does it mean?' still states the exit
        "2026-03-18",
        "Argentina leaves WHO after US move: what does it mean for global health?",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "a-question-states-nothing",  # negative
        "2026-03-18",
        "Will Argentina leave the WHO?",
        [],
    ),
    (
        "a-period-from-a-ratification-is-the-treatys-entry-into-force",  # no exit rule: a State's entry into force
        "2018-03-14",  # (Art. 126(2), read since session 19 as kyivindependent-2024-08-21 and xinhua-2020-07-07 label it)
        "The Rome Statute enters into force for a State sixty days after the deposit of its instrument of "
        "ratification.",
        [("entry_into_force", "rome-statute", None, "P60D from the deposit of its instrument of ratification")],
    ),
    (
        "the-states-an-ordinal-exit-follows",  # 'the third country to take this step, following X and Y': both left
        "2025-05-20",
        "Hungary's parliament voted to leave the International Criminal Court. Hungary becomes the third country to "
        "take this step, following Burundi and the Philippines.",
        [("withdrew", "rome-statute", "BDI", "true"), ("withdrew", "rome-statute", "PHL", "true")],
    ),
    (
        "the-first-to-do-something-else",  # negative: no exit, and 'first' has no predecessor
        "2025-05-20",
        "Hungary becomes the first country in the EU to debate the International Criminal Court, following "
        "Burundi's example.",
        [],
    ),
    (
        "a-notice-given-to-a-named-recipient-reported-on-a-day",  # 'has given the UN notice', said on Friday
        "2017-08-05",
        "The State Department said on Friday that the US has formally given the United Nations notice of "
        "withdrawal from the Paris Agreement.",
        [("notification_date", "paris-agreement", "USA", "2017-07-29/2017-08-04")],
    ),
    (
        "notice-given-to-someone-of-something-else",  # negative
        "2017-08-05",
        "The US gave Paris Agreement critics notice on Friday.",
        [],
    ),
    (
        "a-month-later-counts-from-the-month-just-named",  # not from a date read earlier in the article
        "2026-03-18",
        "Argentina first announced its WHO exit in February last year, and a month later it issued a formal notice "
        "of withdrawal to the WHO.",
        [("notification_date", "who-constitution", "ARG", "2025-03")],
    ),
    (
        "until-then-a-group-remains-bound",  # 'Until then,' is a time, not a condition; 'the three states' named before
        "2025-09-26",
        "Burkina Faso, Mali and Niger announced they would leave the Rome Statute. Until then, the three states "
        "remain fully bound by the Rome Statute.",
        [
            ("bound_on", "rome-statute", "BFA", "true"),
            ("bound_on", "rome-statute", "MLI", "true"),
            ("bound_on", "rome-statute", "NER", "true"),
        ],
    ),
    (
        "bound-by-a-named-treaty",  # 'by the Rome Statute' is the treaty, not an agent
        "2025-09-26",
        "Mali remains bound by the Rome Statute until the withdrawal takes effect.",
        [("bound_on", "rome-statute", "MLI", "true")],
    ),
    (
        "no-earlier-than-a-day",  # a lower bound: on or after that day
        "2017-08-05",
        "The US withdrawal from the Paris Agreement will take effect no earlier than November 4, 2020.",
        [("effective_date", "paris-agreement", "USA", "2020-11-04/9999-12-31")],
    ),
    (
        "by-a-month-is-a-deadline",  # on or before the end of that month, not the month itself
        "2017-03-14",
        "If she triggers it, the UK will officially leave the EU by April 2019.",
        [("effective_date", "teu", "GBR", "0001-01-01/2019-04-30")],
    ),
    (
        "cannot-notify-until-a-year",  # the first day notice is allowed (Paris Art. 28(1)), a rule; not a notice
        "2017-08-05",
        "Although the US cannot formally notify its withdrawal from the Paris Agreement until 2019, officials spoke "
        "of it.",
        [("rule", "paris-agreement", "USA", "notice not before 2019")],
    ),
    (
        "only-able-to-begin-the-process-in-a-year",
        "2017-08-05",
        "Officials admit that the US will only be able to formally begin the process of withdrawal from the Paris "
        "Agreement in 2019.",
        [("rule", "paris-agreement", "USA", "notice not before 2019")],
    ),
    (
        "would-not-notify-until-is-a-notice-planned",  # negative: a plan, no ability denied
        "2017-08-05",
        "The State Department said the US would not notify the UN of its withdrawal from the Paris Agreement until "
        "2019.",
        [("notification_date", "paris-agreement", "USA", "2019")],
    ),
    (
        "a-wait-counted-from-entry-into-effect",  # 'only three years after the agreements entered into effect'
        "2017-08-05",
        "Parties could withdraw from the Paris Agreement only three years after the agreement entered into effect.",
        [("rule", "paris-agreement", None, "P3Y after the agreement entered into effect")],
    ),
    (
        "the-right-of-every-member-to-leave",
        "2017-03-14",
        "Article 50 of the Treaty of Lisbon gives every EU member the right to withdraw.",
        [("rule", "teu", None, "every party may withdraw")],
    ),
    (
        "a-right-to-do-something-else",  # negative
        "2017-03-14",
        "The Treaty of Lisbon gives the European Parliament the right to veto the budget.",
        [],
    ),
    (
        "an-articles-number-is-no-count",  # negative: 'Article 50 states' and the clause's own words, quoted
        "2017-03-14",
        'Article 50 states: "Any Member State has the right to withdraw from the Union."',
        [],
    ),
    (
        "no-immediate-effect",  # a rule denied an immediate effect
        "2025-09-26",
        "The Sahel states and the Rome Statute. Withdrawals cannot take effect immediately.",
        [("rule", "rome-statute", None, "no immediate effect")],
    ),
    (
        "today-in-a-quote-written-on-a-weekday",  # the quote's day, not the report's
        "2026-03-18",
        "The minister wrote in a post on Tuesday: \"Today, Argentina's withdrawal from the World Health "
        'Organization takes effect."',
        [("effective_date", "who-constitution", "ARG", "2026-03-17")],
    ),
    (
        "today-in-a-quote-with-no-day-of-its-own",  # negative: the report's day
        "2026-03-18",
        '"Today, Argentina\'s withdrawal from the World Health Organization takes effect," the minister said.',
        [("effective_date", "who-constitution", "ARG", "2026-03-18")],
    ),
    (
        "the-wait-before-notice-and-the-notice-period",  # Paris: the three-year wait is no notice period
        "2017-08-05",
        "The Paris Agreement took effect in 2016. Even after a three-year waiting period, any withdrawal process is "
        "then expected to continue for about a year.",
        [("entry_into_force", "paris-agreement", None, "2016"), ("notice_period", "paris-agreement", None, "P1Y")],
    ),
    (
        "up-to-a-year-before-a-state-is-out",
        "2016-10-18",
        "Burundi's parliament voted to leave the ICC. It will take up to a year before Burundi can be out of the ICC.",
        [("notice_period", "rome-statute", None, "P1Y")],
    ),
    (
        "a-count-of-the-bodys-members-in-a-relative-clause",
        "2018-03-14",
        "The ICC, which has jurisdiction over 123 of its members, sits in The Hague.",
        [("parties_count", "rome-statute", None, "123")],
    ),
    (
        "some-of-its-members-is-no-count",  # negative
        "2018-03-14",
        "Twelve of its members, including the Philippines, have criticised the ICC.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirteen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
