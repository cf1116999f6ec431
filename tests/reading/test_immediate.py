"""A withdrawal its state deems effective at once (app/reading/immediate.py), in sentences of our own."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_a_state_deeming_its_exit_immediate(finder: ClaimFinder) -> None:
    text = "Climate news\n\nBrazil regards its withdrawal from the Paris Agreement as effective immediately, it said."
    assert ("effective_date", "paris-agreement", "BRA", "immediately") in read(finder, text, "2025-03-03")


def test_an_exit_deemed_immediate_is_judged_wrong_where_a_year_runs(client: TestClient) -> None:
    text = "Climate news\n\nBrazil regards its withdrawal from the Paris Agreement as effective immediately, it said."
    response = client.post("/v1/checks/text", json={"text": text, "published": "2025-03-03"})
    assert response.status_code == 200, response.text
    verdicts = {c["claim"]["kind"]: c["result"]["verdict"] for c in response.json()["claims"]}
    assert verdicts.get("effective_date") == "inconsistent", response.json()
