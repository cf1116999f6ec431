"""Constructions of the twentieth held-out batch (straight news of 1991-2025, the end-of-session-9 measure), each with
the article's sentence, paraphrases of our own (other states, treaties, dates, tenses) and look-alikes that claim
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
    # An exit denied by a suspension: a withdrawal suspended (or agreed to be) before it took effect is no exit
    (
        "halts-pullout-headline",  # the article's headline (LA Times, 1993)
        "1993-06-12",
        "N. Korea Halts Pullout From Nuclear Treaty\n\nNorth Korea suspended its withdrawal from the NPT.",
        [("withdrew", "npt", "PRK", "false"), ("withdrew", "npt", "PRK", "false")],
    ),
    (
        "agreed-to-suspend-its-withdrawal",  # the article's sentence: the agreement is the step, dated 'Friday'
        "1993-06-12",
        "Headline\n\nNorth Korea, widely suspected of harboring hopes of transforming itself into a nuclear nation, "
        "bowed to American pressure Friday and agreed to suspend its withdrawal from the Nuclear Non-Proliferation "
        "Treaty.",
        [("withdrew", "npt", "PRK", "false")],
    ),
    (
        "suspended-the-effectuation-of-its-withdrawal",  # the joint statement's words, told by the reporter
        "1993-06-12",
        "Headline\n\nNorth Korea suspended the effectuation of its withdrawal from the NPT on Friday.",
        [("withdrew", "npt", "PRK", "false")],
    ),
    (
        "decided-on-a-day-to-revoke-paraphrase",  # our words: another state, treaty and verb, a day between
        "2017-03-10",
        "Headline\n\nThe Gambia decided on Monday to revoke its withdrawal from the Rome Statute.",
        [("withdrew", "rome-statute", "GMB", "false")],
    ),
    (
        "halted-the-process-of-its-exit-paraphrase",  # our words: a past tense, 'the process of'
        "2024-05-02",
        "Headline\n\nEcuador halted the process of its exit from the OAS.",
        [("withdrew", "oas-charter", "ECU", "false")],
    ),
    (
        "plans-to-suspend-is-no-claim",  # an intention
        "2017-03-10",
        "Headline\n\nThe Gambia plans to suspend its withdrawal from the Rome Statute.",
        [],
    ),
    (
        "has-not-agreed-to-suspend-is-no-claim",  # a negated agreement
        "2017-03-10",
        "Headline\n\nThe Gambia has not agreed to suspend its withdrawal from the Rome Statute.",
        [],
    ),
    (
        "a-suspended-treaty-is-no-exit-undone",  # the treaty suspended, the exit after it: no denial
        "2024-01-10",
        "Headline\n\nRussia suspended the CFE Treaty in 2007 and withdrew in 2023.",
        [("withdrew", "cfe-treaty", "RUS", "2023")],
    ),
    (
        "suspended-participation-is-no-exit-undone",
        "2024-01-10",
        "Headline\n\nRussia suspended its participation in the CFE Treaty in 2007.",
        [],
    ),
    # Signatures and ratifications in relative and nominal clauses
    (
        "which-has-signed-but-not-ratified",  # the article's sentence (AP, 2023): the relative clause's two verbs
        "2023-10-18",
        "Headline\n\nThe bill was introduced to parliament following a statement from Russian President Vladimir "
        "Putin, who warned earlier this month that Moscow could revoke its 2000 decision to ratify the treaty to "
        "“mirror” the stand taken by the United States, which has signed but not ratified the nuclear test ban.",
        [
            ("ratified", "ctbt", "RUS", "2000"),
            ("signed", "ctbt", "USA", "true"),
            ("ratified", "ctbt", "USA", "false"),
        ],
    ),
    (
        "which-signed-but-never-ratified-paraphrase",  # our words: another state, 'never'
        "2023-10-18",
        "Headline\n\nChina, which signed but never ratified the CTBT, objected.",
        [("signed", "ctbt", "CHN", "true"), ("ratified", "ctbt", "CHN", "false")],
    ),
    (
        "which-has-signed-paraphrase",  # one verb in a relative clause set off by a comma
        "2023-10-18",
        "Headline\n\nEgypt, which has signed the CTBT, objected.",
        [("signed", "ctbt", "EGY", "true")],
    ),
    (
        "countries-that-have-signed-is-no-state",  # a restrictive relative after a group: no named state's
        "2023-10-18",
        "Headline\n\nCountries that have signed the CTBT include many in Africa.",
        [],
    ),
    (
        "its-year-decision-to-ratify-paraphrase",  # our words: a modal on the revocation, not on the consent
        "2012-01-05",
        "Headline\n\nKenya may reverse its 2005 decision to ratify the Rome Statute.",
        [("ratified", "rome-statute", "KEN", "2005")],
    ),
    (
        "its-decision-to-ratify-undated-is-no-claim",
        "2012-01-05",
        "Headline\n\nKenya may reverse its decision to ratify the Rome Statute.",
        [],
    ),
    (
        "refused-to-ratify-a-list",  # the article's sentence (The European Conservative, 2025): one claim each
        "2025-11-03",
        "Headline\n\nHungary, Slovakia, and Bulgaria have previously called the treaty unacceptable and completely "
        "incompatible with their national traditions and refused to ratify the document.\n\nThe Istanbul "
        "Convention is a Council of Europe treaty.",
        [
            ("ratified", "istanbul-convention", "HUN", "false"),
            ("ratified", "istanbul-convention", "SVK", "false"),
            ("ratified", "istanbul-convention", "BGR", "false"),
        ],
    ),
    (
        "declined-to-sign-paraphrase",  # our words: another verb, treaty and state
        "2024-07-01",
        "Headline\n\nIndia has declined to sign the Rome Statute.",
        [("signed", "rome-statute", "IND", "false")],
    ),
    (
        "may-refuse-to-ratify-is-no-claim",  # a possible refusal
        "2025-11-03",
        "Headline\n\nHungary may refuse to ratify the Istanbul Convention.",
        [],
    ),
    (
        "never-refused-to-ratify-is-no-claim",
        "2025-11-03",
        "Headline\n\nHungary never refused to ratify the Istanbul Convention.",
        [],
    ),
    # A tally in words
    (
        "voted-unanimously",  # the article's sentence (AP, 2023)
        "2023-10-18",
        "Headline\n\nThe State Duma lawmakers voted unanimously to revoke the ratification of the Comprehensive "
        "Nuclear Test Ban Treaty on Wednesday.",
        [("vote_tally", "ctbt", "RUS", "unanimous")],
    ),
    (
        "unanimously-voted-paraphrase",  # our words: another parliament, treaty, order
        "2025-10-31",
        "Headline\n\nThe Saeima unanimously voted to leave the Istanbul Convention.",
        [("vote_tally", "istanbul-convention", "LVA", "unanimous")],
    ),
    (
        "a-unanimous-vote-required-is-no-tally",  # a rule, not a vote held
        "2017-03-20",
        "Headline\n\nThe period can only be made longer by way of a unanimous vote of all European countries' "
        "governments.",
        [],
    ),
    (
        "may-vote-unanimously-is-no-tally",
        "2023-10-18",
        "Headline\n\nThe State Duma may vote unanimously to revoke the ratification of the CTBT.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
