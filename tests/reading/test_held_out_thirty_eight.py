"""Constructions of the thirty-eighth held-out batch (news of 2023-2026 on exits in progress and their effects, from
regional and national outlets), each pinned by the article's sentence and paraphrases of our own, with look-alikes:

- 'it' after a sentence telling the treaty's signing is the treaty, so its 'took effect' on a day of its own is the
  treaty's entry into force: 'The CFE Treaty was signed in Paris on November 19, 1990. It took effect on November 9,
  1992.' (Interfax, 2023) was read as Russia's exit taking effect in 1992, flagged inconsistent, because the lead told
  Russia's withdrawal law; not when the sentence before tells a State's own paper signed ('The law was signed on 20
  July. It took effect on 6 March.': the exit's effect), nor after a notice;
- a consent whose object is another instrument of the treaty named after it, 'It also ratified an agreement on
  adaptation of the CFE Treaty dated November 19, 1999, in 2004' (Interfax, 2023), 'ratified an amendment to the Rome
  Statute', 'signed a protocol to the Convention': the consent is to that instrument (VCLT Art. 40(4)), not to the
  treaty, and no ratification of the treaty is read (the Agreement's date was given to the CFE Treaty); a protocol the
  gazetteer names as a treaty of its own ('the Optional Protocol to the International Covenant on Civil and Political
  Rights') and 'ratified the CFE Treaty in 1992' still are.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_CFE = "cfe-treaty"
_LEAD = "Russian President Vladimir Putin has signed into law a bill on withdrawing from the CFE Treaty. "

CASES: list[tuple[str, str, str, Read]] = [
    (
        "cfe-signed-then-it-took-effect",  # Interfax, 29 May 2023
        "2023-05-29",
        _LEAD + "The CFE Treaty was signed in Paris on November 19, 1990. It took effect on November 9, 1992.",
        [("signed", _CFE, None, "1990-11-19"), ("entry_into_force", _CFE, None, "1992-11-09")],
    ),
    (
        "ottawa-adopted-then-it-came-into-force",  # our words
        "2025-06-04",
        "Estonia is leaving the Ottawa Convention. The Convention was adopted in Oslo in September 1997. It came into"
        " force on 1 March 1999.",
        [("entry_into_force", "apmbc", None, "1999-03-01")],
    ),
    (
        "treaty-signed-by-122-then-it-became-effective",  # our words
        "2025-06-04",
        "Poland is leaving the Ottawa Convention. The treaty was signed by 122 states in December 1997. It became"
        " effective on 1 March 1999.",
        [
            ("signed", "apmbc", None, "1997-12"),
            ("parties_count", "apmbc", None, "122 signatories"),
            ("entry_into_force", "apmbc", None, "1999-03-01"),
        ],
    ),
    # look-alikes: the sentence before tells a State's paper or a notice, so 'it' is the exit
    (
        "law-signed-then-it-took-effect",
        "2025-03-06",
        "Lithuania's parliament passed a law to withdraw from the Convention on Cluster Munitions in July. The law was"
        " signed by the President on 20 July 2024. It took effect on 6 March 2025.",
        [("effective_date", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "notified-then-it-took-effect",
        "2025-03-06",
        "Lithuania notified the UN of its withdrawal from the Convention on Cluster Munitions on 6 September 2024. It"
        " took effect on 6 March 2025.",
        [("notification_date", "ccm", "LTU", "2024-09-06"), ("effective_date", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "cfe-agreement-on-adaptation-ratified",  # Interfax, 29 May 2023
        "2023-05-29",
        _LEAD + "Russia ratified the CFE Treaty in July 1992. It also ratified an agreement on adaptation of the CFE"
        " Treaty dated November 19, 1999, in 2004 but it never took effect.",
        [("ratified", _CFE, "RUS", "1992-07")],
    ),
    (
        "amendment-to-the-rome-statute-ratified",  # our words
        "2023-05-29",
        "Russia ratified an amendment to the Rome Statute in 2004.",
        [],
    ),
    (
        "protocol-to-the-cfe-treaty-ratified",  # our words
        "2023-05-29",
        "Russia ratified the protocol to the CFE Treaty in 2004.",
        [],
    ),
    # look-alikes: the treaty itself, and a protocol named as a treaty of its own
    (
        "cfe-treaty-ratified",
        "2023-05-29",
        "Russia ratified the CFE Treaty in 1992.",
        [("ratified", _CFE, "RUS", "1992")],
    ),
    (
        "optional-protocol-signed",
        "2023-05-29",
        "Ukraine signed the Optional Protocol to the International Covenant on Civil and Political Rights in 1990.",
        [("signed", "iccpr-op1", "UKR", "1990")],
    ),
    (
        "an-agreement-with-the-un-then-paris",
        "2023-05-29",
        "Japan signed an agreement with the UN in 2004 and ratified the Paris Agreement in 2016.",
        [("ratified", "paris-agreement", "JPN", "2016")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_eight_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
