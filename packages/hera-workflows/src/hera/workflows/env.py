"""Environment variables of a container: `Env` (a value), `SecretEnv`, `ConfigMapEnv`, `FieldEnv` and
`ResourceEnv` (a value Kubernetes reads from a secret, a config map, the pod's fields or its resources).

Each is one entry of a container's `env=[...]`, next to generated `models.EnvVar`s or dicts if need be.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from hera.workflows._serialize import serialize
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError
from hera.workflows.parameter import Parameter

__all__ = ["ConfigMapEnv", "Env", "FieldEnv", "ResourceEnv", "SecretEnv", "load_env", "load_env_var"]


@dataclasses.dataclass(kw_only=True)
class _BaseEnv(ValueObject):
    """An environment variable: its `name` and what the subclass says its value is."""

    _REQUIRED: ClassVar[tuple[tuple[str, str], ...]] = ()

    name: str | None = None
    _order: tuple[str, ...] | None = dataclasses.field(default=None, init=False, repr=False, compare=False)
    _ref_order: tuple[str, ...] | None = dataclasses.field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        kind = type(self).__name__
        if not isinstance(self.name, str) or not self.name or "=" in self.name:
            raise DSLError(
                f"{kind}: name must be a non-empty string without '=' (the variable's name), got {self.name!r}"
            )
        for attr, meaning in self._REQUIRED:
            value = getattr(self, attr)
            if not isinstance(value, str) or not value:
                raise DSLError(f"{kind} {self.name!r}: {attr} is required ({meaning}), got {value!r}")

    def _value_from(self) -> dict[str, Any]:
        raise NotImplementedError

    def _build(self) -> dict[str, Any]:
        value_from = self._value_from()
        if self._order is None:
            return {"name": self.name, "valueFrom": value_from}
        from hera.workflows._template import reorder

        ((kind, ref),) = value_from.items()
        return reorder({"name": self.name, "valueFrom": {kind: reorder(ref, self._ref_order)}}, self._order)


@dataclasses.dataclass(kw_only=True)
class Env(_BaseEnv):
    """`Env(name="LEVEL", value="debug")`: a variable with a literal value.

    A value that is not a string is written as JSON (`1` -> `"1"`, `{"a": 1}` -> `'{"a": 1}'`).
    `value_from_input="msg"` (or a `Parameter` named `msg`) makes the value the template's input parameter
    of that name, `{{inputs.parameters.msg}}`; the template declares it in its `inputs` (offline validation
    reports a reference to an undeclared input).
    """

    value: Any = None
    value_from_input: str | Parameter | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        source = self.value_from_input
        if source is None:
            return
        if self.value is not None:
            raise DSLError(f"Env {self.name!r}: give either value or value_from_input, not both")
        name = source.name if isinstance(source, Parameter) else source
        if not isinstance(name, str) or not name:
            raise DSLError(
                f"Env {self.name!r}: value_from_input must be an input parameter name or a Parameter with a "
                f"name, got {source!r}"
            )

    def _build(self) -> dict[str, Any]:
        source = self.value_from_input
        if source is not None:
            name = source.name if isinstance(source, Parameter) else source
            return {"name": self.name, "value": f"{{{{inputs.parameters.{name}}}}}"}
        if self.value is None:
            return {"name": self.name}
        out = {"name": self.name, "value": serialize(self.value)}
        if self._order is not None:
            from hera.workflows._template import reorder

            return reorder(out, self._order)
        return out


def _key_ref(name: str | None, key: str, optional: bool | None) -> dict[str, Any]:
    ref: dict[str, Any] = {"key": key}
    if name is not None:
        ref["name"] = name
    if optional is not None:
        ref["optional"] = optional
    return ref


@dataclasses.dataclass(kw_only=True)
class SecretEnv(_BaseEnv):
    """`SecretEnv(name="PASSWORD", secret_name="db", secret_key="password")`: the value of one key of a
    Kubernetes secret. `optional=True` lets the pod start when the secret or key is missing."""

    _REQUIRED = (("secret_key", "the key in the secret whose value the variable gets"),)

    secret_key: str | None = None
    secret_name: str | None = None
    optional: bool | None = None

    def _value_from(self) -> dict[str, Any]:
        return {"secretKeyRef": _key_ref(self.secret_name, str(self.secret_key), self.optional)}


@dataclasses.dataclass(kw_only=True)
class ConfigMapEnv(_BaseEnv):
    """`ConfigMapEnv(name="MODE", config_map_name="settings", config_map_key="mode")`: the value of one key
    of a config map. `optional=True` lets the pod start when the config map or key is missing."""

    _REQUIRED = (("config_map_key", "the key in the config map whose value the variable gets"),)

    config_map_key: str | None = None
    config_map_name: str | None = None
    optional: bool | None = None

    def _value_from(self) -> dict[str, Any]:
        return {"configMapKeyRef": _key_ref(self.config_map_name, str(self.config_map_key), self.optional)}


@dataclasses.dataclass(kw_only=True)
class FieldEnv(_BaseEnv):
    """`FieldEnv(name="POD_NAME", field_path="metadata.name")`: a field of the pod (`metadata.namespace`,
    `spec.nodeName`, `status.podIP`, `metadata.labels['app']`, ...)."""

    _REQUIRED = (("field_path", "the pod field to read, e.g. 'metadata.name'"),)

    field_path: str | None = None
    api_version: str | None = None

    def _value_from(self) -> dict[str, Any]:
        ref: dict[str, Any] = {"fieldPath": self.field_path}
        if self.api_version is not None:
            ref["apiVersion"] = self.api_version
        return {"fieldRef": ref}


@dataclasses.dataclass(kw_only=True)
class ResourceEnv(_BaseEnv):
    """`ResourceEnv(name="CPU_LIMIT", resource="limits.cpu", divisor="1m")`: a request or limit of a
    container (`requests.memory`, `limits.ephemeral-storage`, ...); `container_name` picks another
    container than this one, `divisor` the unit of the value (a quantity such as `"1Mi"`)."""

    _REQUIRED = (("resource", "the resource to read, e.g. 'limits.cpu' or 'requests.memory'"),)

    resource: str | None = None
    container_name: str | None = None
    divisor: str | int | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.divisor is not None:
            from hera.workflows.resources import check_quantity

            check_quantity(self.divisor, "divisor", f"ResourceEnv {self.name!r}: divisor", kind="any")

    def _value_from(self) -> dict[str, Any]:
        ref: dict[str, Any] = {"resource": self.resource}
        if self.container_name is not None:
            ref["containerName"] = self.container_name
        if self.divisor is not None:
            ref["divisor"] = str(self.divisor)
        return {"resourceFieldRef": ref}


# valueFrom kind -> (class, {ref key: field})
_REFS: dict[str, tuple[type[_BaseEnv], dict[str, str]]] = {
    "secretKeyRef": (SecretEnv, {"name": "secret_name", "key": "secret_key", "optional": "optional"}),
    "configMapKeyRef": (
        ConfigMapEnv,
        {"name": "config_map_name", "key": "config_map_key", "optional": "optional"},
    ),
    "fieldRef": (FieldEnv, {"fieldPath": "field_path", "apiVersion": "api_version"}),
    "resourceFieldRef": (
        ResourceEnv,
        {"resource": "resource", "containerName": "container_name", "divisor": "divisor"},
    ),
}


def load_env_var(data: Any) -> Any:
    """One manifest `env` entry as an `Env`/`SecretEnv`/`ConfigMapEnv`/`FieldEnv`/`ResourceEnv` that writes it
    back exactly, or the entry itself when none fits (other keys, a value that is not a string, ...)."""
    from hera.workflows._value import load_exact

    if not isinstance(data, dict) or "name" not in data:
        return data
    keys = data.keys() - {"name"}
    if keys <= {"value"}:
        if not isinstance(data.get("value", ""), str):
            return data
        return load_exact(Env, data, dict(data), _order=tuple(data))
    value_from = data.get("valueFrom")
    if keys != {"valueFrom"} or not isinstance(value_from, dict) or len(value_from) != 1:
        return data
    ((kind, ref),) = value_from.items()
    if kind not in _REFS or not isinstance(ref, dict):
        return data
    cls, attrs = _REFS[kind]
    if not ref.keys() <= attrs.keys():
        return data
    fields = {attrs[key]: value for key, value in ref.items()}
    fields["name"] = data["name"]
    return load_exact(cls, data, fields, _order=tuple(data), _ref_order=tuple(ref))


def load_env(value: Any) -> Any:
    """A container's manifest `env` list with each entry loaded by `load_env_var`; other values as they are."""
    if not isinstance(value, list):
        return value
    return [load_env_var(item) for item in value]
