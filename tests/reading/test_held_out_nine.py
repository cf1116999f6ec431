"""Constructions of the ninth held-out batch (exits before 2025), in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "prepositional-aside-between-commas-keeps-the-date",  # the date after ", in its role as ...,"
        "2019-11-20",
        "Last week a short story ran. Then more. France notified the Secretary-General, in his role as depositary, "
        "of its withdrawal from the Paris Agreement on 5 November 2019.",
        [("notification_date", "paris-agreement", "FRA", "2019-11-05")],
    ),
    (
        "consent-to-be-bound-by-acceptance-is-a-ratification",  # the depositary's wording of a consent
        "2017-01-10",
        "Japan expressed its consent to be bound by the Paris Agreement by acceptance on 8 November 2016.",
        [("ratified", "paris-agreement", "JPN", "2016-11-08")],
    ),
    (
        "consent-to-be-bound-by-accession-is-an-accession",
        "2021-01-10",
        "Nepal expressed its consent to be bound by the Convention on Cluster Munitions by accession on 3 May 2020.",
        [("acceded", "ccm", "NPL", "2020-05-03")],
    ),
    (
        "this-will-occur-on-a-day-after-a-withdrawal",  # 'this' for the withdrawal the sentence before names
        "2021-06-20",
        "Russia has notified the depositaries of its withdrawal from the Open Skies Treaty. This will occur on "
        "18 December 2021.",
        [
            ("notification_date", "open-skies", "RUS", "0001-01-01/2021-06-20"),
            ("effective_date", "open-skies", "RUS", "2021-12-18"),
        ],
    ),
    (
        "exit-entering-into-force-in-a-period-is-the-notice-period",  # as 'takes effect in three months'
        "2025-11-01",
        "Latvia's denunciation of the Istanbul Convention will enter into force in three months.",
        [("notice_period", "istanbul-convention", None, "P3M")],
    ),
    (
        "a-treaty-entering-into-force-in-a-period-is-no-notice-period",  # no exit in the clause
        "2014-09-24",
        "The Arms Trade Treaty will enter into force in three months.",
        [],
    ),
    (
        "the-former-and-the-latter-are-the-pair-named-last",
        "2012-05-01",
        "Peru watched Bolivia and Ecuador closely. The former denounced the ICSID Convention on 2 May 2007; the "
        "latter gave notice on 6 July 2009.",
        [
            ("notification_date", "icsid-convention", "BOL", "2007-05-02"),
            ("notification_date", "icsid-convention", "ECU", "2009-07-06"),
        ],
    ),
    (
        "effect-in-a-parenthesis-after-a-dated-denunciation",  # the participle is the past deed's effect
        "2012-05-01",
        "Bolivia denounced the ICSID Convention on 2 May 2007 (taking effect on 3 November 2007).",
        [
            ("notification_date", "icsid-convention", "BOL", "2007-05-02"),
            ("effective_date", "icsid-convention", "BOL", "2007-11-03"),
        ],
    ),
    (
        "entering-in-force-is-entering-into-force",  # the wording of writers used to 'entrer en vigueur'
        "2012-05-01",
        "Bolivia denounced the ICSID Convention on 2 May 2007 (the denunciation entering in force on 3 November 2007).",
        [
            ("notification_date", "icsid-convention", "BOL", "2007-05-02"),
            ("effective_date", "icsid-convention", "BOL", "2007-11-03"),
        ],
    ),
    (
        "gerund-after-by-takes-the-finite-verbs-tense",  # the means of a future deed, dated with its weekday
        "2017-03-20",
        "The United Kingdom will start its exit by invoking Article 50 of the Treaty on European Union on "
        "Wednesday 29 March.",
        [("notification_date", "teu", "GBR", "2017-03-29")],
    ),
    (
        "a-weekday-the-article-dated-keeps-that-date",  # not the Wednesday two days after publication
        "2017-03-20",
        "The United Kingdom will invoke Article 50 of the Treaty on European Union on Wednesday 29 March. The envoy "
        "will hand over the letter invoking Article 50 on Wednesday.",
        [("notification_date", "teu", "GBR", "2017-03-29"), ("notification_date", "teu", "GBR", "2017-03-29")],
    ),
    (
        "the-move-will-start-a-period-runs-from-the-event-named-before",  # a rule, counted from the invocation
        "2017-03-20",
        "The invocation of Article 50 of the Treaty on European Union is due soon. The move will start a two-year "
        "period of exit talks.",
        [("rule", "teu", None, "P2Y after invocation of article 50 of the treaty on european union is due soon")],
    ),
    (
        "an-organisation-expelling-a-state-ends-its-membership",  # active voice, the founding treaty's exit
        "2022-05-01",
        "In March the Council of Europe expelled Russia on 16 March 2022.",
        [("withdrew", "coe-statute", "RUS", "2022-03-16")],
    ),
    (
        "a-state-expelled-from-an-organisation-named-later-in-the-clause",  # passive, the organisation after a dash
        "2022-05-01",
        "Russia was expelled in March from a body it had joined long ago — the Council of Europe.",
        [("withdrew", "coe-statute", "RUS", "2022-03")],
    ),
    (
        "a-hedged-expulsion-asserts-nothing",
        "2022-03-10",
        "Russia could be expelled from the Council of Europe within days.",
        [],
    ),
    (
        "members-of-an-organisation-are-parties-of-its-founding-treaty",
        "2022-05-01",
        "The Council of Europe, which now counts 46 member states, meets in Strasbourg.",
        [("parties_count", "coe-statute", None, "46")],
    ),
    (
        "a-verb-left-out-after-and-is-repeated-for-the-next-state",  # gapping: 'and Ecuador on D'
        "2012-05-01",
        "Bolivia gave notice of its denunciation of the ICSID Convention on 2 May 2007 and Ecuador on 6 July 2009.",
        [
            ("notification_date", "icsid-convention", "BOL", "2007-05-02"),
            ("notification_date", "icsid-convention", "ECU", "2009-07-06"),
        ],
    ),
    (
        "a-gapped-latter-takes-the-main-verb-not-a-parenthesis",
        "2012-05-01",
        "Peru watched Bolivia and Ecuador. The former denounced the ICSID Convention on 2 May 2007 (taking effect on "
        "3 November 2007) and the latter on 6 July 2009.",
        [
            ("notification_date", "icsid-convention", "BOL", "2007-05-02"),
            ("effective_date", "icsid-convention", "BOL", "2007-11-03"),
            ("notification_date", "icsid-convention", "ECU", "2009-07-06"),
        ],
    ),
    (
        "a-modal-before-no-longer-asserts-nothing",  # a statement of what a state can do, not a status
        "2003-01-10",
        "The government said the country can no longer remain bound to the NPT. North Korea has long been a party.",
        [],
    ),
    (
        "walking-out-of-an-undetermined-treaty-in-a-headline-is-the-treaty-named-next",
        "2003-01-10",
        "Pyongyang walks out of disarmament treaty\n\nNorth Korea said on Friday it would leave the NPT.",
        [("withdrew", "npt", "PRK", "true")],
    ),
    (
        "a-count-in-an-aside-after-the-treaty-is-a-count-of-parties",  # the main verb's negation is not the count's
        "2012-04-22",
        "The ICSID Convention is old. Its critics say this convention, now in force in 150 States, did not age well.",
        [("parties_count", "icsid-convention", None, "150")],
    ),
    (
        "adhering-to-a-convention-is-joining-it",
        "2012-04-22",
        "Chile adhered to the ICSID Convention in 1991.",
        [("joined", "icsid-convention", "CHL", "1991")],
    ),
    (
        "a-bilateral-treaty-set-to-terminate-in-a-period-after-notice",  # how long the exit takes
        "2019-03-01",
        "Washington gave notice of its withdrawal from the INF Treaty, which is set to terminate in six months.",
        [
            ("notification_date", "inf-treaty", "USA", "0001-01-01/2019-03-01"),
            ("notice_period", "inf-treaty", None, "P6M"),
        ],
    ),
    (
        "joining-after-an-expulsion-is-joining-the-organisation-left",  # not the convention named in between
        "2022-05-01",
        "The Council of Europe expelled Russia in March. Its best-known treaty is the European Convention on Human "
        "Rights. Russia joined in 1996.",
        [("withdrew", "coe-statute", "RUS", "2022-03"), ("joined", "coe-statute", "RUS", "1996")],
    ),
    (
        "a-consent-dated-by-a-noun-phrase-with-the-state-between",  # the date the phrase gives that state's consent
        "2021-01-10",
        "Under the Paris Agreement the clock ran from the date of ratification, for Japan 8 November 2016.",
        [("ratified", "paris-agreement", "JPN", "2016-11-08")],
    ),
    (
        "a-consent-date-in-a-rule-without-a-state-is-no-consent",
        "2021-01-10",
        "Under the Paris Agreement the clock ran from the date of ratification, whatever the year.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    got = read(finder, text, published)
    assert got == expected, name
