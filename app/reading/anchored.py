"""A spaCy ``Matcher`` that runs, on each paragraph, only the patterns that can match there (issue 14 item 7).

spaCy's matcher starts every pattern at every token, so its cost grows with patterns × tokens; a paragraph
holds the words of only a few of the reader's patterns (1 of the 77 verb patterns on average in the corpus).
Each pattern's required steps (no ``OP``, or ``OP`` "1" or "+") name words it needs: a word or a list of words
(``{"LOWER": {"IN": [...]}}``), an entity type, a flag, a regular expression on the text. A pattern one of whose
required words the paragraph lacks cannot match, so :class:`AnchoredMatcher` matches the paragraph with a
matcher of the other patterns, added in the same order, built once per set of patterns (app/memo.py): the same
matches in the same order, since a pattern that cannot match adds none and reorders none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from app.memo import memoized

_WORD_VALUES = {"ORTH", "LOWER", "LEMMA", "NORM", "ENT_TYPE"}  # a token's string attributes, compared by hash
_FLAGS = {"LIKE_NUM", "IS_DIGIT", "IS_ALPHA", "IS_PUNCT", "IS_TITLE", "IS_LOWER", "IS_UPPER", "IS_STOP"}
_REQUIRED = (None, "1", "+")
Pattern = list[dict[str, Any]]


@dataclass(frozen=True)
class _Anchor:
    """What a required step asks of some token: its attribute ``attr`` among ``values`` (string hashes or a
    flag's 0/1), or its attribute's text found by ``regex`` (``search``, as spaCy's REGEX predicate does)."""

    attr: str
    values: frozenset[int] = frozenset()
    regex: re.Pattern[str] | None = None
    found: dict[int, bool] = field(default_factory=dict, compare=False, hash=False)  # per string, the regex's answer

    def holds(self, present: set[int], vocab: Vocab) -> bool:
        if self.regex is None:
            return not self.values.isdisjoint(present)
        return any(self._searched(value, vocab) for value in present)

    def _searched(self, value: int, vocab: Vocab) -> bool:
        """Whether the regex finds the string ``value`` hashes, searched once per string (words recur)."""
        found = self.found.get(value)
        if found is None:
            assert self.regex is not None
            found = self.found[value] = self.regex.search(vocab.strings[value]) is not None
        return found


def _anchors(pattern: Pattern, vocab: Vocab) -> list[_Anchor]:
    """The anchors of a pattern's required steps (a predicate this module cannot read adds none)."""
    out = []
    for step in pattern:
        if step.get("OP") not in _REQUIRED:
            continue
        for key, value in step.items():
            attr = "ORTH" if key.upper() == "TEXT" else key.upper()
            if isinstance(value, bool) and attr in _FLAGS:
                out.append(_Anchor(attr, frozenset({int(value)})))
            elif attr not in _WORD_VALUES:
                continue
            elif isinstance(value, str):
                out.append(_Anchor(attr, frozenset({vocab.strings.add(value)})))
            elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                out.append(_Anchor(attr, frozenset(vocab.strings.add(v) for v in value["IN"])))
            elif isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
                out.append(_Anchor(attr, regex=re.compile(value["REGEX"])))
    return out


@dataclass(frozen=True)
class _Added:
    """One ``add`` call: its key, patterns and options, replayed with the patterns that can match."""

    key: str | int
    patterns: list[Pattern]
    greedy: str | None


class AnchoredMatcher(Matcher):
    """A ``Matcher`` whose matches on a ``Doc`` come from the patterns whose anchors the doc holds."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__(vocab)
        self._vocab = vocab
        self._added: list[_Added] = []
        self._anchors: list[_Anchor] = []  # each anchor once ...
        self._needs: list[list[tuple[int, ...]]] = []  # ... and, per add call and pattern, the anchors it needs
        self._attrs: list[str | int] = []
        self._callbacks_used = False

    def add(
        self,
        key: str | int,
        patterns: list[Pattern],
        *,
        on_match: Callable[[Matcher, Doc, int, list[tuple[Any, ...]]], Any] | None = None,
        greedy: str | None = None,
    ) -> None:
        super().add(key, patterns, on_match=on_match, greedy=greedy)
        self._callbacks_used = self._callbacks_used or on_match is not None
        self._added.append(_Added(key, [list(p) for p in patterns], greedy))
        needs = []
        for pattern in patterns:
            anchors = list(dict.fromkeys(_anchors(pattern, self._vocab)))
            for anchor in anchors:
                if anchor not in self._anchors:
                    self._anchors.append(anchor)
            needs.append(tuple(self._anchors.index(a) for a in anchors))
        self._needs.append(needs)
        self._attrs = sorted({a.attr for a in self._anchors})

    def __call__(self, doclike: Doc | Span, **options: Any) -> Any:
        if options or self._callbacks_used or not isinstance(doclike, Doc) or not self._attrs:
            return super().__call__(doclike, **options)
        live = self._live(doclike)
        if not any(live):
            return []
        return _subset(self, live)(doclike)

    def _live(self, doc: Doc) -> tuple[tuple[int, ...], ...]:
        """Per add call, the patterns whose every anchor some token of ``doc`` holds."""
        columns = doc.to_array(self._attrs).reshape(len(doc), len(self._attrs))
        present = {str(attr): set(columns[:, i].tolist()) for i, attr in enumerate(self._attrs)}
        holds: list[bool | None] = [None] * len(self._anchors)
        live = []
        for needs in self._needs:
            kept = []
            for row, anchors in enumerate(needs):
                for i in anchors:
                    if holds[i] is None:
                        anchor = self._anchors[i]
                        holds[i] = anchor.holds(present[anchor.attr], self._vocab)
                    if not holds[i]:
                        break
                else:
                    kept.append(row)
            live.append(tuple(kept))
        return tuple(live)

    def subset(self, live: tuple[tuple[int, ...], ...]) -> Matcher:
        """A plain matcher of the ``live`` patterns of each add call, added in the same order."""
        matcher = Matcher(self._vocab)
        for added, rows in zip(self._added, live, strict=True):
            if rows:
                matcher.add(added.key, [added.patterns[row] for row in rows], greedy=added.greedy)
        return matcher


def _subset_key(matcher: AnchoredMatcher, live: tuple[tuple[int, ...], ...]) -> Hashable:
    return (matcher, live)  # the matcher itself (not its id): the cache keeps it, so no other takes its id


@memoized(2048, key=_subset_key)  # ~660 sets of patterns over the 226 articles of the corpus, 4 matchers
def _subset(matcher: AnchoredMatcher, live: tuple[tuple[int, ...], ...]) -> Matcher:
    return matcher.subset(live)
