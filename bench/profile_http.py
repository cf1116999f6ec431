"""Profile ``POST /v1/assessments`` in-process through the whole ASGI stack (middleware, routing, validation,
the engine, serialisation), cold and repeated, against the bare no-op of bench/http_bench.py in the same run:
``python bench/profile_http.py [N] [--no-tree]``.

The requests are the benchmark's (bench/http_bench.py): cold = each question new, repeated = the same questions
again (answers from the answer cache), no-op = bench/noop_app.py's route. The app is set up as served (its
long-lived objects frozen out of the garbage collector, as ``app.main:app`` does) and the cold questions are
measured once the memos hold every shape (as in a benchmark's cold rounds, which send tens of thousands). The
three cases are measured in interleaved batches (the machine is shared: each figure is the median of its
batches, in CPU µs per request), then profiled with pyinstrument (call trees) unless ``--no-tree``.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.main import create_app
from app.rulebook import load_rulebook
from bench.noop_app import app as noop_app
from bench.queries import assessment_queries, cold_queries, open_treaties

BATCHES = 10


async def call(app: Any, body: bytes, path: str = "/v1/assessments") -> int:
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
        "headers": [(b"host", b"bench"), (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode())],
        "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "state": {},
    }  # fmt: skip
    sent = False
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def run(app: Any, bodies: list[bytes], path: str = "/v1/assessments") -> float:
    started = time.process_time()  # CPU time: the machine is shared, wall time counts the others' work too
    for body in bodies:
        status = await call(app, body, path)
        if status != 200:
            raise RuntimeError(f"{status} for {body!r}")
    return (time.process_time() - started) / len(bodies) * 1e6


def main(count: int, trees: bool) -> None:
    app = create_app()
    gc.collect()
    gc.freeze()  # as app.main:app is served
    base = assessment_queries(open_treaties(load_rulebook()), 1_000)
    bodies = [json.dumps(q).encode() for q in base + cold_queries(base, 2 * len(base) + 2 * count)]
    again, warm, cold = bodies[:1000], bodies[1000:3000], bodies[3000:]
    loop = asyncio.new_event_loop()
    loop.run_until_complete(run(app, again))  # imports, first answers, every shape's plan
    loop.run_until_complete(run(app, warm))  # every shape notified too (the 10% asked without a date)
    loop.run_until_complete(run(app, again))  # the repeated set back in the answer cache
    loop.run_until_complete(run(noop_app, again[:200], "/noop"))
    size = count // BATCHES
    figures: dict[str, list[float]] = {"no-op": [], "cold": [], "repeated": []}
    for n in range(BATCHES):
        figures["no-op"].append(loop.run_until_complete(run(noop_app, again[:size], "/noop")))
        figures["cold"].append(loop.run_until_complete(run(app, cold[n * size : (n + 1) * size])))
        figures["repeated"].append(loop.run_until_complete(run(app, again[:size])))
    medians = {name: statistics.median(values) for name, values in figures.items()}
    for name, values in figures.items():
        print(f"{name:<9} {medians[name]:6.1f} µs/request (median of {BATCHES} batches of {size}; "
              f"min {min(values):.1f}, max {max(values):.1f})")  # fmt: skip
    for name in ("cold", "repeated"):
        print(f"{name}: {medians['no-op'] / medians[name]:.2f} of the no-op's requests per CPU second")
    if not trees:
        return
    from pyinstrument import Profiler

    for name, batch in (("cold", cold[BATCHES * size :]), ("repeated", again)):
        profiler = Profiler(interval=0.0002, async_mode="disabled")
        profiler.start()
        loop.run_until_complete(run(app, batch))
        profiler.stop()
        print(f"===== {name} =====")
        print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(numbers[0]) if numbers else 4000, "--no-tree" not in sys.argv)
