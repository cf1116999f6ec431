"""How long the test suite's long runs are: settings (environment variables) with the CI defaults, and the
release lengths that ``pytest --release`` sets (the README's release checklist)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

RELEASE = {
    "SOAK_SCENARIOS": "20000",
    "SCHEMATHESIS_EXAMPLES": "500",
    "LOAD_SECONDS": "120",
    "SCALE_REQUESTS": "5000",
    "FUZZ_EXAMPLES": "2000",
    "DAY_ANSWER_STATES": "12",
}
"""The lengths a release is tested with; an environment variable still overrides each."""


class RunLengths(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    soak_scenarios: int = Field(1_000, ge=1, description="Random scenarios of the engine soak (child process)")
    schemathesis_examples: int = Field(8, ge=1, description="Generated examples per operation in the fuzz run")
    load_seconds: float = Field(2, gt=0, description="Length of the load run on loopback")
    scale_requests: int = Field(
        60, ge=60, description="Requests through nginx before the first replica restart and after each (scale-out)"
    )
    fuzz_examples: int = Field(
        80, ge=1, description="Generated misspellings per property of the fuzzy-matching pruning (hypothesis)"
    )
    day_answer_states: int = Field(
        2,
        ge=1,
        le=12,
        description="States per treaty whose answers written from a shape's are compared with the engine's",
    )
