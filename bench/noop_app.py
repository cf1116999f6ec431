"""The framework's floor for bench/http_bench.py: a bare FastAPI app with one async no-op POST route and no
middleware, served in its own uvicorn process with the same settings as the app (bench/serve.py)."""

from __future__ import annotations

from fastapi import FastAPI

app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)


@app.post("/noop")
async def noop() -> dict[str, str]:
    return {}
