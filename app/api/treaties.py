"""/v1/treaties: the rulebook's treaties, searchable by name and alias, each with its withdrawal clause."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from app.api.caching import cached_json, etag_for
from app.api.deps import Assessments, DbSession, Records
from app.api.examples import ERROR_RESPONSES, RECORD_ERRORS
from app.services import participation
from app.services.lookup import search_treaties
from schemas.api import PartiesAnswer, TreatyDetail, TreatyList, TreatySummary
from schemas.facts import LegalDate
from schemas.records import BoundAnswer, Timeline

router = APIRouter(prefix="/v1/treaties", tags=["treaties"])


@router.get(
    "",
    response_model=TreatyList,
    summary="List or search treaties",
    description="`q` matches ids, names and aliases case-insensitively: 'mine ban treaty' finds `apmbc`.",
)
def list_treaties(
    request: Request,
    service: Assessments,
    q: Annotated[str | None, Query(max_length=200, examples=["Ottawa Convention"])] = None,
) -> Response:
    rulebook = service.rulebook
    items = [
        TreatySummary(
            id=t.id,
            name=t.name,
            short_name=t.short_name,
            aliases=list(t.aliases),
            kind=t.kind,
            depositary=t.depositary,
            tier=t.tier,
        )
        for t in search_treaties(rulebook, q)
    ]
    payload = TreatyList(items=items, rules_version=rulebook.version).model_dump(mode="json")
    return cached_json(request, etag_for(rulebook.version, {"q": q}), payload)


@router.get(
    "/{treaty_id}",
    response_model=TreatyDetail,
    summary="A treaty and its withdrawal clause",
    description=(
        "Metadata, the verbatim withdrawal article, the structured provisions with citations, the real "
        "withdrawals used as examples, the depositary's counting practice, and which VCLT defaults apply."
    ),
    responses={404: ERROR_RESPONSES[404]},
)
def get_treaty(
    request: Request,
    service: Assessments,
    treaty_id: Annotated[str, Path(max_length=200, examples=["apmbc"])],
) -> Response:
    rulebook = service.rulebook
    treaty = service.find_treaty(treaty_id)
    defaults = [f"vclt/{p.id}" for p in rulebook.provisions_for(treaty) if p not in treaty.withdrawal.provisions]
    detail = TreatyDetail(
        treaty=treaty,
        depositary=rulebook.depositaries.get(treaty.depositary or "bilateral"),
        general_law_defaults=defaults,
        rules_version=rulebook.version,
    )
    return cached_json(request, etag_for(rulebook.version, {"treaty": treaty.id}), detail.model_dump(mode="json"))


@router.get(
    "/{treaty_id}/timeline",
    response_model=Timeline,
    summary="A treaty's recorded withdrawals as a timeline",
    description="Notifications, later events and the effective dates the engine computes, in date order.",
    responses=RECORD_ERRORS,
)
def get_treaty_timeline(
    session: DbSession,
    records: Records,
    treaty_id: Annotated[str, Path(max_length=200, examples=["apmbc"])],
    as_of: Annotated[LegalDate | None, Query()] = None,
) -> Timeline:
    treaty = records.assessments.find_treaty(treaty_id)
    entries = records.timeline(session, as_of=as_of or dt.date.today(), treaty=treaty.id)
    return Timeline(subject=treaty.id, entries=entries, rules_version=records.assessments.rulebook.version)


@router.get(
    "/{treaty_id}/bound",
    response_model=BoundAnswer,
    summary="Is the state bound by the treaty on a date?",
    description="From the recorded withdrawals and the engine's effective dates; says when the record cannot tell.",
    responses=RECORD_ERRORS,
)
def is_bound(
    session: DbSession,
    records: Records,
    treaty_id: Annotated[str, Path(max_length=200, examples=["apmbc"])],
    state: Annotated[str, Query(max_length=60, examples=["LTU"])],
    on: Annotated[LegalDate, Query(examples=["2025-12-01"])],
) -> BoundAnswer:
    return records.bound(session, treaty_id, state, on)


@router.get(
    "/{treaty_id}/parties",
    response_model=PartiesAnswer,
    summary="Who is bound by a treaty on a date",
    description=(
        "The states bound on `on` (default today): each listed party from its consent's entry into force, less "
        "the withdrawals recorded in world/records that took effect by then; with the list's `as_of`, whether it is "
        "`complete`, and its source. The treaty may be named as people write it."
    ),
    responses={404: ERROR_RESPONSES[404]},
)
def get_treaty_parties(
    request: Request,
    service: Assessments,
    treaty_id: Annotated[str, Path(max_length=200, examples=["apmbc"])],
    on: Annotated[LegalDate | None, Query(description="The day asked about (default: today).")] = None,
) -> Response:
    day = on or dt.date.today()
    answer = participation.parties(service, treaty_id, day)
    etag = etag_for(service.rulebook.version, {"parties": answer.treaty, "on": day.isoformat()})
    return cached_json(request, etag, answer.model_dump(mode="json"))
