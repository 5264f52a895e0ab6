"""`ValueFrom`: where a parameter's value comes from (a file, an expression, another parameter, a ConfigMap,
a person resuming the workflow, ...), and `ConfigMapKeySelector` for the ConfigMap case."""

from __future__ import annotations

import dataclasses
from typing import Any

from hera.workflows._serialize import plain, serialize
from hera.workflows._value import ValueObject
from hera.workflows.exceptions import DSLError

__all__ = ["ConfigMapKeySelector", "ValueFrom"]


@dataclasses.dataclass(kw_only=True)
class ConfigMapKeySelector(ValueObject):
    """`ConfigMapKeySelector(name="settings", key="message")`: one key of a ConfigMap.

    `optional=True` lets the ConfigMap or the key be missing.
    """

    name: str
    key: str
    optional: bool | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        for field in ("name", "key"):
            value = getattr(self, field)
            if not isinstance(value, str) or not value:
                raise DSLError(
                    f"ConfigMapKeySelector: {field} must be a non-empty string (the ConfigMap's name and "
                    f"the key to read), got {value!r}"
                )

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "key": self.key}
        if self.optional is not None:
            data["optional"] = self.optional
        return data


# (attribute, manifest key) of the fields that say where the value comes from; exactly one is set.
_SOURCES = (
    ("config_map_key_ref", "configMapKeyRef"),
    ("event", "event"),
    ("expression", "expression"),
    ("jq_filter", "jqFilter"),
    ("json_path", "jsonPath"),
    ("parameter", "parameter"),
    ("path", "path"),
    ("supplied", "supplied"),
)


@dataclasses.dataclass(kw_only=True)
class ValueFrom(ValueObject):
    """Where a parameter's value comes from: give exactly one source, and optionally a `default`.

    - `path`: a file in the container (output parameters of container and script templates);
    - `expression`: an expression evaluated by Argo (`"tasks.a.outputs.result == 'x' ? ... : ..."`);
    - `parameter`: another parameter (`"{{steps.add.outputs.result}}"`, e.g. `step.result`);
    - `config_map_key_ref`: a `ConfigMapKeySelector` (input and workflow parameters);
    - `supplied=True`: a person supplies it when resuming a suspended workflow;
    - `json_path` / `jq_filter`: read from the resource of a resource template;
    - `event`: an expression over the event that started the workflow.

    `default` is used when the source yields nothing (a skipped task, a missing file).
    `Parameter(name="out", value_from=ValueFrom(path="/tmp/out"))`.
    """

    path: str | None = None
    expression: str | None = None
    parameter: Any = None
    default: Any = None
    supplied: Any = None
    config_map_key_ref: Any = None
    event: str | None = None
    jq_filter: str | None = None
    json_path: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        given = [attr for attr, _ in _SOURCES if self._source(attr) is not None]
        if len(given) != 1:
            found = f"got {', '.join(given)}" if given else "got none"
            raise DSLError(
                f"ValueFrom: give exactly one source of {', '.join(attr for attr, _ in _SOURCES)} "
                f"({found}); `default` is only a fallback"
            )

    def _source(self, attr: str) -> Any:
        value = getattr(self, attr)
        if attr == "supplied" and value is False:
            return None
        return value

    def _build(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for attr, key in _SOURCES:
            value = self._source(attr)
            if value is None:
                continue
            if attr == "supplied":
                data[key] = {} if value is True else plain(value)
            elif attr == "parameter":
                data[key] = _reference_text(value)
            else:
                data[key] = plain(value)
        if self.default is not None:
            data["default"] = serialize(self.default)
        return data


def _reference_text(value: Any) -> str:
    """`parameter=` as text: a Parameter made by `get_parameter(...)` stands for its value."""
    from hera.workflows.parameter import Parameter

    if isinstance(value, Parameter):
        return str(value)
    return serialize(value)
