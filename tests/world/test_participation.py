"""Who is bound on a date (GET /v1/treaties/{id}/parties, GET /v1/states/{iso3}/treaties), how complete the
world files are (GET /v1/coverage), and the recorded votes the checks read."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.rulebook import Rulebook


def test_apmbc_parties_count_agrees_with_the_recorded_withdrawals(client: Any, rulebook: Rulebook) -> None:
    listing = rulebook.world.parties["apmbc"]
    before = client.get("/v1/treaties/apmbc/parties", params={"on": "2025-06-01"}).json()
    after = client.get("/v1/treaties/Ottawa Convention/parties", params={"on": "2026-06-01"}).json()
    # Every listed state in force by then, less those whose recorded withdrawal took effect by then.
    joined = {p.state for p in listing.parties if (p.in_force or p.consent_date or dt.date.max) <= dt.date(2026, 6, 1)}
    left = {
        r.state
        for _, r in rulebook.world.records_for("apmbc")
        if r.act == "withdrawal" and r.recorded_effective and r.recorded_effective <= dt.date(2026, 6, 1)
    }
    assert after["count"] == len(joined - left) == len(after["parties"])
    assert {"LTU", "LVA", "EST", "FIN", "POL"} <= {p["state"] for p in after["left"]}
    assert "LTU" in {p["state"] for p in before["parties"]} and before["count"] > after["count"]
    assert after["source"]["url"].startswith("http") and after["as_of"] == listing.as_of.isoformat()
    assert after["complete"] is False  # asked after the list's own date
    assert before["complete"] is listing.complete


def test_a_state_treaties_on_a_date(client: Any) -> None:
    answer = client.get("/v1/states/Lithuania/treaties", params={"on": "2026-06-01"}).json()
    by_treaty = {t["treaty"]: t for t in answer["treaties"]}
    assert answer["state"] == "LTU"
    assert by_treaty["apmbc"]["status"] == "withdrawn" and by_treaty["ccm"]["status"] == "withdrawn"
    earlier = client.get("/v1/states/LTU/treaties", params={"on": "2024-01-01"}).json()
    assert {t["treaty"]: t["status"] for t in earlier["treaties"]}["apmbc"] == "party"


def test_unknown_names_on_the_new_endpoints_are_problems(client: Any) -> None:
    assert client.get("/v1/treaties/Ottawa Protocol/parties").status_code == 404
    assert client.get("/v1/states/Narnia/treaties").status_code == 404


def test_coverage_reports_party_lists_and_records(client: Any, rulebook: Rulebook) -> None:
    treaties = {t["id"]: t for t in client.get("/v1/coverage").json()["treaties"]}
    apmbc = treaties["apmbc"]["world"]
    listing = rulebook.world.parties["apmbc"]
    assert apmbc["party_list"] is True and apmbc["parties_listed"] == len(listing.parties)
    assert apmbc["party_list_complete"] is listing.complete
    assert apmbc["records"] == len(rulebook.world.records["apmbc"].records)
    without = [t for t in treaties.values() if t["world"] is None]
    assert all(t["id"] not in rulebook.world.parties and t["id"] not in rulebook.world.records for t in without)


def test_the_recorded_votes_are_there_for_the_checks(rulebook: Rulebook) -> None:
    (lithuania,) = [v for v in rulebook.world.votes("apmbc", "LTU")]
    assert lithuania.step.actor == "Seimas" and lithuania.tally.for_ == 107
    assert all(v.tally is not None and str(v.source.url).startswith("http") for v in rulebook.world.votes())
    (latvia,) = [v for v in rulebook.world.votes("istanbul-convention", "LVA")]  # a vote no notice followed
    assert latvia.notified is None and (latvia.tally.for_, latvia.tally.against) == (56, 32)
    notified = dict((r.state, r.notified) for _, r in rulebook.world.notifications("apmbc"))
    assert notified["LTU"] == dt.date(2025, 6, 27)
