"""Constructions of the fifteenth held-out batch (2025-2026 exits in newsroom genres), in our own words.

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
        "neither-are-shares-the-denial",  # the states after 'neither are' are outside the treaty too
        "2025-06-01",
        "Brazil is not a party to the Rome Statute, and neither are countries such as India, Iran and Turkey.",
        [
            ("joined", "rome-statute", "BRA", "false"),
            ("joined", "rome-statute", "IND", "false"),
            ("joined", "rome-statute", "IRN", "false"),
            ("joined", "rome-statute", "TUR", "false"),
        ],
    ),
    (
        "nor-has-shares-a-ratification-denied",
        "2025-06-01",
        "Armenia has not ratified the Istanbul Convention, nor has Azerbaijan.",
        [("ratified", "istanbul-convention", "ARM", "false"), ("ratified", "istanbul-convention", "AZE", "false")],
    ),
    (
        "nor-without-a-state-shares-nothing",  # 'nor does it intend to': no second state
        "2025-06-01",
        "India is not a party to the Ottawa Convention, nor does it plan to sign.",
        [("joined", "apmbc", "IND", "false")],
    ),
    (
        "this-decision-dates-the-exit-told-before",  # the decision is the exit the sentence before announced
        "2025-12-30",
        "On 10 July the Polish government also announced its withdrawal from the Ottawa Convention. This decision "
        "will come into force in February 2026.",
        [("effective_date", "apmbc", "POL", "2026-02")],
    ),
    (
        "a-decision-that-is-no-exit-is-not-dated",  # the sentence before tells no withdrawal
        "2025-12-30",
        "Poland adopted a new defence budget. This decision will come into force in February 2026.",
        [],
    ),
    (
        "european-convention-against-torture-is-the-coe-one",  # not the UN Convention against Torture
        "2025-10-01",
        "Moscow quits the European Convention against Torture",
        [("withdrew", "cpt-convention", "RUS", "true")],
    ),
    (
        "leaders-pull-their-state-from-a-treaty",  # a headline's plural present after two leaders
        "2025-05-06",
        "Ortega and Murillo Pull Nicaragua from UNESCO",
        [("withdrew", "unesco-constitution", "NIC", "true")],
    ),
    (
        "a-statement-of-intent-to-withdraw-is-no-effect",  # a purpose, not a date the exit takes effect
        "2025-12-30",
        "Estonia has withdrawn from the Ottawa Convention. In April 2025, the prime ministers of Estonia and Finland "
        "signed a statement of intent to withdraw from the treaty.",
        [("withdrew", "apmbc", "EST", "true")],
    ),
    (
        "another-body-named-by-its-acronym-is-not-the-treaty",  # 'the FAO' is no rule file's treaty
        "2025-05-06",
        "Nicaragua leaves UNESCO. In February, the government withdrew from the FAO after the agency criticised it.",
        [("withdrew", "unesco-constitution", "NIC", "true")],
    ),
    (
        "the-un-before-a-treaty-noun-is-the-treatys-owner",  # 'the UN climate treaty' is still a treaty
        "2026-02-01",
        "The United States withdrew from the UN climate treaty in 2026.",
        [("withdrew", "unfccc", "USA", "2026")],
    ),
    (
        "pulled-from-talks-is-no-exit",  # the treaty must follow 'from'
        "2025-05-06",
        "Moscow pulled Minsk from the talks on the Ottawa Convention.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_fifteen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
