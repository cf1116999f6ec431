"""Inaccurate claims the reader did not find (issue 14: every inaccurate claim flagged), session 19 (h-unfl): each
read in general and pinned with the corpus sentence, paraphrases of our own (other states, treaties, numbers) and
look-alikes that must not change; each case lists every claim read, and the corpus cases their verdicts."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_CFE = "The Treaty on Conventional Armed Forces in Europe limits tanks and artillery from the Atlantic to the Urals. "
_ICC = "Ukraine's parliament voted to ratify the Rome Statute on Aug. 21. "
_ATT = "Croatia deposited its instrument of ratification of the Arms Trade Treaty. "

CASES: list[tuple[str, str, str, Read]] = [
    # --- a count of signers whose treaty is left out, the one named last (app/reading/counts.py)
    (
        "signers-counted-treaty-left-out",  # trtworld-2025-11-21
        "2025-11-21",
        _CFE + "Twenty-eight countries ultimately became signatories.",
        [("parties_count", "cfe-treaty", None, "28 signatories")],
    ),
    (
        "signers-counted-have-become",
        "2025-11-21",
        _CFE + "Twenty-two countries have become signatories.",
        [("parties_count", "cfe-treaty", None, "22 signatories")],
    ),
    (
        "signers-counted-so-far",
        "2025-11-21",
        _CFE + "So far 22 countries have signed.",
        [("parties_count", "cfe-treaty", None, "22 signatories")],
    ),
    (
        "signers-counted-over-an-adverb-treaty-named",
        "2025-11-21",
        _CFE + "Twenty-eight countries eventually became signatories to the treaty.",
        [("parties_count", "cfe-treaty", None, "28 signatories")],
    ),
    (
        "signers-of-another-instrument-look-alike",
        "2025-11-21",
        _CFE + "Twenty-eight countries signed a joint declaration.",
        [],
    ),
    # --- a State's entry into force as a period after an event (app/reading/in_force_periods.py)
    (
        "in-force-after-receipt",  # kyivindependent-2024-08-21
        "2024-08-21",
        _ICC + "It will come into force 60 days after being received by the U.N. secretary general.",
        [
            ("ratified", "rome-statute", "UKR", "2024-08-21"),
            ("entry_into_force", "rome-statute", None,
             "P60D from the deposit of the instrument (being received by the U.N. secretary general)"),
        ],
    ),
    (
        "in-force-after-domestic-procedures",  # arminfo-2024-12-02
        "2024-12-02",
        "The National Assembly of Armenia ratified the Rome Statute on October 3, 2023. It was signed by the "
        "President and entered into force 60 days after the completion of domestic procedures.",
        [
            ("ratified", "rome-statute", "ARM", "2023-10-03"),
            ("entry_into_force", "rome-statute", None, "P60D from the completion of domestic procedures"),
        ],
    ),
    (
        "in-force-for-a-state-after-a-signature",
        "2024-12-02",
        "Armenia's parliament ratified the Rome Statute in October 2023. The statute came into force for Armenia "
        "60 days after the president signed the law.",
        [
            ("ratified", "rome-statute", "ARM", "2023-10"),
            ("entry_into_force", "rome-statute", "ARM", "P60D from the president signed the law"),
        ],
    ),
    (
        "in-force-after-the-deposit-other-treaty",
        "2014-04-02",
        "China deposited its instrument of accession to the Arms Trade Treaty. For China, the treaty will enter "
        "into force 90 days after the deposit.",
        [("acceded", "att", "CHN", "0001-01-01/2014-04-02"), ("entry_into_force", "att", "CHN", "P90D from the deposit")],
    ),
    (
        "in-force-for-a-state-a-briefing-after",  # xinhua-2020-07-07
        "2020-07-07",
        "China deposited its instrument of accession to the Arms Trade Treaty on Monday. The treaty will enter into "
        "force for China 90 days after the deposit of the instrument of accession, Zhao told a press briefing.",
        [("acceded", "att", "CHN", "2020-07-06"),
         ("entry_into_force", "att", "CHN", "P90D from the deposit of the instrument of accession")],
    ),
    (
        "own-entry-into-force-chronology-look-alike",  # bbc-2005-02-16
        "2014-12-24",
        "The Arms Trade Treaty has come into force 20 months after it was adopted.",
        [("entry_into_force", "att", None, "2014-12-18/2014-12-24")],  # its own, by the report's week
    ),
    (
        "a-treaty-without-the-clause-look-alike",
        "2016-11-04",
        "The Paris Agreement will enter into force for India 30 days after the deposit.",
        [],
    ),
    (
        "in-force-after-a-number-of-consents-look-alike",
        "2014-04-02",
        _ATT + "The treaty will enter into force 90 days after the 50th ratification.",
        [("ratified", "att", "HRV", "0001-01-01/2014-04-02")],
    ),
    (
        "in-force-after-states-ratify-look-alike",
        "2014-04-02",
        _ATT + "The treaty will enter into force 90 days after 50 states have ratified it.",
        [("ratified", "att", "HRV", "0001-01-01/2014-04-02")],
    ),
    (
        "an-exit-coming-into-force-look-alike",
        "2024-08-21",
        _ICC + "The withdrawal would come into force a year after the notice is received.",
        [("ratified", "rome-statute", "UKR", "2024-08-21"), ("rule", "rome-statute", None,
                                                               "P1Y after the notice is received")],
    ),
    # --- an exit with no state of its own after a sentence telling several states' (app/reading/subjects.py)
    (
        "the-withdrawal-process-of-the-group",  # naigist-2024-12-15
        "2024-12-15",
        "Mali, Burkina Faso, and Niger will cease to be members of ECOWAS. The decision comes after the three "
        "countries notified ECOWAS of their intention to withdraw from the community. The withdrawal process is "
        "expected to be completed by July 29, 2025, with a transitional period in between.",
        [
            ("notification_date", "ecowas-treaty", "MLI", "0001-01-01/2024-12-15"),
            ("notification_date", "ecowas-treaty", "BFA", "0001-01-01/2024-12-15"),
            ("notification_date", "ecowas-treaty", "NER", "0001-01-01/2024-12-15"),
            ("effective_date", "ecowas-treaty", "MLI", "0001-01-01/2025-07-29"),
            ("effective_date", "ecowas-treaty", "BFA", "0001-01-01/2025-07-29"),
            ("effective_date", "ecowas-treaty", "NER", "0001-01-01/2025-07-29"),
        ],
    ),
    (
        "their-exit-after-a-named-list",
        "2024-07-01",
        "Estonia, Latvia and Lithuania notified the UN of their withdrawal from the Ottawa Convention on 27 June. "
        "Their exit will take effect on 27 December.",
        [
            ("notification_date", "apmbc", "EST", "2024-06-27"),
            ("notification_date", "apmbc", "LVA", "2024-06-27"),
            ("notification_date", "apmbc", "LTU", "2024-06-27"),
            ("effective_date", "apmbc", "EST", "2024-12-27"),
            ("effective_date", "apmbc", "LVA", "2024-12-27"),
            ("effective_date", "apmbc", "LTU", "2024-12-27"),
        ],
    ),
    (
        "one-state-s-withdrawal-look-alike",
        "2024-07-01",
        "Estonia, Latvia and Lithuania notified the UN of their withdrawal from the Ottawa Convention on 27 June. "
        "Lithuania's withdrawal will take effect on 27 December.",
        [
            ("notification_date", "apmbc", "EST", "2024-06-27"),
            ("notification_date", "apmbc", "LVA", "2024-06-27"),
            ("notification_date", "apmbc", "LTU", "2024-06-27"),
            ("effective_date", "apmbc", "LTU", "2024-12-27"),
        ],
    ),
    # --- a consent in the passive with a parliament as its agent: the state's own body (app/reading/ratification.py)
    (
        "ratified-by-parliament-in-a-year",  # fakti-2025-04-04
        "2025-04-04",
        "Hungary is leaving the International Criminal Court. The statute was ratified by parliament in 2002, but "
        "has never been published.",
        [("ratified", "rome-statute", "HUN", "2002")],
    ),
    (
        "ratified-by-parliament-on-a-day",
        "2024-08-22",
        "Ukraine is joining the International Criminal Court. The Rome Statute was ratified by parliament on August "
        "21.",
        [("ratified", "rome-statute", "UKR", "2024-08-21")],
    ),
    (
        "ratified-by-parliament-required-look-alike",
        "2024-08-21",
        "Ukraine is joining the International Criminal Court. The Rome Statute must still be ratified by parliament.",
        [],
    ),
    (
        "ratified-by-others-look-alike",
        "2017-03-29",
        "Any withdrawal agreement must be ratified by the European Parliament.",
        [],
    ),
    # --- a treaty signed in a reduced relative after a paper noun earlier in the sentence (ratification.signed_paper)
    (
        "a-treaty-signed-after-a-statement",  # worldtodaynews-2023-02-04
        "2023-02-04",
        "The statement stated that the “New Strategic Arms Reduction Treaty” signed by the United States and Russia "
        "in 2011 contributed to international stability.",
        [("signed", "new-start", None, "2011")],
    ),
    (
        "a-treaty-signed-after-a-statement-paraphrase",
        "2023-02-04",
        "The statement said the New START treaty signed by the United States and Russia in 2010 is in danger.",
        [("signed", "new-start", None, "2010")],
    ),
    (
        "a-letter-naming-the-treaty-signed-look-alike",  # held-out 11's: the treaty inside the letter's own phrase
        "2017-03-29",
        "The ambassador gave a letter of formal notification of Britain's withdrawal from the Treaty on European "
        "Union signed by the prime minister to the Council president on Wednesday.",
        [("notification_date", "teu", "GBR", "2017-03-29")],
    ),
    (
        "a-letter-signed-look-alike",
        "2017-03-29",
        "The letter on the Treaty on European Union, signed by Prime Minister Theresa May, was delivered on 29 March.",
        [],
    ),
    # --- a treaty's name with 'the' left out after a preposition (app/reading/names.py)
    (
        "a-name-without-its-inner-article",  # kg24-2025-09-18
        "2025-09-18",
        "Russia withdraws from European Convention for Prevention of Torture",
        [("withdrew", "cpt-convention", "RUS", "true")],
    ),
    (
        "a-name-without-its-inner-article-other-treaty",
        "2024-01-01",
        "North Korea quit the Treaty on Non-Proliferation of Nuclear Weapons in 2003.",
        [("withdrew", "npt", "PRK", "2003")],
    ),
    (
        "a-name-with-its-article-look-alike",
        "2025-09-18",
        "Russia left the European Convention for the Prevention of Torture.",
        [("withdrew", "cpt-convention", "RUS", "true")],
    ),
    (
        "the-shorter-name-look-alike",
        "2024-01-01",
        "Russia left the European Convention on Human Rights in 2022.",
        [("withdrew", "echr", "RUS", "2022")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unflagged_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


# The corpus sentences, judged: each inaccurate claim flagged.
JUDGED = [  # published, text, treaty, kind, verdict
    ("2023-02-04", "The statement stated that the “New Strategic Arms Reduction Treaty” signed by the United States "
     "and Russia in 2011 contributed to international stability.", "new-start", "signed", "inconsistent"),
    ("2026-01-08", "President Trump withdrew the United States from the UN Framework Convention on Climate Change. "
     "The UNFCCC was ratified by the Senate in 1994 with unanimous support.", "unfccc", "ratified", "partly_consistent"),
    ("2025-09-18", "Russia withdraws from European Convention for Prevention of Torture", "cpt-convention", "withdrew",
     "partly_consistent"),
    ("2025-11-21", _CFE + "Twenty-eight countries ultimately became signatories.", "cfe-treaty", "parties_count",
     "inconsistent"),
    ("2024-08-21", _ICC + "It will come into force 60 days after being received by the U.N. secretary general.",
     "rome-statute", "entry_into_force", "partly_consistent"),
    ("2024-12-02", "Armenia joined the Rome Statute. It was signed by the President of the country and entered into "
     "force 60 days after the completion of domestic procedures.", "rome-statute", "entry_into_force", "inconsistent"),
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
