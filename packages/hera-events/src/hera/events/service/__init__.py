"""The Argo Server client for Argo Events objects: `EventsService` (requests) and `AsyncEventsService` (httpx).

One method per operation of the EventSourceService and SensorService of the pinned Argo Server API;
event sources and sensors come back as `hera.events.models` types, log lines and watch events as the
models of `hera.events.service` (`EventSourceLogEntry`, `SensorWatchEvent`, ...). See docs/client.md.

Importing this package loads neither requests, httpx nor pydantic; the models load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hera.events.service._generated.async_service import AsyncEventsService
from hera.events.service._generated.operations import OPERATIONS
from hera.events.service._generated.sync_service import EventsService
from hera.shared._client import (
    AsyncStream,
    ConnectionFailed,
    ConnectionLost,
    RequestTimeout,
    ResponseValidationError,
    RetryPolicy,
    Stream,
    StreamInterrupted,
    TransportError,
)
from hera.shared.exceptions import (
    AlreadyExists,
    ArgoServerError,
    BadRequest,
    Forbidden,
    NotFound,
    ServerError,
    Unauthorized,
)

if TYPE_CHECKING:
    from hera.events.service._generated.models import (
        CreateEventSourceRequest,
        CreateOptions,
        CreateSensorRequest,
        DeleteSensorResponse,
        EventSourceDeletedResponse,
        EventSourceLogEntry,
        EventSourceWatchEvent,
        SensorLogEntry,
        SensorWatchEvent,
        UpdateEventSourceRequest,
        UpdateSensorRequest,
    )

_MODELS = (
    "CreateEventSourceRequest",
    "CreateOptions",
    "CreateSensorRequest",
    "DeleteSensorResponse",
    "EventSourceDeletedResponse",
    "EventSourceLogEntry",
    "EventSourceWatchEvent",
    "SensorLogEntry",
    "SensorWatchEvent",
    "UpdateEventSourceRequest",
    "UpdateSensorRequest",
)

__all__ = [
    "OPERATIONS",
    "AlreadyExists",
    "ArgoServerError",
    "AsyncEventsService",
    "AsyncStream",
    "BadRequest",
    "ConnectionFailed",
    "ConnectionLost",
    "CreateEventSourceRequest",
    "CreateOptions",
    "CreateSensorRequest",
    "DeleteSensorResponse",
    "EventSourceDeletedResponse",
    "EventSourceLogEntry",
    "EventSourceWatchEvent",
    "EventsService",
    "Forbidden",
    "NotFound",
    "RequestTimeout",
    "ResponseValidationError",
    "RetryPolicy",
    "SensorLogEntry",
    "SensorWatchEvent",
    "ServerError",
    "Stream",
    "StreamInterrupted",
    "TransportError",
    "Unauthorized",
    "UpdateEventSourceRequest",
    "UpdateSensorRequest",
]


def __getattr__(name: str) -> Any:
    if name not in _MODELS:
        raise AttributeError(f"module 'hera.events.service' has no attribute {name!r}")
    from hera.events.service._generated import models

    value = getattr(models, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
