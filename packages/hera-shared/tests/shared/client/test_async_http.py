"""The httpx transport, with hand-written operations against the repository's test server."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from hera.shared._client import (
    AsyncStream,
    AsyncTransport,
    Body,
    ConnectionFailed,
    ConnectionLost,
    ConnectionSettings,
    Failure,
    Operation,
    RequestTimeout,
    RetryPolicy,
    StreamInterrupted,
)
from hera.shared._client.async_http import _ssl_setting, classify_httpx_error
from hera.shared._client.settings import Resolved
from tools.argo_test_server import ArgoTestServer
from tools.argo_test_server.store import KINDS

VERSION = Operation("InfoService_GetVersion", "GET", "/api/v1/version")
COLLECT = Operation("InfoService_CollectEvent", "POST", "/api/v1/tracking/event", body=Body())
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


def transport(url: str, timeout: tuple[float, float] = (1, 2)) -> AsyncTransport:
    return AsyncTransport(ConnectionSettings(host=url, namespace="argo", timeout=timeout), FAST)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_calls_streams_and_faults(server: ArgoTestServer) -> None:
    for name in ("a", "b", "c"):
        server.store.create(KINDS["Workflow"], "argo", {"metadata": {"name": name}, "spec": {}})

    async def run() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        async_transport = transport(server.url)
        server.fail_next(1)
        seen["version"] = (await async_transport.call(VERSION, {}))["version"]
        stream = async_transport.stream(WATCH, {"namespace": None})
        assert isinstance(stream, AsyncStream)
        seen["requests_before_iteration"] = len(server.requests)
        async with stream:
            seen["first"] = (await stream.__anext__())["object"]["metadata"]["name"]
        server.cut_next_stream(after_items=2)
        names = []
        with pytest.raises(StreamInterrupted):
            async for event in async_transport.stream(WATCH, {"namespace": None}):
                names.append(event["object"]["metadata"]["name"])
        seen["cut"] = names
        server.reset_next("InfoService_CollectEvent")
        with pytest.raises(ConnectionLost, match="not sent again"):
            await async_transport.call(COLLECT, {}, None, {"name": "once"})
        await async_transport.aclose()
        return seen

    seen = asyncio.run(run())
    assert seen == {"version": "v4.1.2", "requests_before_iteration": 2, "first": "a", "cut": ["a", "b"]}
    assert server.store.collected_events == ["once"]


def test_refused_and_timed_out(server: ArgoTestServer) -> None:
    async def run() -> None:
        with pytest.raises(ConnectionFailed, match="after 3 attempts"):
            await transport(f"http://127.0.0.1:{_closed_port()}").call(VERSION, {})
        server.hang_next()
        with pytest.raises(RequestTimeout, match=r"0\.2 s"):
            await transport(server.url, timeout=(1, 0.2)).call(VERSION, {})

    asyncio.run(run())


def test_classification_of_httpx_errors() -> None:
    request = httpx.Request("GET", "http://x")
    ssl_failure = httpx.ConnectError("handshake", request=request)
    ssl_failure.__cause__ = ssl.SSLError("certificate verify failed")
    assert classify_httpx_error(httpx.ConnectError("refused", request=request)) is Failure.NOT_SENT
    assert classify_httpx_error(httpx.ConnectTimeout("slow", request=request)) is Failure.NOT_SENT
    assert classify_httpx_error(ssl_failure) is Failure.FATAL
    assert classify_httpx_error(httpx.ReadTimeout("slow", request=request)) is Failure.TIMEOUT
    assert classify_httpx_error(httpx.RemoteProtocolError("closed", request=request)) is Failure.LOST
    assert classify_httpx_error(httpx.ReadError("reset", request=request)) is Failure.LOST
    assert classify_httpx_error(httpx.UnsupportedProtocol("ftp", request=request)) is Failure.FATAL


def test_tls_settings() -> None:
    def resolved(verify: bool, certs: tuple[str, str] | None) -> Resolved:
        return Resolved("https://h", "ns", verify, certs, (1.0, 1.0))

    assert _ssl_setting(resolved(False, None)) is False
    assert _ssl_setting(resolved(True, None)) is True
    with pytest.raises(FileNotFoundError):
        _ssl_setting(resolved(True, ("/no/such/cert.pem", "/no/such/key.pem")))


def test_an_injected_client_is_used_as_is(server: ArgoTestServer) -> None:
    async def run() -> Any:
        async with httpx.AsyncClient() as client:
            async_transport = AsyncTransport(ConnectionSettings(host=server.url), FAST, client)
            result = await async_transport.call(VERSION, {})
            await async_transport.aclose()  # not ours: stays open
            assert not client.is_closed
            return result

    assert asyncio.run(run())["version"] == "v4.1.2"
