"""A conditional effective date (no withdrawal clause: VCLT Art. 56, the right must be established) settled by what
happened: once the recorded effective date (world/records ``effective``, as an official source records it) has come,
a claim of that day is right and another day wrong, the condition still named (thenews-2026-03-18: 'Today,
Argentina's withdrawal from the World Health Organization takes effect', recorded 17 March 2026)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2026-03-18", "2026-03-17", "consistent"),
        ("2026-03-17", "2026-03-17", "consistent"),
        ("2026-04-01", "2026-03", "consistent"),
        ("2026-03-20", "2026-03-18", "inconsistent"),
        ("2026-03-01", "2026-03-17", "partly_consistent"),  # before the day: still conditional
    ],
)
def test_argentina_who_effect(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    result = judge(client, as_of, kind="effective_date", treaty="who-constitution", state="ARG", value=value)
    assert (result["verdict"], result["correct_value"]) == (verdict, "2026-03-17"), result
    if verdict != "partly_consistent":
        assert "no withdrawal clause" in result["explanation"]
