"""/v1/assessments: what a state must do to leave a treaty, and when the withdrawal takes effect."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Body, Query, Request, Response
from fastapi.routing import APIRoute
from pydantic import Field, ValidationError

from app import clock
from app.api.caching import AnswerCache, etag_for, etag_of_canonical
from app.api.examples import CONSTRUCTED_EXAMPLES, ERROR_RESPONSES
from app.facts import facts_from, with_fact_parameters
from app.services.assessment import AssessmentService, answer_json
from app.services.day_answers import DayAnswers
from schemas.api import Assessment, AssessmentRequest, AssessmentSummary, Model
from schemas.facts import LegalDate

View = Literal["full", "summary"]


class _AnswerRoute(APIRoute):
    """The assessment routes; POST first tries :func:`_direct`, which answers a JSON body the request model
    accepts without FastAPI's generic body and dependency handling. Whatever it does not take (another content
    type, a body json.loads reads but orjson does not, a body the model refuses, other query parameters) goes
    through FastAPI's own handler, so every problem is the one FastAPI gives. The answer itself is the same
    :func:`_answer` either way, and its errors reach the same exception handlers."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        generic = super().get_route_handler()
        if self.methods != {"POST"}:
            return generic

        async def handle(request: Request) -> Response:
            direct = await _direct(request)
            return direct if direct is not None else await generic(request)

        return handle


router = APIRouter(prefix="/v1/assessments", tags=["assessments"], route_class=_AnswerRoute)
_VIEWS: dict[bytes, View] = {b"": "full", b"view=full": "full", b"view=summary": "summary"}


def _plain_view(query_string: bytes, content_type: bytes) -> View | None:
    """The view asked of a plain JSON POST; None for another content type or query string."""
    view = _VIEWS.get(query_string)
    if view is None or content_type.partition(b";")[0].strip().lower() != b"application/json":
        return None
    return view


def _plain_question(query_string: bytes, content_type: bytes, raw: bytes) -> tuple[AssessmentRequest, View] | None:
    """A plain JSON body the request model accepts, with a known view; None for anything FastAPI's handler must
    read itself (another content type or query string, a body orjson or the model refuses)."""
    view = _plain_view(query_string, content_type)
    if view is None:
        return None
    try:
        return AssessmentRequest.model_validate(orjson.loads(raw)), view
    except (orjson.JSONDecodeError, ValidationError):
        return None


async def _direct(request: Request) -> Response | None:
    content_type = next((v for k, v in request.scope["headers"] if k == b"content-type"), b"")
    question = _plain_question(request.scope["query_string"], content_type, await request.body())
    return _answer(request, *question) if question is not None else None


_VIEW_HELP = (
    "`full` (default): the explained answer. `summary`: status, dates, condition ids and citation references only "
    "(under 2 KB), for batch clients."
)


class _Query(Model):
    """The GET form of an assessment: the same fields, facts flattened into the query string (one parameter per
    fact declared in :class:`schemas.facts.AssessmentFacts`, added by :func:`app.facts.with_fact_parameters`)."""

    treaty: str = Field(min_length=1, max_length=200, examples=["Ottawa Convention"])
    state: str = Field(min_length=1, max_length=60, examples=["LTU"])
    notification_date: LegalDate | None = None
    as_of: LegalDate | None = None
    view: Literal["full", "summary"] = Field("full", description=_VIEW_HELP)

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
    etag, compute = _prepared(request.app.state.assessments, body, view)
    cache: AnswerCache = request.app.state.answer_cache
    return cache.respond(request, etag, compute)


def _prepared(service: AssessmentService, body: AssessmentRequest, view: View) -> tuple[str, Callable[[], bytes]]:
    """The question's ETag (rules version and canonical query, ``as_of`` made explicit) and how to compute its
    serialised answer."""
    as_of = body.as_of or clock.today()
    query: dict[str, Any] = body.model_dump(mode="json", exclude_none=True) | {"as_of": as_of.isoformat()}
    if view != "full":
        query["view"] = view
    etag = etag_for(service.rulebook.version, query)

    def compute() -> bytes:
        evaluation = service.evaluate(body, today=as_of)
        if view == "summary":
            return AssessmentSummary.of(evaluation.assessment).model_dump_json().encode()
        return answer_json(evaluation)

    return etag, compute


def direct_answer(state: Any) -> Callable[[bytes, bytes, bytes], tuple[bytes, bytes] | None]:
    """For :class:`app.api.ready_answers.ReadyAnswers`: the ETag and bytes of the answer to a body POSTed with
    ``query_string`` and ``content_type``, computed (or read from the answer cache) without routing — or None for
    whatever the route must answer itself: what :func:`_plain_question` does not take, and a question the law
    refuses (a 404, 300 or 422 problem). The route then answers it as if this had not been tried. A new notified
    question of a shape asked before is answered from its shape's answer with its own date's values
    (:class:`app.services.day_answers.DayAnswers`, kept per service in ``state.day_answers``)."""

    # Starlette's State keeps its attributes in this dict; reading it directly avoids a formatted AttributeError
    # per attribute (State's __getattr__ runs only after the usual lookup has failed and formatted one).
    held: dict[str, Any] = state._state

    def answer(query_string: bytes, content_type: bytes, raw: bytes) -> tuple[bytes, bytes] | None:
        view = _plain_view(query_string, content_type)
        if view is None:
            return None
        try:
            body = orjson.loads(raw)
            service: AssessmentService = held["assessments"]
            cache: AnswerCache = held["answer_cache"]
            day = _day_answers(held, service).prepared(body) if view == "full" else None
            if day is not None:
                etag = etag_of_canonical(service.rulebook.version, day[0])
                return etag.encode(), cache.answer(etag, day[1])
            etag, compute = _prepared(service, AssessmentRequest.model_validate(body), view)
            return etag.encode(), cache.answer(etag, compute)
        except Exception:  # every refusal is the route's to give, with its problem (names are remembered: cheap)
            return None

    return answer


def _day_answers(held: dict[str, Any], service: AssessmentService) -> DayAnswers:
    """The shapes of questions asked of ``service`` (a new one when the service is); ``held``: the app state's
    attributes."""
    day: DayAnswers | None = held.get("day_answers")
    if day is None or day.service is not service:
        day = held["day_answers"] = DayAnswers(service, held["settings"].answer_shapes_size)
    return day


ViewQuery = Annotated[View, Query(description=_VIEW_HELP)]


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
