"""Fixtures for the builder tests: upstream Argo Events example documents (skipped when ../shared is missing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tools import testing


def _load(relative: str, index: int = 0) -> dict[str, Any]:
    import yaml

    path = testing.require(testing.EVENTS_EXAMPLES / relative)
    with path.open() as fh:
        docs = list(yaml.safe_load_all(fh))
    doc: dict[str, Any] = docs[index]
    return doc


@pytest.fixture
def upstream() -> Callable[..., dict[str, Any]]:
    """`upstream("sensors/webhook.yaml", index=0)`: one document of an upstream Argo Events v1.9.11 example."""
    return _load
