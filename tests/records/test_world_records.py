"""The records database seeded from world/records (what states did, kept apart from the rule files' examples):
every 2025 Ottawa withdrawal with its source, revocations of ratification as their own act, Brexit's
extensions as events, and a seed that adds nothing the second time."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.db.seed import seed
from app.db.session import get_engine


def _items(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/v1/withdrawals", params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


def test_the_2025_ottawa_withdrawals_are_listed_with_their_sources(records_client: TestClient) -> None:
    items = _items(records_client, treaty="apmbc", as_of="2026-06-01")
    by_state = {i["state"]: i for i in items}
    assert {"LTU", "LVA", "EST", "FIN", "POL", "UKR"} <= set(by_state)
    assert all(by_state[s]["source_url"].startswith("http") for s in ("LTU", "LVA", "EST", "FIN", "POL", "UKR"))
    assert by_state["LTU"]["status"] == "effective" and by_state["LTU"]["effective_date"] == "2025-12-27"
    # Ukraine: the recorded armed conflict holds the withdrawal back (Art. 20(3)).
    assert by_state["UKR"]["status"] == "suspended" and "armed conflict" in by_state["UKR"]["status_reason"]


def test_a_revocation_of_ratification_is_its_own_act(records_client: TestClient) -> None:
    (russia,) = [i for i in _items(records_client, treaty="ctbt") if i["state"] == "RUS"]
    assert russia["kind"] == "ratification_revoked" and russia["status"] == "effective"
    assert "not a withdrawal" in russia["status_reason"]


def test_brexit_shows_its_extensions_and_the_agreed_date(records_client: TestClient) -> None:
    (brexit,) = [i for i in _items(records_client, treaty="teu") if i["state"] == "GBR"]
    extended = [e for e in brexit["events"] if e["kind"] == "extended"]
    assert len(extended) >= 3 and brexit["received_on"] == "2017-03-29"
    assert brexit["status"] == "effective" and brexit["effective_date"] == extended[-1]["date"]


def test_seeding_twice_adds_nothing(records_client: TestClient, records_url: str, records_app: Any) -> None:
    with Session(get_engine(records_url)) as session:
        assert seed(session, records_app.state.assessments.rulebook) == 0


def test_brexit_takes_effect_on_the_agreed_date(records_client: TestClient) -> None:
    (gbr,) = records_client.get("/v1/withdrawals", params={"state": "GBR", "treaty": "teu"}).json()["items"]
    assert gbr["effective_date"] == "2020-02-01" and gbr["status"] == "effective"
    on = records_client.get(f"/v1/withdrawals/{gbr['id']}", params={"as_of": "2019-06-01"}).json()
    assert on["status"] == "pending"
    bound = records_client.get("/v1/treaties/teu/bound", params={"state": "GBR", "on": "2019-06-01"}).json()
    assert bound["bound"] is True


def test_a_date_the_state_named_is_seeded_with_its_record(records_client: TestClient) -> None:
    """Russia named 00:00 on 7 November 2023 in its CFE notice (Art. XIX(2), world/records/cfe-treaty.yaml): the
    seeded record keeps it, so checks read from the database call '7 November' right, as the rule files do."""
    (rus,) = [
        i for i in _items(records_client, treaty="cfe-treaty", as_of="2024-01-10") if i["received_on"] == "2023-06-09"
    ]
    assert rus["specified_date"] == "2023-11-07" and rus["effective_date"] == "2023-11-07"
    claim = {"kind": "effective_date", "treaty": "cfe-treaty", "state": "RUS", "value": "2023-11-07", "tense": "past"}
    checked = records_client.post("/v1/checks", json={"as_of": "2024-01-10", "claims": [claim]}).json()
    assert checked["results"][0]["verdict"] == "consistent", checked


def test_a_suspension_in_the_records_is_no_withdrawal(records_client: TestClient) -> None:
    """Russia suspended the CFE Treaty in 2007 and withdrew in 2023; the United States suspended it in 2023
    (world/records/cfe-treaty.yaml). Checks read from the seeded database must not take a suspension for a
    withdrawal: both stayed bound, and 'Russia withdrew in 2007' is wrong."""
    claims = [
        {"kind": "bound_on", "treaty": "cfe-treaty", "state": "RUS", "value": "true", "on": "2010-01-01"},
        {"kind": "bound_on", "treaty": "cfe-treaty", "state": "USA", "value": "true", "on": "2024-06-01"},
        {"kind": "withdrew", "treaty": "cfe-treaty", "state": "RUS", "value": "2007", "as_of": "2010-01-01"},
    ]
    results = records_client.post("/v1/checks", json={"as_of": "2024-06-01", "claims": claims}).json()["results"]
    for result in results[:2]:  # no withdrawal recorded before that day: not 'no longer bound'
        assert result["verdict"] == "unverifiable" and "withdrawal took effect" not in result["explanation"], result
    assert results[2]["verdict"] == "inconsistent" and "suspension" in results[2]["explanation"], results[2]


def test_a_suspended_treaty_still_binds(records_client: TestClient) -> None:
    """/v1/treaties/{id}/bound: the United States suspended the CFE Treaty in 2023 and did not withdraw."""
    usa = records_client.get("/v1/treaties/cfe-treaty/bound", params={"state": "USA", "on": "2024-06-01"}).json()
    assert usa["bound"] is True and "not a withdrawal" in usa["reason"], usa
    before = records_client.get("/v1/treaties/cfe-treaty/bound", params={"state": "RUS", "on": "2010-01-01"}).json()
    assert before["bound"] is True, before  # suspended in 2007, withdrew in 2023
    rus = records_client.get("/v1/treaties/cfe-treaty/bound", params={"state": "RUS", "on": "2024-06-01"}).json()
    assert rus["bound"] is False and "withdrawal notified on 2023-06-09" in rus["reason"], rus
