"""Constructions of the third held-out batch and of the corpus's unflagged claims (issue 14), in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "perfect-tense-with-effective-day-is-past",  # the day after the exit: last December, not next
        "2025-12-28",
        "Estonia has formally left the Convention on the Prohibition of Anti-Personnel Mines, known as the Ottawa "
        "Convention, effective from December 27, the ministry said.",
        [("withdrew", "apmbc", "EST", "2025-12-27"), ("effective_date", "apmbc", "EST", "2025-12-27")],
    ),  # the exit dated by its effect's day beside it (h-prec, session 17: effective_exit.py; reportaz-2025-12-28)
    (
        "capital-starting-another-name-is-no-government",  # "Rome Statue": a misspelt name, not Italy acting
        "2018-03-20",
        "The Rome Statute. The court said it had received on Monday the notice of withdrawal from the Rome Statue "
        "that Manila sent to the United Nations on 17 March.",
        [("notification_date", "rome-statute", "PHL", "2018-03-17")],
    ),
    (
        "notice-passed-on-by-the-depositary-is-no-notification",
        "2018-03-20",
        "The Rome Statute. The court said it received word on Monday from the United Nations of the decision by "
        "Manila to withdraw from the statute.",
        [],
    ),
    (
        "comes-a-month-after-another-event-is-no-rule",
        "2018-03-20",
        "The Rome Statute. The withdrawal comes a month after the prosecutor announced an inquiry into the killings.",
        [],
    ),
    (
        "came-a-year-after-the-notice-is-a-rule",
        "2019-03-17",
        "The Rome Statute. Burundi's exit came a year after it notified the United Nations.",
        [
            # the notice as the event the year runs from, undated: the rule only (h-left, session 21: no notice dated
            # by the report, as the corpus labels 'came a year after it told the United Nations')
            ("rule", "rome-statute", None, "P1Y after it notified the united nations"),
        ],
    ),
    (
        "revoking-something-else-is-no-undone-exit",
        "2022-04-25",
        "Nicaragua left the OAS Charter. The government also said it had shut the OAS office and revoked the "
        "accreditation of two OAS envoys in line with its decision to leave the organization.",
        [("withdrew", "oas-charter", "NIC", "true")],
    ),
    (
        "revoked-withdrawal-is-an-undone-exit",
        "2017-10-27",
        "The Rome Statute. Gambia's withdrawal was revoked in February.",
        [("withdrew", "rome-statute", "GMB", "false")],
    ),
    (
        "headline-ordinal-without-article-is-a-deed",
        "2025-04-16",
        "Estonia is first Nordic-Baltic country to quit anti-mine convention\n\nEstonia's parliament voted to leave "
        "the Ottawa Convention.",
        [("withdrew", "apmbc", "EST", "true")],
    ),
    (
        "headline-gerund-after-preposition-is-a-deed",
        "2022-04-25",
        "Venezuela angers neighbours by quitting OAS",
        [("withdrew", "oas-charter", "VEN", "true")],
    ),
    (
        "headline-gerund-of-an-intent-is-no-deed",
        "2022-04-25",
        "Venezuela threatens sanctions in plans on quitting OAS",
        [],
    ),
    (
        "signed-by-more-than-n-countries-is-a-count",  # the judge holds it against the signatories (133)
        "2025-04-16",
        "The mine-ban treaty of 1997, the Ottawa Convention, has been signed by more than 150 countries, among them "
        "every member of the European Union.",
        [("parties_count", "apmbc", None, "150 signatories")],
    ),
    (
        "more-than-n-signatories-as-a-noun-is-no-count",  # loose either way: no checkable count
        "2022-11-30",
        "The Energy Charter Treaty, which has more than 50 signatories, protects investors.",
        [],
    ),
    (
        "party-since-a-year-across-a-long-name",
        "2025-12-28",
        "Estonia left the Ottawa Convention. The country had been a party to the Convention on the Prohibition of "
        "the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction since 2004.",
        [("withdrew", "apmbc", "EST", "true"), ("joined", "apmbc", "EST", "2004")],
    ),
    (
        "count-as-compound-adjective-with-a-vote-elsewhere",  # "the vote" of another clause: not "adopted by 120"
        "2022-04-25",
        "Venezuela began the process to leave the 35-member OAS in April, weeks after a vote its neighbours called "
        "unfair.",
        [
            ("notification_date", "oas-charter", "VEN", "2022-04"),
            ("parties_count", "oas-charter", None, "35"),
        ],
    ),
    (
        "undated-notices-with-states-as-agents-after-the-lede",
        "2025-12-28",
        "Lithuania left the Ottawa Convention on 27 December.\n\nIts parliament had voted in the spring.\n\n"
        "Instruments of withdrawal from the convention have also been deposited by Latvia and Finland.",
        [
            ("withdrew", "apmbc", "LTU", "2025-12-27"),
            ("notification_date", "apmbc", "LVA", "0001-01-01/2025-12-28"),
            ("notification_date", "apmbc", "FIN", "0001-01-01/2025-12-28"),
        ],
    ),
    (
        "perfect-notice-as-a-rule-anchor-is-no-notice",
        "2025-06-19",
        "Finland left the Ottawa Convention.\n\nIts parliament voted on Thursday.\n\nThe exit takes effect six "
        "months after the Secretary-General has received Finland's instrument.",
        [
            ("withdrew", "apmbc", "FIN", "true"),
            ("rule", "apmbc", None, "P6M after the secretary-general has received finland's instrument"),
        ],
    ),
    (
        "depositary-informing-the-parties-is-no-notice",
        "2012-01-26",
        "The ICSID Convention.\n\nIt has rules.\n\nThe World Bank has notified all signatory States of Venezuela's "
        "denunciation of the ICSID Convention.",
        [],
    ),
    (
        "survival-remains-subject-for-years-is-the-treaty-left",  # "it": the country, the treaty is the one left
        "2022-12-19",
        "Spain has notified its withdrawal from the Energy Charter Treaty. The EU debated it. Even after a State "
        "leaves, it remains subject to its obligations for twenty years.",
        [
            ("notification_date", "ect", "ESP", "0001-01-01/2022-12-19"),
            ("rule", "ect", None, "P20Y survival: remains subject to its obligations"),
        ],
    ),
    (
        "survival-for-a-period-of-years-from-the-exit",
        "2023-12-08",
        "The Energy Charter Treaty's provisions continue to apply to existing investments for a period of 20 years "
        "from the date the withdrawal takes effect.",
        [
            (
                "rule",
                "ect",
                None,
                "P20Y survival: continue to apply to existing investments, from the date the withdrawal takes effect",
            )
        ],
    ),
    (
        "suspended-dated-withdrawal-is-a-notice",  # the exit of a suspended withdrawal never came: the notice's year
        "2003-04-08",
        "North Korea gave notice under the NPT in January. It said it had suspended its 1993 withdrawal from the "
        "treaty a day before it took effect.",
        [("notification_date", "npt", "PRK", "2003-01"), ("notification_date", "npt", "PRK", "1993")],
    ),
    (
        "unable-to-take-effect-for-another-year-is-a-lower-bound",
        "2022-04-25",
        "Venezuela said it had completed its exit from the OAS Charter, which the OAS said was unable to take effect "
        "for another year.",
        [
            ("withdrew", "oas-charter", "VEN", "true"),
            ("effective_date", "oas-charter", "VEN", "2023-04-25/9999-12-31"),
        ],
    ),
    (
        "cannot-take-effect-for-at-least-six-months",
        "2025-06-27",
        "Latvia has notified the UN, and its exit from the Ottawa Convention cannot take effect for at least six months.",
        [
            ("notification_date", "apmbc", "LVA", "0001-01-01/2025-06-27"),
            ("effective_date", "apmbc", "LVA", "2025-12-27/9999-12-31"),
        ],
    ),
    (
        "exit-told-as-what-it-permits",  # the acts the treaty's name forbids: not bound from that day
        "2025-12-28",
        "Estonia's withdrawal from the Ottawa Convention took effect on 27 December. From December 27, 2025, "
        "Estonia is legally allowed to stockpile and use anti-personnel mines.",
        [
            ("effective_date", "apmbc", "EST", "2025-12-27"),
            ("bound_on", "apmbc", "EST", "false"),
        ],
    ),
    (
        "permitted-acts-the-treaty-does-not-name-are-no-claim",
        "2025-12-28",
        "Estonia's withdrawal from the Ottawa Convention took effect on 27 December. Estonia is now allowed to "
        "buy more artillery shells.",
        [("effective_date", "apmbc", "EST", "2025-12-27")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    got = read(finder, text, published)
    assert got == expected, name


def test_exit_told_as_what_it_permits_is_not_bound_from_that_day(finder: ClaimFinder) -> None:
    text = "Estonia left the Ottawa Convention. From December 27, 2025, Estonia is free to use anti-personnel mines."
    found = [f.claim for f in finder.find(text, dt.date(2025, 12, 28)) if f.claim.kind == "bound_on"]
    assert [(c.state, c.value, c.on) for c in found] == [("EST", "false", dt.date(2025, 12, 27))]
