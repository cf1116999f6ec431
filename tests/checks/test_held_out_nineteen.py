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


def test_a_return_dated_where_no_membership_began_is_wrong(client: TestClient) -> None:
    """The Straits Times, 2007: 'In 2002, the US rejoined Unesco' (it returned on 1 October 2003). The party list's
    memberships (1946, 2003, 2023) and the recorded exits (1984, 2018) alternate, so every joining is known."""
    result = judge(client, "2007-10-08", kind="joined", treaty="unesco-constitution", state="USA", value="2002")
    assert (result["verdict"], result["correct_value"]) == ("inconsistent", "2003-10-01"), result
    right = judge(client, "2007-10-08", kind="joined", treaty="unesco-constitution", state="USA", value="2003")
    assert right["verdict"] == "consistent", right


def test_a_return_dated_where_no_membership_began_paraphrase(client: TestClient) -> None:
    """Our words: 'the US rejoined the Paris Agreement in 2020' (it returned on 19 February 2021)."""
    result = judge(client, "2021-06-01", kind="joined", treaty="paris-agreement", state="USA", value="2020")
    assert result["verdict"] == "inconsistent", result
    right = judge(client, "2021-06-01", kind="joined", treaty="paris-agreement", state="USA", value="2021")
    assert right["verdict"] == "consistent", right
