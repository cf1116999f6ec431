"""Notices, exits and effective dates written the ways news writes them (issue 14), in short texts of our own words,
read and judged through ``POST /v1/checks/text`` against the real rulebook and the seeded records.

Each case pins every claim the text gives (kind, state, value) and its verdict, so a reading that adds a spurious
claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.reading.test_issue_sentences import Expected, read, summary

CASES: list[tuple[str, str, str, Expected]] = [
    (
        "letter-dated",  # "It" is the letter the sentence before names
        "2025-01-24",
        "United Nations confirms US will leave World Health Organization.\n\n"
        "The UN has received the US letter on the WHO withdrawal. It is dated 22 January 2025.",
        [
            ("notification_date", "USA", "0001-01-01/2025-01-24", "consistent"),  # the lede's perfect: by the report
            ("notification_date", "USA", "2025-01-22", "consistent"),
        ],
    ),
    (
        "invoked-withdrawal-article-headline",  # a perfect-tense headline: the day of the report
        "2017-03-29",
        "The U.K. has officially triggered Article 50, beginning its withdrawal from the EU",
        [("notification_date", "GBR", "0001-01-01/2017-03-29", "consistent")],  # done by the day of the report
    ),
    (
        "invoked-other-article-is-no-notice",  # NATO's Article 5 is collective defence, not its withdrawal clause
        "2001-09-13",
        "The United States has invoked Article 5 of the North Atlantic Treaty.",
        [],
    ),
    (
        "present-tense-notice-headline",  # a headline's present reports a notice given by the day of the report
        "2024-05-31",  # (perhaps weeks before: the UK's was received on 26 April 2024)
        "UK notifies withdrawal from Energy Charter Treaty",
        [("notification_date", "GBR", "0001-01-01/2024-05-31", "consistent")],
    ),
    (
        "undated-notice-reported-on-a-day",
        "2025-07-11",
        "Finland has notified the United Nations it is leaving the Ottawa Convention, its foreign ministry said late "
        "on Thursday.",
        [("notification_date", "FIN", "2025-07-04/2025-07-10", "consistent")],  # on or in the days before
    ),
    (
        "announced-on-a-day-that-the-process-has-begun",
        "2021-11-19",
        "The OAS Charter. The foreign minister announced on Friday, Nov. 19, that Nicaragua has officially initiated "
        "the process of withdrawing from the OAS.",
        [("notification_date", "NIC", "2021-11-13/2021-11-19", "consistent")],
    ),
    (
        "effective-opening-a-sentence-dates-what-follows",  # not an effect on Saturday: the notice is given then
        "2019-02-01",
        'The INF Treaty. Effective Saturday, "the United States will suspend its obligations under the INF Treaty and '
        'begin the process of withdrawing from the INF Treaty," the President said.',
        [("notification_date", "USA", "2019-02-02", "consistent")],
    ),
    (
        "announced-that-it-was-withdrawing",  # declaring the act under way: the notice, that day
        "2002-06-13",
        "Six months ago, I announced that the United States was withdrawing from the 1972 Anti-Ballistic Missile "
        "Treaty.",
        [("notification_date", "USA", "2001-12", "consistent")],
    ),
    (
        "an-announced-immediate-withdrawal-is-no-notice",  # what was said, not a notice received (h-b7fix)
        "2024-12-15",
        "In January the rulers of Mali, Burkina Faso and Niger announced their immediate withdrawal from the "
        "Economic Community of West African States.",
        [],
    ),
    (
        "announced-a-plan-is-no-notice",
        "2025-04-16",
        "The Ottawa Convention. In March, Estonia, Lithuania and Latvia announced plans to exit the treaty, and "
        "Finland announced that it would withdraw.",
        [],
    ),
    (
        "pullout-from-a-long-descriptive-name",  # the organisation speaking ("NATO said") is not "the deal"
        "2023-11-07",
        "NATO suspends the CFE Treaty after Russia's pullout. NATO said allies would freeze their participation. "
        "NATO underlined its commitment.\n\n"
        "Russia on Tuesday finalized its pullout from a key Cold War-era security deal, the Foreign Ministry said.",
        [("effective_date", "RUS", "2023-11-07", "consistent")],  # a completion told with its day: the exit's
        # effect (tests/data/articles/README.md 'Label decisions (h-left, session 13)'; was withdrew)
    ),
    (
        "this-would-take-place",  # "this" is the withdrawal named two paragraphs earlier
        "2019-08-02",
        "The United States announced Friday it has formally withdrawn from the INF Treaty.\n\n"
        "Pompeo said Russia had failed to return to compliance.\n\n"
        "The US initially announced in February that this would take place on August 2.",
        [("withdrew", "USA", "2019-08-02", "consistent"), ("effective_date", "USA", "2019-08-02", "consistent")],
    ),
    (
        "this-without-a-withdrawal-is-nothing",
        "2019-08-02",
        "The INF Treaty. The summit was announced in February. This will take place on August 2.",
        [],
    ),
    (
        "nominal-coming-into-force-next-week",
        "2026-01-13",
        "The coming into force next week of the decision made by the United States to withdraw from the World Health "
        "Organization threatens global security.",
        [("effective_date", "USA", "2026-01-19/2026-01-25", "consistent")],
    ),
    (
        "a-third-of-a-year-is-judged-as-a-unit",  # 10 January 2026 falls in early 2026 (January to April)
        "2025-07-11",
        "Finland presented the instrument of withdrawal from the Ottawa Convention on 10 July 2025. The exit will "
        "take effect in early 2026.",
        [
            ("notification_date", "FIN", "2025-07-10", "consistent"),
            ("effective_date", "FIN", "early 2026", "consistent"),
        ],
    ),
    (
        "the-end-of-a-month-is-judged-as-a-unit",  # AOL, 2018: the convention's 30 June falls in late June 2019
        "2018-12-26",
        "Japan will quit the International Whaling Commission. Suga says the withdrawal will come into effect at the "
        "end of June 2019.",
        [("effective_date", "JPN", "late 2019-06", "consistent")],
    ),
    (
        "unnamed-state-and-treaty-in-a-headline",  # "country" and "treaty" as the article goes on to name them
        "2024-08-20",
        "Company files arbitration vs Honduras as country exits investor protection treaty\n\n"
        "This comes after Honduras decided to withdraw from the International Centre for Settlement of Investment "
        "Disputes (ICSID) treaty in February 2024.",
        [("withdrew", "HND", "true", "partly_consistent")],  # notified 24 February 2024, in effect 25 August 2024
    ),
    (
        "a-question-asserts-nothing",
        "2026-01-10",
        "Estonia, Latvia and Lithuania left the Ottawa Convention on 27 December 2025.\n\n"
        "Which countries have already withdrawn from the Ottawa Convention?",
        [
            ("withdrew", "EST", "2025-12-27", "consistent"),
            ("withdrew", "LVA", "2025-12-27", "consistent"),
            ("withdrew", "LTU", "2025-12-27", "consistent"),
        ],
    ),
    (
        "other-states-are-not-those-named",
        "2022-11-30",
        "Italy, France and Spain have announced their withdrawal from the Energy Charter Treaty.\n\n"
        "Other EU states that have left the treaty say it is incompatible with climate goals.",
        [],
    ),
    (
        "lede-perfect-notice-a-month-old",  # 'has formally notified' in a note of 31 May: received 26 April
        "2024-05-31",
        "UK notifies withdrawal from Energy Charter Treaty\n\n"
        "The UK has formally notified its withdrawal from the Energy Charter Treaty.\n\n"
        "The notice is expected to be welcomed.",
        [("notification_date", "GBR", "0001-01-01/2024-05-31", "consistent")] * 2,  # the headline's and the lede's
    ),
    (
        "announced-that-it-would-leave-on-a-day",  # reported speech with a day: when the exit takes effect
        "2019-04-26",
        "The OAS Charter. The ambassador announced in early April that Venezuela would leave the OAS on April 27.",
        [("effective_date", "VEN", "2019-04-27", "consistent")],
    ),
    (
        "becoming-effective-on-a-day",
        "2024-06-16",
        "A withdrawal takes effect one year after receipt under Article 47(2) of the Energy Charter Treaty, leading "
        "to the UK's withdrawal becoming effective on 27 April 2025.",
        [
            ("effective_date", "GBR", "2025-04-27", "consistent"),
            ("rule", None, "P1Y after receipt under article 47(2 ) of the energy charter treaty", "consistent"),
        ],
    ),
    (
        "a-generic-withdrawing-state-is-no-one",
        "2024-06-16",
        "The UK and the Energy Charter Treaty. Once this period has expired, the withdrawing state has effectively "
        "terminated its membership.",
        [],
    ),
    (
        "again-in-a-year-after-a-list-of-deeds",
        "2025-07-22",
        "UNESCO. The US first left the agency in 1984, rejoined in 2003, withdrew again in 2018, and returned in 2023.",
        [
            ("withdrew", "USA", "1984", "consistent"),  # notice of 28 December 1983, effective 31 December 1984
            ("joined", "USA", "2003", "consistent"),  # back from 1 October 2003 (world/parties, earlier memberships)
            ("withdrew", "USA", "2018", "consistent"),
        ],
    ),
    (
        "received-by-the-depositary-in-apposition",  # the date after ', Portugal,' is the receipt's
        "2024-06-16",
        "The UK and the Energy Charter Treaty.\n\nThe secretariat said the UK's notification of withdrawal had been "
        "received by the treaty's depositary, Portugal, on 26 April 2024.",
        [("notification_date", "GBR", "2024-04-26", "consistent")],
    ),
    (
        "will-no-longer-be-a-member-as-of-a-day",
        "2019-04-26",
        "The OAS Charter.\n\nAs of Saturday (April 27) Venezuela will no longer be a member of the OAS.",
        [("effective_date", "VEN", "2019-04-27", "consistent")],
    ),
    (
        "lede-past-notice-undated",  # the headline names the state; the lede's past: by the day of the report
        "2017-03-29",
        "Britain officially notifies Brussels on withdrawal from EU\n\n"
        "The British Ambassador handed over a letter, signed by the Prime Minister.",
        [("notification_date", "GBR", "0001-01-01/2017-03-29", "consistent")] * 2,  # the headline's and the lede's
    ),
    (
        "a-notice-of-revocation-is-no-notice-of-withdrawal",
        "2017-03-08",
        "The Rome Statute.\n\nSouth Africa notified the Secretary-General that the Instrument of Withdrawal was "
        "found to be unconstitutional and invalid.",
        [],
    ),
    (
        "a-withdrawal-became-official",
        "2021-07-02",
        "Turkey's withdrawal from the Istanbul Convention became official on Thursday.\n\n"
        "The decree on the Istanbul Convention became official in March.",
        [("effective_date", "TUR", "2021-07-01", "consistent")],
    ),
    (
        "no-longer-parties-as-of-a-day",  # a list, the plural, and a day read as done by the report
        "2025-12-29",
        "The Ottawa Convention.\n\nAs of December 27, Estonia, Latvia and Lithuania are no longer parties to the "
        "convention.",
        [
            ("withdrew", "EST", "2025-12-27", "consistent"),
            ("withdrew", "LVA", "2025-12-27", "consistent"),
            ("withdrew", "LTU", "2025-12-27", "consistent"),
        ],
    ),
    (
        "no-longer-party-singular-without-article",  # "party" bare, as the plural "parties" is read
        "2020-11-22",
        "The Open Skies Treaty.\n\nFrom today the US is no longer party to the Treaty.\n\n"
        "The US is no longer party to the Treaty.",
        [("effective_date", "USA", "2020-11-22", "consistent"), ("withdrew", "USA", "true", "consistent")],
    ),
    (
        "present-headline-with-today-is-an-exit-done",  # 'today' before a verb whose object is a named treaty
        "2021-12-18",
        "Russia today quits Open Skies Treaty",
        [("withdrew", "RUS", "2021-12-18", "consistent")],
    ),
    (
        "present-with-today-of-another-state",
        "2020-11-22",
        "The US today leaves the Open Skies Treaty.",
        [("withdrew", "USA", "2020-11-22", "consistent")],
    ),
    (
        "withdrawal-is-now-effective-today",  # the date leads the sentence; 'is now effective' of a withdrawal only
        "2021-12-18",
        "The Open Skies Treaty.\n\nToday, as the law provides, Russia's withdrawal from the treaty is now "
        "effective.\n\nThe treaty is now effective in fewer states.",
        [("effective_date", "RUS", "2021-12-18", "consistent")],
    ),
    (
        "entry-into-force-as-a-noun-with-its-year",  # the treaty's own, though the clause speaks of a withdrawal
        "2003-04-08",
        "The NPT.\n\nSince its entry into force in 1970, only North Korea has announced its withdrawal.\n\n"
        "Six months after its entry into force, the treaty was widely known.",
        [("entry_into_force", None, "1970", "consistent")],
    ),
    (
        "in-force-since-a-year-in-apposition",  # the year after 'since' is the date it entered into force
        "2022-12-19",
        "The Energy Charter Treaty, in force since 1998, protects investors.\n\n"
        "The Energy Charter Treaty, in force since 1994, protects investors.",
        [("entry_into_force", None, "1998", "consistent"), ("entry_into_force", None, "1994", "inconsistent")],
    ),
    (
        "making-a-date-the-official-date",  # the exit the clause before names; 'making D a holiday' is no claim
        "2025-02-01",
        "The Paris Agreement.\n\nUnder the rules the US withdrawal takes effect a year after the notice, making "
        "27 January 2026 the official date.\n\nThe US signed the decree, making 27 January 2026 a holiday.",
        [
            ("effective_date", "USA", "2026-01-27", "consistent"),
            ("rule", None, "P1Y after the notice", "consistent"),
        ],
    ),
    (
        "undated-formal-withdrawal-noun-is-done-by-the-report",  # not when the clause speaks of what is to come
        "2023-11-20",
        "Ministers criticised Nicaragua's formal withdrawal from the OAS Charter.\n\n"
        "Nicaragua's formal withdrawal from the OAS Charter will take two years.",
        [("withdrew", "NIC", "true", "consistent"), ("notice_period", None, "P2Y", "consistent")],
    ),
    (
        "making-it-the-first-to-officially-withdraw",  # an official exit done; 'makes X the first to leave' is not
        "2017-10-28",
        "The Rome Statute.\n\nThe year ran out on Friday, making Burundi the first in history to officially "
        "withdraw from the court.\n\nThe decision makes Hungary the first EU member state to leave the court.",
        [("withdrew", "BDI", "2017-10-27", "consistent")],  # the date of the clause before (Friday)
    ),
    (
        "a-withdrawal-follows-that-of-a-state-in-a-year",  # the earlier exit; 'the decision follows that of' is none
        "2023-12-08",
        "The Energy Charter Treaty.\n\nThe Dutch exit follows that of Italy (in 2016).\n\n"
        "The decision follows that of Italy in 2016.",
        [("withdrew", "ITA", "2016", "consistent")],
    ),
    (
        "withdrawals-of-states-each-with-its-date-in-brackets",
        "2023-12-01",
        "The Energy Charter Treaty.\n\nThe secretariat expects the withdrawals of Poland (on 29 December 2023), "
        "Germany (on 20 December 2023) and Luxembourg (on 17 June 2024).",
        [
            ("effective_date", "POL", "2023-12-29", "consistent"),
            ("effective_date", "DEU", "2023-12-20", "consistent"),
            ("effective_date", "LUX", "2024-06-17", "consistent"),
        ],
    ),
    (
        "following-a-state-in-a-year-the-withdrawals-of",  # the elided effect of the state before; not before a plan
        "2024-05-31",
        "The Energy Charter Treaty.\n\nFollowing Italy in 2016, the withdrawals of France and Germany became "
        "effective last year.\n\nFollowing Italy in 2016, Spain announced its plans.",
        [
            ("effective_date", "FRA", "2023", "consistent"),
            ("effective_date", "DEU", "2023", "consistent"),
            ("effective_date", "ITA", "2016", "consistent"),
        ],
    ),
    (
        "the-process-of-an-exit-started-in-a-year",  # the notice that starts the OAS Charter's two years
        "2019-04-26",
        "The OAS Charter and Venezuela.\n\nThe process of Venezuela's exit from the organization started in 2017 "
        "when Venezuela complained.",
        [("notification_date", "VEN", "2017", "consistent")],
    ),
    (
        "a-dated-decree-notifying",  # 'This latest exit' is a noun: the date after it is the decree's
        "2026-01-27",
        "The Paris Agreement.\n\nThis latest exit follows Donald Trump's re-election and his January 2025 decree "
        "notifying the UN of his intention to leave the treaty.",
        [("notification_date", "USA", "2025-01", "consistent")],
    ),
    (
        "the-treaty-annulled-by-decree",  # the decree of 20 March 2021 was a step; the notice came on 22 March
        "2021-04-30",
        "Turkey and the Istanbul Convention.\n\nThe European treaty on preventing and combating violence against "
        "women was annulled with a decree on March 20.\n\nThe law was denounced by the opposition.",
        [("withdrew", "TUR", "2021-03-20", "partly_consistent")],
    ),
    (
        "a-deadline-is-right-when-the-date-falls-by-it",  # notified 26 December 2018; in effect 30 June 2019
        "2018-12-26",
        "Japan and the whaling convention.\n\nThe withdrawal will come into effect by June 30, 2019.",
        [("effective_date", "JPN", "0001-01-01/2019-06-30", "consistent")],
    ),
    (
        "a-withdrawal-is-final-with-the-turkish-spelling",
        "2021-07-01",
        "Turkey's withdrawal from Istanbul Convention is final\n\n"
        "Turkey has officially withdrawn from the İstanbul Convention as of today.",
        [("effective_date", "TUR", "2021-07-01", "consistent"), ("withdrew", "TUR", "2021-07-01", "consistent")],
    ),
    (
        "will-be-effective-i-e-on-a-french-style-day",  # received 8 December 2022: in effect 8 December 2023
        "2022-12-19",
        "France and the Energy Charter Treaty.\n\nThis exit will be effective, as provided for in the text, one "
        "year after its notification, i.e. on 1er January 2024.",
        [
            ("effective_date", "FRA", "2024-01-01", "inconsistent"),
            ("rule", None, "P1Y after its notification", "consistent"),
        ],
    ),
    (
        "leader-in-office-as-the-state",  # a headline: the state's act, named by its president (world/leaders)
        "2017-06-01",
        "Trump withdraws from Climate Agreement\n\nThe Paris Agreement was adopted in 2015.",
        [("withdrew", "USA", "true", "partly_consistent")],  # announced; notified 2019-11-04, effective 2020-11-04
    ),
    (
        "leader-out-of-office-is-no-one",
        "2023-06-01",
        "Trump withdraws from Climate Agreement\n\nThe Paris Agreement was adopted in 2015.",
        [],
    ),
    (
        "leader-governed-is-not-acting",  # "under President Donald Trump": the US is not the subject
        "2026-03-17",
        "Argentina has formally withdrawn from the World Health Organization, its foreign ministry announced on "
        "Tuesday.\n\nThe move follows a similar decision under President Donald Trump. The withdrawal process has "
        "now been completed.",
        [("withdrew", "ARG", "true", "consistent"), ("withdrew", "ARG", "true", "consistent")],
    ),
    (
        "pulled-the-state-out-in-the-year-it-decided",  # decided 2017, notified 2019, in effect 2020
        "2025-01-29",
        "The Paris Agreement. Trump pulled the US out of the agreement in 2017 after assuming the office.",
        [("withdrew", "USA", "2017", "partly_consistent")],
    ),
    (
        "undated-exit-is-judged-after-the-latest-notice",  # left in 2020, rejoined 2021, notified again 2025-01-27
        "2025-01-29",
        "The Paris Agreement. In a repeat of his 2017 stance, President Donald Trump pulled out the nation from the "
        "climate agreement in one of the executive orders he took after swearing in on January 20.",
        [("withdrew", "USA", "true", "partly_consistent")],
    ),
    (
        "possessive-pronoun-owner",  # "its" is the state the article names
        "2021-08-01",
        "Turkey and the Istanbul Convention.\n\n"
        "Its withdrawal from the Istanbul Convention on 1 July 2021 ended a decade of membership.",
        [("withdrew", "TUR", "2021-07-01", "consistent")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_event(client: TestClient, name: str, published: str, text: str, expected: Expected) -> None:
    assert summary(read(client, text, published)) == expected, name


def test_leaders_file_is_sourced_and_names_real_states() -> None:
    """world/leaders: every tenure names an ISO 3166 state, a source, and ends after it starts."""
    import pycountry

    from app.reading.leaders import load_leaders

    tenures = load_leaders()
    assert "Trump" in tenures and "Putin" in tenures
    for leaders in tenures.values():
        for leader in leaders:
            assert pycountry.countries.get(alpha_3=leader.state) is not None, leader.name
            assert leader.source.scheme in ("http", "https")
            assert leader.end is None or leader.start < leader.end, leader.name
