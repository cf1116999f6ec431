"""Constructions of the thirty-fifth held-out batch (the end-of-session-14 measure: straight news on Sweden's NATO
accession, Putin in ICC members, the Czech Senate and the Istanbul Convention), each pinned by the article's sentence
and paraphrases of our own, with look-alikes:

- a State's membership told with a present copula and its article, 'Tajikistan is a member of the International
  Criminal Court' (AP, 2025), 'is a state party to the Rome Statute', 'is a party to': the State is bound by the treaty
  (``bound_on`` true) on the day of the report, whatever date a relative clause after the treaty gives ('that in 2023
  issued a warrant'); not 'is not a member of' (a non-member), not 'was a member of' (the past), not 'is a member of
  the court's staff' without a treaty;
- a State titled by its membership, the treaty then 'member' (or 'member state', 'state party') then the State: 'Putin's
  visit to ICC member Mongolia' (AFP, 2024), 'NATO member state Poland': bound on the day of the report; not 'another
  ICC member' after a comma (no State in the title);
- a passive 'be joined by' tells who comes along, not an accession: 'On Friday, they will be joined by leaders of
  Armenia, Azerbaijan and Belarus for a broader meeting of the Commonwealth of Independent States' (AP, 2025) was read
  as three joinings; 'Armenia joined the Commonwealth of Independent States in 1991' still is one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_RS = "rome-statute"

CASES: list[tuple[str, str, str, Read]] = [
    (
        "tajikistan-is-a-member-of-the-icc",  # AP, 8 October 2025: the relative clause's year is the warrant's
        "2025-10-08",
        "Tajikistan is a member of the International Criminal Court that in 2023 issued a warrant for Putin for alleged"
        " war crimes.",
        [("bound_on", _RS, "TJK", "true")],
    ),
    (
        "mongolia-is-a-state-party-to-the-rome-statute",  # our words
        "2024-09-02",
        "Mongolia is a state party to the Rome Statute.",
        [("bound_on", _RS, "MNG", "true")],
    ),
    (
        "tajikistan-is-a-party-to-the-icc",  # our words
        "2025-10-08",
        "Tajikistan is a party to the International Criminal Court, the Hague tribunal said.",
        [("bound_on", _RS, "TJK", "true")],
    ),
    (
        "the-united-states-is-a-party-to-paris",  # our words, another treaty
        "2025-10-08",
        "The United States is a party to the Paris Agreement.",
        [("bound_on", "paris-agreement", "USA", "true")],
    ),
    (
        "visit-to-icc-member-mongolia",  # AFP headline, 30 August 2024
        "2024-08-30",
        "Kremlin has no worries over Putin's visit to ICC member Mongolia",
        [("bound_on", _RS, "MNG", "true")],
    ),
    (
        "arrived-in-icc-member-mongolia",  # our words
        "2024-09-03",
        "Putin arrived in ICC member Mongolia on Monday.",
        [("bound_on", _RS, "MNG", "true")],
    ),
    (
        "held-in-nato-member-state-poland",  # our words, another treaty
        "2024-09-03",
        "The summit was held in NATO member state Poland.",
        [("bound_on", "north-atlantic-treaty", "POL", "true")],
    ),
    (
        "they-will-be-joined-by-leaders-of",  # AP, 8 October 2025
        "2025-10-08",
        "On Friday, they will be joined by leaders of Armenia, Azerbaijan and Belarus for a broader meeting of the"
        " Commonwealth of Independent States, a loose alliance of other former Soviet nations.",
        [],
    ),
    (
        "was-joined-by-the-foreign-minister",  # our words
        "2024-03-08",
        "Kristersson was joined by the Finnish foreign minister at the North Atlantic Treaty ceremony.",
        [],
    ),
    (
        "armenia-joined-the-cis-in-1991",  # look-alike: an active joining
        "2025-10-08",
        "Armenia joined the Commonwealth of Independent States in 1991.",
        [("joined", "cis-charter", "ARM", "1991")],
    ),
    # look-alikes: a non-member, the past, no treaty
    (
        "another-icc-member-after-a-comma",
        "2024-09-03",
        "Putin visited Mongolia, another ICC member.",
        [],
    ),
    (
        "russia-is-not-a-member-of-the-icc",
        "2025-10-08",
        "Russia is not a member of the International Criminal Court.",
        [("joined", _RS, "RUS", "false")],
    ),
    (
        "hungary-was-a-member-until",
        "2026-07-01",
        "Hungary was a member of the ICC until June 2026.",
        [],
    ),
    (
        "is-a-member-of-the-delegation",
        "2025-10-08",
        "Mongolia's envoy is a member of the delegation.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_five_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
