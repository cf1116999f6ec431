"""Constructions of the twenty-first held-out batch (mainstream outlets on the exits most tested: wires, national
papers, broadcasters), each pinned by the article's sentence and paraphrases of our own, with look-alikes that claim
nothing.

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
        "holdouts-in-a-condition-have-not-ratified",  # SABAH after AP and Reuters, 2023: the holdouts have not ratified; no signature
        "2023-10-25",
        "Headline\nThe CTBT has been signed by 187 countries and ratified by 178 but cannot go into force until eight holdouts — China, Egypt, Iran, Israel, North Korea, India, Pakistan, and the United States — have signed and ratified it.",
        [
            ("entry_into_force", "ctbt", None, "false"),
            ("parties_count", "ctbt", None, "187 signatories"),
            ("parties_count", "ctbt", None, "178 ratifications"),
            ("ratified", "ctbt", "CHN", "false"),
            ("ratified", "ctbt", "EGY", "false"),
            ("ratified", "ctbt", "IRN", "false"),
            ("ratified", "ctbt", "ISR", "false"),
            ("ratified", "ctbt", "PRK", "false"),
            ("ratified", "ctbt", "IND", "false"),
            ("ratified", "ctbt", "PAK", "false"),
            ("ratified", "ctbt", "USA", "false"),
        ],
    ),
    (
        "a-condition-with-unless-paraphrase",  # our words: 'unless', 'sign' alone denies the signature
        "2020-01-01",
        "Headline\nThe Comprehensive Nuclear-Test-Ban Treaty will not enter into force unless India, Pakistan and North Korea sign it.",
        [
            ("signed", "ctbt", "IND", "false"),
            ("signed", "ctbt", "PAK", "false"),
            ("signed", "ctbt", "PRK", "false"),
        ],
    ),
    (
        "a-condition-in-brackets-paraphrase",  # our words: the states in brackets, 'can't take effect'
        "2020-01-01",
        "Headline\nThe CTBT can't take effect until the last holdouts (Egypt and Iran) ratify it.",
        [
            ("ratified", "ctbt", "EGY", "false"),
            ("ratified", "ctbt", "IRN", "false"),
        ],
    ),
    (
        "a-past-wait-is-no-denial",  # our words: 'did not ... until' an event tells when, not that it never did
        "2010-01-01",
        "Headline\nThe Kyoto Protocol did not enter into force until Russia ratified it in 2004.",
        [],
    ),
    (
        "a-condition-of-listed-states-claims-no-signature",  # our words: a listed subject after 'if' is a condition
        "2020-01-01",
        "Headline\nIf Poland, Lithuania, Latvia and Estonia withdraw from the Ottawa Convention, Finland will follow.",
        [],
    ),
    (
        "a-fronted-until-date-is-not-a-condition",  # Hansard, 1998 (corpus): 'Until D,' then the main clause
        "1998-06-24",
        "Headline\nUntil 26 August 1998, Trinidad and Tobago remain party to the first Optional Protocol.",
        [
            ("effective_date", "iccpr-op1", "TTO", "1998-08-26"),
        ],
    ),
    (
        "elided-denial-after-though",  # Polish Radio, 2026: the verb elided after 'though'
        "2026-02-20",
        "Headline\nThe Ottawa Convention prohibits mines. More than 160 countries have ratified it, though the United States, China, and Russia have not.",
        [
            # '160 ratifications' since h-b34 (session 14): a count as the subject of 'have ratified' counts the
            # instruments deposited, as 'ratified by 160' (README conventions, 'Counts of ratifications')
            ("parties_count", "apmbc", None, "160 ratifications"),
            ("ratified", "apmbc", "USA", "false"),
            ("ratified", "apmbc", "CHN", "false"),
            ("ratified", "apmbc", "RUS", "false"),
        ],
    ),
    (
        "elided-denial-after-but-paraphrase",  # our words: 'but ... have not yet', the treaty the verb names
        "2025-01-01",
        "Headline\nMost EU states have ratified the Istanbul Convention, but Hungary and Bulgaria have not yet.",
        [
            ("ratified", "istanbul-convention", "HUN", "false"),
            ("ratified", "istanbul-convention", "BGR", "false"),
        ],
    ),
    (
        "elided-denial-after-while-paraphrase",  # our words: a passive before, 'while X did not'
        "2020-01-01",
        "Headline\nThe Istanbul Convention was ratified by Poland in 2015, while Hungary did not.",
        [
            ("ratified", "istanbul-convention", "POL", "2015"),
            ("ratified", "istanbul-convention", "HUN", "false"),
        ],
    ),
    (
        "a-denial-with-its-own-verb-is-another-construction",  # our words: the verb is there, dated
        "2020-01-01",
        "Headline\nPoland signed the Ottawa Convention in 1997 but did not ratify it until 2012.",
        [
            ("signed", "apmbc", "POL", "1997"),
            ("ratified", "apmbc", "POL", "2012"),
        ],
    ),
    (
        "a-contrast-without-a-consent-verb-denies-nothing",  # negative: no consent verb to elide
        "2020-01-01",
        "Headline\nThe Ottawa Convention bans mines, though the United States and China have not.",
        [],
    ),
    (
        "go-into-force",  # our words: 'go into force' as 'enter into force'
        "2000-01-01",
        "Headline\nThe Ottawa Convention went into force in 1999.",
        [
            ("entry_into_force", "apmbc", None, "1999"),
        ],
    ),
    (
        "a-second-passive-count",  # SABAH, 2023: the second count's noun elided
        "2023-10-25",
        "Headline\nThe CTBT has been signed by 187 countries and ratified by 178.",
        [
            ("parties_count", "ctbt", None, "187 signatories"),
            ("parties_count", "ctbt", None, "178 ratifications"),
        ],
    ),
    (
        "a-second-passive-count-paraphrase",  # our words: the other order
        "2020-01-01",
        "Headline\nThe Ottawa Convention has been ratified by 164 states and signed by 133.",
        [
            ("parties_count", "apmbc", None, "164 ratifications"),
            ("parties_count", "apmbc", None, "133 signatories"),
        ],
    ),
    (
        "a-second-count-of-a-share-is-not-a-count",  # negative: a share is no count
        "2020-01-01",
        "Headline\nThe Ottawa Convention has been ratified by 164 states and signed by 90 percent of them.",
        [
            ("parties_count", "apmbc", None, "164 ratifications"),
        ],
    ),
    (
        "a-dateline-country-is-not-an-actor",  # AP via KSTP, 2025: 'ABUJA, Nigeria (AP) —' is where the report is filed
        "2025-01-29",
        "3 coup-hit West African nations formally leave ECOWAS\nABUJA, Nigeria (AP) — The three junta-led West African nations of Niger, Mali and Burkina Faso have formally withdrawn from the regional bloc known as ECOWAS, the body said Wednesday.\nTheir withdrawal, first announced a year ago, “has become effective today,” ECOWAS said in a statement.",
        [
            ("withdrew", "ecowas-treaty", "NER", "true"),
            ("withdrew", "ecowas-treaty", "MLI", "true"),
            ("withdrew", "ecowas-treaty", "BFA", "true"),
            ("withdrew", "ecowas-treaty", "NER", "true"),
            ("withdrew", "ecowas-treaty", "MLI", "true"),
            ("withdrew", "ecowas-treaty", "BFA", "true"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "NER", "2025-01-29"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-01-29"),
        ],
    ),
    (
        "a-dateline-capital-alone-paraphrase",  # our words: a capital alone, the agency in brackets
        "2020-11-22",
        "Headline\nMOSCOW (Reuters) - The United States and Japan formally withdrew from the Open Skies Treaty on Sunday.\nTheir withdrawal took effect on Sunday.",
        [
            ("withdrew", "open-skies", "USA", "2020-11-22"),
            ("withdrew", "open-skies", "JPN", "2020-11-22"),
            ("effective_date", "open-skies", "USA", "2020-11-22"),  # the group whose exit the sentence before told,
            ("effective_date", "open-skies", "JPN", "2020-11-22"),  # in its order (session 19, subjects.py)
        ],
    ),
    (
        "a-state-after-the-dateline-still-acts",  # negative: the state named after the dateline acts
        "2020-11-22",
        "Headline\nKYIV, Ukraine (Reuters) - Ukraine withdrew from the Ottawa Convention on Sunday.",
        [
            ("withdrew", "apmbc", "UKR", "2020-11-22"),
        ],
    ),
    (
        "a-law-signed-is-not-the-treaty-signed",  # Polish Radio, 2026: a law's signature is not the Convention's
        "2026-02-20",
        "Headline\nThe Ottawa Convention, signed in 1997 and in force since 1999, prohibits anti-personnel mines. The law terminating Poland’s participation was signed in July last year by then President Andrzej Duda.",
        [
            ("signed", "apmbc", None, "1997"),
            ("entry_into_force", "apmbc", None, "1999"),
        ],
    ),
    (
        "a-decree-signed-paraphrase",  # our words: a decree on the withdrawal
        "2023-11-03",
        "Headline\nThe decree on Russia's withdrawal from the CTBT was signed on November 2.",
        [],
    ),
    (
        "the-treaty-signed-is-still-signed",  # negative: the treaty as the passive's subject
        "2000-01-01",
        "Headline\nThe Ottawa Convention was signed in 1997.",
        [
            ("signed", "apmbc", None, "1997"),
        ],
    ),
    (
        "a-state-and-n-others",  # BBC via Graphic Online, 2017: 'the US and 187 other countries' (188); the full stop after '1.5C'
        "2017-06-02",
        'Headline\nThe Paris agreement commits the US and 187 other countries to keeping rising global temperatures "well below" 2C above pre-industrial levels and "endeavour to limit" them even more, to 1.5C. Only Syria and Nicaragua did not sign up to the deal.',
        [
            ("parties_count", "paris-agreement", None, "188"),
            ("joined", "paris-agreement", "SYR", "false"),
            ("joined", "paris-agreement", "NIC", "false"),
        ],
    ),
    (
        "states-and-n-others-paraphrase",  # our words: two states named and the others
        "2016-12-01",
        "Headline\nThe Paris Agreement now binds Japan, India and 110 other nations.",
        [
            ("parties_count", "paris-agreement", None, "112"),
        ],
    ),
    (
        "signers-and-n-others-are-not-parties",  # negative: a day's signers, not the parties
        "2016-04-22",
        "Headline\nFrance, Germany and 25 other countries signed the Paris Agreement.",
        [
            ("signed", "paris-agreement", "FRA", "true"),
            ("signed", "paris-agreement", "DEU", "true"),
        ],
    ),
    (
        "a-count-before-an-organisation",  # Reuters via Israel Hayom, 2021: the Council of Europe's members
        "2021-03-21",
        'Headline\nTurkey left the Istanbul Convention. Marija Pejcinovic Buric, secretary-general of the 47-nation Council of Europe, called Turkey\'s decision "devastating."',
        [
            ("withdrew", "istanbul-convention", "TUR", "true"),
            ("parties_count", "coe-statute", None, "47"),
        ],
    ),
    (
        "a-count-before-an-organisation-paraphrase",  # our words: another organisation a treaty founds
        "2023-01-01",
        "Headline\nThe 55-member African Union met on Monday.",
        [
            ("parties_count", "au-constitutive-act", None, "55"),
        ],
    ),
    (
        "a-count-before-an-unknown-body-is-none",  # negative: a council the rulebook does not know
        "2023-01-01",
        "Headline\nThe 15-member Council voted on Monday.",
        [],
    ),
    (
        "a-count-before-a-body-of-the-organisation-is-none",  # Straits Times, 2007 (corpus): 'the 192-member UN body' is UNESCO
        "2007-10-08",
        "Headline\nSingapore rejoined UNESCO. The 192-member UN body aims to contribute to peace.",
        [("joined", "unesco-constitution", "SGP", "true")],  # the undated past joining (h-left, session 13)
    ),
    (
        "a-unit-before-a-full-stop-ends-the-sentence",  # our words: 'to 1.5C.' ends the sentence
        "2017-06-02",
        "Headline\nThe deal aims to limit warming to 1.5C. Only Syria and Nicaragua did not sign up to the Paris Agreement.",
        [
            ("joined", "paris-agreement", "SYR", "false"),
            ("joined", "paris-agreement", "NIC", "false"),
        ],
    ),
    (
        "an-abbreviation-still-does-not-end-it",  # negative: 'U.S.' stays one sentence
        "2020-11-05",
        "Headline\nThe U.S. Army said the U.S. withdrew from the Paris Agreement on Wednesday.",
        [
            ("withdrew", "paris-agreement", "USA", "2020-11-04"),
        ],
    ),
    (
        "a-perfect-joining-is-membership-now",  # AFP via LBCI, 2023: the perfect asserts membership on the day
        "2023-07-11",
        "Headline\nUNESCO announced on Tuesday that the United States has officially become a full member again, after the majority of member states supported its return.",
        [
            ("joined", "unesco-constitution", "USA", "true"),
        ],
    ),
    (
        "a-perfect-joining-paraphrase",  # our words: 'has joined', another state and treaty
        "2024-02-01",
        "Headline\nArmenia has joined the Rome Statute.",
        [
            ("joined", "rome-statute", "ARM", "true"),
        ],
    ),
    (
        "a-past-joining-undated-is-a-joining-done-by-the-day",  # an undated past joining: done by the report's day
        "2024-02-01",  # (was 'says nothing'; tests/data/articles/README.md 'Label decisions (h-left, session 13)')
        "Headline\nArmenia became a member of the ICC.",
        [("joined", "rome-statute", "ARM", "true")],
    ),
    (
        "a-count-that-has-joined-is-no-state",  # negative (BB.lv, 2025, corpus): a count of parties as the subject
        "2025-12-27",
        "Headline\nLatvia left the Ottawa Convention. More than 160 countries around the world have joined it, including most Western nations.",
        [
            ("withdrew", "apmbc", "LVA", "true"),
            ("parties_count", "apmbc", None, "160"),
        ],
    ),
    (
        "a-perfect-joining-denied",  # negative: denied, as before
        "2024-02-01",
        "Headline\nArmenia has not joined the Rome Statute.",
        [
            ("joined", "rome-statute", "ARM", "false"),
        ],
    ),
    (
        "a-state-a-stance-is-against-is-not-its",  # AFP via LBCI, 2023: 'its' is Washington's, not Israel's (named after 'against')
        "2023-07-11",
        'Headline\nWashington withdrew from UNESCO in October 2017, denouncing its "ongoing bias against Israel." Its withdrawal, along with Israel, became effective in December 2018.',
        [
            ("withdrew", "unesco-constitution", "USA", "2017-10"),
            ("effective_date", "unesco-constitution", "USA", "2018-12"),
            ("effective_date", "unesco-constitution", "ISR", "2018-12"),
        ],
    ),
    (
        "a-target-of-a-stance-paraphrase",  # our words: 'its' after 'a case against Israel' is Hungary's
        "2025-06-03",
        "Headline\nHungary notified the UN of its exit from the Rome Statute, citing the court's case against Israel. Its withdrawal will take effect on 2 June 2026.",
        [
            ("notification_date", "rome-statute", "HUN", "0001-01-01/2025-06-03"),
            ("effective_date", "rome-statute", "HUN", "2026-06-02"),
        ],
    ),
    (
        "signed-but-never-ratified-the-year-treaty",  # SABAH, 2023: the object both verbs share, a year before it
        "2023-10-25",
        "Headline\nThe Federation Council voted to revoke Moscow’s ratification of the Comprehensive Nuclear-Test-Ban "
        "Treaty (CTBT). Vladimir Putin had called for the action to “mirror” the position of the United States, which "
        "has signed but never ratified the 1996 treaty.",
        [("signed", "ctbt", "USA", "true"), ("ratified", "ctbt", "USA", "false")],
    ),
    (
        "signed-but-not-ratified-paraphrase",  # our words: another state, 'not'
        "2023-10-25",
        "Headline\nThe CTBT bans tests. Egypt has signed but not ratified the 1996 treaty.",
        [("signed", "ctbt", "EGY", "true"), ("ratified", "ctbt", "EGY", "false")],
    ),
    (
        "a-year-after-the-verb-is-still-its-date",  # negative: a real date stays the signature's
        "2023-10-25",
        "Headline\nThe CTBT bans tests. Bulgaria signed the treaty in 1996 but never ratified it.",
        [("signed", "ctbt", "BGR", "1996"), ("ratified", "ctbt", "BGR", "false")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_one_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
