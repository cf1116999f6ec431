"""How uvicorn serves the app: limits on what a client may send before the app sees a request.

The request line and headers are bounded at the connection (:class:`LimitedHttpToolsProtocol`): past
``MAX_URL_BYTES`` a 414, past ``MAX_HEADER_BYTES`` a 431 (RFC 6585 §5), each an RFC 9457 problem sent as soon
as the limit is crossed, and the connection is closed — a client cannot make the server buffer a 200 MB
header. A request the HTTP parser cannot read gets a 400 problem instead of uvicorn's plain text. uvicorn's
own ``Server`` banner and access log are off (the app logs each request once, in JSON).
"""

from __future__ import annotations

import json
from typing import Any

import httptools
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
from uvicorn.server import ServerState

from app.settings import Settings, get_settings

PROBLEM_BASE = "https://treatyexit.example/problems/"


def problem_bytes(status: int, kind: str, title: str, detail: str) -> bytes:
    """A complete HTTP/1.1 response carrying a problem, closing the connection."""
    body = json.dumps({"type": PROBLEM_BASE + kind, "title": title, "status": status, "detail": detail}).encode()
    status_line = STATUS_LINE.get(status) or f"HTTP/1.1 {status} {title}\r\n".encode()
    if status == 431 and status_line.endswith(b" \r\n"):  # reason phrase missing in http.HTTPStatus of some builds
        status_line = b"HTTP/1.1 431 Request Header Fields Too Large\r\n"
    head = (
        b"content-type: application/problem+json\r\n"
        b"x-content-type-options: nosniff\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n"
    )
    return status_line + head + body


class _TooLarge(Exception):
    def __init__(self, status: int, kind: str, title: str, detail: str) -> None:
        super().__init__(detail)
        self.response = problem_bytes(status, kind, title, detail)


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with bounded request heads (llhttp itself buffers any length)."""

    def __init__(self, config: Config, server_state: ServerState, app_state: dict[str, Any], **kw: Any) -> None:
        super().__init__(config, server_state, app_state, **kw)
        settings = get_settings()  # read once per process (cached); the class is named by import string
        self.max_url_bytes = settings.max_url_bytes
        self.max_header_bytes = settings.max_header_bytes
        self._head_bytes = 0
        self._in_head = True

    def data_received(self, data: bytes) -> None:
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
            if self._in_head:  # bytes of a head still incomplete: count them, whatever the parser buffered
                self._head_bytes += len(data)
                if self._head_bytes > self.max_header_bytes:
                    raise _TooLarge(*self._header_problem())
        except _TooLarge as exc:
            self._refuse(exc.response)
        except httptools.HttpParserCallbackError as exc:
            cause = exc.__context__ or exc.__cause__
            if isinstance(cause, _TooLarge):
                self._refuse(cause.response)
            else:
                self._refuse(problem_bytes(400, "bad-request", "The request cannot be read", "Malformed HTTP."))
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
        except httptools.HttpParserError:
            self.logger.warning("Invalid HTTP request received.")
            self._refuse(problem_bytes(400, "bad-request", "The request cannot be read", "Malformed HTTP."))

    def _header_problem(self) -> tuple[int, str, str, str]:
        detail = f"The request line and headers are limited to {self.max_header_bytes} bytes; nothing was read."
        return 431, "header-too-large", "Request header fields too large", detail

    def _refuse(self, response: bytes) -> None:
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True  # the app must not answer on this connection too
        self.transport.write(response)
        self.transport.close()

    def send_400_response(self, msg: str) -> None:
        self._refuse(problem_bytes(400, "bad-request", "The request cannot be read", msg))

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True
        self._head_bytes = 0

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.max_url_bytes:
            detail = f"URLs are limited to {self.max_url_bytes} bytes; send long questions as a POST body."
            raise _TooLarge(414, "uri-too-long", "URI too long", detail)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._head_bytes += len(name) + len(value) + 4
        if self._head_bytes > self.max_header_bytes:
            raise _TooLarge(*self._header_problem())
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()


PROTOCOL = "app.serving:LimitedHttpToolsProtocol"  # by name: worker processes import it themselves


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """The options uvicorn runs with, in ``serve``, the container, the scale-out test and the benchmark."""
    return {
        "http": PROTOCOL,
        "server_header": False,
        "access_log": False,  # the app logs each request once, in JSON (app/observability.py)
        "timeout_keep_alive": settings.keep_alive_seconds,
        "limit_concurrency": settings.max_connections or None,
        "backlog": settings.backlog,
        "h11_max_incomplete_event_size": settings.max_header_bytes,  # should h11 be chosen instead
        "log_level": "warning",
    }


def run(settings: Settings, host: str, port: int, workers: int = 1) -> None:
    import sys

    import uvicorn

    # Checks run in a worker thread; with CPython's default 5 ms GIL switch interval, the event loop waits up
    # to 5 ms for the GIL after each socket call while a check computes. 1 ms keeps other requests fast.
    sys.setswitchinterval(settings.gil_switch_interval_ms / 1000)

    uvicorn.run("app.main:app", host=host, port=port, workers=workers, **uvicorn_options(settings))
