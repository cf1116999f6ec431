"""/v1/treaties and /v1/states, and the OpenAPI document's examples against the live app."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.examples import CONSTRUCTED_EXAMPLES, RULE_FILE_CASES, RULE_FILE_EDGES
from app.rulebook import Rulebook


@pytest.mark.parametrize("query", ["Ottawa Convention", "mine ban treaty", "OTTAWA", "apmbc"])
def test_treaty_search_by_alias(client: TestClient, query: str) -> None:
    items = client.get("/v1/treaties", params={"q": query}).json()["items"]
    assert "apmbc" in [t["id"] for t in items]


def test_treaty_list_and_detail(client: TestClient) -> None:
    listing = client.get("/v1/treaties").json()
    assert len(listing["items"]) >= 15 and listing["rules_version"]
    detail = client.get("/v1/treaties/apmbc").json()
    assert detail["treaty"]["withdrawal"]["article"] == "Article 20"
    assert "six months after the receipt" in detail["treaty"]["withdrawal"]["text"]
    assert detail["depositary"]["id"] == "un-secretary-general"
    assert "vclt/revocation" in detail["general_law_defaults"]
    by_alias = client.get("/v1/treaties/Oslo Convention").json()
    assert by_alias["treaty"]["id"] == "ccm"
    missing = client.get("/v1/treaties/Ottawa Protocol")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"


def test_states(client: TestClient) -> None:
    ltu = client.get("/v1/states/ltu").json()
    assert ltu["iso3"] == "LTU" and ltu["domestic_procedure"]["steps"]
    bra = client.get("/v1/states/BRA").json()
    assert bra["domestic_procedure"] is None and "not encoded" in bra["note"]
    assert client.get("/v1/states/ZZZ").status_code == 404


CONSTRUCTED: dict[str, tuple[int, dict[str, Any]]] = {
    "ottawa-not-yet-notified": (200, {"status": "needs_notification", "date": None}),
    "unknown-treaty": (404, {}),
    "impossible-date": (422, {}),
}
CHECK_VERDICTS = {
    "oslo-in-march": ["consistent"],
    "several-kinds": ["consistent", "inconsistent", "unverifiable", "consistent"],
}


def _expected(rulebook: Rulebook) -> dict[str, tuple[int, dict[str, Any]]]:
    """The non-legal examples' answers, and the legal ones' from their rule files (not copied here)."""
    real = {}
    for name, (treaty_id, index) in RULE_FILE_CASES.items():
        case = rulebook.treaties[treaty_id].examples[index]
        date = case.expect_date.isoformat() if case.expect_date else None
        real[name] = (200, {"status": case.expect_status, "date": date})
    for name, (treaty_id, case_name) in RULE_FILE_EDGES.items():
        edge = next(c for c in rulebook.treaties[treaty_id].cases if c.name == case_name)
        date = edge.expect_date.isoformat() if edge.expect_date else None
        real[name] = (200, {"status": edge.expect_status, "date": date})
    return CONSTRUCTED | real


def test_every_openapi_example_gives_its_labelled_answer(client: TestClient, rulebook: Rulebook) -> None:
    """Every request-body example in the OpenAPI document, run against the app, gives the labelled answer."""
    document = client.get("/openapi.json").json()
    expected = _expected(rulebook)
    seen = set()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            for name, example in content.get("examples", {}).items():
                seen.add(name)
                response = client.request(method.upper(), path, json=example["value"])
                if path == "/v1/assessments":
                    status, effective = expected[name]
                    assert response.status_code == status, name
                    for key, value in effective.items():
                        assert response.json()["effective"][key] == value, name
                elif path == "/v1/checks":
                    verdicts = [r["verdict"] for r in response.json()["results"]]
                    assert verdicts == CHECK_VERDICTS[name], name
                elif path == "/v1/checks/text":
                    claims = response.json()["claims"]
                    assert [(c["claim"]["kind"], c["result"]["verdict"]) for c in claims] == [
                        ("effective_date", "consistent")
                    ]
                    assert claims[0]["result"]["correct_value"] == "2025-03-06"
                else:  # the record writes: without the token, refused as documented
                    assert response.status_code in (401, 403), (path, name)
    assert set(CONSTRUCTED_EXAMPLES) <= seen and set(expected) <= seen and set(CHECK_VERDICTS) <= seen


def test_explorer_is_served_without_a_cdn(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "swagger-ui" in page and "cdn.jsdelivr.net" not in page and "unpkg.com" not in page
    assert client.get("/redoc").status_code == 200


def test_coverage_reports_verification_truthfully(client: TestClient, rulebook: Any) -> None:
    coverage = client.get("/v1/coverage").json()
    treaties = {t["id"]: t for t in coverage["treaties"]}
    assert set(treaties) == set(rulebook.treaties)
    for treaty_id, row in treaties.items():
        provisions = rulebook.treaties[treaty_id].withdrawal.provisions
        assert row["provisions_verified"] + row["provisions_partly_verified"] + row["provisions_unverified"] + row[
            "provisions_drafted"
        ] == len(provisions)
        assert len(row["not_verified"]) == (
            row["provisions_partly_verified"] + row["provisions_unverified"] + row["provisions_drafted"]
        )
        assert row["examples_passing"] == row["examples"]
    assert treaties["tpnw"]["clause_verification"] != "verified"  # the English text was not read
    states = {s["iso3"]: s for s in coverage["states"]}
    assert states["LTU"]["open_questions"] and states["UKR"]["confidence"] == "low"
