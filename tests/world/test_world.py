"""World files (parties, records, situations): loading, party status on a date, and what they add to answers.

Small world folders written here exercise each rule of the status; the real world/ files are checked by the
acceptance tests at the end (Ukraine's Ottawa withdrawal, Lithuania after its withdrawal took effect)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.engine import Engine
from app.rulebook import DEFAULT_RULES_DIR, Rulebook, RulebookError, load_rulebook
from app.services.assessment import AssessmentService
from schemas.api import AssessmentRequest

SOURCE = {"url": "https://treaties.un.org/status/XXVI-5", "title": "UN Treaty Collection, Status XXVI-5"}


def _world(tmp_path: Path, files: dict[str, Any]) -> Path:
    root = tmp_path / "world"
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(content, sort_keys=False))
    return root


def _service(world: Path) -> AssessmentService:
    rulebook = load_rulebook(DEFAULT_RULES_DIR, world_dir=world)
    return AssessmentService(rulebook, Engine(rulebook))


def _parties(complete: bool, as_of: str = "2025-12-31") -> dict[str, Any]:
    return {
        "treaty": "apmbc",
        "as_of": as_of,
        "complete": complete,
        "source": SOURCE,
        "parties": [
            {"state": "LTU", "signed": "1999-02-26", "consent": "ratification", "consent_date": "2003-05-12",
             "in_force": "2003-11-01"},
            {"state": "UKR", "consent": "ratification", "consent_date": "2005-12-27", "in_force": "2006-06-01"},
        ],
    }  # fmt: skip


def _ask(service: AssessmentService, state: str, notified: str | None, **facts: Any) -> Any:
    request = AssessmentRequest(
        treaty="apmbc",
        state=state,
        notification_date=dt.date.fromisoformat(notified) if notified else None,
        facts=facts,
        as_of=dt.date(2026, 11, 28),
    )
    return service.assess(request)


def test_a_state_absent_from_a_complete_list_has_nothing_to_withdraw_from(tmp_path: Path) -> None:
    service = _service(_world(tmp_path, {"parties/apmbc.yaml": _parties(complete=True)}))
    answer = _ask(service, "USA", "2020-01-01")
    assert answer.effective.status == "not_a_party"
    assert answer.effective.date is None and answer.requirements == []
    assert "nothing to withdraw from" in answer.effective.explanation
    assert answer.party.status == "not_party" and answer.party.source.url == SOURCE["url"]
    (condition,) = answer.effective.conditions
    assert condition.kind == "known_fact" and condition.citation.url == SOURCE["url"]


def test_before_its_consent_a_listed_state_was_not_a_party(tmp_path: Path) -> None:
    service = _service(_world(tmp_path, {"parties/apmbc.yaml": _parties(complete=True)}))
    assert _ask(service, "UKR", "2004-01-01").effective.status == "not_a_party"
    answer = _ask(service, "LTU", "2025-06-27")
    assert answer.effective.status == "determined" and answer.party.status == "party"
    assert not any(c.id == "world/parties/apmbc" for c in answer.effective.conditions)


def test_an_incomplete_list_or_a_later_day_is_an_assumption_said_in_the_answer(tmp_path: Path) -> None:
    service = _service(_world(tmp_path, {"parties/apmbc.yaml": _parties(complete=False)}))
    answer = _ask(service, "USA", "2020-01-01")
    assert answer.effective.status == "determined"
    assumption = next(c for c in answer.effective.conditions if c.id == "world/parties/apmbc")
    assert assumption.kind == "assumption" and "not recorded" in assumption.description
    assert answer.party.status == "unknown"
    # A complete list says nothing of a day after its own date.
    later = _service(_world(tmp_path / "later", {"parties/apmbc.yaml": _parties(complete=True, as_of="2019-01-01")}))
    assert _ask(later, "USA", "2020-01-01").party.status == "unknown"


def test_a_recorded_withdrawal_ends_participation_unless_revoked_or_followed_by_a_new_notice(tmp_path: Path) -> None:
    record = {"state": "LTU", "act": "withdrawal", "notified": "2025-06-27", "effective": "2025-12-27",
              "sources": [SOURCE]}  # fmt: skip
    world = _world(tmp_path, {"parties/apmbc.yaml": _parties(True), "records/apmbc.yaml": {
        "treaty": "apmbc", "records": [record]}})  # fmt: skip
    service = _service(world)
    assert _ask(service, "LTU", "2025-12-26").party.status == "party"
    after = _ask(service, "LTU", "2026-01-05")
    assert after.effective.status == "not_a_party" and after.party.status == "withdrawn"
    assert "2025-12-27" in after.effective.explanation
    revoked = _world(tmp_path / "revoked", {"parties/apmbc.yaml": _parties(True), "records/apmbc.yaml": {
        "treaty": "apmbc", "records": [{**record, "revoked": "2025-12-01"}]}})  # fmt: skip
    assert _ask(_service(revoked), "LTU", "2026-01-05").party.status == "party"
    again = _world(tmp_path / "again", {"parties/apmbc.yaml": _parties(True), "records/apmbc.yaml": {
        "treaty": "apmbc", "records": [record, {**record, "notified": "2027-01-04", "effective": None}]}})  # fmt: skip
    status = _service(again).rulebook.world.party_status("apmbc", "LTU", dt.date(2026, 6, 1))
    assert status.status == "unknown" and "bound again before 2027-01-04" in status.reason


def test_a_situation_supplies_a_fact_left_out_and_a_given_fact_wins(tmp_path: Path) -> None:
    conflict = {"id": "test-iac", "kind": "armed_conflict", "classification": "international_armed_conflict",
                "parties": ["LTU"], "start": "2025-10-01", "end": "2026-02-01", "as_of": "2026-06-01",
                "classifier": "RULAC", "source": SOURCE}  # fmt: skip
    service = _service(_world(tmp_path, {"situations/conflicts.yaml": {"situations": [conflict]}}))
    held = _ask(service, "LTU", "2025-06-27")  # the period expires on 2025-12-27, in the conflict
    assert held.effective.status == "conditional"
    known = next(c for c in held.effective.conditions if c.kind == "known_fact")
    assert known.id == "world/situations/test-iac" and known.citation.url == SOURCE["url"]
    assert _ask(service, "LTU", "2025-06-27", armed_conflict=False).effective.date == dt.date(2025, 12, 27)
    # The conflict ended before the period expires: nothing is taken from the file.
    later = _ask(service, "LTU", "2025-09-01")
    assert later.effective.status == "determined" and not any(
        c.kind == "known_fact" for c in later.effective.conditions
    )


def test_malformed_world_files_name_the_file_and_the_field(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    bad = _parties(True)
    bad["parties"][0]["in_force"] = "2001-01-01"  # before its consent
    unknown_state = {"state": "XYZ", "act": "withdrawal", "notified": "2001-01-01", "sources": [SOURCE]}
    _world(tmp_path, {"parties/apmbc.yaml": bad, "records/nosuch.yaml": {"treaty": "nosuch", "records": []},
                      "records/ccm.yaml": {"treaty": "ccm", "records": [unknown_state]}})  # fmt: skip
    with pytest.raises(RulebookError) as caught:
        load_rulebook(rules)
    text = "\n".join(caught.value.problems)
    assert "world/parties/apmbc.yaml: parties[0]" in text and "before consent_date" in text
    assert "'XYZ' is not an ISO 3166-1 alpha-3 code" in text
    assert "world/records/nosuch.yaml: no treaty 'nosuch'" in text


def test_the_world_files_are_part_of_the_rules_version(tmp_path: Path) -> None:
    one = load_rulebook(DEFAULT_RULES_DIR, world_dir=_world(tmp_path / "a", {"parties/apmbc.yaml": _parties(True)}))
    two = load_rulebook(DEFAULT_RULES_DIR, world_dir=_world(tmp_path / "b", {"parties/apmbc.yaml": _parties(False)}))
    assert one.version != two.version


# --- the real world/ files ----------------------------------------------------------------------


def test_ukraine_ottawa_withdrawal_is_held_back_by_the_recorded_armed_conflict(service: AssessmentService) -> None:
    answer = _ask(service, "UKR", "2025-06-30")
    assert answer.effective.status == "conditional" and answer.effective.date is None
    kinds = {c.kind: c for c in answer.effective.conditions}
    assert kinds["suspension"].citation.cite.startswith("Art. 20(3)")
    assert kinds["known_fact"].id == "world/situations/russia-ukraine-iac"
    assert "rulac.org" in (kinds["known_fact"].citation.url or "")
    peace = _ask(service, "UKR", "2025-06-30", armed_conflict=False)
    assert (peace.effective.status, peace.effective.date) == ("determined", dt.date(2025, 12, 30))


def test_lithuania_after_its_ottawa_withdrawal_took_effect(service: AssessmentService, rulebook: Rulebook) -> None:
    answer = _ask(service, "LTU", "2026-03-01")
    assert answer.effective.status == "not_a_party"
    assert answer.party.status == "withdrawn" and answer.party.source is not None


# --- the page -----------------------------------------------------------------------------------


def test_the_page_shows_the_recorded_conflict_and_the_party_assumption(client: Any) -> None:
    page = client.get("/", params={"treaty": "apmbc", "state": "UKR", "notification_date": "2025-06-30"})
    assert page.status_code == 200
    assert 'data-condition="world/situations/russia-ukraine-iac"' in page.text
    assert "Recorded fact" in page.text and "rulac.org" in page.text


def test_the_story_sentence_says_when_party_status_is_assumed(tmp_path: Path) -> None:
    from app.web.routes import _story

    service = _service(_world(tmp_path, {"parties/apmbc.yaml": _parties(complete=False)}))
    story = _story(_ask(service, "USA", "2020-01-01"), None, dt.date(2026, 11, 28))
    assert story.endswith(", assuming United States was a party (its party status is not recorded).")


def test_cli_answers_not_a_party_with_its_source() -> None:
    from tests.test_cli import invoke

    done = invoke("assess", "apmbc", "USA", "--notified", "2020-01-01")
    assert done.exit_code == 0, done.output
    assert "not_a_party" in done.stdout and "nothing to withdraw from" in done.stdout
    assert "party status on 2020-01-01: not_party" in done.stdout and "http" in done.stdout


def test_api_answers_not_a_party_with_200_and_its_source(client: Any) -> None:
    response = client.get(
        "/v1/assessments", params={"treaty": "apmbc", "state": "USA", "notification_date": "2020-01-01"}
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["effective"]["status"] == "not_a_party" and answer["effective"]["date"] is None
    assert answer["party"]["status"] == "not_party" and answer["party"]["source"]["url"].startswith("http")
    assert answer["requirements"] == [] and answer["effective"]["conditions"][0]["kind"] == "known_fact"


def test_the_page_for_a_state_that_is_not_a_party(client: Any) -> None:
    page = client.get("/", params={"treaty": "apmbc", "state": "America", "notification_date": "2020-01-01"})
    assert page.status_code == 200
    assert "Not a party" in page.text and "nothing to withdraw from" in page.text
    assert "armed conflict is a recorded fact" not in page.text  # nothing else is taken from the world files
    assert "Art. 20(3), first sentence" not in page.text  # no effect provision is cited for a date
