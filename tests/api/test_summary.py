"""The lean answer (``?view=summary``): the same decision as the full answer, in under 2 KB (issue 16)."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import cli
from app.client import TreatyExitClient
from app.rulebook import Rulebook


def test_every_treaty_summary_is_under_2kb_and_agrees_with_the_full_answer(
    client: TestClient, rulebook: Rulebook
) -> None:
    checked = 0
    for treaty_id in sorted(rulebook.treaties):
        for state in ("LTU",):
            body = {"treaty": treaty_id, "state": state, "notification_date": "2025-06-27", "as_of": "2026-01-01"}
            full = client.post("/v1/assessments", json=body)
            if full.status_code != 200:
                continue
            lean = client.post("/v1/assessments?view=summary", json=body)
            assert lean.status_code == 200
            assert len(lean.content) < 2048, (treaty_id, state, len(lean.content))
            summary, answer = lean.json(), full.json()
            assert summary["status"] == answer["effective"]["status"]
            assert summary["date"] == answer["effective"]["date"]
            assert summary["conditions"] == [c["id"] for c in answer["effective"]["conditions"]]
            assumed = [c["id"] for c in answer["effective"]["conditions"] if c["kind"] == "assumption"]
            assert summary["assumptions"] == assumed
            assert summary["citations"] == [c["rule"] for c in answer["citations"]]
            assert lean.headers["etag"] != full.headers["etag"]
            checked += 1
    assert checked > 20


def test_summary_as_a_link(client: TestClient) -> None:
    lean = client.get("/v1/assessments?treaty=ccm&state=LTU&notification_date=2024-09-06&view=summary")
    assert lean.status_code == 200 and lean.json()["date"] == "2025-03-06" and lean.json()["view"] == "summary"
    assert "requirements" not in lean.json()
    assert client.get("/v1/assessments?treaty=ccm&state=LTU&view=tiny").status_code == 422


def test_the_client_and_the_cli_ask_for_the_summary(live_url: str) -> None:
    with TreatyExitClient(live_url) as api:
        summary = api.assess_summary("ccm", "LTU", notification_date="2024-09-06")
    assert summary.date is not None and summary.date.isoformat() == "2025-03-06"
    result = CliRunner().invoke(cli, ["assess", "ccm", "LTU", "--notified", "2024-09-06", "--summary"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["date"] == "2025-03-06"
