"""Honest tiers: every answer, the coverage report and the pages say whether a treaty's rules are reviewed or drafted."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient

from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from schemas.api import AssessmentRequest


def test_coverage_lists_every_treaty_with_its_tier_clause_and_review_date(
    client: TestClient, rulebook: Rulebook
) -> None:
    body = client.get("/v1/coverage").json()
    assert body["counts"]["treaties"] == len(rulebook.treaties) == len(body["treaties"])
    assert body["counts"]["reviewed"] + body["counts"]["drafted"] == body["counts"]["treaties"]
    for row in body["treaties"]:
        treaty = rulebook.treaties[row["id"]]
        assert row["tier"] == treaty.tier
        assert row["clause"] == treaty.withdrawal.article
        assert (row["reviewed"] is None) == (treaty.tier == "drafted")


def test_every_answer_carries_its_tier(service: AssessmentService, rulebook: Rulebook) -> None:
    """In-process over every treaty (the HTTP answer is the same object, checked for the treaties asked about)."""
    for treaty in rulebook.treaties.values():
        if treaty.kind == "general_law":
            continue
        answer = service.assess(AssessmentRequest(treaty=treaty.id, state="FRA"), today=dt.date(2026, 12, 4))
        assert answer.treaty.id == treaty.id and answer.treaty.tier == treaty.tier, treaty.id
        drafted_note = any(n.startswith("UNREVIEWED DRAFT") for n in answer.notes)
        assert drafted_note == (treaty.tier == "drafted"), treaty.id


def test_reviewed_answer_and_page_say_reviewed(client: TestClient) -> None:
    body = client.get("/v1/assessments", params={"treaty": "apmbc", "state": "LTU"}).json()
    assert body["treaty"]["tier"] == "reviewed" and body["treaty"]["reviewed"]
    page = client.get("/", params={"treaty": "apmbc", "state": "LTU"}).text
    assert "Reviewed rules" in page and "Unreviewed draft" not in page


def test_treaties_page_lists_every_treaty(client: TestClient, rulebook: Rulebook) -> None:
    page = client.get("/treaties")
    assert page.status_code == 200
    assert page.text.count("<tr data-tier=") == len(rulebook.treaties)
    reviewed = client.get("/treaties", params={"tier": "reviewed"}).text
    assert reviewed.count('data-tier="reviewed"') == sum(t.tier == "reviewed" for t in rulebook.treaties.values())
    assert 'data-tier="drafted"' not in reviewed


ASKED = [
    "un-charter", "refugee-convention", "refugee-protocol", "icescr", "iccpr", "icerd", "cedaw", "cat", "crc",
    "crc-opsc", "crc-opac", "cedaw-op", "icescr-op", "opcat", "iccpr-op1", "geneva-convention-i", "geneva-convention-ii",
    "geneva-convention-iii", "geneva-convention-iv", "gc-ap1", "gc-ap2", "hague-1954", "hague-1954-protocol-1",
    "hague-1954-protocol-2", "hague-child-abduction", "apostille-convention", "unclos", "chicago-convention", "vcdr",
    "vccr", "vienna-ozone-convention", "montreal-protocol", "cbd", "cites", "ramsar", "basel-convention",
    "stockholm-convention", "minamata-convention", "wto-agreement", "imf-articles", "ibrd-articles", "itu-constitution",
    "au-constitutive-act", "treaty-of-asuncion", "warsaw-pact", "jcpoa", "budapest-memorandum",
]  # fmt: skip
"""The treaties journalists asked about (issue 13): each answers with its tier, never a 404."""


def test_every_treaty_asked_about_answers_with_its_tier(client: TestClient, rulebook: Rulebook) -> None:
    for treaty_id in ASKED:
        response = client.get("/v1/assessments", params={"treaty": treaty_id, "state": "FRA"})
        assert response.status_code == 200, (treaty_id, response.text[:300])
        assert response.json()["treaty"]["tier"] == rulebook.treaties[treaty_id].tier


def test_instruments_that_are_not_treaties_say_so(client: TestClient) -> None:
    for treaty_id in ("jcpoa", "budapest-memorandum"):
        body = client.get("/v1/assessments", params={"treaty": treaty_id, "state": "USA"}).json()
        assert body["effective"]["status"] == "not_a_treaty" and body["effective"]["date"] is None
    ended = client.get("/v1/assessments", params={"treaty": "Warsaw Pact", "state": "POL"}).json()
    assert ended["effective"]["status"] == "no_withdrawal_right" and "1991-07-01" in ended["effective"]["explanation"]
