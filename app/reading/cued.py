"""Regular expressions searched only in texts that hold the literal words every match holds (issue 14 item 7).

The readers search each clause's text with patterns such as ``\\b(?P<n>\\d{1,3}|[a-z]+)\\s+(?:months?|years?)\\s+
... since``: the engine tries them at every word of every clause, though few clauses hold 'since' at all. A
:class:`Cued` pattern first looks for its cue, the longest run of literal characters its every match holds (read
from the pattern's parse: literals in sequence, through groups and zero-width assertions, not through an
alternation or an optional part), with ``str.find``: a text without it cannot match, and the pattern is searched
only in the others, so the result is the pattern's own. A case-insensitive pattern's cue is looked for in the
text's lower case only when the text is ASCII (``re.IGNORECASE`` matches 'ſ' to 's' and 'K' to 'k'); any other
text is searched as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = (sre_constants.AT,)  # \b, ^, $: between the characters of a run
Cue = tuple[str, ...]  # words one of which every match holds


def _cues(items: Any) -> list[Cue]:
    """What every match of the parsed ``items`` holds: runs of literal ASCII characters in sequence (a cue of one
    word each), and for an alternation whose every branch has a cue, one of their best (a cue of several)."""
    cues: list[Cue] = []
    run = ""
    for op, value in items:
        if op is sre_constants.LITERAL and value < 128:
            run += chr(value)
            continue
        if op in _ZERO_WIDTH:
            continue
        cues.append((run,))
        run = ""
        if op is sre_constants.SUBPATTERN and not value[1] and not value[2]:  # a group, no inline flags
            cues += _cues(value[3])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
            cues += _cues(value[2])  # repeated at least once: what it holds is there
        elif op is sre_constants.BRANCH:
            branches = [_best(_cues(branch)) for branch in value[1]]
            if all(branches):
                cues.append(tuple(dict.fromkeys(word for cue in branches for word in cue)))
    return [cue for cue in [*cues, (run,)] if all(cue)]


def _best(cues: list[Cue]) -> Cue:
    """The most telling cue: its shortest word the longest, then the fewest words."""
    return max(cues, key=lambda cue: (min(map(len, cue)), -len(cue)), default=())


def cue_of(pattern: re.Pattern[str]) -> Cue:
    """The words one of which every match of ``pattern`` holds (none: no cue), lower case when it ignores case."""
    cue = _best(_cues(sre_parse.parse(pattern.pattern, pattern.flags)))
    return tuple(word.lower() for word in cue) if pattern.flags & re.IGNORECASE else cue


class Cued:
    """A compiled pattern searched only where its cue is (see the module's docstring)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.cue = cue_of(pattern)
        self._folded = bool(pattern.flags & re.IGNORECASE)

    def _absent(self, text: str) -> bool:
        """Whether ``text`` surely lacks the cue, so that the pattern cannot match it."""
        if not self.cue:
            return False
        if not self._folded:
            return not any(word in text for word in self.cue)
        if not text.isascii():
            return False
        lowered = text.lower()
        return not any(word in lowered for word in self.cue)

    def search(self, text: str) -> re.Match[str] | None:
        return None if self._absent(text) else self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text) else self.pattern.finditer(text)


def cued(pattern: str, flags: int = 0) -> Cued:
    """``re.compile(pattern, flags)``, searched only in texts that hold its cue."""
    return Cued(re.compile(pattern, flags))
