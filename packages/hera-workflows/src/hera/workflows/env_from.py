"""Whole secrets and config maps as environment variables: `SecretEnvFrom` and `ConfigMapEnvFrom`, the
entries of a container's `env_from=[...]` (generated `models.EnvFromSource`s and dicts still work)."""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = ["ConfigMapEnvFrom", "SecretEnvFrom"]


@dataclasses.dataclass(kw_only=True)
class _BaseEnvFrom(ValueObject):
    """Every key of a secret or config map `name` becomes a variable, its name prefixed by `prefix`."""

    _REF: ClassVar[str] = ""

    name: str | None = None
    prefix: str | None = None
    optional: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.name, str) or not self.name:
            raise DSLError(
                f"{type(self).__name__}: name must be the name of the {self._what()} to read, got {self.name!r}"
            )
        if self.prefix is not None and not isinstance(self.prefix, str):
            raise DSLError(
                f"{type(self).__name__} {self.name!r}: prefix must be a string, got {self.prefix!r}"
            )

    def _what(self) -> str:
        return "secret" if self._REF == "secretRef" else "config map"

    def _build(self) -> dict[str, Any]:
        ref: dict[str, Any] = {"name": self.name}
        if self.optional is not None:
            ref["optional"] = self.optional
        out: dict[str, Any] = {}
        if self.prefix is not None:
            out["prefix"] = self.prefix
        out[self._REF] = ref
        return out


@dataclasses.dataclass(kw_only=True)
class SecretEnvFrom(_BaseEnvFrom):
    """`SecretEnvFrom(name="db-credentials", prefix="DB_")`: each key of the secret becomes a variable.
    `optional=True` lets the pod start when the secret is missing."""

    _REF = "secretRef"


@dataclasses.dataclass(kw_only=True)
class ConfigMapEnvFrom(_BaseEnvFrom):
    """`ConfigMapEnvFrom(name="settings", prefix="APP_")`: each key of the config map becomes a variable.
    `optional=True` lets the pod start when the config map is missing."""

    _REF = "configMapRef"
