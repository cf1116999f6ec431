"""The ``Idempotency-Key`` request header on record writes: a repeated key replays the stored answer."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Header, Request, Response
from pydantic import BaseModel
from sqlmodel import Session

from app.services.idempotency import IdempotencyKey

IdempotencyKeyHeader = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=200,
        pattern=r"^[\x21-\x7e]+$",
        description=(
            "Any unique string (a UUID): repeat the write with the same key after a lost answer or a 503, and the "
            "stored answer comes back (with `Idempotency-Replayed: true`) instead of a second write or a 409. "
            "A key is remembered for 24 hours by default (the `IDEMPOTENCY_KEY_HOURS` setting), then forgotten."
        ),
    ),
]


def idempotency(request: Request, actor: str, key: str | None, body: BaseModel) -> IdempotencyKey | None:
    if key is None:
        return None
    lifetime = dt.timedelta(hours=request.app.state.settings.idempotency_key_hours)
    return IdempotencyKey.of(key, actor, request.method, request.url.path, body.model_dump_json(), lifetime)


def replayed(session: Session, key: IdempotencyKey) -> Response | None:
    """The stored answer to ``key``, or None when the key is new (:class:`KeyReused` when used otherwise)."""
    stored = key.stored(session)
    if stored is None:
        return None
    headers = {"Idempotency-Replayed": "true"} | ({"Location": stored.location} if stored.location else {})
    return Response(stored.body, status_code=stored.status_code, media_type="application/json", headers=headers)
