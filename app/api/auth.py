"""Writes need ``Authorization: Bearer <ADMIN_TOKEN>``: absent -> 401, wrong -> 403, empty setting -> writes off."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer(auto_error=False, description="ADMIN_TOKEN, for writes to the withdrawal records")


def require_admin(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> str:
    token: str = request.app.state.settings.admin_token
    if not token:
        raise HTTPException(403, "Writes are disabled: this server has no ADMIN_TOKEN")
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "A bearer token is required", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
        raise HTTPException(403, "The bearer token is not valid for writes")
    return "admin"


Admin = Annotated[str, Depends(require_admin)]
