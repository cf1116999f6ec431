"""/v1/coverage: what the rulebook covers, and how much of it was verified."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request, Response

from app.api.caching import cached_json, etag_for
from app.api.deps import Assessments
from app.services.coverage import coverage
from schemas.coverage import Coverage

router = APIRouter(tags=["coverage"])


@router.get(
    "/v1/coverage",
    response_model=Coverage,
    summary="Coverage and verification of the rulebook",
    description=(
        "Every treaty and state file with its review date, how many provisions are verified, partly verified or "
        "unverified (with what is missing), whether its real examples pass, and each state's confidence and open "
        "questions."
    ),
)
def get_coverage(request: Request, service: Assessments) -> Response:
    payload = coverage(service, dt.date.today()).model_dump(mode="json")
    return cached_json(request, etag_for(service.rulebook.version, {"coverage": True}), payload)
