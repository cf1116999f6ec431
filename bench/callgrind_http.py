"""Instructions per served request, counted by callgrind in the server process: ``POST /v1/assessments`` cold
(every question new) against bench/noop_app.py's bare no-op, each served by bench/serve.py (the app's uvicorn
options) under valgrind: ``python bench/callgrind_http.py [measured] [warm] [--noop-only|--cold-only] [--keep=DIR]``.

Counted instructions do not depend on the other work on the machine (wall-clock figures on a shared machine do),
so this compares two versions of the code with firm figures; their ratio (no-op / cold) approximates the
throughput ratio of bench/http_bench.py on a boot whose system calls are cheap (user-space work dominating).
Each server is warmed outside instrumentation (the 1,000 repeated questions, then ``warm`` cold ones, default
1,500: every shape and class learnt, as in a benchmark's cold rounds), then ``measured`` (default 200) new
questions are sent over 32 keep-alive connections with instrumentation on. System calls' kernel time is not
counted. ``--keep=DIR`` keeps the callgrind files there (callgrind_annotate reads them). Needs valgrind
(apt-get install valgrind); a run takes a few minutes.
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


def count(target: str, path: str, warm: list[bytes], measured: list[bytes], work: Path) -> float:
    """Instructions per request of ``measured``, ``target`` served under callgrind and warmed with ``warm``."""
    port = free_port()
    out = work / f"callgrind.{target.replace(':', '.')}"
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}.%p",
               sys.executable, str(ROOT / "bench" / "serve.py"), target, str(port)]  # fmt: skip
    # The reader is not warmed: assessments never read text, and under valgrind its build would take minutes.
    env = {**os.environ, "LOG_LEVEL": "INFO", "DATABASE_URL": f"sqlite:///{work / 'bench.db'}", "PYTHONPATH": "."}
    env["WARM_READER"] = "false"
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
        totals = re.search(r"^(?:summary|totals): (\d+)", dumps[-1].read_text(), re.M)
        if totals is None:
            raise RuntimeError(f"no totals in {dumps[-1]}")
        return int(totals.group(1)) / (len(measured) - CONNECTIONS)
    finally:
        server.terminate()
        server.wait(timeout=60)


def main(measured: int, warm: int, which: str, keep: str | None = None) -> None:
    base = assessment_queries(open_treaties(load_rulebook()), 1_000)
    repeated = [json.dumps(q).encode() for q in base]
    cold = [json.dumps(q).encode() for q in cold_queries(base, warm + measured + CONNECTIONS)]
    print(f"load {os.getloadavg()[0]:.2f}; {measured} measured requests over {CONNECTIONS} connections")
    with tempfile.TemporaryDirectory(prefix="treatyexit-callgrind-") as name:
        work = Path(keep or name)
        work.mkdir(parents=True, exist_ok=True)
        figures = {}
        if which != "cold":
            figures["no-op"] = count("bench.noop_app:app", "/noop", repeated, repeated[: measured + CONNECTIONS], work)
            print(f"no-op  {figures['no-op'] / 1000:8.1f}k instructions a request")
        if which != "noop":
            figures["cold"] = count("app.main:app", "/v1/assessments", repeated + cold[:warm], cold[warm:], work)
            print(f"cold   {figures['cold'] / 1000:8.1f}k instructions a request")
        if len(figures) == 2:
            print(f"no-op / cold: {figures['no-op'] / figures['cold']:.3f}")


if __name__ == "__main__":
    numbers = [int(a) for a in sys.argv[1:] if not a.startswith("--")]
    chosen = "noop" if "--noop-only" in sys.argv else "cold" if "--cold-only" in sys.argv else "both"
    kept = next((a.removeprefix("--keep=") for a in sys.argv if a.startswith("--keep=")), None)
    main(numbers[0] if numbers else 200, numbers[1] if len(numbers) > 1 else 1_500, chosen, kept)
