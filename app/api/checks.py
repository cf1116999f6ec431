"""/v1/checks: newsroom checks of claims about treaty withdrawals, one by one or inside article text."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Request, Response

from app.api.deps import Checks
from app.api.examples import CHECK_EXAMPLES, ERROR_RESPONSES, TEXT_CHECK_EXAMPLES
from app.services.budget import HeavyGate
from app.services.checks import TextTooLong, refuse_too_long
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
    responses={422: ERROR_RESPONSES[422], 503: ERROR_RESPONSES[503]},
)
async def check_claims(
    request: Request, checks: Checks, body: Annotated[ChecksRequest, Body(openapi_examples=CHECK_EXAMPLES)]
) -> Response:
    def work() -> Response:  # serialised in the worker thread too: 1,000 results are not built on the event loop
        results = [checks.check(claim, body.as_of) for claim in body.claims]
        answer = ChecksResponse(results=results, rules_version=checks.assessments.rulebook.version)
        return Response(answer.model_dump_json(), media_type="application/json")

    gate: HeavyGate = request.app.state.heavy_gate
    return await gate.run(work)


@router.post(
    "/text",
    response_model=TextCheckResponse,
    summary="Find and check the claims in article text",
    description=(
        "Plain text (up to 100 KB) and its publication date in; each checkable claim out, with its character span, "
        "the structured claim it was read as, and its verdict. Rule-based: treaty names and aliases from the "
        "rulebook, states and their adjectives, dates read relative to the publication date."
    ),
    responses={413: ERROR_RESPONSES[413], 422: ERROR_RESPONSES[422], 503: ERROR_RESPONSES[503]},
)
async def check_text(
    request: Request, checks: Checks, body: Annotated[TextCheckRequest, Body(openapi_examples=TEXT_CHECK_EXAMPLES)]
) -> Response:
    try:
        refuse_too_long(body.text)  # before the gate and the reader's first build (about 2 s) are spent on it
        gate: HeavyGate = request.app.state.heavy_gate
        return await gate.run(
            lambda: Response(
                checks.check_text(request.app.state.claim_finder, body).model_dump_json(), media_type="application/json"
            ),
            prepare=lambda: request.app.state.claim_finder.find("Warm up.", body.published),
        )
    except TextTooLong as exc:
        raise HTTPException(413, str(exc)) from exc
