"""Constructions and judging of the forty-seventh held-out batch (the exits of 2025-2026 in wire, national, regional
and non-Western outlets), each pinned by the article's sentence and paraphrases of our own, with look-alikes:

- States denied the signature with a copula: 'However, key global powers including Russia and the United States are
  not signatories.' (News Alert, 29 June 2025, the Ottawa Convention named the sentence before), 'Russia is not a
  signatory to the Ottawa Convention': ``signed`` false for each State of the subject joined by commas, 'and' or 'or'
  (app/reading/signatory_status.py `_not_signatories`); not after 'if', not for a subject that names no State, and
  not 'not a signatory of the declaration ...' (another instrument) when the treaty comes from the sentence before;
- a day in the reporting clause is the report's, not the reported notice's: 'During a press briefing at United
  Nations Headquarters in New York today, officials revealed that while the U.S. submitted notice of withdrawal, ...'
  (SKNVibes, 23 January 2026: the notice of 22 January 2025 had been read as given 'today'); 'revealed' and 'noted'
  are reporting verbs (vocabulary.REPORTING);
- an exit told as done before the earliest day it could take effect, where a treaty with no withdrawal clause leaves
  the effect open (VCLT Art. 56) and the State's own reckoning is recorded: 'Argentina Leaves World Health
  Organization' (GlobalPost, May 2025; the notice received 17 March 2025, in effect as Argentina reckons it on 17
  March 2026) is a notice called an exit, partly right, not unverifiable (app/services/checks/withdrew.py
  `_not_yet`); 'finalized its withdrawal ... this week' is a wrong effective date (effective.py, the conditional
  branch); after the day it is right; with no reckoning recorded (the US letter of 7 March 2005 on the VCCR Optional
  Protocol, claiming immediate effect) the dispute stays unverifiable.

Second set:
- a founding told in an aside before a second participle: 'The ICC, which was established in 2002, was created to
  prosecute ...' (Summit Post News, 23 September 2025; agnesisika's 'The ICC, established in 2002, ...' too): the aside
  is the founding, not passed over to 'was created' (founded.py `_founding_after`); an aside that is not a founding
  ('which is based in the Netherlands') is still passed over;
- ties cut with a treaty's body: 'Argentina Cuts Ties With WHO to Claim Health Independence' (LocalNews.ai, 17 March
  2026), 'has severed all ties with': the exit (pipeline LEAVE), not 'cut ties with Russia' (no treaty);
- a State 'as one of the founding members' or 'as a founding member' of the body the clause names: 'It began
  operations in 2002 ..., with Hungary as one of the founding members.' (The Epoch Times, 20 May 2025;
  admissions.py `_as_founder`), the State right before 'as'; not a possessive ('the founding members' critics').
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from schemas.checks import TextCheckRequest
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_UNTIL = "0001-01-01/2026-01-23"  # an undated notice, given by the report's day

CASES: list[tuple[str, str, str, Read]] = [
    (
        "not-signatories-after-including",  # News Alert, 29 June 2025
        "2025-06-29",
        "The Ottawa Convention, also known as the Mine Ban Treaty, has been ratified by more than 160 countries. "
        "However, key global powers including Russia and the United States are not signatories.",
        [
            ("parties_count", "apmbc", None, "160 ratifications"),
            ("signed", "apmbc", "RUS", "false"),
            ("signed", "apmbc", "USA", "false"),
        ],
    ),
    (
        "not-a-signatory-to-the-treaty",  # our words
        "2025-06-29",
        "Russia is not a signatory to the Ottawa Convention.",
        [("signed", "apmbc", "RUS", "false")],
    ),
    (
        "three-not-signatories-of",  # our words
        "2025-06-29",
        "Russia, China and the United States are not signatories of the Ottawa Convention.",
        [("signed", "apmbc", "RUS", "false"), ("signed", "apmbc", "CHN", "false"), ("signed", "apmbc", "USA", "false")],
    ),
    (
        "not-signatories-either",  # our words
        "2025-06-29",
        "The Ottawa Convention bans anti-personnel mines. Russia and China are not signatories either.",
        [("signed", "apmbc", "RUS", "false"), ("signed", "apmbc", "CHN", "false")],
    ),
    (
        "not-a-signatory-of-another-instrument",  # look-alike: the instrument named after 'of' is not the treaty
        "2025-06-29",
        "The Ottawa Convention bans anti-personnel mines. Russia is not a signatory of the declaration on cluster bombs.",
        [],
    ),
    (
        "not-a-signatory-in-a-condition",  # look-alike: a condition
        "2025-06-29",
        "The Ottawa Convention bans anti-personnel mines. If Russia is not a signatory, it cannot be bound.",
        [],
    ),
    (
        "not-signatories-no-state",  # look-alike: no State in the subject
        "2025-06-29",
        "The Ottawa Convention bans anti-personnel mines. The rebels are not signatories.",
        [],
    ),
    (
        "founded-in-an-aside-before-a-participle",  # Summit Post News, 23 September 2025
        "2025-09-23",
        "The ICC, which was established in 2002, was created to prosecute those responsible for grave crimes.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "founded-participle-before-a-passive",  # our words
        "2025-09-23",
        "The ICC, established in 2002, was criticised by the juntas.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "an-aside-passed-over",  # look-alike kept: the aside is no founding, the founding follows it
        "2025-09-23",
        "The ICC, which is based in the Netherlands, was established in 2002.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "an-aside-of-another-deed",  # look-alike: no founding at all
        "2025-09-23",
        "The ICC, which opened an inquiry in 2018, was criticised by the juntas.",
        [],
    ),
    (
        "cuts-ties-with-a-body",  # LocalNews.ai, 17 March 2026
        "2026-03-17",
        "Argentina Cuts Ties With WHO to Claim Health Independence",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "severed-all-ties-with",  # our words
        "2026-03-18",
        "Argentina has severed all ties with the World Health Organization.",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "cut-ties-with-a-state",  # look-alike: no treaty
        "2026-03-18",
        "Ukraine cut ties with Russia in 2022.",
        [],
    ),
    (
        "as-one-of-the-founding-members",  # The Epoch Times, 20 May 2025
        "2025-05-20",
        "Hungary's parliament voted to leave the ICC. It began operations in 2002 to prosecute those accused of war "
        "crimes, crimes against humanity, and genocide, with Hungary as one of the founding members.",
        [("joined", "rome-statute", "HUN", "2002")],
    ),
    (
        "as-a-founding-member",  # our words
        "2025-05-20",
        "The International Criminal Court opened in 2002, with Hungary as a founding member.",
        [("joined", "rome-statute", "HUN", "2002")],
    ),
    (
        "the-founding-members-possessive",  # look-alike: the members' critics
        "2025-05-20",
        "The International Criminal Court opened in 2002, with Hungary as one of the founding members' critics.",
        [],
    ),
    (
        "a-day-in-the-reporting-clause",  # SKNVibes, 23 January 2026 (the treaty named in our first sentence)
        "2026-01-23",
        "The United States has left the World Health Organization. During a press briefing at United Nations "
        "Headquarters in New York today, officials revealed that while the U.S. submitted notice of withdrawal, several "
        "conditions attached to the process may not have been fully met.",
        [("withdrew", "who-constitution", "USA", "true"), ("notification_date", "who-constitution", "USA", _UNTIL)],
    ),
    (
        "a-day-before-noted-that",  # our words
        "2026-01-23",
        "At a briefing on Thursday, officials noted that the U.S. submitted notice of withdrawal from the World Health "
        "Organization.",
        [("notification_date", "who-constitution", "USA", _UNTIL)],
    ),
    (
        "a-day-of-the-notice-itself",  # look-alike: the day is the notice's
        "2026-01-23",
        "On 22 January 2025 the U.S. submitted notice of withdrawal from the World Health Organization.",
        [("notification_date", "who-constitution", "USA", "2025-01-22")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_seven_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


JUDGED: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "a-notice-called-an-exit-no-clause",  # GlobalPost, May 2025
        "2025-05-29",
        "Argentina Leaves World Health Organization, Wants New Club",
        [("withdrew", "partly_consistent")],
    ),
    (
        "finalized-this-week-a-year-early",  # GlobalPost, May 2025
        "2025-05-29",
        "Argentina finalized its withdrawal from the World Health Organization (WHO) this week.",
        [("effective_date", "inconsistent")],
    ),
    (
        "exit-after-the-reckoned-day",  # look-alike: LocalNews.ai, 17 March 2026, on the day
        "2026-03-18",
        "Argentina has officially ended its membership in the World Health Organization.",
        [("withdrew", "consistent")],
    ),
    (
        "no-reckoning-recorded",  # look-alike: the VCCR Optional Protocol, letter of 7 March 2005 (no clause)
        "2005-03-10",
        "U.S. Abandons Optional Protocol to the Vienna Convention on Consular Relations",
        [("withdrew", "unverifiable")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in JUDGED], ids=[c[0] for c in JUDGED])
def test_held_out_forty_seven_judged(
    rulebook: Rulebook, finder: ClaimFinder, published: str, text: str, expected: list[tuple[str, str]]
) -> None:
    service = CheckService(AssessmentService(rulebook))
    request = TextCheckRequest(text=text, published=dt.date.fromisoformat(published))
    response = service.check_text(finder, request)
    assert [(f.claim.kind, f.result.verdict) for f in response.claims] == expected
