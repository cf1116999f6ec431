"""'A formal notification to the Strasbourg-based organization': news names the depositary's organisation by its
seat; the depositary file lists such names with their basis (rules/depositaries ``called``), so the recipient is
recognised as the Secretary General of the Council of Europe (Istanbul Convention Art. 80(1)); a seat that is not
the organisation's stays unconfirmed."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("notification to the Strasbourg-based organization", "consistent"),
        ("notification to the Geneva-based organization", "unverifiable"),
    ],
)
def test_the_depositary_by_its_seat(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2021-04-30", kind="rule", treaty="istanbul-convention", value=value)
    assert result["verdict"] == verdict, result
