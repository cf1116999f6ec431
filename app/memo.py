"""The app's in-process caches: one library (cachetools), one policy.

Every cache of a computed value is a :func:`memoized` function, and the policy is the same for all:

- **bounded, least recently used out** (``cachetools.LRUCache``): a size per cache, chosen to hold its working
  set (named where it is used), so memory cannot grow with the queries;
- **keyed by what the value is a pure function of**, with the rules version (the rulebook's content hash) in the
  key whenever the value depends on the rules: a new rulebook never reads an old entry, and the old entries age
  out of the cache like any other;
- **safe across threads** (the server answers in worker threads; cachetools' caches are not thread-safe): a lock
  guards the cache, the value is computed outside it, and a second caller asking for a key being computed waits
  for that value instead of computing it again (``condition``);
- an exception is not remembered: the next call computes again.

Three caches keep the library but not the decorator, each for a reason written beside it: the answer cache of
the HTTP layer (:class:`app.api.caching.AnswerCache`: serialised answers by ETag, touched by the event loop only,
so no lock), the fuzzy guesses of :mod:`app.services.lookup` (a guess is not remembered when the request's fuzzy
budget is spent) and the shared JSON parts of :mod:`app.json_parts` (a ``FIFOCache`` read without a lock on every
answer). ``functools.lru_cache`` remains only where a process keeps one object per argument, not a computed
value: its settings (``get_settings``) and a connection pool per database URL (``get_engine``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import ParamSpec, TypeVar, cast

from cachetools import LRUCache, cached

P = ParamSpec("P")
R = TypeVar("R")


def memoized(maxsize: int, key: Callable[P, Hashable]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Remember ``function``'s results (at most ``maxsize``, least recently used out) under ``key(*args)``."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        lock = threading.Lock()
        cache: LRUCache[Hashable, R] = LRUCache(maxsize=maxsize)
        wrapped = cached(cache, key=key, lock=lock, condition=threading.Condition(lock))(function)
        return cast(Callable[P, R], wrapped)

    return decorate
