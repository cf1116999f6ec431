"""/v1/withdrawals: what states actually did, with the status the engine computes on any date."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Body, Path, Query, Request, Response, status
from fastapi.exceptions import RequestValidationError

from app.api.auth import Admin
from app.api.deps import Assessments, DbSession, Records
from app.api.examples import (
    ERROR_RESPONSES,
    EVENT_EXAMPLES,
    PATCH_EXAMPLES,
    RECORD_ERRORS,
    RECORD_EXAMPLES,
    WRITE_ERRORS,
)
from app.api.idempotency import IdempotencyKeyHeader, idempotency, replayed
from app.services.calendar import effective_dates_calendar
from schemas.facts import LegalDate
from schemas.records import (
    EventCreate,
    EventPublic,
    RecordStatus,
    WithdrawalCreate,
    WithdrawalDetail,
    WithdrawalPage,
    WithdrawalPatch,
)

router = APIRouter(tags=["withdrawals"])

RecordId = Annotated[int, Path(ge=1, le=2**31 - 1, examples=[1])]
AsOf = Annotated[LegalDate | None, Query(description="The date the status is computed on (default: today)")]


@router.get(
    "/v1/withdrawals",
    response_model=WithdrawalPage,
    summary="Recorded withdrawals, filtered and paginated",
    description="Each with its status on `as_of` and its effective date, computed by the engine from the record.",
    responses={404: ERROR_RESPONSES[404], 422: ERROR_RESPONSES[422]},
)
def list_withdrawals(
    request: Request,
    session: DbSession,
    records: Records,
    state: Annotated[str | None, Query(max_length=60, examples=["LTU"])] = None,
    treaty: Annotated[str | None, Query(max_length=200, examples=["apmbc"])] = None,
    status_: Annotated[RecordStatus | None, Query(alias="status")] = None,
    effective_from: LegalDate | None = None,
    effective_to: LegalDate | None = None,
    as_of: AsOf = None,
    limit: Annotated[int, Query(ge=1, le=10_000, description="Page size, at most MAX_PAGE_SIZE (500)")] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> WithdrawalPage:
    maximum: int = request.app.state.settings.max_page_size
    if limit > maximum:
        error = {"loc": ("query", "limit"), "msg": f"Input should be at most {maximum}", "type": "less_than_equal"}
        raise RequestValidationError([error])
    items, total = records.page(
        session,
        as_of=as_of or dt.date.today(),
        state=state,
        treaty=treaty,
        status=status_,
        effective_from=effective_from,
        effective_to=effective_to,
        limit=limit,
        offset=offset,
    )
    return WithdrawalPage(
        items=items, total=total, limit=limit, offset=offset, rules_version=records.assessments.rulebook.version
    )


@router.get(
    "/v1/withdrawals/{record_id}",
    response_model=WithdrawalDetail,
    summary="One recorded withdrawal with the engine's assessment",
    description=(
        "The record, its later events, and its status on `as_of` (pending, effective, suspended, revoked, "
        "contested) with the effective date the rules give and the full assessment behind it."
    ),
    responses=RECORD_ERRORS,
)
def get_withdrawal(session: DbSession, records: Records, record_id: RecordId, as_of: AsOf = None) -> WithdrawalDetail:
    return records.detail(session, record_id, as_of or dt.date.today())


@router.post(
    "/v1/withdrawals",
    response_model=WithdrawalDetail,
    status_code=status.HTTP_201_CREATED,
    summary="Record a notification of withdrawal (admin)",
    description=(
        "Stores what the depositary received (state, treaty, date of receipt, reference, source). Needs the "
        "bearer token; a duplicate notification is a 409; every write is in the audit log."
    ),
    responses=WRITE_ERRORS,
)
def create_withdrawal(
    session: DbSession,
    records: Records,
    actor: Admin,
    body: Annotated[WithdrawalCreate, Body(openapi_examples=RECORD_EXAMPLES)],
    response: Response,
    request: Request,
    idempotency_key: IdempotencyKeyHeader = None,
) -> WithdrawalDetail | Response:
    key = idempotency(request, actor, idempotency_key, body)
    if key and (replay := replayed(session, key)):
        return replay
    answer = records.create(session, body, actor, key)
    response.headers["Location"] = f"/v1/withdrawals/{answer.id}"
    return answer


@router.patch(
    "/v1/withdrawals/{record_id}",
    response_model=WithdrawalDetail,
    summary="Correct a recorded withdrawal (admin; send the version you read)",
    description="Optimistic locking: a `version` other than the current one gives 409 and changes nothing.",
    responses=WRITE_ERRORS,
)
def update_withdrawal(
    session: DbSession,
    records: Records,
    actor: Admin,
    record_id: RecordId,
    body: Annotated[WithdrawalPatch, Body(openapi_examples=PATCH_EXAMPLES)],
    request: Request,
    idempotency_key: IdempotencyKeyHeader = None,
) -> WithdrawalDetail | Response:
    key = idempotency(request, actor, idempotency_key, body)
    if key and (replay := replayed(session, key)):
        return replay
    return records.patch(session, record_id, body, actor, key)


@router.post(
    "/v1/withdrawals/{record_id}/events",
    response_model=EventPublic,
    status_code=status.HTTP_201_CREATED,
    summary="Add a later event to a record (admin): revoked, extended, armed conflict declared or ended",
    description=(
        "A revocation before the effect (VCLT Art. 68) makes the record `revoked`; an armed conflict on the "
        "expiry of the period holds an Ottawa-style withdrawal back until it ends; an extension is an agreed date."
    ),
    responses=WRITE_ERRORS,
)
def add_withdrawal_event(
    session: DbSession,
    records: Records,
    actor: Admin,
    record_id: RecordId,
    body: Annotated[EventCreate, Body(openapi_examples=EVENT_EXAMPLES)],
    request: Request,
    idempotency_key: IdempotencyKeyHeader = None,
) -> EventPublic | Response:
    key = idempotency(request, actor, idempotency_key, body)
    if key and (replay := replayed(session, key)):
        return replay
    return records.add_event(session, record_id, body, actor, key)


@router.get(
    "/v1/calendar.ics",
    summary="Effective dates as an RFC 5545 calendar feed",
    description="All-day events with stable UIDs (`withdrawal-<id>-effective@treatyexit`); filter by state, treaty.",
    response_class=Response,
    responses={200: {"content": {"text/calendar": {}}}, 404: ERROR_RESPONSES[404]},
)
def get_calendar(
    session: DbSession,
    records: Records,
    service: Assessments,
    state: Annotated[str | None, Query(max_length=60)] = None,
    treaty: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    items = records.search(session, as_of=dt.date.today(), state=state, treaty=treaty)
    body = effective_dates_calendar(items, service.rulebook.version)
    return Response(body, media_type="text/calendar; charset=utf-8")
