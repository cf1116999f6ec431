"""A period with the event it runs from is a rule claim, whichever way the article ties them (the corpus
convention, tests/data/articles/README.md): 'N after the submission', or 'N later' after a sentence naming the
notice; a bare length stays the notice period, and a past chronology from another act is a story."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def periods_read(finder: ClaimFinder, text: str) -> list[tuple[str, str]]:
    return [
        (kind, value) for kind, _, _, value in read(finder, text, "2025-07-01") if kind in ("rule", "notice_period")
    ]


def test_later_counts_from_the_notice_the_sentence_before_names(finder: ClaimFinder) -> None:
    text = (
        "On 2 June 2025, Hungary notified the United Nations Secretary-General of its withdrawal from the Rome "
        "Statute. The withdrawal will take effect one year later, on 2 June 2026."
    )
    (found,) = periods_read(finder, text)
    assert found[0] == "rule" and found[1].startswith("P1Y after notified")


def test_later_after_a_vote_in_a_sentence_foretelling_the_effect(finder: ClaimFinder) -> None:
    text = "Latvia's parliament voted to leave the Ottawa Convention. The withdrawal will take effect six months later."
    (found,) = periods_read(finder, text)
    assert found[0] == "rule" and "voted" in found[1]


def test_an_anchor_word_ending_in_s_is_still_read(finder: ClaimFinder) -> None:
    """'submission', 'secretary' and 'submitted' begin with an s: the anchor keeps them."""
    text = "Latvia left the Ottawa Convention. Withdrawal takes effect six months after the submission of the document."
    assert periods_read(finder, text) == [("rule", "P6M after the submission of the document")]


def test_a_bare_length_is_the_notice_period(finder: ClaimFinder) -> None:
    text = "Poland notified its withdrawal from the Ottawa Convention, which will take effect in six months."
    assert periods_read(finder, text) == [("notice_period", "P6M")]
