"""The one cache policy (app/memo.py): bounded, oldest out, one computation per key across threads,
exceptions not remembered, everything forgotten on demand; and the app's caches use it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.memo import forget_all, memoized

APP = Path(__file__).resolve().parents[1] / "app"


def test_bounded_oldest_out() -> None:
    calls: list[int] = []

    @memoized(2, key=lambda n: n)
    def square(n: int) -> int:
        calls.append(n)
        return n * n

    assert [square(1), square(2), square(1), square(3)] == [1, 4, 1, 9]  # 3 pushes out 1, the oldest fill
    assert square(2) == 4 and square(1) == 1
    assert calls == [1, 2, 3, 1]


def test_a_full_cache_forgets_its_oldest_eighth_at_once() -> None:
    calls: list[int] = []

    @memoized(16, key=lambda n: n)
    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    for n in range(17):  # the 17th fill forgets 0 and 1, the two filled first
        double(n)
    calls.clear()
    assert [double(n) for n in (2, 16, 0, 1)] == [4, 32, 0, 2]
    assert calls == [0, 1]


def test_forget_all_empties_every_cache() -> None:
    calls: list[int] = []

    @memoized(8, key=lambda n: n)
    def double(n: int) -> int:
        calls.append(n)
        return 2 * n

    assert double(4) == 8 and double(4) == 8 and calls == [4]
    forget_all()
    assert double(4) == 8 and calls == [4, 4]


def test_one_computation_per_key_while_threads_wait_for_it() -> None:
    calls: list[str] = []

    @memoized(8, key=lambda name: name)
    def slow(name: str) -> str:
        calls.append(name)
        time.sleep(0.05)
        return name.upper()

    answers: list[str] = []
    threads = [threading.Thread(target=lambda: answers.append(slow("ccm"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == ["CCM"] * 8 and calls == ["ccm"]


def test_an_exception_is_not_remembered() -> None:
    attempts: list[int] = []

    @memoized(8, key=lambda n: n)
    def flaky(n: int) -> int:
        attempts.append(n)
        if len(attempts) == 1:
            raise LookupError("first time")
        return n

    with pytest.raises(LookupError):
        flaky(7)
    assert flaky(7) == 7 and flaky(7) == 7 and attempts == [7, 7]


def test_no_hand_written_cache_is_left_in_app() -> None:
    """The review's "five caches with five eviction policies": every cache is app/memo.py's policy or cachetools'."""
    hand_written = [
        f"{path.relative_to(APP.parent)}"
        for path in APP.rglob("*.py")
        if "OrderedDict" in (text := path.read_text(encoding="utf-8")) or "_CACHE: dict" in text
    ]
    assert hand_written == []
