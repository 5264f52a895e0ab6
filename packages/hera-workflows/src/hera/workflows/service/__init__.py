"""The Argo Server client: `WorkflowsService` (blocking, on requests) and `AsyncWorkflowsService` (httpx).

Both have one method per operation of the WorkflowService, WorkflowTemplateService,
ClusterWorkflowTemplateService, CronWorkflowService, ArchivedWorkflowService, InfoService, EventService,
SyncService and ArtifactService of the pinned Argo Server API, with the same names and arguments; the event
source and sensor operations are in `hera.events.service`. See docs/client.md.

Importing this package loads neither requests, httpx nor the models; they load on first use.
"""

from __future__ import annotations

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
from hera.workflows.service._generated.async_service import AsyncWorkflowsService
from hera.workflows.service._generated.operations import OPERATIONS
from hera.workflows.service._generated.sync_service import WorkflowsService

__all__ = [
    "OPERATIONS",
    "AlreadyExists",
    "ArgoServerError",
    "AsyncStream",
    "AsyncWorkflowsService",
    "BadRequest",
    "ConnectionFailed",
    "ConnectionLost",
    "Forbidden",
    "NotFound",
    "RequestTimeout",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "Stream",
    "StreamInterrupted",
    "TransportError",
    "Unauthorized",
    "WorkflowsService",
]
