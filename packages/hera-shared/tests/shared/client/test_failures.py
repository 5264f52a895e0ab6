"""The messages of requests that got no answer, and the retry log line."""

from __future__ import annotations

import logging

import pytest

from hera.shared import Secret
from hera.shared._client import (
    ConnectionFailed,
    ConnectionLost,
    Failure,
    Operation,
    RequestTimeout,
    build_request,
)
from hera.shared._client.failures import failure_error, log_retry, malformed_stream, stream_cut
from hera.shared._client.settings import Resolved

RESOLVED = Resolved("https://argo:2746", "ns", True, None, (5.0, 30.0), Secret("Bearer tok-123"))
GET = build_request(Operation("X_Get", "GET", "/api/v1/x"), RESOLVED, {})
POST = build_request(Operation("X_Create", "POST", "/api/v1/x"), RESOLVED, {})


def test_each_failure_explains_itself() -> None:
    timeout = failure_error(GET, RESOLVED, Failure.TIMEOUT, OSError("read timed out"), 1)
    assert isinstance(timeout, RequestTimeout)
    assert str(timeout).startswith(
        "GET /api/v1/x: no answer within the read timeout of 30 s; raise the timeout"
    )
    refused = failure_error(GET, RESOLVED, Failure.NOT_SENT, OSError("refused"), 4)
    assert isinstance(refused, ConnectionFailed)
    assert str(refused) == "GET /api/v1/x: could not connect to https://argo:2746 (after 4 attempts): refused"
    tls = failure_error(GET, RESOLVED, Failure.FATAL, OSError("[SSL: CERTIFICATE_VERIFY_FAILED]"), 1)
    assert "pass verify_ssl=False" in str(tls)
    lost_get = failure_error(GET, RESOLVED, Failure.LOST, OSError("reset"), 3)
    assert (
        str(lost_get) == "GET /api/v1/x: the connection was lost before the answer (after 3 attempts): reset"
    )
    lost_post = failure_error(POST, RESOLVED, Failure.LOST, OSError("reset"), 1)
    assert isinstance(lost_post, ConnectionLost)
    assert "check the server's state before repeating it" in str(lost_post)


def test_reasons_are_redacted() -> None:
    error = failure_error(GET, RESOLVED, Failure.NOT_SENT, OSError("proxy said Bearer tok-123"), 1)
    assert "tok-123" not in str(error)
    assert "tok-123" not in str(stream_cut(GET, OSError("tok-123 cut")))
    assert str(malformed_stream(GET, ValueError("x"))) == "X_Get: the stream sent an item that is not JSON: x"


def test_the_retry_log_line(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="hera.shared.client")
    log_retry(GET, "the server answered 503", 1, 4, 0.5)
    assert caplog.messages == [
        "GET /api/v1/x: the server answered 503; sending it again in 0.50 s (attempt 2 of 4)"
    ]
