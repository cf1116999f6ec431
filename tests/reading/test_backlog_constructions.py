"""Constructions left by held-out batches 1-16 (tests/data/articles/README.md, each batch's 'Left:'), read in
general: each pinned by the corpus sentence and by paraphrases of our own (other states, treaties, dates, tenses),
with look-alikes that claim nothing."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

# --- a status of being out, dated by 'since' (app/reading/status_since.py) ------------------------------------

SINCE = [
    (  # verafiles-2022-08-04 (batch 16), the sentence's own words with the state named
        "corpus-no-longer-a-state-party-since", "2022-08-04",
        "The Philippines is no longer a state party to the Rome Statute since 2019.",
        [("withdrew", "rome-statute", "PHL", "2019")],
    ),
    (
        "has-been-out-of-since-a-day", "2021-12-20",
        "Russia has been out of the Open Skies Treaty since December 18, 2021.",
        [("withdrew", "open-skies", "RUS", "2021-12-18")],
    ),
    (
        "has-been-officially-out-of-since-a-month", "2020-01-10",
        "The United States has been officially out of the INF Treaty since August 2019.",
        [("withdrew", "inf-treaty", "USA", "2019-08")],
    ),
    (
        "since-opening-the-clause", "2025-03-10",
        "Since 6 March, Lithuania is no longer a party to the Convention on Cluster Munitions.",
        [("withdrew", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "has-no-longer-been-a-member-since", "2020-05-01",
        "Since 2019 the Philippines has no longer been a member of the ICC.",
        [("withdrew", "rome-statute", "PHL", "2019")],
    ),
    (  # an act, not a status: 'since' dates nothing
        "pulled-out-since-is-no-status", "2026-01-10",
        "Lithuania pulled out of the Ottawa Convention since 2025.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    (  # denied: no claim of an exit
        "not-been-a-party-since-claims-none", "2024-02-01",
        "Burundi has not been a party to the Rome Statute since 2017.",
        [],
    ),
    (  # a membership begun then, not an exit
        "a-party-since-dates-the-joining", "2024-02-01",
        "Burundi has been a party to the Ottawa Convention since 2003.",
        [("joined", "apmbc", "BDI", "2003")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), SINCE, ids=[c[0] for c in SINCE])
def test_a_status_of_being_out_is_dated_by_since(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected


# --- a treaty described by its subject (app/reading/described.py) ----------------------------------------------

DESCRIBED = [
    (
        "the-treaty-on-its-aim", "2021-07-02",
        "Turkey withdrew from the treaty on combating violence against women on 1 July.",
        [("withdrew", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    (
        "the-convention-to-prevent", "2021-07-02",
        "Ankara left the Council of Europe convention to prevent violence against women on Thursday.",
        [("withdrew", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    (
        "the-convention-on-its-weapons", "2025-07-01",
        "Lithuania notified the UN of its withdrawal from the convention on anti-personnel mines on 27 June.",
        [("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "the-treaty-on-its-forces", "2019-08-05",
        "The US quit the treaty on intermediate-range nuclear forces on August 2, 2019.",
        [("withdrew", "inf-treaty", "USA", "2019-08-02")],
    ),
    (  # one word names no treaty: 'women' stands in several names
        "one-word-names-none", "2025-07-01",
        "Lithuania notified the UN of its withdrawal from the treaty on women on 27 June.",
        [],
    ),
    (  # words two treaties share name neither
        "words-two-treaties-share-name-neither", "2025-07-01",
        "Estonia has notified its exit from the treaty for the protection of human rights.",
        [],
    ),
    (  # a day after 'on' is no subject
        "on-a-weekday-is-no-description", "2021-07-02",
        "Poland said it would leave the treaty on Thursday.",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("case", "published", "text", "expected"), DESCRIBED, ids=[c[0] for c in DESCRIBED])
def test_a_treaty_described_by_its_subject(
    finder: ClaimFinder, case: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert read(finder, text, published) == expected
