"""Configuration, authentication, errors and the model base class shared by every hera distribution.

Importing this package is cheap: `BaseModel` (which needs pydantic) is loaded on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hera.shared._version import __version__
from hera.shared.auth import Secret, TokenGenerator
from hera.shared.config import GlobalConfig, global_config
from hera.shared.exceptions import (
    AlreadyExists,
    ArgoServerError,
    BadRequest,
    ConfigError,
    Forbidden,
    HeraError,
    NotFound,
    PreBuildHookError,
    ServerError,
    Unauthorized,
    error_for_status,
    redact,
)

if TYPE_CHECKING:
    from hera.shared.base_model import BaseModel

__all__ = [
    "AlreadyExists",
    "ArgoServerError",
    "BadRequest",
    "BaseModel",
    "ConfigError",
    "Forbidden",
    "GlobalConfig",
    "HeraError",
    "NotFound",
    "PreBuildHookError",
    "Secret",
    "ServerError",
    "TokenGenerator",
    "Unauthorized",
    "__version__",
    "error_for_status",
    "global_config",
    "redact",
    "register_pre_build_hook",
]

register_pre_build_hook = global_config.register_pre_build_hook
"""`global_config.register_pre_build_hook`, usable as `@register_pre_build_hook`."""

_LAZY = {"BaseModel": "hera.shared.base_model"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hera.shared' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
