"""What a route needs, injected with ``Annotated`` (FastAPI's dependency style)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from app.db.session import get_engine
from app.services.assessment import AssessmentService
from app.services.records import RecordService


def _service(request: Request) -> AssessmentService:
    service: AssessmentService = request.app.state.assessments
    return service


def _records(request: Request) -> RecordService:
    service: RecordService = request.app.state.records
    return service


def _session(request: Request) -> Iterator[Session]:
    with Session(get_engine(request.app.state.settings.database_url)) as session:
        yield session


Assessments = Annotated[AssessmentService, Depends(_service)]
Records = Annotated[RecordService, Depends(_records)]
DbSession = Annotated[Session, Depends(_session)]
