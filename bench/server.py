"""The app as served, plus an async no-op endpoint: the baseline measured on the same server in the same run."""

from __future__ import annotations

from app.main import create_app

app = create_app()


@app.post("/bench/noop", include_in_schema=False)
async def noop() -> dict[str, str]:
    return {}
