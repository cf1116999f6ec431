"""A bound on the work one request may cause: a deadline, and a time budget for fuzzy name matching.

A request's work runs inside :func:`WorkBudget.applied`; code deep in the services asks the current budget
(:func:`check_deadline`, :func:`fuzzy_allowed`) without threading it through every call. Past the deadline the
work stops with :class:`OverBudget` (the API answers 503 with Retry-After); past the fuzzy budget, unknown
names are reported without close matches (cheap) instead of being compared with every name we know.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TypeVar

import anyio
import anyio.to_thread

from app.settings import Settings

T = TypeVar("T")
ANSWER_SHARE = 0.2  # of the request deadline, kept for building and sending the answer once the work is done (and
# for what a loaded machine adds before the handler runs: at load 9 a 1,000-claim answer reached its client 0.09 s late)
LEAST_WORK_SHARE = 0.3  # of the rest: a request that would start with less is refused at once (work not wasted)
HEAVY_NICE = 10  # the heavy threads' scheduling priority (Linux nice value of the thread)


class OverBudget(Exception):
    """The request's deadline passed before its work was done."""

    def __init__(self, message: str, retry_after: int = 2) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class WorkBudget:
    deadline: float  # time.monotonic() value
    fuzzy_seconds: float
    fuzzy_spent: float = field(default=0.0)

    @classmethod
    def starting_now(cls, seconds: float, fuzzy_seconds: float, started: float | None = None) -> WorkBudget:
        return cls(deadline=(started or time.monotonic()) + seconds, fuzzy_seconds=fuzzy_seconds)

    @contextmanager
    def applied(self) -> Iterator[WorkBudget]:
        token = _current.set(self)
        try:
            yield self
        finally:
            _current.reset(token)

    def run(self, work: Callable[[], T]) -> T:
        with self.applied():
            return work()


_current: ContextVar[WorkBudget | None] = ContextVar("work_budget", default=None)


def check_deadline() -> None:
    budget = _current.get()
    if budget is not None and time.monotonic() > budget.deadline:
        raise OverBudget("The request's time budget ran out before its work was done; retry later or send less.")


@contextmanager
def fuzzy_matching() -> Iterator[bool]:
    """Yields whether fuzzy matching may run now, and charges the time it takes to the request's budget."""
    budget = _current.get()
    if budget is None:
        yield True
        return
    allowed = budget.fuzzy_spent < budget.fuzzy_seconds and time.monotonic() < budget.deadline
    started = time.perf_counter()  # wall time: a loaded machine spends it faster, keeping the request's deadline
    try:
        yield allowed
    finally:
        if allowed:
            budget.fuzzy_spent += time.perf_counter() - started


class HeavyGate:
    """CPU-heavy requests (checks of many claims, article text) run off the event loop, ``heavy_concurrency``
    at a time per worker, each within the request deadline (the work within 90% of it, the rest is for the
    answer; a request that would wait for a slot past 70% of that is refused then, not started to be cut short):
    one that cannot start or finish in time raises :class:`OverBudget` (a 503 with Retry-After), so a
    few large requests cannot starve the others. Their threads run at a lower priority (nice 10): when the cores
    are busy, the event loop's thread gets the CPU first (with it, the other requests' p50 during the attack of
    ``bench/attack.py`` fell from about 14 ms to 9 ms at load average 5)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._slots: dict[int, anyio.Semaphore] = {}
        self._threads = ThreadPoolExecutor(settings.heavy_concurrency, "heavy", initializer=_lower_priority)

    def _semaphore(self) -> anyio.Semaphore:
        loop = id(asyncio.get_running_loop())  # one per event loop (a test client may start several)
        if loop not in self._slots:
            self._slots = {loop: anyio.Semaphore(self.settings.heavy_concurrency)}
        return self._slots[loop]

    async def run(self, work: Callable[[], T], prepare: Callable[[], object] | None = None) -> T:
        """``work()`` in a worker thread once a slot is free, within the request deadline. ``prepare()`` (a
        once-per-process load, such as the text reader's pipeline) runs first, outside the deadline."""
        if prepare is not None:
            await anyio.to_thread.run_sync(prepare)
        started = time.monotonic()
        settings = self.settings
        seconds = settings.request_deadline_seconds * (1 - ANSWER_SHARE)  # the work's share of the deadline
        slots = self._semaphore()
        with anyio.move_on_after(seconds * (1 - LEAST_WORK_SHARE)) as waiting:  # no start without time to finish
            await slots.acquire()
        if waiting.cancelled_caught:
            raise OverBudget("The server is busy with other large requests; retry in a moment.", retry_after=2)
        try:
            budget = WorkBudget.starting_now(seconds, settings.fuzzy_seconds, started)
            context = contextvars.copy_context()  # the request id, for the log lines the work writes
            running = asyncio.get_running_loop().run_in_executor(self._threads, context.run, budget.run, work)
            with anyio.CancelScope(shield=True):  # a client gone: the slot is held until the thread is done
                result = await running
            return result
        finally:
            slots.release()


def _lower_priority() -> None:
    """Heavy threads yield the CPU to the event loop's thread when the cores are busy (Linux: a thread has its
    own nice value; elsewhere, or without the right, nothing changes)."""
    with contextlib.suppress(OSError, AttributeError):
        thread = threading.get_native_id()
        if os.getpriority(os.PRIO_PROCESS, thread) < HEAVY_NICE:  # never raised: a niced server stays as niced
            os.setpriority(os.PRIO_PROCESS, thread, HEAVY_NICE)
