"""Settings read from the environment (pydantic-settings)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.rulebook import DEFAULT_RULES_DIR


class Settings(BaseSettings):
    """Every setting comes from the environment (or a `.env` file); the README lists them in one table."""

    model_config = SettingsConfigDict(env_prefix="", env_file=".env", extra="ignore")

    database_url: str = Field("sqlite:///./treatyexit.db", description="SQLite file or postgresql:// URL")
    rules_dir: Path = Field(DEFAULT_RULES_DIR, description="The rule files")
    admin_token: str = Field("", description="Bearer token for writes to the records; empty disables writes")
    max_body_bytes: int = Field(1_048_576, ge=1024, description="Larger request bodies get 413")
    log_level: str = Field("INFO", description="Log level of the JSON logs")
    answer_cache_size: int = Field(4096, ge=0, description="Assessment answers kept in memory per worker (0: none)")
    answer_shapes_size: int = Field(
        2048,
        ge=1,
        description="Question shapes (a question but its notification date) whose answers are kept per worker to "
        "answer new dates from (app/services/day_answers.py); each holds about an answer's size per class",
    )
    web_concurrency: int = Field(1, ge=1, description="Worker processes for `serve` and the container")
    max_header_bytes: int = Field(16_384, ge=1024, description="Request line + headers; larger get 431")
    max_url_bytes: int = Field(8_192, ge=256, description="Request target (path and query); longer get 414")
    keep_alive_seconds: int = Field(5, ge=1, description="Idle keep-alive connections are closed after this")
    max_connections: int = Field(
        1000, ge=0, description="Connections + requests in flight per worker before 503 (0: no limit)"
    )
    backlog: int = Field(2048, ge=16, description="Pending TCP connections the listening socket queues")
    max_page_size: int = Field(500, ge=1, le=10_000, description="Largest `limit` a listing accepts (422 past it)")
    request_deadline_seconds: float = Field(
        2.0, gt=0, le=600, description="Checks must start and finish within this; past it a 503 with Retry-After"
    )
    heavy_concurrency: int = Field(1, ge=1, description="Checks computed at once per worker (the rest wait)")
    fuzzy_seconds: float = Field(
        0.5, ge=0, description="Time one request may spend finding close matches for unknown names"
    )
    gil_switch_interval_ms: float = Field(
        1.0, gt=0, le=100, description="CPython's GIL switch interval in served processes (default 5 ms)"
    )
    warm_reader: bool = Field(
        True,
        description="Build the news reader's pipeline when a served process starts (a few seconds), so the first "
        "text check does not pay for it within its deadline",
    )
    public_url: str = Field("", description="Absolute base of links in pages (empty: relative links)")
    idempotency_key_hours: int = Field(
        24, ge=1, le=8760, description="How long a write's Idempotency-Key is remembered (then forgotten: reusable)"
    )
    opentelemetry: bool = Field(
        False, description="FastAPI's native OpenTelemetry to the global providers (off: /metrics and JSON logs only)"
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
