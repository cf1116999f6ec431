"""Profile ``POST /v1/assessments`` in-process through the whole ASGI stack (middleware, routing, validation,
the engine, serialisation), cold and repeated, with pyinstrument: ``python bench/profile_http.py [N]``.

The requests are the benchmark's (bench/http_bench.py): cold = each question new, repeated = the same questions
again (answers from the answer cache). Prints a call tree per case, and CPU µs per request without the profiler.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.main import create_app
from app.rulebook import load_rulebook
from bench.queries import assessment_queries, cold_queries, open_treaties


async def call(app: Any, body: bytes) -> int:
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/v1/assessments", "raw_path": b"/v1/assessments", "query_string": b"", "root_path": "",
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


async def run(app: Any, bodies: list[bytes]) -> float:
    started = time.process_time()  # CPU time: the machine is shared, wall time counts the others' work too
    for body in bodies:
        status = await call(app, body)
        if status != 200:
            raise RuntimeError(f"{status} for {body!r}")
    return (time.process_time() - started) / len(bodies) * 1e6


def main(count: int) -> None:
    from pyinstrument import Profiler

    app = create_app()
    base = assessment_queries(open_treaties(load_rulebook()), 1_000)
    bodies = [json.dumps(q).encode() for q in base + cold_queries(base, 2 * count)]
    loop = asyncio.new_event_loop()
    loop.run_until_complete(run(app, bodies[:1000]))  # warm: imports, first answers
    cold, again = bodies[1000 : 1000 + count], bodies[:1000]
    print(f"cold {loop.run_until_complete(run(app, cold)):.0f} µs/request, "
          f"repeated {loop.run_until_complete(run(app, again)):.0f} µs/request")  # fmt: skip
    for name, batch in (("cold", bodies[1000 + count :]), ("repeated", again)):
        profiler = Profiler(interval=0.0002, async_mode="disabled")
        profiler.start()
        loop.run_until_complete(run(app, batch))
        profiler.stop()
        print(f"===== {name} =====")
        print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
