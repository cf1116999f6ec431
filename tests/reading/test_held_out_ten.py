"""Constructions of the tenth held-out batch, made general, in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

NOTICES: list[tuple[str, str, str, Read]] = [
    (
        "a-headline-present-renounces-is-the-notice",  # to renounce a treaty is to give the notice
        "2013-05-02",
        "Ecuador renounces the ICSID Convention\nThe government said so in Quito.",
        [("notification_date", "icsid-convention", "ECU", "0001-01-01/2013-05-02")],
    ),
    (
        "a-headline-present-denounces-is-the-notice",
        "2012-09-11",
        "Venezuela denounces American Convention on Human Rights\nThe move was expected.",
        [("notification_date", "achr", "VEN", "0001-01-01/2012-09-11")],
    ),
    (
        "a-headline-present-withdraws-stays-the-exit",  # the corpus labels 'withdraws', 'quits' as the exit
        "2013-05-02",
        "Ecuador withdraws from the ICSID Convention\nThe government said so in Quito.",
        [("withdrew", "icsid-convention", "ECU", "true")],
    ),
    (
        "an-undated-past-denunciation-is-a-notice",  # "had been denounced by X": the notice, by the report
        "2013-01-09",
        "Few states ever left the American Convention on Human Rights. The convention had been denounced only by "
        "Trinidad and Tobago.",
        [("notification_date", "achr", "TTO", "0001-01-01/2013-01-09")],
    ),
    (
        "informed-the-un-it-is-leaving-is-the-notice",  # the progressive says what the message is
        "2016-11-20",
        "The story so far.\nThe Gambian government has informed the United Nations that it is leaving the Rome "
        "Statute, its foreign ministry said on Friday.",
        [("notification_date", "rome-statute", "GMB", "2016-11-12/2016-11-18")],
    ),
    (
        "informed-the-depositary-it-would-withdraw-is-the-notice",
        "2016-11-20",
        "The story so far.\nGambia informed the depositary that it would withdraw from the Rome Statute.",
        [("notification_date", "rome-statute", "GMB", "0001-01-01/2016-11-20")],
    ),
    (
        "informed-the-un-it-is-considering-leaving-is-no-notice",  # a thought, not the message of leaving
        "2016-11-20",
        "The story so far.\nGambia informed the United Nations it is considering leaving the Rome Statute.",
        [],
    ),
    (
        "informed-the-un-it-intends-to-leave-is-no-notice",
        "2016-11-20",
        "The story so far.\nGambia informed the United Nations it intends to leave the Rome Statute.",
        [],
    ),
    (
        "a-decision-presented-to-the-secretary-general-is-the-notice",  # 'its': the state of the article
        "2011-07-01",
        "Bolivia quits drug pact\nBolivia has long objected to the Single Convention on Narcotic Drugs. Officials "
        "spoke in La Paz.\nThe ministry confirmed that its decision was presented to the UN Secretary-General.",
        [
            ("withdrew", "single-convention", "BOL", "true"),
            ("notification_date", "single-convention", "BOL", "0001-01-01/2011-07-01"),
        ],
    ),
    (
        "a-letter-quoted-saying-hereby-denounces-is-the-notice",
        "2018-10-19",
        'The story so far.\nThe letter reads: "The Government of the United States hereby denounces the '
        'Constitution of the Universal Postal Union."',
        [("notification_date", "upu-constitution", "USA", "0001-01-01/2018-10-19")],
    ),
    (
        "backtick-and-acute-apostrophes-are-apostrophes",
        "2011-06-30",
        "The story so far.\nBolivia`s government denounced the Single Convention on 29 June. Bolivia´s allies "
        "were silent.",
        [("notification_date", "single-convention", "BOL", "2011-06-29")],
    ),
    (
        "a-footnote-number-after-a-sentence-ends-it",  # "decision.[2] The Convention ...": two sentences
        "2013-01-09",
        "The instrument was received on 10 September 2012 by the OAS Secretary General, who regretted Venezuela's "
        "denunciation of the American Convention on Human Rights.[2] The Convention had been denounced only by "
        "Trinidad and Tobago.",
        [
            ("notification_date", "achr", "VEN", "2012-09-10"),
            ("notification_date", "achr", "TTO", "0001-01-01/2013-01-09"),
        ],
    ),
]

DESCRIBED: list[tuple[str, str, str, Read]] = [
    (
        "a-year-and-a-subject-name-one-treaty",  # 1961 and 'narcotic' fit the Single Convention only
        "2011-07-01",
        "Bolivia withdrew from the 1961 UN narcotics convention on 29 June 2011.",
        [("withdrew", "single-convention", "BOL", "2011-06-29")],
    ),
    (
        "a-subject-two-treaties-share-names-neither",  # 'narcotic' stands in the 1961 and 1988 conventions
        "2011-07-01",
        "Bolivia withdrew from the narcotics convention on 29 June 2011.",
        [],
    ),
    (
        "a-verb-before-the-description-is-not-part-of-it",  # 'renounces' stands in no name: dropped
        "2011-07-01",
        "Bolivia renounces 1961 UN narcotics convention",
        [("notification_date", "single-convention", "BOL", "0001-01-01/2011-07-01")],
    ),
    (
        "an-alias-word-describes-its-treaty",  # 'cluster bomb' of the CCM's aliases, with another noun
        "2025-03-07",
        "Lithuania left the cluster bomb convention on 6 March 2025.",
        [("withdrew", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "an-anti-compound-describes-by-its-subject",  # 'anti-torture': torture
        "2025-03-07",
        "Burundi left the anti-torture convention on 6 March 2025.",
        [("withdrew", "cat", "BDI", "2025-03-06")],
    ),
    (
        "a-description-no-name-holds-is-no-treaty",
        "2025-03-07",
        "Lithuania left the controversial gender convention on 6 March 2025.",
        [],
    ),
    (
        "a-description-many-treaties-fit-is-no-treaty",  # human rights: the ECHR, the ACHR, the ICCPR, ...
        "2025-03-07",
        "Lithuania left the human rights convention on 6 March 2025.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), NOTICES + DESCRIBED,
                         ids=[c[0] for c in NOTICES + DESCRIBED])  # fmt: skip
def test_construction(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    got = read(finder, text, published)
    assert got == expected, name


FOLLOWED: list[tuple[str, str, str, Read]] = [
    (
        "following-suit-in-the-next-sentence-repeats-the-exit-undated",
        "2019-01-02",
        "The story so far.\nCanada left the Kyoto Protocol in 2012. Japan followed suit.",
        [("withdrew", "kyoto-protocol", "CAN", "2012"), ("withdrew", "kyoto-protocol", "JPN", "true")],
    ),
    (
        "following-suit-after-a-notice-is-a-notice-by-the-report",  # the follower's own day, not the first's
        "2017-10-14",
        "The story so far.\nThe United States notified UNESCO of its withdrawal on 12 October 2017. Israel followed "
        "suit, its prime minister said.",
        [
            ("notification_date", "unesco-constitution", "USA", "2017-10-12"),
            ("notification_date", "unesco-constitution", "ISR", "0001-01-01/2017-10-14"),
        ],
    ),
    (
        "a-list-of-states-follows-suit",
        "2019-01-02",
        "The story so far.\nCanada left the Kyoto Protocol in 2012. Japan and Russia later followed suit.",
        [
            ("withdrew", "kyoto-protocol", "CAN", "2012"),
            ("withdrew", "kyoto-protocol", "JPN", "true"),
            ("withdrew", "kyoto-protocol", "RUS", "true"),
        ],
    ),
    (
        "not-following-suit-is-no-exit",
        "2017-10-14",
        "The story so far.\nThe United States notified UNESCO of its withdrawal on 12 October 2017. Israel did not "
        "follow suit.",
        [("notification_date", "unesco-constitution", "USA", "2017-10-12")],
    ),
    (
        "a-state-that-may-or-will-follow-suit-has-done-nothing",
        "2017-10-14",
        "The story so far.\nThe United States left UNESCO in 2018. Israel may follow suit. Canada will follow suit.",
        [("withdrew", "unesco-constitution", "USA", "2018")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), FOLLOWED, ids=[c[0] for c in FOLLOWED])
def test_following_suit(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected, name


UNDATED_EXITS: list[tuple[str, str, str, Read]] = [
    (
        "a-decree-formalizing-a-states-departure-tells-the-exit",
        "2019-07-04",
        "The story so far.\nThe decree formalizes Russia's departure from the 1987 INF Treaty.",
        [("withdrew", "inf-treaty", "RUS", "true")],
    ),
    (
        "following-a-capitals-withdrawal-from-the-pact-tells-its-exit",  # the pact: the treaty of the article
        "2019-07-04",
        "The story so far.\nThe INF Treaty banned a class of missiles. Moscow acted following Washington's "
        "withdrawal from the pact.",
        [("withdrew", "inf-treaty", "USA", "true")],
    ),
    (
        "its-withdrawal-after-being-takes-the-state-named-before",
        "2019-01-03",
        "The story so far.\nIt is the second time the US has quit a major commitment, the first being its "
        "withdrawal from the Paris climate change agreement.",
        [("withdrew", "paris-agreement", "USA", "true")],
    ),
    (
        "an-exit-noun-after-a-modal-is-not-told-as-done",
        "2019-07-04",
        "The story so far.\nTrade would suffer following Russia's departure from the INF Treaty.",
        [],
    ),
    (
        "a-possible-exit-noun-is-not-told-as-done",
        "2019-07-04",
        "The story so far.\nMarkets fell following Russia's possible departure from the INF Treaty.",
        [],
    ),
    (
        "an-exit-noun-as-a-subject-is-not-presupposed",  # nothing before it takes it as done
        "2019-07-04",
        "The story so far.\nRussia's departure from the INF Treaty was widely expected.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), UNDATED_EXITS, ids=[c[0] for c in UNDATED_EXITS])
def test_undated_exit_nouns(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected, name


APPOSED: list[tuple[str, str, str, Read]] = [
    (
        "an-ally-between-two-listed-states-keeps-both",
        "2019-01-03",
        "The story so far.\nThe United States and its ally Israel officially withdrew from UNESCO on 31 December 2018.",
        [
            ("withdrew", "unesco-constitution", "USA", "2018-12-31"),
            ("withdrew", "unesco-constitution", "ISR", "2018-12-31"),
        ],
    ),
    (
        "a-neighbour-between-two-listed-states-keeps-both",
        "2025-02-01",
        "The story so far.\nMali and its neighbour Niger left ECOWAS on 29 January 2025.",
        [("withdrew", "ecowas-treaty", "MLI", "2025-01-29"), ("withdrew", "ecowas-treaty", "NER", "2025-01-29")],
    ),
    (
        "an-ally-after-a-verb-is-no-list",  # 'urged its ally Israel to leave': only the urged state's intent
        "2019-01-03",
        "The story so far.\nThe United States urged its ally Israel to leave UNESCO.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), APPOSED, ids=[c[0] for c in APPOSED])
def test_appositives_between_states(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected, name


GRANTED: list[tuple[str, str, str, Read]] = [
    (
        "an-organisation-admitting-a-state-is-its-joining",  # 'the body': the organisation of the article
        "2019-01-03",
        "The story so far.\nUNESCO lost a fifth of its budget. Dues stopped in 2011, when the body admitted Palestine "
        "as a full member.",
        [("joined", "unesco-constitution", "PSE", "2011")],
    ),
    (
        "granting-membership-to-a-state-is-its-joining",
        "2019-01-03",
        "The story so far.\nUNESCO angered Washington by granting full membership to Palestine in 2011.",
        [("joined", "unesco-constitution", "PSE", "2011")],
    ),
    (
        "a-state-readmitted-has-joined-by-the-report",
        "2002-10-16",
        "The story so far.\nIceland has been readmitted to the International Whaling Commission.",
        [("joined", "icrw", "ISL", "0001-01-01/2002-10-16")],
    ),
    (
        "a-founding-member-has-joined-by-the-report",
        "2018-10-18",
        "The story so far.\nThe United States is among the founding members of the Universal Postal Union.",
        [("joined", "upu-constitution", "USA", "0001-01-01/2018-10-18")],
    ),
    (
        "founding-members-since-a-year-named-as-a-group",  # 'the trio': the states listed last
        "2024-01-29",
        "The story so far.\nMali, Niger and Burkina Faso gave notice to ECOWAS. The trio, founding members of ECOWAS "
        "since 1975, face sanctions.",
        [
            ("notification_date", "ecowas-treaty", "MLI", "0001-01-01/2024-01-29"),
            ("notification_date", "ecowas-treaty", "NER", "0001-01-01/2024-01-29"),
            ("notification_date", "ecowas-treaty", "BFA", "0001-01-01/2024-01-29"),
            ("joined", "ecowas-treaty", "MLI", "1975"),
            ("joined", "ecowas-treaty", "NER", "1975"),
            ("joined", "ecowas-treaty", "BFA", "1975"),
        ],
    ),
    (
        "a-state-seeking-admission-has-not-joined",
        "2019-01-03",
        "The story so far.\nUNESCO may admit Kosovo as a member next year.",
        [],
    ),
    (
        "a-state-not-admitted-is-no-claim-of-joining",
        "2019-01-03",
        "The story so far.\nUNESCO has not admitted Kosovo as a member.",
        [],
    ),
    (
        "no-steps-taken-to-leave-is-no-exit",
        "2023-02-10",
        "The story so far.\nLuxembourg wants to leave the Energy Charter Treaty. Luxembourg has not yet taken any steps "
        "to leave.",
        [("withdrew", "ect", "LUX", "false")],
    ),
    (
        "steps-taken-to-leave-are-not-the-exit",
        "2023-02-10",
        "The story so far.\nLuxembourg has taken steps to leave the Energy Charter Treaty.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), GRANTED, ids=[c[0] for c in GRANTED])
def test_membership_granted(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected, name


ELIDED_SUBJECT: list[tuple[str, str, str, Read]] = [
    (
        "it-signed-and-came-into-force-shares-the-subject",
        "1999-06-01",
        "The story so far.\nThe Ottawa Convention bans landmines. It was signed on December 3, 1997, and came into "
        "force on March 1, 1999.",
        [("signed", "apmbc", None, "1997-12-03"), ("entry_into_force", "apmbc", None, "1999-03-01")],
    ),
    (
        "it-adopted-and-entered-into-force-shares-the-subject",
        "2010-01-01",
        "The story so far.\nThe Rome Statute created the court. It was adopted in 1998 and entered into force on "
        "1 July 2002.",
        [("entry_into_force", "rome-statute", None, "2002-07-01")],
    ),
    (
        "another-subject-after-and-is-not-the-treaty",
        "1999-06-01",
        "The story so far.\nThe Ottawa Convention bans landmines. It was signed in Ottawa and the ban came into "
        "force later.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), ELIDED_SUBJECT, ids=[c[0] for c in ELIDED_SUBJECT])
def test_elided_subject_after_and(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected, name


AMBIGUOUS_NAMES: list[tuple[str, str, str, Read]] = [
    (
        "georgia-with-a-treaty-is-the-state",
        "2004-01-01",
        "The story so far.\nGeorgia ratified the Rome Statute on 5 September 2003.",
        [("ratified", "rome-statute", "GEO", "2003-09-05")],
    ),
    (
        "jordan-with-its-government-is-the-state",
        "2004-01-01",
        "The story so far.\nJordan's government ratified the Rome Statute on 11 April 2002.",
        [("ratified", "rome-statute", "JOR", "2002-04-11")],
    ),
    (
        "chad-in-a-list-of-states-is-the-state",
        "2025-02-01",
        "The story so far.\nMali, Chad and Niger left ECOWAS on 29 January 2025.",
        [
            ("withdrew", "ecowas-treaty", "MLI", "2025-01-29"),
            ("withdrew", "ecowas-treaty", "TCD", "2025-01-29"),
            ("withdrew", "ecowas-treaty", "NER", "2025-01-29"),
        ],
    ),
    (
        "a-first-name-before-jordan-makes-a-person",
        "2004-01-01",
        "The story so far.\nMichael Jordan left the Rome Statute on 5 September 2003.",
        [],
    ),
    (
        "a-surname-after-chad-makes-a-person",
        "2004-01-01",
        "The story so far.\nChad Smith withdrew from the Paris Agreement on 5 September 2003.",
        [],
    ),
    (
        "georgia-without-a-state-context-is-not-read",  # the US state: no treaty, government or list of states
        "2004-01-01",
        "The story so far.\nThe Paris Agreement matters. Georgia left the talks early.",
        [],
    ),
    (
        "congo-alone-names-two-states-and-neither",
        "2004-05-10",
        "The story so far.\nCongo joined the Rome Statute on 3 May 2004.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "published", "text", "expected"), AMBIGUOUS_NAMES, ids=[c[0] for c in AMBIGUOUS_NAMES]
)
def test_ambiguous_state_names(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected, name


NO_TREATY_HEADLINES: list[tuple[str, str, str, Read]] = [
    (
        "a-headline-counting-bodies-means-those-the-body-names",
        "2025-03-01",
        "Nicaragua quits two more international organisations\nNicaragua said it would leave the International Labour "
        "Organization and another body.",
        [("withdrew", "ilo-constitution", "NIC", "true")],
    ),
    (
        "a-headline-counting-treaties-means-each-the-body-names",
        "2025-07-01",
        "Latvia leaves two arms treaties\nLatvia's parliament voted on the Ottawa Convention and the Convention on "
        "Cluster Munitions.",
        [("withdrew", "apmbc", "LVA", "true"), ("withdrew", "ccm", "LVA", "true")],
    ),
    (
        "a-headline-counting-bodies-with-none-named-claims-nothing",
        "2025-03-01",
        "Nicaragua quits two more international organisations\nThe government gave no reason.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "published", "text", "expected"), NO_TREATY_HEADLINES, ids=[c[0] for c in NO_TREATY_HEADLINES]
)
def test_headlines_naming_no_treaty(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected, name
