"""RFC 9457 problem details for every error: never a bare 500 or a stack trace."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.observability import request_id
from app.services.assessment import AssessmentError
from app.services.budget import OverBudget
from app.services.idempotency import KeyReused
from app.services.lookup import Ambiguous, NotFound
from app.services.records import Conflict, RecordNotFound
from schemas.api import Problem

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://treatyexit.example/problems/"
log = logging.getLogger("treatyexit")


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    rid = request_id.get()
    if rid != "-" and problem.request_id is None:
        problem = problem.model_copy(update={"request_id": rid})
    return JSONResponse(
        problem.model_dump(exclude_none=True), status_code=problem.status, media_type=PROBLEM_JSON, headers=headers
    )


def internal_error_body(path: str, rid: str) -> bytes:
    """The 500 problem (for the observability middleware, which catches what no handler did)."""
    problem = Problem(
        type=TYPE_BASE + "internal", title="Internal error", status=500, instance=path, request_id=rid,
        detail=f"The error was logged with request id {rid}; nothing was changed.",
    )  # fmt: skip
    return problem.model_dump_json(exclude_none=True).encode()


_BRANCHES = {"none", "str", "int", "bool", "date", "Not", "In", "lax-or-strict"}


def _field_errors(errors: list[Any]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for err in errors:
        # Drop pydantic's union branch names ('function-wrap[wrap_val()]', 'none', 'str'): the field is what matters.
        loc = [str(p) for p in err.get("loc", ()) if not (isinstance(p, str) and ("[" in p or p in _BRANCHES))]
        out.append(
            {
                "pointer": "/" + "/".join(p for p in loc if p not in ("body", "query", "path")),
                "location": loc[0] if loc else None,
                "message": err.get("msg"),
                "type": err.get("type"),
            }
        )
    return out


def _problem(request: Request, kind: str, title: str, status: int, **fields: Any) -> Problem:
    return Problem(type=TYPE_BASE + kind, title=title, status=status, instance=str(request.url.path), **fields)


def install(app: FastAPI) -> None:
    """Every error answer as an RFC 9457 problem: the request's own errors, then the records database's."""
    _install_request_errors(app)
    _install_record_errors(app)


def _install_request_errors(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _field_errors(list(exc.errors()))
        detail = "; ".join(f"{e['pointer']}: {e['message']}" for e in errors)
        return problem_response(
            _problem(request, "validation", "The request is not valid", 422, detail=detail, errors=errors)
        )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        if isinstance(exc, Ambiguous):  # RFC 9110 300 Multiple Choices: the client picks one of the choices
            problem = _problem(
                request, "ambiguous-name", f"Several {exc.what} entries match", 300, detail=str(exc),
                close_matches=exc.close_matches,
            )  # fmt: skip
        else:
            problem = _problem(
                request, "not-found", f"Unknown {exc.what}", 404, detail=str(exc), close_matches=exc.close_matches
            )
        return problem_response(problem)

    @app.exception_handler(AssessmentError)
    async def unprocessable(request: Request, exc: AssessmentError) -> JSONResponse:
        errors: list[dict[str, object]] = [{"pointer": exc.field, "message": str(exc)}]
        return problem_response(
            _problem(request, "validation", "The facts cannot be assessed", 422, detail=str(exc), errors=errors)
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _http_error(request, exc)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        detail = "The error was logged; nothing was changed."
        return problem_response(_problem(request, "internal", "Internal error", 500, detail=detail))


def _install_record_errors(app: FastAPI) -> None:
    @app.exception_handler(RecordNotFound)
    async def record_not_found(request: Request, exc: RecordNotFound) -> JSONResponse:
        detail = f"no withdrawal record {exc.args[0]}"
        return problem_response(_problem(request, "not-found", "Unknown withdrawal record", 404, detail=detail))

    @app.exception_handler(OverBudget)
    async def over_budget(request: Request, exc: OverBudget) -> JSONResponse:
        title = "The request could not be done in its time budget"
        problem = _problem(request, "over-budget", title, 503, detail=str(exc))
        return problem_response(problem, headers={"Retry-After": str(exc.retry_after)})

    @app.exception_handler(KeyReused)
    async def key_reused(request: Request, exc: KeyReused) -> JSONResponse:
        errors: list[dict[str, object]] = [{"pointer": "/", "location": "header", "message": str(exc)}]
        title = "The Idempotency-Key was used for another request"
        return problem_response(_problem(request, "idempotency-key-reused", title, 422, detail=str(exc), errors=errors))

    @app.exception_handler(Conflict)
    async def conflict(request: Request, exc: Conflict) -> JSONResponse:
        title = "The write conflicts with the stored record"
        return problem_response(_problem(request, "conflict", title, 409, detail=str(exc)))

    @app.exception_handler(IntegrityError)
    async def integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        detail = "The change would break a rule of the records (a duplicate or a missing value); nothing was changed."
        title = "The write conflicts with the stored records"
        return problem_response(_problem(request, "conflict", title, 409, detail=detail))

    @app.exception_handler(DataError)
    async def unstorable(request: Request, exc: DataError) -> JSONResponse:
        detail = f"A value cannot be stored as sent ({type(exc.orig).__name__}); nothing was changed."
        errors: list[dict[str, object]] = [{"pointer": "/", "message": detail}]
        return problem_response(
            _problem(request, "validation", "The request is not valid", 422, detail=detail, errors=errors)
        )

    @app.exception_handler(OperationalError)
    @app.exception_handler(DBAPIError)
    async def database_down(request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable on %s: %s", request.url.path, exc)
        detail = "Withdrawal records cannot be read or written right now; assessments still answer."
        if request.method in ("GET", "HEAD"):
            detail += " Nothing was changed."
        else:  # the database may have gone away before or after the commit: say so, and how to find out
            detail += (
                " If the connection was lost while committing, the write may have been stored: repeat it with the "
                "same Idempotency-Key to get its answer without writing twice."
            )
        problem = _problem(request, "database-unavailable", "The records database is unavailable", 503, detail=detail)
        return problem_response(problem, headers={"Retry-After": "5"})


def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405:  # every method the path supports, not just the first route's (RFC 9110 15.5.6)
        headers["Allow"] = ", ".join(sorted(_allowed_methods(request)))
    if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
        # FastAPI's answer to a body json cannot parse within its limits (nesting too deep): the same 422
        # as any malformed JSON.
        detail = "The JSON body cannot be read (malformed, or nested too deeply)."
        errors: list[dict[str, object]] = [
            {"pointer": "/", "location": "body", "message": detail, "type": "json_invalid"}
        ]
        return problem_response(
            _problem(request, "validation", "The request is not valid", 422, detail=detail, errors=errors)
        )
    title = str(exc.detail) if exc.status_code < 500 else "Server error"
    problem = Problem(type="about:blank", title=title, status=exc.status_code, instance=str(request.url.path))
    return problem_response(problem, headers=headers or None)


def _allowed_methods(request: Request) -> set[str]:
    """The methods the OpenAPI document lists for this path (routes may be split across routers)."""
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = "^" + re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, request.url.path):
            methods |= {m.upper() for m in operations}
    return methods
