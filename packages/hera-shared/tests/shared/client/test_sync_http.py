"""The requests transport, with hand-written operations against the repository's test server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import urllib3.exceptions as u3

from hera.shared import NotFound
from hera.shared._client import (
    Body,
    ConnectionFailed,
    ConnectionLost,
    ConnectionSettings,
    Failure,
    Operation,
    RetryPolicy,
    Stream,
    StreamInterrupted,
    SyncTransport,
)
from hera.shared._client.sync_http import classify_requests_error
from tools.argo_test_server import ArgoTestServer
from tools.argo_test_server.store import KINDS

VERSION = Operation("InfoService_GetVersion", "GET", "/api/v1/version")
WATCH = Operation(
    "WorkflowService_WatchWorkflows",
    "GET",
    "/api/v1/workflow-events/{namespace}",
    ("namespace",),
    kind="stream",
)
FAST = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.01)


@pytest.fixture
def server() -> Iterator[ArgoTestServer]:
    with ArgoTestServer() as running:
        yield running


def transport(url: str, **kwargs: Any) -> SyncTransport:
    return SyncTransport(ConnectionSettings(host=url, namespace="argo", timeout=(1, 2)), FAST, **kwargs)


def test_a_json_answer_without_a_model_is_plain_data(server: ArgoTestServer) -> None:
    assert transport(server.url).call(VERSION, {})["version"] == "v4.1.2"


def test_a_stream_is_lazy_and_closes_its_connection(server: ArgoTestServer) -> None:
    for name in ("a", "b"):
        server.store.create(KINDS["Workflow"], "argo", {"metadata": {"name": name}, "spec": {}})
    stream = transport(server.url).stream(WATCH, {"namespace": None})
    assert isinstance(stream, Stream)
    assert repr(stream) == "Stream(WorkflowService_WatchWorkflows, GET /api/v1/workflow-events/argo)"
    assert server.requests == []
    with stream:
        first = next(stream)
    assert first["object"]["metadata"]["name"] == "a"
    assert list(stream) == []  # closed: nothing more is read


def test_an_error_before_the_stream_starts_is_raised_on_first_read(server: ArgoTestServer) -> None:
    broken = Operation(
        "WorkflowService_WorkflowLogs",
        "GET",
        "/api/v1/workflows/{namespace}/{name}/log",
        ("namespace", "name"),
        kind="stream",
    )
    stream = transport(server.url).stream(broken, {"namespace": None, "name": "missing"})
    with pytest.raises(NotFound, match='"missing" not found'):
        next(stream)


def test_a_cut_stream(server: ArgoTestServer) -> None:
    for name in ("a", "b", "c"):
        server.store.create(KINDS["Workflow"], "argo", {"metadata": {"name": name}, "spec": {}})
    server.cut_next_stream(after_items=1)
    received = []
    with pytest.raises(StreamInterrupted, match="the stream ended before the server finished it"):
        for event in transport(server.url).stream(WATCH, {"namespace": None}):
            received.append(event["object"]["metadata"]["name"])
    assert received == ["a"]


def test_settings_are_passed_to_requests() -> None:
    calls: list[dict[str, Any]] = []

    class Recorder:
        def request(self, method: str, url: str, **kwargs: Any) -> Any:
            calls.append({"method": method, "url": url, **kwargs})
            response = requests.Response()
            response.status_code = 200
            response._content = b'{"version": "v"}'
            return response

        def close(self) -> None:
            calls.append({"closed": True})

    settings = ConnectionSettings(
        host="https://argo:1", token="t", verify_ssl=False, client_certs=("c.pem", "k.pem"), timeout=(3, 4)
    )
    sync = SyncTransport(settings, FAST, session=Recorder())
    assert sync.call(VERSION, {}) == {"version": "v"}
    call = calls[0]
    assert (call["method"], call["url"], call["verify"], call["cert"], call["timeout"]) == (
        "GET",
        "https://argo:1/api/v1/version",
        False,
        ("c.pem", "k.pem"),
        (3.0, 4.0),
    )
    assert call["headers"]["Authorization"] == "Bearer t"
    assert call["allow_redirects"] is False
    sync.close()
    assert {"closed": True} not in calls, "a session the caller passed in is theirs to close"
    assert sync.session is not None


def test_close_closes_only_a_session_the_transport_created() -> None:
    settings = ConnectionSettings(host="http://argo:2746", token="t")
    owned = SyncTransport(settings, FAST)
    session = owned.session
    owned.close()
    assert owned._session is None
    assert owned.session is not session  # a fresh one is made on next use


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_refused_connections_are_retried_and_reported() -> None:
    with pytest.raises(
        ConnectionFailed, match=r"could not connect to http://127\.0\.0\.1:\d+ \(after 3 attempts\)"
    ):
        transport(f"http://127.0.0.1:{_closed_port()}").call(VERSION, {})


def test_classification_of_requests_errors() -> None:
    refused = u3.NewConnectionError(None, "refused")  # type: ignore[arg-type]
    connect = requests.exceptions.ConnectionError(u3.MaxRetryError(None, "/", refused))  # type: ignore[arg-type]
    reset = requests.exceptions.ConnectionError(
        u3.ProtocolError("Connection aborted.", ConnectionResetError())
    )
    read = requests.exceptions.ConnectionError(u3.ReadTimeoutError(None, "/", "timed out"))  # type: ignore[arg-type]
    assert classify_requests_error(connect) is Failure.NOT_SENT
    assert classify_requests_error(requests.exceptions.ConnectTimeout()) is Failure.NOT_SENT
    assert classify_requests_error(reset) is Failure.LOST
    assert classify_requests_error(requests.exceptions.ChunkedEncodingError()) is Failure.LOST
    assert classify_requests_error(requests.exceptions.ReadTimeout()) is Failure.TIMEOUT
    assert classify_requests_error(read) is Failure.TIMEOUT
    assert classify_requests_error(requests.exceptions.SSLError()) is Failure.FATAL
    assert classify_requests_error(requests.exceptions.InvalidURL()) is Failure.FATAL


def test_a_lost_post_is_not_repeated(server: ArgoTestServer) -> None:
    create = Operation("InfoService_CollectEvent", "POST", "/api/v1/tracking/event", body=Body())
    server.reset_next("InfoService_CollectEvent")
    with pytest.raises(
        ConnectionLost, match="It was not sent again because the server may already have acted on it"
    ):
        transport(server.url).call(create, {}, None, {"name": "x"})
    assert server.store.collected_events == ["x"]
