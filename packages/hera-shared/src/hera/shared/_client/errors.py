"""Errors of the transport itself, and the mapping of error responses to `ArgoServerError`s.

Server answers with an error status become `hera.shared.exceptions` classes (`NotFound`, ...). Failures
before any answer (no connection, a reset, a timeout, a stream cut short) are `TransportError`s; they are
also builtin `ConnectionError`s (and `RequestTimeout` a `TimeoutError`) so generic handlers catch them.
No message built here ever contains the token: every server text goes through `redact`.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from hera.shared.exceptions import ArgoServerError, HeraError, error_for_status, redact

__all__ = [
    "ConnectionFailed",
    "ConnectionLost",
    "RequestTimeout",
    "ResponseValidationError",
    "StreamInterrupted",
    "TransportError",
    "error_from_body",
    "error_from_stream_item",
]

MAX_MESSAGE = 2000
"""Longest server message kept in an error (a proxy may answer with a whole HTML page)."""

GRPC_TO_HTTP = {
    1: 499,  # Canceled
    2: 500,  # Unknown
    3: 400,  # InvalidArgument
    4: 504,  # DeadlineExceeded
    5: 404,  # NotFound
    6: 409,  # AlreadyExists
    7: 403,  # PermissionDenied
    8: 429,  # ResourceExhausted
    9: 400,  # FailedPrecondition
    10: 409,  # Aborted
    11: 400,  # OutOfRange
    12: 501,  # Unimplemented
    13: 500,  # Internal
    14: 503,  # Unavailable
    15: 500,  # DataLoss
    16: 401,  # Unauthenticated
}


class TransportError(HeraError, ConnectionError):
    """The request did not get an answer: `method` and `path` say which one, the message says why."""

    def __init__(self, message: str, method: str, path: str) -> None:
        self.message = message
        self.method = method.upper()
        self.path = path
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.method} {self.path}: {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, method={self.method!r}, path={self.path!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message, self.method, self.path))


class ConnectionFailed(TransportError):
    """No connection could be made (refused, unknown host, TLS failure): nothing reached the server."""


class ConnectionLost(TransportError):
    """The connection broke after the request was sent: the server may have acted on it."""


class StreamInterrupted(ConnectionLost):
    """A streaming response ended in the middle (connection cut, or a partial item at the end)."""


class RequestTimeout(TransportError, TimeoutError):
    """The server did not answer (or a stream stayed silent) within the configured read timeout."""


class ResponseValidationError(HeraError, ValueError):
    """The server answered 2xx but the body is not what the operation returns.

    `data` holds the decoded JSON (or the text) so nothing the server sent is lost.
    """

    def __init__(self, operation_id: str, message: str, data: Any = None) -> None:
        self.operation_id = operation_id
        self.message = message
        self.data = data
        super().__init__(f"{operation_id}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.operation_id, self.message, self.data))


def _message_from_text(text: str, status: int) -> str:
    text = text.strip()
    if not text:
        try:
            return HTTPStatus(status).phrase
        except ValueError:
            return ""
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + " ...(truncated)"


def error_from_body(
    status: int, content: bytes, method: str, path: str, secrets: tuple[str | None, ...] = ()
) -> ArgoServerError:
    """The `ArgoServerError` for an error answer: Argo's `{code, message, details}` body, or plain text."""
    text = content.decode("utf-8", errors="replace")
    message: str | None = None
    details: Any = None
    try:
        decoded = json.loads(text) if text.strip() else None
    except ValueError:
        decoded = None
    if isinstance(decoded, dict):
        for key in ("message", "error"):
            value = decoded.get(key)
            if isinstance(value, str) and value:
                message = value
                break
        details = decoded.get("details") or None
    # Redact before shortening: a token cut in two by the length limit would no longer be recognised.
    message = _message_from_text(redact(text if message is None else message, *secrets), status)
    if details is not None:
        details = json.loads(redact(json.dumps(details), *secrets))
    return error_for_status(status, message, method, path, details)


def error_from_stream_item(
    error: Any, method: str, path: str, secrets: tuple[str | None, ...] = ()
) -> ArgoServerError:
    """The `ArgoServerError` for a stream's error item `{grpc_code, http_code, message, details}`."""
    if not isinstance(error, dict):
        return error_for_status(500, redact(str(error), *secrets), method, path)
    status = error.get("http_code") or GRPC_TO_HTTP.get(error.get("grpc_code") or error.get("code") or 2, 500)
    message = error.get("message") or error.get("http_status") or "the stream reported an error"
    details = error.get("details") or None
    if details is not None:
        details = json.loads(redact(json.dumps(details), *secrets))
    return error_for_status(int(status), redact(str(message), *secrets), method, path, details)
