"""What a route needs, injected with ``Annotated`` (FastAPI's dependency style)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.services.assessment import AssessmentService


def _service(request: Request) -> AssessmentService:
    service: AssessmentService = request.app.state.assessments
    return service


Assessments = Annotated[AssessmentService, Depends(_service)]
