"""Inaccurate claims the reader did not find (issue 14: every inaccurate claim flagged), session 10: each read in
general and pinned with the corpus sentence, paraphrases of our own (other states, treaties, dates) and look-alikes
that claim nothing; each case lists every claim read, and the corpus cases their verdicts."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # --- a treaty named by a ban's noun: 'the Treaty on the Prohibition of Nuclear Tests' (app/reading/described.py)
    (
        "a-treaty-on-the-prohibition-of-what-it-bans",  # unn-2025-03-06
        "2025-03-06",
        "Lithuania left the Convention on Cluster Munitions. Moscow has already abandoned the Treaty on the "
        "Prohibition of Nuclear Tests and restrictions on military equipment in Europe.",
        [("withdrew", "ccm", "LTU", "true"), ("withdrew", "ctbt", "RUS", "true")],
    ),
    (
        "a-treaty-on-banning-what-it-bans-other-date",
        "2024-01-10",
        "Russia left the treaty on banning nuclear tests in 2023.",
        [("withdrew", "ctbt", "RUS", "2023")],
    ),
    (
        "a-convention-on-the-prohibition-of-other-weapons",
        "2025-04-01",
        "Lithuania quit the convention on the prohibition of cluster munitions in 2025.",
        [("withdrew", "ccm", "LTU", "2025")],
    ),
    (
        "a-ban-no-treaty-holds-names-none",
        "2025-03-06",
        "Lithuania left the Convention on Cluster Munitions. Moscow has already abandoned the Treaty on the "
        "Prohibition of Space Tests.",
        [("withdrew", "ccm", "LTU", "true")],
    ),
    (
        "a-hedged-exit-from-a-treaty-named-by-its-ban",
        "2025-03-06",
        "Moscow may abandon the Treaty on the Prohibition of Nuclear Tests.",
        [],
    ),
    # --- an exit counted among others by what was left (app/reading/counted_exits.py) ---------------------------
    (
        "this-decision-marks-the-third-agency-exited-following-another",  # glance-2025-07-22
        "2025-07-22",
        "The State Department has announced that the United States will withdraw from UNESCO by the end of 2026. "
        "This decision marks the third U.N. agency that President Trump has exited this year, following the World "
        "Health Organization and the United Nations Human Rights Council.",
        [
            ("effective_date", "unesco-constitution", "USA", "0001-01-01/2026-12-31"),
            ("withdrew", "unesco-constitution", "USA", "2025"),
            ("withdrew", "who-constitution", "USA", "2025"),
        ],
    ),
    (
        "a-treaty-is-the-second-left-after-another",
        "2020-12-01",
        "The Paris Agreement is the second treaty that the United States has left, after the INF Treaty.",
        [("withdrew", "paris-agreement", "USA", "true"), ("withdrew", "inf-treaty", "USA", "true")],
    ),
    (
        "a-treaty-was-the-second-abandoned-after-another-with-a-capital",
        "2021-01-10",
        "Open Skies was the second arms control treaty that Washington had abandoned, after the INF Treaty.",
        [("withdrew", "open-skies", "USA", "true"), ("withdrew", "inf-treaty", "USA", "true")],
    ),
    (
        "a-hedged-counted-exit-claims-none",
        "2025-07-22",
        "UNESCO is the third agency Trump may exit this year, following the World Health Organization.",
        [],
    ),
    (
        "a-treaty-left-unratified-is-no-exit",
        "2024-01-10",
        "The CTBT is the second treaty that the United States has left unratified, after the Kyoto Protocol.",
        [],
    ),
    (
        "a-counted-agency-whose-budget-was-cut-is-no-exit",
        "2025-07-22",
        "UNESCO is the third U.N. agency whose budget Trump has cut this year, following the World Health "
        "Organization.",
        [],
    ),
    # --- another's confirmation of a named state's exit (app/reading/nominal.py) ---------------------------------
    (
        "a-headline-confirming-a-state-s-withdrawal",  # thestar-2019-05-16
        "2019-05-16",
        "UN confirms Malaysia's withdrawal from Rome Statute",
        [("withdrew", "rome-statute", "MYS", "true")],
    ),
    (
        "the-depositary-confirmed-another-state-s-withdrawal",
        "2018-01-10",
        "The Secretary-General confirmed Burundi's withdrawal from the Rome Statute.",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "a-state-confirming-its-own-withdrawal-tells-an-intention",
        "2019-05-16",
        "Malaysia confirmed its withdrawal from the Rome Statute.",
        [],
    ),
    (
        "a-confirmation-denied-or-hedged-claims-none",
        "2019-05-16",
        "The UN has not confirmed Malaysia's withdrawal from the Rome Statute. The UN may confirm Burundi's "
        "withdrawal from the Rome Statute.",
        [],
    ),
    # --- a withdrawal 'as a signatory': the signature presupposed (app/reading/as_signatory.py) -------------------
    (
        "a-withdrawal-as-a-signatory-presupposes-the-signature",  # thestar-2019-05-16
        "2019-05-16",
        "PUTRAJAYA: The United Nations secretary-general has confirmed Malaysia’s withdrawal as a signatory of the "
        "Rome Statute of the International Criminal Court (ICC).",
        [("signed", "rome-statute", "MYS", "true")],
    ),
    (
        "a-state-withdrew-as-a-signatory-other-state-date",
        "2003-01-10",
        "Israel withdrew as a signatory to the Rome Statute in 2002.",
        [("withdrew", "rome-statute", "ISR", "2002"), ("signed", "rome-statute", "ISR", "true")],
    ),
    (
        "a-withdrawal-as-a-member-is-no-signature",
        "2019-05-16",
        "The UN noted Malaysia’s withdrawal as a member of the Rome Statute.",
        [],
    ),
    # --- a date in the main clause is a 'when' clause's too (app/reading/verb_dates.py) ----------------------------
    (
        "established-in-a-year-when-a-convention-named-by-a-shared-name-entered-into-force",  # cadtm-2007-05-02
        "2007-05-02",
        "The International Centre for the Settlement of Investment Disputes (ICSID) is a World Bank arbitration "
        "mechanism. It was established in 1965 when the Washington Convention of that year entered into force.",
        [("entry_into_force", "icsid-convention", None, "1965")],
    ),
    (
        "set-up-in-a-year-when-another-treaty-entered-into-force",
        "2007-05-02",
        "It was set up in 1966, when the ICSID Convention entered into force.",
        [("entry_into_force", "icsid-convention", None, "1966")],
    ),
    (
        "a-hedged-when-clause-claims-nothing",
        "2007-05-02",
        "It was established in 1965 when the ICSID Convention may have entered into force.",
        [],
    ),
    # --- a name two treaties go by is the one the article names otherwise (app/reading/shared_names.py) -----------
    (
        "the-washington-convention-in-an-icsid-article",
        "2007-06-01",
        "Bolivia quit ICSID. It had ratified the Washington Convention in 1995.",
        [("withdrew", "icsid-convention", "BOL", "true"), ("ratified", "icsid-convention", "BOL", "1995")],
    ),
    (
        "the-washington-convention-alone-keeps-its-alias",
        "2007-06-01",
        "Kenya left the Washington Convention in 2007.",
        [("withdrew", "cites", "KEN", "2007")],
    ),
    # --- a quoted verb and its object (app/reading/treaty_refs.py) -----------------------------------------------
    (
        "a-decree-that-denounced-in-quotation-marks-the-agreement",  # bilaterals-2009-07-15
        "2009-07-15",
        "Ecuador has quit ICSID. On 2 July last year, the Ecuadorian president signed a decree that “denounced and "
        "accordingly terminated” the agreement with ICSID.",
        [
            ("withdrew", "icsid-convention", "ECU", "true"),
            ("notification_date", "icsid-convention", "ECU", "2008-07-02"),
        ],
    ),
    (
        "a-quoted-denunciation-other-state-treaty",
        "1998-06-04",
        "Trinidad and Tobago has left the American Convention on Human Rights. On May 26, the government issued a "
        "note that “denounced and terminated” the treaty.",
        [("withdrew", "achr", "TTO", "true"), ("notification_date", "achr", "TTO", "1998-05-26")],
    ),
    (
        "a-quoted-denunciation-hedged-or-denied-claims-none",
        "2007-06-01",
        "Bolivia has quit ICSID. The president signed a decree that “would denounce” the agreement. He did not sign "
        "a decree that “denounced” the agreement.",
        [("withdrew", "icsid-convention", "BOL", "true")],
    ),
    (  # app/reading/triggers.py: what an instrument not said to be adopted says is not asserted
        "a-decree-that-may-be-signed-or-a-draft-law-asserts-no-notice",
        "2007-06-01",
        "Bolivia has quit ICSID. The Bolivian president may sign a decree that denounces the agreement. Congress is "
        "debating a draft law that withdraws the country from the agreement.",
        [("withdrew", "icsid-convention", "BOL", "true")],
    ),
    (
        "a-decree-signed-on-a-day-that-denounced-the-agreement",
        "2007-06-01",
        "Bolivia has quit ICSID. On 1 May, the Bolivian president signed a decree that “denounced” the agreement with "
        "the Centre.",
        [
            ("withdrew", "icsid-convention", "BOL", "true"),
            ("notification_date", "icsid-convention", "BOL", "2007-05-01"),
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unflagged_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


# The corpus sentences, judged: each inaccurate claim flagged.
JUDGED = [
    ("2025-03-06", "Moscow has already abandoned the Treaty on the Prohibition of Nuclear Tests.", "ctbt",
     "partly_consistent"),
    ("2025-07-22", "UNESCO is the third U.N. agency that President Trump has exited this year, following the World "
     "Health Organization.", "who-constitution", "partly_consistent"),
    ("2025-07-22", "UNESCO is the third U.N. agency that President Trump has exited this year, following the World "
     "Health Organization.", "unesco-constitution", "partly_consistent"),
    ("2019-05-16", "UN confirms Malaysia's withdrawal from Rome Statute", "rome-statute", "partly_consistent"),
    ("2019-05-16", "The secretary-general has confirmed Malaysia’s withdrawal as a signatory of the Rome Statute.",
     "rome-statute", "inconsistent"),
    ("2007-05-02", "ICSID is a World Bank body. It was established in 1965 when the Washington Convention of that "
     "year entered into force.", "icsid-convention", "inconsistent"),
    ("2009-07-15", "Ecuador has quit ICSID. On 2 July last year, the Ecuadorian president signed a decree that "
     "“denounced and accordingly terminated” the agreement with ICSID.", "icsid-convention", "inconsistent"),
]  # fmt: skip


@pytest.fixture(scope="module")
def checks(service: AssessmentService) -> CheckService:
    return CheckService(service)


@pytest.mark.parametrize(("published", "text", "treaty", "verdict"), JUDGED)
def test_the_corpus_sentence_is_flagged(
    finder: ClaimFinder, checks: CheckService, published: str, text: str, treaty: str, verdict: str
) -> None:
    day = dt.date.fromisoformat(published)
    found = [f for f in finder.find(text, day) if f.claim.treaty == treaty]
    assert found
    verdicts = {checks.check(f.claim, day).verdict for f in found}
    assert verdict in verdicts
    assert verdicts <= {"inconsistent", "partly_consistent"}
