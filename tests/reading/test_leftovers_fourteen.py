"""Session 14's leftovers of held-out batches 26–32, read by construction, each in several wordings of our own (and
the article's where one gave it), with look-alikes that claim nothing.

1. Lists of States outside a treaty: a relative on a group of States whose consent is denied or still to come, with
   no object, the States then listed by 'are' / 'include' ('The States in that group that have yet to ratify are
   China, ...': the treaty named last); 'A, B and C are not members of T' (the plural of 'is not a member of');
   'A, B and C are non-signatory to T' / 'is a non-party to T' (a non-signatory: ``signed`` false; a non-party or
   non-member: ``joined`` false); 'A, B and C remain outside T' (not bound on the report's day, as the colon list
   'remain outside T: A, B and C' is read); 'the ban on chemical weapons' (a definite ban named by what it bans is
   the treaty whose names hold those words); and a State's initials in brackets after its name ('the Democratic
   People's Republic of Korea (DPRK)') one item of a list, 'the DPRK' a name of the State.
2. Ratification as a noun phrase and a depositary's receipt: 'today's ratification by Indonesia of the CTBT' (the
   State after 'by', the treaty after 'of'; a possessive day dates the consent it owns), 'received Indonesia's
   ratification document' / 'accession papers' (the consent named before the paper), 'the deposit of Ukraine's
   instrument of ratification took place on D' (a consent or its deposit told as a noun takes the tense of the
   clause's verb after it: 'was welcomed', 'took place' are past).
3. Ordinal counts: 'became the 50th country to ratify', 'ratified it on 28 February, becoming the 111th country to do
   so' (the instruments deposited by then, 'N ratifications', on the day the clause gives, read back from the report's;
   'to do so' only after a consent), 'became the 125th country to join' (the parties), 'became the 124th State Party
   to the Rome Statute' and 'is the 36th state party' (a rank with the treaty after 'to', no longer taken for 'the
   Nth State to <act>'), 'making the country the 190th State Party' (the count, no State named where the rank is).
4. A parliament as the subject of a consent: 'The Verkhovna Rada ratified T', 'the Seimas voted unanimously to
   ratify T', 'the Saeima voted in favour of the ratification of T' (the State whose parliament the rulebook names
   acts; its vote for the consent is the approval done); not a parliament's other acts ('The State Duma denounced T',
   'voted to withdraw': decisions, no notice) nor a vote of others ('Activists voted for the ratification of').
5. Exit verbs: a headline's 'begins pullout from T' (the notice that starts the exit), 'submitted a writ to denounce
   T' (a State's written denunciation, not a case in court), 'ended its 68-year membership of T' (an exit, its length
   before the noun; not the participle ', ending its 14-year participation', which restates an effect), 're-admitted
   to T' (a rejoining), and a participle after 're-' past ('re-entered the Paris Agreement on 19 February': that
   day before the report, not the next one).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_CTBT_LEAD = "Indonesia on Tuesday ratified the Comprehensive Nuclear-Test-Ban Treaty. "
_INDONESIA = ("ratified", "ctbt", "IDN", "2011-12-06")


def _each(kind: str, treaty: str, value: str, *states: str) -> Read:
    return [(kind, treaty, s, value) for s in states]


OUTSIDERS: list[tuple[str, str, str, Read]] = [
    (
        "objectless-relative-yet-to-ratify-are",  # ENEWSPF, 6 December 2011 (the list as the release gives it)
        "2011-12-06",
        _CTBT_LEAD + "The States in that group that have yet to ratify are China, the Democratic People’s Republic of "
        "Korea (DPRK), Egypt, India, Iran, Israel, Pakistan, and the United States.",
        [_INDONESIA, *_each("ratified", "ctbt", "false", "CHN", "PRK", "EGY", "IND", "IRN", "ISR", "PAK", "USA")],
    ),
    (
        "among-the-countries-that-have-not-ratified-are",  # our words
        "2011-12-06",
        _CTBT_LEAD + "Among the countries that have not ratified are China and Egypt.",
        [_INDONESIA, *_each("ratified", "ctbt", "false", "CHN", "EGY")],
    ),
    (
        "countries-that-have-not-yet-signed-include",  # our words
        "2011-12-06",
        _CTBT_LEAD + "Countries that have not yet signed include India and Pakistan.",
        [_INDONESIA, *_each("signed", "ctbt", "false", "IND", "PAK")],
    ),
    (
        "are-not-members-of-a-named-treaty",  # our words
        "2025-06-30",
        "Egypt, Israel and Syria are not members of the Chemical Weapons Convention.",
        _each("joined", "cwc", "false", "EGY", "ISR", "SYR"),
    ),
    (
        "are-not-members-of-the-ban-on",  # Anadolu Agency, 13 September 2013
        "2013-09-13",
        "Angola, Egypt, North Korea and South Sudan are not members of the ban on chemical weapons.",
        _each("joined", "cwc", "false", "AGO", "EGY", "PRK", "SSD"),
    ),
    (
        "are-non-signatory-to",  # WION, 17 June 2025
        "2025-06-17",
        "India, Pakistan and Israel are non-signatory to NPT.",
        _each("signed", "npt", "false", "IND", "PAK", "ISR"),
    ),
    (
        "is-a-non-signatory-to-the",  # our words
        "2025-06-30",
        "Israel is a non-signatory to the Non-Proliferation Treaty.",
        _each("signed", "npt", "false", "ISR"),
    ),
    (
        "are-non-signatories-of",  # our words
        "2025-06-30",
        "India and Pakistan are non-signatories of the CTBT.",
        _each("signed", "ctbt", "false", "IND", "PAK"),
    ),
    (
        "remains-a-non-party-to",  # our words: a non-party is no party
        "2025-06-30",
        "India remains a non-party to the NPT.",
        _each("joined", "npt", "false", "IND"),
    ),
    (
        "are-non-members-of",  # our words
        "2025-06-30",
        "The United States and Russia are non-members of the Ottawa Convention.",
        _each("joined", "apmbc", "false", "USA", "RUS"),
    ),
    (
        "remain-outside-a-named-treaty",  # our words
        "2025-06-30",
        "Russia, China and the United States remain outside the Ottawa Convention.",
        _each("bound_on", "apmbc", "false", "RUS", "CHN", "USA"),
    ),
    (
        "still-remain-outside-the-treaty",  # our words: the treaty the sentence before names
        "2025-06-30",
        "The Ottawa Convention bans anti-personnel mines. Russia, China and the US still remain outside the treaty.",
        _each("bound_on", "apmbc", "false", "RUS", "CHN", "USA"),
    ),
    (
        "not-signed-by-the-dprk",  # News-Pravda, 26 July 2023 (our sentence around its words)
        "2023-07-26",
        "The CTBT has not been signed by India, Pakistan and the DPRK.",
        _each("signed", "ctbt", "false", "IND", "PAK", "PRK"),
    ),
    (
        "initials-in-brackets-before-the-verb",  # our words: the list read backwards
        "2025-06-30",
        "Pakistan, the Democratic People's Republic of Korea (DPRK) and India have not signed the CTBT.",
        _each("signed", "ctbt", "false", "PAK", "PRK", "IND"),
    ),
    # look-alikes: a consent given, a relative with no list, an outside that is no treaty, a past day not told
    (
        "countries-that-have-signed-include",
        "2011-12-06",
        _CTBT_LEAD + "Countries that have signed include India and Pakistan.",
        [_INDONESIA],
    ),
    ("remain-outside-the-talks", "2025-06-30", "Russia remains outside the talks on the Ottawa Convention.", []),
    ("remained-outside-in-a-year", "2025-06-30", "Russia remained outside the Ottawa Convention in 1997.", []),
    ("non-signatories-no-copula", "2025-06-30", "A meeting of non-signatories to the NPT opened in Vienna.", []),
    ("the-ban-on-smoking", "2025-06-30", "The ban on smoking was lifted in 2012.", []),
    (
        "not-members-of-a-body",
        "2025-06-30",
        "India and Brazil are not members of the Security Council this year.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in OUTSIDERS], ids=[c[0] for c in OUTSIDERS])
def test_outsiders_listed(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


CONSENT_NOUNS: list[tuple[str, str, str, Read]] = [
    (
        "todays-ratification-by-of",  # ENEWSPF, 6 December 2011
        "2011-12-06",
        "Secretary-General Ban Ki-moon welcomed today’s ratification by Indonesia of the Comprehensive Nuclear-Test-Ban "
        "Treaty (CTBT).",
        [("ratified", "ctbt", "IDN", "2011-12-06")],
    ),
    (
        "weekdays-ratification-by-of",  # our words
        "2012-02-07",
        "Mr Ban welcomed Monday's ratification by Indonesia of the CTBT.",
        [("ratified", "ctbt", "IDN", "2012-02-06")],
    ),
    (
        "ratification-by-of-on-a-day-was-welcomed",  # our words: a day before the report, not the next 6 December
        "2012-02-07",
        "The ratification by Indonesia of the CTBT on 6 December was welcomed.",
        [("ratified", "ctbt", "IDN", "2011-12-06")],
    ),
    (
        "possessive-ratification-of-on-a-day-was-welcomed",  # our words
        "2012-02-07",
        "Indonesia's ratification of the CTBT on 6 December was welcomed.",
        [("ratified", "ctbt", "IDN", "2011-12-06")],
    ),
    (
        "received-a-ratification-document",  # NTI Global Security Newswire, 6 February 2012
        "2012-02-07",
        "The United Nations on Monday formally received Indonesia's ratification document for the CTBT.",
        [("ratified", "ctbt", "IDN", "2012-02-06")],
    ),
    (
        "received-an-instrument-of-accession",  # our words
        "2013-09-16",
        "The Secretary-General on Saturday received Syria's instrument of accession to the Chemical Weapons Convention.",
        [("acceded", "cwc", "SYR", "2013-09-14")],
    ),
    (
        "submitted-accession-papers",  # our words
        "2018-05-23",
        "Palestine submitted its accession papers to the Chemical Weapons Convention on 17 May 2018.",
        [("acceded", "cwc", "PSE", "2018-05-17")],
    ),
    (
        "the-deposit-of-an-instrument-took-place",  # our words
        "2024-12-06",
        "The deposit of Ukraine's instrument of ratification of the Rome Statute took place on 25 October.",
        [("ratified", "rome-statute", "UKR", "2024-10-25")],
    ),
    # look-alikes: an undated ratification welcomed, a possessive day of something else, a debate on ratification
    ("ratification-by-of-undated", "2012-02-07", "He welcomed the ratification by Indonesia of the CTBT.", []),
    ("todays-debate-on-ratification", "2012-02-07", "He welcomed today's debate on the ratification of the CTBT.", []),
    ("at-todays-sitting", "2012-02-07", "At today's sitting, the CTBT was discussed.", []),
]


@pytest.mark.parametrize(
    ("published", "text", "expected"), [c[1:] for c in CONSENT_NOUNS], ids=[c[0] for c in CONSENT_NOUNS]
)
def test_consent_nouns(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


ORDINALS: list[tuple[str, str, str, Read]] = [
    (
        "becoming-the-nth-country-to-do-so",  # Human Rights Watch, 2 March 2023
        "2023-03-02",
        "Nigeria ratified the Convention on Cluster Munitions on 28 February, becoming the 111th country to do so.",
        [("ratified", "ccm", "NGA", "2023-02-28"), ("parties_count", "ccm", None, "111 ratifications (on 2023-02-28)")],
    ),
    (
        "became-the-nth-country-to-ratify",  # Turkish Press (Anadolu), 24 October 2020
        "2020-10-24",
        "Honduras on Saturday became the 50th country to ratify the UN Treaty on the Prohibition of Nuclear Weapons.",
        [
            ("ratified", "tpnw", "HND", "2020-10-24"),
            ("parties_count", "tpnw", None, "50 ratifications (on 2020-10-24)"),
        ],
    ),
    (
        "became-the-nth-country-to-join",  # our words
        "2025-01-02",
        "Ukraine became the 125th country to join the Rome Statute.",
        [("parties_count", "rome-statute", None, "125")],
    ),
    (
        "became-the-nth-state-party-to",  # our words
        "2024-02-02",
        "Armenia became the 124th State Party to the Rome Statute.",
        [("parties_count", "rome-statute", "ARM", "124")],
    ),
    (
        "is-the-nth-state-party-to",  # FrontNews, 18 July 2022 (our sentence around its words)
        "2022-07-18",
        "Ukraine is the 36th state party to the Istanbul Convention.",
        [("parties_count", "istanbul-convention", "UKR", "36")],
    ),
    (
        "making-the-country-the-nth-state-party",  # BioPrepWatch, 15 October 2013
        "2013-10-15",
        "The Chemical Weapons Convention entered into force for the Syrian Arab Republic on Monday, making the country "
        "the 190th State Party to the treaty.",
        [("entry_into_force", "cwc", "SYR", "2013-10-14"), ("parties_count", "cwc", None, "190")],
    ),
    # look-alikes: a rank hoped for, a rank among signatories, 'to do so' after an exit, a past rank with no day
    (
        "expected-to-become-the-nth",
        "2024-02-02",
        "Poland is expected to become the 40th country to ratify the Rome Statute.",
        [],
    ),
    ("the-nth-to-sign", "2024-02-02", "The 20th country to sign the Rome Statute was Italy.", []),
    (
        "first-to-do-so-after-an-exit",
        "2025-03-07",
        "Lithuania left the Convention on Cluster Munitions, becoming the first country to do so.",
        [("withdrew", "ccm", "LTU", "true")],
    ),
    ("was-the-nth-member", "2024-02-02", "Latvia was the 12th member of the Rome Statute.", []),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in ORDINALS], ids=[c[0] for c in ORDINALS])
def test_ordinal_counts(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


HOUSES: list[tuple[str, str, str, Read]] = [
    (
        "the-rada-ratified",  # Galician Week, 20 June 2022 (our sentence around its words)
        "2022-06-21",
        "The Verkhovna Rada ratified the Istanbul Convention on Monday.",
        [("ratified", "istanbul-convention", "UKR", "2022-06-20")],
    ),
    (
        "the-rada-voted-for-the-ratification-of",  # SPZh, 20 June 2022
        "2022-06-21",
        "On June 20, the Verkhovna Rada voted for the ratification of the Istanbul Convention.",
        [("ratified", "istanbul-convention", "UKR", "2022-06-20")],
    ),
    (
        "the-seimas-voted-unanimously-to-ratify",  # our words
        "2022-06-21",
        "The Seimas voted unanimously to ratify the Convention on Cluster Munitions on Tuesday.",
        [("ratified", "ccm", "LTU", "2022-06-21"), ("vote_tally", "ccm", "LTU", "unanimous")],
    ),
    (
        "the-saeima-voted-in-favour-of-the-ratification-of",  # our words
        "2022-06-21",
        "The Saeima voted in favour of the ratification of the Istanbul Convention on Monday.",
        [("ratified", "istanbul-convention", "LVA", "2022-06-20")],
    ),
    # look-alikes: a parliament's decisions to leave, a vote of others, a debate
    (
        "the-duma-denounced",
        "2023-02-15",
        "The State Duma denounced the Criminal Law Convention on Corruption on Tuesday.",
        [],
    ),
    (
        "the-riigikogu-voted-to-withdraw",
        "2025-06-04",
        "The Riigikogu voted to withdraw from the Ottawa Convention on Monday.",
        [],
    ),
    (
        "activists-voted-for-the-ratification",
        "2022-06-21",
        "Activists voted for the ratification of the Istanbul Convention in an online poll.",
        [],
    ),
    ("the-rada-debated", "2022-06-21", "The Verkhovna Rada debated the Istanbul Convention on Monday.", []),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in HOUSES], ids=[c[0] for c in HOUSES])
def test_parliaments_consenting(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


EXITS: list[tuple[str, str, str, Read]] = [
    (
        "headline-begins-pullout-from",  # Latin America Journal Review, 12 September 2012
        "2012-09-12",
        "Venezuela begins pullout from American Convention on Human Rights",
        [("notification_date", "achr", "VEN", "0001-01-01/2012-09-12")],
    ),
    (
        "submitted-a-writ-to-denounce",  # the same report
        "2012-09-12",
        "Venezuela submitted a writ to denounce the American Convention on Human Rights.",
        [("notification_date", "achr", "VEN", "0001-01-01/2012-09-12")],
    ),
    (
        "ended-its-n-year-membership",  # our words
        "2019-07-01",
        "Japan ended its decades-long membership of the International Whaling Commission on 30 June 2019.",
        [("withdrew", "icrw", "JPN", "2019-06-30")],
    ),
    (
        "re-admitted-to-on-a-day",  # our words (Reuters, 11 January 2013: 're-admitted to the U.N. anti-narcotics
        "2013-02-12",  # convention')
        "Bolivia was re-admitted to the Single Convention on Narcotic Drugs on 10 February.",
        [("joined", "single-convention", "BOL", "2013-02-10")],
    ),
    (
        "re-entered-on-a-day-before-the-report",  # our words
        "2021-03-01",
        "The US re-entered the Paris Agreement on 19 February.",
        [("joined", "paris-agreement", "USA", "2021-02-19")],
    ),
    # look-alikes: a plan to begin, a writ in court, the participle that restates an effect
    (
        "plans-to-begin-pullout",
        "2012-09-12",
        "Venezuela plans to begin pullout from the American Convention on Human Rights.",
        [],
    ),
    ("a-writ-in-court", "2012-09-12", "Senators filed a writ to the court on the Rome Statute.", []),
    (
        "ending-its-participation-restates-the-effect",  # Clash Report, 20 February 2026
        "2026-02-20",
        "Poland's withdrawal from the Ottawa Convention formally took effect on February 20, 2026, ending its 14-year "
        "participation in the global ban on anti-personnel mines.",
        [
            ("effective_date", "apmbc", "POL", "2026-02-20"),
            ("joined", "apmbc", "POL", "2011-08-21/2012-08-21"),  # the membership's length read back (not this task's)
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in EXITS], ids=[c[0] for c in EXITS])
def test_exit_verbs(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
