"""Error answers mapped to `ArgoServerError`s, and the transport's own errors."""

from __future__ import annotations

import json
import pickle

import pytest

from hera.shared import AlreadyExists, BadRequest, NotFound, ServerError, Unauthorized
from hera.shared._client import (
    ConnectionFailed,
    ConnectionLost,
    RequestTimeout,
    ResponseValidationError,
    StreamInterrupted,
    TransportError,
)
from hera.shared._client.errors import MAX_MESSAGE, error_from_body, error_from_stream_item

TOKEN = "tok-3f9a1c77"


def test_argo_error_bodies_give_the_message_and_details() -> None:
    body = json.dumps({"code": 5, "message": 'workflows.argoproj.io "x" not found', "details": [{"a": 1}]})
    error = error_from_body(404, body.encode(), "GET", "/api/v1/workflows/ns/x")
    assert isinstance(error, NotFound)
    assert (error.status, error.message, error.method, error.path) == (
        404,
        'workflows.argoproj.io "x" not found',
        "GET",
        "/api/v1/workflows/ns/x",
    )
    assert error.details == [{"a": 1}]


def test_the_error_field_is_used_when_there_is_no_message() -> None:
    error = error_from_body(409, b'{"error": "exists", "code": 6}', "POST", "/p")
    assert isinstance(error, AlreadyExists)
    assert error.message == "exists"


def test_plain_text_and_empty_bodies() -> None:
    assert error_from_body(400, b"bad artifact name\n", "GET", "/a").message == "bad artifact name"
    empty = error_from_body(502, b"", "GET", "/a")
    assert isinstance(empty, ServerError)
    assert empty.message == "Bad Gateway"


def test_a_huge_body_is_truncated() -> None:
    error = error_from_body(500, b"<html>" + b"x" * 10_000, "GET", "/a")
    assert len(error.message) < MAX_MESSAGE + 30
    assert error.message.endswith("...(truncated)")


def test_secrets_are_redacted_from_message_and_details() -> None:
    body = json.dumps({"message": f"bad token {TOKEN}", "details": [{"echo": f"Bearer {TOKEN}"}]})
    error = error_from_body(401, body.encode(), "GET", "/a", (f"Bearer {TOKEN}",))
    assert isinstance(error, Unauthorized)
    assert error.message == "bad token ***"
    assert error.details == [{"echo": "***"}]
    assert TOKEN not in repr(error) + str(error)


def test_stream_error_items() -> None:
    item = {
        "grpc_code": 3,
        "http_code": 400,
        "message": f"bad selector {TOKEN}",
        "http_status": "Bad Request",
    }
    error = error_from_stream_item(item, "GET", "/s", (TOKEN,))
    assert isinstance(error, BadRequest)
    assert error.message == "bad selector ***"
    assert isinstance(error_from_stream_item({"grpc_code": 5, "message": "gone"}, "GET", "/s"), NotFound)
    assert error_from_stream_item("boom", "GET", "/s").status == 500


def test_transport_errors_are_builtin_connection_errors() -> None:
    for cls in (ConnectionFailed, ConnectionLost, StreamInterrupted, RequestTimeout):
        error = cls("why", "get", "/api/v1/info")
        assert isinstance(error, TransportError)
        assert isinstance(error, ConnectionError)
        assert str(error) == "GET /api/v1/info: why"
        assert repr(error) == f"{cls.__name__}('why', method='GET', path='/api/v1/info')"
        copy = pickle.loads(pickle.dumps(error))
        assert (type(copy), str(copy)) == (cls, str(error))
    assert isinstance(RequestTimeout("w", "GET", "/"), TimeoutError)
    assert isinstance(StreamInterrupted("w", "GET", "/"), ConnectionLost)


def test_response_validation_errors_keep_the_data() -> None:
    error = ResponseValidationError("X_Get", "not a valid Thing", {"raw": 1})
    assert str(error) == "X_Get: not a valid Thing"
    assert error.data == {"raw": 1}
    assert pickle.loads(pickle.dumps(error)).data == {"raw": 1}
    with pytest.raises(ValueError):
        raise error


def test_a_token_cut_by_the_length_limit_is_still_redacted() -> None:
    token = "T" * 40
    text = "x" * (MAX_MESSAGE - 10) + token + " tail"
    error = error_from_body(500, text.encode(), "GET", "/api/v1/info", secrets=(token,))
    assert "TTTTT" not in error.message
    assert "***" in error.message
