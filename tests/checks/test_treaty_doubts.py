"""Treaty-level doubts: a rule file's fact held from weak sources (``Treaty.doubts``: the Council of Europe Statute's
entry into force read in Polish Wikipedia, not at the depositary) is said where an answer rests on it, as world rows'
doubts are: in a check's ``caveats`` and its explanation, and in the assessment's ``treaty.doubts``. A fact read at
the depositary (the ATT's entry into force, UNTC XXVI-8) carries none. The verdict itself is kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from pydantic import ValidationError

from schemas.rules import Treaty

RULES = Path(__file__).resolve().parents[2] / "rules" / "treaties"


def _check(client: TestClient, claim: dict[str, Any], as_of: str = "2025-10-30") -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize(
    ("claim", "verdict", "day"),
    [
        ({"kind": "entry_into_force", "treaty": "Statute of the Council of Europe", "value": "1949-08-03"},
         "consistent", "3 August 1949"),
        ({"kind": "entry_into_force", "treaty": "Council of Europe Statute", "value": "August 1949"},
         "consistent", "3 August 1949"),
        ({"kind": "entry_into_force", "treaty": "OAS Charter", "value": "1948"}, "inconsistent", "13 December 1951"),
    ],
)  # fmt: skip
def test_an_entry_into_force_read_in_weak_sources_is_caveated(
    client: TestClient, claim: dict[str, Any], verdict: str, day: str
) -> None:
    result = _check(client, claim)
    assert result["verdict"] == verdict
    (caveat,) = result["caveats"]
    assert caveat.startswith("The entry into force of the ") and f"({day}) is not read as given: " in caveat
    assert f"entered into force on {day} (not read as given: " in result["explanation"]


def test_the_caveat_names_where_the_day_was_read(client: TestClient) -> None:
    claim = {"kind": "entry_into_force", "treaty": "coe-statute", "value": "1949-08-03"}
    (caveat,) = _check(client, claim)["caveats"]
    assert "records were not read; the day is the one Polish Wikipedia gives" in caveat


@pytest.mark.parametrize("treaty", ["Arms Trade Treaty", "Kyoto Protocol", "UNFCCC"])
def test_an_entry_into_force_read_at_the_depositary_has_no_caveat(client: TestClient, treaty: str) -> None:
    value = {"Arms Trade Treaty": "2014-12-24", "Kyoto Protocol": "2005-02-16", "UNFCCC": "1994-03-21"}[treaty]
    result = _check(client, {"kind": "entry_into_force", "treaty": treaty, "value": value})
    assert result["verdict"] == "consistent" and result["caveats"] == []


def test_a_claim_not_resting_on_the_doubted_day_has_no_caveat(client: TestClient) -> None:
    claim = {"kind": "notice_period", "treaty": "Statute of the Council of Europe", "value": "six months"}
    result = _check(client, claim)
    assert not any("entry into force" in c for c in result["caveats"])


def test_the_assessment_carries_the_treaty_s_doubts(client: TestClient) -> None:
    response = client.post("/v1/assessments", json={"treaty": "coe-statute", "state": "FRA", "as_of": "2025-10-30"})
    assert response.status_code == 200, response.text
    (doubt,) = response.json()["treaty"]["doubts"]
    assert doubt["fact"] == "entry_into_force" and doubt["kind"] == "not_read"
    assert doubt["sources"][0]["url"] == "https://pl.m.wikipedia.org/wiki/Statut_Rady_Europy"
    att = client.post("/v1/assessments", json={"treaty": "att", "state": "FRA", "as_of": "2025-10-30"})
    assert att.status_code == 200 and att.json()["treaty"]["doubts"] == []


def test_a_doubt_must_name_a_fact_the_file_holds() -> None:
    raw = yaml.safe_load((RULES / "coe-statute.yaml").read_text(encoding="utf-8"))
    Treaty.model_validate(raw)
    with pytest.raises(ValidationError, match="doubt on 'entry_into_force', which the file leaves out"):
        Treaty.model_validate({**raw, "entry_into_force": None})
    with pytest.raises(ValidationError, match="two doubts on 'entry_into_force'"):
        Treaty.model_validate({**raw, "doubts": raw["doubts"] * 2})
    with pytest.raises(ValidationError):
        Treaty.model_validate({**raw, "doubts": [{**raw["doubts"][0], "fact": "depositary"}]})
