"""/v1/states/{iso3}: a state's domestic withdrawal procedure, where encoded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from app.api.caching import cached_json, etag_for
from app.api.deps import Assessments
from app.api.examples import ERROR_RESPONSES
from app.services.lookup import find_state
from schemas.api import StateDetail

router = APIRouter(prefix="/v1/states", tags=["states"])


@router.get(
    "/{iso3}",
    response_model=StateDetail,
    summary="A state's domestic withdrawal procedure",
    description="Ordered steps, who acts, voting thresholds in words and numbers, sources and confidence.",
    responses={404: ERROR_RESPONSES[404]},
)
def get_state(
    request: Request,
    service: Assessments,
    iso3: Annotated[str, Path(max_length=60, examples=["LTU"])],
) -> Response:
    state = find_state(iso3)
    procedure = service.rulebook.states.get(state.iso3)
    detail = StateDetail(
        iso3=state.iso3,
        name=state.name,
        domestic_procedure=procedure,
        note=None if procedure else f"The domestic withdrawal procedure of {state.name} is not encoded yet.",
        rules_version=service.rulebook.version,
    )
    return cached_json(
        request, etag_for(service.rulebook.version, {"state": state.iso3}), detail.model_dump(mode="json")
    )
