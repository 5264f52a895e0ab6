"""The HTTP machinery shared by the Argo Server clients of hera-workflows and hera-events.

A generated service (`hera.workflows.service.WorkflowsService`, `hera.events.service.EventsService`, and
their async twins) holds a table of `Operation`s and calls `_call`/`_stream` of the bases defined here; one
function, `build_request`, turns an operation and its arguments into the HTTP request for both the blocking
transport (requests) and the async one (httpx), so the two cannot drift apart. Importing this package loads
neither requests, httpx nor pydantic; they are imported on the first request.
"""

from __future__ import annotations

from hera.shared._client.async_http import AsyncStream, AsyncTransport
from hera.shared._client.errors import (
    ConnectionFailed,
    ConnectionLost,
    RequestTimeout,
    ResponseValidationError,
    StreamInterrupted,
    TransportError,
)
from hera.shared._client.operation import Body, ModelRef, Operation, QueryParam
from hera.shared._client.request import HttpRequest, SupportsToDict, build_request
from hera.shared._client.retry import NO_RETRY, Failure, RetryPolicy
from hera.shared._client.service import AsyncServiceBase, ServiceBase, SyncServiceBase
from hera.shared._client.settings import ConnectionSettings, Timeout
from hera.shared._client.sync_http import Stream, SyncTransport

__all__ = [
    "NO_RETRY",
    "AsyncServiceBase",
    "AsyncStream",
    "AsyncTransport",
    "Body",
    "ConnectionFailed",
    "ConnectionLost",
    "ConnectionSettings",
    "Failure",
    "HttpRequest",
    "ModelRef",
    "Operation",
    "QueryParam",
    "RequestTimeout",
    "ResponseValidationError",
    "RetryPolicy",
    "ServiceBase",
    "Stream",
    "StreamInterrupted",
    "SupportsToDict",
    "SyncServiceBase",
    "SyncTransport",
    "Timeout",
    "TransportError",
    "build_request",
]
