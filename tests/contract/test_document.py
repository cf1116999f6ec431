"""The published OpenAPI document: valid, named for generated code, versioned, and cacheable."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

from app.api.openapi import API_VERSION, TAGS


@pytest.fixture(scope="module")
def document(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return dict(response.json())


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, ops in document["paths"].items() for method, op in ops.items()]


def test_the_document_is_valid_openapi(document: dict[str, Any]) -> None:
    validate(document)  # raises with the offending pointer


def test_operation_ids_read_as_calls_in_generated_code(document: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(document)]
    assert len(ids) == len(set(ids))
    for method, path, op in operations(document):
        name = op["operationId"]
        assert re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)*", name), f"{method} {path}: {name!r} is not lowerCamelCase"
        assert not name.lower().endswith(("get", "post", "patch", "put", "delete")), name
        assert "v1" not in name and "_" not in name, f"{name!r} repeats its path"
    named = {f"{m.upper()} {p}": op["operationId"] for m, p, op in operations(document)}
    assert named["POST /v1/assessments"] == "assess"
    assert named["GET /v1/assessments"] == "getAssessment"
    assert named["POST /v1/checks/text"] == "checkText"
    assert named["GET /v1/withdrawals"] == "listWithdrawals"


def test_every_operation_has_one_declared_resource_tag(document: dict[str, Any]) -> None:
    declared = {tag["name"] for tag in TAGS}
    assert [t["name"] for t in document["tags"]] == [t["name"] for t in TAGS]
    for method, path, op in operations(document):
        assert len(op.get("tags", [])) == 1 and op["tags"][0] in declared, (
            f"{method.upper()} {path} has tags {op.get('tags')}: give its router one tag from app/api/openapi.py TAGS"
        )


def test_component_names_are_unique_and_meaningful(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    for name, schema in schemas.items():
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", name), f"component {name!r}"
        assert "title" not in schema or schema["title"] == name, f"{name} is titled {schema['title']!r}"
    titles = [schema.get("title", name) for name, schema in schemas.items()]
    assert len(titles) == len(set(titles))
    # the rule files' majority rule and the answer's threshold are distinct, with unchanged JSON fields
    assert {"ThresholdRule", "VotingThreshold"} <= set(schemas)
    assert set(schemas["VotingThreshold"]["properties"]) >= {"rule", "words", "body_size", "votes_needed"}


def test_two_routes_with_one_name_stop_the_document(client: TestClient) -> None:
    from fastapi import FastAPI

    from app.api.openapi import contract_document, operation_id

    app = FastAPI(generate_unique_id_function=operation_id)

    @app.get("/v1/a", tags=["treaties"], name="get_thing")
    def first() -> None: ...

    @app.get("/v1/b", tags=["treaties"], name="get_thing")
    def second() -> None: ...

    with pytest.raises(RuntimeError, match="'getThing' names both GET /v1/a and GET /v1/b"):
        contract_document(app)


def test_the_explorer_shows_the_api_and_rules_versions(client: TestClient, document: dict[str, Any]) -> None:
    rules_version = client.get("/healthz").json()["rules_version"]
    info = document["info"]
    assert info["version"] == API_VERSION
    assert info["x-rules-version"] == rules_version
    assert f"API version {API_VERSION}" in info["description"] and rules_version in info["description"]
    page = client.get("/docs").text
    assert f"<title>treatyexit API {API_VERSION} (rules {rules_version})" in page


def test_openapi_json_has_a_strong_etag_and_answers_304(client: TestClient) -> None:
    first = client.get("/openapi.json")
    etag = first.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    again = client.get("/openapi.json", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["etag"] == etag and not again.content
    assert client.get("/openapi.json", headers={"If-None-Match": '"other"'}).status_code == 200
    assert client.get("/openapi.json").content == first.content


def test_two_models_with_one_class_name_stop_the_document() -> None:
    from fastapi import FastAPI
    from pydantic import BaseModel

    from app.api.openapi import contract_document, operation_id

    first = type("Thing", (BaseModel,), {"__module__": "first", "__annotations__": {"a": int}})
    second = type("Thing", (BaseModel,), {"__module__": "second", "__annotations__": {"b": str}})
    app = FastAPI(generate_unique_id_function=operation_id)
    app.add_api_route("/v1/first", lambda: None, response_model=first, name="get_first")
    app.add_api_route("/v1/second", lambda: None, response_model=second, name="get_second")
    with pytest.raises(RuntimeError, match="share a class name"):
        contract_document(app)


def test_a_name_that_fits_several_entries_is_a_documented_300(document: dict[str, Any], client: TestClient) -> None:
    documented = document["paths"]["/v1/assessments"]["post"]["responses"]["300"]["content"]
    assert documented == {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    assert "300" in document["paths"]["/v1/states/{iso3}"]["get"]["responses"]
    assert "300" not in document["paths"]["/v1/checks/text"]["post"]["responses"]
