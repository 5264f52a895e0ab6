"""Fixtures of the client tests: the strict test server, and services pointed at it."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from hera.shared import global_config
from hera.shared._client import RetryPolicy
from hera.workflows.service import AsyncWorkflowsService, WorkflowsService
from tools.argo_test_server import ArgoTestServer
from tools.argo_test_server.pytest_plugin import argo_server, argo_token

__all__ = ["argo_server", "argo_token"]

FAST_RETRY = RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.05)
"""Real backoff shape, test-sized waits."""


@pytest.fixture(autouse=True)
def clean_global_config(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No developer ARGO_* variables and no settings left over from another test."""
    for name in list(os.environ):
        if name.startswith("ARGO_"):
            monkeypatch.delenv(name)
    global_config.reset()
    yield
    global_config.reset()


@pytest.fixture
def service(argo_server: ArgoTestServer, argo_token: str) -> Iterator[WorkflowsService]:
    """A blocking service for namespace `argo` on the test server."""
    with WorkflowsService(
        host=argo_server.url, token=argo_token, namespace="argo", timeout=(2, 5), retry=FAST_RETRY
    ) as svc:
        yield svc


@pytest.fixture
def async_service(argo_server: ArgoTestServer, argo_token: str) -> AsyncWorkflowsService:
    """An async service for namespace `argo` on the test server (closed by the test's event loop)."""
    return AsyncWorkflowsService(
        host=argo_server.url, token=argo_token, namespace="argo", timeout=(2, 5), retry=FAST_RETRY
    )
