"""/v1/states/{iso3}: a state's domestic withdrawal procedure, where encoded."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.api.caching import cached_json, etag_for
from app.api.deps import Assessments, DbSession, Records
from app.api.examples import ERROR_RESPONSES, RECORD_ERRORS
from app.services import participation
from app.services.lookup import find_state
from schemas.api import StateDetail, StateTreaties
from schemas.facts import LegalDate
from schemas.records import Timeline

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


@router.get(
    "/{iso3}/timeline",
    response_model=Timeline,
    summary="A state's recorded withdrawals as a timeline",
    description="Notifications, later events and the effective dates the engine computes, in date order.",
    responses=RECORD_ERRORS,
)
def get_state_timeline(
    session: DbSession,
    records: Records,
    iso3: Annotated[str, Path(max_length=60, examples=["LTU"])],
    as_of: Annotated[LegalDate | None, Query()] = None,
) -> Timeline:
    state = find_state(iso3)
    entries = records.timeline(session, as_of=as_of or dt.date.today(), state=state.iso3)
    return Timeline(subject=state.iso3, entries=entries, rules_version=records.assessments.rulebook.version)


@router.get(
    "/{iso3}/treaties",
    response_model=StateTreaties,
    summary="By which treaties a state is bound on a date",
    description=(
        "The state's status (party, consented, withdrawn, not_party, unknown) under every treaty with a party "
        "list or a record about it, on `on` (default today), each with the list's `as_of`, completeness and source."
    ),
    responses={404: ERROR_RESPONSES[404]},
)
def get_state_treaties(
    request: Request,
    service: Assessments,
    iso3: Annotated[str, Path(max_length=60, examples=["LTU"])],
    on: Annotated[LegalDate | None, Query(description="The day asked about (default: today).")] = None,
) -> Response:
    day = on or dt.date.today()
    answer = participation.treaties_of(service, iso3, day)
    etag = etag_for(service.rulebook.version, {"state_treaties": answer.state, "on": day.isoformat()})
    return cached_json(request, etag, answer.model_dump(mode="json"))
