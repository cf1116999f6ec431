"""/v1/checks: newsroom checks of claims about treaty withdrawals, one by one or inside article text."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Request

from app.api.deps import Checks
from app.api.examples import CHECK_EXAMPLES, ERROR_RESPONSES, TEXT_CHECK_EXAMPLES
from app.services.checks import TextTooLong
from schemas.checks import ChecksRequest, ChecksResponse, TextCheckRequest, TextCheckResponse

router = APIRouter(prefix="/v1/checks", tags=["checks"])


@router.post(
    "",
    response_model=ChecksResponse,
    summary="Check structured claims (up to 1,000)",
    description=(
        "Each claim gets a verdict (consistent, inconsistent, partly_consistent, unverifiable), the correct value, "
        "the evidence (rule or record, with its citation) and a sentence a journalist can paste. Effective dates "
        "are computed by the engine from the recorded notification; precision follows the claim."
    ),
    responses={422: ERROR_RESPONSES[422]},
)
def check_claims(
    request: Request, checks: Checks, body: Annotated[ChecksRequest, Body(openapi_examples=CHECK_EXAMPLES)]
) -> ChecksResponse:
    results = [checks.check(claim, body.as_of) for claim in body.claims]
    return ChecksResponse(results=results, rules_version=checks.assessments.rulebook.version)


@router.post(
    "/text",
    response_model=TextCheckResponse,
    summary="Find and check the claims in article text",
    description=(
        "Plain text (up to 100 KB) and its publication date in; each checkable claim out, with its character span, "
        "the structured claim it was read as, and its verdict. Rule-based: treaty names and aliases from the "
        "rulebook, states and their adjectives, dates read relative to the publication date."
    ),
    responses={413: ERROR_RESPONSES[413], 422: ERROR_RESPONSES[422]},
)
def check_text(
    request: Request, checks: Checks, body: Annotated[TextCheckRequest, Body(openapi_examples=TEXT_CHECK_EXAMPLES)]
) -> TextCheckResponse:
    try:
        return checks.check_text(request.app.state.claim_finder, body)
    except TextTooLong as exc:
        raise HTTPException(413, str(exc)) from exc
