"""Fixtures of the events client tests: the strict test server of the repository's tools."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from hera.shared import global_config
from tools.argo_test_server.pytest_plugin import argo_server, argo_token

__all__ = ["argo_server", "argo_token"]


@pytest.fixture(autouse=True)
def clean_global_config(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No developer ARGO_* variables and no settings left over from another test."""
    for name in list(os.environ):
        if name.startswith("ARGO_"):
            monkeypatch.delenv(name)
    global_config.reset()
    yield
    global_config.reset()
