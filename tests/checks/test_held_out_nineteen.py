"""Judgements the nineteenth held-out batch asked for, in our own words: a claim about an instrument that exists but
has no rule file (world/unruled) is unverifiable for want of the rule, and never judged as another treaty whose name
is close ('eccas-treaty' is not the ECOWAS Treaty)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


def test_an_instrument_without_a_rule_file_is_unverifiable_not_a_close_name(client: TestClient) -> None:
    for treaty in ("eccas-treaty", "ECCAS", "Economic Community of Central African States", "opec-statute", "CIS"):
        result = judge(client, "2025-06-08", kind="withdrew", treaty=treaty, state="RWA", value="2025-06-08")
        assert result["verdict"] == "unverifiable", result
        assert "no rule file" in result["explanation"], result


def test_a_misspelling_of_a_rule_files_name_is_still_read() -> None:
    """The guard is for the names of world/unruled alone: 'Istambul convention' still means the Istanbul Convention."""
    from app.rulebook import load_rulebook
    from app.services.lookup import alias_index, find_treaty

    rulebook = load_rulebook()
    assert find_treaty(rulebook, alias_index(rulebook), "Istambul convention").id == "istanbul-convention"
