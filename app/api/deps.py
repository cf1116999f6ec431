"""What a route needs, injected with ``Annotated`` (FastAPI's dependency style)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from app.db.session import get_engine
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from app.services.notices import Notification, rulebook_notifications
from app.services.records import RecordService


async def _service(request: Request) -> AssessmentService:  # async: no thread hop on the hot path
    service: AssessmentService = request.app.state.assessments
    return service


async def _records(request: Request) -> RecordService:
    service: RecordService = request.app.state.records
    return service


def _session(request: Request) -> Iterator[Session]:
    with Session(get_engine(request.app.state.settings.database_url)) as session:
        yield session


def _checks(request: Request, session: Annotated[Session, Depends(_session)]) -> CheckService:
    """Checks read notifications from the records database; if it does not answer, from the rule files."""
    records: RecordService = request.app.state.records
    fallback = rulebook_notifications(records.assessments)

    read: dict[tuple[str, str], list[Notification]] = {}  # one query per (state, treaty) and request

    def notifications(state: str, treaty: str) -> list[Notification]:
        if (state, treaty) in read:
            return read[state, treaty]
        try:
            found = records.notifications(session, state, treaty)
        except DBAPIError:
            session.rollback()
            return fallback(state, treaty)
        read[state, treaty] = found or fallback(state, treaty)
        return read[state, treaty]

    return CheckService(records.assessments, notifications)


Assessments = Annotated[AssessmentService, Depends(_service)]
Checks = Annotated[CheckService, Depends(_checks)]
Records = Annotated[RecordService, Depends(_records)]
DbSession = Annotated[Session, Depends(_session)]
