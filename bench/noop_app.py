"""The framework's floor for bench/http_bench.py: a bare FastAPI app with one async no-op POST route and no
middleware, served in its own uvicorn process with the same settings as the app (bench/serve.py).

``/noop-sized`` (``http_bench.py --sized``) is the same no-op answering a prebuilt JSON body the size of an answer
(``NOOP_BODY_BYTES``, default 17,400: the benchmark's answers average 17.4 KB), where ``/noop`` answers ``{}``: what
sending an answer of that size costs the framework, server and loopback, apart from computing it."""

from __future__ import annotations

import os

from fastapi import FastAPI, Response

app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
_SIZED = b'{"padding":"' + b"x" * max(int(os.environ.get("NOOP_BODY_BYTES", "17400")) - 14, 0) + b'"}'


@app.post("/noop")
async def noop() -> dict[str, str]:
    return {}


@app.post("/noop-sized")
async def noop_sized() -> Response:
    return Response(_SIZED, media_type="application/json")
