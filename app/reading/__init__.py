"""The newsroom reader: find and read every withdrawal claim in article text (rule-based spaCy pipeline).

Importing this package costs nothing: spaCy and the pipeline are loaded once per process
(:func:`app.reading.pipeline.reading_for`), when a served process starts (``WARM_READER``, app/main.py) or else on
the first text to read, so tests and the CLI that read no text do not pay for them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.reading.found import Found
from app.reading.plain import plain_text
from app.rulebook import Rulebook

if TYPE_CHECKING:
    from app.reading.reader import Reader

__all__ = ["ClaimFinder", "Found"]

_WARM_UP = "Lithuania notified the Secretary-General on 27 June 2025 that it withdraws from the Ottawa Convention."


class ClaimFinder:
    """Finds the claims in article text for one rulebook (``POST /v1/checks/text``, the page, the CLI)."""

    def __init__(self, rulebook: Rulebook, backoff: bool = True) -> None:
        self.rulebook = rulebook
        self.backoff = backoff  # False: the construction readers alone (the back-off's comparison, bench/claims.py)
        self._reader: Reader | None = None

    def warm(self) -> None:
        """Build everything reading needs now (spaCy, the pipeline, its matchers and the tables they load on
        first use) by reading one sentence, so that the first article read does not pay for it."""
        self.find(_WARM_UP, dt.date(2025, 6, 30))

    def find(self, text: str, published: dt.date) -> list[Found]:
        if self._reader is None:
            from app.reading.reader import Reader  # spaCy is imported here, on first use

            self._reader = Reader(self.rulebook, self.backoff)
        reader = self._reader
        plain = plain_text(text)  # the stored copy's artefacts undone; quotes and offsets stay the copy's
        found = []
        for claim in reader.find(plain.text, published):
            start, end = plain.original(claim.start, claim.end)
            found.append(Found(start=start, end=end, quote=text[start:end], claim=claim.claim))
        return found
