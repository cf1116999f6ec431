"""English constructions the reader finds claims in (issue 14), each in a short text of our own words.

What is pinned is the finding: kind, treaty, state and value read, and that nothing else is read. Verdicts are
the checks service's and are pinned in tests/checks and tests/reading/test_issue_sentences.py.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "noun-phrase-notification",
        "2024-05-31",
        "The Energy Charter Treaty. The UK's 26 April 2024 withdrawal notification was announced by the secretariat.",
        [("notification_date", "ect", "GBR", "2024-04-26")],
    ),
    (
        "noun-phrase-effective",
        "2025-03-01",
        "The Convention on Cluster Munitions. Lithuania's exit, effective 6 March 2025, follows a vote.",
        [("effective_date", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "noun-phrase-list-from-date",
        "2024-12-15",
        "ECOWAS approved the withdrawal of Niger, Mali and Burkina Faso as member states from January 29, 2025.",
        [
            ("effective_date", "ecowas-treaty", "NER", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-01-29"),
        ],
    ),
    (
        "noun-phrase-without-date-is-no-claim",
        "2025-05-08",
        "The Ottawa Convention. Lithuania's withdrawal was debated at length.",
        [],
    ),
    (
        "ellipsis-those-of",
        "2024-05-31",
        "The Energy Charter Treaty. The withdrawals of Luxembourg and Slovenia are set to become effective in 2024, "
        "and those of Portugal and Spain in 2025.",
        [
            ("effective_date", "ect", "LUX", "2024"),
            ("effective_date", "ect", "SVN", "2024"),
            ("effective_date", "ect", "PRT", "2025"),
            ("effective_date", "ect", "ESP", "2025"),
        ],
    ),
    (
        "list-after-the-verb-with-the",
        "2025-06-19",
        "Among the 36 countries that have not signed the Ottawa Treaty are Russia, the United States and China.",
        [
            ("signed", "apmbc", "RUS", "false"),
            ("signed", "apmbc", "USA", "false"),
            ("signed", "apmbc", "CHN", "false"),
            ("parties_count", "apmbc", None, "36 non-signatories"),  # a count of non-members, judged as such
        ],
    ),
    (
        "counted-date-ago",
        "2025-12-28",
        "Latvia submitted documents to the UN Secretary-General on its withdrawal from the Mine Ban Convention six "
        "months ago.",
        [("notification_date", "apmbc", "LVA", "2025-06")],
    ),
    (
        "tally-supported-and-opposed-by",
        "2025-04-16",
        "The Saeima and the Ottawa Convention. The decision was supported by 68 lawmakers and opposed by 14.",
        [("vote_tally", "apmbc", "LVA", "68-14")],
    ),
    (
        "tally-on-something-else-is-no-claim",
        "2017-04-27",
        "Venezuela and the OAS Charter. 19 voted in favor of the initiative, 10 against, four abstained.",
        [],
    ),
    (
        "instrument-of-ratification-is-consent",
        "2025-07-17",
        "The Rome Statute. On 25 October 2024, Ukraine deposited the instrument of ratification of the Rome Statute.",
        [("ratified", "rome-statute", "UKR", "2024-10-25")],
    ),
    (
        "recipients-do-not-act",
        "2001-12-13",
        "The ABM Treaty. Official notification was given to the Russian government at 4:30 a.m. by U.S. Ambassador "
        "Alexander Vershbow.",
        [("notification_date", "abm-treaty", "USA", "2001-12-13")],
    ),
    (
        "title-case-headline",
        "2025-01-28",
        "US To Pull Out Of Paris Climate Agreement In Jan 2026",
        [("effective_date", "paris-agreement", "USA", "2026-01")],
    ),
    (
        "first-country-to-withdraw",
        "2017-10-27",
        "The International Criminal Court. Burundi is becoming the first country to withdraw from the court.",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "what-a-notice-says-is-no-exit",
        "2025-07-11",
        "Finland has notified the United Nations it is leaving the Ottawa Convention, the ministry said on Thursday.",
        [("notification_date", "apmbc", "FIN", "2025-07-04/2025-07-10")],  # the notice (by the report's day), no exit
    ),
    (
        "organisation-among-signers-and-status-date",
        "2024-03-01",
        "The Istanbul Convention. As of February 2024, it has been signed by 45 countries and the European Union. "
        "On 12 March 2012, Turkey became the first country to ratify the convention.",
        [
            (
                "parties_count",
                "istanbul-convention",
                None,
                "46 signatories (in February 2024)",
            ),  # the count as of that month, the Union counted with the 45 States (counts._union_too; the judge takes
            # the States alone or with the Union, README 'counting States only')
            ("ratified", "istanbul-convention", "TUR", "2012-03-12"),
        ],
    ),
    (
        "a-treaty-expiring-is-no-exit-a-suspension-is-no-exit",
        "2023-02-28",
        "New START. An end to the agreement, which expires in 2026, could follow. Putin said that Russia was not "
        "fully withdrawing from the treaty but was suspending its participation.",
        [("withdrew", "new-start", "RUS", "false")],
    ),
    (
        "not-until-is-the-date-a-possible-reversal-is-no-claim",
        "2020-07-08",
        "The WHO Constitution. The United States has submitted its notification. The withdrawal will not go into "
        "effect until July 6, 2021, raising the possibility the withdrawal could be reversed.",
        [
            ("notification_date", "who-constitution", "USA", "0001-01-01/2020-07-08"),  # 'has submitted': by then
            ("effective_date", "who-constitution", "USA", "2021-07-06"),
        ],
    ),
    (
        "may-as-a-name-and-a-signed-letter",
        "2017-03-29",
        "The Treaty on European Union. Donald Tusk on Wednesday received the letter from the British Prime Minister "
        "Theresa May. "
        "Tim Barrow gave a letter of notification of the United Kingdom's withdrawal from the bloc signed by UK Prime "
        "Minister Theresa May.",
        [
            ("notification_date", "teu", "GBR", "2017-03-29"),
            # the letter handed in the lede, undated: given by the day of the report (as 'handed over a letter')
            ("notification_date", "teu", "GBR", "0001-01-01/2017-03-29"),
        ],
    ),
    (
        "out-of-and-no-longer-a-member",
        "2019-03-17",
        "The Philippines was officially out of the International Criminal Court on Sunday. As of today, the "
        "Philippines is no longer a member of the International Criminal Court.",
        [
            ("effective_date", "rome-statute", "PHL", "2019-03-17"),
            ("effective_date", "rome-statute", "PHL", "2019-03-17"),
        ],
    ),  # a status from the report's own day is the exit's day (tests/data/articles/README.md, h-b7fix); since session
    # 21 (h-b55, h-left) 'out of the ICC on Sunday' and 'As of today ... no longer a member' are read as the effective
    # date, as theaseanpost-2019-03-17 labels the first
    (
        "the-pacts-own-date-is-not-the-exits",
        "2019-08-02",
        "The INF Treaty. The U.S. has formally withdrawn from the treaty, with Mike Pompeo blaming Russia for the "
        "disintegration of the pact made in 1987.",
        [("withdrew", "inf-treaty", "USA", "true")],
    ),
    (
        "british-acronym-effective-in-a-progressive-clause-the-decision",
        "2017-10-12",
        "The United States is withdrawing from Unesco, the UN's cultural agency, effective 31 December 2018. The "
        "State Department said the decision will take effect on December 31, 2018.",
        [
            ("effective_date", "unesco-constitution", "USA", "2018-12-31"),
            ("effective_date", "unesco-constitution", "USA", "2018-12-31"),
        ],
    ),
    (
        "membership-length-dates-the-joining",
        "2026-01-23",
        "The United States has completed its withdrawal from the World Health Organization, ending a 78-year "
        "membership.",
        [
            ("withdrew", "who-constitution", "USA", "true"),
            ("joined", "who-constitution", "USA", "1947-07-24/1948-07-24"),
        ],
    ),
    (
        "years-of-demonym-membership-and-member-for-years",
        "2020-01-31",
        "The UK left the European Union, ending 47 years of British membership. The UK had been a member for 47 years.",
        [
            ("withdrew", "teu", "GBR", "true"),
            ("joined", "teu", "GBR", "1972-08-01/1973-08-02"),
            ("joined", "teu", "GBR", "1972-08-01/1973-08-02"),
        ],
    ),
    (
        "membership-bound-is-no-length",
        "2020-07-07",
        "The World Health Organization. After more than 70 years of membership, the US is leaving.",
        [("joined", "who-constitution", "USA", "0001-01-01/1950-07-07")],  # a bound: on or before that day
    ),
    (
        "tally-share-of-the-body",
        "2024-07-18",
        "The Convention on Cluster Munitions. In the Seimas, 103 out of 141 members voted in support of the motion.",
        [("vote_tally", "ccm", "LTU", "103 of 141")],
    ),
    (
        "tally-share-and-against",
        "2024-07-18",
        "The Convention on Cluster Munitions. In the Seimas, 103 of 141 members voted for the bill, 2 voted against.",
        [("vote_tally", "ccm", "LTU", "103-2")],
    ),
    (
        "tally-share-against-is-no-share-in-favour",
        "2024-07-18",
        "The Convention on Cluster Munitions. In the Seimas, 30 of 141 members voted against the bill.",
        [],
    ),
    (
        "member-since-a-year",
        "2023-11-19",
        "The Organization of American States. Nicaragua left the OAS, which it has belonged to since 1950. In 2020 "
        "Nicaragua belonged to the OAS.",
        [("withdrew", "oas-charter", "NIC", "true"), ("joined", "oas-charter", "NIC", "1950")],
    ),
    (
        "completed-its-formal-withdrawal",
        "2026-01-23",
        "The United States has completed its formal withdrawal from the World Health Organization.",
        [("withdrew", "who-constitution", "USA", "true")],
    ),
    (
        "notified-of-its-intent-to-withdraw-in-a-month",
        "2017-03-08",
        "The Rome Statute. Pretoria had initially notified the UN of its intent to withdraw in October.",
        [("notification_date", "rome-statute", "ZAF", "2016-10")],
    ),
    (
        "the-withdrawal-occurred-or-took-place",
        "2020-11-23",
        "The United States left the Open Skies Treaty. The formal withdrawal occurred on Sunday. The invasion "
        "occurred on Sunday.",
        [("withdrew", "open-skies", "USA", "true"), ("effective_date", "open-skies", "USA", "2020-11-22")],
    ),
    (
        "the-withdrawal-will-take-place",
        "2020-06-01",
        "The Open Skies Treaty. The US withdrawal will take place on 22 November.",
        [("effective_date", "open-skies", "USA", "2020-11-22")],
    ),
    (
        "headline-withdraws-from-an-undetermined-described-treaty",
        "2019-08-02",
        "US formally withdraws from Cold-War era nuclear treaty with Russia\n\nThe Intermediate-Range Nuclear "
        "Forces Treaty limited ground-based missiles.",
        [("withdrew", "inf-treaty", "USA", "true")],
    ),
    (
        "headline-withdraws-from-treaty-and-a-clause",
        "2021-07-01",
        "Turkey officially withdraws from international treaty protecting women\n\nThe Istanbul Convention was "
        "opened for signature in 2011.",
        [("withdrew", "istanbul-convention", "TUR", "true"), ("signed", "istanbul-convention", None, "2011")],
    ),
    (
        "headline-ordinal-in-figures",
        "2017-10-27",
        "Burundi becomes 1st to leave ICC",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "headline-officially-out-of-without-copula",
        "2019-03-17",
        "Philippines officially out of the International Criminal Court",
        [("withdrew", "rome-statute", "PHL", "true")],
    ),
    (
        "headline-plural-present-for-a-list-of-states",
        "2025-07-01",
        "Estonia and Latvia formally withdraw from mine-ban treaty\n\nThe Ottawa Convention bans anti-personnel mines.",
        [("withdrew", "apmbc", "EST", "true"), ("withdrew", "apmbc", "LVA", "true")],
    ),
    (
        "plural-present-in-a-report-is-no-deed-without-a-headline",
        "2025-07-01",
        "Ottawa Convention news\n\nThe ministers recommended that Estonia and Latvia withdraw from the Ottawa "
        "Convention.",
        [],
    ),
    (
        "date-in-a-treaty-title",
        "2025-06-29",
        "The decree approves the proposal to withdraw Ukraine from the Ottawa Convention of 18 September 1997.",
        [],
    ),
]


# one state following others out of a treaty (batch 20): an exit for the follower and for each state followed
_ECT = "Energy Charter Treaty"
FOLLOWING: list[tuple[str, str, str, Read]] = [
    (
        "follows-in-withdrawal-from",
        "2021-01-15",
        "Russia follows US in withdrawal from Open Skies Treaty",
        [("withdrew", "open-skies", "RUS", "true"), ("withdrew", "open-skies", "USA", "true")],
    ),
    (
        "joins-in-exiting",
        "2025-02-06",
        "Argentina joins US in exiting WHO",
        [("withdrew", "who-constitution", "USA", "true"), ("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "follows-in-quitting",
        "2019-01-01",
        "Israel follows US in quitting UNESCO",
        [("withdrew", "unesco-constitution", "USA", "true"), ("withdrew", "unesco-constitution", "ISR", "true")],
    ),
    (
        "joins-in-pulling-out-of",
        "2025-07-01",
        "Latvia joins Lithuania in pulling out of the Ottawa Convention",
        [("withdrew", "apmbc", "LTU", "true"), ("withdrew", "apmbc", "LVA", "true")],
    ),
    (
        "joins-two-in-withdrawing-from",
        "2025-07-01",
        "Estonia joins Lithuania and Latvia in withdrawing from the Ottawa Convention",
        [
            ("withdrew", "apmbc", "LTU", "true"),
            ("withdrew", "apmbc", "LVA", "true"),
            ("withdrew", "apmbc", "EST", "true"),
        ],
    ),
    (
        "two-join-one-in-withdrawing-from",
        "2022-12-20",
        f"France and Germany join Poland in withdrawing from the {_ECT}",
        [("withdrew", "ect", "POL", "true"), ("withdrew", "ect", "FRA", "true"), ("withdrew", "ect", "DEU", "true")],
    ),
    (
        "follows-in-leaving",
        "2024-05-01",
        f"Germany follows France in leaving the {_ECT}",
        [("withdrew", "ect", "FRA", "true"), ("withdrew", "ect", "DEU", "true")],
    ),
    (
        "follows-in-exiting",
        "2025-03-01",
        "Hungary follows the US in exiting the World Health Organization",
        [("withdrew", "who-constitution", "USA", "true"), ("withdrew", "who-constitution", "HUN", "true")],
    ),
    (
        "follows-out-of",
        "2021-01-15",
        "Russia follows US out of Open Skies Treaty",
        [("withdrew", "open-skies", "RUS", "true"), ("withdrew", "open-skies", "USA", "true")],
    ),
    (
        "the-latest-to-leave-after",
        "2019-03-17",
        "Burundi becomes the latest to leave the Rome Statute, after the Philippines",
        [("withdrew", "rome-statute", "BDI", "true"), ("withdrew", "rome-statute", "PHL", "true")],
    ),
    ("may-follow-is-no-exit", "2024-05-01", f"Germany may follow France in leaving the {_ECT}", []),
    ("refuses-to-follow-is-no-exit", "2024-05-01", f"Germany refuses to follow France in leaving the {_ECT}", []),
    ("expected-to-join-is-no-exit", "2024-05-01", f"Germany is expected to join France in leaving the {_ECT}", []),
    ("did-not-follow-is-no-exit", "2024-05-01", f"Germany did not follow France in leaving the {_ECT}", []),
    ("follows-a-lead-is-no-exit", "2024-05-01", "Germany follows France's lead on trade", []),
    ("follows-in-another-act-is-no-exit", "2024-05-01", f"Germany follows France in its bid to reform the {_ECT}", []),
    (
        "follows-in-pulling-funding-is-no-exit",
        "2019-01-01",
        "Germany follows France in pulling funding from the WHO",
        [],
    ),
]
CASES += FOLLOWING


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    got = read(finder, text, published)
    assert got == expected, name
