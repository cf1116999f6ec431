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
    web_concurrency: int = Field(1, ge=1, description="Worker processes for `serve` and the container")


@lru_cache
def get_settings() -> Settings:
    return Settings()
