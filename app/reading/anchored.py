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
from dataclasses import dataclass
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
        self._needs: list[list[frozenset[int]]] = []  # ... and, per add call and pattern, the anchors it needs
        self._attrs: list[str] = []
        self._by_value: dict[str, dict[int, list[int]]] = {}  # per attribute, per value: the anchors it meets
        self._searched: dict[str, list[tuple[int, re.Pattern[str]]]] = {}  # per attribute, its regex anchors ...
        self._found: dict[str, dict[int, tuple[int, ...]]] = {}  # ... and per value, those that find it
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
                    self._index(len(self._anchors) - 1)
            needs.append(frozenset(self._anchors.index(a) for a in anchors))
        self._needs.append(needs)
        self._attrs = sorted({a.attr for a in self._anchors})
        self._columns: list[int | str] = [*self._attrs]

    def _index(self, i: int) -> None:
        """File anchor ``i`` under its attribute: under each of its values, or among the attribute's regexes."""
        anchor = self._anchors[i]
        if anchor.regex is not None:
            self._searched.setdefault(anchor.attr, []).append((i, anchor.regex))
            self._found[anchor.attr] = {}  # a regex added: each value is searched again
        for value in anchor.values:
            self._by_value.setdefault(anchor.attr, {}).setdefault(value, []).append(i)

    def __call__(self, doclike: Doc | Span, **options: Any) -> Any:
        if options or self._callbacks_used or not isinstance(doclike, Doc) or not self._attrs:
            return super().__call__(doclike, **options)
        live = self._live(doclike)
        if not any(live):
            return []
        return _subset(self, live)(doclike)

    def _live(self, doc: Doc) -> tuple[tuple[int, ...], ...]:
        """Per add call, the patterns whose every anchor some token of ``doc`` holds: the anchors the doc's values
        meet, found from the values (few of a paragraph's words are any pattern's), then each pattern's needs."""
        columns = doc.to_array(self._columns).reshape(len(doc), len(self._attrs))
        held: set[int] = set()
        for i, attr in enumerate(self._attrs):
            present = set(columns[:, i].tolist())
            by_value = self._by_value.get(attr, {})
            for value in by_value.keys() & present:
                held.update(by_value[value])
            if attr in self._searched:
                found = self._found[attr]
                for value in present:
                    hits = found.get(value)
                    if hits is None:
                        hits = found[value] = self._regex_hits(attr, value)
                    held.update(hits)
        return tuple(tuple(row for row, anchors in enumerate(needs) if anchors <= held) for needs in self._needs)

    def _regex_hits(self, attr: str, value: int) -> tuple[int, ...]:
        """The regex anchors of ``attr`` that find the string ``value`` hashes (asked once per string: words recur)."""
        text = self._vocab.strings[value]
        return tuple(i for i, regex in self._searched[attr] if regex.search(text) is not None)

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
