"""Server errors, their mapping from HTTP statuses, pickling and `redact`."""

from __future__ import annotations

import pickle

import pytest

from hera.shared.auth import Secret
from hera.shared.exceptions import (
    AlreadyExists,
    ArgoServerError,
    BadRequest,
    ConfigError,
    Forbidden,
    HeraError,
    NotFound,
    PreBuildHookError,
    ServerError,
    Unauthorized,
    error_for_status,
    redact,
)

TOKEN = "s3cr3t-t0ken-value"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequest),
        (401, Unauthorized),
        (403, Forbidden),
        (404, NotFound),
        (409, AlreadyExists),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (418, ServerError),
        (429, ServerError),
        (599, ServerError),
    ],
)
def test_error_for_status_picks_the_class(status: int, cls: type[ArgoServerError]) -> None:
    error = error_for_status(status, "boom", "get", "/api/v1/info")
    assert type(error) is cls
    assert isinstance(error, ArgoServerError)
    assert isinstance(error, HeraError)
    assert error.status == status


def test_attributes_and_message() -> None:
    details = [{"field": "spec"}]
    error = error_for_status(
        404, 'workflows.argoproj.io "x" not found', "get", "/api/v1/workflows/argo/x", details
    )
    assert (error.status, error.method, error.path, error.details) == (
        404,
        "GET",
        "/api/v1/workflows/argo/x",
        details,
    )
    assert error.message == 'workflows.argoproj.io "x" not found'
    assert error.reason == "Not Found"
    assert str(error) == '404 Not Found: GET /api/v1/workflows/argo/x: workflows.argoproj.io "x" not found'
    assert repr(error).startswith("NotFound(status=404, ")


def test_path_drops_query_string_and_host() -> None:
    error = error_for_status(
        400, "bad", "POST", "https://user:pw@argo.example:2746/api/v1/workflows/argo/lint?dryRun=true#x"
    )
    assert error.path == "/api/v1/workflows/argo/lint"
    assert "pw" not in str(error)
    assert "dryRun" not in str(error)


def test_message_without_server_text_and_unknown_status() -> None:
    assert str(error_for_status(409, "", "POST", "/api/v1/x")) == "409 Conflict: POST /api/v1/x"
    assert str(error_for_status(599, "odd", "GET", "/y")) == "599: GET /y: odd"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 500, 599])
def test_errors_are_picklable(status: int) -> None:
    error = error_for_status(status, "message", "DELETE", "/api/v1/workflows/argo/x", {"code": 5})
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.status, copy.message, copy.method, copy.path, copy.details) == (
        error.status,
        error.message,
        error.method,
        error.path,
        error.details,
    )
    assert str(copy) == str(error)


@pytest.mark.parametrize("cls", [ConfigError, PreBuildHookError, HeraError])
def test_other_errors_are_picklable(cls: type[HeraError]) -> None:
    copy = pickle.loads(pickle.dumps(cls("what went wrong")))
    assert type(copy) is cls
    assert str(copy) == "what went wrong"


def test_error_hierarchy() -> None:
    assert issubclass(ConfigError, ValueError)
    assert issubclass(PreBuildHookError, TypeError)
    for cls in (ConfigError, PreBuildHookError, ArgoServerError, NotFound, ServerError):
        assert issubclass(cls, HeraError)


def test_redact_replaces_each_secret() -> None:
    text = f"token {TOKEN} and password hunter2 and {TOKEN}"
    assert redact(text, TOKEN, "hunter2") == "token *** and password *** and ***"


def test_redact_ignores_empty_and_none() -> None:
    assert redact("nothing to hide", None, "") == "nothing to hide"


def test_redact_replaces_the_longest_secret_whole() -> None:
    assert redact("abcdef", "abc", "abcdef") == "***"


def test_redact_accepts_a_secret_and_the_header_form() -> None:
    assert redact(f"header: Bearer {TOKEN}", Secret(TOKEN)) == "header: Bearer ***"
    assert redact(f"sent {TOKEN} alone", f"Bearer {TOKEN}") == "sent *** alone"
    assert redact("Basic dXNlcjpwdw==", "Basic dXNlcjpwdw==") == "***"


def test_redacted_message_keeps_the_token_out_of_the_error() -> None:
    server_message = f"token {TOKEN} is expired"
    error = error_for_status(401, redact(server_message, TOKEN), "GET", "/api/v1/userinfo")
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert "token *** is expired" in str(error)
