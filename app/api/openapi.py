"""The OpenAPI document as a contract: names that read well in generated clients, errors as they really are
(``application/problem+json``), the API and rules versions, and ``/openapi.json`` with a strong ETag.

**The naming rule** (one, for every route, present and future): an operation's ``operationId`` is its
endpoint's name in lowerCamelCase: ``def assess(...)`` → ``assess``, ``def list_withdrawals(...)`` →
``listWithdrawals``. So name a new endpoint function as the verb phrase a client should call
(``get_party``, ``list_parties``) — or pass ``name=`` to the route decorator. Two operations with the same
name stop the document from being built, with both routes in the message.

The document has two layers: :func:`contract_document` is what clients depend on (paths, operations,
schemas) and is what the committed snapshot ``openapi/v1.json`` holds (see ``app/api/contract.py``);
the served document adds the rules version the running app was built from.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.api.caching import cached_body
from schemas.api import Problem

API_VERSION = "1.0.1"
"""The version of the HTTP contract (``info.version``), independent of the package's. Raise it, and write
the change in CHANGELOG.md, for any change that can break a client (``treatyexit openapi check``)."""

TITLE = "treatyexit"
"""``info.title``: stable, since generators name the client package after it (``treatyexit-client``)."""

TAGS: list[dict[str, str]] = [
    {"name": "assessments", "description": "What a state must do to leave a treaty, and when the exit takes effect."},
    {"name": "treaties", "description": "The rulebook's treaties: withdrawal clauses, timelines, who is bound."},
    {"name": "states", "description": "A state's domestic withdrawal procedure and its recorded withdrawals."},
    {"name": "withdrawals", "description": "Recorded notifications of withdrawal and their later events."},
    {"name": "checks", "description": "Fact-checking claims about withdrawals, structured or in article text."},
    {"name": "coverage", "description": "What the rulebook covers and how much of it was verified."},
    {"name": "operations", "description": "Liveness and readiness of the service."},
]
"""One tag per resource; every operation carries exactly one of them (new resources add theirs here)."""

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_DESCRIPTIONS = {
    "300": "The name fits several treaties or states: choose one of `close_matches` (RFC 9110 Multiple Choices)",
    "400": "The body is not valid JSON",
    "404": "Not found (with close matches where they exist)",
    "405": "Method not allowed",
    "413": "The request body is too large",
    "422": "Malformed or impossible input, pointing at the field",
}


def operation_id(route: APIRoute) -> str:
    """The naming rule: the endpoint's name in lowerCamelCase (``get_treaty_timeline`` → ``getTreatyTimeline``)."""
    head, *rest = route.name.strip("_").split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest if word)


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/problem+json": {"schema": _PROBLEM_REF}}}


_NAME_INPUTS = {"treaty", "state", "treaty_id", "iso3"}


def _names_a_treaty_or_state(operation: dict[str, Any], components: dict[str, Any]) -> bool:
    """The operation resolves a treaty or state name (app/services/lookup.py), so it may answer 300."""
    if any(p.get("name") in _NAME_INPUTS for p in operation.get("parameters", [])):
        return True
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    model = components.get(str(body.get("$ref", "")).rsplit("/", 1)[-1], body)
    return bool(_NAME_INPUTS & set(model.get("properties", {})))


def _own_error_body(response: dict[str, Any]) -> bool:
    """An error response documented with a model of its own (readiness's 503) rather than a problem detail."""
    ref = response.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] not in ("", "Problem", "HTTPValidationError")


def _check_operation_ids(routes: list[Any]) -> None:
    """Two operations with one id would make a generator drop or rename one: refuse, naming both routes."""
    seen: dict[str, str] = {}
    for route in routes:
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        name = route.operation_id or route.unique_id
        where = f"{'/'.join(sorted(route.methods or ()))} {route.path}"
        if name in seen:
            raise RuntimeError(
                f"operationId {name!r} names both {seen[name]} and {where}: rename one endpoint function "
                "(the operationId is its name in lowerCamelCase; see app/api/openapi.py)"
            )
        seen[name] = where


def _check_component_names(document: dict[str, Any]) -> None:
    """Two models with one class name get module-path names (``schemas__rules__Threshold``): refuse."""
    clashes = [name for name in document.get("components", {}).get("schemas", {}) if "__" in name]
    if clashes:
        raise RuntimeError(
            f"two models share a class name, so the document names them by module path: {clashes}; "
            "give each a distinct, meaningful class name"
        )


def contract_document(app: FastAPI) -> dict[str, Any]:
    """The document clients are generated from: what the snapshot holds and what the contract check compares."""
    _check_operation_ids(app.routes)
    document = get_openapi(title=TITLE, version=API_VERSION, description=app.description, routes=app.routes, tags=TAGS)
    components = document.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    for path, operations in document.get("paths", {}).items():
        for _method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for code, response in list(responses.items()):
                if code.startswith(("4", "5")) and not _own_error_body(response):
                    responses[code] = _problem(response.get("description") or _DESCRIPTIONS.get(code, "Error"))
            content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            extra = getattr(app.state, "openapi_examples", {}).get((path, _method), {})
            if extra:  # real cases read from the rule files when the app was built (app/api/examples.py)
                content["examples"] = {**extra, **content.get("examples", {})}
            for parameter in operation.get("parameters", []):
                examples = parameter.get("schema", {}).get("examples")
                if examples and "example" not in parameter:  # what "Try it out" fills in
                    parameter["example"] = examples[0]
            if operation.get("parameters") or operation.get("requestBody"):
                responses.setdefault("422", _problem(_DESCRIPTIONS["422"]))
            if "{" in path:
                responses.setdefault("404", _problem(_DESCRIPTIONS["404"]))
            if _names_a_treaty_or_state(operation, components):
                responses.setdefault("300", _problem(_DESCRIPTIONS["300"]))
            if operation.get("requestBody"):
                responses.setdefault("413", _problem(_DESCRIPTIONS["413"]))
                responses.setdefault("400", _problem(_DESCRIPTIONS["400"]))
            responses.setdefault("405", _problem(_DESCRIPTIONS["405"]))
    _check_component_names(document)
    return document


def versions_line(rules_version: str) -> str:
    return f"**API version {API_VERSION}** · **rules version `{rules_version}`**"


def install(app: FastAPI, rules_version: str) -> None:
    """Serve the document with the rules version (``info.x-rules-version`` and the description's first line)
    at ``/openapi.json`` with a strong ETag (a hash of its bytes) and 304 on ``If-None-Match``; the explorer's
    page title names both versions."""
    app.title = f"{TITLE} API {API_VERSION} (rules {rules_version})"  # the /docs and /redoc page titles

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        document = contract_document(app)
        info = document["info"]
        info["description"] = versions_line(rules_version) + "\n\n" + info.get("description", "").strip()
        info["x-rules-version"] = rules_version
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
    served: dict[str, tuple[bytes, str]] = {}

    def openapi_json(request: Request) -> Response:
        if "body" not in served:
            body = json.dumps(app.openapi(), ensure_ascii=False, separators=(",", ":")).encode()
            served["body"] = (body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')
        body, etag = served["body"]
        return cached_body(request, etag, body)

    app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", None) != app.openapi_url]
    app.add_api_route(str(app.openapi_url), openapi_json, include_in_schema=False, methods=["GET"])
