"""/v1/assessments: what a state must do to leave a treaty, and when the withdrawal takes effect."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Body, Query, Request, Response
from pydantic import Field

from app.api.caching import AnswerCache, etag_for
from app.api.examples import CONSTRUCTED_EXAMPLES, ERROR_RESPONSES
from app.facts import facts_from, with_fact_parameters
from app.services.assessment import AssessmentService
from schemas.api import Assessment, AssessmentRequest, AssessmentSummary, Model
from schemas.facts import LegalDate

router = APIRouter(prefix="/v1/assessments", tags=["assessments"])


class _Query(Model):
    """The GET form of an assessment: the same fields, facts flattened into the query string (one parameter per
    fact declared in :class:`schemas.facts.AssessmentFacts`, added by :func:`app.facts.with_fact_parameters`)."""

    treaty: str = Field(min_length=1, max_length=200, examples=["Ottawa Convention"])
    state: str = Field(min_length=1, max_length=60, examples=["LTU"])
    notification_date: LegalDate | None = None
    as_of: LegalDate | None = None
    view: Literal["full", "summary"] = Field(
        "full",
        description=(
            "`full` (default): the explained answer. `summary`: status, dates, condition ids and citation "
            "references only (under 2 KB), for batch clients."
        ),
    )

    def to_request(self) -> AssessmentRequest:
        return AssessmentRequest(
            treaty=self.treaty,
            state=self.state,
            notification_date=self.notification_date,
            facts=facts_from(self),
            as_of=self.as_of,
        )


if TYPE_CHECKING:
    AssessmentQuery = _Query
else:
    AssessmentQuery = with_fact_parameters(_Query)


def _answer(request: Request, body: AssessmentRequest, view: View = "full") -> Response:
    """The answer for ``body``, asked on ``as_of`` (default today): served from the answer cache when asked
    before; the ETag is the same whether computed or cached. (The service is read from the app's state rather
    than injected: this is the hot path, and dependency resolution was a fifth of its cost.) ``view=summary``
    gives the lean answer (:class:`AssessmentSummary`) computed from the same evaluation."""
    service: AssessmentService = request.app.state.assessments
    as_of = body.as_of or dt.date.today()
    query: dict[str, Any] = body.model_dump(mode="json", exclude_none=True) | {"as_of": as_of.isoformat()}
    if view != "full":
        query["view"] = view
    etag = etag_for(service.rulebook.version, query)
    cache: AnswerCache = request.app.state.answer_cache

    def compute() -> bytes:
        answer = service.assess(body, today=as_of)
        return (AssessmentSummary.of(answer) if view == "summary" else answer).model_dump_json().encode()

    return cache.respond(request, etag, compute)


View = Literal["full", "summary"]
ViewQuery = Annotated[
    View,
    Query(
        description=(
            "`full` (default): the explained answer. `summary`: status, dates, condition ids and citation "
            "references only (under 2 KB), for batch clients."
        )
    ),
]


@router.post(
    "",
    response_model=Assessment | AssessmentSummary,
    summary="Assess a withdrawal",
    description=(
        "Answers what the state must do, domestically and internationally, to withdraw from the treaty, and when "
        "the withdrawal takes effect (status, date, conditions, obligations that survive), with every rule's "
        "article, verbatim text and source, and the engine's trace. Computed from the treaty's withdrawal "
        "clause, the depositary's counting practice, the VCLT defaults where the treaty is silent, and the "
        "state's domestic procedure."
    ),
    responses=ERROR_RESPONSES,
)
async def assess(
    request: Request,
    body: Annotated[AssessmentRequest, Body(openapi_examples=CONSTRUCTED_EXAMPLES)],
    view: ViewQuery = "full",
) -> Response:
    return _answer(request, body, view)


@router.get(
    "",
    response_model=Assessment | AssessmentSummary,
    summary="Assess a withdrawal (linkable, cacheable)",
    description=(
        "The same answer as POST, as a URL: facts are query parameters. Sends a strong ETag; 304 on If-None-Match."
    ),
    responses=ERROR_RESPONSES,
)
async def get_assessment(request: Request, query: Annotated[AssessmentQuery, Query()]) -> Response:
    return _answer(request, query.to_request(), query.view)
