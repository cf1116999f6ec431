"""Every operation in the explorer has an example that runs: what "Try it out" fills in gets a documented answer.

Parameters are filled from their ``example``, bodies from each named example; the app runs on a migrated,
seeded SQLite database with writes enabled, and the record writes act on the record the create example made.
(The labelled answers of the assessment and check examples are asserted in tests/api/test_catalogue.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.db.migrate import upgrade
from app.db.seed import seed
from app.db.session import get_engine
from app.main import create_app
from app.settings import Settings

TOKEN = "contract-examples-token"


@pytest.fixture(scope="module")
def explorer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = f"sqlite:///{tmp_path_factory.mktemp('examples') / 'records.db'}"
    upgrade(url)
    app = create_app(Settings(database_url=url, admin_token=TOKEN))
    with Session(get_engine(url)) as session:
        seed(session, app.state.assessments.rulebook)
    with TestClient(app, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        yield client


def _requests(method: str, path: str, operation: dict[str, Any]) -> list[tuple[str, dict[str, Any], Any, bool]]:
    """(name, parameters, body, expect an error) for each example of the operation; fails on a missing one."""
    parameters: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        if "example" in parameter:
            parameters[parameter["name"]] = parameter["example"]
        else:
            assert not parameter.get("required"), (
                f"{method.upper()} {path}: required {parameter['in']} parameter {parameter['name']!r} has no example "
                "(give it `examples=[...]` in Path/Query so the explorer can run it)"
            )
    body = operation.get("requestBody")
    if body is None:
        return [("parameters", parameters, None, False)]
    examples = body["content"]["application/json"].get("examples", {})
    assert examples, f"{method.upper()} {path}: the request body has no named example (Body(openapi_examples=...))"
    return [
        (name, parameters, example["value"], example.get("summary", "").startswith("Error"))
        for name, example in examples.items()
    ]


def test_every_operation_has_an_example_that_runs(explorer: TestClient) -> None:
    document = explorer.get("/openapi.json").json()
    created: int | None = None
    ran = 0
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for name, parameters, body, error in _requests(method, path, operation):
                if created is not None and method != "get" and "record_id" in parameters:
                    parameters = {**parameters, "record_id": created}  # write to the record the example made
                url = path.format(**{k: v for k, v in parameters.items() if "{" + k + "}" in path})
                query = {k: v for k, v in parameters.items() if "{" + k + "}" not in path}
                response = explorer.request(method.upper(), url, params=query, json=body)
                label = f"{method.upper()} {path} [{name}] → {response.status_code}: {response.text[:300]}"
                assert str(response.status_code) in operation["responses"], f"undocumented status: {label}"
                assert (response.status_code >= 400) == error, label
                if path == "/v1/withdrawals" and method == "post":
                    created = response.json()["id"]
                ran += 1
    assert created is not None and ran >= len([op for ops in document["paths"].values() for op in ops])


def test_parameter_examples_are_what_try_it_out_fills_in(explorer: TestClient) -> None:
    document = explorer.get("/openapi.json").json()
    bound = document["paths"]["/v1/treaties/{treaty_id}/bound"]["get"]["parameters"]
    assert {p["name"]: p["example"] for p in bound} == {"treaty_id": "apmbc", "state": "LTU", "on": "2025-12-01"}
