"""Fixtures shared by every distribution's tests (helpers live in `tools/testing.py`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools import testing


@pytest.fixture
def shared_dir() -> Path:
    """The `../shared` reference directory (skips when absent)."""
    return testing.require(testing.SHARED_DIR)


@pytest.fixture
def assert_schema_valid() -> Callable[[dict[str, Any]], None]:
    """Assert that a manifest is valid against the pinned JSON schema of its kind."""
    return testing.assert_schema_valid
