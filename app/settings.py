"""Settings read from the environment (pydantic-settings)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from app.rulebook import DEFAULT_RULES_DIR


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./treatyexit.db"
    rules_dir: Path = DEFAULT_RULES_DIR
    admin_token: str = ""


@lru_cache
def get_settings() -> Settings:
    return Settings()
