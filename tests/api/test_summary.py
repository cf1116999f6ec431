"""The lean answer (``?view=summary``): the same decision as the full answer, in under 2 KB (issue 16)."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.cli import cli
from app.client import TreatyExitClient
from app.provisions.base import AssessmentError
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from schemas.api import AssessmentRequest, AssessmentSummary


def test_every_treaty_summary_is_under_2kb_and_agrees_with_the_full_answer(
    client: TestClient, rulebook: Rulebook
) -> None:
    """Every treaty's summary, built as the route builds it (``AssessmentSummary.of`` the full answer), is under
    2 KB and says what the full answer says; over HTTP, a sample of them are those very bytes."""
    service = AssessmentService(rulebook)
    checked = 0
    for n, treaty_id in enumerate(sorted(rulebook.treaties)):
        body = {"treaty": treaty_id, "state": "LTU", "notification_date": "2025-06-27", "as_of": "2026-01-01"}
        try:
            answer = service.assess(AssessmentRequest.model_validate(body))
        except AssessmentError:
            continue
        lean = AssessmentSummary.of(answer).model_dump_json().encode()
        assert len(lean) < 2048, (treaty_id, len(lean))
        summary, effective = json.loads(lean), answer.effective
        assert summary["status"] == effective.status
        assert summary["date"] == (effective.date.isoformat() if effective.date else None)
        assert summary["conditions"] == [c.id for c in effective.conditions]
        assert summary["assumptions"] == [c.id for c in effective.conditions if c.kind == "assumption"]
        assert summary["citations"] == [c.rule for c in answer.citations]
        if n % 20 == 0:  # the route gives those bytes, under an ETag of its own
            over_http = client.post("/v1/assessments?view=summary", json=body)
            full = client.post("/v1/assessments", json=body)
            assert over_http.content == lean and over_http.headers["etag"] != full.headers["etag"]
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
