"""Fast, exact fuzzy matching of one name against many: ``rapidfuzz``'s WRatio, computed only for the names
whose score can reach the cutoff.

WRatio is the costly scorer (partial and token-set alignments, about 1 µs a pair): against the 1,200 state
labels it took 1.3–2.2 ms a name, so a request of 1,000 unknown names cost seconds (issue 14 item 7, issue
16). Every part of WRatio is an Indel similarity ``2·LCS/(n1+n2)`` of the two strings, of a substring of the
longer one (partial ratios, ``2·LCS/(n+LCS)`` at most, n the shorter length) or of their sorted or deduplicated
words (token ratios); the length of a longest common subsequence is at most the size of the two strings'
multiset of characters in common. :meth:`NameMatcher.upper_bounds` computes that bound for every name at once
(``numpy``), and only the names whose bound reaches the cutoff are scored: the same scores, the same order, a
few dozen pairs instead of a thousand. ``tests/world/test_fuzzy.py`` checks the result equals the exhaustive one.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

UNBASE_SCALE = 0.95  # rapidfuzz's WRatio: token ratios weigh 0.95 ...
PARTIAL_SCALE = 0.9  # ... partial ratios 0.9 while the longer string is at most 8 times the shorter ...
FAR_PARTIAL_SCALE = 0.6  # ... and 0.6 beyond
SMALL = 64  # an index this small is scored whole: the bound costs more than it saves
CHUNK = 16  # names scored at a time when only the best few ids are wanted ...
CANDIDATES = 32  # ... and at most this many
WORDS_KEPT = 4096  # words of queries whose similar words are kept

Counts = npt.NDArray[np.int16]
Scores = npt.NDArray[np.float64]


@dataclass(frozen=True)
class _Lengths:
    """Per name, for one length of key: the sum and the shorter of the two lengths, the partial ratios' scales
    (``token_scale`` = 0.95 × ``scale``), whether WRatio compares them whole (``near``: the longer under 1.5 times
    the shorter) and whether a word in common makes the score at least 85.5 (``sure``)."""

    sum: Scores
    shortest: Scores
    scale: Scores
    token_scale: Scores
    near: npt.NDArray[np.bool_]
    sure: npt.NDArray[np.bool_]


def _set_form(key: str) -> str:
    """The words once each, sorted: what WRatio's token-set ratio compares when no word is shared."""
    return " ".join(sorted(set(key.split())))


class NameMatcher:
    """An index of names (keys) -> ids, prepared once: character counts of each name and of its word set, and
    which names hold each word; :meth:`ranked` gives the ids a query resembles, each with its best WRatio."""

    def __init__(self, index: Mapping[str, str]) -> None:
        self.index = index
        self.names = list(index)
        alphabet = sorted({c for name in self.names for c in name})
        self._column = {c: i for i, c in enumerate(alphabet)}
        self._counts = self._count_matrix(self.names)
        set_forms = [_set_form(name) for name in self.names]
        self._set_counts = self._count_matrix(set_forms)
        self._lengths = np.array([len(n) for n in self.names], dtype=np.float64)
        self._set_lengths = np.array([len(n) for n in set_forms], dtype=np.float64)
        self._word_counts = np.array([len(set(n.split())) for n in self.names], dtype=np.int16)
        holders: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(self.names):
            for word in set(name.split()):
                holders[word].append(i)
        self._holders = {word: np.array(rows, dtype=np.intp) for word, rows in holders.items()}
        ids: dict[str, set[str]] = defaultdict(set)
        for name, item in index.items():
            for word in name.split():
                if len(word) >= 3:
                    ids[word].add(item)
        self.words = {w: frozenset(found) for w, found in ids.items()}
        self.word_list = list(self.words)
        self.id_count = len(set(index.values()))
        self._words_seen: dict[str, tuple[dict[str, float], float]] = {}
        self._last: tuple[str, Scores, Scores] | None = None
        self._lengths_for: dict[int, _Lengths] = {}  # at most one per length of key (keys are cut to 200)
        self._set_lengths_for: dict[int, _Lengths] = {}
        self._rows_of: dict[str, list[int]] = defaultdict(list)
        for row, item in enumerate(index.values()):
            self._rows_of[item].append(row)
        self._rows_array = {item: np.array(rows, dtype=np.intp) for item, rows in self._rows_of.items()}

    def _count_matrix(self, texts: list[str]) -> Counts:
        """Per character of the alphabet (a row each, contiguous), how often each text holds it."""
        matrix = np.zeros((len(self._column), len(texts)), dtype=np.int16)
        for row, text in enumerate(texts):
            for c in text:
                matrix[self._column[c], row] += 1
        return matrix

    def _common(self, counts: Counts, text: str) -> npt.NDArray[np.float64]:
        """For every name, the size of the multiset of characters it shares with ``text`` (at least its LCS)."""
        held = [(column, times) for c, times in Counter(text).items() if (column := self._column.get(c)) is not None]
        if not held:
            return np.zeros(counts.shape[1])
        columns, times = zip(*held, strict=True)
        shared = np.minimum(counts[list(columns)], np.array(times, dtype=np.int16)[:, None])
        common: npt.NDArray[np.float64] = shared.sum(axis=0).astype(np.float64)
        return common

    def upper_bounds(self, key: str) -> Scores:
        """For every name, a score WRatio(key, name) cannot exceed (see the module's docstring)."""
        return self._bounds(key)[0]

    def lower_bounds(self, key: str) -> Scores:
        """For every name, a score WRatio(key, name) reaches: 85.5 (100 × 0.95 × 0.9) when they share a word and
        the longer is 1.5 to 8 times the shorter (WRatio's partial token ratio is then 100), else 0."""
        return self._bounds(key)[1]

    def _bounds(self, key: str) -> tuple[Scores, Scores]:
        """Both bounds; the last query's are kept (a misspelling is first tried as a name, then its closest
        names are looked for)."""
        last = self._last
        if last is not None and last[0] == key:
            return last[1], last[2]
        upper, lower = self._compute_bounds(key)
        self._last = (key, upper, lower)
        return upper, lower

    def _compute_bounds(self, key: str) -> tuple[Scores, Scores]:
        if not key.strip():  # WRatio of an empty string is 0
            return np.zeros(len(self.names)), np.zeros(len(self.names))
        set_key = _set_form(key)
        lengths, set_lengths = self._by_length(len(key)), self._by_set_length(len(set_key))
        common = self._common(self._counts, key)
        set_common = self._common(self._set_counts, set_key)
        doubled = 200 * common
        ratio = doubled / lengths.sum
        token_set = 200 * set_common / set_lengths.sum
        partial = doubled / (lengths.shortest + common)
        partial_token = np.maximum(partial, 200 * set_common / (set_lengths.shortest + set_common))
        words = set(key.split())
        in_common = np.zeros(len(self.names), dtype=np.int16)  # words the name shares with the key ...
        common_length = np.zeros(len(self.names), dtype=np.float64)  # ... and their letters
        for word in words:
            rows = self._holders.get(word)
            if rows is not None:
                in_common[rows] += 1
                common_length[rows] += len(word)
        shared = in_common > 0
        # WRatio's token-set ratio with words in common: 100 when one's words are all the other's, else the best
        # of the shared words against each side's sorted words (exact) and both sides against each other (bound).
        joined = common_length + in_common - 1
        sides = joined + set_lengths.shortest
        one_side = np.divide(200 * joined, sides, out=np.zeros_like(joined), where=shared)
        subset = shared & ((in_common == len(words)) | (in_common == self._word_counts))
        token_set = np.where(subset, 100.0, np.where(shared, np.maximum(token_set, one_side), token_set))
        partial_token[shared] = 100.0
        near = np.maximum(ratio, UNBASE_SCALE * np.maximum(ratio, token_set))
        far = np.maximum(ratio, np.maximum(lengths.scale * partial, lengths.token_scale * partial_token))
        upper: Scores = np.where(lengths.near, near, far)
        lower: Scores = np.where(shared & lengths.sure, 100.0 * UNBASE_SCALE * PARTIAL_SCALE, 0.0)
        return upper, lower

    def _by_length(self, n1: int) -> _Lengths:
        """What the names' lengths give for a key of ``n1`` characters, kept per length (a key's length repeats)."""
        found = self._lengths_for.get(n1)
        if found is None:
            n2 = self._lengths
            shortest = np.minimum(n2, n1)
            length_ratio = np.maximum(n2, n1) / np.maximum(shortest, 1)
            scale = np.where(length_ratio <= 8.0, PARTIAL_SCALE, FAR_PARTIAL_SCALE)
            sure = (length_ratio >= 1.5) & (length_ratio <= 8.0)
            found = _Lengths(n1 + n2, shortest, scale, UNBASE_SCALE * scale, length_ratio < 1.5, sure)
            self._lengths_for[n1] = found
        return found

    def _by_set_length(self, n1: int) -> _Lengths:
        """The same for a key's sorted word set of ``n1`` characters, against the names' word sets."""
        found = self._set_lengths_for.get(n1)
        if found is None:
            empty = np.zeros(0, dtype=bool)
            found = _Lengths(n1 + self._set_lengths, np.minimum(self._set_lengths, n1), empty, empty, empty, empty)
            self._set_lengths_for[n1] = found
        return found

    def ranked(self, key: str, cutoff: float, limit: int = 25) -> list[tuple[str, float]]:
        """The ids of the ``limit`` best names scoring ``cutoff`` or more (WRatio), best score per id, the best
        first (ties by id): what ``process.extract`` over every name gives, computed on the few that can."""
        if not key or not self.names:
            return []
        if len(self.names) <= SMALL:
            candidates = self.names
        else:
            rows = np.flatnonzero(self.upper_bounds(key) >= cutoff - 1e-6)
            candidates = [self.names[i] for i in rows]
        found = process.extract(key, candidates, scorer=fuzz.WRatio, limit=limit, score_cutoff=cutoff)
        return ranked_ids((self.index[name], score) for name, score, _ in found)

    def holding(self, phrase: str) -> list[str]:
        """The names that hold ``phrase`` as whole words ('istanbul' in 'istanbul convention')."""
        words = set(phrase.split())
        if not words or any(word not in self._holders for word in words):
            return []
        common = set.intersection(*(set(self._holders[word].tolist()) for word in words))
        return [self.names[i] for i in sorted(common) if f" {phrase} " in f" {self.names[i]} "]

    def best_of(self, key: str, ids: Iterable[str], cutoff: float) -> dict[str, float]:
        """The best WRatio of each of ``ids``' names scoring ``cutoff`` or more (names bound below it skipped)."""
        bounds = self.upper_bounds(key)
        rows = [row for item in ids for row in self._rows_of.get(item, ()) if bounds[row] >= cutoff - 1e-6]
        names = [self.names[row] for row in rows]
        found = process.extract(key, names, scorer=fuzz.WRatio, limit=None, score_cutoff=cutoff)
        return dict(ranked_ids((self.index[name], score) for name, score, _ in found))

    def best_few(self, key: str, ids: Iterable[str], count: int, cutoff: float) -> dict[str, float]:
        """Of ``ids``, at least the ``count`` whose best names score highest (WRatio ≥ ``cutoff``), each with its
        best score: when ``count`` of them surely score some ``floor`` (:meth:`lower_bounds`), the names bound
        below it cannot be among them and are not scored; nor are the names whose bounds meet (their score is
        the bound: a word in common, 85.5, and nothing closer)."""
        upper, lower = self._bounds(key)
        items = [item for item in ids if item in self._rows_array]
        if not items:
            return {}
        groups = [self._rows_array[item] for item in items]
        rows = np.concatenate(groups)
        starts = np.cumsum([0] + [len(g) for g in groups[:-1]])
        floors = np.maximum.reduceat(lower[rows], starts)
        floor = max(cutoff, float(np.sort(floors)[-count]) if 0 < count <= len(floors) else 0.0) - 1e-6
        tops, scores = upper[rows], lower[rows]
        known = (tops <= scores) & (scores >= floor)
        scores[~known] = -1.0
        unknown = np.flatnonzero((tops >= floor) & ~known)
        names = [self.names[row] for row in rows[unknown].tolist()]
        for _, score, at in process.extract(key, names, scorer=fuzz.WRatio, limit=None, score_cutoff=floor):
            scores[unknown[at]] = score
        best = np.maximum.reduceat(scores, starts).tolist()
        return dict(ranked_ids((item, score) for item, score in zip(items, best, strict=True) if score >= cutoff))

    def top_ids(self, key: str, cutoff: float, count: int, exclude: frozenset[str]) -> dict[str, float]:
        """Ids (not in ``exclude``) whose names score best (WRatio ≥ ``cutoff``), each with its best score, to
        fill a list of suggestions: the names are scored by decreasing bound until no name left can reach the
        ``count``-th score, or :data:`CANDIDATES` names were scored (a cap: bounds of long names are loose)."""
        bounds = self.upper_bounds(key)
        order = np.flatnonzero(bounds >= cutoff - 1e-6)
        if len(order) > CANDIDATES:  # the highest bounds (ties: the earlier name), without sorting them all
            order = order[np.argpartition(-bounds[order], CANDIDATES - 1)[:CANDIDATES]]
        order = order[np.lexsort((order, -bounds[order]))]
        best: dict[str, float] = {}
        for start in range(0, len(order), CHUNK):
            names = [self.names[i] for i in order[start : start + CHUNK]]
            for name, score, _ in process.extract(key, names, scorer=fuzz.WRatio, limit=None, score_cutoff=cutoff):
                item = self.index[name]
                if item not in exclude:
                    best[item] = max(score, best.get(item, 0.0))
            rest = start + CHUNK
            if rest >= len(order) or (len(best) >= count and sorted(best.values())[-count] > bounds[order[rest]]):
                break
        return best

    def word_weight(self, word: str) -> float:
        """A rare word ('ottawa') weighs more than a common one ('convention')."""
        return math.log(1 + self.id_count / len(self.words[word]))

    def word_scores(self, token: str) -> tuple[dict[str, float], float]:
        """The ids whose names hold a word like ``token`` (ratio ≥ 70, the 8 likest words), each with its best
        similarity times the word's weight, and the weight the token counts for (1 when no word is like it).
        Kept per token: the words of unknown names repeat ('treaty', a misspelt 'lithuania')."""
        known = self._words_seen.get(token)
        if known is not None:
            return known
        matches = process.extract(token, self.word_list, scorer=fuzz.ratio, limit=8, score_cutoff=70)
        best: dict[str, float] = {}
        for word, score, _ in matches:
            weight = self.word_weight(word)
            for item in self.words[word]:
                best[item] = max(best.get(item, 0.0), score * weight)
        found = (best, max((self.word_weight(w) for w, _, _ in matches), default=1.0))
        if len(self._words_seen) >= WORDS_KEPT:
            self._words_seen.clear()
        self._words_seen[token] = found
        return found


def ranked_ids(scored: Iterable[tuple[str, float]]) -> list[tuple[str, float]]:
    """Best score per id, the best first (ties by id, so the order is stable)."""
    best: dict[str, float] = {}
    for item, score in scored:
        best[item] = max(score, best.get(item, 0.0))
    return sorted(best.items(), key=lambda pair: (-pair[1], pair[0]))
