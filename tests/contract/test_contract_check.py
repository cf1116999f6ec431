"""The contract check tells breaking from additive changes (that openapi/v1.json is current: tests/api).

The first tests make real scratch changes to a copy of the code and run ``python -m app openapi check`` on
it; the others change a copy of the published document, one kind of change each."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from app.api import contract

ROOT = Path(__file__).resolve().parents[2]
NOT_COPIED = {".git", ".venv", "node_modules", "tests", "bench", "deploy", "artifacts", "__pycache__"}
EFFECTIVE_EXPLANATION = "    explanation: str\n"


@pytest.fixture(scope="module")
def published() -> dict[str, Any]:
    return contract.judge().published


def _scratch_copy(tmp: Path, edit: Callable[[str], str]) -> Path:
    """A copy of the project with ``edit`` applied to schemas/api.py (the models of the answers)."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in NOT_COPIED or n.endswith((".db", "_cache", ".egg-info"))}

    shutil.copytree(ROOT, tmp, ignore=ignore)
    models = tmp / "schemas" / "api.py"
    text = models.read_text()
    edited = edit(text)
    assert edited != text, (
        f"the scratch edit no longer applies to schemas/api.py (looked for {EFFECTIVE_EXPLANATION!r})"
    )
    models.write_text(edited)
    return tmp


def _check(folder: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "app", "openapi", "check"]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=300)


def test_a_scratch_change_removing_a_response_field_fails_naming_it_and_adding_one_passes(tmp_path: Path) -> None:
    def remove(text: str) -> str:
        return re.sub(r"(class Effective\(Model\):.*?)\n    explanation: str\n", r"\1\n", text, count=1, flags=re.S)

    def add(text: str) -> str:
        return text.replace(EFFECTIVE_EXPLANATION, EFFECTIVE_EXPLANATION + "    headline: str | None = None\n", 1)

    removed = _scratch_copy(tmp_path / "removed", remove)
    added = _scratch_copy(tmp_path / "added", add)
    with ThreadPoolExecutor(2) as pool:
        failing, passing = pool.map(_check, [removed, added])

    assert failing.returncode == 1, failing.stdout + failing.stderr
    out = " ".join(failing.stdout.split())
    assert "BREAKING: response field `Effective.explanation` removed" in out
    assert "raise API_VERSION" in out and "CHANGELOG.md" in out and "`Effective.explanation`" in out

    assert passing.returncode == 0, passing.stdout + passing.stderr
    out = " ".join(passing.stdout.split())
    assert "response field `Effective.headline` added" in out
    assert "Run `make openapi`" in out and "BREAKING" not in out


def changed(published: dict[str, Any], edit: Callable[[dict[str, Any]], Any]) -> list[contract.Change]:
    current = copy.deepcopy(published)
    edit(current)
    return contract.compare(published, current)


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    components: dict[str, Any] = document["components"]["schemas"]
    return components


def breaking(changes: list[contract.Change]) -> list[str]:
    return [c.message for c in changes if c.breaking]


def test_an_unchanged_document_has_no_change(published: dict[str, Any]) -> None:
    assert contract.compare(published, copy.deepcopy(published)) == []


def test_a_removed_path_or_operation_is_breaking(published: dict[str, Any]) -> None:
    assert breaking(changed(published, lambda d: d["paths"].pop("/v1/coverage"))) == ["path /v1/coverage removed"]
    assert breaking(changed(published, lambda d: d["paths"]["/v1/assessments"].pop("get"))) == [
        "operation GET /v1/assessments removed"
    ]


def test_a_removed_enum_value_is_breaking_and_an_added_one_is_not(published: dict[str, Any]) -> None:
    def status(d: dict[str, Any]) -> list[str]:
        values: list[str] = schemas(d)["Effective"]["properties"]["status"]["enum"]
        return values

    removed = changed(published, lambda d: status(d).remove("ambiguous"))
    assert breaking(removed) == ["enum value 'ambiguous' removed from `Effective.status`"]
    added = changed(published, lambda d: status(d).append("suspended"))
    assert breaking(added) == [] and any("'suspended' added to `Effective.status`" in c.message for c in added)


def test_a_field_made_required_in_a_request_is_breaking(published: dict[str, Any]) -> None:
    changes = changed(published, lambda d: schemas(d)["AssessmentRequest"]["required"].append("notification_date"))
    assert breaking(changes) == ["request field `AssessmentRequest.notification_date` made required"]
    assert changes[0].where == "POST /v1/assessments"


def test_a_type_narrowed_in_a_request_or_widened_in_a_response_is_breaking(published: dict[str, Any]) -> None:
    def not_nullable(d: dict[str, Any]) -> None:
        field = schemas(d)["AssessmentRequest"]["properties"]["notification_date"]
        field.update(field.pop("anyOf")[0])

    assert breaking(changed(published, not_nullable)) == [
        "`AssessmentRequest.notification_date` no longer accepts null (type narrowed)"
    ]

    def nullable(d: dict[str, Any]) -> None:
        field = schemas(d)["Assessment"]["properties"]["rules_version"]
        schemas(d)["Assessment"]["properties"]["rules_version"] = {"anyOf": [field, {"type": "null"}]}

    assert breaking(changed(published, nullable)) == [
        "`Assessment.rules_version` may now be null in a response (type widened)"
    ]


def test_a_response_field_that_may_now_be_absent_is_breaking(published: dict[str, Any]) -> None:
    changes = changed(published, lambda d: schemas(d)["Effective"]["required"].remove("explanation"))
    assert breaking(changes) == ["response field `Effective.explanation` may now be absent (no longer required)"]


def test_parameters_removed_or_required_break_and_optional_ones_do_not(published: dict[str, Any]) -> None:
    def parameters(d: dict[str, Any]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = d["paths"]["/v1/treaties"]["get"]["parameters"]
        return found

    assert breaking(changed(published, lambda d: parameters(d).clear())) == [
        "query parameter `q` of listTreaties removed"
    ]
    assert breaking(changed(published, lambda d: parameters(d)[0].update(required=True))) == [
        "query parameter `q` of listTreaties made required"
    ]
    optional = {"name": "kind", "in": "query", "required": False, "schema": {"type": "string"}}
    assert breaking(changed(published, lambda d: parameters(d).append(optional))) == []


def test_a_renamed_operation_id_is_breaking_for_generated_code(published: dict[str, Any]) -> None:
    changes = changed(published, lambda d: d["paths"]["/v1/assessments"]["post"].update(operationId="postAssessment"))
    assert breaking(changes) == ["POST /v1/assessments renamed from assess to postAssessment (generated code)"]


def test_additions_are_not_breaking(published: dict[str, Any]) -> None:
    def add(d: dict[str, Any]) -> None:
        d["paths"]["/v1/parties"] = {"get": {"operationId": "listParties", "responses": {"200": {}}}}
        schemas(d)["Effective"]["properties"]["headline"] = {"type": "string"}
        schemas(d)["AssessmentRequest"]["properties"]["locale"] = {"type": "string"}

    changes = changed(published, add)
    assert breaking(changes) == []
    assert {c.subject for c in changes} == {"/v1/parties", "Effective.headline", "AssessmentRequest.locale"}


def test_a_breaking_change_is_released_only_with_a_raised_version_and_a_changelog_entry(
    published: dict[str, Any], tmp_path: Path
) -> None:
    current = copy.deepcopy(published)
    del schemas(current)["Effective"]["properties"]["explanation"]
    schemas(current)["Effective"]["required"].remove("explanation")
    snapshot, changelog = tmp_path / "v1.json", tmp_path / "CHANGELOG.md"
    snapshot.write_text(contract.dumps(published))
    version = published["info"]["version"]

    same_version = contract.judge(current, snapshot, changelog)
    assert f"The API version is {version}, the published one {version}" in " ".join(same_version.problems)
    current["info"]["version"] = "0.9.0"
    assert "The API version is 0.9.0" in " ".join(contract.judge(current, snapshot, changelog).problems)

    current["info"]["version"] = "2.0.0"
    assert "CHANGELOG.md has no `## 2.0.0` section" in " ".join(contract.judge(current, snapshot, changelog).problems)

    changelog.write_text("# Changelog\n\n## 2.0.0 - 2027-01-01\n\n- Dropped the summary line.\n\n## 1.0.0\n")
    assert "does not name `Effective.explanation`" in " ".join(contract.judge(current, snapshot, changelog).problems)

    changelog.write_text("# Changelog\n\n## [2.0.0]\n\n- `Effective.explanation` removed: read the conditions.\n")
    released = contract.judge(current, snapshot, changelog)
    assert released.problems == [] and not released.up_to_date
    assert "BREAKING (released) response field `Effective.explanation` removed" in released.summary()
