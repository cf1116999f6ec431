"""The OpenAPI document says what the API really answers: every error is ``application/problem+json``."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from schemas.api import Problem

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_DESCRIPTIONS = {
    "400": "The body is not valid JSON",
    "404": "Not found (with close matches where they exist)",
    "405": "Method not allowed",
    "413": "The request body is too large",
    "422": "Malformed or impossible input, pointing at the field",
}


def _problem(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/problem+json": {"schema": _PROBLEM_REF}}}


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        components = document.setdefault("components", {}).setdefault("schemas", {})
        components["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        for path, operations in document.get("paths", {}).items():
            for _method, operation in operations.items():
                responses = operation.setdefault("responses", {})
                for code, response in list(responses.items()):
                    if code.startswith(("4", "5")):
                        responses[code] = _problem(response.get("description") or _DESCRIPTIONS.get(code, "Error"))
                if operation.get("parameters") or operation.get("requestBody"):
                    responses.setdefault("422", _problem(_DESCRIPTIONS["422"]))
                if "{" in path:
                    responses.setdefault("404", _problem(_DESCRIPTIONS["404"]))
                if operation.get("requestBody"):
                    responses.setdefault("413", _problem(_DESCRIPTIONS["413"]))
                    responses.setdefault("400", _problem(_DESCRIPTIONS["400"]))
                responses.setdefault("405", _problem(_DESCRIPTIONS["405"]))
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
