"""Instructions per served request, counted by callgrind in the server process: ``POST /v1/assessments`` cold
(every question new) against bench/noop_app.py's bare no-op, each served by bench/serve.py (the app's uvicorn
options) under valgrind. Usage:
``python bench/callgrind_http.py [measured] [warm] [--noop-only|--cold-only] [--misses] [--keep=DIR]``.

Counted instructions do not depend on the other work on the machine (wall-clock figures on a shared machine do),
so two versions of the code compare with firm figures (run to run within ~1k instructions). Each server is warmed
outside instrumentation (the 1,000 repeated questions, then ``warm`` cold ones, default 8,000: every shape's
classes learnt, as in a benchmark's cold rounds; with 1,500 a cold request still meets classes being learnt and
counts ~20% more), then ``measured`` (default 300) new questions are sent over 32 keep-alive connections with
instrumentation on. Not counted: the kernel's time in system calls, and memory stalls — the no-op / cold ratio
of instructions is not the throughput ratio of bench/http_bench.py. ``--misses`` adds callgrind's cache
simulation (a 2 MB last level, as README's session-7 counts): last-level misses a request, memory the answer
touches. ``--keep=DIR`` keeps the callgrind files (for callgrind_annotate). Needs valgrind (apt-get install
valgrind); a run takes a few minutes.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.rulebook import load_rulebook  # noqa: E402
from bench.harness import free_port  # noqa: E402
from bench.queries import assessment_queries, cold_queries, open_treaties  # noqa: E402

CONNECTIONS = 32
LAST_LEVEL = 2 * 1024 * 1024  # the cache simulation's last level (bytes), as README's session-7 counts


async def _connection(port: int, path: str, bodies: list[bytes]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for body in bodies:
            head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n")  # fmt: skip  # what wrk sends
            writer.write(head.encode() + body)
            response_head = await reader.readuntil(b"\r\n\r\n")
            if not response_head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(response_head.decode("latin-1") + body.decode())
            length = re.search(rb"(?i)content-length: *(\d+)", response_head)
            await reader.readexactly(int(length.group(1)) if length else 0)
    finally:
        writer.close()


def send(port: int, path: str, bodies: list[bytes]) -> None:
    """``bodies`` POSTed to ``path`` over :data:`CONNECTIONS` connections at once, each sending its share in turn."""

    async def run() -> None:
        await asyncio.gather(*(_connection(port, path, bodies[n::CONNECTIONS]) for n in range(CONNECTIONS)))

    asyncio.run(run())


def _control(pid: int, *options: str) -> None:
    subprocess.run(["callgrind_control", *options, str(pid)], check=True, capture_output=True)


def _ready(port: int, path: str, body: bytes, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            send(port, path, [body])
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def count(
    target: str, path: str, warm: list[bytes], measured: list[bytes], work: Path, misses: bool
) -> dict[str, float]:
    """Callgrind's events per request of ``measured`` (``Ir``: instructions; with ``misses`` also the cache
    simulation's), ``target`` served under callgrind and warmed with ``warm``."""
    port = free_port()
    out = work / f"callgrind.{target.replace(':', '.')}"
    simulated = ["--cache-sim=yes", f"--LL={LAST_LEVEL},16,64"] if misses else []
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", *simulated, f"--callgrind-out-file={out}.%p",
               sys.executable, str(ROOT / "bench" / "serve.py"), target, str(port)]  # fmt: skip
    env = {**os.environ, "LOG_LEVEL": "INFO", "DATABASE_URL": f"sqlite:///{work / 'bench.db'}", "PYTHONPATH": "."}
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _ready(port, path, warm[0], 900)
        send(port, path, warm)
        _control(server.pid, "-i", "on")
        send(port, path, measured[:CONNECTIONS])  # the code retranslated with instrumentation: not counted
        _control(server.pid, "-z")
        send(port, path, measured[CONNECTIONS:])
        _control(server.pid, "-d")
        dumps = sorted(work.glob(f"{out.name}.{server.pid}*"), key=lambda p: p.stat().st_mtime)
        text = dumps[-1].read_text()
        events = re.search(r"^events: (.+)$", text, re.M)
        totals = re.search(r"^(?:summary|totals): ([\d ]+)$", text, re.M)
        if events is None or totals is None:
            raise RuntimeError(f"no totals in {dumps[-1]}")
        per_request = len(measured) - CONNECTIONS
        return {e: int(n) / per_request for e, n in zip(events.group(1).split(), totals.group(1).split(), strict=True)}
    finally:
        server.terminate()
        server.wait(timeout=60)


def _line(name: str, events: dict[str, float]) -> str:
    line = f"{name:<6} {events['Ir'] / 1000:8.1f}k instructions a request"
    if "DLmr" in events:
        line += f", last-level misses {events['ILmr'] + events['DLmr'] + events['DLmw']:,.0f} a request "
        line += f"(instructions {events['ILmr']:,.0f}, reads {events['DLmr']:,.0f}, writes {events['DLmw']:,.0f})"
    return line


def main(measured: int, warm: int, which: str, keep: str | None = None, misses: bool = False) -> None:
    base = assessment_queries(open_treaties(load_rulebook()), 1_000)
    repeated = [json.dumps(q).encode() for q in base]
    cold = [json.dumps(q).encode() for q in cold_queries(base, warm + measured + CONNECTIONS)]
    print(f"load {os.getloadavg()[0]:.2f}; {measured} measured requests over {CONNECTIONS} connections")
    with tempfile.TemporaryDirectory(prefix="treatyexit-callgrind-") as name:
        work = Path(keep or name)
        work.mkdir(parents=True, exist_ok=True)
        figures = {}
        if which != "cold":
            noop = count("bench.noop_app:app", "/noop", repeated, repeated[: measured + CONNECTIONS], work, misses)
            figures["no-op"] = noop
            print(_line("no-op", noop))
        if which != "noop":
            figures["cold"] = count(
                "app.main:app", "/v1/assessments", repeated + cold[:warm], cold[warm:], work, misses
            )
            print(_line("cold", figures["cold"]))
        if len(figures) == 2:
            print(f"no-op / cold instructions: {figures['no-op']['Ir'] / figures['cold']['Ir']:.3f}")


if __name__ == "__main__":
    numbers = [int(a) for a in sys.argv[1:] if not a.startswith("--")]
    chosen = "noop" if "--noop-only" in sys.argv else "cold" if "--cold-only" in sys.argv else "both"
    kept = next((a.removeprefix("--keep=") for a in sys.argv if a.startswith("--keep=")), None)
    main(
        numbers[0] if numbers else 300, numbers[1] if len(numbers) > 1 else 8_000, chosen, kept, "--misses" in sys.argv
    )
