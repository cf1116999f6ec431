"""/v1/assessments over HTTP (the real app, rulebook and engine)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import TODAY, dev_cases

URL = "/v1/assessments"


def post(client: TestClient, body: dict[str, Any]) -> Any:
    response = client.post(URL, json={"as_of": TODAY.isoformat(), **body})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("case", dev_cases(), ids=lambda c: c["id"])
def test_dev_cases_through_http(client: TestClient, case: dict[str, Any]) -> None:
    body = {"treaty": case["treaty"], "state": case["state"], "facts": case["facts"]}
    if case["notification_date"]:
        body["notification_date"] = case["notification_date"]
    effective = post(client, body)["effective"]
    assert effective["status"] == case["expect"]["status"]
    assert effective["date"] == case["expect"]["date"]


def test_oslo_lithuania_determined_with_the_instrument_to_the_secretary_general(client: TestClient) -> None:
    answer = post(client, {"treaty": "ccm", "state": "LTU", "notification_date": "2024-09-06"})
    assert answer["effective"]["status"] == "determined"
    assert answer["effective"]["date"] == "2025-03-06"
    notice = next(r for r in answer["requirements"] if r["id"] == "ccm/notice")
    assert notice["level"] == "international"
    assert any("Secretary-General of the United Nations" in r for r in notice["recipients"])
    assert any("full explanation of the reasons" in c for c in notice["contents"])
    assert notice["citation"]["cite"].startswith("Art. 20")
    assert notice["citation"]["url"].startswith("http")
    assert answer["rules_version"]
    assert any(t["rule"] == "ccm/effect" and t["applied"] for t in answer["trace"])


def test_ottawa_lithuania_and_the_armed_conflict_suspension(client: TestClient) -> None:
    body = {"treaty": "apmbc", "state": "LTU", "notification_date": "2025-06-27"}
    plain = post(client, body)["effective"]
    assert (plain["status"], plain["date"]) == ("determined", "2025-12-27")
    assumption = next(c for c in plain["conditions"] if c["id"] == "apmbc/armed-conflict")
    assert assumption["kind"] == "assumption"

    war = post(client, {**body, "facts": {"armed_conflict": True}})["effective"]
    assert war["status"] == "conditional"
    assert war["date"] is None
    assert war["earliest_date"] == "2025-12-27"
    suspension = next(c for c in war["conditions"] if c["kind"] == "suspension")
    assert suspension["citation"]["cite"].startswith("Art. 20(3)")
    assert "end of the armed conflict" in suspension["description"]


def test_ottawa_by_alias_without_notification(client: TestClient) -> None:
    # Before Lithuania's own withdrawal (notified 2025-06-27) took effect; after it, it is not a party.
    response = client.get(URL, params={"treaty": "Ottawa Convention", "state": "LTU", "as_of": "2025-05-01"})
    assert response.status_code == 200
    answer = response.json()
    assert answer["effective"]["status"] == "needs_notification"
    assert answer["effective"]["earliest_date"] == "2025-11-01"
    domestic = [r for r in answer["requirements"] if r["level"] == "domestic"]
    actors = " ".join(r["actor"] for r in domestic)
    assert "Seimas" in actors and "President" in actors
    seimas = next(r for r in domestic if r["actor"] == "Seimas")
    assert seimas["threshold"]["body_size"] == 141
    assert all(r["citation"]["url"].startswith("http") for r in domestic)
    orders = [r["order"] for r in answer["requirements"]]
    assert orders == sorted(orders)
    assert answer["requirements"][-1]["level"] == "international"


def test_get_and_post_give_the_same_answer(client: TestClient) -> None:
    query = {"treaty": "apmbc", "state": "LTU", "notification_date": "2025-06-27", "armed_conflict": "true"}
    got = client.get(URL, params={**query, "as_of": TODAY.isoformat()}).json()
    posted = post(
        client,
        {"treaty": "apmbc", "state": "LTU", "notification_date": "2025-06-27", "facts": {"armed_conflict": True}},
    )
    assert got == posted


def test_etag_and_304(client: TestClient) -> None:
    params = {"treaty": "ccm", "state": "LTU", "notification_date": "2024-09-06", "as_of": "2026-11-28"}
    first = client.get(URL, params=params)
    etag = first.headers["etag"]
    assert etag.startswith('"') and "max-age" in first.headers["cache-control"]
    again = client.get(URL, params=params, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = client.get(URL, params={**params, "notification_date": "2024-09-07"})
    assert other.headers["etag"] != etag


def test_paris_precondition(client: TestClient) -> None:
    base = {"treaty": "paris-agreement", "state": "USA", "facts": {"entry_into_force_for_state": "2016-11-04"}}
    early = post(client, {**base, "notification_date": "2017-08-04"})["effective"]
    assert early["status"] == "not_yet_permitted" and early["date"] is None
    later = post(
        client, {**base, "notification_date": "2019-11-04", "facts": {**base["facts"], "specified_date": "2021-01-01"}}
    )
    assert later["effective"]["date"] == "2021-01-01"
    unknown = post(client, {"treaty": "paris-agreement", "state": "USA", "notification_date": "2019-11-04"})
    assert any(c["kind"] == "precondition" for c in unknown["effective"]["conditions"])


def test_month_end_is_ambiguous_with_both_candidates(client: TestClient) -> None:
    effective = post(client, {"treaty": "ccm", "state": "LTU", "notification_date": "2024-08-31"})["effective"]
    assert effective["status"] == "ambiguous"
    assert effective["date"] is None
    assert effective["candidates"] == ["2025-02-28", "2025-03-01"]


def test_state_without_a_file_gets_international_requirements_and_a_note(client: TestClient) -> None:
    answer = post(client, {"treaty": "rome-statute", "state": "PHL", "notification_date": "2018-03-17"})
    assert answer["state"]["domestic_procedure"] == "not_encoded"
    assert all(r["level"] == "international" for r in answer["requirements"])
    assert any("not encoded yet" in n for n in answer["notes"])
    assert answer["effective"]["date"] == "2019-03-17"


def test_survival_with_a_fixed_length(client: TestClient) -> None:
    answer = post(client, {"treaty": "ect", "state": "ITA", "notification_date": "2014-12-31",
                           "facts": {"entry_into_force_for_state": "1998-04-16"}})  # fmt: skip
    survival = next(s for s in answer["effective"]["survives"] if s["lasts"])
    assert survival["lasts"] == "twenty years"
    assert survival["until"] == "2036-01-01"


def test_iccpr_has_no_withdrawal_right(client: TestClient) -> None:
    effective = post(client, {"treaty": "iccpr", "state": "PRK", "notification_date": "1997-08-25"})["effective"]
    assert effective["status"] == "no_withdrawal_right"
    assert any("General Comment" in c["citation"]["cite"] + c["description"] for c in effective["conditions"])


@pytest.mark.parametrize(
    ("body", "status", "pointer"),
    [
        ({"treaty": "Ottawa Protocol", "state": "LTU"}, 404, None),
        ({"treaty": "ccm", "state": "XYZ"}, 404, None),
        ({"treaty": "ccm", "state": "LTU", "notification_date": "2025-02-30"}, 422, "/notification_date"),
        ({"treaty": "ccm", "state": "LTU", "notification_date": "06/09/2024"}, 422, "/notification_date"),
        ({"treaty": "ccm", "state": "LTU", "notification_date": "0001-01-01"}, 422, "/notification_date"),
        ({"treaty": "ccm", "state": "LTU", "facts": {"at_war": True}}, 422, "/facts/at_war"),
        ({"treaty": "ccm", "state": "LTU", "facts": {"armed_conflict": "maybe"}}, 422, "/facts/armed_conflict"),
        ({"treaty": 5, "state": "LTU"}, 422, "/treaty"),
        ({"state": "LTU"}, 422, "/treaty"),
        ({"treaty": "ccm", "state": "LTU", "unexpected": 1}, 422, "/unexpected"),
        ({"treaty": "ccm", "state": "LTU", "notification_date": "2001-01-01"}, 422, "/notification_date"),
    ],
)
def test_errors_are_problem_details(client: TestClient, body: dict[str, Any], status: int, pointer: str | None) -> None:
    response = client.post(URL, json=body)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status and problem["title"] and problem["type"]
    if pointer:
        assert pointer in [e["pointer"] for e in problem["errors"]]
    else:
        assert isinstance(problem["close_matches"], list)


def test_unknown_treaty_names_close_matches(client: TestClient) -> None:
    problem = client.post(URL, json={"treaty": "Ottawa Protocol", "state": "LTU"}).json()
    assert problem["close_matches"][0] == "apmbc"
    assert client.post(URL, json={"treaty": "ccm", "state": "LTX"}).json()["close_matches"][0] == "LTU"


def test_malformed_json_and_wrong_media_type(client: TestClient) -> None:
    response = client.post(URL, content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"
    response = client.post(URL, content=b"\xff\xfe", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert client.get("/v1/nowhere").headers["content-type"] == "application/problem+json"


def test_rome_statute_article_121_6_takes_effect_on_receipt(client: TestClient) -> None:
    body = {"treaty": "rome-statute", "state": "FRA", "notification_date": "2027-03-01"}
    usual = post(client, body)["effective"]
    special = post(client, {**body, "facts": {"amendment_not_accepted": True}})["effective"]
    assert usual["date"] == "2028-03-01"
    assert special["status"] == "determined" and special["date"] == "2027-03-01"
    assert "Art. 121(6)" in special["explanation"]


def test_treaties_not_in_force_or_terminated_say_so(client: TestClient) -> None:
    late = client.post(URL, json={"treaty": "inf-treaty", "state": "USA", "notification_date": "2020-01-01"})
    assert late.status_code == 422 and "ceased to be in force on 2019-08-02" in late.json()["detail"]
    ended = post(client, {"treaty": "new-start", "state": "RUS"})
    assert any("ceased to be in force on 2026-02-05" in n for n in ended["notes"])
    ctbt = post(client, {"treaty": "ctbt", "state": "GBR", "notification_date": "2026-01-01"})
    assert any("not in force" in n for n in ctbt["notes"])
    # Russia revoked its ratification in 2023 (world/records/ctbt.yaml): it has nothing left to withdraw.
    russia = post(client, {"treaty": "ctbt", "state": "RUS", "notification_date": "2026-01-01"})
    assert (
        russia["effective"]["status"] == "not_a_party"
        and "revocation of ratification" in russia["effective"]["explanation"]
    )


def test_an_agreed_date_before_the_notice_is_a_422_at_the_field(client: TestClient) -> None:
    body = {"treaty": "teu", "state": "GBR", "notification_date": "2017-03-29", "facts": {"agreed_date": "2016-01-01"}}
    response = client.post(URL, json=body)
    assert response.status_code == 422 and response.json()["errors"][0]["pointer"] == "/facts/agreed_date"


def test_get_can_ask_everything_post_can(client: TestClient) -> None:
    params = {"treaty": "teu", "state": "GBR", "notification_date": "2017-03-29", "agreed_date": "2020-02-01",
              "as_of": "2026-01-15"}  # fmt: skip
    assert client.get(URL, params=params).json()["effective"]["date"] == "2020-02-01"
