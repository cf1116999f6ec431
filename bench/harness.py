"""Serve an ASGI app with one uvicorn worker on a free loopback port, for the benchmarks."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def until_ready(
    command: Callable[[int], list[str]], env: dict[str, str], ready: Callable[[str], httpx.Response], tries: int = 300
) -> Iterator[str]:
    """``command(port)`` run until the block ends; yields its base URL once ``ready(base)`` answers 200."""
    port = free_port()
    process = subprocess.Popen(
        command(port), cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(tries):
            try:
                if ready(base).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def serving(app: str, env: dict[str, str]) -> Iterator[str]:
    """``app`` (e.g. ``bench.server:app``) served until the block ends; yields its base URL once /healthz answers."""
    with until_ready(
        lambda port: [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port), "--workers",
                      "1", "--log-level", "warning", "--no-access-log"],
        {"LOG_LEVEL": "WARNING", **env},
        lambda base: httpx.get(f"{base}/healthz", timeout=1),
    ) as base:  # fmt: skip
        yield base
