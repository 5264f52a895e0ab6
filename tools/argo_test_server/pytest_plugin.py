"""Fixtures for tests that talk to the test server; import them into a conftest.py:

from tools.argo_test_server.pytest_plugin import argo_server, argo_token  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tools.argo_test_server.server import ArgoTestServer

TEST_TOKEN = "hera-test-token-DO-NOT-LEAK-5f2b9c"
"""A recognisable token: tests grep errors and logs for it."""


@pytest.fixture
def argo_token() -> str:
    """The token the `argo_server` fixture accepts."""
    return TEST_TOKEN


@pytest.fixture
def argo_server(argo_token: str) -> Iterator[ArgoTestServer]:
    """A started test server that requires `Bearer <argo_token>`; stopped after the test."""
    server = ArgoTestServer(token=argo_token).start()
    try:
        yield server
    finally:
        server.stop()
