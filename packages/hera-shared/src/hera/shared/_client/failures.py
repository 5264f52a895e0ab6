"""Readable errors and log lines for requests that got no answer (shared by both transports)."""

from __future__ import annotations

import logging

from hera.shared._client.errors import (
    ConnectionFailed,
    ConnectionLost,
    RequestTimeout,
    ResponseValidationError,
    StreamInterrupted,
    TransportError,
)
from hera.shared._client.request import HttpRequest
from hera.shared._client.retry import Failure
from hera.shared._client.settings import Resolved
from hera.shared.config import hide_password
from hera.shared.exceptions import redact

__all__ = ["failure_error", "log_retry", "malformed_stream", "stream_cut"]

logger = logging.getLogger("hera.shared.client")


def _reason(request: HttpRequest, error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return redact(text, *request.secrets)


def failure_error(
    request: HttpRequest, resolved: Resolved, failure: Failure, error: BaseException, attempts: int
) -> TransportError:
    """The `TransportError` that explains why `request` got no answer after `attempts` tries."""
    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
    reason = _reason(request, error)
    host = hide_password(resolved.base_url)
    if failure is Failure.TIMEOUT:
        return RequestTimeout(
            f"no answer within the read timeout of {resolved.timeout[1]:g} s{tries}; raise the timeout "
            f"(timeout=(connect, read) or global_config.request_timeout) if the server is just slow",
            request.method,
            request.path,
        )
    if failure is Failure.NOT_SENT:
        return ConnectionFailed(f"could not connect to {host}{tries}: {reason}", request.method, request.path)
    if failure is Failure.FATAL:
        hint = (
            " (for a server with a self-signed certificate, pass verify_ssl=False)" if "SSL" in reason else ""
        )
        return ConnectionFailed(f"cannot reach {host}: {reason}{hint}", request.method, request.path)
    if request.idempotent:
        return ConnectionLost(
            f"the connection was lost before the answer{tries}: {reason}", request.method, request.path
        )
    return ConnectionLost(
        f"the connection was lost after the request was sent: {reason}. It was not sent again because the "
        "server may already have acted on it; check the server's state before repeating it",
        request.method,
        request.path,
    )


def stream_cut(request: HttpRequest, error: BaseException) -> StreamInterrupted:
    """The error for a stream that ended before the server finished it."""
    return StreamInterrupted(
        f"the stream ended before the server finished it: {_reason(request, error)}",
        request.method,
        request.path,
    )


def malformed_stream(request: HttpRequest, error: BaseException) -> ResponseValidationError:
    """The error for a stream item that is not JSON."""
    return ResponseValidationError(request.operation_id, f"the stream sent an item that is not JSON: {error}")


def log_retry(request: HttpRequest, why: str, attempt: int, attempts: int, delay: float) -> None:
    """Log (at WARNING, without any secret) that `request` is sent again after `delay` seconds."""
    logger.warning(
        "%s %s: %s; sending it again in %.2f s (attempt %d of %d)",
        request.method,
        request.path,
        why,
        delay,
        attempt + 1,
        attempts,
    )
