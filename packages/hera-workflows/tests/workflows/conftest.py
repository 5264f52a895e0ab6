"""Every hera.workflows test starts and ends with a pristine `global_config` and no ARGO_* variables."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from hera.shared import global_config


@pytest.fixture(autouse=True)
def clean_global_config(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Reset `global_config` around each test and hide the developer's own ARGO_* environment."""
    for name in list(os.environ):
        if name.startswith("ARGO_"):
            monkeypatch.delenv(name)
    global_config.reset()
    yield
    global_config.reset()
