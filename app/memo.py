"""The app's in-process caches: one decorator, one policy.

Every cache of a computed value is a :func:`memoized` function, and the policy is the same for all:

- **bounded, oldest out**: a size per cache, chosen to hold its working set (named where it is used), so memory
  cannot grow with the queries; when it is full, the eighth of its entries filled first is forgotten at once (a
  forgotten entry is computed again on its next use): one scan per eighth, where removing the first key of a
  ``dict`` one fill at a time scans past every key removed before it (~15 µs a fill on a full 65,536-entry cache,
  against ~0.4 µs);
- **keyed by what the value is a pure function of**, with the rules version (the rulebook's content hash) in the
  key whenever the value depends on the rules: a new rulebook never reads an old entry, and the old entries age
  out of the cache like any other;
- **a hit is one dictionary read, without a lock** (answers read a few dozen entries each, so a hit must cost
  what a dictionary read costs): a read of a plain ``dict`` is atomic in CPython, and only fills and evictions
  change the dictionary, under the cache's lock;
- **one computation per key across threads** (the server answers in worker threads): the value is computed
  outside the lock, and a second caller asking for a key being computed waits for that value instead of
  computing it again;
- an exception is not remembered: the next call computes again.

:func:`forget_all` empties every cache (tests compare answers from warm caches with answers from empty ones:
a key that leaves out something its value depends on shows up as a difference).

Two caches keep the policy but not the decorator, each for a reason written beside it: the answer cache of
the HTTP layer (:class:`app.api.caching.AnswerCache`: serialised answers by ETag and by the question's bytes, in
:class:`app.api.caching.Recent`, a plain dictionary whose hits move to the end — the least recently used eighth
goes — touched by the event loop only, so no lock) and the fuzzy guesses of :mod:`app.services.lookup`
(cachetools; a guess is not remembered when the request's fuzzy budget is spent); the shared JSON parts of
:mod:`app.json_parts` are a plain dictionary of the same policy, read by identity on every model of every answer.
``functools.lru_cache`` remains only where a process keeps one object per argument, not a computed value: its
settings (``get_settings``) and a connection pool per database URL (``get_engine``).
"""

from __future__ import annotations

import functools
import itertools
import threading
import weakref
from collections.abc import Callable, Hashable
from typing import Any, Generic, ParamSpec, TypeVar, cast

P = ParamSpec("P")
R = TypeVar("R")


class _Store(Generic[R]):
    """One cache: the values by key (read without the lock), and the keys being computed (under it)."""

    __slots__ = ("__weakref__", "computing", "lock", "maxsize", "values")

    def __init__(self, maxsize: int) -> None:
        self.maxsize = max(maxsize, 1)
        self.values: dict[Hashable, R] = {}
        self.computing: dict[Hashable, threading.Event] = {}
        self.lock = threading.Lock()

    def fill(self, key: Hashable, compute: Callable[[], R]) -> R:
        """The value under ``key``: computed once (outside the lock) while other callers wait for it."""
        while True:
            with self.lock:
                if key in self.values:
                    return self.values[key]
                waiting = self.computing.get(key)
                if waiting is None:
                    self.computing[key] = threading.Event()
                    break
            waiting.wait()  # computed by another thread: read it (or compute it, if that one raised)
        try:
            value = compute()
        except BaseException:
            with self.lock:
                self.computing.pop(key).set()
            raise
        with self.lock:
            if len(self.values) >= self.maxsize:
                evict_oldest(self.values, self.maxsize)
            self.values[key] = value
            self.computing.pop(key).set()
        return value

    def clear(self) -> None:
        with self.lock:
            self.values.clear()


def evict_oldest(values: dict[Any, Any], maxsize: int) -> None:
    """Forget the eighth of ``values`` filled first (a dict keeps insertion order), under its owner's lock."""
    for key in list(itertools.islice(values, max(maxsize // 8, 1))):
        del values[key]


_STORES: weakref.WeakSet[_Store[Any]] = weakref.WeakSet()


def memoized(maxsize: int, key: Callable[P, Hashable]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Remember ``function``'s results (at most ``maxsize``, the oldest out) under ``key(*args)``."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        store: _Store[R] = _Store(maxsize)  # held by the wrapper; the registry only refers to it
        values = store.values
        _STORES.add(store)

        @functools.wraps(function)
        def remembered(*args: P.args, **kwargs: P.kwargs) -> R:
            found = key(*args, **kwargs)
            try:
                return values[found]
            except KeyError:
                return store.fill(found, lambda: function(*args, **kwargs))

        return cast(Callable[P, R], remembered)

    return decorate


def forget_all() -> None:
    """Empty every memoized cache of the process (for tests)."""
    for store in list(_STORES):
        store.clear()
