"""Inaccurate claims the reader did not find (issue 14: every inaccurate claim flagged), session 20 (h-unfl): each
read in general and pinned with the corpus sentence, paraphrases of our own (other states, treaties, tenses) and
look-alikes that must not change; each case lists every claim read, and the corpus cases their verdicts."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_UNFCCC = "The UNFCCC binds its parties. "
_PARIS = "The Paris Agreement was adopted in 2015. "
_LEFT = "Lithuania left the Ottawa Convention. "

CASES: list[tuple[str, str, str, Read]] = [
    # --- a State made the first (only) one to leave by an exit told (app/reading/tense.py _made_ranked)
    (
        "making-it-the-only-country-to-leave",  # localnewsdigital-2026-01-08
        "2026-01-08",
        _UNFCCC
        + "The U.S. has also exited the Paris climate agreement, making it the only country to leave the UNFCCC.",
        [("withdrew", "paris-agreement", "USA", "true"), ("withdrew", "unfccc", "USA", "true")],
    ),
    (
        "an-exit-noun-makes-it-the-first",  # globalpost-2025-05-29: 'it' is the owner, not the State named after
        "2025-05-29",
        "Argentina notified the WHO. The South American country’s withdrawal makes it the first country on the "
        "continent to leave the organization and follows in the footsteps of the United States, which announced its "
        "intention to exit the WHO in late January.",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "an-exit-noun-makes-the-state-the-first-paraphrase",
        "2025-07-01",
        "Lithuania’s withdrawal from the Ottawa Convention makes it the first EU country to leave the treaty.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    (
        "making-it-the-second-dated-paraphrase",
        "2025-07-01",
        "Latvia quit the Ottawa Convention in June, making it the second Baltic state to leave the treaty.",
        [("withdrew", "apmbc", "LVA", "2025-06")],
    ),
    (
        "which-made-it-the-first-paraphrase",
        "2012-12-14",
        "Canada left the Kyoto Protocol on Friday, which made it the first country to pull out of the Kyoto Protocol.",
        [("withdrew", "kyoto-protocol", "CAN", "2012-12-14")],
    ),
    # ... but not a decision making it so, a hedged or counterfactual clause, or no State ranked
    (
        "a-decision-makes-it-the-first-look-alike",  # worldtodaynews-2025-10-17's shape, as labelled
        "2025-10-17",
        "Hungary's withdrawal from the Rome Statute takes effect in June 2026. The decision makes Hungary the first "
        "EU member state to leave the ICC.",
        [("effective_date", "rome-statute", "HUN", "2026-06")],
    ),
    (
        "decided-making-it-the-latest-look-alike",  # cnsnews-2011-03-02
        "2011-03-02",
        "Britain has decided to withdraw from UNIDO, making it the latest Western donor to abandon UNIDO.",
        [],
    ),
    (
        "a-vote-makes-it-the-only-look-alike",
        "2026-01-08",
        "The vote makes the US the only country to leave the UNFCCC.",
        [],
    ),
    (
        "an-effect-to-come-making-it-the-third-look-alike",  # fatunetwork-2016-11-15
        "2016-11-15",
        "Gambia notified the UN of its withdrawal from the Rome Statute. The withdrawal will take effect on November "
        "10th, 2017, making it the third to quit the Hague-based court.",
        [
            ("notification_date", "rome-statute", "GMB", "0001-01-01/2016-11-15"),
            ("effective_date", "rome-statute", "GMB", "2017-11-10"),
        ],
    ),
    (
        "would-make-look-alike",  # associationscommons-2026-01-09
        "2026-01-09",
        "If completed, the decision would make the US the first country to exit the UNFCCC.",
        [],
    ),
    (
        "would-have-made-look-alike",  # europeanconservative-2025-11-03
        "2025-11-03",
        "Had the bill been approved, it would have made Latvia the first EU country to quit the Istanbul Convention.",
        [],
    ),
    (
        "making-moves-last-year-look-alike",  # ap-2017-10-27: 'last' is no rank of a State made so
        "2017-10-27",
        "The Rome Statute. Burundi is the only one of three African nations to go ahead with its withdrawal after "
        "making moves last year to leave amid accusations that the court focuses too much on the continent.",
        [],
    ),
    # --- the European Union counted with the States (app/reading/counts.py _union_too)
    (
        "states-and-the-union-have-signed",  # vestikavkaza-2019-09-23
        "2019-09-23",
        _PARIS + "195 nations and the European Union have signed the Agreement by now.",
        [("parties_count", "paris-agreement", None, "196 signatories")],
    ),
    (
        "states-plus-the-eu-paraphrase",
        "2021-01-16",
        "The UNFCCC counts 196 states plus the EU.",
        [("parties_count", "unfccc", None, "197")],
    ),
    (
        "states-alone-look-alike",
        "2019-09-23",
        _PARIS + "195 nations have signed the Agreement by now.",
        [("parties_count", "paris-agreement", None, "195 signatories")],
    ),
    # --- a named period and the event it runs from (app/reading/periods.py _named_period)
    (
        "notice-period-since-an-announcement",  # ft-2003-04-10
        "2003-04-10",
        "North Korea quit the NPT. The withdrawal, which followed a 90-day notice period since Pyongyang announced its "
        "intent to leave the treaty in January, took effect on Thursday.",
        [
            ("withdrew", "npt", "PRK", "true"),
            ("effective_date", "npt", "PRK", "2003-04-10"),
            ("rule", "npt", None, "P90D since pyongyang announced its intent to leave the treaty in"),
        ],
    ),
    (
        "waiting-period-following-a-vote-paraphrase",
        "2025-07-01",
        _LEFT + "The withdrawal takes effect after a six-month waiting period following the parliament's vote.",
        [("withdrew", "apmbc", "LTU", "true"), ("rule", "apmbc", None, "P6M after the parliament's vote")],
    ),
    (
        "notice-period-from-the-receipt-paraphrase",
        "2025-07-01",
        _LEFT + "The withdrawal takes effect after a six-month notice period from the receipt of the notification.",
        [("withdrew", "apmbc", "LTU", "true"), ("rule", "apmbc", None, "P6M after the receipt of the notification")],
    ),
    (
        "a-bare-notice-period-look-alike",
        "2025-07-01",
        _LEFT + "The six-month notice period ends in December.",
        [("withdrew", "apmbc", "LTU", "true"), ("notice_period", "apmbc", None, "P6M")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unflagged_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


# The corpus sentences, judged: each inaccurate claim flagged.
JUDGED = [  # published, text, treaty, kind, verdict
    ("2026-01-08", _UNFCCC + "The U.S. has also exited the Paris climate agreement, making it the only country to "
     "leave the UNFCCC.", "unfccc", "withdrew", "partly_consistent"),
    ("2025-05-29", "Argentina notified the WHO. The South American country’s withdrawal makes it the first country on "
     "the continent to leave the organization.", "who-constitution", "withdrew", "partly_consistent"),
    ("2019-09-23", _PARIS + "195 nations and the European Union have signed the Agreement by now.", "paris-agreement",
     "parties_count", "inconsistent"),
    ("2003-04-10", "North Korea quit the NPT. The withdrawal, which followed a 90-day notice period since Pyongyang "
     "announced its intent to leave the treaty in January, took effect on Thursday.", "npt", "rule", "inconsistent"),
]  # fmt: skip


@pytest.fixture(scope="module")
def checks(service: AssessmentService) -> CheckService:
    return CheckService(service)


@pytest.mark.parametrize(("published", "text", "treaty", "kind", "verdict"), JUDGED)
def test_the_corpus_sentence_is_flagged(
    finder: ClaimFinder, checks: CheckService, published: str, text: str, treaty: str, kind: str, verdict: str
) -> None:
    day = dt.date.fromisoformat(published)
    found = [f for f in finder.find(text, day) if f.claim.treaty == treaty and f.claim.kind == kind]
    assert found
    verdicts = {checks.check(f.claim, day).verdict for f in found}
    assert verdict in verdicts
    assert verdicts <= {"inconsistent", "partly_consistent"}
